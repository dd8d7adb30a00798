"""The page estimate against LibreOffice's page count of the exported file: the sample,
generated reports of three sizes and one of long plain paragraphs (which the constants
were fitted on), and one made of long two-level lists, held out of the fitting.

Slow (LibreOffice renders five documents): run by ``make test-slow``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from mesdesk.exchange.docx import export_docx
from mesdesk.model.page_estimate import estimate_pages
from mesdesk.model.richtext import ListBlock, ListItem, Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace
from tools.bench.synthetic import build_convention

pytestmark = pytest.mark.slow


def _rendered_pages(docx: Path, tmp: Path) -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for the rendering checks (make test-slow installs it)"
    profile = tmp / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(docx)], capture_output=True, timeout=300, check=True)
    info = subprocess.run(["pdfinfo", str(tmp / (docx.stem + ".pdf"))], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _generated(path: Path, actions: int, shape: str = "") -> Workspace:
    org, conv = build_convention(years=1, actions=actions, indicators_per_action=1, events_per_year=2)
    for text in conv.reports[0].texts:
        if shape == "plain":  # three long paragraphs per action, nothing else
            text.narrative = RichText(tuple(Paragraph((Text("Une phrase du récit, assez longue pour remplir. " * 14),))
                                            for _ in range(3)))
        elif shape == "lists":  # held out of the fitting: long bullet lists on two levels
            items = tuple(ListItem((Text(f"Point {k} : " + "une ligne de liste qui dit ce qui a été fait. " * (1 + k % 3)),),
                                   k % 2) for k in range(14))
            text.narrative = RichText((Paragraph((Text("Ce qui a été fait :"),)), ListBlock("bullet", items)))
    ws = Workspace.create(path)
    with ws.transaction() as session:
        session.add(org)
        session.add(conv)
    return ws


@pytest.mark.parametrize("case", ["sample", "4 actions", "12 actions", "30 actions", "20 plain actions",
                                  "10 lists actions"])
def test_estimate_is_within_one_page_of_libreoffice(case: str, sample_file: Path, tmp_path: Path) -> None:
    if case == "sample":
        copy = tmp_path / "sample.mesdesk"
        copy.write_bytes(sample_file.read_bytes())
        ws = Workspace.open(copy)
    else:
        actions = int(case.split()[0])
        ws = _generated(tmp_path / "gen.mesdesk", actions, case.split()[1] if len(case.split()) == 3 else "")
    try:
        report = ws.current_convention().reports[-1]
        estimate = estimate_pages(report).pages
        export_docx(report, tmp_path / "report.docx")
    finally:
        ws.close()
    real = _rendered_pages(tmp_path / "report.docx", tmp_path)
    print(f"{case}: estimated {estimate}, LibreOffice {real}")
    assert abs(estimate - real) <= 1, f"{case}: estimated {estimate}, LibreOffice {real}"
