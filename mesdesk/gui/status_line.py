"""The permanent part of the window's status bar: the report's length and whether the
file holds everything (« Enregistré à 14:32 », or why not).

A failed save is told once in a dialog, then stays red in the status bar until a save
succeeds (the document retries on its own); the success is said once too.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime
from PySide6.QtWidgets import QLabel

from mesdesk.gui import messages
from mesdesk.gui.file_commands import save_failure_text
from mesdesk.model.page_estimate import estimate_pages

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow


class StatusLine(QObject):
    """``lengthLabel`` and ``saveLabel`` at the right of the window's status bar."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.failing = False  # a failed save was told; the next success says so
        self.lengthLabel = QLabel(window)
        self.lengthLabel.setObjectName("reportLength")
        window.statusBar().addPermanentWidget(self.lengthLabel)
        self.saveLabel = QLabel(window)
        self.saveLabel.setObjectName("saveStatus")
        window.statusBar().addPermanentWidget(self.saveLabel)
        window.statusBar().setObjectName("statusBar")

    def reset(self, read_only: bool) -> None:
        """Another workspace is shown."""
        self.failing = False
        self.saveLabel.setStyleSheet("")
        if read_only:
            self.saveLabel.setText(self.tr("Lecture seule : rien n'est enregistré"))
        else:
            self.saveLabel.setText(self.tr("Enregistrement automatique"))

    def update_length(self) -> None:
        """The whole report's words and estimated pages (red past the convention's limit)."""
        report = self.window.doc.report
        if report is None:
            self.lengthLabel.clear()
            return
        estimate = estimate_pages(report)
        words = self.window.locale().toString(estimate.words)
        text = self.tr("%1 mots · ≈ %n page(s)", "", estimate.pages).replace("%1", words)
        limit = report.convention.page_limit
        over = limit is not None and estimate.pages > limit
        if limit is not None:
            text += self.tr(" sur %1").replace("%1", str(limit))
        self.lengthLabel.setText(text)
        self.lengthLabel.setStyleSheet("color: #b00000; font-weight: bold" if over else "")
        self.lengthLabel.setToolTip(self.tr(
            "Estimation du nombre de pages du fichier Word exporté (à une page près), "
            "d'après la longueur des textes et la mise en page du modèle."))

    def saved(self, when: dt.datetime) -> None:
        doc = self.window.doc
        self.update_length()
        time = QTime(when.hour, when.minute, when.second)
        self.saveLabel.setText(self.tr("Enregistré à %1").replace("%1", self.window.locale().toString(time, "HH:mm")))
        self.saveLabel.setToolTip(doc.path.as_posix())
        if self.failing:
            self.failing = False
            self.saveLabel.setStyleSheet("")
            self.window.show_message(self.tr("L'enregistrement fonctionne de nouveau : tout est écrit dans « %1 ».")
                                     .replace("%1", doc.path.name))

    def save_failed(self, cause: str, detail: str, closed: bool = False) -> None:
        # Stays in the status bar until a save succeeds; the edits are kept and retried.
        self.saveLabel.setText(self.tr("Non enregistré : %1 — nouvel essai automatique")
                               .replace("%1", save_failure_text(cause)))
        self.saveLabel.setToolTip(detail)
        self.saveLabel.setStyleSheet("color: #b03a2e; font-weight: bold;")
        if self.failing or closed:
            return  # told once per failure, not at every retry
        self.failing = True
        messages.tell(
            self.window, self.tr("Enregistrement impossible"),
            self.tr("Vos dernières modifications n'ont pas pu être écrites dans « %1 » : %2.")
            .replace("%1", self.window.doc.path.name).replace("%2", save_failure_text(cause)),
            severity="warning",
            details=self.tr("Rien n'est perdu : elles restent à l'écran et l'enregistrement est réessayé toutes les "
                            "quelques secondes. Libérez de la place ou rétablissez l'accès au fichier, ou utilisez "
                            "« Enregistrer une copie sous… » pour mettre votre travail à l'abri ailleurs.")
            + "\n\n" + detail,
        )
