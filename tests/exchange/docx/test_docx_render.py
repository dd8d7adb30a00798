"""LibreOffice renders the sample's export as a report: 8 to 16 pages, cover alone,
footer with page numbers from page 2, footnotes at the foot of their pages.

Slow (a LibreOffice start-up): run by ``make test-slow``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.fixture(scope="module")
def sample_pdf(sample_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for the rendering checks (make test-slow installs it)"
    out = tmp_path_factory.mktemp("pdf")
    profile = tmp_path_factory.mktemp("lo-profile")  # a private profile: no clash with a running LibreOffice
    completed = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(sample_export)],
        capture_output=True, text=True, timeout=180,
    )
    pdf = out / (sample_export.stem + ".pdf")
    assert completed.returncode == 0 and pdf.exists(), completed.stderr
    return pdf


def test_libreoffice_renders_8_to_16_pages(sample_pdf: Path) -> None:
    info = subprocess.run(["pdfinfo", str(sample_pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert 8 <= pages <= 16
    assert len(_pdf_pages(sample_pdf)) == pages


def test_cover_alone_then_toc_and_numbered_footer(sample_pdf: Path) -> None:
    pages = _pdf_pages(sample_pdf)
    total = len(pages)
    cover = " ".join(pages[0].split())
    assert "Bilan 2024" in cover and "5 mars 2025" in cover
    assert "Préambule" not in cover and "Mouvement pour l" not in cover  # no footer on the cover
    assert "Table des matières" in pages[1] and "Conclusion et perspectives" in pages[1]
    for number, page in enumerate(pages[1:], start=2):
        assert re.search(rf"\b{number} / {total}\b", page), f"page {number} lacks its number"
        assert "Mouvement pour l" in page


def test_footnotes_are_at_the_foot_of_the_page_of_their_reference(sample_pdf: Path) -> None:
    pages = _pdf_pages(sample_pdf)
    csess = next(p for p in pages if "esspace.fr/csess" in p)
    lines = [line for line in csess.splitlines() if line.strip()]
    note_line = next(i for i, line in enumerate(lines) if "esspace.fr/csess" in line)
    assert note_line > len(lines) * 0.6, "the note text sits low on the page, under the body"
