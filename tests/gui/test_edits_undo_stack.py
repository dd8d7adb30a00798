"""The same random edits, run through the window's undo stack (``EditCommand``, the
document's save after each, the pages refreshing): every Ctrl+Z gives the dump from
before that edit, and undoing everything the original bytes, on disk too."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from edits_testing import EditsMachine
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from mesdesk.gui.app import DeskController
from mesdesk.gui.commands import EditCommand
from mesdesk.model.edits import Edit
from mesdesk.model.entities import Convention


class WindowEditsMachine(EditsMachine):
    def open(self) -> Convention:
        self.controller = DeskController()
        window = self.controller.start(self.path)
        assert window is not None
        window.show()
        self.window, self.doc = window, window.doc
        self.session = self.doc.session
        assert self.doc.convention is not None
        return self.doc.convention

    def do(self, edit: Edit) -> None:
        self.doc.undo_stack.push(EditCommand(self.doc, edit, "edit"))

    def undo_last(self, edit: Edit) -> None:
        assert self.doc.undo_stack.command(self.doc.undo_stack.index() - 1).edit is edit
        self.window.actionUndo.trigger()

    def redo_last(self, edit: Edit) -> None:
        self.window.actionRedo.trigger()

    def close(self) -> None:
        self.window.close()


def test_random_edits_through_the_undo_stack(qtbot: Any, sample_file: Path) -> None:
    WindowEditsMachine.sample = sample_file
    run_state_machine_as_test(
        WindowEditsMachine,
        settings=settings(
            max_examples=int(os.environ.get("MESDESK_GUI_EDITS_EXAMPLES", "6")),
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )
