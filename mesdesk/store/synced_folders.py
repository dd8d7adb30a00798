"""Is a workspace inside a folder that a sync client (OneDrive, Dropbox, iCloud Drive,
Google Drive) copies to the cloud?

A workspace is a live SQLite database with a write-ahead log beside it. A sync client
uploads the database without its ``-wal`` file, or while a transaction is half written,
and on another computer (or after a conflict) puts back a copy that is old or damaged;
it may also hold the file while scanning it. So the application says once that such a
folder is a bad home for the workspace, and offers to keep it elsewhere; exports (Word,
Excel) are fine there.

Pure functions: the path and the environment are passed in, nothing touches the disk,
so every platform's layout is tested on any system.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath

# Where each service's client keeps the synced tree, by the name of one folder of the path.
# Windows and Linux clients use a folder in the home ("OneDrive", "OneDrive - Contoso",
# "Dropbox", "Dropbox (Association)", "iCloudDrive", "Google Drive"); macOS puts them
# under ~/Library/CloudStorage ("OneDrive-Personal", "GoogleDrive-ana@example.org",
# "Dropbox") and iCloud Drive under ~/Library/Mobile Documents.
_FOLDER_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("OneDrive", re.compile(r"onedrive(?:\s*-\s*.+|-.+)?")),
    ("Dropbox", re.compile(r"dropbox(?:\s*\(.+\))?")),
    ("iCloud Drive", re.compile(r"icloud\s?drive|mobile documents|com~apple~clouddocs")),
    ("Google Drive", re.compile(r"google\s?drive(?:-.+)?")),
)
# Google Drive for desktop on Windows shows the drive as a letter (G:) whose top folders
# are "My Drive" and "Shared drives", in the system's language.
_GOOGLE_DRIVE_TOPS = re.compile(r"my drive|mon drive|shared drives|drives partagés|meine ablage|mi unidad")
# Windows' OneDrive client names its folders in these variables, whatever they are called
# (a renamed or relocated OneDrive, a business account on another drive).
_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")


@dataclass(frozen=True)
class SyncedFolder:
    service: str  # "OneDrive", "Dropbox", "iCloud Drive", "Google Drive"
    root: PurePath  # the synced folder the path lies in


def synced_folder(path: PurePath, environ: Mapping[str, str] | None = None) -> SyncedFolder | None:
    """The synced folder ``path`` lies in, or None.

    ``path`` should be absolute; its own flavour (``PureWindowsPath`` on Windows) decides
    how names compare. ``environ`` is the process environment (``os.environ``).
    """
    flavour = type(path)
    for name in _ONEDRIVE_VARIABLES:
        value = (environ or {}).get(name)
        if value:
            root = flavour(value)
            if root.is_absolute() and _is_within(path, root):
                return SyncedFolder("OneDrive", root)
    # Only the folders above the file: a workspace named "Dropbox.mesdesk" is not synced.
    parents = path.parts[:-1]
    for index, part in enumerate(parents):
        folded = part.casefold().strip()
        for service, pattern in _FOLDER_NAMES:
            if pattern.fullmatch(folded):
                return SyncedFolder(service, flavour(*parents[: index + 1]))
        if index == 1 and path.drive and _GOOGLE_DRIVE_TOPS.fullmatch(folded):
            return SyncedFolder("Google Drive", flavour(*parents[:2]))
    return None


def _is_within(path: PurePath, root: PurePath) -> bool:
    """Whether ``path`` is ``root`` or below it, ignoring case (Windows and macOS)."""
    parts = [p.casefold() for p in path.parts]
    root_parts = [p.casefold() for p in root.parts]
    return parts[: len(root_parts)] == root_parts
