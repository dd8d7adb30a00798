"""What an indicator chip in a text shows: the indicator's label and its value.

The value is the one of the reference's year (the report's own year when the
reference has none), formatted in the interface language, so the writer reads in the
editor what the export will print. A missing value or a deleted indicator says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from mesdesk.gui.document import Document
from mesdesk.gui.pages.indicators_model import format_value
from mesdesk.model.entities import Indicator
from mesdesk.model.richtext import IndicatorRef


def find_indicator(doc: Document, uid: str) -> Indicator | None:
    convention = doc.convention
    return next((i for i in convention.indicators if i.uid == uid), None) if convention else None


def value_text(indicator: Indicator, year: int) -> str:
    """« 52 464 », « 71 % », or « valeur manquante »."""
    value = indicator.value_for(year)
    if value is None:
        return QCoreApplication.translate("IndicatorLabels", "valeur manquante")
    text = format_value(value)
    return text + ("\u00a0%" if indicator.unit.strip() == "%" else "")


def chip_label(doc: Document, ref: IndicatorRef) -> str:
    indicator = find_indicator(doc, ref.indicator)
    if indicator is None:
        return QCoreApplication.translate("IndicatorLabels", "indicateur supprimé")
    report_year = doc.report.year if doc.report else None
    year = ref.year or report_year
    if year is None:
        return indicator.label
    label = indicator.label
    if ref.year is not None and ref.year != report_year:
        label = QCoreApplication.translate("IndicatorLabels", "%1 en %2").replace("%1", label).replace("%2", str(ref.year))
    return QCoreApplication.translate("IndicatorLabels", "%1 : %2").replace("%1", label).replace("%2", value_text(indicator, year))


def chip_labeler(doc: Document) -> Callable[[IndicatorRef], str]:
    """For ``RichTextEdit.setIndicatorLabeler``: reads the document at each paint, so
    a value typed in a table or another report shown is reflected once repainted."""
    return lambda ref: chip_label(doc, ref)


def chip_missing(doc: Document) -> Callable[[IndicatorRef], bool]:
    """Whether a chip has nothing to show (deleted indicator, no value for its year),
    as « Vérifier » reports it."""

    def missing(ref: IndicatorRef) -> bool:
        indicator = find_indicator(doc, ref.indicator)
        year = ref.year or (doc.report.year if doc.report else None)
        return indicator is None or year is None or indicator.value_for(year) is None

    return missing
