"""« Fichier › Ouvrir sur un serveur… » driven like a user: the address typed in the
dialog, the password typed in its prompt (then taken from the keyring), refusals told,
and the password written nowhere (settings, log)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from pg_cluster import OWNER, OWNER_PASSWORD, Cluster
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from mesdesk.store import server_passwords
from mesdesk.store.server import ServerAddress


class MemoryKeyring(KeyringBackend):
    """A keyring in memory: the real library's interface, no system service."""

    priority = 1  # type: ignore[assignment]  # keyring declares it as a class property

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def database(pg_cluster: Cluster, pg_sample_template: str) -> Iterator[str]:
    name = pg_cluster.create_database(pg_sample_template)
    yield name
    pg_cluster.drop_database(name)


def when_modal(qtbot: Any, act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the next modal dialog as soon as it shows; returns the names seen."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.objectName())
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def fill_server(qtbot: Any, cluster: Cluster, database: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert dialog.objectName() == "serverDialog"
        for name, text in (("serverHost", "127.0.0.1"), ("serverDatabase", database), ("serverUser", OWNER)):
            field = dialog.findChild(QWidget, name)
            field.clear()  # type: ignore[attr-defined]
            qtbot.keyClicks(field, text)
        port = dialog.findChild(QWidget, "serverPort")
        port.setValue(cluster.port)  # type: ignore[attr-defined]
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton)

    return act


def type_password(qtbot: Any, password: str, problems: list[str]) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert dialog.objectName() == "passwordDialog"
        problem = dialog.findChild(QWidget, "passwordProblem")
        problems.append(problem.text() if problem is not None else "")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.findChild(QWidget, "serverPassword"), password)
        qtbot.keyClick(dialog.findChild(QWidget, "serverPassword"), Qt.Key.Key_Return)

    return act


def test_open_on_a_server_from_the_menu_then_from_the_keyring(
        qtbot: Any, window: Any, controller: Any, pg_cluster: Cluster, database: str, ring: MemoryKeyring,
        app_dirs: dict[str, Path], private_data_dir: Path) -> None:
    from mesdesk import logs

    logs.setup_logging()
    problems: list[str] = []
    seen = when_modal(qtbot, fill_server(qtbot, pg_cluster, database))

    def then_password() -> None:
        if seen:
            when_modal(qtbot, type_password(qtbot, OWNER_PASSWORD, problems))
        else:
            QTimer.singleShot(20, then_password)

    QTimer.singleShot(0, then_password)
    window.actionOpenServer.trigger()
    doc = controller.window.doc
    assert doc.workspace.server is not None and doc.path.name == f"{database}@127.0.0.1"
    assert problems == [""]  # asked once, with no refusal to report
    assert doc.report is not None and doc.report.year == 2024
    assert database in controller.window.windowTitle()
    address = ServerAddress(host="127.0.0.1", port=pg_cluster.port, database=database, user=OWNER)
    assert ring.items == {(server_passwords.SERVICE, server_passwords.key(address)): OWNER_PASSWORD}

    # Again, from the remembered address: the keyring answers, nothing is asked.
    controller.open_path(window_file := Path(str(controller.settings.last_workspace)))
    assert controller.window.doc.path == window_file
    seen2 = when_modal(qtbot, lambda dialog: qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton))
    controller.window.actionOpenServer.trigger()
    assert seen2 == ["serverDialog"]  # the address was offered filled in: only « Ouvrir » clicked
    assert controller.window.doc.workspace.server is not None
    controller.window.doc.save_now()
    controller.settings.sync()
    logs.stop_logging()

    written = b"".join(p.read_bytes() for folder in (*app_dirs.values(), private_data_dir)
                       for p in folder.rglob("*") if p.is_file())
    assert f"lastServer=postgresql://{OWNER}@127.0.0.1:{pg_cluster.port}/{database}".encode() in written
    assert OWNER_PASSWORD.encode() not in written


def test_a_refused_password_is_asked_again_with_the_reason(
        qtbot: Any, window: Any, controller: Any, pg_cluster: Cluster, database: str, ring: MemoryKeyring) -> None:
    problems: list[str] = []
    answers = iter(["pas-le-bon", OWNER_PASSWORD])

    def password_prompts() -> None:
        when_modal(qtbot, lambda dialog: (type_password(qtbot, next(answers), problems)(dialog),
                                          QTimer.singleShot(50, password_prompts) if len(problems) < 2 else None))

    password_prompts()
    url = pg_cluster.url(database, tcp=True)
    assert controller.open_server(url)
    assert problems[0] == ""
    assert "mot de passe incorrect" in problems[1]
    assert controller.window.doc.workspace.server is not None


def test_an_unreachable_server_is_told_and_the_file_stays_open(
        window: Any, controller: Any, dialogs: Any, workspace_copy: Path) -> None:
    assert not controller.open_server("postgresql://personne@127.0.0.1:1/bilan")
    assert controller.window.doc.path == workspace_copy
    (told,) = dialogs.told
    assert "127.0.0.1:1 ne répond pas" in told["details"]


def test_the_command_line_url_opens_the_window_on_the_server(
        qtbot: Any, controller: Any, pg_cluster: Cluster, database: str, ring: MemoryKeyring) -> None:
    win = controller.start(pg_cluster.url(database, password=OWNER_PASSWORD, tcp=True))
    assert win is not None and win.doc.workspace.server is not None
    assert controller.settings.last_server == f"postgresql://{OWNER}@127.0.0.1:{pg_cluster.port}/{database}"
    assert ring.items == {}  # a password given in the URL is used, not kept
    win.close()


def test_an_export_reads_the_workspace_on_the_server(pg_cluster: Cluster, database: str, tmp_path: Path) -> None:
    """The export worker opens its own connection: to the server, with the password the
    open workspace holds in memory."""
    from docx import Document as WordDocument

    from mesdesk.gui.export_job import ExportJob, ExportRequest
    from mesdesk.store.workspace import Workspace

    url = pg_cluster.url(database, password=OWNER_PASSWORD, tcp=True)
    with Workspace.open(url) as ws:
        assert ws.server is not None
        report = ws.current_convention().reports[-1]  # type: ignore[union-attr]
        job = ExportJob(ExportRequest(ws.server, report.id, word_target=tmp_path / "bilan.docx"))
        outcomes: list[Any] = []
        failures: list[tuple[str, str]] = []
        job.done.connect(outcomes.append)
        job.failed.connect(lambda kind, message: failures.append((kind, message)))
        job.run()
    assert failures == [] and outcomes[0].word == tmp_path / "bilan.docx"
    text = "\n".join(p.text for p in WordDocument(str(tmp_path / "bilan.docx")).paragraphs)
    assert "Mouvement pour l'Économie Solidaire" in text
