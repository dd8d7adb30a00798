"""Excel export figures: the sample, and a large generated workspace.

Targets (issue 4): the sample under 0.5 s in process; 10,000 indicator values and
2,000 events (40 actions × 25 indicators over 10 years, 200 events a year) under 3 s.
The first export of a freshly opened workspace also loads the report from SQLite:
it is measured apart ("cold"), the median is over exports of the loaded report.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from mesdesk.exchange.seeding import create_sample
from mesdesk.exchange.xlsx import export_xlsx, read_indicator_updates
from mesdesk.store.workspace import Workspace
from tools.bench.synthetic import make_large_workspace
from tools.bench.timing import Report, Result, median_time, peak_rss_mb

SAMPLE_TARGET_S = 0.5
LARGE_TARGET_S = 3.0
LARGE_SIZES = {"years": 10, "actions": 40, "indicators_per_action": 25, "events_per_year": 200}


def _measure(report_bench: Report, name: str, workspace_path: Path, out: Path, target_s: float) -> None:
    with Workspace.open(workspace_path) as ws:
        convention = ws.current_convention()
        assert convention is not None
        report = convention.reports[-1]
        start = time.perf_counter()
        export_xlsx(report, out)
        cold = time.perf_counter() - start
        median = median_time(lambda: export_xlsx(report, out), repeat=5, warmup=0)
        read = median_time(lambda: read_indicator_updates(out, report), repeat=3, warmup=0)
        values = sum(len(i.values) for i in convention.indicators)
        events = sum(len(r.events) for r in convention.reports)
        ws.rollback()
    result = report_bench.add(
        Result(
            name=name,
            median_s=median,
            target=f"< {target_s} s",
            extra={
                "ok": median <= target_s,
                "cold_s": round(cold, 3),
                "reimport_s": round(read, 3),
                "values": values,
                "events": events,
                "kB": out.stat().st_size // 1024,
                "peak_MB": round(peak_rss_mb()),
            },
        )
    )
    assert result.median_s is not None


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        sample = tmp / "sample.mesdesk"
        create_sample(sample).close()
        _measure(report, "xlsx export: sample (Bilan 2024)", sample, tmp / "sample.xlsx", SAMPLE_TARGET_S)
        large = make_large_workspace(tmp / "large.mesdesk", **LARGE_SIZES)
        _measure(report, "xlsx export: 10,000 values, 2,000 events", large, tmp / "large.xlsx", LARGE_TARGET_S)
