"""Qt's lists read as the model reads them: list groups, their kind, and keeping them canonical.

A list "group" (a model ``ListBlock``) is a run of consecutive list blocks that starts
with a level-0 item; a level-0 item of another ``QTextList`` starts the next group.
Each group has one level-0 ``QTextList`` and each level-1 run its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextList

from .formats import PARAGRAPH_SPACING, PARAGRAPH_TOP_SPACING, list_format, list_kind, list_level


def same_list(a: QTextList | None, b: QTextList | None) -> bool:
    return a is not None and b is not None and a.objectIndex() == b.objectIndex()


@dataclass
class _GroupEntry:
    block: QTextBlock
    level: int


def list_groups(first: QTextBlock, last: QTextBlock | None = None) -> Iterator[list[_GroupEntry]]:
    """The list groups (model ListBlocks) met from ``first`` on, as block/level entries.

    Levels are the ones the model will see: the first item of a group is level 0.
    Stops after the group containing ``last`` (or at the document end).
    """
    group: list[_GroupEntry] = []
    root: QTextList | None = None
    block = first
    passed_last = False
    while block.isValid():
        lst = block.textList()
        if lst is None:
            if group:
                yield group
                group, root = [], None
            if passed_last:
                return
        else:
            level = list_level(lst)
            if group and level == 0 and not same_list(lst, root):
                yield group
                group, root = [], None
                if passed_last:
                    return
            if not group:
                level = 0
                root = lst if list_level(lst) == 0 else None
            group.append(_GroupEntry(block, level))
        if last is not None and block.blockNumber() >= last.blockNumber():
            passed_last = True
        block = block.next()
    if group:
        yield group


def group_start(block: QTextBlock) -> QTextBlock:
    """The first block of the list group ``block`` belongs to (``block`` is a list item)."""
    run_start = block
    while run_start.previous().isValid() and run_start.previous().textList() is not None:
        run_start = run_start.previous()
    for group in list_groups(run_start, block):
        if group[0].block.blockNumber() <= block.blockNumber() <= group[-1].block.blockNumber():
            return group[0].block
    return block


def group_kind(block: QTextBlock) -> str | None:
    """The kind of the list group of ``block``, or None when it is a paragraph."""
    if block.textList() is None:
        return None
    first = group_start(block)
    return list_kind(first.textList())


def normalize_lists(
    doc: QTextDocument, start: int = 0, end: int | None = None, dry_run: bool = False
) -> bool:
    """Make Qt's lists match the model's reading of them, so what is shown is what is saved.

    Each group gets its own level-0 ``QTextList`` and each level-1 run its own
    ``QTextList`` (numbering restarts where the model's does), formats are canonical,
    and a group's first item is level 0. Only groups touching ``start..end`` are
    looked at. The changes join the current edit block. Returns whether anything changed
    (with ``dry_run``: whether anything would, changing nothing).
    """
    first = doc.findBlock(start)
    last = doc.findBlock(end if end is not None else doc.characterCount() - 1)
    if not first.isValid():
        first = doc.begin()
    if not last.isValid():
        last = doc.lastBlock()
    # Back up to the start of the group the range begins in.
    if first.textList() is not None:
        first = group_start(first)
    changed = False
    cursor = QTextCursor(doc)
    for group in list_groups(first, last):
        start_pos = group[0].block.position()
        kind = list_kind(group[0].block.textList())
        root: QTextList | None = None
        sub: QTextList | None = None
        for entry in group:
            block, level = entry.block, entry.level
            if level == 0:
                sub = None
                root, fixed = _list_for(block, root, kind, 0, start_pos, cursor, dry_run)
            else:  # a level-1 run's own list starts at its first item
                sub, fixed = _list_for(block, sub, kind, 1, block.position(), cursor, dry_run)
            if fixed:
                if dry_run:
                    return True
                changed = True
            if level == 1 and sub is not None and not _format_is(sub, kind, 1):
                if dry_run:
                    return True
                sub.setFormat(list_format(kind, 1))
                changed = True
        if root is not None and not _format_is(root, kind, 0):
            if dry_run:
                return True
            root.setFormat(list_format(kind, 0))
            changed = True
    return changed


def _list_for(
    block: QTextBlock,
    current: QTextList | None,
    kind: str,
    level: int,
    since: int,
    cursor: QTextCursor,
    dry_run: bool,
) -> tuple[QTextList | None, bool]:
    """The ``QTextList`` that holds ``block`` at ``level``, and whether Qt's lists had to change.

    ``current`` is the list chosen for the run so far (None at its first item: the block's
    own list is kept if it is of that level and starts at ``since`` or later). With
    ``dry_run`` nothing changes and a needed change gives ``(current, True)``.
    """
    lst = block.textList()
    if current is None:
        if list_level(lst) == level and lst.item(0).position() >= since:
            return lst, False
        if dry_run:
            return current, True
        cursor.setPosition(block.position())
        return cursor.createList(list_format(kind, level)), True
    if same_list(lst, current):
        return current, False
    if not dry_run:
        current.add(block)
    return current, True


def _format_is(lst: QTextList, kind: str, level: int) -> bool:
    want, have = list_format(kind, level), lst.format()
    return (
        have.style() == want.style()
        and have.indent() == want.indent()
        and have.numberSuffix() == want.numberSuffix()
    )


def leave_list(cursor: QTextCursor) -> None:
    lst = cursor.currentList()
    if lst is not None:
        lst.remove(cursor.block())
        fmt = cursor.blockFormat()
        fmt.setIndent(0)
        fmt.setTopMargin(PARAGRAPH_TOP_SPACING)
        fmt.setBottomMargin(PARAGRAPH_SPACING)
        cursor.setBlockFormat(fmt)
