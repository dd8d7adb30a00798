"""The application's log: a rotating file in the data folder, and the hooks that put
every unexpected exception there with its traceback.

What is logged: save failures, what an import found and deduced, export warnings,
and unexpected exceptions. Only counts, codes and file names: never the report's
text (log lines say « 3 warnings », not what the warnings quote; the database engine
hides statement parameters from its error messages for the same reason).

No Qt here: the command line and the GUI both call ``setup_logging()`` at start; the
GUI adds a callback to ``install_excepthooks`` that shows a calm message.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_FILE = "mesdesk.log"
MAX_BYTES = 1_000_000  # about ten thousand lines; three old files are kept beside it
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Every module logs under "mesdesk.<module>" (logging.getLogger(__name__)).
ROOT = "mesdesk"

log = logging.getLogger(__name__)


def log_path() -> Path:
    """``<data folder>/mesdesk.log`` (``MESDESK_DATA_DIR`` overrides the folder)."""
    from mesdesk.gui.paths import data_dir  # plain Python: no Qt is imported

    return data_dir() / LOG_FILE


class _FolderMakingHandler(RotatingFileHandler):
    """Creates the data folder only when the first line is written: a command that
    logs nothing leaves no folder behind."""

    def _open(self):  # type: ignore[no-untyped-def]  # noqa: ANN202 - returns the base class's stream type
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """A log that cannot be written (a read-only data folder, a full disk) is given up
        quietly: the log must never print tracebacks where the user reads one-line messages."""
        self._broken = True

    def emit(self, record: logging.LogRecord) -> None:
        if not getattr(self, "_broken", False):
            super().emit(record)


def setup_logging(path: Path | None = None, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> Path:
    """Send the ``mesdesk`` loggers (INFO and above) to a rotating file; returns its path.

    Called again with another path (another data folder), the file handler is replaced.
    """
    path = Path(path) if path is not None else log_path()
    logger = logging.getLogger(ROOT)
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        if isinstance(handler, _FolderMakingHandler):
            if Path(handler.baseFilename) == path.absolute() and handler.maxBytes == max_bytes:
                return path
            logger.removeHandler(handler)
            handler.close()
    handler = _FolderMakingHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return path


def stop_logging() -> None:
    """Close and remove the file handler (tests, between data folders)."""
    logger = logging.getLogger(ROOT)
    for handler in list(logger.handlers):
        if isinstance(handler, _FolderMakingHandler):
            logger.removeHandler(handler)
            handler.close()


def ensure_log_file() -> Path:
    """The log file, created empty if nothing was logged yet (to open it for the user)."""
    path = current_log_path() or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(exist_ok=True)
    return path


def current_log_path() -> Path | None:
    """Where the log is written now, or None before ``setup_logging``."""
    for handler in logging.getLogger(ROOT).handlers:
        if isinstance(handler, _FolderMakingHandler):
            return Path(handler.baseFilename)
    return None


Reporter = Callable[[BaseException], None]


def log_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str) -> None:
    log.critical("Unexpected exception (%s)", where, exc_info=(exc_type, exc, tb))


def install_excepthooks(report: Reporter | None = None, *, chain: bool = False) -> None:
    """Log every uncaught exception, of the main thread or another, with its traceback,
    then call ``report`` (the GUI shows a message; it must be safe to call from any
    thread). With ``chain``, the previous hook runs too (the command line still prints
    the traceback). Ctrl+C keeps its usual behaviour.
    """
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log_unexpected(exc_type, exc, tb, "main thread")
        if chain:
            previous(exc_type, exc, tb)
        _report_safely(report, exc)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        log_unexpected(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")
        if chain:
            previous_thread(args)
        _report_safely(report, args.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def _report_safely(report: Reporter | None, exc: BaseException) -> None:
    if report is None:
        return
    try:
        report(exc)
    except Exception:  # noqa: BLE001 - the report itself failed: the log still has both
        log.exception("Could not show the message about an unexpected exception")
