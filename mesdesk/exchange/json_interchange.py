"""The whole workspace to and from one versioned JSON document.

The form is documented in README.md ("Le format JSON d'échange") and written down as
a JSON Schema (``resources/schema/workspace.schema.json``). Dumping is deterministic
(fixed key order, lists in document order, integral numbers written as integers), so
dump → load → dump gives the same bytes, and it is strict JSON (no NaN or Infinity).

Loading an untrusted document goes in three steps, each refusing in one line that
names the JSON path: strict parsing (``json_strict``: depth, duplicate keys, NaN,
huge numbers, lone surrogates), the schema (``json_schema``: shapes, types, sizes,
counts), then the checks a schema cannot express (below: identifiers and references,
real dates, image kinds, rich-text totals).

Why one module over 500 lines: the dump and the load of each entity sit side by side so
that a field added to one is seen missing from the other (the means live apart, in
``json_means``).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mesdesk.exchange.json_comments import CommentsError, dump_comments, known_marks, load_comments, placed_marks
from mesdesk.exchange.json_means import MeansError, dump_means, load_means
from mesdesk.exchange.json_schema import schema_problem
from mesdesk.exchange.json_strict import JsonRefusal, find_defect, parse
from mesdesk.model.entities import (
    Action,
    ActionText,
    Axis,
    Body,
    Convention,
    Event,
    Funder,
    Indicator,
    Organisation,
    Partner,
    Report,
    Status,
)
from mesdesk.model.limits import MAX_IMAGE_BYTES, rich_excess
from mesdesk.model.richtext import RichText, RichTextError
from mesdesk.model.textclean import clean_line

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"

FORMAT_NAME = "mesdesk-workspace"
FORMAT_VERSION = 1


class InterchangeError(ValueError):
    """A JSON document that is not a MES Desk workspace, or an invalid one."""


# -- dump ------------------------------------------------------------------------------

def dump_workspace(session: Session) -> dict[str, Any]:
    """The workspace as a JSON-ready dictionary."""
    organisation = session.scalars(select(Organisation).order_by(Organisation.id)).first()
    conventions = session.scalars(select(Convention).order_by(Convention.first_year, Convention.id)).all()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "organisation": _dump_organisation(organisation) if organisation else None,
        "conventions": [_dump_convention(c) for c in conventions],
    }


def dumps_workspace(session: Session) -> str:
    """The canonical JSON text of the workspace (UTF-8, indented, final newline)."""
    # allow_nan=False: a non-finite value can only come from an older file; refuse it
    # (``_number`` names it) rather than write a document no JSON reader accepts.
    return json.dumps(dump_workspace(session), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _image(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data else None


def _number(value: float, where: str) -> int | float:
    if not math.isfinite(value):
        raise InterchangeError(f"{where} : valeur {value} impossible à écrire en JSON, corrigez-la d'abord")
    return int(value) if float(value).is_integer() else value


def _dump_organisation(org: Organisation) -> dict[str, Any]:
    return {
        "name": org.name,
        "address": org.address,
        "siret": org.siret,
        "ape": org.ape,
        "contact_name": org.contact_name,
        "contact_role": org.contact_role,
        "email": org.email,
        "phone": org.phone,
        "links": list(org.links or []),
        "logo": _image(org.logo),
    }


def _dump_convention(c: Convention) -> dict[str, Any]:
    order = {a.id: i for i, a in enumerate(c.actions)}
    out: dict[str, Any] = {
        "id": c.uid,
        "funder": {"name": c.funder.name, "short_name": c.funder.short_name, "logo": _image(c.funder.logo)}
        if c.funder
        else None,
        "programme": c.programme,
        "first_year": c.first_year,
        "last_year": c.last_year,
        "signed_on": _date(c.signed_on),
        "axes": [
            {
                "id": axis.uid,
                "title": axis.title,
                "actions": [
                    {"id": a.uid, "title": a.title, "objective": a.objective} for a in axis.actions
                ],
            }
            for axis in c.axes
        ],
        "indicators": [
            {
                "id": ind.uid,
                "action": ind.action.uid if ind.action else None,
                "label": ind.label,
                "unit": ind.unit,
                "source": ind.source,
                "values": {
                    str(v.year): _number(v.value, f"indicateur « {ind.label} », {v.year}") for v in ind.values
                },
            }
            for ind in c.indicators
        ],
        "partners": [
            {
                "id": p.uid,
                "name": p.name,
                "kind": p.kind,
                "actions": [a.uid for a in sorted(p.actions, key=lambda a: order.get(a.id, 0))],
            }
            for p in c.partners
        ],
        "bodies": [
            {
                "id": b.uid,
                "name": b.name,
                "partner": b.partner.uid if b.partner else None,
                "role": b.role,
                "action": b.action.uid if b.action else None,
            }
            for b in c.bodies
        ],
        "reports": [_dump_report(r, c) for r in c.reports],
    }
    if c.page_limit is not None:  # written only when set: files without one read as before
        out["page_limit"] = c.page_limit
    return out


def _dump_report(r: Report, c: Convention) -> dict[str, Any]:
    by_action = {t.action_id: t for t in r.texts}
    placed = placed_marks(r)
    actions = []
    for action in c.actions:
        text = by_action.get(action.id)
        if text is None:
            continue
        entry: dict[str, Any] = {
            "action": action.uid,
            "status": text.status.value,
            "target_words": text.target_words,
            "evaluation": known_marks(text.evaluation, placed.get((action.uid, "evaluation"), set())).to_json(),
            "narrative": known_marks(text.narrative, placed.get((action.uid, "narrative"), set())).to_json(),
            "means": known_marks(text.means, placed.get((action.uid, "means"), set())).to_json(),
        }
        if text.to_update:
            entry["to_update"] = True
        actions.append(entry)
    out: dict[str, Any] = {
        "year": r.year,
        "title": r.title,
        "support_line": r.support_line,
        "date": _date(r.report_date),
        "preamble": known_marks(r.preamble, placed.get((None, "preamble"), set())).to_json(),
        "conclusion": known_marks(r.conclusion, placed.get((None, "conclusion"), set())).to_json(),
        "actions": actions,
        "events": [
            {
                "id": e.uid,
                "action": e.action.uid if e.action else None,
                "title": e.title,
                "start": _date(e.start_date),
                "end": _date(e.end_date),
                "place": e.place,
                "role": e.role,
                "participants": e.participants,
            }
            for e in r.events
        ],
    }
    if r.language != "fr":  # French, the default, is not written
        out["language"] = r.language
    try:
        means = dump_means(r)
    except MeansError as exc:
        raise InterchangeError(str(exc)) from exc
    if means is not None:  # written only when present: files without means read as before
        out["means_figures"] = means
    comments = dump_comments(r)
    if comments:  # likewise
        out["comments"] = comments
    return out


# -- load ------------------------------------------------------------------------------

def loads_workspace(text: str, session: Session) -> None:
    """Parse a JSON document and add its content to an (empty) workspace session.

    A leading UTF-8 byte-order mark is ignored.
    """
    load_workspace(_parsed(text), session)


def _parsed(text: str) -> Any:
    try:
        return parse(text)
    except JsonRefusal as exc:
        raise InterchangeError(str(exc)) from exc


def validate_text(text: str) -> None:
    """Raise ``InterchangeError`` unless ``text`` is a workspace document MES Desk can load.

    Touches nothing: callers that replace a file validate first.
    """
    validate(_parsed(text))


def validate(data: Any) -> None:
    """Raise ``InterchangeError`` (one line naming the JSON path) unless ``data`` follows the schema."""
    defect = find_defect(data)
    if defect is not None:
        raise InterchangeError(defect)
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InterchangeError("ce fichier JSON n'est pas un espace de travail MES Desk")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InterchangeError(
            f"format JSON version {version} : cette version de MES Desk lit jusqu'à la version {FORMAT_VERSION}"
        )
    problem = schema_problem(data)
    if problem is not None:
        raise InterchangeError(problem)


def load_workspace(data: Any, session: Session) -> None:
    """Build model objects from the JSON form and add them to the session.

    Nothing is flushed on error: the caller's transaction is rolled back.
    """
    validate(data)
    reader = _Reader()
    # Everything is built before anything is added: a refusal leaves the session as it was.
    built: list[Organisation | Convention] = []
    if data.get("organisation"):
        built.append(reader.organisation(data["organisation"]))
    for i, conv in enumerate(reader.list(data, "conventions")):
        built.append(reader.convention(conv, f"conventions[{i}]"))
    with session.no_autoflush:
        session.add_all(built)


class _Reader:
    """Validating builder; ``where`` strings make error messages point at the place."""

    def __init__(self) -> None:
        self.uids: set[str] = set()

    # primitives
    def list(self, obj: dict[str, Any], key: str) -> list[Any]:
        value = obj.get(key) or []
        if not isinstance(value, list):
            raise InterchangeError(f"« {key} » doit être une liste")
        return value

    def text(self, obj: dict[str, Any], key: str, where: str) -> str:
        value = obj.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            raise InterchangeError(f"{where}.{key} : texte attendu")
        return clean_line(value)

    def integer(self, obj: dict[str, Any], key: str, where: str, required: bool = False) -> int | None:
        value = obj.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise InterchangeError(f"{where}.{key} : nombre entier attendu")
        return value

    def language(self, obj: dict[str, Any], where: str) -> str:
        value = obj.get("language", "fr")
        if value not in ("fr", "en"):
            raise InterchangeError(f"{where}.language : « fr » ou « en » attendu")
        return str(value)

    def date(self, obj: dict[str, Any], key: str, where: str) -> dt.date | None:
        value = obj.get(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError) as exc:
            raise InterchangeError(f"{where}.{key} : date AAAA-MM-JJ attendue") from exc

    def image(self, obj: dict[str, Any], key: str, where: str) -> bytes | None:
        value = obj.get(key)
        if value is None:
            return None
        try:
            data = base64.b64decode(value, validate=True)
        except (TypeError, ValueError, binascii.Error) as exc:
            raise InterchangeError(f"{where}.{key} : image en base64 attendue") from exc
        if len(data) > MAX_IMAGE_BYTES:
            raise InterchangeError(
                f"{where}.{key} : image trop grosse ({len(data) // 1024} Ko, limite {MAX_IMAGE_BYTES // 1024} Ko)"
            )
        if not data.startswith((PNG_SIGNATURE, JPEG_SIGNATURE)):
            raise InterchangeError(f"{where}.{key} : seules les images PNG et JPEG sont acceptées")
        return data

    def rich(self, obj: dict[str, Any], key: str, where: str) -> RichText:
        try:
            rt = RichText.from_json(obj.get(key))
        except RichTextError as exc:
            raise InterchangeError(f"{where}.{key} : {exc}") from exc
        excess = rich_excess(rt)
        if excess is not None:
            raise InterchangeError(f"{where}.{key} : {excess.french()}")
        return rt

    def uid(self, obj: dict[str, Any], where: str) -> dict[str, str]:
        uid = obj.get("id")
        if uid is None:
            return {}
        if not isinstance(uid, str) or not uid:
            raise InterchangeError(f"{where}.id : identifiant texte attendu")
        if uid in self.uids:
            raise InterchangeError(f"{where}.id : identifiant {uid!r} en double")
        self.uids.add(uid)
        return {"uid": uid}

    def claim_uid(self, uid: str, where: str) -> None:
        """Refuse a uid already used in the document (comments name theirs « uid »)."""
        if uid in self.uids:
            raise InterchangeError(f"{where}.uid : identifiant {uid!r} en double")
        self.uids.add(uid)

    def ref(self, table: dict[str, Any], obj: dict[str, Any], key: str, where: str) -> Any:
        uid = obj.get(key)
        if uid is None:
            return None
        if uid not in table:
            raise InterchangeError(f"{where}.{key} : {uid!r} ne désigne rien de connu")
        return table[uid]

    # entities
    def organisation(self, data: dict[str, Any]) -> Organisation:
        w = "organisation"
        links = data.get("links") or []
        if not isinstance(links, list) or not all(isinstance(link, str) for link in links):
            raise InterchangeError("organisation.links : liste de liens attendue")
        return Organisation(
            name=self.text(data, "name", w),
            address=self.text(data, "address", w),
            siret=self.text(data, "siret", w),
            ape=self.text(data, "ape", w),
            contact_name=self.text(data, "contact_name", w),
            contact_role=self.text(data, "contact_role", w),
            email=self.text(data, "email", w),
            phone=self.text(data, "phone", w),
            links=[clean_line(link) for link in links],
            logo=self.image(data, "logo", w),
        )

    def convention(self, data: Any, w: str) -> Convention:
        if not isinstance(data, dict):
            raise InterchangeError(f"{w} : objet attendu")
        funder_data = data.get("funder")
        funder = None
        if isinstance(funder_data, dict):
            funder = Funder(
                name=self.text(funder_data, "name", w + ".funder"),
                short_name=self.text(funder_data, "short_name", w + ".funder"),
                logo=self.image(funder_data, "logo", w + ".funder"),
            )
        first = self.integer(data, "first_year", w, required=True)
        last = self.integer(data, "last_year", w, required=True)
        assert first is not None and last is not None
        if last < first:
            raise InterchangeError(f"{w} : la dernière année précède la première")
        conv = Convention(
            **self.uid(data, w),
            funder=funder,
            programme=self.text(data, "programme", w),
            first_year=first,
            last_year=last,
            signed_on=self.date(data, "signed_on", w),
            page_limit=self.integer(data, "page_limit", w),
        )
        actions: dict[str, Action] = {}
        for i, axis_data in enumerate(self.list(data, "axes")):
            aw = f"{w}.axes[{i}]"
            axis = Axis(**self.uid(axis_data, aw), title=self.text(axis_data, "title", aw))
            for j, action_data in enumerate(self.list(axis_data, "actions")):
                acw = f"{aw}.actions[{j}]"
                action = Action(
                    **self.uid(action_data, acw),
                    title=self.text(action_data, "title", acw),
                    objective=self.text(action_data, "objective", acw),
                )
                axis.actions.append(action)
                if isinstance(action_data.get("id"), str):
                    actions[action_data["id"]] = action
            conv.axes.append(axis)

        for i, ind_data in enumerate(self.list(data, "indicators")):
            iw = f"{w}.indicators[{i}]"
            ind = Indicator(
                **self.uid(ind_data, iw),
                action=self.ref(actions, ind_data, "action", iw),
                label=self.text(ind_data, "label", iw),
                unit=self.text(ind_data, "unit", iw),
                source=self.text(ind_data, "source", iw),
            )
            values = ind_data.get("values") or {}
            if not isinstance(values, dict):
                raise InterchangeError(f"{iw}.values : objet année → valeur attendu")
            for year, value in sorted(values.items()):
                if not str(year).isdigit():
                    raise InterchangeError(f"{iw}.values : année {year!r} invalide")
                if value is None:
                    continue
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    raise InterchangeError(f"{iw}.values[{year}] : nombre attendu")
                ind.set_value(int(year), float(value))
            conv.indicators.append(ind)

        partners: dict[str, Partner] = {}
        for i, p_data in enumerate(self.list(data, "partners")):
            pw = f"{w}.partners[{i}]"
            partner = Partner(
                **self.uid(p_data, pw), name=self.text(p_data, "name", pw), kind=self.text(p_data, "kind", pw)
            )
            for uid in self.list(p_data, "actions"):
                action = self.ref(actions, {"action": uid}, "action", pw)
                if action is not None:
                    partner.actions.append(action)
            if "id" in p_data:
                partners[p_data["id"]] = partner
            conv.partners.append(partner)

        for i, b_data in enumerate(self.list(data, "bodies")):
            bw = f"{w}.bodies[{i}]"
            conv.bodies.append(
                Body(
                    **self.uid(b_data, bw),
                    name=self.text(b_data, "name", bw),
                    role=self.text(b_data, "role", bw),
                    partner=self.ref(partners, b_data, "partner", bw),
                    action=self.ref(actions, b_data, "action", bw),
                )
            )

        years: set[int] = set()
        for i, r_data in enumerate(self.list(data, "reports")):
            report = self.report(r_data, f"{w}.reports[{i}]", actions)
            if report.year in years:
                raise InterchangeError(f"{w}.reports[{i}] : deux bilans pour {report.year}")
            years.add(report.year)
            conv.reports.append(report)
        return conv

    def report(self, data: Any, w: str, actions: dict[str, Action]) -> Report:
        if not isinstance(data, dict):
            raise InterchangeError(f"{w} : objet attendu")
        year = self.integer(data, "year", w, required=True)
        report = Report(
            year=year,
            title=self.text(data, "title", w),
            support_line=self.text(data, "support_line", w),
            report_date=self.date(data, "date", w),
            preamble=self.rich(data, "preamble", w),
            conclusion=self.rich(data, "conclusion", w),
            language=self.language(data, w),
        )
        seen: set[str] = set()
        for i, t_data in enumerate(self.list(data, "actions")):
            tw = f"{w}.actions[{i}]"
            action = self.ref(actions, t_data, "action", tw)
            if action is None:
                raise InterchangeError(f"{tw}.action : action attendue")
            if t_data["action"] in seen:
                raise InterchangeError(f"{tw}.action : action {t_data['action']!r} en double")
            seen.add(t_data["action"])
            try:
                status = Status(t_data.get("status", Status.TO_WRITE.value))
            except ValueError as exc:
                raise InterchangeError(f"{tw}.status : état inconnu {t_data.get('status')!r}") from exc
            report.texts.append(
                ActionText(
                    action=action,
                    status=status,
                    target_words=self.integer(t_data, "target_words", tw),
                    evaluation=self.rich(t_data, "evaluation", tw),
                    narrative=self.rich(t_data, "narrative", tw),
                    means=self.rich(t_data, "means", tw),
                    to_update=bool(t_data.get("to_update", False)),
                )
            )
        for i, e_data in enumerate(self.list(data, "events")):
            ew = f"{w}.events[{i}]"
            report.events.append(
                Event(
                    **self.uid(e_data, ew),
                    action=self.ref(actions, e_data, "action", ew),
                    title=self.text(e_data, "title", ew),
                    start_date=self.date(e_data, "start", ew),
                    end_date=self.date(e_data, "end", ew),
                    place=self.text(e_data, "place", ew),
                    role=self.text(e_data, "role", ew),
                    participants=self.integer(e_data, "participants", ew),
                )
            )
        try:
            load_means(data.get("means_figures"), f"{w}.means_figures", report, actions, self.uid, self.text)
        except MeansError as exc:
            raise InterchangeError(str(exc)) from exc
        try:
            load_comments(data.get("comments"), f"{w}.comments", report, actions, self.claim_uid)
        except CommentsError as exc:
            raise InterchangeError(str(exc)) from exc
        return report
