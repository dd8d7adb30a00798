"""Opening the Word template the report is written into.

The template (MES Desk's default, or the organisation's own ``.docx`` / ``.dotx``)
brings page setup, header, fonts and styles; its body text is dropped. What is not a
Word document is refused with a message saying what the file is instead.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.parser import parse_xml
from lxml import etree

import mesdesk.exchange.docx.footnotes  # noqa: F401 - registers FootnotesPart before any template is opened
from mesdesk.exchange.docx.elements import W_NS, W
from mesdesk.exchange.errors import ExportError
from mesdesk.exchange.office_zip_guard import WORD, foreign_format, is_ole, is_zip, ole_content, read_head
from mesdesk.resources import templates_dir

DEFAULT_TEMPLATE_NAME = "mesdesk-default.docx"
A4_SECTION = (
    f'<w:sectPr xmlns:w="{W_NS}"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" '
    'w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
)

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
DOCUMENT_MAIN = f"{_WML}.document.main+xml"
TEMPLATE_MAIN = f"{_WML}.template.main+xml"
MACRO_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_CORE_PROPERTIES = "/metadata/core-properties"  # the end of the relationship type, transitional or strict
# A template is a few hundred KB at most; this bounds what a hostile zip may inflate to.
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024


def default_template() -> Path:
    return templates_dir() / DEFAULT_TEMPLATE_NAME


def _refuse(path: Path, why: str) -> ExportError:
    return ExportError(f"Le modèle {path.name} {why}")


def read_template_bytes(path: Path) -> bytes:
    """The template as a ``.docx`` package in memory (a ``.dotx`` gets the document content type)."""
    _, data = read_head(path, WORD, None, subject="Le modèle", error=ExportError)
    if is_ole(data):
        raise _refuse(path, _ole_refusal(data))
    if not is_zip(data):
        raise _refuse(path, f"n'est pas un fichier Word (.docx ou .dotx) : c'est {foreign_format(data[:64])}.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _refuse(path, "n'est pas un fichier Word (.docx ou .dotx).") from exc
    with archive:
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise _refuse(path, "n'est pas un fichier Word (.docx ou .dotx) : c'est une autre sorte d'archive.")
        if sum(info.file_size for info in archive.infolist()) > MAX_TEMPLATE_BYTES:
            raise _refuse(path, "est trop volumineux pour servir de modèle.")
        try:
            types = etree.fromstring(archive.read("[Content_Types].xml"))
        except etree.XMLSyntaxError as exc:
            raise _refuse(path, "est endommagé (types de contenu illisibles).") from exc
        main = next(
            (o for o in types.iterfind(f"{{{CONTENT_TYPES_NS}}}Override") if o.get("PartName") == "/word/document.xml"),
            None,
        )
        content_type = main.get("ContentType") if main is not None else None
        if content_type in MACRO_TYPES:
            raise _refuse(path, "contient des macros : enregistrez-le au format .docx ou .dotx (sans macros).")
        if content_type not in (DOCUMENT_MAIN, TEMPLATE_MAIN):
            raise _refuse(path, "n'est pas un document Word lisible (format non pris en charge).")
        changes: dict[str, bytes] = {}
        if content_type == TEMPLATE_MAIN:
            assert main is not None
            main.set("ContentType", DOCUMENT_MAIN)
            changes["[Content_Types].xml"] = _xml_bytes(types)
        rels = _single_core_properties(archive, path) if "_rels/.rels" in names else None
        if rels is not None:
            changes["_rels/.rels"] = rels
        if changes:
            return _rewrite_members(archive, changes)
    return data


def _xml_bytes(root: etree._Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _single_core_properties(archive: zipfile.ZipFile, path: Path) -> bytes | None:
    """The package relationships keeping only the first core-properties part, or None when fine.

    Some tools add a second one (the same part twice, or a copy); python-docx then
    fails when the export sets the title. The first is what Word reads too.
    """
    try:
        rels = etree.fromstring(archive.read("_rels/.rels"))
    except etree.XMLSyntaxError as exc:
        raise _refuse(path, "est endommagé (relations du paquet illisibles).") from exc
    core = [r for r in rels if (r.get("Type") or "").endswith(_CORE_PROPERTIES)]
    if len(core) < 2:
        return None
    for extra in core[1:]:
        rels.remove(extra)
    return _xml_bytes(rels)


def _ole_refusal(data: bytes) -> str:
    """Why an OLE compound file cannot serve as a template, and what to do."""
    content = ole_content(data)
    if content.encrypted:
        return "est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, au format .docx ou .dotx."
    if content.kind not in (None, WORD):
        return f"est {content.kind.noun} ancien format ({content.kind.old_extension}), pas un fichier Word."
    return (
        "est un ancien document Word (.doc/.dot) ou un fichier protégé par mot de passe : "
        "enregistrez-le au format .docx ou .dotx, sans mot de passe."
    )


def _rewrite_members(archive: zipfile.ZipFile, changes: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            target.writestr(info, changes.get(info.filename) or archive.read(info.filename))
    return out.getvalue()


def open_template(path: Path | None) -> DocxDocument:
    """The template opened with python-docx, its body emptied (the section is kept)."""
    source = default_template() if path is None else Path(path)
    data = read_template_bytes(source)
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on odd packages (Strict OOXML, damage)
        raise _refuse(source, f"ne peut pas être lu comme document Word ({exc.__class__.__name__}).") from exc
    body = document.element.body
    for child in list(body):
        if child.tag != W + "sectPr":
            body.remove(child)
    if body.find(W + "sectPr") is None:
        # Without section properties Word uses Letter paper; the report is A4.
        body.append(parse_xml(A4_SECTION))
    return document
