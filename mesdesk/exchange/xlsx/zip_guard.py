"""Checks on a returned workbook before any XML parser sees it.

A file sent back by someone else is untrusted: the checks every Office file goes
through (another format, password, damage, zip bomb) are in
``mesdesk.exchange.office_zip_guard``, with a workbook's limits from here. What is the
workbook's own: the parts it must have, and every XML part scanned for a DTD before
openpyxl parses it (entity tricks such as the billion laughs).
"""

from __future__ import annotations

from pathlib import Path

from mesdesk.exchange.errors import ImportFileError
from mesdesk.exchange.office_zip_guard import (
    EXCEL,
    MiB,
    ZipLimits,
    damaged_message,
    declarations_message,
    member_declares_dtd,
    open_office_zip,
    other_package_message,
    password_message,
)

# Far above any real report (1,000 indicators make a sheet of about 1 MB) and low
# enough that a refused file costs a fraction of a second. openpyxl reads pictures
# too, so every member's ratio counts.
LIMITS = ZipLimits(file_bytes=50 * MiB, members=5_000, total_bytes=256 * MiB, member_bytes=64 * MiB)

_XML_SUFFIXES = (".xml", ".rels", ".vml")


def check_xlsx_file(path: Path) -> None:
    """Raise ``ImportFileError`` unless ``path`` looks like a sane .xlsx workbook."""
    name = path.name
    with open_office_zip(path, EXCEL, LIMITS) as archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
            raise ImportFileError(other_package_message(name, names, EXCEL, "aucun classeur trouvé dans l'archive"))
        for info in archive.infolist():
            if not info.filename.lower().endswith(_XML_SUFFIXES):
                continue
            try:
                declared = member_declares_dtd(archive, info)
            except RuntimeError as exc:  # zip-level encryption of a member
                raise ImportFileError(password_message(name, EXCEL)) from exc
            except Exception as exc:  # noqa: BLE001 - zlib errors, bad CRC, unsupported compression…
                raise ImportFileError(damaged_message(name, EXCEL, f"la partie {info.filename} est illisible")) from exc
            if declared:
                raise ImportFileError(declarations_message(name, info.filename, EXCEL))
