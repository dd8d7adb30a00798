"""Which failures are the user's to fix, and how to say them in one line."""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can fix; its text is shown as is."""


def user_message(exc: BaseException, path: str | None = None) -> str | None:
    """The one-line message for a known failure, None for a bug (shown as a traceback).

    ``path`` is the command's workspace: a SQLite or disk failure on it is worded by
    its real cause (disk full, read-only, locked…), never as a damaged file.
    """
    import errno
    import sqlite3
    from pathlib import Path

    from sqlalchemy.exc import DBAPIError

    from mesdesk.exchange.errors import ExportError, ImportFileError
    from mesdesk.exchange.json_interchange import InterchangeError
    from mesdesk.store.errors import WorkspaceError
    from mesdesk.store.failures import cause_of, describe
    from mesdesk.store.server import ServerAddress, is_server_location, server_cause
    from mesdesk.store.server import describe as describe_server

    known = (WorkspaceError, InterchangeError, ExportError, ImportFileError)
    if isinstance(exc, known):
        return str(exc)
    if is_server_location(path) and server_cause(exc) is not None:
        assert path is not None
        return str(describe_server(ServerAddress.parse(path), exc, "utiliser"))
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "le disque est plein : libérez de la place puis recommencez"
    if isinstance(exc, (sqlite3.Error, DBAPIError)) and cause_of(exc) != "other":
        return str(describe(Path(path or "espace de travail"), exc, "écrire dans"))
    if isinstance(exc, FileNotFoundError):
        return f"fichier introuvable : {exc.filename}"
    if isinstance(exc, PermissionError):
        return f"accès refusé : {exc.filename}"
    if isinstance(exc, IsADirectoryError):
        return f"{exc.filename} est un dossier"
    return None
