"""Safe writing of an export: a temporary file beside the target, then a rename.

The existing file is replaced only once the new one is complete, so a failure (disk
full, a crash, a bug) never leaves a half-written or emptied document behind. The
failures a user can fix get a message that says what to do.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mesdesk.exchange.errors import ExportError


def check_target(target: Path) -> None:
    """Refuse early what cannot work: a missing folder, a folder, a read-only file."""
    if not target.parent.exists():
        raise ExportError(f"Le dossier {target.parent} n'existe pas : choisissez un autre emplacement.")
    if target.is_dir():
        raise ExportError(f"{target} est un dossier : donnez un nom de fichier.")
    if target.exists() and not _writable(target):
        raise ExportError(
            f"{target.name} est en lecture seule : enregistrez sous un autre nom ou retirez la protection."
        )
    if target.exists() and office_lock_file(target) is not None:
        raise ExportError(
            f"{target.name} est ouvert dans un traitement de texte ou un tableur : "
            "fermez-le puis recommencez, ou choisissez un autre nom."
        )
    if not os.access(target.parent, os.W_OK):
        raise ExportError(f"Impossible d'écrire dans le dossier {target.parent} (droits d'accès).")


def _writable(target: Path) -> bool:
    """Whether the user lets us replace the file.

    ``os.access`` says yes to root (and an administrator on Windows can replace a
    read-only file by renaming): the permission bits are what the user set, so they
    are what we respect.
    """
    mode = target.stat().st_mode
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(target, os.W_OK)


def atomic_write(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)``, then move the result onto ``target``.

    A symbolic link is written through: the file it points to is replaced and the
    link stays a link (renaming onto the link itself would replace it by a file).
    """
    target = Path(target)
    real = Path(os.path.realpath(target)) if target.is_symlink() else target
    check_target(real)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{real.stem}.", suffix=real.suffix + ".tmp", dir=real.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        _give_usual_permissions(tmp, real)
        _replace(tmp, real)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def write_file(path: Path, data: bytes, shown_name: str) -> None:
    """Write a document built in memory to ``path`` and flush it to the disk.

    Building in memory first (``document.save(io.BytesIO())``) means a full disk fails
    here, cleanly, rather than inside a half-written zip archive whose clean-up at
    garbage collection then prints « Exception ignored in ZipFile.__del__ »."""
    try:
        with open(path, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise ExportError(
                f"Le disque est plein : {shown_name} n'a pas été écrit. Libérez de la place puis recommencez."
            ) from exc
        raise ExportError(f"Impossible d'écrire {shown_name} : {exc.strerror or exc}.") from exc


def _read_umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


# Read once, at import: os.umask sets while it reads, which is not thread-safe.
_UMASK = _read_umask()


def _give_usual_permissions(tmp: Path, target: Path) -> None:
    """mkstemp makes private (0600) files: give the export the mode of the file it
    replaces, or the user's usual mode for a new file."""
    if target.exists():
        mode = stat.S_IMODE(target.stat().st_mode)
    else:
        mode = 0o666 & ~_UMASK
    os.chmod(tmp, mode)


def _replace(tmp: Path, target: Path) -> None:
    try:
        _replace_held_file(tmp, target)
    except PermissionError as exc:
        # Windows refuses to replace a file that Word or Excel holds open.
        raise ExportError(
            f"{target.name} est ouvert dans un autre programme ou protégé : "
            "fermez-le puis recommencez, ou choisissez un autre nom."
        ) from exc
    except OSError as exc:
        if exc.errno in (errno.EBUSY, errno.ETXTBSY, errno.EACCES):
            raise ExportError(f"{target.name} est occupé par un autre programme : fermez-le puis recommencez.") from exc
        if exc.errno == errno.ENOSPC:
            raise ExportError("Le disque est plein : libérez de la place puis recommencez.") from exc
        raise ExportError(f"Impossible d'écrire {target.name} : {exc.strerror}.") from exc


# Windows' answers when another program holds the file: ERROR_ACCESS_DENIED (Word keeps
# its document open without delete sharing), ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
_WINDOWS_HELD_ERRORS = frozenset({5, 32, 33})
# An antivirus or a sync client (OneDrive…) scanning the new file lets go within moments.
_HELD_RETRIES = (0.1, 0.25, 0.5)


def _replace_held_file(tmp: Path, target: Path) -> None:
    """``os.replace``, waiting briefly while another program holds the file, then saying
    which file to close: Word or Excel keep theirs until closed (Windows' [WinError 32]
    or [WinError 5]). The caller removes the temporary file; the old one is untouched."""
    for delay in (*_HELD_RETRIES, None):
        try:
            os.replace(tmp, target)
            return
        except PermissionError as exc:
            if getattr(exc, "winerror", None) not in _WINDOWS_HELD_ERRORS:
                raise
            if delay is None:
                raise ExportError(
                    f"{target.name} est ouvert dans Word, Excel ou un autre programme ({target.parent}) : "
                    "fermez-le puis recommencez, ou choisissez un autre nom. Le fichier existant n'a pas été modifié."
                ) from exc
            time.sleep(delay)


def office_lock_file(target: Path) -> Path | None:
    """The lock file Word (``~$name``) or LibreOffice (``.~lock.name#``) leaves beside an open document."""
    name = target.name
    for candidate in (f".~lock.{name}#", "~$" + name, "~$" + name[2:]):
        path = target.with_name(candidate)
        if path.exists():
            return path
    return None
