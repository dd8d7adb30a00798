"""The bundled sample is the MES *Bilan 2024*, entered in full.

The reference is the plain text extracted from the original Word report (``SEED`` at
the end of this file, a verbatim copy of the seed the sample was entered from, trailing
spaces removed). The key check reads the seed the way a proof-reader would: drop what
the extraction added (table of contents, footnote lines in the middle of the body,
duplicated paragraphs), drop what the export generates (headings, the ✓ list of the
axes, bullet glyphs, the « Evaluation = » / « Moyens = » labels), then find every
sentence in the sample, in document order. The reverse check makes sure the sample
says nothing the seed does not say.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from mesdesk.exchange.json_interchange import loads_workspace
from mesdesk.model.entities import Base, Convention, Organisation, Report
from mesdesk.model.richtext import Footnote, RichText, Text

# shared/ stands beside the repository (the developers' machines and CI alike).
SHARED_SEED = next(
    (
        candidate / "seed" / "bilan-2024.txt"
        for candidate in (Path(__file__).resolve().parents[3] / "shared", Path("/work/shared"))
        if (candidate / "seed" / "bilan-2024.txt").exists()
    ),
    Path("shared/seed/bilan-2024.txt"),
)
# The seed has no « Moyens = » for 2.1; the report must have one for every action, so
# the sample adds one short sentence made of 2.1's own words. Nothing else is added.
ADDED_BY_EDITOR = {("2.1", "means")}


# -- fixtures -------------------------------------------------------------------------

def _load(json_text: str) -> Session:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session = Session(engine)
    loads_workspace(json_text, session)
    session.flush()
    return session


@pytest.fixture(scope="module")
def session(sample_json: str) -> Iterator[Session]:
    s = _load(sample_json)
    yield s
    s.close()


@pytest.fixture(scope="module")
def convention(session: Session) -> Convention:
    return session.scalars(select(Convention)).one()


@pytest.fixture(scope="module")
def report(convention: Convention) -> Report:
    found = convention.report_for(2024)
    assert found is not None
    return found


# -- reading the seed -----------------------------------------------------------------

# Line breaks the extraction put inside a sentence.
SEED_JOINS = [
    ("en juin\n\n2023.", "en juin 2023."),
    ("avril\n 2024 :", "avril 2024 :"),
]

# Extraction artefacts corrected in the sample; each one must still be found in the seed.
SEED_FIXES = [
    # 3.1's evaluation repeats 3.2's first « Moyens » paragraph: kept once, in 3.2's means.
    (
        "réglementaires. Le temps d'activité stratégique et politique est intense à partir "
        "d'organisations fragilisées économiquement. Il y a une véritable communauté "
        "d'acteur-ices, qui fait sens, dont cependant il faut mieux consolider la culture "
        "commune (de l'écrit à l'oral, au partage et à la proposition politique), mieux "
        "répartir la charge mentale et organiser les récits, stratégies d'alliance et d'influence.",
        "réglementaires.",
    ),
    ("Evaluation = Evaluation =", "Evaluation ="),  # 4.3
    # 4.2's means glued to the last bullet.
    ("innovation sociale..., Moyens =", "innovation sociale...\nMoyens ="),
    # Footnote anchors: the notes are real footnotes in the sample.
    ("de 2014,4 dont", "de 2014, dont"),
    ("à Bordeaux. ⁵", "à Bordeaux."),
    # Spaces lost or added by the extraction.
    ("envisagéesavec", "envisagées avec"),
    ("co- présidence", "co-présidence"),
    ("co- construction", "co-construction"),
    ("telle qu'initiée..", "telle qu'initiée."),
]

# Seed lines dropped whole.
DROPPED_LINES = [
    re.compile(r"^- ✓ "),  # the convention's axes: generated at export
    re.compile(r"^[²³⁵] "),  # footnote texts shown mid-body: checked by test_footnotes
    re.compile(r"^4 ESS-Bilan-loi-2014\.pdf$"),
    # 2.3: the truncated first copy of the « Moyens » line (the full one follows it).
    re.compile(r"^Moyens = financements européens Erasmus principalement, possibilité de$"),
]

# Paragraphs the structure moves; they are looked for in the named field of the action
# they are under in the seed instead of at their seed position.
MOVED = {
    # 3.2: the seed shows its first « Moyens = » paragraph mid-narrative; means hold both.
    "le temps d'activité stratégique et politique est intense": "means",
    # 3.1: shown after « Moyens = » in the seed, it is the end of the narrative.
    "La Coprésidence de la Commission": "narrative",
    "Nous avons demandé et obtenu la coprésidence": "narrative",
    # 3.2: the FDVA link follows the second « Moyens = »; it is part of the narrative.
    "https://www.associations.gouv.fr/": "narrative",
}

AXIS_HEADING = re.compile(r"^(\d)\. (.+)$")
ACTION_HEADING = re.compile(r"^(?:- )?(\d\.\d) (.+)$")
BULLET = re.compile(r"^(?:- ?)?(?:[→➡⇒●■]\s*|O (?=\S))?")
NUMBER = re.compile(r"^(?:\d\. |\d\)\s*)")
LABEL = re.compile(r"^(?:Evaluation|Moyens) = ")


def norm(text: str) -> str:
    """Text as compared: quotes, asterisks, spacing and apostrophes made uniform."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'")
    text = re.sub(r"[«»“”\"*]", " ", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ([,.;:!?)])", r"\1", text)
    return text.replace("( ", "(").strip()


def sentences(text: str) -> list[str]:
    return [s for s in (norm(p) for p in re.split(r"(?<=[.!?])\s+", text)) if s]


def seed_body() -> str:
    """From the Préambule (after the table of contents) to the end of the conclusion."""
    lines = SEED.split("\n")
    start = [i for i, line in enumerate(lines) if line.strip() == "Préambule"][1]
    end = next(i for i, line in enumerate(lines) if line.startswith("Mouvement pour l'Économie Solidaire France c/o"))
    text = "\n".join(lines[start + 1 : end])
    for old, new in SEED_JOINS + SEED_FIXES:
        assert old in text, f"seed correction no longer applies: {old[:60]!r}"
        text = text.replace(old, new)
    return text


def seed_paragraphs() -> list[tuple[str, str]]:
    """(section, paragraph) in seed order; section is « préambule », an action number or « conclusion »."""
    out: list[tuple[str, str]] = []
    section = "préambule"
    for raw in seed_body().split("\n"):
        line = raw.strip()
        if not line or line == "Préambule":
            continue
        if line == "Conclusion et perspectives":
            section = "conclusion"
            continue
        if AXIS_HEADING.match(line):
            continue
        action = ACTION_HEADING.match(line)
        if action:
            section = action.group(1)
            continue
        if any(p.search(line) for p in DROPPED_LINES):
            continue
        had_dash = line.startswith("-")
        line = BULLET.sub("", line, count=1)
        if had_dash or re.match(r"^\d\)", line):
            line = NUMBER.sub("", line, count=1)
        line = LABEL.sub("", line, count=1)
        out.append((section, line))
    return out


def seed_headings() -> dict[str, set[str]]:
    """Number → titles, as the body headings and the table of contents give them."""
    headings: dict[str, set[str]] = {}
    for raw in SEED.split("\n"):
        line = raw.strip()
        m = ACTION_HEADING.match(line) or AXIS_HEADING.match(line)
        if m:
            headings.setdefault(m.group(1), set()).add(m.group(2))
    return headings


# -- reading the sample ---------------------------------------------------------------

def segments(convention: Convention, report: Report) -> list[tuple[str, str, RichText]]:
    """(section, field, text) in document order."""
    out: list[tuple[str, str, RichText]] = [("préambule", "preamble", report.preamble)]
    texts = {t.action_id: t for t in report.texts}
    for action in convention.actions:
        text = texts[action.id]
        for field in ("evaluation", "narrative", "means"):
            out.append((action.number, field, getattr(text, field)))
    out.append(("conclusion", "conclusion", report.conclusion))
    return out


def missing_sentences(convention: Convention, report: Report) -> list[str]:
    """Seed sentences not found in the sample at their place (empty when complete)."""
    segs = [(sec, field, norm(rich.plain_text())) for sec, field, rich in segments(convention, report)]
    full, starts = "", []
    for _, _, text in segs:
        starts.append(len(full))
        full += text + " "
    missing: list[str] = []
    pos = 0
    for section, paragraph in seed_paragraphs():
        moved_to = next((f for prefix, f in MOVED.items() if paragraph.startswith(prefix)), None)
        for sentence in sentences(paragraph):
            if moved_to:
                target = next(t for sec, f, t in segs if sec == section and f == moved_to)
                if sentence not in target:
                    missing.append(f"{section} {moved_to}: {sentence}")
                continue
            found = full.find(sentence, pos)
            if found < 0:
                missing.append(f"{section}: {sentence}")
            else:
                pos = found + len(sentence)
    return missing


def all_rich(convention: Convention, report: Report) -> list[RichText]:
    return [rich for _, _, rich in segments(convention, report)]


# -- the text -------------------------------------------------------------------------

def test_every_seed_sentence_is_in_the_sample_in_order(convention: Convention, report: Report) -> None:
    missing = missing_sentences(convention, report)
    assert not missing, "missing or out of order:\n" + "\n".join(missing)


def test_the_sample_says_nothing_the_seed_does_not_say(convention: Convention, report: Report) -> None:
    seed_text = norm(" ".join(p for _, p in seed_paragraphs()))
    invented = []
    for section, field, rich in segments(convention, report):
        if (section, field) in ADDED_BY_EDITOR:
            continue
        for line in rich.plain_text().split("\n"):
            invented += [f"{section} {field}: {s}" for s in sentences(line) if s not in seed_text]
    assert not invented, "\n".join(invented)


def test_no_paragraph_is_doubled(convention: Convention, report: Report) -> None:
    # The seed repeats some paragraphs by accident (2.3's means, 3.1/3.2): once is enough.
    seed_text = norm(" ".join(p for _, p in seed_paragraphs()))
    sample_text = " ".join(norm(rich.plain_text()) for rich in all_rich(convention, report))
    doubled = [
        s
        for section, field, rich in segments(convention, report)
        if (section, field) not in ADDED_BY_EDITOR
        for line in rich.plain_text().split("\n")
        for s in sentences(line)
        if len(s) >= 40 and sample_text.count(s) > seed_text.count(s)
    ]
    assert not doubled, "\n".join(doubled)


@pytest.mark.parametrize(
    "where",
    [
        ("preamble", None, 3),  # a préambule paragraph
        ("action", ("action-2-1", "narrative"), 4),  # a plain paragraph
        ("action", ("action-3-1", "narrative"), 12),  # the moved TTE paragraph
        ("action", ("action-3-2", "means"), 0),  # the moved « Moyens » paragraph
        ("action", ("action-4-2", "means"), 0),  # identical to 4.1's means
        ("item", ("action-2-3", "narrative"), (1, 4)),  # one list item
        ("conclusion", None, 0),
    ],
)
def test_the_order_check_notices_a_missing_paragraph(sample_json: str, where: tuple[Any, Any, Any]) -> None:
    doc = copy.deepcopy(json.loads(sample_json))
    rep = doc["conventions"][0]["reports"][0]
    kind, target, index = where
    if kind in ("preamble", "conclusion"):
        del rep[kind][index]
    else:
        action_id, field = target
        blocks = next(a for a in rep["actions"] if a["action"] == action_id)[field]
        if kind == "item":
            del blocks[index[0]]["items"][index[1]]
        else:
            del blocks[index]
    s = _load(json.dumps(doc))
    try:
        conv = s.scalars(select(Convention)).one()
        rep_obj = conv.report_for(2024)
        assert rep_obj is not None
        assert missing_sentences(conv, rep_obj)
    finally:
        s.close()


def test_footnotes(convention: Convention, report: Report) -> None:
    """Notes 2–5 of the seed, as real footnotes anchored where their references stand."""
    notes: list[tuple[str, Footnote]] = []
    for rich in all_rich(convention, report):
        for content in rich.paragraph_contents():
            before = ""
            for inline in content:
                if isinstance(inline, Footnote):
                    notes.append((before, inline))
                elif isinstance(inline, Text):
                    before += inline.text
    assert len(notes) >= 4
    anchors = ["Conseil Supérieur de l'ESS", "Commission Evaluation de la loi ESS de 2014", "de la Loi ESS de 2014,", "à Bordeaux."]
    assert [before.endswith(a) for (before, _), a in zip(notes, anchors)] == [True] * 4
    seed_notes = sorted(
        (line for line in SEED.split("\n") if re.match(r"^(?:[²³⁵] |4 ESS-Bilan)", line)),
        key=lambda line: "²³4⁵".index(line[0]),
    )
    for (_, note), seed_line in zip(notes, seed_notes):
        texts = ["".join(t.text for t in note.content)] + [t.href or "" for t in note.content]
        for token in seed_line.split()[1:]:
            token = token.rstrip("-")  # note ³'s URL is cut in the seed
            assert any(token in x for x in texts), f"{token!r} not in note {texts}"


def test_links(convention: Convention, report: Report) -> None:
    hrefs = {href for rich in all_rich(convention, report) for href in rich.links()}
    assert len(hrefs) >= 8
    assert all(h.startswith("https://") for h in hrefs)
    seed_urls = {u.rstrip(".,;)-") for u in re.findall(r"(?:https?://|linktr\.ee/)\S+", seed_body())}
    for url in seed_urls:
        assert any(url in h for h in hrefs), url


def test_marks(convention: Convention, report: Report) -> None:
    texts = [
        inline
        for rich in all_rich(convention, report)
        for content in rich.paragraph_contents()
        for inline in content
        if isinstance(inline, Text)
    ]
    runins = {t.text for t in texts if t.runin}
    assert {
        "Animation des Assemblées permanentes régulières et des séminaires stratégiques",
        "Séminaire stratégique les 14 - 15 octobre 2024.",
        "ESS France:",
        "Conseil Supérieur de l'ESS",
        'La Coprésidence de la Commission "Territoires et Transition Ecologique (TTE)"',
    } <= runins
    assert "une Université populaire de l'Économie solidaire et de la Transition" in {t.text for t in texts if t.bold}
    assert "Journée partenaires de la Fondation Crédit Coopératif" in {t.text for t in texts if t.italic}


def test_lists(report: Report) -> None:
    by_number = {t.action.number: t for t in report.texts}

    def lists(number: str, kind: str) -> list[Any]:
        return [b for b in by_number[number].narrative.to_json() if b["type"] == "list" and b["kind"] == kind]

    assert [len(b["items"]) for b in lists("3.2", "number")] == [4]  # the 4 consortiums
    assert [len(b["items"]) for b in lists("4.2", "number")] == [5]  # the 5 chantiers
    levels = [i.get("level", 0) for b in lists("2.3", "bullet") for i in b["items"]]
    assert levels == [0, 1, 1, 0, 1, 1, 1, 1]
    # Glyphs and typed numbers are list formatting, never text.
    for text in report.texts:
        for content in text.narrative.paragraph_contents():
            first = next((i.text for i in content if isinstance(i, Text)), "")
            assert not re.match(r"^\s*(?:[-→➡⇒●■✓]|O |\d[.)] )", first), first


# -- the structure --------------------------------------------------------------------

def test_convention(convention: Convention) -> None:
    assert convention.funder is not None
    assert convention.funder.name == "Fondation Charles Léopold Mayer pour le Progrès de l'Homme"
    assert convention.funder.short_name == "FPH"
    assert (convention.first_year, convention.last_year) == (2024, 2026)
    assert f"« {convention.programme} »" in SEED
    assert len(convention.axes) == 4
    assert [a.number for a in convention.actions] == [
        "1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "4.3"
    ]
    headings = seed_headings()
    for item in [*convention.axes, *convention.actions]:
        # The body heading, or the table of contents' when they differ (axis 1: « & »).
        assert item.title in headings[item.number], item.number


def test_report(report: Report) -> None:
    assert (report.year, report.title) == (2024, "Bilan 2024")
    assert report.support_line == "Avec l'appui de la Fondation Charles Léopold Mayer pour le Progrès Humain"
    assert report.support_line in SEED
    assert report.report_date == dt.date(2025, 3, 5)
    assert len(report.texts) == 10
    assert {t.status.value for t in report.texts} == {"valide"}
    for text in report.texts:
        assert not text.evaluation.is_empty(), text.action.number
        assert not text.narrative.is_empty(), text.action.number
        assert not text.means.is_empty(), text.action.number
    means_32 = next(t for t in report.texts if t.action.number == "3.2").means
    assert len(means_32.blocks) == 2  # 3.2 has two « Moyens = » paragraphs


def test_organisation(session: Session) -> None:
    org = session.scalars(select(Organisation)).one()
    assert org.name == "Mouvement pour l'Économie Solidaire France"
    assert org.address == "c/o Maison des réseaux artistiques et culturels, 221 rue de Belleville, 75019 Paris"
    assert org.siret == "444 165 237 00041" and f"Siret {org.siret}" in SEED
    assert org.ape == "94.99Z"
    assert (org.contact_name, org.contact_role) == ("Gaël Louesdon", "délégué général")
    assert org.email in SEED and org.phone in SEED
    assert org.links and all(link in SEED for link in org.links)


def test_indicators(convention: Convention) -> None:
    indicators = convention.indicators
    assert len(indicators) >= 15
    assert all(i.unit and i.action is not None and i.values for i in indicators)
    visits = next(i for i in indicators if i.uid == "ind-site-visites")
    assert (visits.value_for(2023), visits.value_for(2024)) == (32732, 52464)
    share = next(i for i in indicators if i.uid == "ind-site-part-actualites")
    assert (share.unit, share.value_for(2024)) == ("%", 71)


def test_events(report: Report) -> None:
    events = report.events
    assert len(events) >= 15
    for e in events:
        assert e.start_date is not None and e.start_date.year == 2024, e.uid
        assert e.end_date is None or e.end_date >= e.start_date, e.uid
        assert e.title and e.role and e.action is not None, e.uid
    villarceaux = next(e for e in events if e.uid == "evt-seminaire-villarceaux")
    assert (villarceaux.start_date, villarceaux.end_date) == (dt.date(2024, 5, 21), dt.date(2024, 5, 23))
    assert (villarceaux.place, villarceaux.participants) == ("Villarceaux", 60)


def test_partners_and_bodies(convention: Convention) -> None:
    partners, bodies = convention.partners, convention.bodies
    assert len(partners) + len(bodies) >= 20
    assert all(p.kind and p.actions for p in partners)
    assert all(b.role and b.action is not None for b in bodies)
    roles = {b.uid: b.role for b in bodies}
    assert roles["body-csess-tte"] == "coprésidence"
    assert roles["body-ess-france-ca"] == "membre"
    seed_text = norm(SEED)
    for name in ("Miramap", "Mouvement Sol", "MES Occitanie", "PES 21", "UFISC", "Opale", "Coorace", "Colibri", "Transiscope"):
        assert name in seed_text
        assert any(name in p.name for p in partners), name


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="only where the shared seed is mounted")
def test_embedded_seed_is_the_shared_seed() -> None:
    shared = [line.rstrip() for line in SHARED_SEED.read_text(encoding="utf-8").split("\n")]
    assert shared == SEED.split("\n")


# The seed: plain text extracted from the MES Word report « Bilan 2024 » (verbatim,
# extraction artefacts included; trailing spaces removed).
SEED = """\


Bilan 2024

Avec l'appui de la Fondation Charles Léopold Mayer pour le Progrès Humain





5 mars 2025

Bilan 2024

Table des matières

Préambule

1. Promouvoir l'ESS et les initiatives d'économie solidaire en France et en Europe



- 1.1 Consolidation des outils de communication et de leur animation régulière
- 1.2 Consolidation de l'identité commune du Mouvement

2. Renforcer le mouvement et la mise en réseau



- 2.1 Animer des Assemblées permanentes régulières et participatives
- 2.2 Dialoguer et participer à des instances et des actions en convergence avec différentes organisations
- 2.3 MES & RIPESS Europe

3. Renforcer le plaidoyer en faveur d'une transition solidaire, économique, écologique, culturelle, démocratique, sociale et sociétale



- 3.1 Participation du MES aux instances nationales de l'ESS
- 3.2 Séminaire de Convergence-Mai 2024

4. Développer l'outillage et l'expertise pour accompagner le développement et la structuration des initiatives de l'économie solidaire

- 4.1 En développant et en diffusant les recherches-action portées par le mouvement et leurs productions
- 4.2 En participant à des recherches-actions portées par des partenaires
- 4.3 En favorisant des démarches de coopérations inter-réseaux pour construire des alternatives robustes face à une économie néolibérale spéculative et incontrôlable

Préambule

Le rapport que nous présentons pour l'année 2024 s'inscrit dans le prolongement de la convention conclue avec la Fondation Charles Léopold Mayer pour le Progrès de l'Homme dans le cadre du budget 2024-2026, adopté par le conseil de fondation en juin

2023. Nos actions se sont déroulées en cohérence avec le programme « Économie Écologique / ESS, monnaies locales, communs, ressources et approches microéconomiques ». Nous avions convenu 4 axes de travail :

- ✓ Promouvoir l'ESS et les initiatives d'économie solidaire en France et en Europe,
- ✓ Renforcer le mouvement et la mise en réseau,
- ✓ Renforcer le plaidoyer en faveur d'une transition solidaire, économique, écologique, culturelle, démocratique, sociale et sociétale,
- ✓ Développer l'outillage et l'expertise pour accompagner le développement et la structuration des initiatives de l'ESS.

Dans un contexte empreint d'inflation, de difficultés sociales accrues, d'augmentation des inégalités, de montée des phénomènes autoritaires et des idées d'extrême-droite, le Mouvement pour l'Economie Solidaire s'est efforcé de porter une voix collective revendiquant plus de citoyenneté économique, de participation démocratique, de justice écologique et de solidarité sur les territoires. Il a choisi de faire la démonstration d'une voie coopérative ancrée dans l'appui aux initiatives citoyennes, la convergence et l'accompagnement des réseaux et l'essaimage d'expérimentations et de processus de transformation. Le contexte économique et politique, qui s'est par ailleurs fortement dégradé, invite les initiatives solidaires à réunir leurs forces pour affronter le défi des réductions budgétaires annoncés par les premiers ministres qui se sont succédé en cours d'année et la montée des idées réactionnaires remettant en cause les valeurs solidaires et droits fondamentaux.

L'année 2024 a par conséquent été une année charnière pour le Mouvement marquée par l'implication renforcée de ses membres au sein d'une Assemblée Permanente régulière. La communication déployée et le dialogue avec l'écosystème de l'ESS, du développement local et des transitions se sont consolidés permettant des échanges fructueux et l'élaboration d'analyses et de propositions, nourrissant le plaidoyer collectif du MES. En dépit d'une absence de soutien financier du Ministère, le MES a joué plus fortement son rôle au sein du Conseil supérieur de l'ESS et de ESS France, en participant à diverses manifestations organisées dont le Congrès des 10 ans de la loi ESS qui s'est tenu les 12 et 13 juin 2024 et à l'élection de son nouveau Président, Benoît Hamon, suite au retrait de Jérôme Saddier.

C'est dans cet état d'esprit d'ouverture et de coopération que le MES a organisé le Séminaire de Convergence Inter-réseaux Villarceaux les 21 au 23 mai 2024 puis un temps interne lors du Séminaire stratégique les 14 - 15 octobre 2024, qui a suivi l'assemblée générale ordinaire. Notre enjeu actuel est d'avancer collectivement vers une organisation interne et externe dans les quatre prochaines années permettant le portage du projet politique commun et le renforcement du Mouvement pour l'Economie solidaire et de ses alliés.

Marquée par le départ à la retraite de Bruno Lasnier, délégué général, qui a été remplacé par Gaël Louesdon à partir de février 2025 et par une réduction regrettée de l'équipe salariée (arrêt du poste de Alice Oeschner de Conninck, Chargée de recherche Innovation) pour faire face aux déséquilibres budgétaires, l'année 2024 a toutefois été riche de temps forts, d'actions et démarches de recherche menées de façon ouverte et participative pour consolider les expériences, ressources et outils à destination des initiatives solidaires. On trouvera ci-dessous la présentation liminaire des actions entreprises par le MES, dans le respect des rubriques prévues dans la convention signée avec la FPH. Nous avons pris soin de permettre grâce à des liens d'accéder au détail des informations dont les contenus ne permettraient pas sinon de maintenir ce rapport dans les limites attendues, de donner des clés d'évaluation, tout en portant une analyse politique nécessaire à ce stade.

1. Promouvoir l'ESS et les initiatives d'économie solidaire en France & en Europe

1.1 Consolidation des outils de communication et de leur animation régulière

Evaluation = une progression évidente mais des moyens instables, nécessité d'un état des lieux et de co-apprentissage sur ces fonctions supports

- Le site internet https://www.le-mes.org/ présente à ce jour 52 464 visites soit 4 372 visites par mois en moyenne. Nous avions eu 32 732 visites en 2023 soit une progression de 60 % des visites en 2024
- 71 % des visites sont générés par les actualités du Mouvement, 20 nouveaux articles ont été rédigés pour le site en 2024 qui a aussi relayé une centaine d'articles publiés par les sites des membres du réseau.
- la page facebook 963 abonné.e.s. Il est nécessaire de partager les rôles au sein du réseau pour élargir la communauté
- La page Linkedin : 1 002 abonné.e.s soit une augmentation de 472 abonnés , 11 080 impressions, 346 réactions , 26 commentaires, et 20 partages. Il faudra travailler le taux d'engagement et de partage.
- L'activité du site est fortement en lien avec la publication de la lettre d'information du MES, 4 lettres d'information ont été publiées en 2024 (février, mai juillet et septembre 2024, diffusées aux 2 500 abonnés et via les réseaux sociaux du MES Linkedin et facebook (linktr.ee/mesfrance)
- Création de la chaîne You Tube du MES à améliorer car peu d'abonné.e.s encore
- Abandon de twitter

Moyens = une personne en apprentissage de janvier à septembre 2024, une faible partie du temps du délégué général et une administratrice bénévole (réseaux sociaux),

1.2 Consolidation de l'identité commune du Mouvement, une Économie Solidaire en mouvement

Evaluation = une capitalisation entre 2023 et 2024, approfondissement et valorisation des productions intellectuelles. Outils de communication utiles pour l'animation de temps collectifs et de formation. Intérêt à croiser la communication sur nos travaux par filières, réseaux et réseaux territoriaux.

● Diffusion de l'ouvrage "L'économie solidaire en mouvement", ouvrage choral d'acteurs et de chercheurs édité en 2022 à travers l'organisation de conférences, d'ateliers participatifs et de débats sur l'ensemble du territoire. Il atteint aujourd'hui un nombre d'éditions à 1200 exemplaires.

En dehors de sa diffusion en librairie, ou au cours du colloque organisé par le RIUESS en mai 2024, "L'économie solidaire en mouvement" a été diffusé à l'occasion des évènements organisés par le MES et à travers des formats collectifs tels le certificat de spécialisation "Culture & ESS". Cnam/Opale/Ufisc où un exemplaire de l'ouvrage est chaque fois remis à chaque stagiaire ou des temps forts des membres (Popmind, assemblées générales des adhérents, formations auprès d'acteurs, d'élus ou du grand public (services civiques, étudiants, universités populaires), par exemple sous forme d'arpentage par le MES Occitanie).

Création et diffusion de nouveaux formats de sensibilisation et d'appropriation , notamment d'appropriation à travers le jeu de rôles sur la coopération et la participation, PFH à Solly sur Dère et réalisation de 2 formations de maîtres du jeu organisées le 12 février à Tours et le 16 octobre à Paris qui ont permis de former une dizaine de personnes à l'animation du jeu. Le jeu a été présenté et joué à l'occasion de différents événements : le 11 mars dans les locaux de la FPH à Paris, le 13 mai dans le cadre des rencontres POP MIND à Rennes, le 3 octobre lors de la *Journée partenaires de la Fondation Crédit Coopératif* à Pantin.

Moyens = mobilisation du délégué général, de la chargée de recherche innovation et de l'Assemblée permanente sur les événements à haute valeur politique et stratégique.

2. Renforcer le mouvement et la mise en réseau

2.1 Animer des Assemblées permanentes régulières et participatives

Evaluation = Cet objectif a été transformé, nous avons choisi d'opter pour des Assemblées Permanentes régulières mensuelles dans un contexte de renforcement de l'implication des membres, puis pour un Séminaire stratégique les 14 - 15 octobre 2024. Par ailleurs, un groupe de travail se constitue autour d'une idée à modéliser **une Université populaire de l'Économie solidaire et de la Transition** pouvant se décliner dans les territoires, dont nous reparlerons en 2025.

Animation des Assemblées permanentes régulières et des séminaires stratégiques

Au regard du besoin d'une dynamique régulière et fréquente de rencontres, le MES a privilégié, en 2024, des réunions mensuelles d'Assemblée permanente (AP), en visio, animées par le bureau et la coordination salariée, aux AP décentralisées. Ces modalités ont été plébiscitées par les membres, car permettant une interconnaissance, un suivi des dossiers et une appréhension des enjeux dans une période complexe, avec un besoin de transmission plus soutenu.

Ainsi, l'assemblée permanente s'est élargie grâce à une implication plus soutenue de trois membres Miramap, Mouvement Sol et Habitat participatif France. Ceci a consolidé l'implication des structures régionales APES Hdf, MES Occitanie, PES 21 et Ardes Normandie et celles des réseaux tels que l'UFISC, Collectif des Associations Citoyennes, ou de structures comme Opale ou Alice Coopératif Concept.

La rencontre nationale de convergence à Villarceaux sur 3 jours ainsi que le séminaire plus interne stratégique (mais ouvert aux partenaires) organisé en octobre 2024 ont été privilégiés à la construction d'un congrès national en 2024. Cette proposition de Congrès visait à renforcer la connaissance du Mouvement national dans les réseaux et dans les territoires pour co-construire, partager notre stratégie et renforcer notre plaidoyer.

Toutefois l'organisation de ce type de Congrès nécessite des moyens, une logistique qui n'étaient à disposition chez aucun réseau membre du MES en 2024. Pour rappel, Le premier s'est déroulé le 12 et 13 juin 2015 à Toulouse, avec pour slogan "L'économie solidaire c'est vous! Mobilisons nous pour un construire un monde solidaire". Par ailleurs, le contexte d'arrêt puis de départ à la retraite du Délégué Général n'offrait pas le cadre suffisant pour organiser un tel temps fort.

Séminaire stratégique les 14 - 15 octobre 2024. Ouvert aux membres adhérents et à des partenaires proches, ce séminaire a permis de renforcer l'interconnaissance entre les membres et travailler la feuille de route stratégique au vu du contexte économique et politique à court et moyen terme. Il s'agit de projeter la consolidation des actions du Mes concernant le dialogue avec les pouvoirs publics et les actions d'intérêt général telle que la convergence nécessaire en local, au national et au niveau européen avec les autres réseaux citoyens.

2.2 Dialoguer et participer à des instances et des actions en convergence avec différentes organisations

Evaluation = une mobilisation relativement soutenue qui porte ses fruits

Edité en 2021, l'ouvrage "L'Economie Solidaire en Mouvement" a été présenté dans les espaces de rencontres où le MES invité : Festival des Colibris, Université Européenne des Mouvements Sociaux et des Solidarités, PopMIND, Forum National de l'ESS, Coop des communs, Réseau Inter Universitaire de l'ESS / RIUESS,

Au cours de débats sur la citoyenneté et la démocratie économique comme piliers indissociables de la démocratie participative et la citoyenneté politique. Il atteint aujourd'hui un nombre d'éditions à 1200 exemplaires.

- Des actions portées par les membres qui viennent nourrir le plaidoyer (démocratie alimentaire, sécurité sociale alimentaire, habitat participatif inclusif, implication des personnes concernées par les précarités dans les quartiers ou en milieu rural, jeunesses et démocratie locale, cultures et ruralités, agroécologie et commerce équitable; démocratie et associations)
 - → Participation à la réalisation du MOOC : "Comment s'organiser et se mobiliser pour son territoire" créé par le Mouvement Colibri chapitre : « Des statuts pour mieux coopérer », par Bruno Lasnier
 - → Participation au RIUESS:

Colloque « «L'ESS hors la loi : quels projets politiques pour l'économie sociale et solidaire »Metz 22-24 mai 2024.

Journées d'études européennes « *Délibérer des alternatives économiques pour faciliter la transition vers une société durable*» Clermont Ferrand. 10 – 14 décembre 2024

- → Participation aux projets du Collectif de la Transition Citoyenne
- Travaux sur les lieux de convergence de la transition,
- Pacte pour la Transition (32 mesures pour des communes plus écologiques et justes) notamment participation à la Journée Pacte pour la Transition "Quelle stratégie des mouvements de la société civile pour porter politiquement une société juste et écologique ?" du 14 mars 2024 à Paris

Transiscope, le portail web des alternatives

et notamment aux Transiscothons, pour renforcer les liens autour des enjeux sociaux et écologiques, tout en favorisant la coopération et l'échange d'expériences entre collectifs. de Marseille Mars 2024 et Genève septembre 2024.

Moyens = l'investissement dans les réseaux affinitaires est partagé entre les membres du bureau et de l'Assemblée permanente et le délégué général. Un travail délicat et précieux pour parvenir à des accords et alliances permettant de peser dans les débats et sur les cadres politiques.

2.3 MES & RIPESS Europe

Evaluation = participation à 6 Comités de coordination et 1 Assemblée générale, à des événements co organisés. Suivi des actions et plaidoyers européens.

Le MES est co-fondateur du Ripess Europe. Celui-ci offre de vibrantes initiatives sur 16 pays, tout comme des des appels à l'action et des pratiques transformatrices qui définissent l'économie solidaire dans toute sa vitalité et nous inspirent.

- L'Espace commun européen des alternatives (ECSA) à Marseille les 26-28 avril
 2024 : organisation et animation de deux ateliers :
 - O Biens communs, pratiques de mise en commun et d'économie transformatrice : comment réseauter au niveau européen ?
 - O L'action politique à travers l'économie alternative et solidaire
- Le suivi des actions du RIPESS Europe:
- les campagnes pour les élections européennes
- Préparation du Forum Nyéléni: appel à l'action pour la souveraineté alimentaire et l'agroécologie?
- le projet YITEG (Youth Impacting Transformative Economies through Game Design) et le jeu "Play The Change"
- Looking Up, Un parcours de formation des expériences de développement local vers les stratégies européennes de l'économie sociale et solidaire » qui étudie de près le développement local participatif dans la perspective de l'économie sociale et solidaire et dans le cadre des politiques nationales et européennes qui la soutiennent.

 Moyens = financements européens Erasmus principalement, possibilité de

Moyens = financements européens Erasmus principalement, possibilité de financements de ressources humaines salariées

3. Renforcer le plaidoyer en faveur d'une transition solidaire, économique, écologique, culturelle, démocratique, sociale et sociétale

3.1 Participation du MES aux instances nationales de l'ESS

Evaluation = Une meilleure prise en compte de l'économie solidaire dans les instances de concertation et les espaces de travail, bien que toujours trop modeste. Un dialogue permanent avec l'écosystème de l'ESS indispensable pour pousser une exigence citoyenne et démocratique dans l'ESS et la société et peser dans la coconstruction des cadres normatifs et réglementaires. Le temps d'activité stratégique et politique est intense à partir d'organisations fragilisées économiquement. Il y a une véritable communauté d'acteur-ices, qui fait sens, dont cependant il faut mieux consolider la culture commune (de l'écrit à l'oral, au partage et à la proposition politique), mieux répartir la charge mentale et organiser les récits, stratégies d'alliance et d'influence.

ESS France: le MES en 2024 est membre du Conseil d'administration et du bureau d'ESS France (Bérénice Dondeyne et Constance André Aigret). Notre mouvement participe donc aux réunions de ces instances ainsi qu'aux commissions de travail;

Participation au Congrès des 10 ans de la loi ESS : "écrire les 10 prochaines années de l'ESS" les 12 et 13 juin 2024 avec des interventions du MES dans 3 ateliers :

- « Dans 10 ans, l'ESS sera l'expression d'une culture émancipatrice » Patricia Coler ; MES France/UFISC
- « Dans 10 ans, l'ESS sera un moteur de cohésion territoriale retrouvée » Ingrid-Hélène Guet ; MES France/Mouvement Sol
- « Dans 10 ans, l'ESS l'espace de la mobilisation des imaginaires et de l'action citoyenne » Berenice Dondeyne. MES France/MES Occitanie

Conseil Supérieur de l'ESS

En 2024, le MES s'est mobilisé pour

● Une contribution sur la Commission Evaluation de la loi ESS de 2014

Le Mouvement s'est largement impliqué avec des apports conséquents sur l'évaluation de la Loi ESS de 2014,4 dont plusieurs analyses et propositions ont été reprises par le rapporteur, Frédéric Tiberghien, dans le cadre de la commission sur les cadres juridiques (mise en sommeil depuis). Nous avons ainsi émis des propositions et une analyse sur le rapport présenté et voté au CSESS.

Le Mouvement pour l'Economie Solidaire se mobilisera, en lien avec ESS France et le RTES, pour le maintien de la Commission TTE (Territoire et Transition Écologique), dans le cadre du renouvellement du CSESS en avril 2025. En effet, son rôle est essentiel au regard du contexte idéologique présent et du partenariat à coconstruire avec les collectivités territoriales et l'État. Il s'agira de demander à rester en co-animation à travers une co- présidence telle qu'initiée..

La note d'orientation proposée agréée en séance plénière du CSESS et complétée actuellement par un projet d'avis sur les préconisations montre bien la stratégie du Mouvement pour l'Economie Solidaire :

- influencer la Commission pour une vision politique de la transition systémique et plus radicale,
- poursuivre des chantiers notamment sur un plan stratégique pour opérationnaliser des actions développant la transition écologique juste par l'ESS ainsi que la prise en compte des enjeux territoriaux pour l'ESS dans un contexte aux difficultés qui s'accroissent.

■ Autres commissions du CSESS apports des spécificités de l'économie solidaire

- → Nous avons pu participer à la Commission Europe et International et contribuer aux travaux et avis relatifs à l'accès aux financements européens, à la considération des initiatives non lucratives dans le cadre des aides d'état (et la prise en compte des services non économiques d'intérêt général) ainsi qu'à la directive ATE (associations transfrontalières européennes), à la recommandation du Conseil européen sur la déclinaison d'un plan national de l'ESS pour prendre en compte les initiatives citoyennes et la co- construction ainsi qu'à l'accueil du GSEF en 2025 à Bordeaux. ⁵
- → Au sein de la Commission Stratégie de développement de l'ESS, nous avons réagi sur les éléments du Rapport d'état des lieux des financements de l'ESS destiné au Sénat. Les travaux actuels sont menés sur le développement des filières avec en perspective le plan national pour l'ESS.
- → Nous avons aussi suivi autant que possible la Commission "Egalité Femme/Homme".

Moyens = une mobilisation engagée et militante, ce qui en fait sa force mais la plupart du temps bénévole (engagement humain des réseaux membres (non monétarisé) à valoriser). Une coordination insuffisante du poste de Délégué·e général·e par manque de moyens.

⁵ GSEF Global Social Economy Forum https://gsef-net.org/fr/node/35853

La Coprésidence de la Commission "Territoires et Transition Ecologique (TTE)"

Nous avons demandé et obtenu la coprésidence de la Commission Territoires et Transition Ecologique (TTE) qui traite par exemple des Pôles territoriaux de Coopération économique, des politiques nationales (ruralité, économie de proximité, transition écologique...) ou des actions des CRESS et leurs partenaires réseaux pour la transition écologique juste. Proposée comme co-présidente à mimandat, Patricia Coler (coprésidente du MES) a pu participer à la présidence et l'animation de la commission et tout particulièrement être force de proposition sur la rédaction d'une note d'orientation et d'un projet d'avis sur des recommandations de politiques publiques sur la transition écologique juste, citoyenne et solidaire.

3.2 Séminaire de Convergence-Mai 2024

Evaluation = identification des acteur·ices et cartographie partagée des enjeux, mise en dynamique plus collective des membres du MES dans les interactions et coconstructions avec d'autres organisations de la société civile, construction de coopérations solides, lancement d'une dynamique visible entre le Mouvement pour l'Economie Solidaire, le Collectif des Associations Citoyennes et le Collectif de la Transition Citoyenne.

Séminaire de Convergence Inter-réseaux - Villarceaux les 21 au 23 mai 2024

Le séminaire de convergence inter-réseaux a rassemblé une soixantaine d'acteurs engagés dans la transition citoyenne, écologique et solidaire, dont 5 fondations issus de plusieurs réseaux tels que le Mouvement pour l'Économie Solidaire, le Collectif des Associations Citoyennes, et le Collectif Les principaux objectifs de ce séminaire étaient de

- Renforcer l'interconnaissance entre les organisations pour mieux accompagner la transition citoyenne.
- Croiser les compréhensions des enjeux et construire un diagnostic et une éthique partagés.
- Coconstruire une dynamique de coopération inter-organisations pour un agenda commun en faveur d'une transition économique, écologique, culturelle, démocratique, sociale et solidaire.

Moyens = le temps d'activité stratégique et politique est intense à partir d'organisations fragilisées économiquement. Il y a une véritable communauté d'acteurs, qui fait sens, dont cependant il faut mieux consolider la culture commune (de l'écrit à l'oral, au partage et à la proposition politique), mieux répartir la charge mentale et organiser les récits, stratégies d'alliance et d'influence.

4 ESS-Bilan-loi-2014.pdf

² CSESS https://www.esspace.fr/csess.html https://www.esspace.fr/csess.html

³ Avis CSESS Loi ESS 2014, rapport Frédéric Tiberghien https://www.ess-france.org/system/files/inline-files/Avis-CS-

Le séminaire a permis d'analyser les contextes et structurer des actions communes, élaborer des plaidoyers partagés et réfléchir à des pistes de coopération et de mutualisation.

⇒ résultats en terme de coopération 2024-2026

4 consortiums issues du Séminaire qui ont répondu à l'appel à projet en portant un propos politique commun dans le dossier et le souhait de complémentarité des projets

1) FEDERATION ARTISANS DU MONDE Engagement transitions solidaires_ Des lieux ressources conviviaux et inclusifs pour s'engager en faveur des ODD et des transitions solidaires dans les territoires

2)COLLECTIF DES ASSOCIATIONS CITOYENNES

Association et philanthropie _Associations, recul de la démocratie et philanthropies

3) MOUVEMENT POUR L'ÉCONOMIE SOLIDAIRE

Gouvernances et alliances_ Les nouvelles formes d'organisation socio-économiques des associations au service de la transformation écologique, sociale et démocratique

4) ALLUMEUSES

Culture et accessibilité du droit_ Consortium pour l'utilisation et la création de droit avec les associations qui œuvrent en faveur de la transition écologique et sociale

Un site dédié en wiki a été développé spécifiquement comme outil de circulation d'information et de contribution. Notamment des fiches par organisations participantes ont été consolidées. Des temps de concertation communs sont prévus de 2024 à 2026 avec le Collectif des Associations Citoyennes et le MES.

Des temps de diffusion et de réflexivité seront organisés (UEMSS 2025, GSEF 2026, Séminaire de Convergence Inter-réseaux Villarceaux 2026....)

Des coopérations potentielles sont envisagéesavec les 16 autres projets FDVA Innovation financés = Réseau Cocagne/ filière bio; Mouvement Associatif/Evaluation & assocations, CRID_partenariats interassociatifs, Sciences citoyennes/savoirs reliés, Ingénieurs sans Frontières/inclusivité & transition, Artisans du monde_lieux ressources;

Moyens = mobilisation inter-organisationnelle salariée et bénévole, recherche de fonds commune et mise en communs des plaidoyers et actions

https://www.associations.gouv.fr/les-resultats-du-fdva-etudes-et-experimentations-nationales.html

4. Développer l'outillage et l'expertise pour accompagner le développement et la structuration des initiatives de l'économie solidaire

4.1 En développant et en diffusant les recherches-action portées par le mouvement et leurs productions

Evaluation = une production dense à valoriser et diffuser, fondée sur l'intelligence collective et les communautés apprenantes qui renforcent les croisements, les analyses partagées, la diversité des formats de production, la mutualisation des moyens et des ressources produites. Développer l'essaimage et formaliser des outils d'appui à l'accompagnement.

- → La fomation-action "gouvernances collectives "s'est poursuivie
- → L'innovation sociale et citoyenne au service du développement des territoires, consultable sur le wiki : https://radist.le-mes.org/?NouvellePage2
- ➡ Référentiel de la gouvernance collective : la construction du référentiel des en 2024 à travers notamment l'organisation de deux temps de formation à Paris les 11 et 12 juin 2024, et au Luxembourg pour les réseaux Transition Minett, Collectif Citoyen pour le Climat les 27 et 28 juillet 2024
- → DEVISUS : Développement d'Écosystèmes de Valorisation de l'Évaluation de l'Impact Social et de l'Utilité Sociale consultable sur le wiki : https://devisus.lemes.org/?DeVisus
- → Etude-action avec Habitat Participatif France sur la région Centre val de Loire (cadre de convention sur un enquête autour des besoins des habitant.e.s dans un quartier populaire)

Moyens = mobilisation inter organisationnelle salariée et bénévole, recherche de fonds commune et mise en cohérence des plaidoyers et actions

4.2 En participant à des recherches-actions portées par des partenaires

Evaluation = participation à des travaux partagés sur des thématiques clés (coopération, coconstruction), perspectives de coopération pertinentes, plaidoyers communs.

➡ Etude du Labo ESS: « Accompagner et financer les coopérations dans les territoires au service de la transition écologique et sociale ». Après avoir participé à la réalisation de l'étude Vers une société de la coopération, le MES a investi le Lancement des chantiers coopératifs, une démarche collective associant une trentaine de personnes issues de structures variées.

Cinq groupes de travail, appelés « chantiers coopératifs » ont démarré :

- 1. Développer les compétences et métiers des acteurs de la coopération
- 2. Développer des outils financiers au service de la coopération
- 3. Inventer et formaliser des dispositifs d'accompagnement adaptés aux coopérations territoriales

- 4. Développer les écosystèmes coopératifs territoriaux
- 5. Construire un plaidoyer sur le financement et l'accompagnement des initiatives solidaires : participation aux comités de pilotage, à la coopérations à un niveau national et local.
- ⇒ Recherche action ANR ESCAPE (Cose commune, RTES, UFISC, CAC, MES, LigUE de l'enseignement, RNMA) sur la coconstruction de l'action publique et les gestion administrative et financière et réalisation d'une étude de cas sur la Charte du relogement à Marseille avec une diffusion dans les Cahiers citoyens, écologiques et solidaires publiés par Alters Media.
- → Le MES reste attentif et en lien avec les démarches de recherche comme celles du RIUESS, des Chaires ESS, du Laboratoire de recherche en innovation sociale..., Moyens = mobilisation inter organisationnelle salariée et bénévole, recherche de fonds commune et mise en cohérence des plaidoyers et actions
- 4.3 En favorisant des démarches de coopérations inter-réseaux pour construire des alternatives robustes face à une économie néolibérale spéculative et incontrôlable

Evaluation = Evaluation = Renforcer les relations et réflexions communes, en participant, en coordination avec les membres du MES et avec d'autres réseaux de l'ESS, à des actions favorisant des démarches de fomation et d'accompagnement


- → Engagement dans le sociétariat de la SCIC Savoir Devenir, une démarche de coopération sur la formation
- → Participation au Collectif Ambition PTCE (qui réunit RTES, Coorace, Labo ESS, ESS France, MES), pour accompagner le développement des PTCE (Pôles Territoriaux de Coopération Économique
- → Formations en coopération avec nos membres habilitées en tant qu organismes de formation et la SCIC SAVOIR DEVENIR pour permettre une montée en compétence sur l'économie sociale et solidaire et la mise à niveau des membres sur différents sujets tels les évolutions législatives, les outils de communication et d'animation, les dispositifs de coopération expérimentaux, etc.

Moyens = mise à disposition de ressources internes ou des membres encore faible

Conclusion et perspectives

Le principal obstacle au développement du MES réside dans les difficultés à obtenir les moyens financiers pour renforcer sa capacité d'agir. Le refus de l'Etat de financer le MES comme tête de réseaux de l'ESS comme la difficulté à générer des activités génératrices de revenus du fait de la multiplication des activités du Mes, doivent donner lieu à un nouveau plan stratégique et opérationnel. Les soutiens de la Fondation du Crédit Coopératif et surtout de la Fondation du Progrès Humain qui a renouvelé sa confiance dans le Mes par une convention pluriannuelle augmentée pour 2024-26 sont des plus précieux pour mener à bien cette mission. L'évolution statutaire du Mes a permis le renforcement de l'implication des membres dans une Assemblée Permanente mensuelle qui souhaite se saisir de ces enjeux et a montré son engagement tout au long d'une année difficile mais aussi empreinte de réussites notables. C'est fort de cette dynamique collective et de la participation active de ses membres que le MES pourra continuer à porter, en lien étroit avec ses partenaires, la voie des initiatives citoyennes et de l'économie solidaire si essentielle aujourd'hui.





Mouvement pour l'Économie Solidaire France c/o Maison des réseaux artistiques et culturels 221 rue de Belleville 75 019 Paris Siret 444 165 237 00041 Code APE 94.99Z

Contact: Gaël Louesdon, délégué général gael.louesdon@le-mes.org
00 33 (0)7 49 91 47 71
linktr.ee/mesfrance
www.le-mes.org
Gael Louesdon, délégué général
contact@le-mes.org"""
