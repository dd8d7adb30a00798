"""GUI fixtures: a private settings/data folder, a window on a copy of the sample,
and a stand-in for every modal question (a test that meets an unexpected dialog fails
instead of hanging)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mesdesk.gui import messages


class Dialogs:
    """Records questions and notices; answers questions from a queue."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked: list[dict[str, Any]] = []
        self.told: list[dict[str, Any]] = []
        self.open_files: list[Path | None] = []
        self.save_files: list[Path | None] = []
        self.texts: list[str | None] = []  # answers to ``ask_text`` (a name typed; None: cancelled)

    def ask(self, parent: Any, title: str, text: str, choices: Any, **kw: Any) -> str:
        self.asked.append({"title": title, "text": text, "choices": list(choices), **kw})
        if not self.answers:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return self.answers.pop(0)

    def tell(self, parent: Any, title: str, text: str, **kw: Any) -> None:
        self.told.append({"title": title, "text": text, **kw})

    def choose_open_file(self, *args: Any) -> Path | None:
        if not self.open_files:
            raise AssertionError("unexpected file chooser")
        return self.open_files.pop(0)

    def choose_save_file(self, *args: Any) -> Path | None:
        if not self.save_files:
            raise AssertionError("unexpected file chooser")
        return self.save_files.pop(0)

    def ask_text(self, parent: Any, title: str, label: str, text: str = "") -> str | None:
        self.asked.append({"title": title, "text": label, "default": text})
        if not self.texts:
            raise AssertionError(f"unexpected text question: {title}: {label}")
        return self.texts.pop(0)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorder = Dialogs()
    for name in ("ask", "tell", "choose_open_file", "choose_save_file", "ask_text"):
        monkeypatch.setattr(messages, name, getattr(recorder, name))
    return recorder


@pytest.fixture(autouse=True)
def app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Settings and data folders of the test: the real home is never touched."""
    dirs = {"config": tmp_path / "config", "data": tmp_path / "data"}
    monkeypatch.setenv("MESDESK_CONFIG_DIR", str(dirs["config"]))
    monkeypatch.setenv("MESDESK_DATA_DIR", str(dirs["data"]))
    return dirs


@pytest.fixture(autouse=True, scope="session")
def gc_in_gui_thread(qapp: Any) -> Iterator[None]:
    """As in the application: cycles are collected in the GUI thread only (a collection
    in the export thread freed Qt objects there and crashed the suite)."""
    from mesdesk.gui import main_thread_gc

    main_thread_gc.install(qapp)
    yield


@pytest.fixture(autouse=True)
def french(qapp: Any) -> Iterator[None]:
    """Every test starts in French (the default) and leaves the app in French."""
    from mesdesk.gui import i18n

    i18n.install_language("fr")
    yield
    i18n.install_language("fr")


@pytest.fixture
def workspace_copy(sample_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "work" / "bilan.mesdesk"
    copy.parent.mkdir()
    copy.write_bytes(sample_file.read_bytes())
    return copy


@pytest.fixture
def controller(qtbot: Any) -> Any:
    from mesdesk.gui.app import DeskController

    return DeskController()


@pytest.fixture
def window(qtbot: Any, controller: Any, workspace_copy: Path) -> Iterator[Any]:
    """The main window on a private copy of the sample, shown and ready."""
    win = controller.start(workspace_copy)
    assert win is not None
    # The offscreen screen is 800×800, so a first window starts maximised to it: a
    # laptop's 1366×768 needs the normal state first.
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    current = controller.window
    if current is not None and not current.doc.workspace.closed:
        current.close()
