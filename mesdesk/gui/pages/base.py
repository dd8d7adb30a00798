"""What every editor page offers the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from mesdesk.gui.document import Document
from mesdesk.model.text_replace import SearchOptions, match_spans


class Page(QWidget):
    """A page edits one node of the outline; text goes to the ORM in ``write_back``."""

    message = Signal(str)  # a line for the status bar (e.g. "deleted — Ctrl+Z to undo")
    navigate = Signal(object)  # an outline key to show (a link to another page)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc

    def write_back(self) -> bool:
        """Write pending text edits into the model; True when something changed."""
        return False

    def refresh(self) -> None:
        """Re-read the fields after an undoable edit (text editors are left alone)."""

    def reload(self) -> None:
        """Re-read everything, text included (another report, or an undo of a deletion)."""
        self.refresh()

    def show_match(self, field: str, occurrence: int, query: str, options: SearchOptions = SearchOptions()) -> bool:
        """Show the ``occurrence``-th match of ``query`` in ``field`` and select it."""
        return False

    def text_edit(self, field: str) -> QTextEdit | None:
        """The rich-text edit of ``field`` on this page, brought into view (None: no such field)."""
        return None

    # -- a section taken offline by someone (``store.checkout``) -------------------------
    def reserved_widgets(self) -> list[QWidget]:
        """The fields an offline reservation of this page's section holds (none: the page
        has no section that can be taken offline)."""
        return []

    def set_reserved(self, holder: str | None) -> None:
        """``holder`` took this section offline (None: it is free): its fields are
        read-only meanwhile — still readable, selectable, copyable — and a band at the
        top says who holds it. A save there would be refused by the server anyway; typing
        that can never be saved is better not offered."""
        widgets = self.reserved_widgets()
        if not widgets:
            return
        locked = holder is not None
        for widget in widgets:
            if isinstance(widget, (QTextEdit, QPlainTextEdit, QLineEdit, QAbstractSpinBox)):
                widget.setReadOnly(locked)
            else:
                widget.setEnabled(not locked)
        banner = self.findChild(QLabel, "reservedBanner")
        if banner is None:
            if not locked:
                return
            banner = QLabel(self)
            banner.setObjectName("reservedBanner")
            # One line that keeps its height on a page taller than the window (a wrapped
            # label there is squeezed to nothing); the rest is in its tooltip.
            banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            banner.setStyleSheet("#reservedBanner { background: #e8eefc; border: 1px solid #8aa4e0; padding: 4px 8px; }")
            layout = self.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(0, banner)
        banner.setVisible(locked)
        if locked:
            banner.setText(self.tr("Emportée hors ligne par %1 : lecture seule jusqu'à son retour.")
                           .replace("%1", holder or ""))
            banner.setToolTip(self.tr("%1 a emporté cette partie pour la modifier hors ligne : vous pouvez la lire, "
                                      "pas la modifier, jusqu'à ce qu'elle soit rapportée (« Hors ligne › "
                                      "Rapporter… ») ou libérée par un administrateur.").replace("%1", holder or ""))


def select_chip(edit: QTextEdit, indicator_uid: str, occurrence: int = 0) -> bool:
    """Select the ``occurrence``-th chip of an indicator in a rich-text edit (and focus it)."""
    positions = [pos for pos, ref, _label in edit.indicatorChips() if ref.indicator == indicator_uid]  # type: ignore[attr-defined]  # a RichTextEdit behind the QTextEdit type
    if not positions:
        return False
    pos = positions[min(occurrence, len(positions) - 1)]
    cursor = QTextCursor(edit.document())
    cursor.setPosition(pos)
    cursor.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    edit.setFocus()
    return True


def select_occurrence(edit: QTextEdit | QPlainTextEdit, query: str, occurrence: int,
                      options: SearchOptions = SearchOptions()) -> bool:
    """Select the n-th match of ``query`` in an editor (case and accents ignored by default)."""
    document = edit.document()
    spans = match_spans(document.toPlainText(), query.strip(), options)
    if occurrence >= len(spans):
        return False
    begin, end = spans[occurrence]
    cursor = QTextCursor(document)
    cursor.setPosition(begin)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    edit.setFocus()
    return True
