"""Files that are not what they claim, or are built to hurt, are refused clearly and fast."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook
from xlsx_testing import report_of, rewrite_zip, sheet_part

from mesdesk.exchange.errors import ImportFileError
from mesdesk.exchange.office_zip_guard import OLE_MAGIC
from mesdesk.exchange.xlsx import indicators_import, read_indicator_updates, zip_guard
from mesdesk.store.workspace import Workspace

QUICK_S = 1.0

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Identifiant (ne pas modifier)</t></is></c><c r="B1" t="inlineStr"><is><t>2024</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c><c r="B2"><v>1</v></c></row>
</sheetData></worksheet>"""


def refused(path: Path, ws: Workspace, match: str) -> None:
    start = time.perf_counter()
    with pytest.raises(ImportFileError, match=match):
        read_indicator_updates(path, report_of(ws))
    assert time.perf_counter() - start < QUICK_S


def test_text_file_and_empty_file(small_workspace: Workspace, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("Visites;52464\n", encoding="utf-8")
    refused(text, small_workspace, "n'est pas un classeur Excel")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refused(empty, small_workspace, "n'est pas un classeur Excel")
    refused(tmp_path / "absent.xlsx", small_workspace, "n'existe pas")
    refused(tmp_path, small_workspace, "dossier")


def test_other_zip_formats(small_workspace: Workspace, tmp_path: Path) -> None:
    docx = tmp_path / "bilan.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    refused(docx, small_workspace, "document Word")
    ods = tmp_path / "tableau.xlsx"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    refused(ods, small_workspace, r"\.ods")
    other = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("a.txt", "a")
    refused(other, small_workspace, "n'est pas un classeur Excel")


def test_password_protected_and_old_xls(small_workspace: Workspace, tmp_path: Path) -> None:
    # An encrypted OOXML file is an OLE compound file with an EncryptionInfo stream.
    encrypted = tmp_path / "protege.xlsx"
    encrypted.write_bytes(OLE_MAGIC + b"\0" * 1000 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 3000)
    refused(encrypted, small_workspace, "mot de passe")
    xls = tmp_path / "ancien.xlsx"
    xls.write_bytes(OLE_MAGIC + b"\0" * 1000 + "Workbook".encode("utf-16-le") + b"\0" * 3000)
    refused(xls, small_workspace, r"97-2003 \(\.xls\)")


def test_damaged_workbook(small_workspace: Workspace, small_xlsx: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "coupe.xlsx"
    data = small_xlsx.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    refused(truncated, small_workspace, "endommagé")
    broken = rewrite_zip(small_xlsx, tmp_path / "casse.xlsx", {"xl/workbook.xml": b"<workbook"})
    refused(broken, small_workspace, "endommagé")


def test_no_indicators_sheet(small_workspace: Workspace, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Feuil1"
    wb.save(tmp_path / "autre.xlsx")
    refused(tmp_path / "autre.xlsx", small_workspace, "pas de feuille « Indicateurs »")


def test_zip_bomb(small_workspace: Workspace, small_xlsx: Path, tmp_path: Path) -> None:
    # 40 MB of zeros deflate to about 40 kB: a ratio of a thousand.
    bomb = rewrite_zip(small_xlsx, tmp_path / "bombe.xlsx", add={"xl/media/image1.bin": bytes(40 * 1024 * 1024)})
    assert bomb.stat().st_size < 200_000
    refused(bomb, small_workspace, "anormalement volumineux")


@pytest.mark.parametrize(
    "limit,value,match",
    [
        ("file_bytes", 1_000, "anormalement gros"),
        ("member_bytes", 1_000, "anormalement volumineux"),
        ("total_bytes", 10_000, "anormalement volumineux"),
        ("members", 3, "nombre anormal"),
    ],
)
def test_size_limits(
    small_workspace: Workspace, small_xlsx: Path, monkeypatch: pytest.MonkeyPatch, limit: str, value: int, match: str
) -> None:
    """Each limit refuses on its own (lowered here so a small file crosses it)."""
    monkeypatch.setattr(zip_guard, "LIMITS", replace(zip_guard.LIMITS, **{limit: value}))
    refused(small_xlsx, small_workspace, match)


def test_entity_tricks_refused_before_parsing(small_workspace: Workspace, small_xlsx: Path, tmp_path: Path) -> None:
    part = sheet_part(small_xlsx, "Indicateurs")
    laughs = rewrite_zip(small_xlsx, tmp_path / "rires.xlsx", {part: BILLION_LAUGHS})
    refused(laughs, small_workspace, "entités")


def test_entity_tricks_refused_by_defusedxml_too(
    small_workspace: Workspace, small_xlsx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the pre-check, openpyxl (through defusedxml) still refuses the DTD."""
    part = sheet_part(small_xlsx, "Indicateurs")
    laughs = rewrite_zip(small_xlsx, tmp_path / "rires.xlsx", {part: BILLION_LAUGHS})
    skip_guard: Callable[[Path], None] = lambda path: None
    monkeypatch.setattr(indicators_import, "check_xlsx_file", skip_guard)
    refused(laughs, small_workspace, "entités")


def sheet_xml(dimension: str, rows: str) -> bytes:
    return (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Identifiant (ne pas modifier)</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>2024</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>ind-visits</t></is></c><c r="B2"><v>60000</v></c></row>'
        f"{rows}</sheetData></worksheet>"
    ).encode()


def test_whole_sheet_dimension_is_read_within_bounds(small_workspace: Workspace, small_xlsx: Path, tmp_path: Path) -> None:
    part = sheet_part(small_xlsx, "Indicateurs")
    path = rewrite_zip(small_xlsx, tmp_path / "dim.xlsx", {part: sheet_xml("A1:XFD1048576", "")})
    start = time.perf_counter()
    summary = read_indicator_updates(path, report_of(small_workspace))
    assert time.perf_counter() - start < QUICK_S
    assert [(c.uid, c.new) for c in summary.changed] == [("ind-visits", 60000)]


def test_a_row_far_down_the_sheet_is_refused(small_workspace: Workspace, small_xlsx: Path, tmp_path: Path) -> None:
    part = sheet_part(small_xlsx, "Indicateurs")
    far = '<row r="1048576"><c r="B1048576"><v>1</v></c></row>'
    path = rewrite_zip(small_xlsx, tmp_path / "loin.xlsx", {part: sheet_xml("A1:B1048576", far)})
    refused(path, small_workspace, "plus de 20\u202f000 lignes")
