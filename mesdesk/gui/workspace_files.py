"""Opening and creating workspace files from the GUI, with the user's words for failures.

Every function here either returns an open ``Workspace`` or explains why not and
returns None; the caller's current workspace is never touched on failure.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mesdesk.gui import messages
from mesdesk.store.errors import (
    CorruptWorkspaceError,
    DiskFullError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceBusyError,
    WorkspaceError,
    WorkspaceInUseError,
    WorkspaceIOError,
)
from mesdesk.store.workspace import Workspace


def file_filter() -> str:
    return QCoreApplication.translate("WorkspaceFiles", "Espaces de travail MES Desk (*.mesdesk);;Tous les fichiers (*)")


def explain_open_error(path: Path, exc: Exception) -> tuple[str, str]:
    """(message, what to do) for a workspace that cannot be opened."""
    name = path.name
    if isinstance(exc, NewerWorkspaceError):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » a été enregistré par une version plus récente de MES Desk.").replace("%1", name),
            QCoreApplication.translate("WorkspaceFiles", "Installez la dernière version de MES Desk pour l'ouvrir. Le fichier n'a pas été modifié."),
        )
    if isinstance(exc, CorruptWorkspaceError):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » est endommagé et ne peut pas être ouvert.").replace("%1", name),
            QCoreApplication.translate("WorkspaceFiles", "Ouvrez une sauvegarde (fichier .bak.mesdesk à côté de lui) ou une copie récente."),
        )
    if isinstance(exc, NotAWorkspaceError):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » n'est pas un espace de travail MES Desk.").replace("%1", name),
            QCoreApplication.translate("WorkspaceFiles", "Choisissez un fichier .mesdesk. Pour reprendre un bilan Word, utilisez l'import."),
        )
    if isinstance(exc, FileNotFoundError) or (isinstance(exc, WorkspaceError) and not path.exists()):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » est introuvable.").replace("%1", str(path)),
            QCoreApplication.translate("WorkspaceFiles", "Le fichier a peut-être été déplacé ou renommé."),
        )
    if isinstance(exc, DiskFullError):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » ne peut pas être ouvert : le disque est plein.").replace("%1", name),
            QCoreApplication.translate("WorkspaceFiles", "Libérez de la place sur le disque puis rouvrez-le. Le fichier lui-même est intact."),
        )
    if isinstance(exc, WorkspaceBusyError):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » est en cours d'écriture par un autre programme.").replace("%1", name),
            QCoreApplication.translate("WorkspaceFiles", "Attendez qu'il ait fini (une synchronisation, une copie) puis rouvrez-le."),
        )
    if isinstance(exc, WorkspaceIOError):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » ne peut pas être lu : le disque ne répond pas.").replace("%1", name),
            QCoreApplication.translate("WorkspaceFiles", "Rebranchez la clé USB ou le disque réseau, puis rouvrez-le. Le fichier n'a pas été modifié."),
        )
    if isinstance(exc, ReadOnlyWorkspaceError):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » ne peut pas être modifié ici.").replace("%1", name),
            QCoreApplication.translate("WorkspaceFiles", "Copiez-le dans un dossier où vous pouvez écrire (vos documents), puis ouvrez la copie."),
        )
    if isinstance(exc, PermissionError):
        return (
            QCoreApplication.translate("WorkspaceFiles", "« %1 » ne peut pas être lu (droits d'accès).").replace("%1", name),
            QCoreApplication.translate("WorkspaceFiles", "Vérifiez les droits du fichier ou copiez-le dans vos documents."),
        )
    return (QCoreApplication.translate("WorkspaceFiles", "« %1 » ne peut pas être ouvert.").replace("%1", name), str(exc))


def open_workspace(parent: QWidget | None, path: Path) -> Workspace | None:
    """Open ``path``, asking before opening a file another window holds."""
    try:
        return Workspace.open(path)
    except WorkspaceInUseError as exc:
        choice = messages.ask(
            parent,
            QCoreApplication.translate("WorkspaceFiles", "Fichier déjà ouvert"),
            QCoreApplication.translate("WorkspaceFiles", "« %1 » est déjà ouvert dans une autre fenêtre MES Desk (%2).").replace("%1", path.name).replace("%2", exc.holder),
            [("force", QCoreApplication.translate("WorkspaceFiles", "Ouvrir quand même")), ("cancel", QCoreApplication.translate("WorkspaceFiles", "Annuler"))],
            default="cancel",
            cancel="cancel",
            severity="warning",
            details=QCoreApplication.translate("WorkspaceFiles", "Si les deux fenêtres modifient le bilan, des modifications peuvent être perdues. "
                       "Ouvrez-le quand même seulement si l'autre fenêtre est fermée ou bloquée."),
        )
        if choice != "force":
            return None
        try:
            return Workspace.open(path, force=True)
        except (WorkspaceError, OSError) as exc2:
            _tell_open_error(parent, path, exc2)
            return None
    except (WorkspaceError, OSError) as exc:
        _tell_open_error(parent, path, exc)
        return None


def _tell_open_error(parent: QWidget | None, path: Path, exc: Exception) -> None:
    message, advice = explain_open_error(path, exc)
    messages.tell(parent, QCoreApplication.translate("WorkspaceFiles", "Impossible d'ouvrir le fichier"), message, severity="warning", details=advice)


def create_first_workspace(path: Path) -> Workspace:
    """The workspace of a first launch, pre-filled with the bundled sample report."""
    from mesdesk.exchange.seeding import create_sample

    path.parent.mkdir(parents=True, exist_ok=True)
    return create_sample(path)


def create_empty_workspace(path: Path) -> Workspace:
    """A new workspace with an empty convention over three years and last year's report."""
    from mesdesk.model.entities import Convention, Funder, Organisation, Report

    workspace = Workspace.create(path, overwrite=True)
    year = dt.date.today().year - 1  # a report is written early in the following year
    with workspace.transaction() as session:
        session.add(Organisation())
        convention = Convention(funder=Funder(), first_year=year, last_year=year + 2)
        convention.reports.append(Report(year=year, title=QCoreApplication.translate("WorkspaceFiles", "Bilan %1").replace("%1", str(year))))
        session.add(convention)
    return workspace
