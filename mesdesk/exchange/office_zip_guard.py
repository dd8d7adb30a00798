"""Checks shared by everything that opens an Office file someone else wrote.

A ``.docx`` or ``.xlsx`` is a zip of XML parts; one sent back by someone else is
untrusted. Before any XML parser sees it, these checks refuse it with a message that
says what the file is and what to do: a file that cannot be read, another format (an
old ``.doc``/``.xls`` or a password-protected file — both OLE compound files —, RTF,
PDF, OpenDocument, the other Office kind), a damaged zip, a zip bomb (declared sizes
and ratios are checked before anything is decompressed) and XML declaring a DTD or
entities (entity expansion tricks: an Office part never has one).

Each importer keeps what is its own: its limits, the parts it needs and how it reads
them (``docx_import.package_guard``, ``xlsx.zip_guard``).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from mesdesk.exchange.errors import ImportFileError

MiB = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: old .doc/.xls, or encrypted OOXML
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# The streams of an encrypted OOXML file, as stored (UTF-16LE) in the compound file's directory.
_ENCRYPTION_STREAMS = tuple(s.encode("utf-16-le") for s in ("EncryptionInfo", "EncryptedPackage"))
# Entity expansion attacks need a DTD; markers in the encodings an XML part may use.
_DECLARATIONS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("ascii", "utf-16-le", "utf-16-be"))
_CHUNK = 256 * 1024
# OpenDocument files are zips too; their ``mimetype`` member says which kind.
_ODF_KINDS = (
    (b"opendocument.text", "un document texte OpenDocument de LibreOffice (.odt)"),
    (b"opendocument.spreadsheet", "un classeur OpenDocument de LibreOffice (.ods)"),
    (b"opendocument.presentation", "une présentation OpenDocument de LibreOffice (.odp)"),
    (b"opendocument", "un fichier OpenDocument de LibreOffice"),
)


@dataclass(frozen=True)
class OfficeKind:
    """One kind of Office document, as the messages name it and as its files show it."""

    noun: str  # with its article: "un document Word"
    application: str
    extension: str
    old_extension: str
    ole_stream: str  # the stream that holds an old binary file of this kind
    zip_folder: str  # the folder of its parts in an OOXML package
    protection_menu: str  # where the application removes a password


WORD = OfficeKind("un document Word", "Word", ".docx", ".doc", "WordDocument", "word/", "Protéger le document")
EXCEL = OfficeKind("un classeur Excel", "Excel", ".xlsx", ".xls", "Workbook", "xl/", "Protéger le classeur")
POWERPOINT = OfficeKind(
    "une présentation PowerPoint", "PowerPoint", ".pptx", ".ppt", "PowerPoint Document", "ppt/",
    "Protéger la présentation",
)
KINDS = (WORD, EXCEL, POWERPOINT)


@dataclass(frozen=True)
class ZipLimits:
    """What a package may hold before it is refused as implausible or as a zip bomb."""

    file_bytes: int
    members: int
    total_bytes: int  # the sum of the sizes the zip declares once decompressed
    member_bytes: int | None = None  # one member's declared size; None: only the total counts
    ratio: int = 200  # XML compresses 5-50 times; a bomb hundreds to millions of times
    ratio_from: int = MiB  # tiny members may compress absurdly well, harmlessly
    ratio_suffixes: tuple[str, ...] | None = None  # the members whose ratio counts; None: all


@dataclass(frozen=True)
class OleContent:
    """What an OLE compound file holds, as far as its directory tells."""

    encrypted: bool
    kind: OfficeKind | None  # the Office kind of an old binary file, when recognised


def size_text(n: int) -> str:
    return f"{n / MiB:.0f} Mo" if n >= MiB else f"{max(1, n // 1024)} Ko"


# -- the file's first bytes and what they say -------------------------------------------

def read_head(
    path: Path,
    kind: OfficeKind,
    length: int | None = 8,
    *,
    subject: str = "Le fichier",
    error: type[Exception] = ImportFileError,
) -> tuple[int, bytes]:
    """The file's size and first ``length`` bytes (all with ``None``), or ``error`` saying why not."""
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise error(f"{subject} {name} est un dossier, pas {kind.noun}.")
        with path.open("rb") as fh:
            head = fh.read() if length is None else fh.read(length)
    except FileNotFoundError as exc:
        raise error(f"{subject} {path} n'existe pas.") from exc
    except PermissionError as exc:
        raise error(f"{subject} {name} ne peut pas être lu (droits d'accès).") from exc
    except OSError as exc:
        raise error(f"{subject} {name} ne peut pas être lu ({exc.strerror}).") from exc
    return size, head


def is_ole(head: bytes) -> bool:
    return head.startswith(OLE_MAGIC)


def is_zip(head: bytes) -> bool:
    return head.startswith(ZIP_MAGICS)


def ole_content(data: bytes) -> OleContent:
    """Whether a compound file is encrypted OOXML, else which old Office kind it is."""
    if any(stream in data for stream in _ENCRYPTION_STREAMS):
        return OleContent(True, None)
    return OleContent(False, next((k for k in KINDS if k.ole_stream.encode("utf-16-le") in data), None))


def foreign_format(head: bytes) -> str:
    """What a file that is neither a zip nor a compound file seems to be: "un PDF"…"""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        return "un fichier vide"
    if stripped.startswith(b"{\\rtf"):
        return "un document RTF"
    if stripped.startswith(b"%PDF"):
        return "un PDF"
    if stripped[:1] == b"<":
        return "un fichier XML ou HTML (Office 2003 ou page web)"
    return "un fichier d'un autre format"


def declares_dtd(data: bytes) -> bool:
    """True when XML bytes hold a DTD or entity declaration anywhere."""
    return any(marker in data for marker in _DECLARATIONS)


def member_declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """``declares_dtd`` for a zip member, streamed so a large part is never held whole."""
    keep = max(len(m) for m in _DECLARATIONS) - 1
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            window = tail + chunk
            if declares_dtd(window):
                return True
            tail = window[-keep:]
    return False


# -- messages ---------------------------------------------------------------------------

def password_message(name: str, kind: OfficeKind) -> str:
    return (
        f"{name} est protégé par un mot de passe : ouvrez-le dans {kind.application}, retirez le mot de passe "
        f"(Fichier > Informations > {kind.protection_menu}) et importez la copie."
    )


def damaged_message(name: str, kind: OfficeKind, detail: str) -> str:
    return (
        f"{name} est endommagé ({detail}) : ouvrez-le dans {kind.application} ou LibreOffice "
        f"et enregistrez-le de nouveau en {kind.extension}."
    )


def declarations_message(name: str, part: str, kind: OfficeKind) -> str:
    return (
        f"{name} est refusé : la partie {part} contient des déclarations XML (DTD, entités) "
        f"qu'{kind.noun} n'a jamais."
    )


def ole_message(name: str, data: bytes, kind: OfficeKind) -> str:
    """An OLE compound file: an encrypted file, an old binary file of this or another kind."""
    content = ole_content(data)
    if content.encrypted:
        return password_message(name, kind)
    if content.kind is kind:
        return (
            f"{name} est au format {kind.application} 97-2003 ({kind.old_extension}) : ouvrez-le dans "
            f"{kind.application} ou LibreOffice, enregistrez-le en {kind.extension}, puis importez la copie."
        )
    if content.kind is not None:
        return f"{name} est {content.kind.noun} ancien format ({content.kind.old_extension}), pas {kind.noun}."
    return (
        f"{name} est un fichier Office d'ancien format, pas {kind.noun} {kind.extension} : "
        f"enregistrez-le en {kind.extension} puis importez la copie."
    )


def foreign_message(name: str, head: bytes, kind: OfficeKind) -> str:
    return (
        f"{name} n'est pas {kind.noun} {kind.extension} ({foreign_format(head)}) : "
        f"ouvrez-le dans {kind.application} ou LibreOffice et enregistrez-le en {kind.extension}."
    )


def other_package_message(name: str, names: set[str], kind: OfficeKind, detail: str) -> str:
    """A zip without the parts ``kind`` needs: another Office kind, or ``detail``."""
    for other in KINDS:
        if other is not kind and any(n.startswith(other.zip_folder) for n in names):
            return f"{name} est {other.noun}, pas {kind.noun}."
    return f"{name} n'est pas {kind.noun} ({kind.extension}) : {detail}."


# -- the whole check --------------------------------------------------------------------

def open_office_zip(path: Path, kind: OfficeKind, limits: ZipLimits) -> zipfile.ZipFile:
    """Check an untrusted file and open it as a zip (the caller closes it), or raise ``ImportFileError``."""
    name = path.name
    size, head = read_head(path, kind)
    if size == 0:
        raise ImportFileError(f"{name} est vide (0 octet) : ce n'est pas {kind.noun} ({kind.extension}).")
    if size > limits.file_bytes:
        raise ImportFileError(
            f"{name} est anormalement gros ({size_text(size)}, limite {size_text(limits.file_bytes)}) : refusé."
        )
    if is_ole(head):
        try:
            data = path.read_bytes()  # bounded by the size check above
        except OSError:
            data = b""
        raise ImportFileError(ole_message(name, data, kind))
    if not is_zip(head):
        raise ImportFileError(foreign_message(name, head, kind))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ImportFileError(
            f"{name} est tronqué ou endommagé (archive incomplète) : ouvrez-le dans {kind.application} "
            f"ou LibreOffice et enregistrez-le de nouveau en {kind.extension}."
        ) from exc
    except Exception as exc:  # noqa: BLE001 - zipfile raises many kinds (NotImplementedError, struct.error…) on a damaged directory
        raise ImportFileError(damaged_message(name, kind, "répertoire de l'archive illisible")) from exc
    try:
        check_members(archive, name, kind, limits)
    except BaseException:
        archive.close()
        raise
    return archive


def check_members(archive: zipfile.ZipFile, name: str, kind: OfficeKind, limits: ZipLimits) -> None:
    """Refuse an OpenDocument file, an implausible member count, duplicates and zip bombs."""
    infos = archive.infolist()
    if len(infos) > limits.members:
        raise ImportFileError(
            f"{name} est refusé : l'archive contient un nombre anormal d'éléments "
            f"({len(infos)}, limite {limits.members})."
        )
    names = [info.filename for info in infos]
    if "mimetype" in names:
        try:
            with archive.open("mimetype") as fh:
                mimetype = fh.read(200)
        except Exception:  # noqa: BLE001 - any failure here only means "not ODF"
            mimetype = b""
        odf = next((label for marker, label in _ODF_KINDS if marker in mimetype), None)
        if odf is not None:
            raise ImportFileError(
                f"{name} est {odf} : enregistrez-le au format {kind.application} "
                f"({kind.extension}) puis importez la copie."
            )
    if len(set(names)) != len(names):
        raise ImportFileError(f"{name} est endommagé : l'archive contient des éléments en double.")
    total = 0
    for info in infos:
        total += info.file_size
        if limits.member_bytes is not None and info.file_size > limits.member_bytes:
            raise ImportFileError(
                f"{name} est refusé : l'élément {info.filename} est anormalement volumineux une fois décompressé "
                f"({size_text(info.file_size)}, limite {size_text(limits.member_bytes)}, archive piégée ?)."
            )
        counted = limits.ratio_suffixes is None or info.filename.lower().endswith(limits.ratio_suffixes)
        if counted and info.file_size > limits.ratio_from and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise ImportFileError(
                f"{name} est refusé : l'élément {info.filename} est anormalement volumineux une fois décompressé "
                f"({size_text(info.file_size)} à partir de {size_text(info.compress_size)}, archive piégée ?)."
            )
    if total > limits.total_bytes:
        raise ImportFileError(
            f"{name} est refusé : son contenu est anormalement volumineux une fois décompressé "
            f"({size_text(total)}, limite {size_text(limits.total_bytes)}, archive piégée ?)."
        )
