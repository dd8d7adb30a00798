"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, started
on a unix socket in that folder and a free TCP port on 127.0.0.1, stopped and removed
at the end of the session.

The server programs come from the distribution's packages (`make test` installs them,
tools/install-system-deps.sh); Debian keeps them off the PATH, in
/usr/lib/postgresql/<version>/bin. initdb refuses to run as root, so as root (CI) the
cluster belongs to ``nobody`` (``setpriv``, as tests/faults runs its children).

Roles: ``mesdesk_admin`` is the cluster's superuser (password ``ADMIN_PASSWORD`` over
TCP, trusted on the socket); ``mesdesk_owner`` is an ordinary role that owns the test
databases, as a real server's MES Desk databases are owned by a role that is no
superuser (superusers pass through row-level security, owners do not: FORCE).
Each test database is a ``CREATE DATABASE … TEMPLATE`` copy of a database migrated
once per session, so a fresh one costs a few milliseconds, whatever the migrations.

A run killed before its teardown (SIGKILL, a ``timeout`` wrapper) leaves no server running:
pg_watchdog.py, started with each cluster, stops it and removes its folder.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ADMIN = "mesdesk_admin"
ADMIN_PASSWORD = "admin-secret-9"
OWNER = "mesdesk_owner"
OWNER_PASSWORD = "owner-secret-7"
NOBODY = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")


def server_bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: on the PATH, or Debian's versioned folder (newest)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent  # a link on the PATH: psql lives beside the real one
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    bin_dir: Path
    port: int
    as_nobody: bool
    _names: Iterator[int] = field(default_factory=itertools.count)
    _admin: Any = None  # a psycopg connection kept open: cheaper than a psql per database

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def _argv(self, *command: str) -> list[str]:
        """A server program's command line, as ``nobody`` when we are root."""
        argv = [str(self.bin_dir / command[0]), *command[1:]]
        return [*NOBODY, *argv] if self.as_nobody else argv

    def _env(self) -> dict[str, str]:
        return dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", HOME=str(self.folder))

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self._argv(*command), capture_output=True, text=True, env=self._env(), check=check,
                              timeout=120)

    def _stop_command(self) -> list[str]:
        return self._argv("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    # -- addresses ----------------------------------------------------------------
    def url(self, database: str, user: str = OWNER, password: str | None = None, *, tcp: bool = False) -> str:
        """A ``postgresql://`` URL as a user types it: TCP (password) or the socket (trusted)."""
        secret = f":{password}" if password is not None else ""
        if tcp:
            return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"
        return f"postgresql://{user}{secret}@/{database}?host={self.socket_dir}&port={self.port}"

    def psql(self, database: str, sql: str, *, user: str = ADMIN, check: bool = True) -> subprocess.CompletedProcess[str]:
        """The real psql on the socket: ``-A -t`` (bare rows), stop at the first error."""
        argv = [
            str(self.bin_dir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
            "-h", str(self.socket_dir), "-p", str(self.port), "-U", user, "-d", database, "-c", sql,
        ]  # fmt: skip
        env = dict(os.environ, LC_ALL="C.UTF-8", PGCONNECT_TIMEOUT="10")
        env.pop("PGPASSWORD", None)
        return subprocess.run(argv, capture_output=True, text=True, env=env, check=check, timeout=60)

    def admin_sql(self, sql: str, database: str = "postgres") -> str:
        return self.psql(database, sql).stdout

    # -- databases ----------------------------------------------------------------
    def new_database_name(self, prefix: str = "t") -> str:
        return f"{prefix}_{os.getpid()}_{next(self._names)}"

    def _admin_connection(self) -> Any:
        import psycopg

        if self._admin is None or self._admin.closed or self._admin.broken:
            self._admin = psycopg.connect(
                host=str(self.socket_dir), port=self.port, user=ADMIN, dbname="postgres", autocommit=True
            )
        return self._admin

    def _admin_execute(self, sql: str) -> None:
        import psycopg

        try:
            self._admin_connection().execute(sql)
        except psycopg.OperationalError:
            # A test that stopped and restarted the server (tests/sharing/test_server_lost.py)
            # left the kept connection dead, which only its next use reveals: once more, anew.
            self._admin = None
            self._admin_connection().execute(sql)

    def create_database(self, template: str | None = None, *, name: str | None = None) -> str:
        """A new database owned by ``OWNER``. From a template, FILE_COPY copies its few
        files at once (WAL_LOG, the default, writes every page to the WAL: slower for
        small databases; the checkpoint FILE_COPY needs is cheap without fsync)."""
        name = name or self.new_database_name()
        source = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self._admin_execute(f"CREATE DATABASE {name} OWNER {OWNER}{source}")
        return name

    def drop_database(self, name: str) -> None:
        self._admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    # -- life ---------------------------------------------------------------------
    def start(self) -> None:
        pwfile = self.folder / "pw"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        self.socket_dir.mkdir()
        if self.as_nobody:
            for path in (self.folder, self.socket_dir, pwfile):
                os.chown(path, 65534, 65534)
        self._run(
            "initdb", "-D", str(self.data), "-U", ADMIN, f"--pwfile={pwfile}", "--auth-local=trust",
            "--auth-host=scram-sha-256", "--no-sync", "--encoding=UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        pwfile.unlink()
        # A test cluster: durability is not the point, speed is. listen on loopback only.
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            "-c shared_buffers=32MB -c log_min_messages=warning"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options, "-w", "start")
        self.admin_sql(f"CREATE ROLE {OWNER} LOGIN CREATEDB CREATEROLE PASSWORD '{OWNER_PASSWORD}'")

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
        subprocess.run(self._stop_command(), capture_output=True, env=self._env(), check=False, timeout=120)

    def watchdog(self) -> subprocess.Popen[bytes]:
        """pg_watchdog.py, watching this process: should it be killed before its teardown
        (SIGKILL, a ``timeout`` wrapper), the server is stopped and the folder removed."""
        return subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("pg_watchdog.py")), str(os.getpid()), str(self.folder),
             *self._stop_command()],
            env=self._env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,  # out of the process group a ``timeout`` or Ctrl+C signals
        )

    def log_text(self) -> str:
        try:
            return (self.folder / "server.log").read_text(errors="replace")
        except OSError:
            return ""


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    """A started cluster, removed afterwards; raises RuntimeError when it cannot start."""
    bin_dir = server_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    as_nobody = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="mesdesk-pg-"))
    cluster = Cluster(folder=folder, bin_dir=bin_dir, port=_free_port(), as_nobody=as_nobody)
    watchdog = cluster.watchdog()  # before the server starts: a run killed while it starts leaves nothing either
    try:
        try:
            cluster.start()
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(f"the test cluster did not start: {exc.stderr or exc.stdout}\n{cluster.log_text()}") from exc
        yield cluster
    finally:
        watchdog.terminate()  # the teardown below does its work
        watchdog.wait(10)
        cluster.stop()
        for _ in range(20):  # the postmaster's last files may still be going away
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                break
            time.sleep(0.05)
