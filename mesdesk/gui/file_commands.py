"""The « Fichier » commands of the main window: new, open, recent files, save a copy,
export, the two imports, and what happens to unsaved edits when the window closes.

Opening or creating a workspace is the application controller's job (``app.py``):
these commands only choose the file and emit the window's ``openRequested`` /
``newRequested``. The texts stay in the « MainWindow » translation context, where the
English file has them.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from sqlalchemy.exc import SQLAlchemyError

from mesdesk.gui import messages, paths, workspace_files
from mesdesk.store.errors import WorkspaceError

if TYPE_CHECKING:
    from mesdesk.gui.export_dialog import ExportDialog
    from mesdesk.gui.main_window import MainWindow


def save_failure_text(cause: str) -> str:
    """The cause of a failed save, in the user's words."""
    texts = {  # the causes of store.failures.cause_of
        "disk-full": QCoreApplication.translate("MainWindow", "le disque est plein"),
        "read-only": QCoreApplication.translate(
            "MainWindow", "le fichier ou son dossier n'est pas modifiable (droits d'accès, lecture seule)"),
        "busy": QCoreApplication.translate("MainWindow", "le fichier est verrouillé par un autre programme"),
        "io": QCoreApplication.translate("MainWindow", "le disque ne répond pas (clé USB ou disque réseau retiré ?)"),
        "missing": QCoreApplication.translate(
            "MainWindow", "le fichier a disparu (déplacé, renommé ou support retiré ?)"),
        "unreachable": QCoreApplication.translate("MainWindow", "le serveur ne répond pas (réseau coupé ?)"),
        "auth": QCoreApplication.translate("MainWindow", "le serveur refuse la connexion (mot de passe, droits)"),
        "reserved": QCoreApplication.translate(
            "MainWindow", "cette partie est emportée hors ligne par quelqu'un ; vos modifications restent à l'écran "
                          "et seront enregistrées à son retour"),
    }
    return texts.get(cause, QCoreApplication.translate("MainWindow", "erreur inattendue"))


class FileCommands:
    """The file commands of one window (``window.files``)."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.export_dialog: ExportDialog | None = None  # the last export dialog: an export still writing is waited for at close

    # -- choosing a workspace --------------------------------------------------------------
    def fill_recent_menu(self) -> None:
        window = self.window
        menu = window.recentMenu
        menu.clear()
        recent = [p for p in window.settings.recent_files() if p != window.doc.path.resolve()]
        if not recent:
            empty = menu.addAction(QCoreApplication.translate("MainWindow", "(aucun)"))
            empty.setEnabled(False)
            return
        for i, path in enumerate(recent, 1):
            action = menu.addAction(f"&{i} {path.name} — {path.parent}")
            action.setObjectName(f"recent{i}")
            action.triggered.connect(lambda _checked=False, p=path: window.openRequested.emit(p))

    def open_workspace_dialog(self) -> None:
        window = self.window
        path = messages.choose_open_file(window, QCoreApplication.translate("MainWindow", "Ouvrir un espace de travail"),
                                         window.doc.path.parent, workspace_files.file_filter())
        if path is not None:
            window.openRequested.emit(path)

    def open_server_dialog(self) -> None:
        """« Ouvrir sur un serveur… »: the address (the last one offered), then the controller
        opens it, asking for the password if the keyring does not have it."""
        from mesdesk.gui.server_dialog import choose_server
        from mesdesk.store.server import ServerAddress

        window = self.window
        initial = None
        if window.settings.last_server:
            try:
                initial = ServerAddress.parse(window.settings.last_server)
            except WorkspaceError:
                initial = None
        address = choose_server(window, initial)
        if address is not None:
            window.serverOpenRequested.emit(address)

    def new_workspace(self) -> None:
        window = self.window
        path = messages.choose_save_file(
            window, QCoreApplication.translate("MainWindow", "Nouvel espace de travail"),
            window.doc.path.parent / QCoreApplication.translate("MainWindow", "nouveau-bilan.mesdesk"),
            workspace_files.file_filter())
        if path is not None:
            if path.suffix != ".mesdesk":
                path = path.with_suffix(".mesdesk")
            window.newRequested.emit(path)

    # -- a copy ------------------------------------------------------------------------------
    def save_copy(self) -> bool:
        """« Enregistrer une copie sous… »: the copy holds everything shown, even what the
        workspace itself could not save (full disk, read-only file)."""
        window, doc = self.window, self.window.doc
        doc.save_now()
        suggested = doc.path.with_name(doc.path.stem + QCoreApplication.translate("MainWindow", "-copie") + ".mesdesk")
        if doc.read_only and not os.access(suggested.parent, os.W_OK):  # a CD, a protected share
            documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            suggested = Path(documents or Path.home()) / suggested.name
        path = messages.choose_save_file(window, QCoreApplication.translate("MainWindow", "Enregistrer une copie sous"),
                                         suggested, workspace_files.file_filter())
        if path is None:
            return False
        if path.suffix != ".mesdesk":
            path = path.with_suffix(".mesdesk")
        if path.resolve() == doc.path.resolve():
            messages.tell(window, QCoreApplication.translate("MainWindow", "Enregistrer une copie"),
                          QCoreApplication.translate(
                              "MainWindow", "Choisissez un autre nom : ce fichier est celui qui est ouvert."),
                          severity="warning")
            return False
        try:
            doc.save_copy(path)
        except (OSError, SQLAlchemyError, WorkspaceError) as exc:
            messages.tell(window, QCoreApplication.translate("MainWindow", "Copie impossible"),
                          QCoreApplication.translate("MainWindow", "La copie n'a pas pu être écrite dans « %1 ».")
                          .replace("%1", str(path)),
                          severity="warning",
                          details=QCoreApplication.translate("MainWindow", "Choisissez un dossier où vous pouvez écrire.")
                          + "\n" + str(exc))
            return False
        if doc.read_only:  # the point of the copy: a file that can be worked on
            window.openRequested.emit(path)
            window.show_message(QCoreApplication.translate(
                "MainWindow", "Copie enregistrée : vous travaillez maintenant sur %1").replace("%1", str(path)))
            return True
        window.show_message(QCoreApplication.translate(
            "MainWindow", "Copie enregistrée : %1 (vous continuez à travailler sur %2)")
            .replace("%1", str(path)).replace("%2", doc.path.name))
        return True

    # -- export and imports --------------------------------------------------------------
    def export(self) -> None:
        from mesdesk.gui.export_dialog import ExportDialog

        window = self.window
        window.doc.save_now()
        if window.doc.report is None:
            return
        dialog = ExportDialog(window.doc, window.settings, window)
        dialog.open()
        self.export_dialog = dialog

    def import_docx(self) -> None:
        from mesdesk.gui.import_flow import import_docx

        import_docx(self.window)

    def import_indicators(self) -> None:
        from mesdesk.gui.import_flow import import_indicators

        import_indicators(self.window)

    def import_review(self) -> None:
        from mesdesk.gui.review_flow import import_review

        import_review(self.window)

    # -- closing with unsaved edits --------------------------------------------------------
    def settle_unsaved(self) -> bool:
        """Before closing (or leaving for another workspace): save; if the file still
        cannot be written, ask the user.

        False: the user chose to keep the window open. Nothing is given up silently.
        """
        window, doc = self.window, self.window.doc
        while not doc.save_now() and doc.unsaved and not doc.workspace.closed:
            if window.terminating:
                self.rescue_copy()
                return True
            choice = messages.ask(
                window, QCoreApplication.translate("MainWindow", "Modifications non enregistrées"),
                QCoreApplication.translate(
                    "MainWindow", "Vos dernières modifications n'ont pas pu être écrites dans « %1 » : %2.")
                .replace("%1", doc.path.name).replace("%2", save_failure_text(doc.save_error or "")),
                [("retry", QCoreApplication.translate("MainWindow", "&Réessayer")),
                 ("copy", QCoreApplication.translate("MainWindow", "Enregistrer une &copie ailleurs…")),
                 ("discard", QCoreApplication.translate("MainWindow", "&Quitter sans les enregistrer")),
                 ("cancel", QCoreApplication.translate("MainWindow", "&Continuer à travailler"))],
                default="retry", cancel="cancel", severity="warning",
                details=QCoreApplication.translate(
                    "MainWindow", "Libérez de la place ou rétablissez l'accès au fichier, puis « Réessayer » ; "
                    "ou écrivez une copie complète dans un autre dossier."),
            )
            if choice == "cancel":
                return False
            if choice == "copy":
                if self.save_copy():
                    doc.discard_unsaved()  # they are in the copy; the file keeps its last saved state
                    return True
            elif choice == "discard":
                doc.discard_unsaved()
                return True
        return True

    def rescue_copy(self) -> None:
        """Logout while the file cannot be written: the unsaved edits go to a complete copy
        in the data folder (one line on stderr says where), never silently away."""
        doc = self.window.doc
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.data_dir() / f"{doc.path.stem}-non-enregistre-{stamp}.mesdesk"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            doc.save_copy(target)
        except (OSError, SQLAlchemyError) as exc:
            print(f"mesdesk: modifications non enregistrées perdues ({doc.path}) : {exc}", file=sys.stderr)
        else:
            print(f"mesdesk: {doc.path} n'a pas pu être écrit ; "
                  f"les dernières modifications sont dans {target}", file=sys.stderr)
        doc.discard_unsaved()
