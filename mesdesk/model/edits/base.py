"""What every edit is: a change that applies and reverts itself on a session."""

from __future__ import annotations

from sqlalchemy.orm import Session


class Edit:
    """One undoable change of the workspace, free of any GUI.

    ``apply`` and ``revert`` leave the session flushed (not committed): the caller
    commits, as the GUI does after each edit. An edit is built from live objects (it
    reads the old values then) and afterwards only reaches them through ``Ref``s.
    """

    # True when the outline changes: axes or actions added, removed, moved or renamed.
    structural = False

    def apply(self, session: Session) -> None:
        self._forward(session)
        session.flush()

    def revert(self, session: Session) -> None:
        self._backward(session)
        session.flush()

    def _forward(self, session: Session) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _backward(self, session: Session) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
