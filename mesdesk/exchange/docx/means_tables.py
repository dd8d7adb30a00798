"""The means in the Word report: a table after an action's « Moyens = » statement and
the « Moyens mobilisés » annex (totals per action, valued volunteering and its method).

Nothing is printed for an action without figures, and no annex for a report without
any. The table takes the template's « Table Grid » style (« Grille du tableau ») when it
has one; otherwise thin borders are set on the table itself, so any template prints it.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocxDocument

from mesdesk.exchange.docx.elements import Element, W, el, paragraph, run, sub
from mesdesk.model.entities import Action, Report
from mesdesk.model.french import format_number, typography
from mesdesk.model.means import (
    ACCOUNTS,
    BudgetLine,
    FundingLine,
    Groups,
    InKindLine,
    PeopleLine,
    action_totals,
    group_lines,
    has_figures,
    lines_of,
)
from mesdesk.model.textclean import clean_line

ANNEX_TITLE = "Moyens mobilisés"
TABLE_STYLE_NAMES = ("table grid", "grille du tableau", "tableaugrille", "tablegrid")
WIDTH = 9000  # twentieths of a point: the text width of an A4 page with 2.5 cm margins
Cell = tuple[str, bool]  # text, right-aligned (a figure)


def euros(value: float | None) -> str:
    return "" if value is None else f"{format_number(round(value, 2))}\u00a0€"


def hours(value: float | None) -> str:
    return "" if not value else f"{format_number(value)}\u00a0h"


def table_style_id(document: DocxDocument) -> str | None:
    """The id of the template's grid table style, if it has one."""
    for style in document.styles.element.findall(W + "style"):
        if style.get(W + "type") != "table":
            continue
        name = style.find(W + "name")
        label = name.get(W + "val") if name is not None else None
        names = {(label or "").casefold(), (style.get(W + "styleId") or "").casefold()}
        if names & set(TABLE_STYLE_NAMES):
            style_id: str | None = style.get(W + "styleId")
            return style_id
    return None


def _table(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[int], style: str | None,
           *, total: bool = False, figures_from: int = 1) -> Element:
    tbl = el("tbl")
    pr = sub(tbl, "tblPr")
    if style:
        sub(pr, "tblStyle", {"val": style})
    sub(pr, "tblW", {"w": str(sum(widths)), "type": "dxa"})
    if not style:
        borders = sub(pr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            sub(borders, side, {"val": "single", "sz": "4", "space": "0", "color": "A6A6A6"})
    sub(pr, "tblLayout", {"type": "fixed"})
    sub(pr, "tblLook", {"val": "04A0", "firstRow": "1", "lastRow": "1" if total else "0",
                        "firstColumn": "0", "lastColumn": "0", "noHBand": "1", "noVBand": "1"})
    grid = sub(tbl, "tblGrid")
    for width in widths:
        sub(grid, "gridCol", {"w": str(width)})
    all_rows = [[(h, i >= figures_from) for i, h in enumerate(header)], *rows]
    for index, cells in enumerate(all_rows):
        tr = sub(tbl, "tr")
        bold = index == 0 or (total and index == len(all_rows) - 1)
        if index == 0:
            trpr = sub(tr, "trPr")
            sub(trpr, "cantSplit")
            sub(trpr, "tblHeader")
        for (text, right), width in zip(cells, widths):
            tc = sub(tr, "tc")
            tcpr = sub(tc, "tcPr")
            sub(tcpr, "tcW", {"w": str(width), "type": "dxa"})
            p = paragraph(jc="right" if right else "left", keep_next=index < len(all_rows) - 1)
            if text:
                p.append(run(text, bold=bold))
            tc.append(p)
    return tbl


def _line_rows(report: Report, action: Action | None, groups: Groups | None) -> list[list[Cell]]:
    lines = lines_of(report, action, groups)
    rows: list[list[Cell]] = []
    for p in lines[PeopleLine]:
        assert isinstance(p, PeopleLine)
        detail = ", ".join(part for part in (
            f"{hours(p.salaried_hours)} salariées" if p.salaried_hours else "",
            f"{hours(p.volunteer_hours)} bénévoles" if p.volunteer_hours else "",
        ) if part)
        rows.append([("Personnel", False), (typography(clean_line(p.role)), False), (detail, True), ("", True)])
    for b in lines[BudgetLine]:
        assert isinstance(b, BudgetLine)
        account = f"{b.account} {ACCOUNTS.get(b.account[:2], '')}".strip()
        rows.append([(account, False), (typography(clean_line(b.label)), False), (euros(b.planned), True),
                     (euros(b.actual), True)])
    for f in lines[FundingLine]:
        assert isinstance(f, FundingLine)
        rows.append([("Financement", False), (typography(clean_line(f.funder)), False), (euros(f.planned), True),
                     (euros(f.obtained), True)])
    for k in lines[InKindLine]:
        assert isinstance(k, InKindLine)
        kind = k.in_kind
        quantity = hours(k.quantity) if kind.value == "benevolat" else (format_number(k.quantity) if k.quantity else "")
        detail = ", ".join(part for part in (quantity, typography(clean_line(k.basis))) if part)
        rows.append([(f"{kind.label_fr.capitalize()} ({kind.contribution_account})", False), (detail, False),
                     ("", True), (euros(k.value()), True)])
    return rows


def action_means_table(document: DocxDocument, report: Report, action: Action,
                       groups: Groups | None = None) -> list[Element]:
    """The table of one action's means, or nothing when it has no figures (``groups``:
    ``group_lines(report)``, computed once per export)."""
    if not has_figures(report, action, groups):
        return []
    style = table_style_id(document)
    header = ("Moyens", "Détail", "Prévu", "Réalisé")
    return [_table(header, _line_rows(report, action, groups), (2400, 3400, 1600, 1600), style, figures_from=2), paragraph()]


def annex(document: DocxDocument, report: Report, groups: Groups | None = None) -> list[Element]:
    """The annex's body (the caller adds its heading): totals per action and for the
    report, then the volunteer valuation and its method. Empty without figures."""
    groups = groups if groups is not None else group_lines(report)
    actions = [a for a in report.convention.actions if has_figures(report, a, groups)]
    general = has_figures(report, None, groups)
    if not actions and not general:
        return []
    header = ("Action", "Heures salariées", "Heures bénévoles", "Charges réalisées", "Produits réalisés",
              "Contributions en nature")
    keys = ("salaried_hours", "volunteer_hours", "charges_actual", "products_actual", "in_kind")
    sums = dict.fromkeys(keys, 0.0)
    rows: list[list[Cell]] = []
    for action, label in [*((a, f"{a.number} {clean_line(a.title)}") for a in actions),
                          *([(None, "Ensemble du bilan")] if general else [])]:
        totals = action_totals(report, action, groups)
        for key in keys:
            sums[key] += totals[key]
        rows.append([(typography(label), False), *_figures(totals, keys)])
    rows.append([("Total", False), *_figures(sums, keys)])
    style = table_style_id(document)
    out: list[Element] = [_table(header, rows, (2500, 1100, 1100, 1300, 1300, 1700), style, total=True)]
    rate = report.volunteer_rate()
    basis = ("salaire de référence" if report.valuation_basis == "reference"
             else "SMIC brut horaire majoré des charges patronales")
    method = clean_line(report.valuation_method) or "méthode non précisée"
    text = (f"Valorisation du bénévolat : {format_number(sums['volunteer_hours'])} heures au taux de "
            f"{euros(rate)} de l'heure ({basis}). Méthode : {method}")
    p = paragraph()
    p.append(run(typography(text)))
    out.append(p)
    return out


def _figures(totals: dict[str, float], keys: Sequence[str]) -> list[Cell]:
    out: list[Cell] = []
    for key in keys:
        value = totals[key]
        out.append(((hours(value) if key.endswith("hours") else euros(value) if value else ""), True))
    return out
