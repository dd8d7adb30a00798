"""The main window's menu bar and format toolbar, assembled from its actions
(``window_actions.py``). Only placement here: what an action does is elsewhere.

Sets ``window.recentMenu`` (filled when it opens, by ``file_commands``), ``window.viewMenu``
(the side panels add their toggle to it) and ``window.formatToolBar``.
The texts stay in the « MainWindow » translation context, where the English file has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from mesdesk.gui.editors import RichTextToolBar
from mesdesk.gui.richtext.icons import drawn_icon

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow


def build_menus(window: "MainWindow") -> None:
    w = window
    bar = w.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Fichier"))
    file_menu.setObjectName("menuFile")
    file_menu.addAction(w.actionNew)
    file_menu.addAction(w.actionOpen)
    file_menu.addAction(w.actionOpenServer)
    w.recentMenu = QMenu(QCoreApplication.translate("MainWindow", "Fichiers &récents"), w)
    w.recentMenu.setObjectName("menuRecent")
    w.recentMenu.aboutToShow.connect(w.files.fill_recent_menu)
    file_menu.addMenu(w.recentMenu)
    file_menu.addAction(w.actionSaveCopy)
    file_menu.addSeparator()
    file_menu.addAction(w.actionImport)
    file_menu.addAction(w.actionImportIndicators)
    file_menu.addAction(w.actionExport)
    file_menu.addSeparator()
    file_menu.addAction(w.actionPreferences)
    file_menu.addSeparator()
    file_menu.addAction(w.actionQuit)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Édition"))
    edit_menu.setObjectName("menuEdit")
    edit_menu.addAction(w.actionUndo)
    edit_menu.addAction(w.actionRedo)
    edit_menu.addSeparator()
    edit_menu.addAction(w.actionInsertIndicator)
    edit_menu.addSeparator()
    edit_menu.addAction(w.actionFind)
    edit_menu.addAction(w.actionReplace)

    convention_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Convention"))
    convention_menu.setObjectName("menuConvention")
    for action in (w.actionAddAxis, w.actionAddAction, w.actionRename, w.actionMoveUp, w.actionMoveDown,
                   w.actionDelete):
        convention_menu.addAction(action)

    report_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Bilan"))
    report_menu.setObjectName("menuReport")
    report_menu.addAction(w.actionNewReport)
    report_menu.addAction(w.actionPreviousReport)
    report_menu.addAction(w.actionNextReport)
    report_menu.addSeparator()
    report_menu.addAction(w.actionCheck)
    report_menu.addAction(w.actionReadThrough)
    report_menu.addAction(w.actionExport)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Affic&hage"))  # Alt+A is « Aide »
    view_menu.setObjectName("menuView")
    for action in (w.actionFocusOutline, w.actionFocusEditor, w.actionPreviousSection, w.actionNextSection):
        view_menu.addAction(action)
    w.viewMenu = view_menu

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Aide"))
    help_menu.setObjectName("menuHelp")
    help_menu.addAction(w.actionShortcuts)
    help_menu.addAction(w.actionOpenLog)
    help_menu.addAction(w.actionAbout)

    w.formatToolBar = RichTextToolBar(w)  # objectName "richTextToolBar"
    w.formatToolBar.setMovable(False)
    w.formatToolBar.addSeparator()
    w.actionInsertIndicator.setIcon(drawn_icon("indicator"))
    w.actionInsertIndicator.setToolTip(
        QCoreApplication.translate("MainWindow", "Insérer la valeur d'un indicateur (%1)").replace(
            "%1", w.actionInsertIndicator.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
    w.formatToolBar.addAction(w.actionInsertIndicator)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(w.edits.update_insert_indicator)
    w.addToolBar(w.formatToolBar)
    view_menu.addSeparator()
    view_menu.addAction(w.formatToolBar.toggleViewAction())
