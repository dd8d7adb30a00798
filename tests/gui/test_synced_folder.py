"""A workspace in a synced folder (OneDrive, Dropbox…): said once per file at open, with
the offer to keep a copy in a local folder; and folders with accents and spaces."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mesdesk.gui.app import DeskController
from mesdesk.gui.settings import AppSettings
from mesdesk.store.workspace import Workspace


def _in_dropbox(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Dropbox (Association)" / "Bilans été 2025" / "bilan partagé.mesdesk"
    path.parent.mkdir(parents=True)
    path.write_bytes(sample_file.read_bytes())
    return path


def _close(controller: DeskController) -> None:
    if controller.window is not None:
        controller.window.close()


def test_said_once_per_file_then_kept_there(qtbot: Any, sample_file: Path, tmp_path: Path, dialogs: Any) -> None:
    path = _in_dropbox(sample_file, tmp_path)
    dialogs.answers = ["keep"]
    controller = DeskController()
    window = controller.start(path)
    assert window is not None and window.doc.path == path
    [question] = dialogs.asked
    assert question["title"] == "Dossier synchronisé"
    assert "« bilan partagé.mesdesk » est dans un dossier synchronisé par Dropbox" in question["text"]
    assert str(tmp_path / "Dropbox (Association)") in question["text"]
    assert "Ce message ne sera plus affiché pour ce fichier" in question["details"]
    assert [key for key, _ in question["choices"]] == ["move", "keep"]
    _close(controller)

    # The next start on the same file asks nothing (an unexpected question fails the test).
    again = DeskController()
    assert again.start(path) is not None
    assert len(dialogs.asked) == 1
    assert AppSettings().synced_warning_given(path)
    _close(again)


def test_a_copy_kept_elsewhere_is_opened_and_the_original_stays(
    qtbot: Any, sample_file: Path, tmp_path: Path, dialogs: Any
) -> None:
    path = _in_dropbox(sample_file, tmp_path)
    local = tmp_path / "Documents locaux" / "bilan partagé"  # no suffix typed: .mesdesk added
    dialogs.answers = ["move"]
    dialogs.save_files = [local]
    controller = DeskController()
    window = controller.start(path)
    assert window is not None
    copy = local.with_suffix(".mesdesk")
    assert window.doc.path == copy, "the window works on the local copy"
    assert path.exists(), "the original is left for the user to remove"
    assert "Vous travaillez maintenant sur" in window.statusBar().currentMessage()
    assert len(dialogs.asked) == 1, "the local copy is not asked about"
    _close(controller)
    with Workspace.open(copy) as reopened:
        assert reopened.current_convention().reports[-1].year == 2024


def test_a_synced_destination_is_refused(qtbot: Any, sample_file: Path, tmp_path: Path, dialogs: Any) -> None:
    path = _in_dropbox(sample_file, tmp_path)
    dialogs.answers = ["move"]
    dialogs.save_files = [tmp_path / "OneDrive" / "bilan.mesdesk"]
    controller = DeskController()
    window = controller.start(path)
    assert window is not None and window.doc.path == path
    assert "est aussi dans un dossier synchronisé" in dialogs.told[-1]["text"]
    assert not (tmp_path / "OneDrive").exists()
    _close(controller)


def test_opening_another_synced_workspace_from_the_window_asks_too(
    qtbot: Any, window: Any, controller: DeskController, sample_file: Path, tmp_path: Path, dialogs: Any
) -> None:
    path = _in_dropbox(sample_file, tmp_path)
    dialogs.answers = ["keep"]
    assert controller.open_path(path)
    assert controller.window is not None and controller.window.doc.path == path
    assert len(dialogs.asked) == 1 and "Dropbox" in dialogs.asked[0]["text"]


def test_recent_files_keep_accents_and_spaces(qtbot: Any, sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "Bilans été 2025" / "dossier partagé" / "bilan n°2 – œuvre.mesdesk"
    path.parent.mkdir(parents=True)
    path.write_bytes(sample_file.read_bytes())
    controller = DeskController()
    window = controller.start(path)
    assert window is not None and window.doc.path == path
    _close(controller)
    settings = AppSettings()  # read back from the INI file
    assert settings.last_workspace == path.resolve()
    assert settings.recent_files()[0] == path.resolve()
    reopened = DeskController().start()
    assert reopened is not None and reopened.doc.path == path.resolve()
    reopened.close()


def test_the_question_in_english(qtbot: Any, sample_file: Path, tmp_path: Path, dialogs: Any) -> None:
    from mesdesk.gui import i18n

    path = _in_dropbox(sample_file, tmp_path)
    dialogs.answers = ["keep"]
    controller = DeskController()
    i18n.install_language("en")
    window = controller.start(path)
    assert window is not None
    [question] = dialogs.asked
    assert question["title"] == "Synced folder"
    assert question["text"].startswith("“bilan partagé.mesdesk” is in a folder synced by Dropbox")
    assert question["details"].endswith("This message will not be shown again for this file.")
    assert [label for _, label in question["choices"]] == ["Save a copy elsewhere…", "Keep it here"]
    _close(controller)
