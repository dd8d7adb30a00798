"""Opening a Word file we did not write, safely.

The checks every untrusted Office file goes through (another format, a damaged zip,
a zip bomb, DTDs) are in ``mesdesk.exchange.office_zip_guard``, with Word's limits
from here. What is Word's own: a package with no main document part, a part read
beyond its bound, XML that does not parse; each refusal is an ``ImportFileError``
whose text tells the user what the file is and what to do.

What is accepted although python-docx refuses it: macro-enabled documents and
templates (``.docm``, ``.dotx``, ``.dotm``: we read the parts directly, whatever the
content type says) and Strict OOXML (its namespaces are mapped onto the transitional
ones before parsing, which is all the reader needs).
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from mesdesk.exchange.errors import ImportFileError
from mesdesk.exchange.office_zip_guard import (
    WORD,
    MiB,
    ZipLimits,
    damaged_message,
    declarations_message,
    declares_dtd,
    open_office_zip,
    other_package_message,
    password_message,
    size_text,
)

# A Word report with photos can be tens of megabytes; beyond this it is not a report.
# Only the XML parts are ever decompressed: a picture (an uncompressed bitmap
# compresses very well) is never read, so only the total counts for it.
LIMITS = ZipLimits(
    file_bytes=200 * MiB,
    members=20_000,
    total_bytes=1024 * MiB,  # a zip bomb declares far more
    ratio_suffixes=(".xml", ".rels"),
)
# One XML part we parse (document, footnotes, styles, numbering).
MAX_XML_PART_BYTES = 128 * MiB

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# Strict OOXML uses other namespace URIs for the same vocabulary.
STRICT_TO_TRANSITIONAL: tuple[tuple[bytes, bytes], ...] = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
    (
        b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
)
STRICT_MARKER = b"http://purl.oclc.org/ooxml/wordprocessingml/main"

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,  # keeps libxml2's limits on depth and text node size
    remove_blank_text=False,
)


@dataclass(frozen=True)
class Relationship:
    rel_type: str  # the last segment of the type URI: "styles", "hyperlink"…
    target: str  # a part name inside the package, or an external URL
    external: bool


class DocxPackage:
    """An opened, checked ``.docx`` (or ``.docm``/``.dotx``/Strict) package.

    Parts are read on demand, each bounded and parsed with a parser that never
    resolves entities nor touches the network.
    """

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self._zip = archive
        self._names = {info.filename for info in archive.infolist()}
        self._rels_cache: dict[str, dict[str, Relationship]] = {}
        self.strict = False
        self.main_part = self._find_main_part()

    # -- context manager ----------------------------------------------------------------
    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> "DocxPackage":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- parts ---------------------------------------------------------------------------
    def has_part(self, name: str) -> bool:
        return name in self._names

    def read_bytes(self, name: str, limit: int = MAX_XML_PART_BYTES) -> bytes:
        """A member's bytes, never more than ``limit`` decompressed."""
        try:
            info = self._zip.getinfo(name)
        except KeyError as exc:
            raise self._damaged(f"la partie {name} manque") from exc
        if info.file_size > limit:
            raise ImportFileError(
                f"{self.path.name} : la partie {name} est trop volumineuse "
                f"({size_text(info.file_size)}, limite {size_text(limit)})."
            )
        try:
            with self._zip.open(info) as fh:
                data = fh.read(limit + 1)
        except RuntimeError as exc:  # zip-level encryption of a member
            raise ImportFileError(password_message(self.path.name, WORD)) from exc
        except Exception as exc:  # noqa: BLE001 - same: any failure of zipfile here is a damaged member
            raise self._damaged(f"la partie {name} est illisible") from exc
        if len(data) > limit:  # the header lied about the size: a bomb
            raise ImportFileError(
                f"{self.path.name} n'est pas un document Word valide : une partie dépasse la taille annoncée."
            )
        return data

    def xml(self, name: str) -> etree._Element:
        """Parse a part safely (no DTD, no entities, no network)."""
        data = self.read_bytes(name)
        if declares_dtd(data):
            raise ImportFileError(declarations_message(self.path.name, name, WORD))
        head = data[:4096]
        if STRICT_MARKER in head or (self.strict and b"purl.oclc.org/ooxml" in head):
            self.strict = True
            for strict_ns, transitional_ns in STRICT_TO_TRANSITIONAL:
                data = data.replace(strict_ns, transitional_ns)
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise self._damaged(f"XML illisible dans {name} : {exc.msg}") from exc
        if root is None:
            raise self._damaged(f"la partie {name} est vide")
        if root.getroottree().docinfo.doctype:  # a DTD hidden after a long prologue
            raise ImportFileError(declarations_message(self.path.name, name, WORD))
        return root

    def optional_xml(self, name: str | None) -> etree._Element | None:
        if name is None or name not in self._names:
            return None
        return self.xml(name)

    def relationships(self, source_part: str) -> dict[str, Relationship]:
        """The relationships of a part (``""`` for the package), by id."""
        if source_part in self._rels_cache:
            return self._rels_cache[source_part]
        folder, base = posixpath.split(source_part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        rels: dict[str, Relationship] = {}
        if rels_name in self._names:
            root = self.xml(rels_name)
            for rel in root:
                if not isinstance(rel.tag, str) or etree.QName(rel).localname != "Relationship":
                    continue
                rel_id = rel.get("Id") or ""
                target = rel.get("Target") or ""
                external = (rel.get("TargetMode") or "").lower() == "external"
                if not external:
                    target = _resolve(folder, target)
                rel_type = (rel.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
                rels[rel_id] = Relationship(rel_type, target, external)
        self._rels_cache[source_part] = rels
        return rels

    def related_part(self, source_part: str, rel_type: str) -> str | None:
        """The first internal part related to ``source_part`` by this type, if present."""
        for rel in self.relationships(source_part).values():
            if rel.rel_type == rel_type and not rel.external and rel.target in self._names:
                return rel.target
        return None

    # -- internals ----------------------------------------------------------------------
    def _find_main_part(self) -> str:
        main = self.related_part("", "officeDocument")
        if main is None and self.has_part("word/document.xml"):
            main = "word/document.xml"
        # A real workbook or presentation also declares an officeDocument: its main
        # part lives in xl/ or ppt/, never in a Word package's word/.
        if main is None or not main.startswith("word/"):
            raise ImportFileError(
                other_package_message(self.path.name, self._names, WORD, "aucun texte principal trouvé")
            )
        return main

    def _damaged(self, detail: str) -> ImportFileError:
        return ImportFileError(damaged_message(self.path.name, WORD, detail))


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target)) if folder else posixpath.normpath(target)


def open_package(path: str | Path) -> DocxPackage:
    """Check a file and open it as a Word package, or raise ``ImportFileError``."""
    path = Path(path)
    archive = open_office_zip(path, WORD, LIMITS)
    try:
        return DocxPackage(path, archive)
    except BaseException:
        archive.close()
        raise
