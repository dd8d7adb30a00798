"""The edit's list controls: list toggling, levels (indent / outdent, Tab), leaving a list.

A mixin of ``RichTextEdit``: it works on the edit's document through Qt's lists, kept
as the model reads them by ``doc_lists.normalize_lists`` after each change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit

from .doc_lists import group_kind, group_start, leave_list, list_groups, normalize_lists
from .formats import LIST_ITEM_SPACING, list_format, list_kind, list_level

# Mixed into RichTextEdit, a QTextEdit: type-checked as one, a plain class at run time.
_Edit = QTextEdit if TYPE_CHECKING else object


class ListControls(_Edit):
    """Lists in a ``RichTextEdit``: Ctrl+Shift+8 / 7, Tab / Shift+Tab, Enter on an empty item."""

    if TYPE_CHECKING:  # provided by RichTextEdit
        _inline_only: bool
        stateChanged: SignalInstance

        def isEditable(self) -> bool: ...  # noqa: N802

        def currentListLevel(self) -> int | None: ...  # noqa: N802

    def _selected_blocks(self) -> list[QTextBlock]:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block.blockNumber() >= last.blockNumber():
                break
            block = block.next()
        return blocks

    def toggleList(self, kind: str) -> None:  # noqa: N802
        """Make the selected paragraphs a list of ``kind``, change a list's kind, or end it."""
        if self._inline_only or not self.isEditable():
            return
        blocks = self._selected_blocks()
        doc = self.document()
        cursor = QTextCursor(doc)
        positions = [b.position() for b in blocks]
        cursor.beginEditBlock()
        try:
            if all(group_kind(b) == kind for b in blocks):
                for pos in positions:
                    cursor.setPosition(pos)
                    leave_list(cursor)
            else:
                for pos in positions:
                    block = doc.findBlock(pos)
                    lst = block.textList()
                    cursor.setPosition(pos)
                    if lst is None:
                        prev = block.previous()
                        fmt = cursor.blockFormat()
                        fmt.setTopMargin(0.0)
                        fmt.setBottomMargin(LIST_ITEM_SPACING)
                        cursor.setBlockFormat(fmt)
                        # Right after a list of the same kind: continue it, as Word does.
                        if prev.isValid() and group_kind(prev) == kind:
                            group_start(prev).textList().add(block)
                        else:
                            cursor.createList(list_format(kind, 0))
                    elif group_kind(block) != kind:
                        self._set_group_kind(block, kind)
            normalize_lists(doc, positions[0], positions[-1])
        finally:
            cursor.endEditBlock()
        self.stateChanged.emit()

    def _set_group_kind(self, block, kind: str) -> None:
        start = group_start(block)
        for group in list_groups(start, start):
            seen: set[int] = set()
            for entry in group:
                lst = entry.block.textList()
                if lst.objectIndex() not in seen:
                    seen.add(lst.objectIndex())
                    lst.setFormat(list_format(kind, list_level(lst)))
            return

    def toggleBulletList(self) -> None:  # noqa: N802
        self.toggleList("bullet")

    def toggleNumberedList(self) -> None:  # noqa: N802
        self.toggleList("number")

    def canChangeLevel(self) -> bool:  # noqa: N802
        return not self._inline_only and self.isEditable() and any(b.textList() is not None for b in self._selected_blocks())

    def changeLevel(self, delta: int) -> None:  # noqa: N802
        """Move the selected list items one level down (+1) or up (-1); levels are 0 and 1."""
        if not self.canChangeLevel():
            return
        doc = self.document()
        positions = [b.position() for b in self._selected_blocks() if b.textList() is not None]
        if not positions:
            return
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        try:
            for pos in positions:
                self._set_level(cursor, doc.findBlock(pos), delta)
            normalize_lists(doc, positions[0], positions[-1])
        finally:
            cursor.endEditBlock()
        self.stateChanged.emit()

    def _set_level(self, cursor: QTextCursor, block, delta: int) -> None:
        lst = block.textList()
        level = list_level(lst)
        new = max(0, min(1, level + delta))
        if new == level:
            return
        start = group_start(block)
        kind = list_kind(start.textList())
        if new == 1:
            if start.blockNumber() == block.blockNumber():
                return  # a list's first item has no item above to hang under
            prev_list = block.previous().textList()
            if list_level(prev_list) == 1:
                prev_list.add(block)
            else:
                cursor.setPosition(block.position())
                cursor.createList(list_format(kind, 1))
        else:
            start.textList().add(block)

    def _level_would_change(self, delta: int) -> bool:
        """Whether ``changeLevel(delta)`` would move a selected item (Tab otherwise moves on)."""
        if not self.canChangeLevel():
            return False
        for block in self._selected_blocks():
            lst = block.textList()
            if lst is None:
                continue
            level = list_level(lst)
            if delta < 0 and level > 0:
                return True
            if delta > 0 and level == 0 and group_start(block).blockNumber() != block.blockNumber():
                return True
        return False

    def indent(self) -> None:
        self.changeLevel(+1)

    def outdent(self) -> None:
        self.changeLevel(-1)

    def _leave_or_climb(self) -> None:
        """Enter on an empty item / Backspace at an item's start: up a level, or out of the list."""
        cursor = self.textCursor()
        if self.currentListLevel() == 1:
            self.changeLevel(-1)
            return
        doc = self.document()
        pos = cursor.block().position()
        cursor.beginEditBlock()
        leave_list(cursor)
        normalize_lists(doc, pos, pos)
        cursor.endEditBlock()
        self.stateChanged.emit()

    def _normalize_after_edit(self) -> None:
        """Keep list numbering right after Qt's own block edits (join, split, cut)."""
        doc = self.document()
        pos = self.textCursor().position()
        if normalize_lists(doc, pos, pos, dry_run=True):
            cursor = QTextCursor(doc)
            cursor.joinPreviousEditBlock()  # one undo step with the edit that caused it
            normalize_lists(doc, pos, pos)
            cursor.endEditBlock()

    def _tab_changes_level(self, e: QEvent) -> bool:
        """Tab / Shift+Tab on list items: change their level (True), else let Tab move the focus."""
        if e.type() != QEvent.Type.KeyPress or not isinstance(e, QKeyEvent):
            return False
        mods = e.modifiers()
        if e.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        back = e.key() == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if not self._level_would_change(-1 if back else +1):
            # Outside a list, or where the level cannot change (a list's first item
            # has nothing to hang under), Tab moves the focus (tabChangesFocus).
            return False
        self.changeLevel(-1 if back else +1)
        e.accept()
        return True
