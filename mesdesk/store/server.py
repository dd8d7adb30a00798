"""The address of a workspace on a PostgreSQL server, and what went wrong reaching it.

A workspace on a server is named by a URL as PostgreSQL's own tools take it:
``postgresql://user@host:port/database`` (``?host=/folder`` for a unix socket). The
password is never part of what MES Desk shows, logs or remembers: ``ServerAddress``
keeps it apart, ``location`` leaves it out, and the engine's URL is built only at
connection time.

Reaching a server fails for reasons the user can act on (the server is down or the
address is wrong, the password is wrong, the database does not exist): ``describe``
says which in one French line. libpq words those failures itself, in English or in the
client's language, and without an error code for the ones met before the server
answers, so they are recognised by their wording in both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from mesdesk.store.errors import ServerAuthError, ServerError, ServerUnreachableError, WorkspaceError

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_SCHEME = re.compile(r"^(postgresql|postgres)(\+psycopg)?://", re.I)
CONNECT_TIMEOUT_S = 5


def is_server_location(location: object) -> bool:
    """Whether ``location`` (a command-line argument, a path) names a workspace on a server."""
    return isinstance(location, str) and bool(_SCHEME.match(location))


@dataclass(frozen=True)
class ServerAddress:
    host: str  # a host name, an IP address, or a folder holding the server's unix socket
    port: int
    database: str
    user: str
    password: str | None = None
    query: tuple[tuple[str, str], ...] = ()  # the URL's other options (sslmode…), kept as given

    @classmethod
    def parse(cls, text: str) -> "ServerAddress":
        """The address in ``text``; ``WorkspaceError`` with one line when it is not one."""
        try:
            url = make_url(text.strip())
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
            raise WorkspaceError(f"Adresse de serveur illisible : {_without_password(text)}") from exc
        if url.drivername.lower() not in SCHEMES:
            raise WorkspaceError(f"Adresse de serveur non reconnue (postgresql://… attendu) : {url.drivername}")
        if not url.database:
            raise WorkspaceError(
                "L'adresse du serveur doit nommer la base : postgresql://utilisateur@serveur/base"
            )
        query = {key: (value if isinstance(value, str) else value[-1]) for key, value in url.query.items()}
        host = url.host or query.pop("host", "") or "localhost"
        port_text = query.pop("port", "")
        try:
            port = url.port or (int(port_text) if port_text else 5432)
        except ValueError as exc:
            raise WorkspaceError(f"Port de serveur illisible : {port_text}") from exc
        user = url.username or query.pop("user", "") or _default_user()
        return cls(
            host=host,
            port=port,
            database=url.database,
            user=user,
            password=url.password if isinstance(url.password, str) else None,
            query=tuple(sorted(query.items())),
        )

    def with_password(self, password: str | None) -> "ServerAddress":
        return replace(self, password=password)

    @property
    def on_socket(self) -> bool:
        return self.host.startswith("/")

    @property
    def server_label(self) -> str:
        """The server as a person names it: ``host:port`` (« ce poste » for a local socket)."""
        if self.on_socket:
            return "localhost"
        return self.host if self.port == 5432 else f"{self.host}:{self.port}"

    @property
    def name(self) -> str:
        """What stands for a file name in messages and titles: ``base@serveur``."""
        return f"{self.database}@{'localhost' if self.on_socket else self.host}"

    @property
    def location(self) -> str:
        """The URL without the password: what may be shown, logged and remembered."""
        return self._url(with_password=False).render_as_string(hide_password=False).replace(
            "postgresql+psycopg://", "postgresql://", 1
        )

    def sqlalchemy_url(self) -> URL:
        """The engine's URL, password included: build it when connecting, never keep it."""
        return self._url(with_password=True)

    def _url(self, *, with_password: bool) -> URL:
        query = dict(self.query)
        host: str | None = self.host
        port: int | None = self.port
        if self.on_socket:
            query["host"] = self.host
            query["port"] = str(self.port)
            host = port = None
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password if with_password else None,
            host=host,
            port=port,
            database=self.database,
            query=query,
        )

    def as_path(self) -> Path:
        """A stand-in ``Path`` for code that names a workspace by ``path.name``."""
        return Path(self.name.replace("/", "_"))


def _default_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "postgres"


def _without_password(text: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", text)


# -- failures ---------------------------------------------------------------------------
_AUTH = ("password authentication failed", "authentification par mot de passe échouée")
_UNREACHABLE = (
    "connection refused",
    "connexion refusée",
    "could not translate host name",
    "n'a pas pu traduire le nom d'hôte",
    "timeout expired",
    "le délai d'attente a expiré",
    "no route to host",
    "network is unreachable",
    "could not connect to server",
    "no such file or directory",  # a unix socket that is not there: no server on it
    "server closed the connection unexpectedly",
    "terminating connection due to administrator command",
    "the database system is shutting down",
    "the database system is starting up",
    "connection is closed",
    "consuming input failed",
    "ssl syscall error",
)
_NO_DATABASE = re.compile(r'database "[^"]*" does not exist|la base de données « [^»]* » n\'existe pas')
_NO_ROLE = re.compile(r'role "[^"]*" does not exist|le rôle « [^»]* » n\'existe pas')
_NO_CONNECT = ("permission denied for database", "droit refusé pour la base de données")


def _driver_error(exc: BaseException) -> BaseException | None:
    """The psycopg error under SQLAlchemy's wrapper (or under our own), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if type(current).__module__.startswith("psycopg"):
            return current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def server_cause(exc: BaseException) -> str | None:
    """``unreachable``, ``auth``, ``no-password``, ``no-role``, ``no-database``, ``denied`` for a failure to reach or use
    the server; None when ``exc`` is not one of those (a bug, a refused value)."""
    if isinstance(exc, ServerUnreachableError):
        return "unreachable"
    if isinstance(exc, ServerAuthError):
        return "auth"
    driver = _driver_error(exc)
    if driver is None:
        return None
    text = str(driver).lower()
    sqlstate = getattr(driver, "sqlstate", None) or ""
    if "no password supplied" in text or "aucun mot de passe fourni" in text or "fe_sendauth" in text:
        return "no-password"
    if sqlstate in ("28P01", "28000") or any(marker in text for marker in _AUTH):
        return "auth"
    if sqlstate == "3D000" or _NO_DATABASE.search(text):
        return "no-database"
    if _NO_ROLE.search(text):
        return "no-role"
    if sqlstate == "42501" or any(marker in text for marker in _NO_CONNECT):
        return "denied"
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03") or any(m in text for m in _UNREACHABLE):
        return "unreachable"
    if type(driver).__name__ == "OperationalError":
        return "unreachable"  # every other failure to talk to the server at all
    return None


def describe(address: ServerAddress, exc: BaseException, action: str = "ouvrir") -> WorkspaceError:
    """The user's one line for ``exc`` met while ``action`` the workspace at ``address``."""
    if isinstance(exc, WorkspaceError):
        return exc
    cause = server_cause(exc)
    where = address.server_label
    if cause == "unreachable":
        return ServerUnreachableError(
            f"Le serveur {where} ne répond pas (impossible {_de(action)} {address.name}) : vérifiez l'adresse "
            "et le réseau, ou que PostgreSQL y est démarré, puis recommencez."
        )
    if cause == "no-password":
        return ServerAuthError(f"Le serveur {where} demande un mot de passe pour l'utilisateur {address.user}.")
    if cause == "no-role":
        return ServerAuthError(f"L'utilisateur {address.user} n'existe pas sur le serveur {where}.")
    if cause == "auth":
        return ServerAuthError(
            f"Le serveur {where} a refusé l'utilisateur {address.user} : mot de passe incorrect "
            "(ou utilisateur inconnu)."
        )
    if cause == "no-database":
        return ServerError(f"La base {address.database} n'existe pas sur le serveur {where}.")
    if cause == "denied":
        return ServerError(
            f"L'utilisateur {address.user} n'a pas le droit {_de(action)} {address.name} : "
            "demandez à l'administrateur du serveur de l'ajouter (mesdesk server add-member)."
        )
    first_line = str(_driver_error(exc) or exc).strip().splitlines()[0:1]
    return ServerError(f"Impossible {_de(action)} {address.name} : {first_line[0] if first_line else type(exc).__name__}")


def _de(action: str) -> str:
    return f"d'{action}" if action[:1].lower() in "aeéèêiîoôuh" else f"de {action}"
