"""Where the user left each workspace: the report, the node of the outline, the text and
its cursor. Saved when the window closes (or opens another workspace) and restored
when the workspace is opened again, so a relaunch goes back to the sentence in progress."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow

TEXT_FIELDS = ("evaluation", "narrative", "means", "preamble", "conclusion")


class ReadingPlace(QObject):
    """Follows the text the user writes in; saves and restores the place in the settings."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window_ = window
        self._last_text: QTextEdit | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QTextEdit) and self.window_.pages.isAncestorOf(new):
            self._last_text = new

    def _text_field(self) -> tuple[str, int] | None:
        """The field of the current page last written in, and its cursor."""
        page = self.window_.current_page()
        edit = self._last_text
        if page is None or edit is None:
            return None
        try:
            if not page.isAncestorOf(edit):
                return None
        except RuntimeError:  # the edit is gone
            return None
        for field in TEXT_FIELDS:
            if getattr(page, "field", field) == field and _field_edit(page, field) is edit:
                return field, edit.textCursor().position()
        return None

    def save(self) -> None:
        window = self.window_
        doc = window.doc
        if doc.report is None or window.current_key() is None:
            return
        place: dict[str, Any] = {"report": doc.report.id, "node": list(window.current_key() or ())}
        field = self._text_field()
        if field is not None:
            place["field"], place["cursor"] = field
        window.settings.set_reading_place(doc.path, json.dumps(place))
        window.settings.sync()

    def restore(self) -> bool:
        """Show the place saved for the window's workspace; False when there is none left."""
        window = self.window_
        doc = window.doc
        try:
            place = json.loads(window.settings.reading_place(doc.path) or "null")
        except ValueError:
            return False
        if not isinstance(place, dict) or doc.convention is None:
            return False
        report = next((r for r in doc.convention.reports if r.id == place.get("report")), None)
        if report is not None and report is not doc.report:
            doc.set_report(report)
        node = tuple(str(part) for part in place.get("node") or ())
        if not node or not window.select_key(node):
            return report is not None
        field = place.get("field")
        page = window.current_page()
        edit = _field_edit(page, field) if page is not None and isinstance(field, str) else None
        if edit is not None:
            cursor = edit.textCursor()
            cursor.setPosition(max(0, min(int(place.get("cursor", 0)), edit.document().characterCount() - 1)))
            edit.setTextCursor(cursor)
            edit.ensureCursorVisible()
            edit.setFocus()
            self._last_text = edit
        return True


def _field_edit(page: Any, field: str) -> QTextEdit | None:
    if field in ("preamble", "conclusion"):
        return page.text_edit(field) if getattr(page, "field", None) == field else None
    editors = getattr(page, "editors", None)
    return editors[field].textEdit() if editors and field in editors else None
