"""The « Graphiques » sheet: native Excel charts of the main indicators, year over year.

Indicators count very different things (52 464 visits beside 4 newsletters), so one
small column chart per indicator reads better than one chart with every series on a
single scale. Each chart points at its row of the « Indicateurs » sheet, so it follows
a correction typed into that sheet.
"""

from __future__ import annotations

from openpyxl.chart import BarChart
from openpyxl.chart.data_source import (
    AxDataSource,
    NumData,
    NumDataSource,
    NumFmt,
    NumRef,
    NumVal,
    StrData,
    StrRef,
    StrVal,
)
from openpyxl.chart.reference import Reference
from openpyxl.chart.series import Series, SeriesLabel
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from mesdesk.exchange.xlsx.cells import INTEGER_FORMAT, safe_text, set_text
from mesdesk.exchange.xlsx.indicators_sheet import IndicatorsLayout, indicator_values, year_header
from mesdesk.exchange.xlsx.sheets import setup_print
from mesdesk.model.entities import Indicator, Report
from mesdesk.model.findings import Finding, Place

SHEET_TITLE = "Graphiques"
MAX_CHARTS = 6
CHART_TITLE_CHARS = 70
# Sized to print at 100 % on landscape A4 (27.7 × 18 cm inside the margins): two
# charts side by side, two rows of charts per page.
_CHART_WIDTH_CM = 13.0
_CHART_HEIGHT_CM = 7.2
_FIRST_CHART_ROW = 3
_ROWS_PER_CHART = 15  # 7.9 cm at the default row height: the chart and a gap
_CHART_ROWS_PER_PAGE = 2
_CHART_COLUMNS = ("A", "I")  # 8 default columns ≈ 13.5 cm
_PRINT_LAST_COLUMN = "P"


def main_indicators(report: Report, years: list[int], limit: int = MAX_CHARTS) -> list[Indicator]:
    """The indicators worth a chart: those with figures for several years (a trend to
    see), in document order; when none has, those with a figure for the report's year."""
    with_trend: list[Indicator] = []
    this_year: list[Indicator] = []
    for indicator in report.convention.indicators:
        values = indicator_values(indicator)
        known = [y for y in years if values.get(y) is not None]
        if len(known) >= 2:
            with_trend.append(indicator)
        elif report.year in known:
            this_year.append(indicator)
    return (with_trend or this_year)[:limit]


def chart_title(indicator: Indicator) -> str:
    title = safe_text(indicator.label).replace("\n", " ")
    if len(title) > CHART_TITLE_CHARS:
        title = title[: CHART_TITLE_CHARS - 1] + "…"
    return f"{title} ({safe_text(indicator.unit)})" if indicator.unit else title


def add_charts_sheet(
    workbook: Workbook, indicators_ws: Worksheet, layout: IndicatorsLayout, report: Report
) -> tuple[Worksheet, list[Finding]]:
    """Add the sheet; returns it with warnings (e.g. nothing to draw)."""
    ws = workbook.create_sheet(SHEET_TITLE)
    ws.sheet_view.showGridLines = False
    setup_print(ws, SHEET_TITLE, table=False)
    years = layout.years
    chosen = main_indicators(report, years)
    heading = ws.cell(row=1, column=1)
    set_text(heading, f"Indicateurs principaux, {years[0]}–{years[-1]}")
    heading.font = Font(bold=True, size=14)
    if not chosen:
        set_text(ws.cell(row=3, column=1), "Aucun indicateur n'a de valeur chiffrée pour ce bilan.")
        return ws, [Finding("xlsx_export.no_chart", {}, "info", Place("document"))]

    sheet = quote_sheetname(indicators_ws.title)
    first_col = get_column_letter(layout.year_column(years[0]))
    last_col = get_column_letter(layout.year_column(years[-1]))
    categories = f"{sheet}!${first_col}$1:${last_col}$1"
    for n, indicator in enumerate(chosen):
        row = layout.rows[indicator.uid]
        values = Reference(
            indicators_ws,
            min_col=layout.year_column(years[0]),
            max_col=layout.year_column(years[-1]),
            min_row=row,
            max_row=row,
        )
        # Each reference carries a copy of what it points at (the « cache »): a preview,
        # Protected View or a viewer that does not recalculate draws the chart from it.
        figures = indicator_values(indicator)
        series = Series()
        series.val = NumDataSource(numRef=NumRef(f=values, numCache=_numbers([figures.get(y) for y in years])))
        # Year headers are text, so the categories are a string reference.
        series.cat = AxDataSource(strRef=StrRef(f=categories, strCache=_strings([year_header(y) for y in years])))
        label_cell = f"{sheet}!${get_column_letter(layout.label_column)}${row}"
        series.tx = SeriesLabel(strRef=StrRef(f=label_cell, strCache=_strings([safe_text(indicator.label)])))

        chart = BarChart()
        chart.roundedCorners = False  # Excel's default frame is rounded; a report's is square
        chart.type = "col"
        chart.title = chart_title(indicator)
        chart.series.append(series)
        chart.legend = None
        chart.y_axis.numFmt = NumFmt(formatCode=INTEGER_FORMAT, sourceLinked=False)
        chart.y_axis.scaling.min = 0  # bars from zero: a change must not look bigger than it is
        # openpyxl 3.1 leaves ``delete`` unset, which recent Excel reads as "hide the axis".
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        # openpyxl puts the category axis on the left; the years belong under the bars,
        # and stay at the bottom even when a figure is negative.
        chart.x_axis.axPos = "b"
        chart.x_axis.tickLblPos = "low"
        chart.width = _CHART_WIDTH_CM
        chart.height = _CHART_HEIGHT_CM
        anchor_row = _FIRST_CHART_ROW + (n // len(_CHART_COLUMNS)) * _ROWS_PER_CHART
        ws.add_chart(chart, f"{_CHART_COLUMNS[n % len(_CHART_COLUMNS)]}{anchor_row}")
    chart_rows = (len(chosen) + len(_CHART_COLUMNS) - 1) // len(_CHART_COLUMNS)
    for page_end in range(_CHART_ROWS_PER_PAGE, chart_rows, _CHART_ROWS_PER_PAGE):
        # A page break between rows of charts, never through a chart.
        ws.row_breaks.append(Break(id=_FIRST_CHART_ROW - 1 + page_end * _ROWS_PER_CHART))
    # Printing covers the used cells only; without an explicit area the charts,
    # which sit over empty cells, would be left out.
    last_row = _FIRST_CHART_ROW - 1 + chart_rows * _ROWS_PER_CHART
    ws.print_area = f"A1:{_PRINT_LAST_COLUMN}{last_row}"
    return ws, []


def _numbers(values: list[float | None]) -> NumData:
    """A numeric cache; an empty cell has no point, as Excel writes it."""
    points = [NumVal(idx=i, v=float(v)) for i, v in enumerate(values) if v is not None]
    return NumData(formatCode="General", ptCount=len(values), pt=points)


def _strings(values: list[str]) -> StrData:
    return StrData(ptCount=len(values), pt=[StrVal(idx=i, v=v) for i, v in enumerate(values)])
