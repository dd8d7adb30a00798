"""``mesdesk export … --financial OUT.xlsx|OUT.docx``: the compte rendu financier laid out
like Cerfa 15059's table, then its annex (``mesdesk/model/financial.py`` computes it).

In the workbook, gaps and totals are our own formulas (so a corrected figure
recalculates) and every label goes in through ``set_text``; in Word, the table takes
python-docx's « Table Grid » style. Both are written atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from mesdesk.exchange.atomic import atomic_write, check_target, write_file
from mesdesk.exchange.errors import ExportError
from mesdesk.exchange.xlsx.cells import INTEGER_FORMAT, PERCENT_FORMAT, set_text
from mesdesk.exchange.xlsx.sheets import setup_print
from mesdesk.model.entities import Report
from mesdesk.model.financial import FinancialReport, Row, financial_report
from mesdesk.model.french import format_number, format_percent

BOLD = Font(bold=True)
HEADER = ("", "Prévu (€)", "Réalisé (€)", "Écart (€)", "Écart (%)")


def _sections(fin: FinancialReport) -> list[tuple[str, list[Row], str, list[Row], str]]:
    return [
        ("CHARGES", fin.charges, "Total des charges",
         fin.uses_in_kind, "86 – Emplois des contributions volontaires en nature"),
        ("PRODUITS", fin.products, "Total des produits",
         fin.contributions_in_kind, "87 – Contributions volontaires en nature"),
    ]


def export_financial(report: Report, target: Path) -> Path:
    """Write the compte rendu financier to ``target`` (.xlsx or .docx)."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".docx"):
        raise ExportError(f"{target.name} : le compte rendu financier s'écrit en .xlsx ou en .docx")
    check_target(target)
    fin = financial_report(report)
    data = _xlsx(fin) if suffix == ".xlsx" else _docx(fin)
    atomic_write(target, lambda tmp: write_file(tmp, data, target.name))
    return target


# -- Excel -----------------------------------------------------------------------------

def _xlsx(fin: FinancialReport) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Compte rendu financier"
    for letter, width in zip("ABCDE", (52, 14, 14, 13, 11)):
        ws.column_dimensions[letter].width = width
    set_text(ws["A1"], fin.title)
    ws["A1"].font = Font(bold=True, size=14)
    row = 3
    for title, rows, total_label, in_kind, in_kind_title in _sections(fin):
        row = _xlsx_header(ws, row, title)
        first = row
        for r in rows:
            _xlsx_row(ws, row, f"{r.account} – {r.label}", r)
            row += 1
        _xlsx_total(ws, row, total_label, first, row - 1)
        total_row = row
        row += 1
        set_text(ws.cell(row=row, column=1), in_kind_title)
        ws.cell(row=row, column=1).font = BOLD
        row += 1
        first_kind = row
        for r in in_kind:
            _xlsx_row(ws, row, f"{r.account} – {r.label}", r)
            row += 1
        set_text(ws.cell(row=row, column=1), "TOTAL")
        ws.cell(row=row, column=1).font = BOLD
        for col in "BC":
            kind_sum = f"+SUM({col}{first_kind}:{col}{row - 1})" if in_kind else ""
            cell = ws[f"{col}{row}"]
            cell.value = f"={col}{total_row}{kind_sum}"
            cell.number_format, cell.font = INTEGER_FORMAT, BOLD
        # No gap on the grand total: contributions in kind have no planned amount, so
        # it would compare unlike with unlike.
        row += 2
    row = _xlsx_annex(ws, row, fin)
    setup_print(ws, fin.title, table=True)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _xlsx_header(ws: Worksheet, row: int, title: str) -> int:
    for col, text in enumerate((title, *HEADER[1:]), start=1):
        set_text(ws.cell(row=row, column=col), text)
        ws.cell(row=row, column=col).font = BOLD
    return row + 1


def _xlsx_row(ws: Worksheet, row: int, label: str, r: Row) -> None:
    set_text(ws.cell(row=row, column=1), label)
    for col, value in ((2, r.planned), (3, r.actual)):
        if value is not None:
            ws.cell(row=row, column=col, value=value).number_format = INTEGER_FORMAT
    _gap_formulas(ws, row)


def _gap_formulas(ws: Worksheet, row: int) -> None:
    ws.cell(row=row, column=4, value=f'=IF(OR(B{row}="",C{row}=""),"",C{row}-B{row})').number_format = INTEGER_FORMAT
    ws.cell(row=row, column=5, value=f'=IF(OR(B{row}="",B{row}=0,C{row}=""),"",(C{row}-B{row})/B{row})'
            ).number_format = PERCENT_FORMAT


def _xlsx_total(ws: Worksheet, row: int, label: str, first: int, last: int) -> None:
    set_text(ws.cell(row=row, column=1), label)
    ws.cell(row=row, column=1).font = BOLD
    for col in "BC":
        cell = ws[f"{col}{row}"]
        cell.value = f"=SUM({col}{first}:{col}{last})" if last >= first else 0
        cell.number_format, cell.font = INTEGER_FORMAT, BOLD
    _gap_formulas(ws, row)


def _xlsx_annex(ws: Worksheet, row: int, fin: FinancialReport) -> int:
    set_text(ws.cell(row=row, column=1), "Annexe")
    ws.cell(row=row, column=1).font = Font(bold=True, size=12)
    row += 1
    set_text(ws.cell(row=row, column=1), "Explication des écarts")
    ws.cell(row=row, column=1).font = BOLD
    row += 1
    for e in fin.explanations or []:
        where = f"{e.action} – " if e.action else ""
        set_text(ws.cell(row=row, column=1), f"{where}{e.account} {e.label} : {e.text}")
        ws.cell(row=row, column=4, value=e.gap).number_format = INTEGER_FORMAT
        if e.ratio is not None:
            ws.cell(row=row, column=5, value=e.ratio).number_format = PERCENT_FORMAT
        row += 1
    if not fin.explanations:
        set_text(ws.cell(row=row, column=1), "Aucun écart à expliquer.")
        row += 1
    for title, text in (("Règle de répartition des charges", fin.allocation_rule),
                        ("Valorisation du bénévolat", fin.valuation_method)):
        row += 1
        set_text(ws.cell(row=row, column=1), title)
        ws.cell(row=row, column=1).font = BOLD
        set_text(ws.cell(row=row + 1, column=1), text)
        row += 2
    return row


# -- Word ------------------------------------------------------------------------------

def _euros(value: float | None) -> str:
    return "" if value is None else format_number(round(value))


def _docx(fin: FinancialReport) -> bytes:
    import docx  # noqa: PLC0415 - only for this output
    from docx.shared import Cm  # noqa: PLC0415

    widths = (Cm(7.5), Cm(2.4), Cm(2.4), Cm(2.2), Cm(1.9))

    document = docx.Document()
    document.add_heading(fin.title, level=1)
    for title, rows, total_label, in_kind, in_kind_title in _sections(fin):
        table = document.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        table.autofit = False
        for column, width in zip(table.columns, widths):
            column.width = width  # the grid LibreOffice lays out from
        for cell, width in zip(table.rows[0].cells, widths):
            cell.width = width
        for cell, text in zip(table.rows[0].cells, (title, *HEADER[1:])):
            cell.paragraphs[0].add_run(text).bold = True
        total = FinancialReport.total(rows, total_label)
        kind_total = FinancialReport.total(in_kind, "")
        grand = Row("", "TOTAL", planned=total.planned, actual=total.actual)
        grand.add(kind_total.planned, kind_total.actual)
        lines: list[tuple[Row | None, str, bool]] = [
            *((r, f"{r.account} – {r.label}", False) for r in rows),
            (total, total_label, True),
            (None, in_kind_title, True),
            *((r, f"{r.account} – {r.label}", False) for r in in_kind),
            (grand, "TOTAL", True),
        ]
        for r, label, bold in lines:
            cells = table.add_row().cells
            for cell, width in zip(cells, widths):
                cell.width = width
            cells[0].paragraphs[0].add_run(label).bold = bold
            if r is None:
                continue
            figures = (_euros(r.planned), _euros(r.actual), _euros(r.gap),
                       format_percent(r.ratio) if r.ratio is not None else "")
            if r is grand:  # see the workbook: no gap on the grand total
                figures = figures[:2] + ("", "")
            for cell, text in zip(cells[1:], figures):
                paragraph = cell.paragraphs[0]
                paragraph.alignment = 2  # right
                paragraph.add_run(text).bold = bold
        document.add_paragraph()
    document.add_heading("Annexe", level=2)
    document.add_heading("Explication des écarts", level=3)
    for e in fin.explanations:
        where = f"{e.action} – " if e.action else ""
        ratio = f", {format_percent(e.ratio)}" if e.ratio is not None else ""
        document.add_paragraph(f"{where}{e.account} {e.label} ({_euros(e.gap)} €{ratio}) : {e.text}",
                               style="List Bullet")
    if not fin.explanations:
        document.add_paragraph("Aucun écart à expliquer.")
    document.add_heading("Règle de répartition des charges", level=3)
    document.add_paragraph(fin.allocation_rule)
    document.add_heading("Valorisation du bénévolat", level=3)
    document.add_paragraph(fin.valuation_method)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
