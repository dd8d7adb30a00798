"""What really went wrong with a workspace file, in the user's words.

A failed write or open can have many causes, and only one of them is a damaged file.
Calling a healthy file « endommagé » makes people replace good data with an old
backup, so every failure is sorted by its real cause first: disk full, read-only
(file, folder or medium), locked by another program, an I/O error (a removed USB
stick), missing, and only then damaged. ``describe`` turns any exception raised by
sqlite3, SQLAlchemy or the OS into the matching ``WorkspaceError`` subclass.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from mesdesk.store.errors import (
    CorruptWorkspaceError,
    DiskFullError,
    ReadOnlyWorkspaceError,
    WorkspaceBusyError,
    WorkspaceError,
    WorkspaceIOError,
)

# Below this much free space an unexplained write error is taken for a full disk:
# SQLite reports ENOSPC met in fsync or ftruncate as a generic I/O error.
NEARLY_FULL_BYTES = 256 * 1024

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def sqlite_error_name(exc: BaseException) -> str | None:
    """``SQLITE_FULL``, ``SQLITE_READONLY_…``… for a sqlite3 error, also wrapped by SQLAlchemy."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        name = getattr(current, "sqlite_errorname", None)
        if isinstance(name, str):
            return name
        orig = getattr(current, "orig", None)  # sqlalchemy.exc.DBAPIError
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _os_errno(exc: BaseException) -> int | None:
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            return current.errno
        current = current.__cause__ or current.__context__
    return None


def nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def cause_of(exc: BaseException, folder: Path | None = None) -> str:
    """One of ``disk-full``, ``read-only``, ``busy``, ``io``, ``missing``, ``corrupt``, ``other``;
    for a workspace on a server also ``unreachable`` (the server does not answer) and
    ``auth`` (it refuses the user: password, unknown user, no right), and ``reserved`` (a
    section taken offline by someone else, ``store.checkout``)."""
    from mesdesk.store.server import server_cause

    server = server_cause(exc)
    if server == "unreachable":
        return "unreachable"
    if server is not None:
        return "auth"
    if type(exc).__name__ == "ReservedError":  # store.checkout (by name: it imports this module's users)
        return "reserved"
    if isinstance(exc, DiskFullError):
        return "disk-full"
    if isinstance(exc, ReadOnlyWorkspaceError):
        return "read-only"
    if isinstance(exc, WorkspaceBusyError):
        return "busy"
    if isinstance(exc, WorkspaceIOError):
        return "io"
    if isinstance(exc, CorruptWorkspaceError):
        return "corrupt"
    name = sqlite_error_name(exc) or ""
    code = _os_errno(exc)
    if name == "SQLITE_FULL" or code in _DISK_FULL_ERRNOS:
        return "disk-full"
    if name.startswith("SQLITE_READONLY") or name == "SQLITE_PERM" or code in _READ_ONLY_ERRNOS:
        return "read-only"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "busy"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return "corrupt"
    if code == errno.ENOENT or isinstance(exc, FileNotFoundError):
        return "missing"
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or code == errno.EIO:
        if folder is not None and nearly_full(folder):
            return "disk-full"
        return "io"
    if folder is not None and nearly_full(folder):
        return "disk-full"
    return "other"


def _de(action: str) -> str:
    """« de créer », « d'ouvrir »."""
    return f"d'{action}" if action[:1].lower() in "aeéèêiîoôuh" else f"de {action}"


def describe(path: Path, exc: BaseException, action: str) -> WorkspaceError:
    """The user's error for ``exc`` met while ``action`` (« ouvrir », « créer »,
    « enregistrer dans », « mettre à jour »…) the workspace at ``path``."""
    if isinstance(exc, WorkspaceError):
        return exc
    name = path.name
    cause = cause_of(exc, path.parent)
    if cause == "disk-full":
        consequence = "rien n'a été créé" if action == "créer" else "le fichier est intact"
        return DiskFullError(
            f"Le disque est plein : impossible {_de(action)} {name}. "
            f"Libérez de la place puis recommencez ({consequence})."
        )
    if cause == "read-only":
        return ReadOnlyWorkspaceError(
            f"Impossible {_de(action)} {name} : le fichier ou son dossier est en lecture seule "
            "(droits d'accès ou support protégé). Copiez-le dans un dossier où vous pouvez écrire."
        )
    if cause == "busy":
        return WorkspaceBusyError(
            f"{name} est verrouillé par un autre programme : fermez-le puis recommencez."
        )
    if cause == "io":
        return WorkspaceIOError(
            f"Erreur de lecture ou d'écriture du disque en voulant {action} {name} "
            "(clé USB retirée, disque réseau déconnecté ?). Vérifiez le support puis recommencez."
        )
    if cause == "missing":
        return WorkspaceError(f"Le fichier {path} n'existe pas (déplacé, renommé ou support retiré ?).")
    if cause == "corrupt":
        return damaged(path, exc)
    return WorkspaceError(f"Impossible {_de(action)} {name} : {exc}")


def damaged(path: Path, exc: BaseException) -> CorruptWorkspaceError:
    """The only place that calls a file damaged: SQLite itself found it malformed."""
    return CorruptWorkspaceError(
        f"{path.name} est endommagé et ne peut pas être ouvert ({exc.__class__.__name__}). "
        "Utilisez une sauvegarde (fichier .bak) ou une copie récente."
    )
