"""Which failures are the user's to fix, and how to say them in one line."""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can fix; its text is shown as is."""


def user_message(exc: BaseException) -> str | None:
    """The one-line message for a known failure, None for a bug (shown as a traceback)."""
    from mesdesk.exchange.json_interchange import InterchangeError
    from mesdesk.store.errors import WorkspaceError

    from mesdesk.exchange.errors import ExportError, ImportFileError

    known = (WorkspaceError, InterchangeError, ExportError, ImportFileError)
    if isinstance(exc, known):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return f"fichier introuvable : {exc.filename}"
    if isinstance(exc, PermissionError):
        return f"accès refusé : {exc.filename}"
    if isinstance(exc, IsADirectoryError):
        return f"{exc.filename} est un dossier"
    return None
