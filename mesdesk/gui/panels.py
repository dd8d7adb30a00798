"""What a side panel (find, check, carry-over, Word import summary) may ask of the
window it sits in, and how it is docked there.

Panels are typed against ``PanelHost``, not ``MainWindow``: they read the open
document, show a place of the report and say a line in the status bar; nothing else.
When the window shows another workspace it emits ``documentReplaced(doc)``: a panel
that listens to the document reconnects there (``FindPanel.attach``) instead of being
called by the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from mesdesk.gui.document import Document
    from mesdesk.gui.outline import NodeKey
    from mesdesk.gui.pages.base import Page
    from mesdesk.model.text_replace import SearchOptions


class PanelHost(Protocol):
    """The window as the side panels see it (``MainWindow`` is one)."""

    doc: "Document"
    documentReplaced: "SignalInstance"  # (Document) another workspace is shown: reconnect to it

    def select_key(self, key: "NodeKey") -> bool:
        """Show a node of the outline; False when it is not there (any more)."""

    def go_to(self, node: "NodeKey", field: str | None = None, occurrence: int = 0, query: str = "",
              row_uid: str | None = None, options: "SearchOptions | None" = None) -> bool:
        """Show a place: a node, a text field (and a match in it), a table row."""

    def current_key(self) -> "NodeKey | None": ...

    def window(self) -> "QWidget":
        """The top-level widget panels are docked in and parented to (QWidget.window())."""

    def current_page(self) -> "Page | None": ...

    def show_message(self, text: str) -> None:
        """A line in the status bar."""


def dock_panel(window: QMainWindow, panel: QDockWidget, view_menu: QMenu | None, width: int | None = None) -> None:
    """Dock a new side panel on the right, as a tab beside the panels already there (the
    text keeps its width), with its toggle in « Affichage » (``view_menu`` None: the panel
    has an entry there already)."""
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    for other in window.findChildren(QDockWidget):
        if other is not panel and window.dockWidgetArea(other) == Qt.DockWidgetArea.RightDockWidgetArea:
            window.tabifyDockWidget(other, panel)
            break
    if width is not None:
        window.resizeDocks([panel], [width], Qt.Orientation.Horizontal)
    if view_menu is not None:
        view_menu.addAction(panel.toggleViewAction())


def summary_and_list(dock: QDockWidget, summary_name: str, list_name: str,
                     open_item: Callable[[QListWidgetItem], object]) -> tuple[QLabel, QListWidget]:
    """The body the side panels share: a wrapping summary above a list whose items open
    their place on Enter or a click."""
    body = QWidget(dock)
    summary = QLabel(body)
    summary.setObjectName(summary_name)
    summary.setWordWrap(True)
    summary.setTextFormat(Qt.TextFormat.PlainText)
    items = QListWidget(body)
    items.setObjectName(list_name)
    items.setWordWrap(True)
    items.setAlternatingRowColors(True)  # long lines wrap: each item its own band
    layout = QVBoxLayout(body)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(summary)
    layout.addWidget(items, 1)
    dock.setWidget(body)
    items.itemActivated.connect(open_item)
    items.itemClicked.connect(open_item)
    return summary, items
