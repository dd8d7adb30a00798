"""What a paste or a drop becomes: a ``RichText`` holding only what the model supports.

Sources, best first: our own JSON flavour (copy inside the app keeps notes, run-ins
and indicator chips), HTML (Word, web pages: fonts, colours, sizes, images dropped,
table cells become paragraphs), then plain text (one paragraph per line).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMainWindow, QToolTip

from mesdesk.model.limits import MAX_RICH_BLOCKS, MAX_RICH_CHARS, MAX_RUN_CHARS, rich_excess, truncate_rich
from mesdesk.model.richtext import Paragraph, RichText, RichTextError, Text
from mesdesk.model.textclean import clean_text

from .from_document import document_to_richtext, plain_text_to_richtext

MIME_RICHTEXT = "application/x-mesdesk-richtext+json"

# Qt's HTML importer is fast, but a multi-megabyte page full of spans still takes
# a while; past this size we paste the page's text only (logged in the report).
HTML_SIZE_LIMIT = 4_000_000


def html_to_richtext(html: str) -> RichText:
    """Pasted HTML reduced to paragraphs, bold, italic, links and two list levels."""
    doc = QTextDocument()
    doc.setHtml(html)
    return document_to_richtext(doc, foreign=True)


def text_to_richtext(text: str) -> RichText:
    """Pasted plain text. A single line keeps its spaces: it lands inside a sentence."""
    text = clean_text(text)
    if "\n" not in text:
        cleaned = text.replace("\ufffc", "")
        return RichText((Paragraph((Text(cleaned),)),)) if cleaned else RichText()
    return plain_text_to_richtext(text)


# A paste holds at most what one text may hold (``mesdesk.model.limits``); past that it
# is cut, with a notice. Plain text is cut before it is split into paragraphs, so a
# 100 MB clipboard costs no more than the part that is kept.
PLAIN_TEXT_LIMIT = MAX_RICH_CHARS + MAX_RICH_BLOCKS  # the characters plus a line break each
# Our own JSON flavour spends about 30 bytes of markup per run: far past this it is not ours.
RICHTEXT_PAYLOAD_LIMIT = 64 * MAX_RICH_CHARS


class PasteNotices(QObject):
    """Tells that a paste was cut to the limit of a text (the window may listen)."""

    cut = Signal(str)


paste_notices = PasteNotices()


def mime_to_richtext(source: QMimeData) -> RichText | None:
    """The rich text a mime payload stands for, or None when it holds nothing usable.

    A payload beyond the limits of one text is cut to them and the user told so.
    """
    rt, cut = _read_mime(source)
    excess = rich_excess(rt) if rt is not None else None
    if rt is not None and excess is not None:
        rt, cut = truncate_rich(rt), True
    if cut:
        _announce_cut(only_runs=excess is not None and excess.what == "run")
    return rt


def _read_mime(source: QMimeData) -> tuple[RichText | None, bool]:
    if source.hasFormat(MIME_RICHTEXT):
        payload = source.data(MIME_RICHTEXT)
        if payload.size() <= RICHTEXT_PAYLOAD_LIMIT:
            try:
                return RichText.from_json(bytes(payload.data()).decode("utf-8")), False
            except (RichTextError, UnicodeDecodeError):
                pass  # a foreign or damaged payload: fall back to the other flavours
    if source.hasHtml():
        html = source.html()
        if len(html) <= HTML_SIZE_LIMIT or not source.hasText():
            return html_to_richtext(html[:HTML_SIZE_LIMIT]), len(html) > HTML_SIZE_LIMIT
    if source.hasText():
        text = source.text()
        return text_to_richtext(text[:PLAIN_TEXT_LIMIT]), len(text) > PLAIN_TEXT_LIMIT
    return None, False


def _announce_cut(*, only_runs: bool) -> None:
    """A non-blocking notice: the window's status bar, and a tooltip at the editor."""
    if only_runs:
        message = QCoreApplication.translate(
            "Clipboard", "Texte collé : les suites de plus de %1 caractères sans espace ont été coupées par des espaces."
        ).replace("%1", QLocale().toString(MAX_RUN_CHARS))
    else:
        message = QCoreApplication.translate(
            "Clipboard", "Texte collé trop long : seuls ses %1 premiers caractères ont été gardés (limite d'un texte)."
        ).replace("%1", QLocale().toString(MAX_RICH_CHARS))
    paste_notices.cut.emit(message)
    widget = QApplication.focusWidget()
    if widget is None:
        return
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 15_000)
    QToolTip.showText(widget.mapToGlobal(widget.rect().center()), message, widget)


def fill_mime(mime: QMimeData, rt: RichText, html: str = "") -> None:
    """Put a copy of ``rt`` in ``mime``: our JSON, readable plain text, and HTML."""
    mime.setData(MIME_RICHTEXT, rt.to_json_string().encode("utf-8"))
    mime.setText(rt.plain_text(footnotes=True))
    if html:
        # Markers are object characters: meaningless to other programs.
        mime.setHtml(html.replace("\ufffc", ""))
