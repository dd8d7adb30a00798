"""``RichTextEditor``: a ``RichTextEdit`` with a live word / character count under it."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mesdesk.model.richtext import IndicatorRef, RichText, count_words, indicator_placeholder

from .editor import RichTextEdit
from .formats import OBJECT_CHAR, object_inline
from .objects import object_formats

OVER_TARGET_COLOR = QColor("#c0392b")


class RichTextEditor(QWidget):
    """A ``RichTextEdit`` with a live word / character count under it.

    The count turns red past the word target (``setTargetWords``).
    """

    contentChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("richTextEditor")
        self._target: int | None = None
        self._edit = RichTextEdit(self)
        self._count = QLabel(self)
        self._count.setObjectName("wordCount")
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self._count.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self._count.setFont(font)
        self._normal_color = self._count.palette().color(QPalette.ColorRole.PlaceholderText)
        footer = QHBoxLayout()
        footer.setContentsMargins(2, 0, 2, 0)
        footer.addStretch(1)
        footer.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addLayout(footer)
        # Counting reads the whole text: wait for a pause in typing, briefly.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(120)
        self._recount.timeout.connect(self.updateCount)
        self._edit.contentChanged.connect(self._recount.start)
        self._edit.contentChanged.connect(self.contentChanged)
        self.setFocusProxy(self._edit)
        self.updateCount()

    # -- API used by the main window ---------------------------------------------------------
    def textEdit(self) -> RichTextEdit:  # noqa: N802
        return self._edit

    def setRichText(self, rt: RichText) -> None:  # noqa: N802
        self._edit.setRichText(rt)
        self.updateCount()

    def showText(self, key: Hashable, rt: RichText) -> None:  # noqa: N802
        """Show ``rt`` as the text ``key``, with its undo history if it was shown before."""
        self._edit.showText(key, rt)
        self.updateCount()

    def richText(self) -> RichText:  # noqa: N802
        return self._edit.richText()

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802
        self._edit.setPlaceholderText(text)

    def setTargetWords(self, n: int | None) -> None:  # noqa: N802
        self._target = n if n else None
        self.updateCount()

    def targetWords(self) -> int | None:  # noqa: N802
        return self._target

    def isOverTarget(self) -> bool:  # noqa: N802
        return self._target is not None and self.counts()[0] > self._target

    # -- the count -------------------------------------------------------------------------------
    def counts(self) -> tuple[int, int]:
        """Words and characters, counted as the model counts them."""
        # The raw text is the model's text with paragraphs separated by U+2029 and one
        # U+FFFC per object: far cheaper than building the value at each pause in typing.
        doc = self._edit.document()
        raw = doc.toRawText()
        if OBJECT_CHAR in raw:
            # As the model counts: a note counts nothing, a chip its placeholder text.
            # Objects are matched in order, not by position (Qt counts UTF-16 units).
            pieces = raw.split(OBJECT_CHAR)
            shown = [
                indicator_placeholder(inline) if isinstance(inline, IndicatorRef) else ""
                for inline in (object_inline(fmt) for _, fmt in object_formats(doc))
            ]
            if len(shown) == len(pieces) - 1:
                raw = "".join(p + t for p, t in zip(pieces, shown + [""]))
            else:  # should not happen; the model is always right
                rt = self._edit.richText()
                return rt.word_count(), rt.char_count()
        return count_words(raw), len(raw) - raw.count("\u2029")

    def updateCount(self) -> None:  # noqa: N802
        words, chars = self.counts()
        loc = QLocale()
        chars_text = (
            self.tr("1 caractère") if chars == 1 else self.tr("{n} caractères").format(n=loc.toString(chars))
        )
        if self._target is None:
            words_text = self.tr("1 mot") if words == 1 else self.tr("{n} mots").format(n=loc.toString(words))
        else:
            words_text = self.tr("{n} / {target} mots").format(
                n=loc.toString(words), target=loc.toString(self._target)
            )
        self._count.setText(words_text + " · " + chars_text)
        over = self._target is not None and words > self._target
        palette = self._count.palette()
        palette.setColor(QPalette.ColorRole.WindowText, OVER_TARGET_COLOR if over else self._normal_color)
        self._count.setPalette(palette)
        self._count.setProperty("overTarget", over)
        if over:
            tip = self.tr("{n} mots de trop par rapport à l’objectif de {target}").format(
                n=loc.toString(words - self._target), target=loc.toString(self._target)
            )
        else:
            tip = ""
        self._count.setToolTip(tip)

    def countLabel(self) -> QLabel:  # noqa: N802
        return self._count

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.updateCount()
        super().changeEvent(event)
