"""Every command of the main window, its text and its keys: one table.

``build_actions`` makes one ``QAction`` per row, named like the row (tests, the
shortcuts dialog and ``docs/desktop.md`` find them by ``objectName``) and set as an
attribute of the window of the same name (``window.actionExport``). Where the actions
go in the menus is ``window_menus.py``; what they do lives with the window, its file
commands (``file_commands.py``) and the structure editor.

The texts stay in the « MainWindow » translation context, where the English file has them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from mesdesk.gui.editors import RichTextToolBar

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow

K = QKeySequence.StandardKey
Key = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    name: str  # objectName and attribute of the window
    text: object  # French source text (context « MainWindow »), a QT_TRANSLATE_NOOP str typed as object
    slot: Callable[["MainWindow"], Callable[..., Any]]  # what the action calls, read from the window
    keys: tuple[Key, ...] = ()  # the first is the one menus show
    tip: object = ""  # status-bar tip (context « MainWindow »)
    enabled: bool = True


ACTIONS: tuple[ActionSpec, ...] = (
    # Fichier
    ActionSpec("actionNew", QT_TRANSLATE_NOOP("MainWindow", "&Nouvel espace de travail…"),
               lambda w: w.files.new_workspace, (K.New,)),
    ActionSpec("actionOpen", QT_TRANSLATE_NOOP("MainWindow", "&Ouvrir…"), lambda w: w.files.open_workspace_dialog,
               (K.Open,)),
    ActionSpec("actionOpenServer", QT_TRANSLATE_NOOP("MainWindow", "Ouvrir sur un &serveur…"),
               lambda w: w.files.open_server_dialog),
    ActionSpec("actionSaveCopy", QT_TRANSLATE_NOOP("MainWindow", "Enregistrer une &copie sous…"),
               lambda w: w.files.save_copy, ("Ctrl+Shift+S",),
               QT_TRANSLATE_NOOP("MainWindow",
                                 "Le travail est enregistré automatiquement ; ceci écrit une copie ailleurs.")),
    ActionSpec("actionExport", QT_TRANSLATE_NOOP("MainWindow", "&Exporter en Word et Excel…"),
               lambda w: w.files.export, ("Ctrl+E",)),
    ActionSpec("actionImport", QT_TRANSLATE_NOOP("MainWindow", "&Importer un bilan Word…"),
               lambda w: w.files.import_docx, ("Ctrl+Shift+O",)),
    ActionSpec("actionImportIndicators",
               QT_TRANSLATE_NOOP("MainWindow", "Importer les &indicateurs d'un classeur Excel…"),
               lambda w: w.files.import_indicators, ("Ctrl+Shift+I",)),
    ActionSpec("actionPreferences", QT_TRANSLATE_NOOP("MainWindow", "&Préférences…"), lambda w: w.app_commands.preferences,
               ("Ctrl+,",)),
    ActionSpec("actionQuit", QT_TRANSLATE_NOOP("MainWindow", "&Quitter"), lambda w: w.close, ("Ctrl+Q",)),
    # Édition
    ActionSpec("actionUndo", QT_TRANSLATE_NOOP("MainWindow", "&Annuler"), lambda w: w.edits.undo, ("Ctrl+Z",)),
    ActionSpec("actionRedo", QT_TRANSLATE_NOOP("MainWindow", "&Rétablir"), lambda w: w.edits.redo,
               ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("actionFind", QT_TRANSLATE_NOOP("MainWindow", "&Rechercher dans le bilan…"), lambda w: w.side.show_find,
               (K.Find,)),
    ActionSpec("actionReplace", QT_TRANSLATE_NOOP("MainWindow", "Re&mplacer…"), lambda w: w.side.show_replace,
               ("Ctrl+H",)),
    # Ctrl+Alt+letter like the other insertions of the text (note Ctrl+Alt+F, sub-title Ctrl+Alt+H).
    # Enabled while the cursor is in a page's text (EditCommands.update_insert_indicator).
    ActionSpec("actionInsertIndicator", QT_TRANSLATE_NOOP("MainWindow", "&Insérer la valeur d'un indicateur…"),
               lambda w: w.edits.insert_indicator, ("Ctrl+Alt+I",),
               QT_TRANSLATE_NOOP("MainWindow",
                                 "Une pastille qui montre la valeur de l'indicateur pour l'année du bilan"),
               enabled=False),
    ActionSpec("actionCheck", QT_TRANSLATE_NOOP("MainWindow", "&Vérifier le bilan"), lambda w: w.side.show_check,
               ("F7",)),
    ActionSpec("actionReadThrough", QT_TRANSLATE_NOOP("MainWindow", "&Relecture du bilan entier"),
               lambda w: w.side.show_readthrough, ("Ctrl+Shift+R",)),
    # Convention (the structure)
    ActionSpec("actionAddAxis", QT_TRANSLATE_NOOP("MainWindow", "Ajouter un a&xe"), lambda w: w.structure.add_axis,
               ("Ctrl+Shift+X",)),
    ActionSpec("actionAddAction", QT_TRANSLATE_NOOP("MainWindow", "Ajouter une &action"),
               lambda w: w.structure.add_action, ("Ctrl+Shift+N",)),
    ActionSpec("actionRename", QT_TRANSLATE_NOOP("MainWindow", "&Renommer"), lambda w: w.edit_current_title,
               ("F2",)),
    ActionSpec("actionMoveUp", QT_TRANSLATE_NOOP("MainWindow", "&Monter"), lambda w: lambda: w.structure.move(-1),
               ("Ctrl+Shift+Up",)),
    ActionSpec("actionMoveDown", QT_TRANSLATE_NOOP("MainWindow", "&Descendre"),
               lambda w: lambda: w.structure.move(1), ("Ctrl+Shift+Down",)),
    ActionSpec("actionDelete", QT_TRANSLATE_NOOP("MainWindow", "&Supprimer"), lambda w: w.structure.delete,
               ("Ctrl+Shift+Del",)),
    # Bilan
    ActionSpec("actionNewReport", QT_TRANSLATE_NOOP("MainWindow", "&Nouveau bilan annuel…"),
               lambda w: w.new_report),
    ActionSpec("actionPreviousReport", QT_TRANSLATE_NOOP("MainWindow", "Bilan &précédent"),
               lambda w: lambda: w._step_report(-1), ("Ctrl+Alt+PgUp",)),
    ActionSpec("actionNextReport", QT_TRANSLATE_NOOP("MainWindow", "Bilan &suivant"),
               lambda w: lambda: w._step_report(1), ("Ctrl+Alt+PgDown",)),
    # Affichage
    ActionSpec("actionFocusOutline", QT_TRANSLATE_NOOP("MainWindow", "Aller au &plan"), lambda w: w.focus_outline,
               ("Ctrl+1",)),
    ActionSpec("actionFocusEditor", QT_TRANSLATE_NOOP("MainWindow", "Aller au &texte"), lambda w: w.focus_page,
               ("Ctrl+2",)),
    ActionSpec("actionPreviousSection", QT_TRANSLATE_NOOP("MainWindow", "Partie p&récédente"),
               lambda w: lambda: w._step_section(-1), ("Ctrl+Alt+Up",)),
    ActionSpec("actionNextSection", QT_TRANSLATE_NOOP("MainWindow", "Partie s&uivante"),
               lambda w: lambda: w._step_section(1), ("Ctrl+Alt+Down",)),
    # Aide
    ActionSpec("actionShortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Raccourcis clavier"),
               lambda w: w.app_commands.show_shortcuts, ("F1",)),
    ActionSpec("actionOpenLog", QT_TRANSLATE_NOOP("MainWindow", "Ouvrir le &journal"), lambda w: w.app_commands.open_log),
    ActionSpec("actionAbout", QT_TRANSLATE_NOOP("MainWindow", "À &propos de MES Desk"), lambda w: w.app_commands.about),
)

class WindowActions:
    """The attributes ``build_actions`` and ``build_menus`` set on the window, declared
    for the type checker (``MainWindow`` inherits this; it holds nothing at run time)."""

    actionNew: QAction
    actionOpen: QAction
    actionOpenServer: QAction
    actionSaveCopy: QAction
    actionExport: QAction
    actionImport: QAction
    actionImportIndicators: QAction
    actionPreferences: QAction
    actionQuit: QAction
    actionUndo: QAction
    actionRedo: QAction
    actionFind: QAction
    actionReplace: QAction
    actionInsertIndicator: QAction
    actionCheck: QAction
    actionReadThrough: QAction
    actionAddAxis: QAction
    actionAddAction: QAction
    actionRename: QAction
    actionMoveUp: QAction
    actionMoveDown: QAction
    actionDelete: QAction
    actionNewReport: QAction
    actionPreviousReport: QAction
    actionNextReport: QAction
    actionFocusOutline: QAction
    actionFocusEditor: QAction
    actionPreviousSection: QAction
    actionNextSection: QAction
    actionShortcuts: QAction
    actionOpenLog: QAction
    actionAbout: QAction
    recentMenu: QMenu
    viewMenu: QMenu
    formatToolBar: RichTextToolBar


# The commands that would change the file: off while it is open read-only.
EDITING_ACTIONS = ("actionUndo", "actionRedo", "actionAddAxis", "actionAddAction", "actionRename", "actionMoveUp",
                   "actionMoveDown", "actionDelete", "actionNewReport", "actionImport", "actionImportIndicators")


def _tr(text: object) -> str:
    return QCoreApplication.translate("MainWindow", str(text))


def build_actions(window: "MainWindow") -> None:
    """One QAction per row of ``ACTIONS``, on the window (its shortcuts work without a menu)."""
    for spec in ACTIONS:
        assert spec.name in WindowActions.__annotations__, spec.name  # declared for the type checker
        action = QAction(_tr(spec.text), window)
        action.setObjectName(spec.name)
        if spec.keys:
            action.setShortcuts([QKeySequence(key) for key in spec.keys])
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
        action.setEnabled(spec.enabled)
        action.triggered.connect(spec.slot(window))
        window.addAction(action)
        setattr(window, spec.name, action)
    # In the outline, the plain Delete key removes the selected axis or action (undoable).
    outline_delete = QAction(window.outline)
    outline_delete.setShortcut(QKeySequence.StandardKey.Delete)
    outline_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    outline_delete.triggered.connect(window.structure.delete)
    window.outline.addAction(outline_delete)
