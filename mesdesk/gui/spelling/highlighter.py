"""The red wavy underline under misspelt words of one QTextDocument."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

if TYPE_CHECKING:
    from mesdesk.gui.spelling.service import SpellingService


def utf16_offsets(text: str) -> list[int]:
    """For each Python index of ``text`` (and its end), the UTF-16 position Qt uses:
    a character outside the BMP (an emoji) counts twice for Qt, once for Python."""
    offsets = [0] * (len(text) + 1)
    position = 0
    for index, char in enumerate(text):
        offsets[index] = position
        position += 2 if ord(char) > 0xFFFF else 1
    offsets[len(text)] = position
    return offsets


class SpellingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, service: "SpellingService") -> None:
        super().__init__(document)
        self._service = service
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor(220, 0, 0))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        checker = self._service.active_checker()
        if checker is None or not text.strip():
            return
        tokens = checker.misspelt(text)
        if not tokens:
            return
        offsets = utf16_offsets(text) if any(ord(c) > 0xFFFF for c in text) else None
        for token in tokens:
            if offsets is None:
                self.setFormat(token.start, token.end - token.start, self._format)
            else:
                start = offsets[token.start]
                self.setFormat(start, offsets[token.end] - start, self._format)
