"""Checks on a returned workbook before any XML parser sees it.

A file sent back by someone else is untrusted: it may be another format renamed
``.xlsx``, a password-protected workbook, a damaged file, a "zip bomb" (a few
kilobytes that inflate to gigabytes) or XML with entity tricks (billion laughs).
Everything here reads only the zip directory and streams member bytes, so a bad
file is refused quickly and with a message that says what to do.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from mesdesk.exchange.errors import ImportFileError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: encrypted OOXML or old .xls
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# "EncryptionInfo" as stored (UTF-16LE) in the compound file's directory.
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_OLE_SCAN_BYTES = 1 << 20

# Far above any real report (1,000 indicators make a sheet of about 1 MB) and low
# enough that a refused file costs a fraction of a second.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 5_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
# Spreadsheet XML compresses 5–50×; a bomb compresses hundreds to millions of times.
MAX_RATIO = 200
RATIO_CHECK_FROM = 1024 * 1024  # tiny members may compress absurdly well, harmlessly

_XML_SUFFIXES = (".xml", ".rels", ".vml")
# A workbook never declares a DTD; entity expansion attacks need one.
_FORBIDDEN_XML = (b"<!DOCTYPE", b"<!ENTITY")
_CHUNK = 256 * 1024


def check_xlsx_file(path: Path) -> None:
    """Raise ``ImportFileError`` unless ``path`` looks like a sane .xlsx workbook."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(_OLE_SCAN_BYTES)
    except FileNotFoundError as exc:
        raise ImportFileError(f"Le fichier {path} n'existe pas.") from exc
    except IsADirectoryError as exc:
        raise ImportFileError(f"{path} est un dossier, pas un classeur Excel.") from exc
    except PermissionError as exc:
        raise ImportFileError(f"Le fichier {name} ne peut pas être lu (droits d'accès).") from exc

    if head.startswith(OLE_MAGIC):
        if _ENCRYPTION_STREAM in head:
            raise ImportFileError(
                f"{name} est protégé par un mot de passe : ouvrez-le dans Excel, retirez la protection "
                "(Fichier > Informations > Protéger le classeur), enregistrez-le puis recommencez."
            )
        raise ImportFileError(
            f"{name} est un classeur Excel 97-2003 (.xls) : ouvrez-le et enregistrez-le au format .xlsx."
        )
    if not head.startswith(ZIP_MAGICS):
        raise ImportFileError(f"{name} n'est pas un classeur Excel (.xlsx).")
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            f"{name} est anormalement gros ({size // (1024 * 1024)} Mo) pour un tableau d'indicateurs : refusé."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name)
    except zipfile.BadZipFile as exc:
        raise ImportFileError(f"{name} est endommagé ou n'est pas un classeur Excel (.xlsx).") from exc
    except (OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        # zlib errors, encrypted zip members, unsupported compression…
        raise ImportFileError(f"{name} est endommagé ou illisible ({exc.__class__.__name__}).") from exc


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise ImportFileError(_other_format_message(archive, names, name))
    if len(infos) > MAX_MEMBERS:
        raise ImportFileError(f"{name} contient un nombre anormal d'éléments ({len(infos)}) : refusé.")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_MEMBER_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size >= RATIO_CHECK_FROM and ratio > MAX_RATIO)
        ):
            raise ImportFileError(
                f"{name} est anormalement volumineux une fois décompressé (« bombe » zip possible) : refusé."
            )
    for info in infos:
        if info.filename.lower().endswith(_XML_SUFFIXES) and _declares_dtd(archive, info):
            raise ImportFileError(
                f"{name} contient du XML avec des déclarations d'entités (piège possible) : refusé."
            )


def _declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True when the member holds a DTD or entity declaration anywhere (streamed)."""
    keep = max(len(m) for m in _FORBIDDEN_XML) - 1
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            window = tail + chunk
            if any(marker in window for marker in _FORBIDDEN_XML):
                return True
            tail = window[-keep:]
    return False


def _other_format_message(archive: zipfile.ZipFile, names: set[str], name: str) -> str:
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:100]
        except (KeyError, OSError, zipfile.BadZipFile):
            mimetype = b""
        if b"opendocument.spreadsheet" in mimetype:
            return f"{name} est un classeur LibreOffice (.ods) : enregistrez-le au format Excel (.xlsx)."
    if "word/document.xml" in names:
        return f"{name} est un document Word, pas un classeur Excel."
    return f"{name} n'est pas un classeur Excel (.xlsx)."
