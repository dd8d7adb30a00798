"""After « Importer un bilan Word » : what the import found, deduced and could not place.

The same list as ``mesdesk import-docx`` prints (the summary's findings), worded in the
interface language by ``findings_text``; a click on a line opens its place (an action's
rubric, the préambule, the conclusion, the cover) and selects the words it is about.
A dock, like the carry-over list: the writer checks each deduction while reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QListWidgetItem, QStyle

from mesdesk.gui import findings_text
from mesdesk.gui.panels import summary_and_list
from mesdesk.model.findings import Finding, Place

if TYPE_CHECKING:
    from mesdesk.gui.panels import PanelHost

FindingRole = Qt.ItemDataRole.UserRole + 1
UNPLACED = "docx_import.unplaced."


class ImportSummaryPanel(QDockWidget):
    def __init__(self, window: "PanelHost") -> None:
        super().__init__(window.window())  # docked in the host window
        self.setObjectName("importSummaryPanel")
        self.setWindowTitle(self.tr("Import Word"))
        self.window_ = window
        self.year: int | None = None
        self.shown_summary: Any = None
        self.doc: Any = None
        self.summary, self.list = summary_and_list(self, "importSummaryText", "importSummaryList", self.open_item)
        self.list.setAccessibleName(self.tr("Ce que l'import a trouvé et déduit"))
        self.setMinimumWidth(280)

    def show_summary(self, summary: Any) -> None:
        """Fill from a ``DocxImportSummary`` (``mesdesk.exchange.docx_import``)."""
        self.shown_summary = summary
        self.year = summary.year
        self.doc = self.window_.doc  # the places are in this workspace
        head, *found = summary.found()
        self.summary.setText(findings_text.word(head) + "\n"
                             + self.tr("Un clic sur une ligne mène à l'endroit dont elle parle."))
        self.list.clear()
        style = self.style()
        icons = {
            "guess": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        sections = [
            (None, found),
            (self.tr("Déductions"), summary.guesses),
            (self.tr("Attention"), summary.warnings),
            (self.tr("Paragraphes non reconnus, gardés dans le texte"), summary.unrecognised),
        ]
        for title, items in sections:
            if not items:
                continue
            if title is not None:
                header = QListWidgetItem(title, self.list)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
            for finding in items:
                self._add(finding, icons.get(finding.severity))
        if not summary.unrecognised:
            self._add(Finding("docx_import.all_placed", {}, "info"), None)

    def _add(self, finding: Finding, icon: Any) -> None:
        item = QListWidgetItem(findings_text.word(finding), self.list)
        item.setData(FindingRole, finding)
        if icon is not None:
            item.setIcon(icon)
        if finding.place is not None and finding.place.kind != "document":
            item.setToolTip(self.tr("Ouvrir cet endroit"))

    def open_item(self, item: QListWidgetItem) -> bool:
        """Go to the finding's place; False when it has none (or it is gone)."""
        finding: Finding | None = item.data(FindingRole)
        place = finding.place if finding is not None else None
        if place is None:
            return False
        doc = self.window_.doc
        if doc is not self.doc:  # another workspace was opened since: its places are not these
            self.hide()
            return False
        if doc.report is not None and doc.report.year != self.year and doc.convention is not None:
            report = doc.convention.report_for(self.year) if self.year else None
            if report is not None:
                doc.set_report(report)
        return open_place(self.window_, place)


def open_place(window: "PanelHost", place: Place) -> bool:
    """Show a finding's place in the editor, its words selected when it names some."""
    if place.kind == "action":
        if place.action_uid is None:
            return False
        node: tuple[str, ...] = ("action", place.action_uid)
        field = place.field if place.field in ("evaluation", "narrative", "means") else None
    elif place.kind in ("preamble", "conclusion", "cover"):
        node = (place.kind,)
        field = place.kind if place.kind != "cover" else None
    else:
        return False
    if field is None:
        return window.select_key(node)
    if place.excerpt:
        if window.go_to(node, field, query=place.excerpt):
            return True
    return window.go_to(node, field)
