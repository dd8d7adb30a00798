"""Replace, under the find field: options, scope, a count, « Remplacer » and « Tout remplacer ».

The changes are computed by the model (``mesdesk.model.text_replace``); « Tout remplacer »
applies them as ONE undo step, whatever the number of texts, titles and names touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from mesdesk.gui.commands import EditCommand
from mesdesk.gui.document import Document
from mesdesk.model.text_replace import ReplaceAll, Replacement, Scope, SearchOptions, match_spans, plan_replacements

if TYPE_CHECKING:
    from mesdesk.gui.find_panel import FindPanel
    from mesdesk.gui.main_window import MainWindow


class ReplaceAllCommand(EditCommand):
    """« Tout remplacer » on the undo stack; the page on screen reloads its texts after it
    is done or undone (editors keep their own text until told)."""

    def __init__(self, doc: Document, edit: ReplaceAll, text: str, after: Callable[[], None]) -> None:
        super().__init__(doc, edit, text)
        self.after = after

    def redo(self) -> None:
        super().redo()
        self.after()

    def undo(self) -> None:
        super().undo()
        self.after()


SCOPES: tuple[Scope, ...] = ("field", "action", "report")


class ReplaceBar(QWidget):
    def __init__(self, panel: "FindPanel", window: "MainWindow") -> None:
        super().__init__(panel)
        self.setObjectName("replaceBar")
        self.panel = panel
        self.window_ = window
        self._last_edit: QTextEdit | None = None
        self.field = QLineEdit(self)
        self.field.setObjectName("replaceField")
        self.field.setPlaceholderText(self.tr("Remplacer par…"))
        self.scopeCombo = QComboBox(self)
        self.scopeCombo.setObjectName("replaceScope")
        self.scopeCombo.addItem(self.tr("Dans le texte en cours"), "field")
        self.scopeCombo.addItem(self.tr("Dans l'action en cours"), "action")
        self.scopeCombo.addItem(self.tr("Dans tout le bilan"), "report")
        self.scopeCombo.setCurrentIndex(2)
        self.caseCheck = QCheckBox(self.tr("Respecter la casse"), self)
        self.caseCheck.setObjectName("matchCase")
        self.accentsCheck = QCheckBox(self.tr("Respecter les accents"), self)
        self.accentsCheck.setObjectName("matchAccents")
        self.wordCheck = QCheckBox(self.tr("Mot entier"), self)
        self.wordCheck.setObjectName("wholeWord")
        # No mnemonics here: Alt+letters are the window's (menus, the three texts) even
        # while the find panel has the focus; Tab reaches these.
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("replaceCount")
        self.replaceButton = QPushButton(self.tr("Remplacer"), self)
        self.replaceButton.setObjectName("replaceOne")
        self.replaceAllButton = QPushButton(self.tr("Tout remplacer"), self)
        self.replaceAllButton.setObjectName("replaceAll")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.field, 0, 0, 1, 2)
        grid.addWidget(self.scopeCombo, 1, 0, 1, 2)
        options = QHBoxLayout()
        for check in (self.caseCheck, self.accentsCheck, self.wordCheck):
            options.addWidget(check)
        options.addStretch(1)
        grid.addLayout(options, 2, 0, 1, 2)
        grid.addWidget(self.replaceButton, 3, 0)
        grid.addWidget(self.replaceAllButton, 3, 1)
        grid.addWidget(self.countLabel, 4, 0, 1, 2)

        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(200)
        self._recount.timeout.connect(self.update_count)
        for check in (self.caseCheck, self.accentsCheck, self.wordCheck):
            check.toggled.connect(self._options_changed)
        self.scopeCombo.currentIndexChanged.connect(lambda _i: self._recount.start())
        panel.field.textChanged.connect(lambda _t: self._recount.start())
        self.replaceButton.clicked.connect(self.replace_one)
        self.replaceAllButton.clicked.connect(self.replace_all)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())  # Ctrl+H from a text: that text is « en cours »

    # -- what the user asked --------------------------------------------------------------------
    def options(self) -> SearchOptions:
        return SearchOptions(self.caseCheck.isChecked(), self.accentsCheck.isChecked(), self.wordCheck.isChecked())

    def scope(self) -> Scope:
        return SCOPES[self.scopeCombo.currentIndex()]

    def _options_changed(self) -> None:
        self.panel.search()
        self.update_count()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Remember the text the user was in: « le texte en cours » when the panel has focus."""
        if isinstance(new, QTextEdit) and self.window_.pages.isAncestorOf(new):
            self._last_edit = new

    def _current_place(self) -> tuple[str | None, str | None]:
        """The action and the field of the text the user was last in."""
        key = self.window_.current_key()
        action_uid = key[1] if key and key[0] == "action" else None
        edit = self._last_edit
        field = None
        if edit is not None:
            wrapper = edit.parentWidget()
            name = wrapper.objectName() if wrapper is not None else ""
            if name.endswith("Editor"):
                field = name[: -len("Editor")]
            elif edit.objectName() == "actionTitle" or type(edit).__name__ == "TitleEdit":
                field = "title"
        if field is None and key and key[0] in ("preamble", "conclusion"):
            field = key[0]
        return action_uid, field

    def plan(self) -> list[Replacement]:
        report = self.window_.doc.report
        query = self.panel.field.text().strip()
        if report is None or not query:
            return []
        self.window_.doc.save_now()  # the editors' latest words are in the model
        action_uid, field = self._current_place()
        scope = self.scope()
        if scope == "action" and action_uid is None:
            return []
        if scope == "field" and field is None:
            return []
        return plan_replacements(report, query, self.field.text(), self.options(), scope, action_uid, field)

    def update_count(self) -> None:
        self._recount.stop()
        total = sum(c.count for c in self.plan())
        self.countLabel.setText(self.tr("%n occurrence(s) à remplacer", "", total) if total else "")
        read_only = bool(getattr(self.window_.doc.workspace, "read_only", False))
        self.replaceAllButton.setEnabled(total > 0 and not read_only)

    # -- replacing ------------------------------------------------------------------------------
    def replace_one(self) -> None:
        """Replace the selected match in the text (the editor's own undo), then go to the next."""
        edit = self._last_edit
        query = self.panel.field.text().strip()
        if edit is not None and query and not edit.isReadOnly():
            cursor = edit.textCursor()
            selected = cursor.selectedText()
            if selected and match_spans(selected, query, self.options()) == [(0, len(selected))]:
                cursor.beginEditBlock()
                cursor.insertText(self.field.text())
                cursor.endEditBlock()
                edit.setTextCursor(cursor)
        self.panel.step(1)

    def replace_all(self) -> None:
        changes = self.plan()
        if not changes:
            self.update_count()
            return
        total = sum(c.count for c in changes)
        label = self.tr("Tout remplacer (%n)", "", total)
        self.window_.doc.undo_stack.push(ReplaceAllCommand(self.window_.doc, ReplaceAll(changes), label, self._reload))
        self.window_.show_message(
            self.tr("%n remplacement(s) — Ctrl+Z pour annuler", "", total))
        self.panel.search()
        self.update_count()

    def _reload(self) -> None:
        page = self.window_.current_page()
        if page is not None:
            page.reload()
