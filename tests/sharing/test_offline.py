"""« Emporter pour travailler hors ligne » and « Rapporter », on a real server."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_conflicts import Writer, stored

from mesdesk.model.richtext import RichText
from mesdesk.store.checkout import ReservedError, break_reservation, bring_back, held, take_offline
from mesdesk.store.errors import WorkspaceError
from mesdesk.store.workspace import Workspace


def local_text(path: Path, number: str, field: str = "narrative") -> RichText:
    ws = Workspace.open(path)
    try:
        convention = ws.current_convention()
        return getattr(convention.report_for(2024).text_for(convention.action_by_number(number)), field)
    finally:
        ws.rollback()
        ws.close()


def edit_local(path: Path, number: str, value: str, field: str = "narrative") -> None:
    ws = Workspace.open(path)
    try:
        convention = ws.current_convention()
        setattr(convention.report_for(2024).text_for(convention.action_by_number(number)), field, RichText.plain(value))
        ws.commit()
    finally:
        ws.close()


def test_take_offline_edit_and_bring_back(server_db: str, tmp_path: Path) -> None:
    paul, alice = Writer(server_db, "Paul"), Writer(server_db, "Alice")
    try:
        local = tmp_path / "hors-ligne.mesdesk"
        uid = paul.action("4.1").uid
        take_offline(paul.ws, paul.convention.report_for(2024), ["action:" + uid], local, "Paul")
        assert local.exists()
        assert held(alice.ws.session)["action:" + uid].holder == "Paul"
        # Alice reads it but cannot change it: refused, and said by whom.
        alice.text("4.1").narrative = RichText.plain("Alice essaie")
        with pytest.raises(ReservedError, match="emportée hors ligne par Paul"):
            alice.shared.commit()
        alice.ws.rollback()
        # She can still write elsewhere.
        alice.text("4.2").narrative = RichText.plain("Alice ailleurs")
        assert alice.shared.commit() == []
        # Offline, Paul writes in his copy; taking the same section again is refused.
        edit_local(local, "4.1", "Écrit dans le train")
        with pytest.raises(ReservedError, match="Paul"):
            take_offline(alice.ws, alice.convention.report_for(2024), ["action:" + uid], tmp_path / "autre.mesdesk", "Alice")
        # Back: his text is on the server, the section is free.
        assert bring_back(paul.ws, local, "Paul") == []
        assert stored(server_db, "4.1") == RichText.plain("Écrit dans le train")
        assert held(alice.ws.session) == {}
    finally:
        paul.ws.close()
        alice.ws.close()


def test_a_broken_reservation_then_the_laptop_comes_back(server_db: str, tmp_path: Path) -> None:
    """The administrator breaks the reservation of a laptop that does not come back; the
    server loses nothing; when it does come back after all, edits on both sides of the
    same field are a conflict, not an overwrite, and a field changed only offline goes in."""
    paul, admin = Writer(server_db, "Paul"), Writer(server_db, "Admin")
    try:
        local = tmp_path / "portable.mesdesk"
        uid = paul.action("4.3").uid
        before = stored(server_db, "4.3")
        take_offline(paul.ws, paul.convention.report_for(2024), ["action:" + uid], local, "Paul")
        gone = break_reservation(admin.ws, "action:" + uid)
        assert gone is not None and gone.holder == "Paul"
        assert stored(server_db, "4.3") == before  # nothing lost on the server
        admin.look()
        admin.text("4.3").narrative = RichText.plain("Repris au bureau")
        assert admin.shared.commit() == []
        edit_local(local, "4.3", "Écrit hors ligne")
        edit_local(local, "4.3", "Évaluation hors ligne", field="evaluation")
        paul.look()
        conflicts = bring_back(paul.ws, local, "Paul")
        assert [(c.field, c.mine, c.theirs, c.their_author) for c in conflicts] == [
            ("narrative", RichText.plain("Écrit hors ligne"), RichText.plain("Repris au bureau"), "Admin")]
        assert stored(server_db, "4.3") == RichText.plain("Repris au bureau")
        assert stored(server_db, "4.3", "evaluation") == RichText.plain("Évaluation hors ligne")
    finally:
        paul.ws.close()
        admin.ws.close()


def test_the_administrator_lists_and_breaks_a_reservation_from_the_command_line(
        server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mesdesk.cli.main import main

    paul = Writer(server_db, "Paul")
    try:
        take_offline(paul.ws, paul.convention.report_for(2024), ["action:" + paul.action("2.2").uid], tmp_path / "p.mesdesk", "Paul")
    finally:
        paul.ws.close()
    assert main(["reservations", server_db]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("2.2\tPaul\t")
    assert main(["reservations", server_db, "--liberer", "2.2"]) == 0
    assert "L'action 2.2 est libérée (emportée par Paul" in capsys.readouterr().out
    assert main(["reservations", server_db]) == 0
    assert capsys.readouterr().out == "Aucune partie n'est emportée hors ligne.\n"


def report_field_on_server(url: str, field: str) -> RichText:
    ws = Workspace.open(url)
    try:
        return getattr(ws.current_convention().report_for(2024), field)
    finally:
        ws.rollback()
        ws.close()


def test_the_preamble_and_the_conclusion_travel_offline_too(server_db: str, tmp_path: Path) -> None:
    """The preamble is what a delegate writes on a train most: it goes offline like an
    action, others cannot change it meanwhile, and « Rapporter » merges it the same way."""
    paul, alice = Writer(server_db, "Paul"), Writer(server_db, "Alice")
    try:
        local = tmp_path / "preambule.mesdesk"
        take_offline(paul.ws, paul.convention.report_for(2024), ["preamble", "conclusion"], local, "Paul")
        assert set(held(alice.ws.session)) == {"preamble", "conclusion"}
        alice.convention.report_for(2024).preamble = RichText.plain("Alice essaie")
        with pytest.raises(ReservedError, match="emportée hors ligne par Paul"):
            alice.shared.commit()
        alice.ws.rollback()
        alice.look()
        alice.text("1.1").narrative = RichText.plain("Alice ailleurs")  # the actions stay free
        assert alice.shared.commit() == []
        copy = Workspace.open(local)
        copy.current_convention().report_for(2024).preamble = RichText.plain("Préambule écrit dans le train")
        copy.commit()
        copy.close()
        assert bring_back(paul.ws, local, "Paul") == []
        assert report_field_on_server(server_db, "preamble") == RichText.plain("Préambule écrit dans le train")
        assert held(alice.ws.session) == {}
        # Free again: Alice changes the conclusion.
        alice.look()
        alice.convention.report_for(2024).conclusion = RichText.plain("Conclusion d'Alice")
        assert alice.shared.commit() == []
        assert report_field_on_server(server_db, "conclusion") == RichText.plain("Conclusion d'Alice")
    finally:
        paul.ws.close()
        alice.ws.close()


def test_a_section_that_cannot_travel_is_refused_in_a_sentence(server_db: str, tmp_path: Path) -> None:
    paul = Writer(server_db, "Paul")
    try:
        with pytest.raises(WorkspaceError, match="ne peut pas être emporté hors ligne"):
            take_offline(paul.ws, paul.convention.report_for(2024), ["preamble", "cover"], tmp_path / "x.mesdesk", "Paul")
        assert not paul.ws.session.new  # nothing half-reserved either
        paul.ws.commit()
        assert held(paul.ws.session) == {}
        assert not (tmp_path / "x.mesdesk").exists()
    finally:
        paul.ws.close()


def test_the_administrator_frees_the_preamble_by_its_name(
        server_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mesdesk.cli.main import main

    paul = Writer(server_db, "Paul")
    try:
        take_offline(paul.ws, paul.convention.report_for(2024), ["preamble"], tmp_path / "p.mesdesk", "Paul")
    finally:
        paul.ws.close()
    assert main(["reservations", server_db]) == 0
    assert capsys.readouterr().out.startswith("préambule\tPaul\t")
    assert main(["reservations", server_db, "--liberer", "preambule"]) == 0
    assert "Le préambule est libéré (emporté par Paul" in capsys.readouterr().out
    assert main(["reservations", server_db, "--liberer", "Conclusion"]) == 0
    assert capsys.readouterr().out == "La conclusion n'était pas emportée hors ligne.\n"
    assert main(["reservations", server_db, "--liberer", "9.9"]) == 1  # refused, as every user error
    assert "Pas d'action 9.9" in capsys.readouterr().err
