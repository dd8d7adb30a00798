"""Which page shows which node of the outline: one table, keyed by a typed node kind.

The outline's keys stay plain tuples (``("action", uid)``, ``("preamble",)``): they are
saved in the settings as the reading place. ``kind_of`` reads the kind out of a key;
``PAGES`` says how to build the page of a kind and whether it loads the node's object
(an action) or the current report only. An axis has no page of its own: the window
shows a short text about it (``NodeKind.AXIS`` is not in ``PAGES``).

A new page is one line here and its class under ``gui/pages``; the window does not
change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mesdesk.gui.document import Document
from mesdesk.gui.outline import NodeKey
from mesdesk.gui.pages.base import Page


class NodeKind(StrEnum):
    """The kinds of node of the outline (the first item of a ``NodeKey``)."""

    COVER = "cover"
    PREAMBLE = "preamble"
    AXIS = "axis"
    ACTION = "action"
    UNASSIGNED = "unassigned"
    PARTNERS = "partners"
    CONCLUSION = "conclusion"


def kind_of(key: NodeKey) -> NodeKind:
    return NodeKind(key[0])


@dataclass(frozen=True)
class PageSpec:
    build: Callable[[Document, QWidget], Page]
    loads_object: bool = False  # ``load(node.obj)`` (an action) rather than ``load()``


def _action_page(doc: Document, parent: QWidget) -> Page:
    from mesdesk.gui.pages.action_page import ActionPage

    return ActionPage(doc, parent)


# The titles keep the window's translation context (« MainWindow »): the English file
# has them under it.
def _preamble_page(doc: Document, parent: QWidget) -> Page:
    from mesdesk.gui.pages.text_page import TextPage

    return TextPage(
        doc, "preamble", QCoreApplication.translate("MainWindow", "Préambule"),
        QCoreApplication.translate(
            "MainWindow", "La liste des axes de la convention est ajoutée automatiquement à l'export."),
        parent)


def _conclusion_page(doc: Document, parent: QWidget) -> Page:
    from mesdesk.gui.pages.text_page import TextPage

    page = TextPage(doc, "conclusion", QCoreApplication.translate("MainWindow", "Conclusion et perspectives"),
                    "", parent)
    page.hint.hide()
    return page


def _cover_page(doc: Document, parent: QWidget) -> Page:
    from mesdesk.gui.pages.cover_page import CoverPage

    return CoverPage(doc, parent)


def _partners_page(doc: Document, parent: QWidget) -> Page:
    from mesdesk.gui.pages.partners_page import PartnersPage  # its tables: built when first shown

    return PartnersPage(doc, parent)


def _unassigned_page(doc: Document, parent: QWidget) -> Page:
    from mesdesk.gui.pages.unassigned_page import UnassignedPage

    return UnassignedPage(doc, parent)


PAGES: dict[NodeKind, PageSpec] = {
    NodeKind.COVER: PageSpec(_cover_page),
    NodeKind.PREAMBLE: PageSpec(_preamble_page),
    NodeKind.ACTION: PageSpec(_action_page, loads_object=True),
    NodeKind.UNASSIGNED: PageSpec(_unassigned_page),
    NodeKind.PARTNERS: PageSpec(_partners_page),
    NodeKind.CONCLUSION: PageSpec(_conclusion_page),
}
