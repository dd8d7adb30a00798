"""What a paste or a drop becomes: a ``RichText`` holding only what the model supports.

Sources, best first: our own JSON flavour (copy inside the app keeps notes, run-ins
and indicator chips), HTML (Word, web pages: fonts, colours, sizes, images dropped,
table cells become paragraphs), then plain text (one paragraph per line).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocument

from mesdesk.model.richtext import Paragraph, RichText, RichTextError, Text
from mesdesk.model.textclean import clean_text

from .convert import document_to_richtext, plain_text_to_richtext

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


def mime_to_richtext(source: QMimeData) -> RichText | None:
    """The rich text a mime payload stands for, or None when it holds nothing usable."""
    if source.hasFormat(MIME_RICHTEXT):
        try:
            return RichText.from_json(bytes(source.data(MIME_RICHTEXT).data()).decode("utf-8"))
        except (RichTextError, UnicodeDecodeError):
            pass  # a foreign or damaged payload: fall back to the other flavours
    if source.hasHtml():
        html = source.html()
        if len(html) <= HTML_SIZE_LIMIT or not source.hasText():
            return html_to_richtext(html)
    if source.hasText():
        return text_to_richtext(source.text())
    return None


def fill_mime(mime: QMimeData, rt: RichText, html: str = "") -> None:
    """Put a copy of ``rt`` in ``mime``: our JSON, readable plain text, and HTML."""
    mime.setData(MIME_RICHTEXT, rt.to_json_string().encode("utf-8"))
    mime.setText(rt.plain_text(footnotes=True))
    if html:
        # Markers are object characters: meaningless to other programs.
        mime.setHtml(html.replace("\ufffc", ""))
