"""Times stamped by the store, shown in the user's own time.

The store writes UTC without a zone (``row_versions.stamp``, an approval's date): a time
read from a row is UTC, whoever wrote it, and is shown here in the local zone, so the
conflict dialog and a refusal say the same « 14:02 » for the same change.
"""

from __future__ import annotations

import datetime as dt


def local_clock(when: dt.datetime | None, seconds: bool = False) -> str:
    """« 14:02 » (``seconds``: « 14:02:37 ») in local time; empty for no time."""
    if when is None:
        return ""
    utc = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return utc.astimezone().strftime("%H:%M:%S" if seconds else "%H:%M")
