"""Random sequences of Qt-free edits, undos and redos on the sample (the machine is in
``tests/edits_testing.py``): every undo gives back the dump from before that edit,
and undoing everything gives the original bytes, in the session and on disk."""

from __future__ import annotations

import os
from pathlib import Path

from edits_testing import EditsMachine
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test


def test_random_edits_then_undo_all_give_the_original_dump(sample_file: Path) -> None:
    EditsMachine.sample = sample_file
    # A few seconds in the suite; MESDESK_EDITS_EXAMPLES=500 for a long hunt.
    run_state_machine_as_test(
        EditsMachine,
        settings=settings(
            max_examples=int(os.environ.get("MESDESK_EDITS_EXAMPLES", "15")),
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )
