"""Word export benchmarks (``make bench``, or ``python -m tools.bench docx``).

* the sample's report exported inside the process (target < 0.3 s);
* the whole ``mesdesk export`` command as a subprocess, against ``pandoc`` turning the
  same text (as Markdown, with its lists, links and notes) into a ``.docx``;
* a generated 10-year, 40-action workspace exported by the command in a subprocess:
  median time (target < 3 s) and the child's peak memory (target < 300 MB);
* growth: the generated report at 1×, 2× and 4× its number of actions, exported in
  the process; the time ratios should stay near 2 and 4 (linear);
* the same large export and growth with means (nine lines per action and year: the
  means tables and the « Moyens mobilisés » annex).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mesdesk.exchange.docx import export_docx
from mesdesk.exchange.seeding import create_sample
from mesdesk.model.richtext import Footnote, IndicatorRef, ListBlock, Paragraph, RichText, Text
from mesdesk.store.workspace import Workspace
from tools.bench.synthetic import build_convention, make_large_workspace
from tools.bench.timing import Report, Result, median_time

REPEAT = 5

# Runs in a child process: open the workspace, export its last report, print figures.
_CHILD = """
import json, resource, sys, time
from pathlib import Path
from mesdesk.exchange.docx import export_docx
from mesdesk.store.workspace import Workspace
start = time.perf_counter()
with Workspace.open(sys.argv[1], readonly_lock=True) as ws:
    report = ws.current_convention().reports[-1]
    opened = time.perf_counter()
    export_docx(report, Path(sys.argv[2]))
    done = time.perf_counter()
    ws.rollback()
print(json.dumps({"export_s": done - opened, "total_s": done - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


# The fastest run of each command too: on a shared machine the minimum is the least disturbed.
MINIMA: dict[str, float] = {}


def _median_subprocess(cmd: list[str], repeat: int = REPEAT) -> float:
    subprocess.run(cmd, check=True, capture_output=True)  # warm the disk cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    MINIMA[" ".join(cmd)] = min(times)
    return statistics.median(times)


# -- the same text as Markdown, for pandoc ----------------------------------------------------

def _md_inlines(content: tuple, notes: list[str]) -> str:
    out = []
    for inline in content:
        if isinstance(inline, Text):
            text = inline.text
            if inline.bold or inline.runin:
                text = f"**{text}**"
            if inline.italic:
                text = f"*{text}*"
            out.append(f"[{text}]({inline.href})" if inline.href else text)
        elif isinstance(inline, Footnote):
            notes.append("".join(t.text for t in inline.content))
            out.append(f"[^{len(notes)}]")
        elif isinstance(inline, IndicatorRef):
            out.append("0")
    return "".join(out)


def _md_blocks(text: RichText, notes: list[str], label: str | None = None) -> list[str]:
    lines: list[str] = []
    for block in text.blocks:
        if isinstance(block, Paragraph):
            prefix = f"**{label}** " if label else ""
            label = None
            lines += [prefix + _md_inlines(block.content, notes), ""]
        elif isinstance(block, ListBlock):
            for item in block.items:
                bullet = "-" if block.kind == "bullet" else "1."
                lines.append("    " * item.level + f"{bullet} {_md_inlines(item.content, notes)}")
            lines.append("")
    return lines


def report_markdown(report) -> str:  # type: ignore[no-untyped-def]  # a Report; model imports kept local
    """The report's text as pandoc Markdown (title, headings, lists, links, footnotes)."""
    notes: list[str] = []
    lines = [f"# {report.title}", "", report.support_line, "", "# Préambule", ""]
    lines += _md_blocks(report.preamble, notes)
    texts = {id(t.action): t for t in report.texts}
    for axis in report.convention.axes:
        lines += [f"# {axis.number}. {axis.title}", ""]
        for action in axis.actions:
            lines += [f"## {action.number} {action.title}", ""]
            text = texts.get(id(action))
            if text is not None:
                lines += _md_blocks(text.evaluation, notes, "Evaluation =")
                lines += _md_blocks(text.narrative, notes)
                lines += _md_blocks(text.means, notes, "Moyens =")
    lines += ["# Conclusion et perspectives", ""] + _md_blocks(report.conclusion, notes)
    lines += [f"[^{i}]: {note}" for i, note in enumerate(notes, start=1)]
    return "\n".join(lines) + "\n"


# -- benchmarks -------------------------------------------------------------------------------

def run(report: Report) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-docx-") as tmp_name:
        tmp = Path(tmp_name)
        _sample(report, tmp)
        _large(report, tmp)
        _large(report, tmp, means=True)
        _growth(report, tmp)
        _growth(report, tmp, means=True)


def _sample(report: Report, tmp: Path) -> None:
    ws_path = tmp / "sample.mesdesk"
    create_sample(ws_path).close()
    with Workspace.open(ws_path) as ws:
        sample = ws.current_convention().report_for(2024)  # type: ignore[union-attr]  # the sample has its 2024 report
        out = tmp / "sample.docx"
        median = median_time(lambda: export_docx(sample, out), repeat=10)
        report.add(Result("docx: sample export, in process", median, "< 0.3 s",
                          {"ok": median < 0.3, "size_kb": round(out.stat().st_size / 1024)}))
        markdown = tmp / "sample.md"
        markdown.write_text(report_markdown(sample), encoding="utf-8")
        ws.rollback()

    command = [sys.executable, "-m", "mesdesk.cli.main", "export", str(ws_path), "--report", "2024",
               "--docx", str(tmp / "cli.docx")]
    cli = _median_subprocess(command)
    pandoc = shutil.which("pandoc")
    pandoc_s = _median_subprocess([pandoc, str(markdown), "-o", str(tmp / "pandoc.docx")]) if pandoc else None
    extra: dict[str, object] = {"min_ms": round(MINIMA[" ".join(command)] * 1000, 1),
                                "pandoc_ms": None if pandoc_s is None else round(pandoc_s * 1000, 1)}
    if pandoc_s is not None:
        extra["ratio_vs_pandoc"] = round(cli / pandoc_s, 2)
        extra["ok"] = cli <= pandoc_s
    report.add(Result("docx: `mesdesk export` command (subprocess)", cli, "<= pandoc", extra))
    if pandoc_s is not None:
        report.add(Result("docx: pandoc, same text as Markdown (subprocess)", pandoc_s, "reference"))
    # What the command spends before doing anything: the interpreter and every command
    # module's imports (``--version`` builds the whole parser and stops).
    startup = _median_subprocess([sys.executable, "-m", "mesdesk.cli.main", "--version"])
    report.add(Result("docx: `mesdesk --version` (start-up and imports only)", startup, "share of the above",
                      {"share": round(startup / cli, 2)}))


def _large(report: Report, tmp: Path, means: bool = False) -> None:
    ws_path = make_large_workspace(tmp / f"large-{means}.mesdesk", years=10, actions=40, means=means)
    out = tmp / "large.docx"
    runs = []
    for _ in range(REPEAT):
        done = subprocess.run([sys.executable, "-c", _CHILD, str(ws_path), str(out)],
                              check=True, capture_output=True, text=True)
        runs.append(json.loads(done.stdout))
    export_s = statistics.median(r["export_s"] for r in runs)
    total_s = statistics.median(r["total_s"] for r in runs)
    peak = max(r["peak_mb"] for r in runs)
    label = "docx: 10 years, 40 actions" + (" with means" if means else "")
    report.add(Result(f"{label}, export (subprocess)", export_s, "< 3 s, < 300 MB",
                      {"with_open_s": round(total_s, 3), "peak_mb": round(peak), "ok": total_s < 3 and peak < 300,
                       "size_kb": round(out.stat().st_size / 1024)}))


def _growth(report: Report, tmp: Path, means: bool = False) -> None:
    times = {}
    for factor in (1, 2, 4):
        org, convention = build_convention(years=10, actions=40 * factor, means=means)
        last = convention.reports[-1]
        target = tmp / f"growth-{factor}.docx"
        times[factor] = median_time(lambda last=last, target=target, org=org: export_docx(last, target, organisation=org),
                                    repeat=REPEAT)
        label = " with means" if means else ""
        report.add(Result(f"docx: generated report, {40 * factor} actions{label} (in process)", times[factor],
                          "linear", {"ratio": round(times[factor] / times[1], 2)}))
