"""Errors raised when a workspace file cannot be used; their text is for the user."""

from __future__ import annotations


class WorkspaceError(Exception):
    """A workspace that cannot be opened or written; ``str()`` is a user message."""


class NotAWorkspaceError(WorkspaceError):
    """The file is not a MES Desk workspace (another format, or another SQLite database)."""


class CorruptWorkspaceError(WorkspaceError):
    """The file is a damaged SQLite database."""


class NewerWorkspaceError(WorkspaceError):
    """The file was written by a newer MES Desk than this one."""


class WorkspaceInUseError(WorkspaceError):
    """Another MES Desk process has the file open."""

    def __init__(self, message: str, holder: str) -> None:
        super().__init__(message)
        self.holder = holder


class ReadOnlyWorkspaceError(WorkspaceError):
    """The workspace cannot be written: the file, its folder or its disk is read-only, or
    it was opened read-only and something tried to save into it."""


class DiskFullError(WorkspaceError):
    """The disk holding the workspace has no room left; the file itself is sound."""


class WorkspaceBusyError(WorkspaceError):
    """SQLite could not get its own lock on the file (another program is writing it)."""


class WorkspaceIOError(WorkspaceError):
    """Reading or writing the disk failed (a removed USB stick, a network drive gone)."""


class ServerError(WorkspaceError):
    """A workspace on a PostgreSQL server that cannot be used (no such database, no right)."""


class ServerUnreachableError(ServerError):
    """The server does not answer: down, wrong address, network gone."""


class ServerAuthError(ServerError):
    """The server refused the user: wrong or missing password, unknown user."""
