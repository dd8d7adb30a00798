"""The préambule or the conclusion: a heading and one rich-text editor."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mesdesk.gui.approval_bar import ApprovalBar
from mesdesk.gui.comment_commands import keep_known_comments
from mesdesk.gui.document import Document
from mesdesk.gui.editors import make_editor, refresh_chips
from mesdesk.gui.pages.base import Page, select_occurrence
from mesdesk.model.entities import Report
from mesdesk.model.sections import Section
from mesdesk.model.text_replace import SearchOptions


class TextPage(Page):
    """Edits ``report.<field>`` ("preamble" or "conclusion")."""

    def __init__(self, doc: Document, field: str, heading: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.field = field
        self.setObjectName(field + "Page")
        self.heading = QLabel(heading, self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName(field + "Hint")
        self.editor = make_editor(field + "Editor", self, doc)
        self.heading.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        self.approvalBar = ApprovalBar(doc, self)  # « Validé par … le … », « Valider cette section »
        layout.addWidget(self.approvalBar)
        layout.addWidget(self.editor, 1)
        self._dirty = False
        self._loading = False
        self._report: Report | None = None  # the report the text was loaded from: written there only
        self.editor.contentChanged.connect(self._changed)

    def reserved_widgets(self) -> list[QWidget]:
        return [self.editor.textEdit()]

    def load(self) -> None:
        report = self.doc.report
        if report is None:
            return
        self._report = report
        self._loading = True
        try:
            # Kept per report: Ctrl+Z after coming back undoes the earlier typing.
            self.editor.showText((report.id, self.field), getattr(report, self.field))
            self._dirty = False
            self.approvalBar.set_section(report, Section(self.field))  # type: ignore[arg-type]  # préambule or conclusion
        finally:
            self._loading = False

    def reload(self) -> None:
        self.load()

    def refresh(self) -> None:
        refresh_chips(self.editor, self.doc)
        self.approvalBar.refresh()

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.doc.schedule_save()

    def write_back(self) -> bool:
        if not self._dirty or self._report is None:
            return False
        setattr(self._report, self.field, keep_known_comments(self.editor.richText(), self._report, None, self.field))
        self._dirty = False
        return True

    def show_match(self, field: str, occurrence: int, query: str, options: SearchOptions = SearchOptions()) -> bool:
        return select_occurrence(self.editor.textEdit(), query, occurrence, options)

    def text_edit(self, field: str):  # noqa: ANN201 - RichTextEdit
        return self.editor.textEdit()

    def focus_field(self, field: str) -> None:
        self.editor.textEdit().setFocus()
