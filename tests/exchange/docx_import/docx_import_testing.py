"""Helpers of the Word import tests: hand-made packages, odd files, comparisons.

Documents are built three ways, none of them our exporter: raw WordprocessingML
written here (to reach exactly the XML a case needs), python-docx's own API, and
pandoc / LibreOffice (the committed fixtures, see ``fixtures/README.md``).
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from lxml import etree

from mesdesk.model.french import typography
from mesdesk.model.richtext import Footnote, ListBlock, ListItem, Paragraph, RichText, Text

FIXTURES = Path(__file__).parent / "fixtures"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "{%s}" % W_NS

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_CT = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOTX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


# -- raw packages ------------------------------------------------------------------------

def _content_types(main_ct: str, parts: Iterable[str]) -> str:
    overrides = {
        "styles": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        "numbering": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        "footnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    }
    lines = [f'<Override PartName="/word/document.xml" ContentType="{main_ct}"/>']
    for part in parts:
        lines.append(f'<Override PartName="/word/{part}.xml" ContentType="{overrides[part]}"/>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(lines) + "</Types>"
    )


def raw_docx(
    path: Path,
    body: str,
    *,
    styles: str | None = None,
    numbering: str | None = None,
    footnotes: str | None = None,
    links: dict[str, str] | None = None,
    main_ct: str = DOCX_CT,
    document_xml: bytes | None = None,
    strict: bool = False,
) -> Path:
    """A minimal Word package around ``body`` (the children of ``w:body``)."""
    w_ns = "http://purl.oclc.org/ooxml/wordprocessingml/main" if strict else W_NS
    r_ns = "http://purl.oclc.org/ooxml/officeDocument/relationships" if strict else R_NS
    rel_base = "http://purl.oclc.org/ooxml/officeDocument/relationships" if strict else R_NS
    parts = [name for name, xml in (("styles", styles), ("numbering", numbering), ("footnotes", footnotes)) if xml]
    rels = [
        f'<Relationship Id="rId{i + 1}" Type="{rel_base}/{name}" Target="{name}.xml"/>' for i, name in enumerate(parts)
    ]
    for rid, url in (links or {}).items():
        rels.append(f'<Relationship Id="{rid}" Type="{rel_base}/hyperlink" Target="{url}" TargetMode="External"/>')
    if document_xml is None:
        document_xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{w_ns}" xmlns:r="{r_ns}"><w:body>{body}</w:body></w:document>'
        ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _content_types(main_ct, parts))
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_base}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        z.writestr("word/document.xml", document_xml)
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>",
        )
        for name, xml in (("styles", styles), ("numbering", numbering), ("footnotes", footnotes)):
            if xml:
                z.writestr(
                    f"word/{name}.xml",
                    f'<?xml version="1.0" encoding="UTF-8"?>'
                    f'<w:{name} xmlns:w="{w_ns}" xmlns:r="{r_ns}">{xml}</w:{name}>',
                )
    path.write_bytes(buffer.getvalue())
    return path


def p(text: str = "", *, style: str | None = None, bold: bool = False, num: tuple[int, int] | None = None,
      runs: str = "") -> str:
    """One ``w:p``: a plain run of ``text`` (bold if asked) or the given ``runs`` XML."""
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{r(text, bold=bold) if text else ''}{runs}</w:p>"


def r(text: str, *, bold: bool = False, italic: bool = False, style: str | None = None) -> str:
    rpr = ""
    if bold or italic or style:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "")
        rpr += ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escaped}</w:t></w:r>'


def heading_styles(ids: tuple[str, str] = ("Heading1", "Heading2"), names: tuple[str, str] = ("heading 1", "heading 2"),
                   extra: str = "") -> str:
    return "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
        f'<w:pPr><w:outlineLvl w:val="{i}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
        for i, (sid, name) in enumerate(zip(ids, names, strict=True))
    ) + extra


BULLET_NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="→"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="▪"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
)


# -- odd files --------------------------------------------------------------------------

def ole_file(path: Path, stream_names: Iterable[str], size: int = 8192) -> Path:
    """An OLE compound file header followed by directory entries naming ``stream_names``.

    Enough for the guard (which only looks for the stream names); Word would see a
    damaged file, which is not the point here.
    """
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HH", 0x3E, 3) + b"\xfe\xff"
    header = header.ljust(512, b"\x00")
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in stream_names)
    path.write_bytes((header + entries).ljust(size, b"\x00"))
    return path


def zip_with(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


# -- comparisons -----------------------------------------------------------------------

def canonical(rich: RichText) -> RichText:
    """A rich text as the Word document shows it, to compare an original with its import.

    Two things a .docx cannot tell apart are made equal on both sides: spacing that
    French typography rewrites (``x?`` and ``x ?`` both print ``x ?``), and adjacent
    runs with the same marks.
    """
    blocks: list[Paragraph | ListBlock] = []
    for block in rich.normalized().blocks:
        if isinstance(block, Paragraph):
            blocks.append(Paragraph(tuple(_typeset(i) for i in block.content)))
            continue
        items = tuple(ListItem(tuple(_typeset(i) for i in item.content), item.level) for item in block.items)
        blocks.append(ListBlock(block.kind, items))
    return RichText(tuple(blocks))


def _typeset(inline):  # type: ignore[no-untyped-def]
    if isinstance(inline, Text):
        return replace(inline, text=typography(inline.text))
    if isinstance(inline, Footnote):
        return Footnote(tuple(replace(t, text=typography(t.text)) for t in inline.content))
    return inline


def document_text(path: Path) -> list[str]:
    """Every paragraph's text of the body then of the footnotes, read straight from the XML."""
    out: list[str] = []
    with zipfile.ZipFile(path) as z:
        for part in ("word/document.xml", "word/footnotes.xml"):
            if part not in z.namelist():
                continue
            root = etree.fromstring(z.read(part))
            for para in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return out


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lying_zip_bomb(path: Path, real_size: int, declared: int, member: str = "word/document.xml") -> Path:
    """A zip whose ``member`` decompresses to another size than its headers declare."""
    data = b"<" + b"a" * (real_size - 1)
    zip_with(path, {"[Content_Types].xml": b"<Types/>", member: data})
    raw = bytearray(path.read_bytes())
    # Patch the member's uncompressed size in its local and central headers.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        for match in re.finditer(re.escape(signature), bytes(raw)):
            start = match.start()
            name_len_at = start + (26 if signature == b"PK\x03\x04" else 28)
            name_len = struct.unpack_from("<H", raw, name_len_at)[0]
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if bytes(raw[name_at : name_at + name_len]) == member.encode():
                struct.pack_into("<I", raw, start + offset, declared)
    path.write_bytes(bytes(raw))
    return path
