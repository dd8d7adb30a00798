"""LibreOffice opens the sample workbook and prints it to PDF (slow: ``make test-slow``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


@pytest.mark.slow
def test_libreoffice_converts_the_sample_workbook_to_pdf(sample_xlsx: Path, tmp_path: Path) -> None:
    # A private profile: another LibreOffice running on the machine must not interfere.
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(sample_xlsx)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / (sample_xlsx.stem + ".pdf")
    assert pdf.exists()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = text.split("\f")
    # Every sheet printed, the header row repeated on each page of a table, page numbers.
    for title in ("Synthèse", "Indicateurs", "Événements", "Partenaires"):
        assert any(f"Bilan 2024 – {title}" in page for page in pages), title
    indicator_pages = [p for p in pages if "Bilan 2024 – Indicateurs" in p]
    assert len(indicator_pages) >= 2 and all("Identifiant" not in p for p in indicator_pages)
    assert all("Indicateur" in p and "Unité" in p for p in indicator_pages)
    assert "Visites du site internet (visites)" in text  # a chart's title
    assert "Page 1 /" in text
