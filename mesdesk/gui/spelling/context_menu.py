"""Suggestions, « Ajouter au dictionnaire » and « Ignorer » at the top of a text's menu.

Installed as an event filter on the editor's viewport, so neither the rich-text editor
nor the title field needs to know about spelling: the menu they would show is built
as usual, then the spelling entries go first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtGui import QContextMenuEvent, QFont, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from mesdesk.gui.spelling.highlighter import utf16_offsets
from mesdesk.proofing.tokens import Token

if TYPE_CHECKING:
    from mesdesk.gui.spelling.service import SpellingService


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpellingMenu", text)


def misspelt_at(edit: QTextEdit, point: QPoint, service: "SpellingService") -> tuple[Token, QTextCursor] | None:
    """The misspelt word under ``point`` and a cursor selecting it, if any."""
    checker = service.active_checker()
    if checker is None:
        return None
    cursor = edit.cursorForPosition(point)
    block = cursor.block()
    text = block.text()
    offsets = utf16_offsets(text)
    in_block = cursor.positionInBlock()
    for token in checker.misspelt(text):
        start, end = offsets[token.start], offsets[token.end]
        if start <= in_block <= end:
            selection = QTextCursor(block)
            selection.setPosition(block.position() + start)
            selection.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            return token, selection
    return None


def add_spelling_entries(menu: QMenu, edit: QTextEdit, point: QPoint, service: "SpellingService") -> None:
    found = misspelt_at(edit, point, service)
    if found is None:
        return
    token, selection = found
    checker = service.active_checker()
    assert checker is not None
    first = menu.actions()[0] if menu.actions() else None
    entries = []
    suggestions = checker.suggest(token.word) if not edit.isReadOnly() else []
    bold = QFont(menu.font())
    bold.setBold(True)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.setFont(bold)
        action.setObjectName("spellingSuggestion")
        action.triggered.connect(lambda _checked=False, s=suggestion: _replace(edit, selection, s))
        entries.append(action)
    if not suggestions:
        none = menu.addAction(_tr("(aucune suggestion)"))
        none.setEnabled(False)
        entries.append(none)
    add = menu.addAction(_tr("Ajouter « %1 » au dictionnaire").replace("%1", token.word))
    add.setObjectName("spellingAddToDictionary")
    add.triggered.connect(lambda: service.add_to_dictionary(token.word))
    ignore = menu.addAction(_tr("Ignorer « %1 »").replace("%1", token.word))
    ignore.setObjectName("spellingIgnore")
    ignore.triggered.connect(lambda: service.ignore(token.word))
    entries += [add, ignore]
    if first is not None:
        for action in entries:
            menu.removeAction(action)
        menu.insertActions(first, entries)
        menu.insertSeparator(first)


def _replace(edit: QTextEdit, selection: QTextCursor, word: str) -> None:
    """One undoable replacement, keeping the word's formatting."""
    edit.setTextCursor(selection)
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    cursor.insertText(word)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def build_menu(edit: QTextEdit, point: QPoint, service: "SpellingService") -> QMenu:
    """The menu ``edit`` would show at ``point``, with the spelling entries first."""
    builder = getattr(edit, "buildContextMenu", None)
    menu: QMenu = builder(point) if builder is not None else edit.createStandardContextMenu(point)
    add_spelling_entries(menu, edit, point, service)
    return menu


class ContextMenuFilter(QObject):
    def __init__(self, service: "SpellingService") -> None:
        super().__init__(service)
        self._service = service

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ContextMenu or self._service.active_checker() is None:
            return False
        edit = watched.parent()
        if not isinstance(edit, QTextEdit) or not isinstance(event, QContextMenuEvent):
            return False
        if misspelt_at(edit, event.pos(), self._service) is None:
            return False  # the editor's own menu, unchanged
        menu = build_menu(edit, event.pos(), self._service)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True
