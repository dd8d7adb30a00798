"""Word-level differences between two texts, for the side-by-side comparison.

The texts are cut into tokens — words, runs of spaces, single punctuation marks — so that
joining the tokens gives the text back exactly, and ``difflib`` lines them up. The result
is a list of runs, each ``equal``, ``delete`` (only in the old text), ``insert`` (only in the
new one) or ``replace`` (old words where new ones now stand). Whitespace-only agreements
between two changes are folded into them (« le chat noir » → « la chienne grise » is one
change, not three), which is how a reader sees an edit.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from mesdesk.model.richtext import RichText

RunKind = Literal["equal", "insert", "delete", "replace"]
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class DiffRun:
    kind: RunKind
    old: str  # the text on the old side ("" for an insertion)
    new: str  # the text on the new side ("" for a deletion)


def tokens(text: str) -> list[str]:
    """Words, whitespace runs and punctuation marks; ``"".join(tokens(t)) == t``."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[DiffRun]:
    """The runs that turn ``old`` into ``new``, in order."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    runs = [
        DiffRun(tag, "".join(a[i1:i2]), "".join(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
    return _merged(_fold_blank_agreements(runs))


def _fold_blank_agreements(runs: list[DiffRun]) -> list[DiffRun]:
    """A run of agreeing spaces between two changes becomes part of one change."""
    out: list[DiffRun] = []
    for i, run in enumerate(runs):
        between_changes = 0 < i < len(runs) - 1 and runs[i - 1].kind != "equal" and runs[i + 1].kind != "equal"
        if run.kind == "equal" and between_changes and not run.old.strip():
            out.append(DiffRun("replace", run.old, run.new))
        else:
            out.append(run)
    return out


def _merged(runs: Iterable[DiffRun]) -> list[DiffRun]:
    """Adjacent changes joined into one (an insert next to a delete is a replace)."""
    out: list[DiffRun] = []
    for run in runs:
        if out and run.kind != "equal" and out[-1].kind != "equal":
            last = out[-1]
            old, new = last.old + run.old, last.new + run.new
            kind: RunKind = "replace" if old and new else ("delete" if old else "insert")
            out[-1] = DiffRun(kind, old, new)
        elif out and run.kind == "equal" and out[-1].kind == "equal":
            out[-1] = DiffRun("equal", out[-1].old + run.old, out[-1].new + run.new)
        else:
            out.append(run)
    return out


def is_unchanged(runs: Iterable[DiffRun]) -> bool:
    return all(run.kind == "equal" for run in runs)


def deleted_words(runs: Iterable[DiffRun]) -> str:
    """The old side's changed text (what the left pane strikes out), for tests and tips."""
    return " ".join(run.old.strip() for run in runs if run.kind in ("delete", "replace") and run.old.strip())


def inserted_words(runs: Iterable[DiffRun]) -> str:
    return " ".join(run.new.strip() for run in runs if run.kind in ("insert", "replace") and run.new.strip())


def diff_text(rich: RichText) -> str:
    """The words of a rich text as compared: one line per paragraph, notes in brackets
    after their anchor, a chip as its placeholder."""
    return rich.plain_text(footnotes=True)


@dataclass(frozen=True)
class FieldDiff:
    field: str  # "evaluation", "narrative", "means", "preamble" or "conclusion"
    runs: tuple[DiffRun, ...]

    @property
    def unchanged(self) -> bool:
        return is_unchanged(self.runs)


def section_diff(old: Mapping[str, RichText], new: Mapping[str, RichText], fields: Iterable[str]) -> list[FieldDiff]:
    """Each field of a section compared, old (a snapshot, last year) against new (today)."""
    return [
        FieldDiff(name, tuple(word_diff(diff_text(old.get(name) or RichText()), diff_text(new.get(name) or RichText()))))
        for name in fields
    ]
