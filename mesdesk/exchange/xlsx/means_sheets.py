"""The « Moyens » and « Budget » sheets: the report's means lines, typed, with totals.

Added only when the report has means lines. Totals, gaps and valued volunteering are
formulas we write ourselves (``=SUM`` over a column, ``=E2-D2``), so they recalculate
when a member corrects a figure in Excel; user text still only ever goes in as text
(``cells.set_text``). Budget rows come charges first, then products, each block with
its own total below the table.
"""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from mesdesk.exchange.xlsx.cells import INTEGER_FORMAT, PERCENT_FORMAT, TextLog, set_text
from mesdesk.exchange.xlsx.report_access import action_label
from mesdesk.exchange.xlsx.sheets import Column, Kind, TableSheet, Value, write_table_sheet
from mesdesk.model.entities import Action, Report
from mesdesk.model.means import ACCOUNTS, InKindKind, InKindLine, PeopleLine, is_charge

MEANS_TITLE, MEANS_TABLE = "Moyens", "Moyens"
BUDGET_TITLE, BUDGET_TABLE = "Budget", "Budget"
TOTAL_FONT = Font(bold=True)

MEANS_COLUMNS = (
    Column("Action", Kind.TEXT, 32),
    Column("Type", Kind.TEXT, 22),
    Column("Rôle ou base de valorisation", Kind.TEXT, 30),
    Column("Heures salariées", Kind.NUMBER, 11),
    Column("Heures bénévoles ou quantité", Kind.NUMBER, 13),
    Column("Compte", Kind.TEXT, 8),
    Column("Taux horaire (€)", Kind.NUMBER, 10),
    Column("Valeur (€)", Kind.NUMBER, 12),
)
BUDGET_COLUMNS = (
    Column("Action", Kind.TEXT, 32),
    Column("Compte", Kind.TEXT, 8),
    Column("Libellé", Kind.TEXT, 30),
    Column("Prévu (€)", Kind.NUMBER, 12),
    Column("Réalisé (€)", Kind.NUMBER, 12),
    Column("Écart (€)", Kind.NUMBER, 11),
    Column("Écart (%)", Kind.PERCENT, 9),
    Column("Explication de l'écart", Kind.LONG_TEXT, 40),
)


def has_means(report: Report) -> bool:
    return bool(report.people_lines or report.budget_lines or report.funding_lines or report.in_kind_lines)


def _order(report: Report) -> dict[int, int]:
    return {id(a): i for i, a in enumerate(report.convention.actions)}


def _key(order: dict[int, int], action: Action | None) -> int:
    return order.get(id(action), len(order)) if action is not None else -1


def add_means_sheets(workbook: Workbook, report: Report, title: str, log: TextLog) -> None:
    """Append « Moyens » and « Budget » when the report has means lines."""
    if not has_means(report):
        return
    _means_sheet(workbook, report, title, log)
    _budget_sheet(workbook, report, title, log)


def _means_sheet(workbook: Workbook, report: Report, title: str, log: TextLog) -> None:
    order = _order(report)
    rate = report.volunteer_rate()
    rows: list[list[Value]] = []
    volunteer_rows: list[int] = []  # rows whose value is hours × rate (a formula)
    people = sorted(report.people_lines, key=lambda p: _key(order, p.action))
    for p in people:
        assert isinstance(p, PeopleLine)
        rows.append([action_label(p.action), "Personnel", p.role, p.salaried_hours, p.volunteer_hours,
                     "864" if p.volunteer_hours else None, rate if p.volunteer_hours else None, None])
        if p.volunteer_hours:
            volunteer_rows.append(len(rows) + 1)
    in_kind = sorted(report.in_kind_lines, key=lambda k: _key(order, k.action))
    for k in in_kind:
        assert isinstance(k, InKindLine)
        hourly = k.in_kind is InKindKind.VOLUNTEERING and k.amount is None and k.quantity is not None
        rows.append([action_label(k.action), k.in_kind.label_fr.capitalize(), k.basis, None, k.quantity,
                     f"{k.in_kind.use_account}/{k.in_kind.contribution_account}", rate if hourly else None,
                     None if hourly else k.value()])
        if hourly:
            volunteer_rows.append(len(rows) + 1)
    spec = TableSheet(MEANS_TITLE, MEANS_TABLE, MEANS_COLUMNS, rows, print_title=f"{title} – {MEANS_TITLE}")
    ws = write_table_sheet(workbook, spec, log)
    for row in volunteer_rows:
        cell = ws.cell(row=row, column=8, value=f"=E{row}*G{row}")
        cell.number_format = INTEGER_FORMAT
    # People lines only count hours; the valued volunteering is the in-kind lines.
    last = len(rows) + 1
    _total(ws, last + 2, "Total", {4: f"=SUM(D2:D{last})", 5: f"=SUM(E2:E{last})"})
    first_in_kind = len(people) + 2
    if in_kind:
        _total(ws, last + 3, "Contributions en nature valorisées", {8: f"=SUM(H{first_in_kind}:H{last})"})
    set_text(ws.cell(row=last + 5, column=1), "Valorisation du bénévolat")
    set_text(ws.cell(row=last + 5, column=3), report.valuation_method or "(méthode non précisée)")


def _budget_sheet(workbook: Workbook, report: Report, title: str, log: TextLog) -> None:
    order = _order(report)
    lines = sorted(
        report.budget_lines,
        key=lambda b: (not is_charge(b.account), _key(order, b.action), b.account),
    )
    rows: list[list[Value]] = [
        [action_label(b.action), b.account, b.label or ACCOUNTS.get(b.account[:2], ""), b.planned, b.actual,
         None, None, b.gap_explanation]
        for b in lines
    ]
    spec = TableSheet(BUDGET_TITLE, BUDGET_TABLE, BUDGET_COLUMNS, rows, print_title=f"{title} – {BUDGET_TITLE}")
    ws = write_table_sheet(workbook, spec, log)
    for row in range(2, len(rows) + 2):
        gap = ws.cell(row=row, column=6, value=f'=IF(OR(D{row}="",E{row}=""),"",E{row}-D{row})')
        gap.number_format = INTEGER_FORMAT
        ratio = ws.cell(row=row, column=7, value=f'=IF(OR(D{row}="",D{row}=0,E{row}=""),"",(E{row}-D{row})/D{row})')
        ratio.number_format = PERCENT_FORMAT
    charges = sum(1 for b in lines if is_charge(b.account))
    last = len(rows) + 1
    blocks = (("Total des charges", 2, charges + 1), ("Total des produits", charges + 2, last))
    for offset, (label, first, end) in enumerate(blocks):
        sums: dict[int, str | int] = (
            {4: f"=SUM(D{first}:D{end})", 5: f"=SUM(E{first}:E{end})"} if end >= first else {4: 0, 5: 0}
        )
        _total(ws, last + 2 + offset, label, sums)
    _funding(ws, report, last + 5, order)


def _funding(ws: Worksheet, report: Report, start: int, order: dict[int, int]) -> None:
    """The funding lines below the budget: funder, planned, obtained, and their totals."""
    if not report.funding_lines:
        return
    for column, header in enumerate(("Action", "Financeur", "", "Prévu (€)", "Obtenu (€)"), start=1):
        if header:
            set_text(ws.cell(row=start, column=column), header)
            ws.cell(row=start, column=column).font = TOTAL_FONT
    row = start
    for f in sorted(report.funding_lines, key=lambda f: _key(order, f.action)):
        row += 1
        set_text(ws.cell(row=row, column=1), action_label(f.action))
        set_text(ws.cell(row=row, column=2), f.funder)
        for column, value in ((4, f.planned), (5, f.obtained)):
            if value is not None:
                ws.cell(row=row, column=column, value=value).number_format = INTEGER_FORMAT
    _total(ws, row + 1, "Total des financements", {4: f"=SUM(D{start + 1}:D{row})", 5: f"=SUM(E{start + 1}:E{row})"})


def _total(ws: Worksheet, row: int, label: str, sums: dict[int, str | int]) -> None:
    set_text(ws.cell(row=row, column=1), label)
    ws.cell(row=row, column=1).font = TOTAL_FONT
    for column, formula in sums.items():
        cell = ws.cell(row=row, column=column, value=formula)
        cell.number_format = INTEGER_FORMAT
        cell.font = TOTAL_FONT
