"""Starting the desktop application and switching workspaces and languages.

``run()`` is what ``mesdesk gui`` calls. ``DeskController`` owns the open document
and the main window; tests drive it directly with pytest-qt's QApplication.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from mesdesk import logs
from mesdesk.gui import crash_report, i18n, main_thread_gc, messages, paths, synced_warning, workspace_files
from mesdesk.gui.document import Document
from mesdesk.gui.main_window import MainWindow
from mesdesk.gui.settings import AppSettings
from mesdesk.resources import icons_dir
from mesdesk.store.errors import WorkspaceError
from mesdesk.store.server import ServerAddress, is_server_location
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
        # A document the system asked to open before the window was made (see start()).
        self.pending_open: Path | None = None
        i18n.install_language(self.settings.language)

    # -- start ------------------------------------------------------------------------------
    def start(self, path: Path | str | None = None) -> MainWindow | None:
        """Open ``path``, else the last workspace, else create the first one from the sample.

        A file the system asked to open before the window existed (macOS Finder sends it
        as a ``FileOpen`` event) counts as ``path`` when none was given.
        """
        if path is None and self.pending_open is not None:
            path = self.pending_open
        self.pending_open = None
        if isinstance(path, str):  # a postgresql:// URL
            workspace = self._server_workspace(None, path)
        else:
            workspace = self._initial_workspace(path)
        if workspace is None:
            return None
        self._remember(workspace)
        self.window = self._make_window(Document(workspace))
        synced_warning.offer_local_copy(self)  # a OneDrive/Dropbox folder: said once per file
        return self.window

    def _initial_workspace(self, path: Path | None) -> Workspace | None:
        if path is not None:
            return workspace_files.open_workspace(None, path)
        last = self.settings.last_workspace
        if last is not None and last.exists():
            # Refused (e.g. open in another window and the user cancelled): stop there,
            # rather than asking again about another file.
            return workspace_files.open_workspace(None, last)
        if last is not None:
            # Gone (a USB stick unplugged, a folder renamed): never put another file in its
            # place without a word.
            return self._missing_last_workspace(last)
        return self._first_workspace()

    def _missing_last_workspace(self, last: Path) -> Workspace | None:
        """Say that the last workspace is missing; locate it, open a recent one or the sample."""
        recent = next((p for p in self.settings.recent_files() if p != last and p.exists()), None)
        choices = [("locate", self.tr("Le retrouver…"))]
        if recent is not None:
            choices.append(("recent", self.tr("Ouvrir « %1 »").replace("%1", recent.name)))
        choices += [("sample", self.tr("Ouvrir l'exemple")), ("quit", self.tr("Quitter"))]
        while True:
            choice = messages.ask(
                None, self.tr("Espace de travail introuvable"),
                self.tr("Le dernier espace de travail ouvert, « %1 », est introuvable.").replace("%1", str(last)),
                choices, default="locate", cancel="quit", severity="warning",
                details=self.tr("Le disque ou la clé USB qui le contient est peut-être débranché : rebranchez-le "
                                "puis choisissez « Le retrouver… ». Rien n'a été modifié."))
            if choice == "locate":
                folder = next((p for p in (last.parent, *last.parents) if p.is_dir()), None)
                path = messages.choose_open_file(None, self.tr("Retrouver l'espace de travail"), folder,
                                                 workspace_files.file_filter())
                workspace = workspace_files.open_workspace(None, path) if path is not None else None
            elif choice == "recent" and recent is not None:
                workspace = workspace_files.open_workspace(None, recent)
            elif choice == "sample":
                workspace = self._first_workspace()
            else:
                return None
            if workspace is not None:
                return workspace

    def _first_workspace(self) -> Workspace | None:
        """The workspace of the data folder, created from the sample at the first launch."""
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
        window.serverOpenRequested.connect(self.open_server)
        window.newRequested.connect(self.new_path)
        window.languageChangeRequested.connect(self.set_language)
        return window

    def _remember(self, workspace: Workspace) -> None:
        if workspace.server is not None:
            # Its URL without the password, to offer it again; files keep their own list.
            self.settings.last_server = workspace.location
        else:
            self.settings.last_workspace = workspace.path.resolve()
            self.settings.add_recent(workspace.path)
        self.settings.sync()

    def _server_workspace(self, parent: MainWindow | None, location: str | ServerAddress) -> Workspace | None:
        from mesdesk.gui.server_dialog import open_on_server

        try:
            address = location if isinstance(location, ServerAddress) else ServerAddress.parse(location)
        except WorkspaceError as exc:
            messages.tell(parent, self.tr("Impossible d'ouvrir sur le serveur"), str(exc), severity="warning")
            return None
        return open_on_server(parent, address)

    def open_server(self, location: str | ServerAddress) -> bool:
        """Open a workspace on a server in the window; on any failure the current one stays."""
        window = self.window
        assert window is not None
        if not window.settle_unsaved():
            return False
        workspace = self._server_workspace(window, location)
        if workspace is None:
            return False
        self._swap(workspace)
        return True

    # -- files handed over by the system ---------------------------------------------------------
    def open_from_system(self, path: Path) -> None:
        """A document opened from the file manager (macOS ``FileOpen``): as ``mesdesk PATH`` would.

        Before the window exists the path waits for ``start()``; afterwards the window
        switches to it and comes to the front.
        """
        window = self.window
        if window is None:
            self.pending_open = path
            return
        if path.resolve() != window.doc.path.resolve():
            self.open_path(path)
        window = self.window
        if window is not None:
            if window.isMinimized():
                window.showNormal()
            window.raise_()
            window.activateWindow()

    # -- switching workspace -----------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open another workspace in the window; on any failure the current one stays."""
        window = self.window
        assert window is not None
        path = Path(path)
        if path.resolve() == window.doc.path.resolve():
            window.show_message(self.tr("« %1 » est déjà ouvert.").replace("%1", path.name))
            return False
        if not window.settle_unsaved():  # edits the current file could not take: asked first
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
        if not window.settle_unsaved():
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
        self._remember(workspace)
        window.show_message(self.tr("Ouvert : %1").replace("%1", workspace.location))
        synced_warning.offer_local_copy(self)

    # -- language ----------------------------------------------------------------------------
    def set_language(self, language: str) -> MainWindow:
        """Switch the interface language at once: the window is rebuilt on the same document."""
        old = self.window
        assert old is not None
        key = old.current_key()
        geometry = old.saveGeometry()
        was_visible = old.isVisible()
        panel = old.carry_over_panel
        carried = panel.shown_summary if panel is not None and panel.isVisible() else None
        doc = old.close_for_rebuild()
        old.deleteLater()
        self.settings.language = language
        self.settings.sync()
        i18n.install_language(language)
        window = self._make_window(doc)
        window.restoreGeometry(geometry)
        if key is not None:
            window.select_key(key)
        if carried is not None:  # still being worked through: worded anew in the new language
            window.show_carry_over(carried)
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
        try:
            import resource  # Unix only
        except ImportError:
            rss = float("nan")  # Windows: the benchmark still reads the time (and "nan")
        else:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"first-paint {time.time():.6f} rss-mb {rss:.1f}", flush=True)
        if self.exit_after:
            app = QApplication.instance()
            QTimer.singleShot(0, app.closeAllWindows)


class FileOpenFilter(QObject):
    """Turns the system's ``FileOpen`` events into opening the workspace.

    macOS does not pass a document opened from the Finder on the command line: it
    sends the application a ``QFileOpenEvent``, at launch possibly before the window
    exists, so the filter sits on the QApplication itself.
    """

    def __init__(self, controller: DeskController) -> None:
        super().__init__(controller)
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            local = event.file() or event.url().toLocalFile()
            if local:
                self.controller.open_from_system(Path(local))
                return True
        return False


def install_file_open_filter(app: QApplication, controller: DeskController) -> FileOpenFilter:
    event_filter = FileOpenFilter(controller)
    app.installEventFilter(event_filter)
    return event_filter


def app_icon() -> QIcon:
    """The application's icon: the SVG, with the PNG for a Qt without its SVG plug-in."""
    icon = QIcon()
    for name in ("mesdesk.svg", "mesdesk-256.png"):
        path = icons_dir() / name
        if path.exists():
            icon.addFile(str(path))
    return icon


def prepare_application(app: QApplication) -> None:
    """Names, desktop entry and icon of the application (before any window)."""
    app.setApplicationName("MES Desk")
    app.setOrganizationName("MES")
    app.setApplicationDisplayName("MES Desk")
    # Wayland and the X11 task bars find the icon and name through mesdesk.desktop.
    app.setDesktopFileName("mesdesk")
    app.setWindowIcon(app_icon())


def run(path: str | None = None) -> int:
    """Create the QApplication, open the window and run until it is closed."""
    logs.setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    prepare_application(app)
    main_thread_gc.install(app)  # worker threads must never free Qt objects
    crash_report.install(app)
    controller = DeskController()
    install_file_open_filter(app, controller)
    if not path:
        # A document opened from the Finder may already be waiting as a FileOpen event.
        app.processEvents()
    location: Path | str | None = None
    if path:
        location = path if is_server_location(path) else Path(path).expanduser()
    window = controller.start(location)
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

    Python only sees a signal when it runs, so a timer wakes it twice a second. The
    handler runs between two bytecodes of whatever Python code is running — maybe a
    model's ``data()`` in the middle of a paint — so it only asks the event loop to
    close the windows once that code is done.
    """
    import signal

    def terminate(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, lambda: _terminate(app))

    try:
        signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread (embedded): leave the default
        return
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(500)


def _terminate(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.terminating = True  # no question can be answered now: see MainWindow.settle_unsaved
    app.closeAllWindows()
    app.quit()
