"""« Fichier › Ouvrir sur un serveur… »: the server's address, then its password.

The address (host, port, database, user) is remembered in the settings for the next
time; the password never is. It comes from the URL given on the command line, else
from the system keyring (``store.server_passwords``), else from a prompt, which
offers to keep it in the keyring when there is one. A refused password asks again
with the server's reason; any other failure is told once and nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesdesk.gui import messages
from mesdesk.store import server_passwords
from mesdesk.store.errors import ServerAuthError, WorkspaceError
from mesdesk.store.server import ServerAddress
from mesdesk.store.workspace import Workspace


class ServerDialog(QDialog):
    """Where the workspace is: host, port, database, user (no password here)."""

    def __init__(self, parent: QWidget | None, initial: ServerAddress | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Ouvrir sur un serveur"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("L'espace de travail partagé est sur un serveur PostgreSQL. "
                               "Votre administrateur vous a donné ces informations."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(initial.host if initial and not initial.on_socket else "")
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText("serveur.exemple.org")
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(initial.port if initial else 5432)
        self.database = QLineEdit(initial.database if initial else "")
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit(initial.user if initial else "")
        self.user.setObjectName("serverUser")
        form.addRow(self.tr("&Serveur :"), self.host)
        form.addRow(self.tr("&Port :"), self.port)
        form.addRow(self.tr("&Base :"), self.database)
        form.addRow(self.tr("&Utilisateur :"), self.user)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        complete = all(f.text().strip() for f in (self.host, self.database, self.user))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(complete)

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )


class PasswordDialog(QDialog):
    """The password of one user on one server, with the reason of a refusal if any."""

    def __init__(self, parent: QWidget | None, address: ServerAddress, problem: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Mot de passe"))
        layout = QVBoxLayout(self)
        text = self.tr("Mot de passe de %1 sur le serveur %2 :").replace("%1", address.user).replace(
            "%2", address.server_label)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        if problem:
            refused = QLabel(problem)
            refused.setObjectName("passwordProblem")
            refused.setWordWrap(True)
            layout.addWidget(refused)
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Retenir dans le trousseau du système"))
        self.remember.setObjectName("rememberPassword")
        self.remember.setChecked(True)
        # Only where there is a keyring: never a promise that cannot be kept.
        self.remember.setVisible(server_passwords.available())
        self.remember.setEnabled(server_passwords.available())
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def choose_server(parent: QWidget | None, initial: ServerAddress | None) -> ServerAddress | None:
    dialog = ServerDialog(parent, initial)
    try:
        return dialog.address() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_password(parent: QWidget | None, address: ServerAddress, problem: str | None) -> tuple[str, bool] | None:
    dialog = PasswordDialog(parent, address, problem)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text(), dialog.remember.isEnabled() and dialog.remember.isChecked()
    finally:
        dialog.password.clear()
        dialog.deleteLater()


def open_on_server(parent: QWidget | None, address: ServerAddress) -> Workspace | None:
    """The workspace at ``address``, asking for the password as needed; None when the
    user gave up or the server refused for another reason (told)."""
    password = address.password
    from_keyring = False
    if password is None:
        password = server_passwords.get(address)
        from_keyring = password is not None
    remember = False
    while True:
        try:
            workspace = Workspace.open(address.with_password(password))
        except ServerAuthError as exc:
            problem = str(exc) if password is not None else None
            if from_keyring:
                problem = QCoreApplication.translate(
                    "ServerDialog", "Le mot de passe retenu dans le trousseau a été refusé.")
                from_keyring = False
            answer = ask_password(parent, address, problem)
            if answer is None:
                return None
            password, remember = answer
            continue
        except (WorkspaceError, OSError) as exc:
            messages.tell(parent, QCoreApplication.translate("ServerDialog", "Impossible d'ouvrir sur le serveur"),
                          QCoreApplication.translate("ServerDialog", "« %1 » ne peut pas être ouvert.").replace(
                              "%1", address.name), severity="warning", details=str(exc))
            return None
        if remember and password:
            server_passwords.remember(address, password)
        return workspace
