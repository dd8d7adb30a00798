"""Creating a workspace file from a JSON document or from the bundled sample."""

from __future__ import annotations

from pathlib import Path

from mesdesk.exchange.json_interchange import loads_workspace
from mesdesk.resources import sample_path
from mesdesk.store.errors import WorkspaceError
from mesdesk.store.workspace import Workspace


def create_from_json(json_text: str, path: str | Path, *, overwrite: bool = False) -> Workspace:
    """A new workspace at ``path`` holding the document, returned open.

    The document is fully read and checked (in memory) before any file is touched; an
    existing workspace is replaced only by a complete one, never while it is open
    elsewhere; a failure leaves nothing behind (``Workspace.build``).
    """
    return Workspace.build(path, lambda session: loads_workspace(json_text, session), overwrite=overwrite)


def create_sample(path: str | Path, *, overwrite: bool = False) -> Workspace:
    """A new workspace holding the bundled MES Bilan 2024."""
    try:
        text = sample_path().read_text(encoding="utf-8")
    except OSError as exc:
        raise WorkspaceError(f"L'exemple intégré est introuvable ({sample_path()}).") from exc
    return create_from_json(text, path, overwrite=overwrite)
