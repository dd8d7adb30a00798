"""Done when: two real MES Desk processes on one server go through a conflict and its
resolution, driven by this test (tests/sharing/app_child.py is each person's app)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sharing_testing import open_server
from test_outline_collisions import server_action

CHILD = Path(__file__).with_name("app_child.py")
SCREENSHOTS = Path(os.environ.get("MESDESK_SHARING_SHOTS", "")) if os.environ.get("MESDESK_SHARING_SHOTS") else None


class App:
    """A running app process and its command line."""

    def __init__(self, url: str, author: str, home: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MESDESK_AUTHOR=author,
                   MESDESK_CONFIG_DIR=str(home / "config"), MESDESK_DATA_DIR=str(home / "data"))
        self.process = subprocess.Popen([sys.executable, str(CHILD), url], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        assert self.read().get("ready"), "the app did not start"

    def read(self) -> dict[str, Any]:
        line = self.process.stdout.readline()  # type: ignore[union-attr]
        if not line:
            raise AssertionError("the app died: " + self.process.stderr.read())  # type: ignore[union-attr]
        return json.loads(line)

    def __call__(self, command: str) -> dict[str, Any]:
        self.process.stdin.write(command + "\n")  # type: ignore[union-attr]
        self.process.stdin.flush()  # type: ignore[union-attr]
        return self.read()

    def until(self, command: str, check: Any, timeout: float = 5.0) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while True:
            answer = self(command)
            if check(answer) or time.monotonic() > end:
                return answer
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)


@pytest.fixture
def apps(server_db: str, tmp_path: Path) -> Iterator[tuple[App, App]]:
    alice = App(server_db, "Alice", tmp_path / "alice")
    bob = App(server_db, "Bob", tmp_path / "bob")
    yield alice, bob
    alice.stop()
    bob.stop()


def shot(app: App, name: str) -> None:
    if SCREENSHOTS is not None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        app(f"grab {SCREENSHOTS / name}")


def test_two_processes_conflict_and_resolution(apps: tuple[App, App]) -> None:
    alice, bob = apps
    alice("show 3.1")
    bob("show 3.1")
    # Each sees the other in the outline (the heartbeat names the section).
    assert "Bob" in alice.until("presence 3.1", lambda a: "Bob" in a["text"])["text"]
    assert "Alice" in bob.until("presence 3.1", lambda a: "Alice" in a["text"])["text"]
    # Both write at the end of the same text before either is saved, then Alice saves.
    # Whichever save reaches the server second meets a newer version: Bob's, when his
    # window hears Alice's change before its own autosave (it then saves his typing
    # first), or Alice's own when Bob's autosave was quicker (a loaded machine).
    bob("type  ajout de Bob")
    alice("type  ajout d'Alice")
    alice("save")
    found = {app: app.until("dialog", lambda a: a["count"] == 1, timeout=3.0) for app in (bob, alice)}
    assert sorted(d["count"] for d in found.values()) == [0, 1], found
    loser = next(app for app, d in found.items() if d["count"] == 1)  # the one shown the conflict
    winner = alice if loser is bob else bob
    mine, theirs = ("ajout de Bob", "ajout d'Alice") if loser is bob else ("ajout d'Alice", "ajout de Bob")
    dialog = found[loser]
    other = "Alice" if loser is bob else "Bob"
    assert dialog["intro"].startswith(f"{other} a modifié l'action 3.1"), dialog
    assert dialog["mine"].endswith(mine) and dialog["theirs"].endswith(theirs)
    shot(winner, "winner-before")
    shot(loser, "loser-conflict")
    # Until a choice is made, the server (and the other window) keep the other version.
    assert winner.until("text", lambda a: a["model"].endswith(theirs))["model"].endswith(theirs)
    # « Garder la mienne ».
    assert loser("click keepMine")["left"] == 0
    text = loser("text")
    assert text["shown"].endswith(mine) and text["model"].endswith(mine) and text["saved"], text
    # The other window shows it within 2 s, without anyone doing anything there.
    start = time.monotonic()
    seen = winner.until("text", lambda a: a["shown"].endswith(mine), timeout=2.0)
    assert seen["shown"].endswith(mine), seen
    assert time.monotonic() - start <= 2.5
    assert f"Modifié par {'Bob' if loser is bob else 'Alice'}" in seen["status"]
    assert theirs not in seen["shown"]
    shot(winner, "winner-after")
    # Both quit cleanly; nothing was refused or lost on the way.
    for app in (alice, bob):
        assert app("quit")["ok"]
        assert app.process.wait(10) == 0


def test_two_processes_deleting_an_action_someone_writes_in_is_refused(apps: tuple[App, App], server_db: str) -> None:
    alice, bob = apps
    uid = server_uid(server_db, "1.2")
    title = server_action(server_db, uid)[0]
    shown = f"1.2 {title}"  # in the outline, after the names of who else is there
    assert alice("outline")["titles"][1].endswith(shown)
    # Bob is writing in 1.2 when Alice deletes it: refused, naming him.
    bob("show 1.2")
    bob("type  ajout de Bob")
    refused = alice("delete 1.2")
    assert refused["ok"] and [m["title"] for m in refused["told"]] == ["Suppression refusée"], refused
    assert refused["told"][0]["text"].startswith("Bob est en train d'écrire dans « 1.2 "), refused
    assert bob.until("text", lambda a: a["saved"])["saved"]  # his autosave
    assert server_action(server_db, uid)[1].endswith("ajout de Bob")
    assert alice("outline")["titles"][1].endswith(shown)
    # Alice no longer hears the others; Bob writes more, saves, moves on (not typing there any
    # more): her deletion meets his newer text, which she has not read: refused, naming him.
    alice("deaf")
    bob("type  puis encore")
    assert bob("save")["ok"]
    bob("show 1.1")
    assert alice.until("typing 1.2", lambda a: a["names"] == [])["names"] == []
    refused = alice("delete 1.2")
    assert refused["ok"] and len(refused["told"]) == 1, refused
    notice = refused["told"][0]
    assert notice["title"] == "Suppression refusée" and notice["severity"] == "warning"
    assert notice["text"].startswith(f"Impossible de supprimer l'action 1.2 « {title} » : Bob a modifié son "
                                     "texte (bilan 2024) à "), notice
    assert "Rien n'est supprimé ni perdu" in notice["text"]
    # Nothing is lost: 1.2 is on the server with Bob's words, in Alice's outline, on her page.
    assert server_action(server_db, uid)[1].endswith("ajout de Bob puis encore")
    assert alice("outline")["titles"][1].endswith(shown)
    assert refused["current"] == ["action", uid]
    assert alice("text")["model"].endswith("ajout de Bob puis encore")
    shot(alice, "delete-refused")
    for app in (alice, bob):
        assert app("quit")["ok"]


def test_two_processes_rename_the_same_action_and_keep_mine(apps: tuple[App, App], server_db: str) -> None:
    alice, bob = apps
    uid = server_uid(server_db, "1.1")
    bob("deaf")  # he has not heard her rename when he makes his
    assert alice("rename 1.1 Titre d'Alice")["conflicts"] == 0
    assert server_action(server_db, uid)[0] == "Titre d'Alice"
    renamed = bob("rename 1.1 Titre de Bob")
    assert renamed["ok"] and renamed["conflicts"] == 1 and renamed["told"] == [], renamed
    dialog = bob("dialog")
    assert dialog["intro"].startswith("Alice a modifié l'action 1.1") and "Intitulé" in dialog["intro"], dialog
    assert (dialog["mine"], dialog["theirs"]) == ("Titre de Bob", "Titre d'Alice")
    # Until Bob chooses, the server and his outline have hers.
    assert server_action(server_db, uid)[0] == "Titre d'Alice"
    assert bob("outline")["titles"][0].endswith("1.1 Titre d'Alice")  # after « [Alice] », who is there
    shot(bob, "rename-conflict")
    assert bob("click keepMine")["left"] == 0
    assert server_action(server_db, uid)[0] == "Titre de Bob"
    assert bob("outline")["titles"][0].endswith("1.1 Titre de Bob")
    # Alice's outline shows it within 2 s, without her doing anything.
    start = time.monotonic()
    seen = alice.until("outline", lambda a: a["titles"][0].endswith("1.1 Titre de Bob"), timeout=2.0)
    assert seen["titles"][0].endswith("1.1 Titre de Bob"), seen
    assert time.monotonic() - start <= 2.5
    for app in (alice, bob):
        assert app("quit")["ok"]


def server_uid(url: str, number: str) -> str:
    ws = open_server(url)
    try:
        return ws.current_convention().action_by_number(number).uid
    finally:
        ws.close()
