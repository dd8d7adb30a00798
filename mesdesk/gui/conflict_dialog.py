"""A conflict shown with both versions: « Garder la mienne », « Garder la leur »,
« Fusionner à la main ». Never silent, never modal to the whole app: the window stays
usable, the dialog stays until a choice is made (``Document.resolve`` writes it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui.clock import local_clock
from mesdesk.gui.richtext.from_document import document_to_richtext
from mesdesk.gui.richtext.to_document import richtext_to_document
from mesdesk.model.richtext import RichText
from mesdesk.store.conflicts import Conflict


class ConflictDialog(QDialog):
    """One conflict; ``resolved(conflict, value)``: value None keeps theirs."""

    resolved = Signal(object, object)

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.setWindowTitle(self.tr("Conflit de modification"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._rich = isinstance(conflict.mine, RichText) or isinstance(conflict.theirs, RichText)

        intro = QLabel(self._intro_text(), self)
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.mineView = self._view("conflictMine", conflict.mine)
        self.theirsView = self._view("conflictTheirs", conflict.theirs)
        mine_box = self._column(self.tr("Votre version"), self.mineView)
        who = conflict.their_author or self.tr("quelqu'un")
        when = local_clock(conflict.their_time, seconds=True)
        theirs_title = (self.tr("Version de %1 (%2)").replace("%1", who).replace("%2", when) if when
                        else self.tr("Version de %1").replace("%1", who))
        if conflict.deleted_by_them:
            theirs_title = self.tr("Supprimé par un autre rédacteur")
        theirs_box = self._column(theirs_title, self.theirsView)
        versions = QHBoxLayout()
        versions.addWidget(mine_box, 1)
        versions.addWidget(theirs_box, 1)

        self.mergeEdit: QTextEdit | QPlainTextEdit = QTextEdit(self) if self._rich else QPlainTextEdit(self)
        self.mergeEdit.setObjectName("conflictMerge")
        self._set_value(self.mergeEdit, conflict.mine)
        self.mergeBox = self._column(self.tr("Version fusionnée (modifiable)"), self.mergeEdit)
        self.mergeBox.setVisible(False)

        self.keepMineButton = QPushButton(self.tr("Garder la &mienne"), self)
        self.keepMineButton.setObjectName("keepMine")
        self.keepTheirsButton = QPushButton(self.tr("Garder la &leur"), self)
        self.keepTheirsButton.setObjectName("keepTheirs")
        self.mergeButton = QPushButton(self.tr("&Fusionner à la main"), self)
        self.mergeButton.setObjectName("mergeByHand")
        self.saveMergeButton = QPushButton(self.tr("&Enregistrer la fusion"), self)
        self.saveMergeButton.setObjectName("saveMerge")
        self.saveMergeButton.setVisible(False)
        self.keepMineButton.clicked.connect(lambda: self._choose(self.conflict.mine))
        self.keepTheirsButton.clicked.connect(lambda: self._choose(None))
        self.mergeButton.clicked.connect(self._start_merge)
        self.saveMergeButton.clicked.connect(lambda: self._choose(self._merged()))
        if conflict.deleted_by_them:
            # Nothing left to write into: the text stays here to be copied elsewhere.
            self.keepMineButton.setEnabled(False)
            self.mergeButton.setEnabled(False)
            self.keepTheirsButton.setText(self.tr("J'ai &copié mon texte"))
        if conflict.deleted_by_me:
            self.keepMineButton.setText(self.tr("&Supprimer quand même"))
            self.mergeButton.setEnabled(False)
        if conflict.field is not None and not self._rich and not isinstance(conflict.mine, str):
            self.mergeButton.setEnabled(False)  # a number or a date: one or the other
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keepMineButton, self.keepTheirsButton, self.mergeButton, self.saveMergeButton):
            buttons.addWidget(button)

        self._mark_difference()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(versions, 1)
        layout.addWidget(self.mergeBox, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)

    # -- building ---------------------------------------------------------------------
    def _intro_text(self) -> str:
        c = self.conflict
        place = c.place
        where = ""
        if "action" in place:
            where = self.tr("l'action %1 « %2 »").replace("%1", str(place["action"])).replace("%2", str(place.get("title", "")))
        elif "label" in place:
            where = f"« {place['label']} »"
        field = self._field_label(c.field) if c.field else ""
        if field:
            where = f"{where} — {field}" if where else field
        if "year" in place:
            where = self.tr("%1 (bilan %2)").replace("%1", where).replace("%2", str(place["year"]))
        who = c.their_author or self.tr("quelqu'un")
        if c.deleted_by_them:
            return self.tr("%1 a supprimé %2 pendant que vous l'écriviez. Votre texte n'est pas perdu : "
                           "le voici, copiez-le où il doit aller.").replace("%1", who).replace("%2", where)
        if c.deleted_by_me:
            return self.tr("Vous avez supprimé %1, que %2 venait de modifier. Rien n'est supprimé tant "
                           "que vous n'avez pas choisi.").replace("%1", where).replace("%2", who)
        return self.tr("%1 a modifié %2 pendant que vous l'écriviez. Rien n'a été écrasé : choisissez "
                       "la version à garder, ou fusionnez-les.").replace("%1", who).replace("%2", where)

    def _column(self, title: str, view: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title, box)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        return box

    def _view(self, name: str, value: Any) -> QTextEdit:
        view = QTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        self._set_value(view, value)
        return view

    def _set_value(self, edit: QTextEdit | QPlainTextEdit, value: Any) -> None:
        if isinstance(edit, QTextEdit) and isinstance(value, RichText):
            edit.setDocument(richtext_to_document(value, QTextDocument(edit)))
        elif isinstance(value, dict):  # a whole row (deleted): its words one after the other
            parts = [v.plain_text() if isinstance(v, RichText) else v for key, v in value.items() if _words(key, v)]
            edit.setPlainText("\n\n".join(parts))
        else:
            edit.setPlainText("" if value is None else str(value))

    def _mark_difference(self) -> None:
        """Long texts differ in a few words: highlight where, and show it in both views."""
        mine, theirs = self.mineView.toPlainText(), self.theirsView.toPlainText()
        start = 0
        while start < min(len(mine), len(theirs)) and mine[start] == theirs[start]:
            start += 1
        end = 0
        while end < min(len(mine), len(theirs)) - start and mine[-1 - end] == theirs[-1 - end]:
            end += 1
        for view, text in ((self.mineView, mine), (self.theirsView, theirs)):
            cursor = view.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(max(start, len(text) - end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # ExtraSelection's fields are set by assignment
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe08a"))
            selection.format = fmt
            view.setExtraSelections([selection])
            cursor.clearSelection()
            view.setTextCursor(cursor)
            view.ensureCursorVisible()

    # -- choosing ---------------------------------------------------------------------
    def _start_merge(self) -> None:
        self.mergeBox.setVisible(True)
        self.saveMergeButton.setVisible(True)
        self.mergeButton.setEnabled(False)
        self.mergeEdit.setFocus()
        # The versions' views just got smaller: bring the difference back into view.
        QTimer.singleShot(0, self._mark_difference)

    def _merged(self) -> Any:
        if isinstance(self.mergeEdit, QTextEdit):
            return document_to_richtext(self.mergeEdit.document())
        return self.mergeEdit.toPlainText()

    def _choose(self, value: Any) -> None:
        self.resolved.emit(self.conflict, value)
        self.accept()

    def reject(self) -> None:
        """Escape or the close box: a conflict is never dismissed without a choice."""

    def _field_label(self, name: str) -> str:
        """A field's name as the pages show it (the text fields; others by their key)."""
        labels = {
            "evaluation": self.tr("Évaluation"),
            "narrative": self.tr("Récit"),
            "means": self.tr("Moyens"),
            "preamble": self.tr("Préambule"),
            "conclusion": self.tr("Conclusion"),
            "title": self.tr("Intitulé"),
            "status": self.tr("État"),
        }
        return labels.get(name, name)


# A row's columns that are not what someone wrote: keys, names of fields, signatures.
_NOT_WORDS = frozenset({"uid", "field", "section", "kind", "status", "author", "changed_by", "approved_by",
                        "action_uid", "quote"})


def _words(key: str, value: Any) -> bool:
    """Whether a column of a whole row is words to show (a reply's body, an action's
    title), not its keys, dates and bookkeeping."""
    if isinstance(value, RichText):
        return bool(value.plain_text().strip())
    return isinstance(value, str) and bool(value.strip()) and key not in _NOT_WORDS and not key.endswith("_id")
