"""Times stamped by the store, shown in the user's own time.

The store writes UTC without a zone (``row_versions.stamp``, an approval's date, a
version's): a time read from a row is UTC, whoever wrote it, and is shown here in the
local zone, so the conflict dialog, a refusal, the approval bar and the versions panel
say the same time for the same change.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def local_clock(when: dt.datetime | None, seconds: bool = False) -> str:
    """« 14:02 » (``seconds``: « 14:02:37 ») in local time; empty for no time."""
    if when is None:
        return ""
    utc = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return utc.astimezone().strftime("%H:%M:%S" if seconds else "%H:%M")


def moment_text(moment: dt.datetime, with_time: bool = True) -> str:
    """A stored UTC moment in the interface's language and the user's time zone."""
    when = QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second), QTimeZone.utc()).toLocalTime()
    locale = QLocale()
    if not with_time:  # « 3 mars 2026 »: the long format would add the weekday
        return locale.toString(when.date(), "d MMMM yyyy")
    return locale.toString(when, QLocale.FormatType.ShortFormat)
