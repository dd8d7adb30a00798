"""``make lint``'s type gate: strict and clean for the Qt-free layers, a shrinking
baseline for the GUI.

The Qt-free packages are listed in ``[tool.mypy]`` (pyproject.toml) and must have no
error at all. The GUI (``mesdesk/gui``) is checked with the same strictness against
``tools/mypy_gui_baseline.txt``: each line is a file and an error code with its count.
A file may only have fewer errors of a code than its baseline says; with
``--update`` the baseline is rewritten (only ever to shrink it, in a commit that says why).
"""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tools" / "mypy_gui_baseline.txt"
ERROR = re.compile(r"^(?P<file>[^:]+):\d+: error: .*\[(?P<code>[a-z-]+)\]$")


def _mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", *args], cwd=ROOT, capture_output=True, text=True)


def gui_errors() -> collections.Counter[tuple[str, str]]:
    result = _mypy("--follow-imports=silent", "mesdesk/gui")
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for line in result.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            counts[(match["file"], match["code"])] += 1
    return counts


def read_baseline() -> collections.Counter[tuple[str, str]]:
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    if BASELINE.exists():
        for line in BASELINE.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                file, code, count = line.split()
                counts[(file, code)] = int(count)
    return counts


def write_baseline(counts: collections.Counter[tuple[str, str]]) -> None:
    lines = ["# mypy --strict errors allowed in mesdesk/gui, per file and code: may only shrink (tools/typecheck.py)"]
    lines += [f"{file} {code} {n}" for (file, code), n in sorted(counts.items())]
    BASELINE.write_text("\n".join(lines) + "\n", encoding="utf-8")


BARE_IGNORE = re.compile(r"type: ignore(\[[a-z, -]+\])?(?!\[)(?!\S*\s+#\s*\S)")


def bare_ignores() -> list[str]:
    """``# type: ignore`` without a reason after it on the same line."""
    found = []
    for folder in ("mesdesk", "tools"):  # the shipped code and its tools; tests are not type-checked
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if "# type: ignore" in line and BARE_IGNORE.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}")
    return found


def main(argv: list[str]) -> int:
    bare = [b for b in bare_ignores() if not b.startswith("tools/typecheck.py")]
    if bare:
        print("type: ignore without a reason on the same line:\n  " + "\n  ".join(bare))
        return 1
    strict = _mypy()
    if strict.returncode != 0:
        sys.stdout.write(strict.stdout)
        print("mypy: the Qt-free layers must be clean (see above)")
        return 1
    found = gui_errors()
    if "--update" in argv:
        write_baseline(found)
        print(f"{BASELINE.relative_to(ROOT)}: {sum(found.values())} errors recorded")
        return 0
    allowed = read_baseline()
    worse = {key: (n, allowed.get(key, 0)) for key, n in found.items() if n > allowed.get(key, 0)}
    if worse:
        for (file, code), (n, limit) in sorted(worse.items()):
            print(f"{file}: {n} [{code}] errors, the baseline allows {limit}")
        print("mypy: new type errors in mesdesk/gui (fix them; the baseline may only shrink)")
        return 1
    print(f"mypy: Qt-free layers clean; GUI {sum(found.values())} errors (baseline {sum(allowed.values())})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
