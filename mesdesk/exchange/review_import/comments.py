"""Word comments → app comments (filled once the comment model is merged)."""
from __future__ import annotations

from typing import Any


def import_comments(review: Any, report: Any, states: Any, summary: Any) -> None:
    return None
