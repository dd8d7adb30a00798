"""Excel tables of a report, and re-import of the figures members send back.

``export_xlsx`` writes the workbook (Synthèse, Indicateurs, Événements, Partenaires,
Graphiques). ``read_indicator_updates`` reads a returned workbook and says what would
change without changing anything; ``apply_indicator_updates`` then applies it.
"""

from mesdesk.exchange.xlsx.import_summary import (
    IndicatorImportSummary,
    InvalidValue,
    UnknownRow,
    ValueChange,
)
from mesdesk.exchange.xlsx.indicators_import import (
    InvalidValuesError,
    apply_indicator_updates,
    read_indicator_updates,
)
from mesdesk.exchange.xlsx.workbook_writer import XlsxExportResult, build_workbook, export_xlsx

__all__ = [
    "IndicatorImportSummary",
    "InvalidValue",
    "InvalidValuesError",
    "UnknownRow",
    "ValueChange",
    "XlsxExportResult",
    "apply_indicator_updates",
    "build_workbook",
    "export_xlsx",
    "read_indicator_updates",
]
