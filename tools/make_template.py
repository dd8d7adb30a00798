"""Build the default Word template ``resources/templates/mesdesk-default.docx``.

Run with ``make template`` (``python -m tools.make_template [OUT.docx]``).

The package is written part by part rather than derived from python-docx's own
default document: that one carries ~440 KB of table styles and a blue "Office" look,
while a funder report wants a few sober, predictable styles. Every style the Word
writer uses is defined here under its built-in English name (Word shows them
translated, e.g. « Titre 1 »), so a French Word and LibreOffice both recognise them.
The writer (``mesdesk.exchange.docx``) also copies these definitions into an
organisation's own template when that template lacks one of them.

The output is deterministic (fixed zip timestamps), so rebuilding without changes
gives the same bytes and the committed file only changes when this script does.
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates" / "mesdesk-default.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# A sober palette: dark navy titles, one blue accent, grey for secondary text.
NAVY = "1F3864"
ACCENT = "2E5597"
GREY = "595959"
LINK = "0563C1"
FONT = "Calibri"  # metric-compatible Carlito is used where Calibri is missing

# A4 in twentieths of a point, 2.5 cm margins, 1.25 cm header/footer distance.
PAGE_W, PAGE_H = 11906, 16838
MARGIN = 1418
HDR_DIST = 709
TEXT_W = PAGE_W - 2 * MARGIN  # 9070: right tab stops of TOC, header and footer


def _content_types() -> str:
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = {
        "/word/document.xml": f"{wml}.document.main+xml",
        "/word/styles.xml": f"{wml}.styles+xml",
        "/word/settings.xml": f"{wml}.settings+xml",
        "/word/numbering.xml": f"{wml}.numbering+xml",
        "/word/footnotes.xml": f"{wml}.footnotes+xml",
        "/word/fontTable.xml": f"{wml}.fontTable+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    items = "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
    return (
        XML_HEAD
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Default Extension="png" ContentType="image/png"/>'
        + '<Default Extension="jpeg" ContentType="image/jpeg"/>'
        + items
        + "</Types>"
    )


def _package_rels() -> str:
    base = "http://schemas.openxmlformats.org"
    return (
        XML_HEAD
        + f'<Relationships xmlns="{base}/package/2006/relationships">'
        + f'<Relationship Id="rId1" Type="{base}/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        + f'<Relationship Id="rId2" Type="{base}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        + f'<Relationship Id="rId3" Type="{base}/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        + "</Relationships>"
    )


def _document_rels() -> str:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = [("styles", "styles.xml"), ("settings", "settings.xml"), ("numbering", "numbering.xml"),
            ("footnotes", "footnotes.xml"), ("fontTable", "fontTable.xml")]
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{base}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(rels, start=1)
    )
    return XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + items + "</Relationships>"


def _document() -> str:
    # One empty paragraph and the section: page size, margins, header/footer distance.
    # The writer keeps this sectPr and adds the footer and the different first page.
    return (
        XML_HEAD
        + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body><w:p/>'
        + "<w:sectPr>"
        + f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
        + f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" '
        + f'w:header="{HDR_DIST}" w:footer="{HDR_DIST}" w:gutter="0"/>'
        + '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/>'
        + "</w:sectPr></w:body></w:document>"
    )


def _rpr(*, bold: bool = False, italic: bool = False, size: int | None = None, color: str | None = None,
         underline: bool = False, superscript: bool = False, caps: bool = False) -> str:
    """Run properties in schema order (b, i, caps, color, sz, u, vertAlign)."""
    parts = []
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _pstyle(style_id: str, name: str, *, ppr: str = "", rpr: str = "", based_on: str | None = "Normal",
            next_style: str | None = None, default: bool = False, ui_priority: int | None = None,
            qformat: bool = True) -> str:
    attrs = ' w:default="1"' if default else ""
    out = f'<w:style w:type="paragraph"{attrs} w:styleId="{style_id}"><w:name w:val="{name}"/>'
    if based_on:
        out += f'<w:basedOn w:val="{based_on}"/>'
    if next_style:
        out += f'<w:next w:val="{next_style}"/>'
    if ui_priority is not None:
        out += f'<w:uiPriority w:val="{ui_priority}"/>'
    if qformat:
        out += "<w:qFormat/>"
    if ppr:
        out += f"<w:pPr>{ppr}</w:pPr>"
    return out + rpr + "</w:style>"


def _cstyle(style_id: str, name: str, rpr: str, *, ui_priority: int | None = None) -> str:
    out = f'<w:style w:type="character" w:styleId="{style_id}"><w:name w:val="{name}"/>'
    out += '<w:basedOn w:val="DefaultParagraphFont"/>'
    if ui_priority is not None:
        out += f'<w:uiPriority w:val="{ui_priority}"/>'
    return out + f"<w:qFormat/>{rpr}</w:style>"


def _left_bar(color: str) -> str:
    """A thin coloured bar on the left, used to set the Evaluation / Moyens paragraphs apart."""
    return f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="{color}"/></w:pBdr>'


def _styles() -> str:
    spacing_body = '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
    styles = [
        _pstyle("Normal", "Normal", ppr='<w:jc w:val="both"/>', based_on=None, default=True),
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        # Cover.
        _pstyle("Title", "Title", next_style="Normal", ui_priority=10,
                ppr='<w:spacing w:before="2400" w:after="360"/><w:jc w:val="center"/>',
                rpr=_rpr(bold=True, size=60, color=NAVY)),
        _pstyle("Subtitle", "Subtitle", next_style="Normal", ui_priority=11,
                ppr='<w:spacing w:before="120" w:after="240"/><w:jc w:val="center"/>',
                rpr=_rpr(italic=True, size=28, color=GREY)),
        _pstyle("CoverDate", "Date du bilan", next_style="Normal",
                ppr='<w:spacing w:before="3600" w:after="0"/><w:jc w:val="center"/>',
                rpr=_rpr(size=28, color=NAVY)),
        _pstyle("CoverLogos", "Logos de couverture", next_style="Normal",
                ppr='<w:spacing w:before="1200" w:after="0"/><w:jc w:val="center"/>'),
        # Headings: outline levels make Word's navigation pane and the TOC work.
        _pstyle("Heading1", "heading 1", next_style="Normal", ui_priority=9,
                ppr='<w:keepNext/><w:keepLines/>'
                f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="{ACCENT}"/></w:pBdr>'
                '<w:spacing w:before="480" w:after="200"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/>',
                rpr=_rpr(bold=True, size=32, color=NAVY)),
        _pstyle("Heading2", "heading 2", next_style="Normal", ui_priority=9,
                ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="120"/>'
                '<w:jc w:val="left"/><w:outlineLvl w:val="1"/>',
                rpr=_rpr(bold=True, size=26, color=ACCENT)),
        # The two short statements framing each action.
        _pstyle("Evaluation", "Evaluation", next_style="Normal",
                ppr='<w:keepNext/>' + _left_bar(ACCENT) + '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F8"/>'
                '<w:spacing w:before="60" w:after="200"/><w:ind w:left="170" w:right="170"/>'),
        _pstyle("Moyens", "Moyens", next_style="Normal",
                ppr=_left_bar("A6A6A6") + '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
                '<w:spacing w:before="200" w:after="240"/><w:ind w:left="170" w:right="170"/>'),
        _cstyle("Intertitre", "Intertitre", _rpr(bold=True, color=NAVY)),
        # Lists: the indentation and glyphs come from the numbering definitions.
        _pstyle("ListBullet", "List Bullet", ppr='<w:spacing w:after="60"/><w:contextualSpacing/>', ui_priority=36),
        _pstyle("ListBullet2", "List Bullet 2", ppr='<w:spacing w:after="60"/><w:contextualSpacing/>', ui_priority=36),
        _pstyle("ListNumber", "List Number", ppr='<w:spacing w:after="60"/><w:contextualSpacing/>', ui_priority=36),
        _pstyle("ListNumber2", "List Number 2", ppr='<w:spacing w:after="60"/><w:contextualSpacing/>', ui_priority=36),
        _cstyle("Hyperlink", "Hyperlink", _rpr(color=LINK, underline=True), ui_priority=99),
        # Footnotes.
        _pstyle("FootnoteText", "footnote text", ui_priority=99, qformat=False,
                ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>',
                rpr=_rpr(size=18)),
        _cstyle("FootnoteReference", "footnote reference", _rpr(superscript=True), ui_priority=99),
        # Table of contents: the title is not a heading, so it does not list itself.
        _pstyle("TOCHeading", "TOC Heading", next_style="Normal", ui_priority=39,
                ppr='<w:keepNext/><w:spacing w:before="240" w:after="360"/><w:jc w:val="left"/><w:outlineLvl w:val="9"/>',
                rpr=_rpr(bold=True, size=32, color=NAVY)),
        _pstyle("TOC1", "toc 1", next_style="Normal", ui_priority=39, qformat=False,
                ppr=f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_W}"/></w:tabs>'
                '<w:spacing w:before="160" w:after="40"/><w:ind w:left="567" w:hanging="567"/><w:jc w:val="left"/>',
                rpr=_rpr(bold=True, color=NAVY)),
        _pstyle("TOC2", "toc 2", next_style="Normal", ui_priority=39, qformat=False,
                ppr=f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_W}"/></w:tabs>'
                '<w:spacing w:after="40"/><w:ind w:left="1134" w:hanging="567"/><w:jc w:val="left"/>'),
        # Header and footer: small and grey, a centre and a right tab.
        _pstyle("Header", "header", ui_priority=99, qformat=False,
                ppr=f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_W // 2}"/><w:tab w:val="right" w:pos="{TEXT_W}"/></w:tabs>'
                '<w:spacing w:after="0"/><w:jc w:val="right"/>',
                rpr=_rpr(size=18, color=GREY)),
        _pstyle("Footer", "footer", ui_priority=99, qformat=False,
                ppr=f'<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="A6A6A6"/></w:pBdr>'
                f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_W}"/></w:tabs>'
                '<w:spacing w:after="0"/><w:jc w:val="left"/>',
                rpr=_rpr(size=16, color=GREY)),
        # The contact block closing the report.
        _pstyle("Contact", "Contact", ppr='<w:keepLines/><w:spacing w:after="0"/><w:jc w:val="left"/>',
                rpr=_rpr(size=20)),
    ]
    defaults = (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="fr-FR" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault>"
        f"<w:pPrDefault><w:pPr>{spacing_body}</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    return XML_HEAD + f'<w:styles xmlns:w="{W_NS}" xmlns:r="{R_NS}">' + defaults + "".join(styles) + "</w:styles>"


def _settings() -> str:
    return (
        XML_HEAD
        + f'<w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        + '<w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:autoHyphenation/>'
        + '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
        + '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        + '<w:themeFontLang w:val="fr-FR"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
        + "</w:settings>"
    )


def _lvl(ilvl: int, fmt: str, text: str, left: int, *, font: str | None = None) -> str:
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="357"/></w:pPr>{rpr}</w:lvl>'
    )


def _numbering() -> str:
    # Used by the List Bullet / List Number styles when someone edits the file in Word;
    # the writer adds its own definitions for what it writes.
    bullets = _lvl(0, "bullet", "\u2022", 714, font=FONT) + _lvl(1, "bullet", "\u2192", 1071, font=FONT)
    numbers = _lvl(0, "decimal", "%1)", 714) + _lvl(1, "lowerLetter", "%2)", 1071)
    return (
        XML_HEAD
        + f'<w:numbering xmlns:w="{W_NS}">'
        + f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>{bullets}</w:abstractNum>'
        + f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>{numbers}</w:abstractNum>'
        + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        + "</w:numbering>"
    )


def _footnotes() -> str:
    return (
        XML_HEAD
        + f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        + '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + "<w:r><w:separator/></w:r></w:p></w:footnote>"
        + '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        + "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        + "</w:footnotes>"
    )


# The fonts the template and the writer name, described as Word describes them in its
# own font table. OOXML has no list of fallback fonts: where a font is missing, Word picks
# the installed font closest to this description (a sans-serif of the same build and
# character sets: Arial, Helvetica…) and LibreOffice asks fontconfig, whose metric aliases
# give Carlito for Calibri (same widths: the same pages), else the default sans-serif.
# Symbols (the ✓ of done items) are found glyph by glyph in any font that has them.
# See packaging/README.md ("Fonts").
FONT_TABLE = (
    # name, PANOSE-1, signature (usb0-3, csb0-1): what Word writes for these fonts
    (FONT, "020F0502020204030204", ("E4002EFF", "C000247B", "00000009", "00000000", "000001FF", "00000000")),
    ("Segoe UI Symbol", "020B0502040204020203", ("800001E3", "1200FFEF", "00040000", "04000000", "00000001", "00000000")),
)


def _font_table() -> str:
    fonts = "".join(
        f'<w:font w:name="{name}"><w:panose1 w:val="{panose}"/><w:charset w:val="00"/>'
        '<w:family w:val="swiss"/><w:pitch w:val="variable"/>'
        f'<w:sig w:usb0="{sig[0]}" w:usb1="{sig[1]}" w:usb2="{sig[2]}" w:usb3="{sig[3]}" '
        f'w:csb0="{sig[4]}" w:csb1="{sig[5]}"/></w:font>'
        for name, panose, sig in FONT_TABLE
    )
    return XML_HEAD + f'<w:fonts xmlns:w="{W_NS}">' + fonts + "</w:fonts>"


def _core() -> str:
    return (
        XML_HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + "<dc:title>Modèle MES Desk</dc:title><dc:creator>MES Desk</dc:creator><dc:language>fr-FR</dc:language>"
        + "</cp:coreProperties>"
    )


def _app() -> str:
    return (
        XML_HEAD
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        + "<Application>MES Desk</Application></Properties>"
    )


PARTS: dict[str, Callable[[], str]] = {
    "[Content_Types].xml": _content_types,
    "_rels/.rels": _package_rels,
    "docProps/core.xml": _core,
    "docProps/app.xml": _app,
    "word/document.xml": _document,
    "word/_rels/document.xml.rels": _document_rels,
    "word/styles.xml": _styles,
    "word/settings.xml": _settings,
    "word/numbering.xml": _numbering,
    "word/footnotes.xml": _footnotes,
    "word/fontTable.xml": _font_table,
}


def build(out: Path = OUT) -> Path:
    """Write the template to ``out`` (deterministic bytes)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, make in PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, make().encode("utf-8"))
    tmp.replace(out)
    return out


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    print(build(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
