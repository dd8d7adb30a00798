"""Every question, notice and file chooser goes through this module.

Modal dialogs block automated tests; routing them through these few functions lets a
test replace one function (``monkeypatch.setattr(messages, "ask", ...)``) instead of
patching Qt classes. Callers must use ``messages.ask(...)``, not ``from … import ask``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Severity = Literal["information", "warning", "critical", "question"]

_ICONS = {
    "information": QMessageBox.Icon.Information,
    "warning": QMessageBox.Icon.Warning,
    "critical": QMessageBox.Icon.Critical,
    "question": QMessageBox.Icon.Question,
}


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[tuple[str, str]],
    *,
    default: str | None = None,
    cancel: str | None = None,
    severity: Severity = "question",
    details: str = "",
) -> str:
    """Ask a question; returns the key of the chosen button (``cancel`` on Esc)."""
    box = QMessageBox(parent)
    box.setObjectName("questionBox")
    box.setIcon(_ICONS[severity])
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    buttons = {}
    for key, label in choices:
        role = QMessageBox.ButtonRole.RejectRole if key == cancel else QMessageBox.ButtonRole.AcceptRole
        buttons[box.addButton(label, role)] = key
        if key == default:
            box.setDefaultButton(list(buttons)[-1])
        if key == cancel:
            box.setEscapeButton(list(buttons)[-1])
    box.exec()
    return buttons.get(box.clickedButton(), cancel or "")


def tell(
    parent: QWidget | None, title: str, text: str, *, severity: Severity = "information", details: str = ""
) -> None:
    """Show a notice with a single OK button."""
    box = QMessageBox(parent)
    box.setObjectName("noticeBox")
    box.setIcon(_ICONS[severity])
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def choose_open_file(parent: QWidget | None, title: str, directory: Path | None, filters: str) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(directory or ""), filters)
    return Path(path) if path else None


def choose_save_file(parent: QWidget | None, title: str, suggested: Path | None, filters: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested or ""), filters)
    return Path(path) if path else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text typed by the user (a name); None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None
