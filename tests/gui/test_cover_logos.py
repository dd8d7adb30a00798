"""The cover logos on the « Couverture et organisation » page: choose, preview, on disk,
undo, refusal of a file that is no image, and the picture in the exported .docx."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from gui_helpers import read_column
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"


def image_file(folder: Path, name: str, size: tuple[int, int] = (120, 60), fmt: str = "PNG") -> Path:
    """A small image saved by Qt, as a user's logo file."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    path = folder / name
    path.write_bytes(bytes(data.data()))
    return path


def cover(window: Any) -> Any:
    window.select_key(("cover",))
    page = window.coverPage
    assert window.pages.currentWidget() is page
    return page


def button(page: Any, name: str) -> QPushButton:
    found = page.findChild(QPushButton, name)
    assert found is not None and found.isVisible(), name
    return found


def preview(page: Any, name: str) -> QLabel:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found


def has_picture(label: QLabel) -> bool:
    pixmap = label.pixmap()
    return pixmap is not None and not pixmap.isNull()


def test_a_chosen_logo_is_previewed_saved_and_undone(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path) -> None:
    page = cover(window)
    shown = preview(page, "organisationLogo")
    assert not has_picture(shown) and shown.text() == "(aucun logo)"
    assert not button(page, "removeOrganisationLogo").isEnabled()
    logo = image_file(tmp_path, "logo-mes.png")
    dialogs.open_files.append(logo)
    choose = button(page, "chooseOrganisationLogo")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)

    assert dialogs.told == []
    assert has_picture(shown)
    # Scaled into the preview box, keeping its 2:1 shape.
    pixmap = shown.pixmap()
    ratio = pixmap.width() / pixmap.height()
    assert 1.9 < ratio < 2.1 and pixmap.width() <= shown.width()
    assert button(page, "removeOrganisationLogo").isEnabled()
    path = window.doc.path
    assert read_column(path, "SELECT logo FROM organisation") == logo.read_bytes()

    # Ctrl+Z (focus on the page's button, not in a text field) takes it back out.
    choose.setFocus()
    qtbot.keyClick(choose, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert read_column(path, "SELECT logo FROM organisation") is None
    assert not has_picture(shown) and shown.text() == "(aucun logo)"
    # … and Ctrl+Y puts it back.
    qtbot.keyClick(choose, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert read_column(path, "SELECT logo FROM organisation") == logo.read_bytes()
    assert has_picture(shown)


def test_the_funder_logo_and_removing_it(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path) -> None:
    page = cover(window)
    logo = image_file(tmp_path, "fph.jpg", (80, 80), "JPEG")
    dialogs.open_files.append(logo)
    qtbot.mouseClick(button(page, "chooseFunderLogo"), Qt.MouseButton.LeftButton)
    path = window.doc.path
    assert read_column(path, "SELECT logo FROM funder") == logo.read_bytes()
    assert has_picture(preview(page, "funderLogo"))
    assert not has_picture(preview(page, "organisationLogo"))

    qtbot.mouseClick(button(page, "removeFunderLogo"), Qt.MouseButton.LeftButton)
    assert read_column(path, "SELECT logo FROM funder") is None
    assert not has_picture(preview(page, "funderLogo"))
    assert window.doc.undo_stack.undoText() == "Retrait du logo du financeur"
    # « Retirer » is now disabled: focus stays on the logo's buttons, not in a text field
    # (whose own undo would take Ctrl+Z).
    focused = QApplication.focusWidget()
    assert focused is button(page, "chooseFunderLogo")
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert read_column(path, "SELECT logo FROM funder") == logo.read_bytes()


def test_a_file_that_is_no_image_is_refused_with_a_message(qtbot: Any, window: Any, dialogs: Any,
                                                          tmp_path: Path) -> None:
    page = cover(window)
    fake = tmp_path / "logo.png"
    fake.write_text("ceci n'est pas une image", encoding="utf-8")
    cut = tmp_path / "coupe.png"
    cut.write_bytes(image_file(tmp_path, "entier.png").read_bytes()[:-20])
    big = tmp_path / "enorme.png"
    big.write_bytes(image_file(tmp_path, "petit.png").read_bytes() + b"\0" * (5 * 1024 * 1024))
    depth = window.doc.undo_stack.count()
    for chosen, words in ((fake, "n'est pas une image PNG ou JPEG"), (cut, "endommagé ou incomplet"),
                          (big, "moins de 5 Mo")):
        dialogs.open_files.append(chosen)
        qtbot.mouseClick(button(page, "chooseOrganisationLogo"), Qt.MouseButton.LeftButton)
        told = dialogs.told.pop()
        assert chosen.name in told["text"] and words in told["text"], told
        assert told.get("severity") == "warning"
    assert dialogs.told == []
    assert window.doc.undo_stack.count() == depth
    assert read_column(window.doc.path, "SELECT logo FROM organisation") is None
    assert not has_picture(preview(page, "organisationLogo"))


def test_cancelling_the_file_chooser_changes_nothing(qtbot: Any, window: Any, dialogs: Any) -> None:
    page = cover(window)
    depth = window.doc.undo_stack.count()
    dialogs.open_files.append(None)
    qtbot.mouseClick(button(page, "chooseFunderLogo"), Qt.MouseButton.LeftButton)
    assert window.doc.undo_stack.count() == depth and dialogs.told == []


def test_the_exported_docx_has_the_logos_on_its_cover(qtbot: Any, window: Any, dialogs: Any, tmp_path: Path) -> None:
    from test_export import run_export

    page = cover(window)
    org_logo = image_file(tmp_path, "mes.png", (200, 80))
    funder_logo = image_file(tmp_path, "fph.jpg", (90, 90), "JPEG")
    dialogs.open_files += [org_logo, funder_logo]
    qtbot.mouseClick(button(page, "chooseOrganisationLogo"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(page, "chooseFunderLogo"), Qt.MouseButton.LeftButton)

    dialog = run_export(window, qtbot, tmp_path / "bilan.docx", None)
    assert dialog.error is None, dialog.error
    import docx

    document = docx.Document(str(tmp_path / "bilan.docx"))
    first = document.paragraphs[0]
    assert first.style.name == "Logos de couverture"
    blips = list(first._p.iter(A_BLIP))
    assert len(blips) == 2
    parts = [document.part.related_parts[b.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")]
             for b in blips]
    assert [p.content_type for p in parts] == ["image/png", "image/jpeg"]
    assert [p.blob for p in parts] == [org_logo.read_bytes(), funder_logo.read_bytes()]
    assert document.paragraphs[1].text == "Bilan 2024"
    with zipfile.ZipFile(tmp_path / "bilan.docx") as archive:
        assert len([n for n in archive.namelist() if n.startswith("word/media/")]) == 2
