"""Word export of a text holding one long run without spaces (``python -m tools.bench long_token``).

A pasted base64 blob, a hash or a URL with no spaces once made the export quadratic:
the pattern that keeps URLs out of French typography backtracked over the whole run
(10 s for an 80 KB token, over 120 s for 1 MB). The sample's report is exported with
an 80 KB and a 1 MB token added to an action's narrative; the times should grow like
the token (ratio near 12.5, or below: fixed costs weigh more at 80 KB). The token is
dense with the punctuation French typography spaces (four marks in ten characters),
the slowest case for the linear passes that remain.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.seeding import create_sample
from mesdesk.model.richtext import Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace
from tools.bench.timing import Report, Result, median_time

SIZES = (80_000, 1_000_000)


def token(size: int) -> str:
    """A run without spaces, with the punctuation French typography looks at."""
    return ("Ab0;x:y?z!" * (size // 10 + 1))[:size]


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-long-token-") as tmp_name:
        tmp = Path(tmp_name)
        ws_path = tmp / "sample.mesdesk"
        create_sample(ws_path).close()
        with Workspace.open(ws_path) as ws:
            sample = ws.current_convention().report_for(2024)  # type: ignore[union-attr]  # the sample has its 2024 report
            text = sample.texts[0]
            original = text.narrative
            times: dict[int, float] = {}
            for size in SIZES:
                text.narrative = RichText(original.blocks + (Paragraph((Text(token(size)),)),))
                out = tmp / f"token-{size}.docx"
                times[size] = median_time(lambda out=out: export_docx(sample, out), repeat=3)
                first = times[SIZES[0]]
                report.add(Result(f"docx: sample + a {size // 1000} KB token without spaces", times[size],
                                  "linear (ratio <= size ratio)",
                                  {"ratio": round(times[size] / first, 2), "size_ratio": size / SIZES[0],
                                   "ok": times[size] / first <= 1.2 * size / SIZES[0]}))
            ws.rollback()
