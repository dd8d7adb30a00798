"""Fichier › Importer une relecture Word… : a reviewed file back into the report shown.

The file is checked and read first; a refused one (not a Word file, damaged, another
convention's or another year's report) is told in one message and changes nothing.
The import itself is one edit on the undo stack (« Importer la relecture »): the
reviewers' comments on their words, their changes as suggestions waiting in the
« Relecture » panel. Nothing of the text changes until the delegate accepts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mesdesk.gui.import_flow import read_chosen_file
from mesdesk.gui.review_panel import TextEditCommand

if TYPE_CHECKING:
    from mesdesk.gui.main_window import MainWindow


def import_review(window: "MainWindow") -> None:
    from mesdesk.exchange.review_import import read_review
    from mesdesk.exchange.review_import.importer import plan_review

    doc = window.doc
    report = doc.report
    if report is None:
        return
    title = QCoreApplication.translate("ReviewFlow", "Importer une relecture Word")
    planned = read_chosen_file(window, title, QCoreApplication.translate("ReviewFlow", "Documents Word (*.docx)"),
                               lambda path: plan_review(read_review(path), report))
    if planned is None:
        return
    edit, summary = planned
    if edit.steps:
        # The comments' marks are in the texts: the page on screen reloads them.
        doc.undo_stack.push(TextEditCommand(window, edit, QCoreApplication.translate("ReviewFlow",
                                                                                     "Importer la relecture")))
    window.show_review(summary)
