"""Starting the desktop application and switching workspaces and languages.

``run()`` is what ``mesdesk gui`` calls. ``DeskController`` owns the open document
and the main window; tests drive it directly with pytest-qt's QApplication.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mesdesk.gui import i18n, messages, paths, workspace_files
from mesdesk.gui.document import Document
from mesdesk.gui.main_window import MainWindow
from mesdesk.gui.settings import AppSettings
from mesdesk.store.workspace import Workspace

# Set by the benchmark: print "first-paint <epoch seconds>" when the window first paints,
# and with MESDESK_EXIT_AFTER_PAINT, quit right after.
FIRST_PAINT_ENV = "MESDESK_REPORT_FIRST_PAINT"
EXIT_AFTER_PAINT_ENV = "MESDESK_EXIT_AFTER_PAINT"


class DeskController(QObject):
    """Holds the settings, the open document and its window."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.window: MainWindow | None = None
        i18n.install_language(self.settings.language)

    # -- start ------------------------------------------------------------------------------
    def start(self, path: Path | None = None) -> MainWindow | None:
        """Open ``path``, else the last workspace, else create the first one from the sample."""
        workspace = self._initial_workspace(path)
        if workspace is None:
            return None
        self._remember(workspace.path)
        self.window = self._make_window(Document(workspace))
        return self.window

    def _initial_workspace(self, path: Path | None) -> Workspace | None:
        if path is not None:
            return workspace_files.open_workspace(None, path)
        last = self.settings.last_workspace
        if last is not None and last.exists():
            # Refused (e.g. open in another window and the user cancelled): stop there,
            # rather than asking again about another file.
            return workspace_files.open_workspace(None, last)
        first = paths.first_workspace_path()
        if first.exists():
            return workspace_files.open_workspace(None, first)
        try:
            return workspace_files.create_first_workspace(first)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing else to do
            messages.tell(None, self.tr("Premier lancement"),
                          self.tr("L'espace de travail de départ n'a pas pu être créé dans « %1 ».").replace("%1", str(first)),
                          severity="critical", details=str(exc))
            return None

    def _make_window(self, doc: Document) -> MainWindow:
        window = MainWindow(doc, self.settings)
        window.openRequested.connect(self.open_path)
        window.newRequested.connect(self.new_path)
        window.languageChangeRequested.connect(self.set_language)
        return window

    def _remember(self, path: Path) -> None:
        self.settings.last_workspace = path.resolve()
        self.settings.add_recent(path)
        self.settings.sync()

    # -- switching workspace -----------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open another workspace in the window; on any failure the current one stays."""
        window = self.window
        assert window is not None
        path = Path(path)
        if path.resolve() == window.doc.path.resolve():
            window.show_message(self.tr("« %1 » est déjà ouvert.").replace("%1", path.name))
            return False
        workspace = workspace_files.open_workspace(window, path)
        if workspace is None:
            if not path.exists():
                self.settings.remove_recent(path.resolve())
            return False
        self._swap(workspace)
        return True

    def new_path(self, path: Path) -> bool:
        window = self.window
        assert window is not None
        if path.resolve() == window.doc.path.resolve():
            messages.tell(window, self.tr("Nouvel espace de travail"),
                          self.tr("Ce fichier est celui qui est ouvert ; choisissez un autre nom."), severity="warning")
            return False
        try:
            workspace = workspace_files.create_empty_workspace(path)
        except Exception as exc:  # noqa: BLE001
            messages.tell(window, self.tr("Nouvel espace de travail"),
                          self.tr("« %1 » n'a pas pu être créé.").replace("%1", str(path)),
                          severity="warning", details=str(exc))
            return False
        self._swap(workspace)
        return True

    def _swap(self, workspace: Workspace) -> None:
        window = self.window
        assert window is not None
        old = window.detach()
        old.close()
        window.attach(Document(workspace))
        self._remember(workspace.path)
        window.show_message(self.tr("Ouvert : %1").replace("%1", str(workspace.path)))

    # -- language ----------------------------------------------------------------------------
    def set_language(self, language: str) -> MainWindow:
        """Switch the interface language at once: the window is rebuilt on the same document."""
        old = self.window
        assert old is not None
        key = old.current_key()
        geometry = old.saveGeometry()
        was_visible = old.isVisible()
        doc = old.close_for_rebuild()
        old.deleteLater()
        self.settings.language = language
        self.settings.sync()
        i18n.install_language(language)
        window = self._make_window(doc)
        window.restoreGeometry(geometry)
        if key is not None:
            window.select_key(key)
        if was_visible:
            window.show()
        self.window = window
        return window


class _FirstPaintReporter(QObject):
    """Prints the time of the window's first paint (for the start-up benchmark)."""

    def __init__(self, exit_after: bool) -> None:
        super().__init__()
        self.exit_after = exit_after
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            # After this paint event completes; a zero timer runs once it is on screen.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"first-paint {time.time():.6f} rss-mb {rss:.1f}", flush=True)
        if self.exit_after:
            app = QApplication.instance()
            QTimer.singleShot(0, app.closeAllWindows)


def run(path: str | None = None) -> int:
    """Create the QApplication, open the window and run until it is closed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MES Desk")
    app.setOrganizationName("MES")
    app.setApplicationDisplayName("MES Desk")
    controller = DeskController()
    window = controller.start(Path(path).expanduser() if path else None)
    if window is None:
        return 1
    reporter = None
    if os.environ.get(FIRST_PAINT_ENV):
        reporter = _FirstPaintReporter(bool(os.environ.get(EXIT_AFTER_PAINT_ENV)))
        window.installEventFilter(reporter)
    window.show()
    _close_on_terminate(app)
    return app.exec()


def _close_on_terminate(app: QApplication) -> None:
    """On SIGTERM (logout, shutdown, ``kill``), close the window properly: save, release the lock.

    Python only sees a signal when it runs, so a timer wakes it twice a second.
    """
    import signal

    def terminate(_signum: int, _frame: object) -> None:
        app.closeAllWindows()

    try:
        signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread (embedded): leave the default
        return
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(500)
