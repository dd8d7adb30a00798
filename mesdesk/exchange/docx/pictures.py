"""Inline pictures: the organisation's and the funder's logos on the cover.

python-docx's ``run.add_picture`` needs a paragraph attached to the body, and its
drawing ids come from scanning the body (``next_id``), which is still empty while the
writer builds its paragraphs detached: two logos would both get id 1, and Word reports
duplicate drawing ids as damage. So the image parts are added through python-docx's
package API and the ``wp:inline`` elements built here, with ids counted by the writer.

A logo is checked before it goes in: python-docx only reads an image's header, so a
truncated or damaged file would otherwise reach Word, which shows a red cross instead.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.image.image import Image
from docx.oxml.shape import CT_Inline
from docx.shared import Cm, Emu, Length

from mesdesk.exchange.docx.elements import Element, append_text, el, paragraph, sub

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
LOGO_HEIGHT = Cm(2.5)
# At most this wide, so that two logos and the gap between them fit on one line.
LOGO_MAX_WIDTH = Cm(7)
# Em spaces between two logos (about 1.2 cm at 11 pt).
LOGO_GAP = "\u2003\u2003\u2003"
DEFAULT_TEXT_WIDTH = Cm(16)


class UnreadableImage(ValueError):
    """Bytes that are not a complete PNG or JPEG image."""


@dataclass(frozen=True, slots=True)
class Logo:
    data: bytes
    alt_text: str  # shown by screen readers and in Word's « Texte de remplacement »


def check_image(data: bytes) -> Image:
    """The image's header read by python-docx, after checking it is a whole PNG or JPEG."""
    if data.startswith(PNG_SIGNATURE):
        _check_png(data)
    elif data.startswith(JPEG_SIGNATURE):
        _check_jpeg(data)
    else:
        raise UnreadableImage("neither PNG nor JPEG")
    try:
        image = Image.from_blob(data)
    except Exception as exc:  # python-docx raises several kinds on damaged headers
        raise UnreadableImage(str(exc)) from exc
    if image.px_width <= 0 or image.px_height <= 0:
        raise UnreadableImage("no pixels")
    return image


def _check_png(data: bytes) -> None:
    """Chunks whole with their CRC, IHDR first, IEND last, the pixels' zlib stream intact."""
    pos = len(PNG_SIGNATURE)
    seen: list[bytes] = []
    pixels = zlib.decompressobj()
    while pos < len(data):
        if pos + 8 > len(data):
            raise UnreadableImage("truncated chunk header")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 8 + length + 4
        if end > len(data):
            raise UnreadableImage("truncated chunk")
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:end])
        if zlib.crc32(kind + body) != crc:
            raise UnreadableImage(f"bad CRC in {kind!r}")
        if not seen and kind != b"IHDR":
            raise UnreadableImage("IHDR is not first")
        if kind == b"IDAT":
            try:
                # Inflated a bounded piece at a time: only the stream's validity matters.
                chunk = pixels.decompress(body, 1 << 20)
                while pixels.unconsumed_tail and chunk:
                    chunk = pixels.decompress(pixels.unconsumed_tail, 1 << 20)
            except zlib.error as exc:
                raise UnreadableImage("damaged pixel data") from exc
        seen.append(kind)
        pos = end
        if kind == b"IEND":
            break
    if b"IDAT" not in seen or seen[-1] != b"IEND":
        raise UnreadableImage("incomplete PNG")


def _check_jpeg(data: bytes) -> None:
    """A frame header and the end-of-image marker (a cut-off download has none)."""
    # Some cameras append a trailer after the marker: look near the end, not at the last byte.
    if b"\xff\xd9" not in data[-4096:]:
        raise UnreadableImage("no end-of-image marker")


def text_width(document: DocxDocument) -> Length:
    """The width between the margins of the document's last section."""
    section = document.sections[-1]
    if section.page_width and section.left_margin is not None and section.right_margin is not None:
        width = section.page_width - section.left_margin - section.right_margin
        if width > 0:
            return Emu(width)
    return DEFAULT_TEXT_WIDTH


def logo_size(image: Image, max_width: int) -> tuple[Emu, Emu]:
    """2.5 cm high, the aspect ratio kept, no wider than ``max_width``."""
    height = int(LOGO_HEIGHT)
    width = round(height * image.px_width / image.px_height)
    if width > max_width:
        width = max_width
        height = round(width * image.px_height / image.px_width)
    return Emu(max(width, 1)), Emu(max(height, 1))


@dataclass
class Pictures:
    """Adds pictures to the main document part; gives each drawing its own id."""

    document: DocxDocument
    next_id: int = 0

    def inline(self, image: Image, data: bytes, width: Emu, height: Emu, alt_text: str) -> Element:
        """A ``w:drawing`` holding the picture inline, its image part related to the document."""
        if not self.next_id:
            self.next_id = self.document.part.next_id
        shape_id, self.next_id = self.next_id, self.next_id + 1
        r_id, _ = self.document.part.get_or_add_image(io.BytesIO(data))
        inline = CT_Inline.new_pic_inline(shape_id, r_id, image.filename, width, height)
        inline.docPr.set("name", f"Logo {shape_id}")
        if alt_text:
            inline.docPr.set("descr", alt_text)
        drawing = el("drawing")
        drawing.append(inline)
        return drawing

    def logo_paragraph(self, style: str, logos: list[tuple[Logo, Image]]) -> Element:
        """One paragraph with the logos side by side (its style centres them)."""
        max_width = min(int(LOGO_MAX_WIDTH), (int(text_width(self.document)) - int(Cm(1.5))) // 2)
        p = paragraph(style)
        for i, (logo, image) in enumerate(logos):
            if i:
                gap = sub(p, "r")
                append_text(gap, LOGO_GAP)
            width, height = logo_size(image, max_width)
            r = sub(p, "r")
            r.append(self.inline(image, logo.data, width, height, logo.alt_text))
        return p
