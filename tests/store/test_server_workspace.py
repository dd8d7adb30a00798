"""A workspace on a PostgreSQL server: opened by URL, the same migrations and checks,
refusals in one line, moved between a file and a server with json-dump / json-load.

Everything runs against the session's throwaway cluster (tests/pg_cluster.py) and,
for the command line, the real ``mesdesk`` program."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pg_cluster import OWNER, OWNER_PASSWORD, Cluster
from server_testing import ok, one_line, run_mesdesk
from sqlalchemy import create_engine, text

from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.model.entities import Organisation
from mesdesk.store import migrate
from mesdesk.store.errors import (
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    ServerAuthError,
    ServerUnreachableError,
    WorkspaceError,
)
from mesdesk.store.server import ServerAddress
from mesdesk.store.workspace import Workspace, integrity_problems


def _revision(url: str) -> str | None:
    engine = create_engine(ServerAddress.parse(url).sqlalchemy_url())
    try:
        with engine.connect() as conn:
            return migrate.current_revision(conn)
    finally:
        engine.dispose()


def _sql(url: str, statement: str) -> list[tuple[object, ...]]:
    engine = create_engine(ServerAddress.parse(url).sqlalchemy_url())
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement))
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


# -- opening ----------------------------------------------------------------------------
def test_a_workspace_opened_by_url_keeps_each_commit_on_the_server(pg_sample_url: str) -> None:
    with Workspace.open(pg_sample_url) as ws:
        assert ws.server is not None and ws.location == ServerAddress.parse(pg_sample_url).location
        org = ws.organisation()
        assert org is not None and org.name.startswith("Mouvement")
        org.name = "MES Occitanie"
        ws.commit()
        # Another connection (another person) sees the commit at once.
        assert _sql(pg_sample_url, "SELECT name FROM organisation") == [("MES Occitanie",)]
        assert integrity_problems(ws) == []
    with Workspace.open(pg_sample_url) as ws:
        assert ws.organisation().name == "MES Occitanie"  # type: ignore[union-attr]


def test_the_location_never_holds_the_password(pg_cluster: Cluster, pg_sample_template: str) -> None:
    name = pg_cluster.create_database(pg_sample_template)
    try:
        url = pg_cluster.url(name, password=OWNER_PASSWORD, tcp=True)
        with Workspace.open(url) as ws:
            assert OWNER_PASSWORD not in ws.location and OWNER_PASSWORD not in str(ws.path)
            assert ws.location == f"postgresql://{OWNER}@127.0.0.1:{pg_cluster.port}/{name}"
            assert ws.path.name == f"{name}@127.0.0.1"
    finally:
        pg_cluster.drop_database(name)


def test_a_workspace_opened_read_only_refuses_to_save(pg_sample_url: str) -> None:
    with Workspace.open(pg_sample_url, read_only=True) as ws:
        ws.organisation().name = "changé"  # type: ignore[union-attr]
        with pytest.raises(ReadOnlyWorkspaceError):
            ws.commit()
        ws.rollback()
    assert _sql(pg_sample_url, "SELECT name FROM organisation")[0][0] != "changé"


def test_a_failed_transaction_leaves_nothing_on_the_server(pg_sample_url: str) -> None:
    with Workspace.open(pg_sample_url) as ws:
        before = dumps_workspace(ws.session)
        with pytest.raises(RuntimeError), ws.transaction() as session:
            session.add(Organisation(name="second"))
            session.flush()
            raise RuntimeError("stop")
        assert dumps_workspace(ws.session) == before
    assert _sql(pg_sample_url, "SELECT count(*) FROM organisation") == [(1,)]


def test_a_copy_saved_from_the_server_is_a_complete_file(pg_sample_url: str, tmp_path: Path) -> None:
    target = tmp_path / "copie.mesdesk"
    with Workspace.open(pg_sample_url) as ws:
        dump = dumps_workspace(ws.session)
        ws.save_copy(target)
    with Workspace.open(target) as copy:
        assert dumps_workspace(copy.session) == dump


# -- the same migrations ----------------------------------------------------------------
def test_models_and_migrations_agree_on_postgresql(pg_url: str) -> None:
    """The migrations build on PostgreSQL the schema the model describes (the server's
    own additions, the organisation column and tables, set aside)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from mesdesk.model.entities import Base
    from mesdesk.store import tenancy

    def ours(obj: object, name: str | None, kind: str, _reflected: bool, _compare_to: object) -> bool:
        if kind == "table" and name in (*tenancy.PRIVATE, "alembic_version"):
            return False
        if kind == "column" and name == "tenant":
            return False
        if kind == "index" and name is not None and name.endswith("_tenant"):
            return False
        return True

    engine = create_engine(ServerAddress.parse(pg_url).sqlalchemy_url())
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": ours})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    # Unique constraints are scoped to the organisation on a server (tenancy.py): same
    # names, ``tenant`` in front. Anything else differing is a migration that does not
    # do on PostgreSQL what it does on SQLite.
    rest = [d for d in diff if not (isinstance(d, tuple) and d[0] in ("add_constraint", "remove_constraint"))]
    assert rest == []
    changed = {d[1].name for d in diff if isinstance(d, tuple)}
    assert all(name.startswith("uq_") for name in changed), changed


def _older_revisions() -> list[str]:
    head = migrate.head_revision()
    return sorted(r for r in migrate.known_revisions() if r != head)


@pytest.mark.parametrize("revision", _older_revisions())
def test_a_server_at_an_older_schema_is_migrated_when_opened(pg_empty_database: str, pg_cluster: Cluster,
                                                              revision: str) -> None:
    """Whatever migrations exist: a database left at each older revision, with a row in
    it, opens at the head with its row, stamped with its organisation."""
    from alembic import command

    url = pg_cluster.url(pg_empty_database)
    engine = create_engine(ServerAddress.parse(url).sqlalchemy_url())
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), revision)
        conn.exec_driver_sql("INSERT INTO organisation (name, address, siret, ape, contact_name, contact_role, "
                             "email, phone, links) VALUES ('Ancienne', '', '', '', '', '', '', '', '[]')")
    engine.dispose()
    with Workspace.open(url) as ws:
        assert ws.organisation().name == "Ancienne"  # type: ignore[union-attr]
        ws.organisation().name = "Migrée"  # type: ignore[union-attr]
        ws.commit()
    assert _revision(url) == migrate.head_revision()
    assert _sql(url, "SELECT name, tenant FROM organisation") == [("Migrée", "")]


def test_two_people_opening_an_old_server_at_once_migrate_it_once(pg_empty_database: str,
                                                                  pg_cluster: Cluster) -> None:
    from alembic import command

    url = pg_cluster.url(pg_empty_database)
    engine = create_engine(ServerAddress.parse(url).sqlalchemy_url())
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), _older_revisions()[0])
        conn.exec_driver_sql("INSERT INTO funder (name, short_name) VALUES ('F', 'F')")
    engine.dispose()
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            Workspace.open(url).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert _revision(url) == migrate.head_revision()
    assert _sql(url, "SELECT count(*) FROM funder") == [(1,)]


# -- refusals ---------------------------------------------------------------------------
def test_a_server_schema_from_a_newer_version_is_refused_as_a_file_is(pg_sample_url: str, tmp_path: Path) -> None:
    _sql(pg_sample_url, "UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(NewerWorkspaceError) as on_server:
        Workspace.open(pg_sample_url)
    assert _sql(pg_sample_url, "SELECT version_num FROM alembic_version") == [("9999_future",)]  # untouched
    # The file's message, word for word after the name.
    import sqlite3

    path = tmp_path / "futur.mesdesk"
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerWorkspaceError) as on_file:
        Workspace.open(path)
    name = ServerAddress.parse(pg_sample_url).name
    assert str(on_server.value).removeprefix(name) == str(on_file.value).removeprefix(path.name)
    message = one_line(run_mesdesk("json-dump", pg_sample_url))
    assert "version plus récente de MES Desk (schéma 9999_future)" in message


def test_an_empty_database_says_how_to_fill_it(pg_empty_database: str, pg_cluster: Cluster) -> None:
    url = pg_cluster.url(pg_empty_database)
    with pytest.raises(NotAWorkspaceError, match="est vide : créez-y un espace de travail avec « mesdesk json-load"):
        Workspace.open(url)


def test_a_foreign_database_is_refused_untouched(pg_empty_database: str, pg_cluster: Cluster) -> None:
    url = pg_cluster.url(pg_empty_database)
    _sql(url, "CREATE TABLE clients (id int)")
    with pytest.raises(NotAWorkspaceError, match="n'est pas un espace de travail MES Desk"):
        Workspace.open(url)
    with pytest.raises(NotAWorkspaceError):
        Workspace.build(url, None)
    assert _sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == [("clients",)]


def test_wrong_password_missing_password_and_unknown_database(pg_cluster: Cluster, pg_database: str) -> None:
    wrong = pg_cluster.url(pg_database, password="pas-le-bon", tcp=True)
    with pytest.raises(ServerAuthError, match=f"a refusé l'utilisateur {OWNER} : mot de passe incorrect"):
        Workspace.open(wrong)
    missing = pg_cluster.url(pg_database, tcp=True)
    with pytest.raises(ServerAuthError, match=f"demande un mot de passe pour l'utilisateur {OWNER}"):
        Workspace.open(missing)
    nowhere = pg_cluster.url("pas_de_base", password=OWNER_PASSWORD, tcp=True)
    with pytest.raises(WorkspaceError, match="La base pas_de_base n'existe pas sur le serveur 127.0.0.1"):
        Workspace.open(nowhere)
    # The command line: one French line, no traceback, and never the password.
    message = one_line(run_mesdesk("json-dump", wrong))
    assert "mot de passe incorrect" in message and "pas-le-bon" not in message


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql://someone:secret@127.0.0.1:{port}/bilan"
    with pytest.raises(ServerUnreachableError, match=f"Le serveur 127.0.0.1:{port} ne répond pas"):
        Workspace.open(url)
    message = one_line(run_mesdesk("check", url))
    assert message.startswith(f"Le serveur 127.0.0.1:{port} ne répond pas") and "secret" not in message
    message = one_line(run_mesdesk("json-load", str(tmp_path / "absent.json"), url))
    assert "absent.json" in message


def test_the_password_is_never_written_to_the_log(pg_cluster: Cluster, pg_sample_template: str,
                                                  private_data_dir: Path) -> None:
    name = pg_cluster.create_database(pg_sample_template)
    try:
        good = pg_cluster.url(name, password=OWNER_PASSWORD, tcp=True)
        check = ok(run_mesdesk("check", "--no-spelling", good))
        assert "Intégrité : OK" in check and f"Schéma : {migrate.head_revision()} (à jour)" in check
        assert f"Serveur : postgresql://{OWNER}@127.0.0.1:" in check and OWNER_PASSWORD not in check
        one_line(run_mesdesk("json-dump", pg_cluster.url(name, password="faux-secret-3", tcp=True)))
        _sql(pg_cluster.url(name), "UPDATE alembic_version SET version_num = '9999_future'")
        one_line(run_mesdesk("check", good))
    finally:
        pg_cluster.drop_database(name)
    written = b"".join(p.read_bytes() for p in private_data_dir.rglob("*") if p.is_file())
    assert b"mesdesk" in written  # the log was written…
    assert OWNER_PASSWORD.encode() not in written and b"faux-secret-3" not in written  # …without a password


# -- moving a workspace between a file and a server --------------------------------------
def test_file_to_server_to_file_gives_the_same_bytes(pg_cluster: Cluster, pg_database: str, sample_file: Path,
                                                     tmp_path: Path) -> None:
    from mesdesk.exchange.seeding import create_from_json

    url = pg_cluster.url(pg_database, password=OWNER_PASSWORD, tcp=True)
    with Workspace.open(sample_file, readonly_lock=True) as ws:
        original = dumps_workspace(ws.session)
    (tmp_path / "a.json").write_text(original, encoding="utf-8")
    out = ok(run_mesdesk("json-load", str(tmp_path / "a.json"), url))  # file → server
    assert out == f"Espace de travail créé : {ServerAddress.parse(url).location}\n"
    assert OWNER_PASSWORD not in out
    on_server = ok(run_mesdesk("json-dump", url))  # server → JSON
    assert on_server == original
    with create_from_json(on_server, tmp_path / "retour.mesdesk") as back:  # → file again
        assert dumps_workspace(back.session) == original


def test_json_load_onto_a_server_workspace_needs_force_and_replaces_it_whole(
        pg_sample_url: str, tmp_path: Path, sample_json: str) -> None:
    smaller = sample_json.replace("Mouvement pour l'Économie Solidaire", "Autre association", 1)
    (tmp_path / "autre.json").write_text(smaller, encoding="utf-8")
    message = one_line(run_mesdesk("json-load", str(tmp_path / "autre.json"), pg_sample_url))
    assert "contient déjà un espace de travail (utilisez --force pour le remplacer)" in message
    ok(run_mesdesk("json-load", "--force", str(tmp_path / "autre.json"), pg_sample_url))
    assert _sql(pg_sample_url, "SELECT name FROM organisation") == [("Autre association France",)]
    # A refused document leaves the workspace as it was (one transaction).
    (tmp_path / "cassé.json").write_text(smaller.replace('"conventions"', '"conventionz"', 1), encoding="utf-8")
    one_line(run_mesdesk("json-load", "--force", str(tmp_path / "cassé.json"), pg_sample_url))
    assert _sql(pg_sample_url, "SELECT name FROM organisation") == [("Autre association France",)]
    assert _sql(pg_sample_url, "SELECT count(*) > 0 FROM action") == [(True,)]


def test_json_load_gives_an_empty_database_the_schema(pg_empty_database: str, pg_cluster: Cluster,
                                                      sample_file: Path, tmp_path: Path) -> None:
    url = pg_cluster.url(pg_empty_database)
    (tmp_path / "a.json").write_text(ok(run_mesdesk("json-dump", str(sample_file))), encoding="utf-8")
    out = ok(run_mesdesk("json-load", str(tmp_path / "a.json"), url))
    assert out.startswith("Espace de travail créé : ") and pg_empty_database in out
    assert _revision(url) == migrate.head_revision()
