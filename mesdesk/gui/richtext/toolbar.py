"""One formatting toolbar for the whole window, acting on the rich-text field in focus.

It follows ``QApplication.focusChanged``: when a ``RichTextEdit`` takes the focus the
actions act on it and their check marks follow its cursor; when the focus goes to any
other field the actions are disabled. Leaving the window keeps the last field.

Tab / Shift+Tab are shown on the level buttons but are not action shortcuts: as
window shortcuts they would steal Tab from every field. The edit handles them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar, QWidget

from .editor import SHORTCUTS, RichTextEdit
from .icons import icon

# name → (objectName, checkable)
_ACTIONS: dict[str, tuple[str, bool]] = {
    "bold": ("actionBold", True),
    "italic": ("actionItalic", True),
    "runin": ("actionRunIn", True),
    "bullet": ("actionBulletList", True),
    "number": ("actionNumberedList", True),
    "outdent": ("actionDecreaseLevel", False),
    "indent": ("actionIncreaseLevel", False),
    "link": ("actionLink", True),
    "footnote": ("actionFootnote", False),
}
_GROUPS = (("bold", "italic", "runin"), ("bullet", "number", "outdent", "indent"), ("link", "footnote"))
_BLOCK_ONLY = ("bullet", "number", "outdent", "indent", "footnote")


class RichTextToolBar(QToolBar):
    """Bold, italic, run-in, lists and levels, link, footnote — for the focused rich-text field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("richTextToolBar")
        self.setIconSize(QSize(20, 20))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._editor: RichTextEdit | None = None
        self._actions: dict[str, QAction] = {}
        for i, group in enumerate(_GROUPS):
            if i:
                self.addSeparator()
            for name in group:
                object_name, checkable = _ACTIONS[name]
                action = QAction(icon(name), "", self)
                action.setObjectName(object_name)
                action.setCheckable(checkable)
                if name in SHORTCUTS:
                    action.setShortcut(SHORTCUTS[name])
                action.triggered.connect(lambda _checked=False, n=name: self._run(n))
                self.addAction(action)
                self._actions[name] = action
        self.retranslateUi()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
            self.setEditor(_edit_of(app.focusWidget()))
        else:
            self.setEditor(None)

    # -- API ------------------------------------------------------------------------------------
    def action(self, name: str) -> QAction:
        """An action by short name: bold, italic, runin, bullet, number, outdent, indent, link, footnote."""
        return self._actions[name]

    def editor(self) -> RichTextEdit | None:
        return self._editor

    def setEditor(self, edit: RichTextEdit | None) -> None:  # noqa: N802
        """Act on ``edit`` (None: no field, actions disabled)."""
        old = self._editor
        if old is edit:
            self.updateState()
            return
        if old is not None and shiboken6.isValid(old):
            old.stateChanged.disconnect(self.updateState)
            old.destroyed.disconnect(self._on_editor_destroyed)
        self._editor = edit
        if edit is not None:
            edit.stateChanged.connect(self.updateState)
            edit.destroyed.connect(self._on_editor_destroyed)
        self.updateState()

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Mise en forme"))
        texts = {
            "bold": self.tr("Gras"),
            "italic": self.tr("Italique"),
            "runin": self.tr("Sous-titre intégré"),
            "bullet": self.tr("Liste à puces"),
            "number": self.tr("Liste numérotée"),
            "outdent": self.tr("Diminuer le niveau"),
            "indent": self.tr("Augmenter le niveau"),
            "link": self.tr("Lien…"),
            "footnote": self.tr("Note de bas de page…"),
        }
        keys = {"indent": QKeySequence("Tab"), "outdent": QKeySequence("Shift+Tab")}
        for name, action in self._actions.items():
            action.setText(texts[name])
            if name in ("bold", "italic"):
                action.setIcon(icon(name))  # drawn letters follow the language
            key = SHORTCUTS.get(name) or keys.get(name)
            label = texts[name].rstrip("…")
            if key is not None:
                label += " (" + key.toString(QKeySequence.SequenceFormat.NativeText) + ")"
            action.setToolTip(label)
        self._actions["runin"].setStatusTip(
            self.tr("Début de paragraphe en gras, suivi du texte : « Public visé. Les jeunes… »")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- state -------------------------------------------------------------------------------------
    def updateState(self) -> None:  # noqa: N802
        """Enable the actions for the current field and set their check marks from its cursor."""
        edit = self._editor
        usable = edit is not None and shiboken6.isValid(edit) and edit.isEnabled() and not edit.isReadOnly()
        if not usable:
            for action in self._actions.values():
                action.setEnabled(False)
                if action.isCheckable():
                    action.setChecked(False)
            return
        assert edit is not None
        inline = edit.isInlineOnly()
        for name, action in self._actions.items():
            action.setEnabled(not (inline and name in _BLOCK_ONLY))
        marks = edit.currentMarks()
        kind = edit.currentListKind()
        self._actions["bold"].setChecked(marks.bold)
        self._actions["italic"].setChecked(marks.italic)
        self._actions["runin"].setChecked(marks.runin)
        self._actions["link"].setChecked(bool(edit.anchorAtCursor()))
        self._actions["bullet"].setChecked(kind == "bullet")
        self._actions["number"].setChecked(kind == "number")
        can_level = not inline and edit.canChangeLevel()
        self._actions["indent"].setEnabled(can_level)
        self._actions["outdent"].setEnabled(can_level)

    def _run(self, name: str) -> None:
        edit = self._editor
        if edit is None or not shiboken6.isValid(edit):
            return
        {
            "bold": edit.toggleBold,
            "italic": edit.toggleItalic,
            "runin": edit.toggleRunIn,
            "bullet": edit.toggleBulletList,
            "number": edit.toggleNumberedList,
            "outdent": edit.outdent,
            "indent": edit.indent,
            "link": edit.editLink,
            "footnote": edit.insertFootnote,
        }[name]()
        self.updateState()

    def _on_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return
        edit = _edit_of(now)
        if edit is not None:
            self.setEditor(edit)
        elif now is None or now is self or self.isAncestorOf(now):
            return  # the window lost focus, or a toolbar button took it: keep the field
        else:
            self.setEditor(None)

    def _on_editor_destroyed(self) -> None:
        self._editor = None
        if shiboken6.isValid(self):
            self.updateState()


def _edit_of(widget: QWidget | None) -> RichTextEdit | None:
    while widget is not None:
        if isinstance(widget, RichTextEdit):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None
