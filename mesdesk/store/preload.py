"""Reading a whole workspace into the session at once (a workspace on a server).

On a file every page reads what it needs when it is shown: the file is always there.
A server may not be: a train enters a tunnel, the Wi-Fi of a meeting room drops. A
page never shown before would then have nothing to show — its rows were never read.
So a window on a server reads every row of the workspace when it opens: a fixed
number of queries (one per class, one per relationship: ``selectinload("*")``), not
one per row, so the cost grows with the number of tables, not with the report. The
session keeps them (``expire_on_commit=False``, and after a failed save the tracker
puts back what was read: ``EditTracker(keep_loaded=True)``), so the whole report can
be read and edited through an outage.

Row-level security applies: only the organisation's own rows are read.
"""

from __future__ import annotations

import logging

from sqlalchemy import event, select
from sqlalchemy.orm import Session, selectinload

from mesdesk.model.entities import Base
from mesdesk.model.session_rows import PRELOADED, is_preloaded

log = logging.getLogger(__name__)

# Key of Session.info: a rollback expired every row since the session was read whole.
ROLLED_BACK = "mesdesk.rolled_back"
# Rows about the people at work, not the report: the shared view reads them fresh.
NOT_PRELOADED = {"presence", "reservation"}


def load_whole_workspace(session: Session) -> int:
    """Read every row (and every relationship between them) into ``session``; the count."""
    held: list[object] = []
    mappers = sorted(Base.registry.mappers, key=lambda mapper: mapper.class_.__name__)
    for mapper in mappers:
        if mapper.local_table.name in NOT_PRELOADED:  # type: ignore[attr-defined]  # a Table here
            continue
        held.extend(session.scalars(select(mapper.class_).options(selectinload("*"))).all())
    read = set(map(id, held))
    # Read again after others' changes: a row the session holds that the server no
    # longer has was deleted by someone else. It leaves the session, so that a lookup
    # in the session (``session_rows``) no longer finds it.
    pending_deletion = set(map(id, session.deleted))
    for obj in list(session.identity_map.values()):
        if (id(obj) not in read and id(obj) not in pending_deletion
                and getattr(type(obj), "__tablename__", None) not in NOT_PRELOADED):
            session.expunge(obj)
    # The session holds its objects weakly: an organisation no page holds would be
    # dropped, and read again — from a server that may be away. The session keeps them.
    session.info[PRELOADED] = held
    session.info.pop(ROLLED_BACK, None)
    if not event.contains(session, "after_soft_rollback", _note_rollback):
        event.listen(session, "after_soft_rollback", _note_rollback)
    count = len(held)
    end_reading(session)
    log.info("Workspace read whole from the server: %d rows", count)
    return count


def end_reading(session: Session) -> None:
    """End a transaction that only read (a commit keeps the objects loaded, a rollback
    would expire them): no connection sits idle in a transaction on the server, holding
    back its clean-up, until the next save. Pending edits are left to the save."""
    if not (session.new or session.dirty or session.deleted):
        session.commit()


def _note_rollback(session: Session, _previous: object) -> None:
    session.info[ROLLED_BACK] = True


def read_again_if_rolled_back(session: Session) -> bool:
    """After a conflict or a collision, the rollback expired every row: a page not shown
    since would have to read from the server — which may be away by then. Read whole
    again now (and drop what others deleted). Call it with nothing pending (after a
    commit, or after a rollback that left nothing to write). True when it read."""
    if not is_preloaded(session) or not session.info.get(ROLLED_BACK):
        return False
    if session.new or session.dirty or session.deleted:
        return False  # edits restored after a failed save: the next successful save reads
    load_whole_workspace(session)
    return True
