"""The log file: where it is, that it rotates, and that the excepthooks write every
unexpected exception to it with its traceback (no Qt here)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from mesdesk import logs
from mesdesk.cli.main import main


def read(path: Path) -> str:
    for handler in logging.getLogger(logs.ROOT).handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_lives_in_the_data_folder(private_data_dir: Path) -> None:
    path = logs.setup_logging()
    assert path == private_data_dir / "mesdesk.log"
    assert not private_data_dir.exists()  # nothing written yet: no folder made
    logging.getLogger("mesdesk.some.module").warning("Save of bilan.mesdesk failed: disk I/O error")
    line = read(path).strip()
    assert line.endswith("WARNING mesdesk.some.module: Save of bilan.mesdesk failed: disk I/O error")
    assert logs.setup_logging() == path  # a second call changes nothing…
    logging.getLogger("mesdesk.x").info("once")
    assert read(path).count("once") == 1  # …and adds no second handler


def test_the_log_rotates(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "logs" / "mesdesk.log", max_bytes=2_000, backup_count=2)
    logger = logging.getLogger("mesdesk.rotation")
    for i in range(200):
        logger.info("line %03d of a log that grows past its size", i)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["mesdesk.log", "mesdesk.log.1", "mesdesk.log.2"]  # older ones dropped
    assert all(p.stat().st_size <= 2_000 for p in path.parent.iterdir())
    assert "line 199" in read(path)


def test_an_uncaught_exception_is_logged_with_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)
    monkeypatch.setattr(threading, "excepthook", lambda args: None)
    path = logs.setup_logging(tmp_path / "mesdesk.log")
    shown: list[BaseException] = []
    logs.install_excepthooks(shown.append)

    def failing_step() -> None:
        raise ZeroDivisionError("division by zero")

    try:
        failing_step()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())  # what Python (or PySide6, for a slot) calls
    text = read(path)
    assert "CRITICAL mesdesk.logs: Unexpected exception (main thread)" in text
    assert "Traceback (most recent call last):" in text and "in failing_step" in text
    assert "ZeroDivisionError: division by zero" in text
    assert [type(e) for e in shown] == [ZeroDivisionError]

    worker = threading.Thread(target=failing_step, name="export")
    worker.start()
    worker.join()
    assert "Unexpected exception (thread export)" in read(path)
    assert len(shown) == 2


def test_a_failing_message_does_not_hide_the_exception(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)
    monkeypatch.setattr(threading, "excepthook", lambda args: None)
    path = logs.setup_logging(tmp_path / "mesdesk.log")

    def broken_report(exc: BaseException) -> None:
        raise RuntimeError("no window")

    logs.install_excepthooks(broken_report)
    try:
        raise KeyError("abc")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    text = read(path)
    assert "KeyError: 'abc'" in text and "RuntimeError: no window" in text


def test_the_command_line_logs_its_refusals(private_data_dir: Path, capsys: Any) -> None:
    assert main(["json-dump", str(private_data_dir.parent / "absent.mesdesk")]) == 1
    assert "mesdesk :" in capsys.readouterr().err
    text = read(private_data_dir / "mesdesk.log")
    assert "mesdesk.cli.main: mesdesk json-dump" in text and "absent.mesdesk" in text


def test_a_save_failure_message_does_not_quote_the_report(sample_workspace: Any) -> None:
    """The engine hides statement parameters: a failed write's message (shown, logged)
    names the statement, never the text being written."""
    from sqlalchemy import text
    from sqlalchemy.exc import StatementError

    from mesdesk.model.entities import Report

    report = sample_workspace.session.query(Report).first()
    report.title = "Un titre secret"
    sample_workspace.session.flush()
    sample_workspace.session.execute(  # make the next write fail
        text("CREATE TRIGGER refuse BEFORE UPDATE ON report BEGIN SELECT RAISE(ABORT, 'refusé'); END")
    )
    report.title = "Un autre titre secret"
    with pytest.raises(StatementError) as caught:
        sample_workspace.session.flush()
    assert "refusé" in str(caught.value)
    assert "secret" not in str(caught.value)
    sample_workspace.rollback()


def test_an_unwritable_log_is_given_up_quietly(tmp_path: Path, capsys: Any) -> None:
    """No « Logging error » traceback on stderr when the data folder cannot be written."""
    import logging

    from mesdesk import logs

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    logs.setup_logging(blocker / "data" / "mesdesk.log")
    try:
        logging.getLogger("mesdesk.test").warning("one line")
        logging.getLogger("mesdesk.test").warning("another line")
    finally:
        logs.stop_logging()
    assert "Logging error" not in capsys.readouterr().err
