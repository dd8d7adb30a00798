"""Run every benchmark module: ``python -m tools.bench [NAME ...]``."""

from __future__ import annotations

import compileall
import importlib
import json
import pkgutil
import sys
from dataclasses import asdict
from pathlib import Path

from tools.bench.timing import Report


def main(argv: list[str]) -> int:
    package_dir = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(package_dir)]) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    # The child processes measure an installed MES Desk, which has its bytecode: an
    # editable install under PYTHONDONTWRITEBYTECODE would compile every module at each
    # start (a few hundred milliseconds), which no user pays.
    import mesdesk

    compileall.compile_dir(str(Path(mesdesk.__file__).parent), quiet=1)
    report = Report()
    print(f"{'benchmark':<58} {'median':>12}   {'target':<25}")
    for name in names:
        module = importlib.import_module(f"tools.bench.{name}")
        module.run(report)
    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps([asdict(r) for r in report.results], indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
