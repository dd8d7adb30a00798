"""Opening a Word file we did not write, safely.

Every check that can refuse a file runs here, before any XML is parsed, and each
refusal is an ``ImportFileError`` whose text tells the user what the file is and what
to do. What is refused: a file that is not a zip (a ``.doc``, an encrypted ``.docx`` —
both are OLE compound files —, RTF, PDF, OpenDocument, Excel…), a truncated or damaged
zip, a zip bomb (declared sizes and ratios are checked before anything is
decompressed, and every read is bounded), an XML part with a DTD (entity expansion
tricks: a Word part never has one) and XML that does not parse.

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

MiB = 1024 * 1024
# A Word report with photos can be tens of megabytes; beyond this it is not a report.
MAX_FILE_BYTES = 200 * MiB
MAX_MEMBERS = 20_000
# Sum of the sizes the zip declares once decompressed (images included, though we
# never decompress them): a zip bomb declares far more.
MAX_TOTAL_UNCOMPRESSED = 1024 * MiB
# One XML part we parse (document, footnotes, styles, numbering).
MAX_XML_PART_BYTES = 128 * MiB
# Text XML compresses 5-30 times; a member above this ratio (and big) is a bomb.
MAX_RATIO = 200
RATIO_CHECK_ABOVE = 1 * MiB

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

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


def _size(n: int) -> str:
    return f"{n / MiB:.0f} Mo" if n >= MiB else f"{max(1, n // 1024)} Ko"


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
                f"({_size(info.file_size)}, limite {_size(limit)})."
            )
        try:
            with self._zip.open(info) as fh:
                data = fh.read(limit + 1)
        except RuntimeError as exc:  # zip-level encryption of a member
            raise ImportFileError(
                f"{self.path.name} est protégé par un mot de passe : enregistrez-en une copie sans protection."
            ) from exc
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
        head = data[:4096]
        if b"<!DOCTYPE" in head or b"<\x00!\x00D\x00O\x00C\x00" in head or b"<!ENTITY" in data[:65536]:
            raise ImportFileError(
                f"{self.path.name} est refusé : la partie {name} contient des déclarations XML "
                "(DTD, entités) qu'un document Word n'a jamais."
            )
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
            raise ImportFileError(
                f"{self.path.name} est refusé : la partie {name} contient une déclaration DTD "
                "qu'un document Word n'a jamais."
            )
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
        if main is None:
            if any(n.startswith("xl/") for n in self._names):
                raise ImportFileError(f"{self.path.name} est un classeur Excel, pas un document Word.")
            if any(n.startswith("ppt/") for n in self._names):
                raise ImportFileError(f"{self.path.name} est une présentation PowerPoint, pas un document Word.")
            raise ImportFileError(
                f"{self.path.name} n'est pas un document Word (.docx) : aucun texte principal trouvé."
            )
        return main

    def _damaged(self, detail: str) -> ImportFileError:
        return ImportFileError(
            f"{self.path.name} est endommagé ({detail}) : ouvrez-le dans Word ou LibreOffice "
            "et enregistrez-le de nouveau en .docx."
        )


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target)) if folder else posixpath.normpath(target)


def open_package(path: str | Path) -> DocxPackage:
    """Check a file and open it as a Word package, or raise ``ImportFileError``."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ImportFileError(f"{name} est un dossier, pas un document Word.")
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError as exc:
        raise ImportFileError(f"Le fichier {path} n'existe pas.") from exc
    except PermissionError as exc:
        raise ImportFileError(f"Le fichier {name} ne peut pas être lu (droits d'accès).") from exc
    except OSError as exc:
        raise ImportFileError(f"Le fichier {name} ne peut pas être lu ({exc.strerror}).") from exc
    if size == 0:
        raise ImportFileError(f"{name} est vide (0 octet).")
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"{name} est trop volumineux pour un bilan ({_size(size)}, limite {_size(MAX_FILE_BYTES)})."
        )
    if head.startswith(OLE_MAGIC):
        raise ImportFileError(_ole_message(path))
    if not head.startswith(ZIP_MAGICS):
        raise ImportFileError(_foreign_message(path, head))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ImportFileError(
            f"{name} est tronqué ou endommagé (archive incomplète) : "
            "ouvrez-le dans Word ou LibreOffice et enregistrez-le de nouveau en .docx."
        ) from exc
    except Exception as exc:  # noqa: BLE001 - zipfile raises many kinds (NotImplementedError, struct.error…) on a damaged directory
        raise ImportFileError(
            f"{name} est endommagé (répertoire de l'archive illisible) : "
            "ouvrez-le dans Word ou LibreOffice et enregistrez-le de nouveau en .docx."
        ) from exc
    try:
        _check_members(path, archive)
        return DocxPackage(path, archive)
    except BaseException:
        archive.close()
        raise


def _check_members(path: Path, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ImportFileError(
            f"{path.name} n'est pas un document Word plausible ({len(infos)} éléments dans l'archive)."
        )
    names = [i.filename for i in infos]
    if "mimetype" in names:
        try:
            with archive.open("mimetype") as fh:
                mimetype = fh.read(200)
        except Exception:  # noqa: BLE001 - any failure here only means "not ODF"
            mimetype = b""
        if b"opendocument" in mimetype:
            raise ImportFileError(
                f"{path.name} est un document OpenDocument (LibreOffice) : "
                "enregistrez-le au format Word (.docx) puis importez la copie."
            )
    total = 0
    for info in infos:
        total += info.file_size
        # Only the XML parts are ever decompressed; a picture (an uncompressed bitmap
        # compresses very well) is never read, so only the total cap applies to it.
        readable = info.filename.endswith((".xml", ".rels"))
        if readable and info.file_size > RATIO_CHECK_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFileError(
                f"{path.name} est refusé : l'élément {info.filename} se décompresse en "
                f"{_size(info.file_size)} à partir de {_size(info.compress_size)} (archive piégée ?)."
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ImportFileError(
            f"{path.name} est refusé : son contenu décompressé ferait {_size(total)} "
            f"(limite {_size(MAX_TOTAL_UNCOMPRESSED)}, archive piégée ?)."
        )
    if len(set(names)) != len(names):
        raise ImportFileError(f"{path.name} est endommagé : l'archive contient des éléments en double.")


def _ole_message(path: Path) -> str:
    """An OLE compound file: an old .doc, an encrypted .docx, or another Office file."""
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return (
            f"{path.name} est protégé par un mot de passe : ouvrez-le dans Word, retirez le mot de passe "
            "(Fichier > Informations > Protéger le document) et importez la copie."
        )
    if "WordDocument".encode("utf-16-le") in data:
        return (
            f"{path.name} est au format Word 97-2003 (.doc) : ouvrez-le dans Word ou LibreOffice, "
            "enregistrez-le en .docx, puis importez la copie."
        )
    if "Workbook".encode("utf-16-le") in data:
        return f"{path.name} est un classeur Excel ancien format (.xls), pas un document Word."
    return (
        f"{path.name} est un fichier Office d'ancien format, pas un document Word .docx : "
        "enregistrez-le en .docx puis importez la copie."
    )


def _foreign_message(path: Path, head: bytes) -> str:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        kind = "un document RTF"
    elif stripped.startswith(b"%PDF"):
        kind = "un PDF"
    elif stripped[:1] == b"<":
        kind = "un fichier XML ou HTML (Word 2003 ou page web)"
    else:
        kind = "un fichier d'un autre format"
    return (
        f"{path.name} n'est pas un document Word .docx ({kind}) : "
        "ouvrez-le dans Word ou LibreOffice et enregistrez-le en .docx."
    )
