"""Saying once that a workspace sits in a OneDrive, Dropbox, iCloud or Google Drive folder,
and offering to keep it elsewhere.

What counts as a synced folder, and why it matters, is ``mesdesk/store/synced_folders.py``.
The question comes when such a workspace opens, once per file (remembered in the
settings whatever the answer); "Enregistrer une copie ailleurs…" writes a copy in a local
folder and opens it, and the original stays where it was, for the user to remove.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mesdesk.gui import messages, paths, workspace_files
from mesdesk.store.synced_folders import SyncedFolder, synced_folder

if TYPE_CHECKING:
    from mesdesk.gui.app import DeskController


def find(path: Path) -> SyncedFolder | None:
    return synced_folder(path.resolve(), os.environ)


def local_folder() -> Path:
    """Where to suggest keeping the workspace: Documents, unless OneDrive has it too
    (Windows often moves Documents into OneDrive), else the application's data folder."""
    import platformdirs

    documents = Path(platformdirs.user_documents_dir())
    if documents.is_dir() and find(documents / "x") is None:
        return documents
    return paths.data_dir()


def offer_local_copy(controller: DeskController) -> None:
    """Called once the controller's window shows a workspace: ask if it is synced and new."""
    window = controller.window
    if window is None or window.doc.workspace.server is not None:
        return  # a workspace on a server is in no synced folder
    path = window.doc.path
    found = find(path)
    if found is None or controller.settings.synced_warning_given(path):
        return
    controller.settings.remember_synced_warning(path)
    controller.settings.sync()
    choice = messages.ask(
        window,
        QCoreApplication.translate("SyncedFolder", "Dossier synchronisé"),
        QCoreApplication.translate("SyncedFolder", "« %1 » est dans un dossier synchronisé par %2 (%3).")
        .replace("%1", path.name).replace("%2", found.service).replace("%3", str(found.root)),
        [("move", QCoreApplication.translate("SyncedFolder", "Enregistrer une copie ailleurs…")), ("keep", QCoreApplication.translate("SyncedFolder", "Continuer ici"))],
        default="move",
        cancel="keep",
        severity="warning",
        details=QCoreApplication.translate("SyncedFolder", "Un espace de travail est une base de données ouverte tant que vous travaillez : "
                    "le service de synchronisation peut en envoyer une copie incomplète ou remettre une version "
                    "plus ancienne, et le bilan s'en trouve abîmé. Gardez-le dans un dossier de cet ordinateur et "
                    "déposez dans le dossier partagé les documents Word et Excel exportés. "
                    "Ce message ne sera plus affiché pour ce fichier."),
    )
    if choice != "move":
        return
    target = messages.choose_save_file(window, QCoreApplication.translate("SyncedFolder", "Où garder l'espace de travail ?"),
                                       local_folder() / path.name, workspace_files.file_filter())
    if target is None:
        return
    if target.suffix != ".mesdesk":
        target = target.with_suffix(".mesdesk")
    if find(target) is not None:
        messages.tell(window, QCoreApplication.translate("SyncedFolder", "Dossier synchronisé"),
                      QCoreApplication.translate("SyncedFolder", "« %1 » est aussi dans un dossier synchronisé : l'espace de travail reste où il est.")
                      .replace("%1", str(target.parent)), severity="warning")
        return
    window.doc.save_now()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        window.doc.workspace.save_copy(target)
    except OSError as exc:
        messages.tell(window, QCoreApplication.translate("SyncedFolder", "Copie impossible"),
                      QCoreApplication.translate("SyncedFolder", "La copie n'a pas pu être écrite dans « %1 ».").replace("%1", str(target)),
                      severity="warning", details=str(exc))
        return
    if controller.open_path(target) and controller.window is not None:
        controller.window.show_message(
            QCoreApplication.translate("SyncedFolder", "Vous travaillez maintenant sur %1. L'original reste dans %2 : supprimez-le quand vous voudrez.")
            .replace("%1", str(target)).replace("%2", str(path.parent)))
