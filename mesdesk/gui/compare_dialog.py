"""Side-by-side comparison of one section: a snapshot (or last year's report) on the left,
today's text on the right, word by word — deletions struck out in red on the left,
insertions in green on the right — with the two panes scrolling together and a chooser
of the section. From a snapshot, « Restaurer cette section » puts its text back as one
undo step.

The differences are computed by ``mesdesk/model/word_diff.py`` (no Qt); this module only
lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.model.edits.versions import RestoreSection
from mesdesk.model.entities import Report
from mesdesk.model.richtext import RichText
from mesdesk.model.sections import Section, report_sections, section_action, section_texts
from mesdesk.model.word_diff import FieldDiff, section_diff

DELETED_COLOUR = "#a93226"
DELETED_BACKGROUND = "#f9d6d2"
INSERTED_COLOUR = "#1d7a46"
INSERTED_BACKGROUND = "#d3f2df"


@dataclass
class CompareSource:
    """What the left side shows: a snapshot's texts or last year's report's."""

    old_title: str
    new_title: str
    old_texts: Callable[[Section], dict[str, RichText]]
    restorable: bool  # a snapshot: its section can be put back


class ReloadingEditCommand(EditCommand):
    """An edit of texts on the undo stack: the page on screen reloads its texts after it is
    done or undone (editors keep their own text until told), and the dialog redraws."""

    def __init__(self, doc: Document, edit: RestoreSection, text: str, after: Callable[[], None]) -> None:
        super().__init__(doc, edit, text)
        self.after = after

    def redo(self) -> None:
        super().redo()
        self.after()

    def undo(self) -> None:
        super().undo()
        self.after()


class CompareDialog(QDialog):
    def __init__(self, doc: Document, source: CompareSource, parent: QWidget | None = None,
                 after_restore: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Comparer"))
        self.doc = doc
        self.source = source
        self.after_restore = after_restore or (lambda: None)
        report = doc.report
        assert report is not None
        self.report: Report = report

        self.sectionCombo = QComboBox(self)
        self.sectionCombo.setObjectName("compareSection")
        section_label = QLabel(self.tr("&Section :"), self)
        section_label.setBuddy(self.sectionCombo)
        self.changedOnly = QCheckBox(self.tr("Seulement les sections &modifiées"), self)
        self.changedOnly.setObjectName("compareChangedOnly")
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")

        self.oldTitle = QLabel(source.old_title, self)
        self.oldTitle.setObjectName("compareOldTitle")
        self.newTitle = QLabel(source.new_title, self)
        self.newTitle.setObjectName("compareNewTitle")
        bold = QFont(self.oldTitle.font())
        bold.setBold(True)
        self.oldTitle.setFont(bold)
        self.newTitle.setFont(bold)
        self.oldPane = self._pane("compareOld", self.tr("Texte d'avant, les suppressions barrées en rouge"))
        self.newPane = self._pane("compareNew", self.tr("Texte d'aujourd'hui, les ajouts en vert"))
        self._syncing = False
        self.oldPane.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.oldPane, self.newPane))
        self.newPane.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.newPane, self.oldPane))

        legend = QLabel(self)
        legend.setObjectName("compareLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText(
            f'<span style="color:{DELETED_COLOUR}; background:{DELETED_BACKGROUND}; text-decoration: line-through">'
            + self.tr("supprimé") + "</span> &nbsp; "
            f'<span style="color:{INSERTED_COLOUR}; background:{INSERTED_BACKGROUND}">' + self.tr("ajouté") + "</span>"
        )

        self.restoreButton = QPushButton(self.tr("&Restaurer cette section"), self)
        self.restoreButton.setObjectName("restoreSectionButton")
        self.restoreButton.setToolTip(self.tr("Remplace le texte d'aujourd'hui par celui de la version (Ctrl+Z l'annule)"))
        self.restoreButton.clicked.connect(self.restore_section)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.restoreButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.restoreButton.setVisible(source.restorable)  # after addButton, which shows it

        top = QHBoxLayout()
        top.addWidget(section_label)
        top.addWidget(self.sectionCombo, 1)
        top.addWidget(self.changedOnly)
        grid = QGridLayout()
        grid.addWidget(self.oldTitle, 0, 0)
        grid.addWidget(self.newTitle, 0, 1)
        grid.addWidget(self.oldPane, 1, 0)
        grid.addWidget(self.newPane, 1, 1)
        grid.setRowStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.resize(1100, 640)

        self.sections: list[Section] = []
        self.sectionCombo.currentIndexChanged.connect(self._show_current)
        # Today's side follows the typing while the dialog is open (after each save).
        doc.saved.connect(self._today_saved)
        self.changedOnly.toggled.connect(lambda _checked: self.fill_sections(self.current_section()))

    def _pane(self, name: str, accessible: str) -> QTextEdit:
        pane = QTextEdit(self)
        pane.setObjectName(name)
        pane.setReadOnly(True)
        pane.setAccessibleName(accessible)
        pane.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        return pane

    # -- sections -----------------------------------------------------------------------
    def section_label(self, section: Section) -> str:
        if section.kind == "preamble":
            return self.tr("Préambule")
        if section.kind == "conclusion":
            return self.tr("Conclusion et perspectives")
        action = section_action(self.report, section)
        return f"{action.number} {action.title}" if action is not None else section.action_uid

    def diffs(self, section: Section) -> list[FieldDiff]:
        return section_diff(self.source.old_texts(section), section_texts(self.report, section), section.fields)

    def fill_sections(self, current: Section | None = None) -> None:
        """The chooser: every section of the report, « (modifiée) » after those that differ."""
        self.sectionCombo.blockSignals(True)
        self.sectionCombo.clear()
        self.sections = []
        for section in report_sections(self.report):
            changed = not all(d.unchanged for d in self.diffs(section))
            if self.changedOnly.isChecked() and not changed:
                continue
            label = self.section_label(section)
            if changed:
                label = self.tr("%1 (modifiée)").replace("%1", label)
            self.sections.append(section)
            self.sectionCombo.addItem(label)
        index = self.sections.index(current) if current in self.sections else 0
        self.sectionCombo.setCurrentIndex(index)
        self.sectionCombo.blockSignals(False)
        self._show_current()

    def current_section(self) -> Section | None:
        i = self.sectionCombo.currentIndex()
        return self.sections[i] if 0 <= i < len(self.sections) else None

    def show_section(self, section: Section) -> None:
        self.fill_sections(section)

    def _today_saved(self, _when: object) -> None:
        if self.isVisible() and not self.doc.workspace.closed:
            old_value = self.oldPane.verticalScrollBar().value()
            self._show_current()
            self.oldPane.verticalScrollBar().setValue(old_value)

    # -- drawing ------------------------------------------------------------------------
    def _show_current(self) -> None:
        section = self.current_section()
        self.oldPane.clear()
        self.newPane.clear()
        if section is None:
            self.summary.setText(self.tr("Aucune section modifiée."))
            self.restoreButton.setEnabled(False)
            return
        diffs = self.diffs(section)
        self._draw(self.oldPane, diffs, old=True, headings=section.kind == "action")
        self._draw(self.newPane, diffs, old=False, headings=section.kind == "action")
        deleted = sum(len(r.old.split()) for d in diffs for r in d.runs if r.kind in ("delete", "replace"))
        inserted = sum(len(r.new.split()) for d in diffs for r in d.runs if r.kind in ("insert", "replace"))
        if deleted == 0 and inserted == 0 and all(d.unchanged for d in diffs):
            self.summary.setText(self.tr("Aucune différence dans cette section."))
        else:
            self.summary.setText(self.tr("%1 mot(s) supprimé(s), %2 mot(s) ajouté(s)")
                                 .replace("%1", str(deleted)).replace("%2", str(inserted)))
        unchanged = all(d.unchanged for d in diffs)
        self.restoreButton.setEnabled(
            self.source.restorable and not unchanged and not self.doc.read_only
            and (section.kind != "action" or section_action(self.report, section) is not None))

    def field_label(self, name: str) -> str:
        return {"evaluation": self.tr("Évaluation"), "narrative": self.tr("Récit"),
                "means": self.tr("Moyens")}.get(name, "")

    def _draw(self, pane: QTextEdit, diffs: list[FieldDiff], old: bool, headings: bool) -> None:
        cursor = QTextCursor(pane.document())
        plain = QTextCharFormat()
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        changed = QTextCharFormat()
        if old:
            changed.setForeground(QColor(DELETED_COLOUR))
            changed.setBackground(QColor(DELETED_BACKGROUND))
            changed.setFontStrikeOut(True)
        else:
            changed.setForeground(QColor(INSERTED_COLOUR))
            changed.setBackground(QColor(INSERTED_BACKGROUND))
        for i, diff in enumerate(diffs):
            if headings:
                if i:
                    cursor.insertBlock()
                    cursor.insertBlock()
                cursor.insertText(self.field_label(diff.field), heading)
                cursor.insertBlock()
            for run in diff.runs:
                text = run.old if old else run.new
                if not text:
                    continue
                fmt = plain if run.kind == "equal" else changed
                for k, line in enumerate(text.split("\n")):
                    if k:
                        cursor.insertBlock()
                    if line:
                        cursor.insertText(line, fmt)
            cursor.setCharFormat(plain)
        pane.moveCursor(QTextCursor.MoveOperation.Start)

    def _sync(self, source: QTextEdit, target: QTextEdit) -> None:
        """Scroll the other pane to the same place (in proportion: the texts differ in length)."""
        if self._syncing:
            return
        self._syncing = True
        try:
            bar, other = source.verticalScrollBar(), target.verticalScrollBar()
            span = bar.maximum() - bar.minimum()
            ratio = (bar.value() - bar.minimum()) / span if span > 0 else 0.0
            other.setValue(other.minimum() + round(ratio * (other.maximum() - other.minimum())))
        finally:
            self._syncing = False

    # -- restore ------------------------------------------------------------------------
    def restore_section(self) -> None:
        section = self.current_section()
        if section is None or not self.source.restorable:
            return
        self.doc.save_now()  # typing not yet saved goes in first, so undo brings it back
        edit = RestoreSection(self.report, section, self.source.old_texts(section))
        if not edit.changes:
            return
        label = self.tr("Restaurer « %1 »").replace("%1", self.section_label(section))
        self.doc.undo_stack.push(ReloadingEditCommand(self.doc, edit, label, self._restored))

    def _restored(self) -> None:
        self.after_restore()
        if self.isVisible():
            self.fill_sections(self.current_section())
