"""The fonts a Word export names, and what happens where they are missing.

OOXML has no list of fallback fonts: the font table describes each font (PANOSE-1
classification, family, pitch, character sets) and a missing font is replaced by the
installed one closest to that description (Word), or by fontconfig's choice (LibreOffice:
Carlito for Calibri, same widths; else the default sans-serif). The fast test checks the
export describes every font it names; the slow one renders it on a system with neither
Calibri nor Carlito.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARTS_NAMING_FONTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml")


def _named_fonts(package: zipfile.ZipFile) -> set[str]:
    names: set[str] = set()
    for part in PARTS_NAMING_FONTS:
        if part in package.namelist():
            xml = package.read(part).decode("utf-8")
            for element in re.findall(r"<w:rFonts [^>]*>", xml):
                names |= set(re.findall(r'w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"', element))
    return names


def test_every_font_the_export_names_is_described_for_substitution(sample_export: Path) -> None:
    import xml.etree.ElementTree as ET

    with zipfile.ZipFile(sample_export) as package:
        named = _named_fonts(package)
        table = ET.fromstring(package.read("word/fontTable.xml"))
    assert {"Calibri", "Segoe UI Symbol"} <= named, named  # body text and the ✓ of done items
    described = {font.get(W + "name"): font for font in table.iter(W + "font")}
    for name in named:
        assert name in described, f"{name} is named but not in the font table"
        font = described[name]
        assert font.find(W + "panose1") is not None, f"{name}: no PANOSE-1 classification"
        assert font.find(W + "family").get(W + "val") == "swiss", f"{name}: not described as a sans-serif"
        assert font.find(W + "pitch").get(W + "val") == "variable"


@pytest.mark.slow
def test_without_calibri_nor_carlito_libreoffice_falls_back_to_a_sans_serif(
    sample_export: Path, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for the rendering checks (make test-slow installs it)"
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    assert dejavu.is_dir(), "fonts-dejavu-core is installed by tools/install-system-deps.sh"
    # A system whose only fonts are DejaVu's, with the usual fontconfig rules.
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/conf.d</include>'
        f"<dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FONTCONFIG_FILE": str(config)}
    found = subprocess.run(["fc-match", "Calibri"], env=env, capture_output=True, text=True, check=True).stdout
    assert "DejaVu Sans" in found and "Carlito" not in found
    completed = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(sample_export)],
        env=env, capture_output=True, text=True, timeout=300,
    )
    pdf = tmp_path / (sample_export.stem + ".pdf")
    assert completed.returncode == 0 and pdf.exists(), completed.stderr
    data = pdf.read_bytes()
    fonts = {re.sub(rb"^[A-Z]{6}\+", b"", f).decode() for f in re.findall(rb"/BaseFont\s*/([\w+-]+)", data)}
    # Every text run lands in the sans-serif (regular, bold, italic): no serif, no symbol font.
    assert fonts and all(f.startswith("DejaVuSans") and "Mono" not in f for f in fonts), fonts
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 8 <= pages <= 18, pages  # DejaVu Sans is wider than Calibri: a page or two more
