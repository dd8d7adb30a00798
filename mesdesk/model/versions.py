"""Named snapshots of a report (« envoyée au CA le 3 mars »), kept in the workspace.

A snapshot holds the report as it was — its texts and data, the convention's structure
and the organisation — in the JSON interchange form of ``mesdesk.exchange``: a whole
workspace document of one convention and one report, so that reading it back, comparing
it or exporting it reuses the one loader and the one exporter. That form is made and
read in the exchange layer (``mesdesk/exchange/snapshots.py``): the model only stores
the text, with a name, a date and an author. The edits that add, rename, delete and
restore from them are in ``mesdesk/model/edits/versions.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesdesk.model.entities import Base, new_uid
from mesdesk.model.row_versions import Versioned

if TYPE_CHECKING:
    from mesdesk.model.entities import Report


class ReportSnapshot(Versioned, Base):
    __tablename__ = "report_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, naive
    author: Mapped[str] = mapped_column(String, default="")
    # The workspace document (compact JSON): read only when the snapshot is opened, so
    # listing the snapshots stays cheap.
    document: Mapped[str] = mapped_column(Text, default="{}", deferred=True)

    report: Mapped["Report"] = relationship(back_populates="snapshots")


def utc_now() -> dt.datetime:
    """Now, in UTC, without a zone (how dates are stored in the workspace)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
