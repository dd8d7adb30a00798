"""Valid workbooks as other programs write them: imported, never called damaged, and quiet.

Each is the exported workbook edited the way Excel or another tool leaves it: a
picture on the Indicateurs sheet, inline strings with rich runs, mc:AlternateContent
and mc:Ignorable in the styles, the workbook and the sheet, and what makes openpyxl
warn (no default cell style, a data-bar extension, a name pointing at another
workbook). A member's figure edited in each must come through.
"""

from __future__ import annotations

import base64
import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from xlsx_testing import report_of, returned_copy, rewrite_zip, sheet_part

from mesdesk.exchange.xlsx import read_indicator_updates
from mesdesk.store.workspace import Workspace

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
DRAWING = (
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor>'
    "<xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
    '<xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>'
    f'<xdr:blipFill><a:blip xmlns:r="{R}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
    '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>'
    "</xdr:oneCellAnchor></xdr:wsDr>"
)


def _member(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def _picture(source: Path, target: Path) -> Path:
    sheet = sheet_part(source, "Indicateurs")
    rels_name = sheet.replace("worksheets/", "worksheets/_rels/") + ".rels"
    rels = _member(source, rels_name).replace(
        "</Relationships>",
        f'<Relationship Type="{R}/drawing" Target="/xl/drawings/drawing9.xml" Id="rId9"/></Relationships>',
    )
    xml = _member(source, sheet).replace("<tableParts", f'<drawing xmlns:r="{R}" r:id="rId9"/><tableParts')
    types = _member(source, "[Content_Types].xml").replace(
        "</Types>",
        '<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/drawings/drawing9.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    )
    drawing_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{R}/image" Target="../media/image1.png"/></Relationships>'
    )
    return rewrite_zip(
        source, target,
        replace={sheet: xml.encode(), rels_name: rels.encode(), "[Content_Types].xml": types.encode()},
        add={"xl/media/image1.png": PNG, "xl/drawings/drawing9.xml": DRAWING.encode(),
             "xl/drawings/_rels/drawing9.xml.rels": drawing_rels.encode()},
    )


def _inline_rich_strings(source: Path, target: Path) -> Path:
    sheet = sheet_part(source, "Indicateurs")
    xml = _member(source, sheet)
    assert xml.count('t="inlineStr"') > 10
    rich = re.sub(r"<is><t>([^<]*)</t></is>", r"<is><r><rPr><b/></rPr><t>\1</t></r></is>", xml)
    return rewrite_zip(source, target, replace={sheet: rich.encode()})


def _alternate_content(source: Path, target: Path) -> Path:
    styles = _member(source, "xl/styles.xml")
    styles = styles.replace(
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        f'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="{MC}" '
        'mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">',
    ).replace("<fonts ", '<fonts x14ac:knownFonts="1" ').replace(
        "</styleSheet>",
        '<mc:AlternateContent><mc:Choice Requires="x14ac"><x14ac:unknown/></mc:Choice><mc:Fallback/>'
        "</mc:AlternateContent></styleSheet>",
    )
    workbook = _member(source, "xl/workbook.xml").replace(
        "<workbookPr/>",
        f'<workbookPr/><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="x15"><x15ac:absPath '
        'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\Users\\membre\\"/>'
        "</mc:Choice></mc:AlternateContent>",
    )
    sheet = sheet_part(source, "Indicateurs")
    xml = _member(source, sheet).replace(
        MAIN,
        MAIN[:-1] + f' xmlns:mc="{MC}" mc:Ignorable="x14ac" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">',
    ).replace("<tableParts", '<mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice>'
              "<mc:Fallback/></mc:AlternateContent><tableParts")
    return rewrite_zip(
        source, target,
        replace={"xl/styles.xml": styles.encode(), "xl/workbook.xml": workbook.encode(), sheet: xml.encode()},
    )


def _openpyxl_warnings(source: Path, target: Path) -> Path:
    styles = re.sub(r"<cellStyles.*?</cellStyles>", "", _member(source, "xl/styles.xml"))
    sheet = sheet_part(source, "Indicateurs")
    xml = _member(source, sheet).replace(
        "<tableParts",
        '<conditionalFormatting sqref="A1:A3"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/>'
        '<cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{00000000-0000-0000-0000-'
        "000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting><tableParts",
    )
    workbook = _member(source, "xl/workbook.xml")
    elsewhere = '<definedName name="Ailleurs">[1]Feuil1!$A$1</definedName>'
    if "<definedNames>" in workbook:
        workbook = workbook.replace("<definedNames>", "<definedNames>" + elsewhere)
    else:
        workbook = workbook.replace("</sheets>", f"</sheets><definedNames>{elsewhere}</definedNames>")
    return rewrite_zip(
        source, target,
        replace={"xl/styles.xml": styles.encode(), sheet: xml.encode(), "xl/workbook.xml": workbook.encode()},
    )


BUILDERS = {
    "picture": _picture,
    "inline-rich-strings": _inline_rich_strings,
    "alternate-content": _alternate_content,
    "openpyxl-warnings": _openpyxl_warnings,
}


@pytest.fixture
def edited(small_xlsx: Path, tmp_path: Path) -> Path:
    """The returned workbook with one figure changed by the member."""
    return returned_copy(small_xlsx, tmp_path / "retour.xlsx", {"ind-visits": 61000})


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_valid_workbook_is_read_and_quiet(kind: str, edited: Path, small_workspace: Workspace, tmp_path: Path) -> None:
    path = BUILDERS[kind](edited, tmp_path / f"{kind}.xlsx")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        summary = read_indicator_updates(path, report_of(small_workspace))
    assert [w.message for w in caught] == []
    assert [(c.uid, c.new) for c in summary.changed] == [("ind-visits", 61000)]
    assert summary.is_valid


def test_import_xlsx_command_prints_no_openpyxl_warning(edited: Path, small_file: Path, tmp_path: Path) -> None:
    path = _openpyxl_warnings(edited, tmp_path / "avertissements.xlsx")
    workspace = tmp_path / "bilan.mesdesk"
    workspace.write_bytes(small_file.read_bytes())
    script = Path(sys.executable).with_name("mesdesk")
    done = subprocess.run(
        [str(script), "import-xlsx", str(path), str(workspace), "--report", "2024"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "61" in done.stdout
