"""The window's commands keep their keys inside one-line fields.

On Linux Qt's line edits take Ctrl+E (end of line, as in Emacs) before the window's
shortcuts see it, so « Exporter » did nothing from the cover's fields. A field that
gets the focus is given a filter that leaves the window's command keys to the window;
the fields' own editing keys (undo, copy, select all…) are not window commands and
stay theirs. Filtering per field, on focus, costs nothing per keystroke elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMainWindow, QWidget

_FILTERED = "mesdeskWindowKeysFirst"


class WindowKeysFirst(QObject):
    """Installed on the window: filters each line edit of the window that takes the focus."""

    def __init__(self, window: QMainWindow, keep: tuple[QObject, ...] = ()) -> None:
        super().__init__(window)
        self.window_ = window
        self._keep = keep  # actions whose keys the fields keep (undo and redo: their own)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not isinstance(new, (QLineEdit, QAbstractSpinBox)) or new.property(_FILTERED):
            return
        if new.window() is not self.window_:
            return  # a dialog's fields: its own keys
        # Marked on the field itself: nothing to forget when it goes.
        new.setProperty(_FILTERED, True)
        new.installEventFilter(self)

    def _is_window_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        for action in self.window_.actions():
            if action in self._keep or not action.isEnabled():
                continue
            if action.shortcutContext() not in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
                continue
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in action.shortcuts()):
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            and self._is_window_key(event)
        ):
            event.ignore()  # not the field's: the window's shortcut runs
            return True
        return False
