"""Two organisations in one database, kept apart by PostgreSQL's row-level security:
each member writes through MES Desk's store, and a plain ``psql`` as one member shows
none of the other's rows and refuses to move a row across."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pg_cluster import ADMIN, Cluster
from server_testing import ok, run_here, run_mesdesk

from mesdesk.cli.main import main
from mesdesk.exchange.json_interchange import dumps_workspace
from mesdesk.exchange.seeding import create_from_json
from mesdesk.store import tenancy
from mesdesk.store.errors import ServerError
from mesdesk.store.workspace import Workspace


@dataclass
class Server:
    cluster: Cluster
    database: str
    alice: str  # member of « mes »
    bob: str  # member of « autre »

    @property
    def owner_url(self) -> str:
        return self.cluster.url(self.database)

    def url(self, role: str, password: str | None = None) -> str:
        return self.cluster.url(self.database, user=role, password=password, tcp=password is not None)

    def psql(self, role: str, sql: str, *, check: bool = True) -> str:
        result = self.cluster.psql(self.database, sql, user=role, check=False)
        if check:
            assert result.returncode == 0, result.stderr
            return result.stdout.strip()
        assert result.returncode != 0, result.stdout
        return result.stderr


def _mesdesk(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue()


@pytest.fixture
def server(pg_cluster: Cluster, pg_empty_database: str) -> Iterator[Server]:
    """A fresh database with two organisations and one member each, set up as an
    administrator would: roles by the server's means, the rest by ``mesdesk server``."""
    suffix = pg_empty_database
    alice, bob = f"alice_{suffix}", f"bob_{suffix}"
    for role in (alice, bob):
        pg_cluster.admin_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}'")
    owner = pg_cluster.url(pg_empty_database)
    # The command's own code, in this process (the real program is run below).
    assert "créée" in _mesdesk("server", "add-organisation", owner, "mes", "--name", "MES")
    _mesdesk("server", "add-organisation", owner, "autre", "--name", "Autre réseau")
    _mesdesk("server", "add-member", owner, "mes", alice)
    assert f"{bob} est membre de l'organisation autre" in _mesdesk("server", "add-member", owner, "autre", bob)
    yield Server(pg_cluster, pg_empty_database, alice, bob)
    pg_cluster.drop_database(pg_empty_database)
    for role in (alice, bob):
        pg_cluster.admin_sql(f"DROP ROLE IF EXISTS {role}")


def _other_document(sample_json: str) -> str:
    """The same document under another name: the same uids, as when two organisations
    start from one shared JSON template."""
    data = json.loads(sample_json)
    data["organisation"]["name"] = "Autre réseau"
    return json.dumps(data, ensure_ascii=False)


def test_each_member_sees_only_their_organisation_even_through_psql(server: Server, sample_json: str) -> None:
    with create_from_json(sample_json, server.url(server.alice, f"pw-{server.alice}")) as ws:
        alice_dump = dumps_workspace(ws.session)
        ws.organisation().name = "MES Occitanie"  # type: ignore[union-attr]
        ws.commit()
        alice_dump = dumps_workspace(ws.session)
    # Bob loads a document with the very same uids: uniqueness is per organisation.
    with create_from_json(_other_document(sample_json), server.url(server.bob)) as ws:
        bob_dump = dumps_workspace(ws.session)
    assert alice_dump != bob_dump

    # Through MES Desk: each finds their own workspace, whole.
    with Workspace.open(server.url(server.alice)) as ws:
        assert dumps_workspace(ws.session) == alice_dump
    with Workspace.open(server.url(server.bob)) as ws:
        assert dumps_workspace(ws.session) == bob_dump

    # Through a plain psql: only one's own rows, in every table.
    assert server.psql(server.alice, "SELECT name FROM organisation") == "MES Occitanie"
    assert server.psql(server.bob, "SELECT name FROM organisation") == "Autre réseau"
    with Workspace.open(server.url(server.alice)) as ws:
        with ws.engine.connect() as conn:
            tables = tenancy.tenant_tables(conn)
    assert len(tables) >= 15
    counts = " UNION ALL ".join(f"SELECT '{t}', count(*), count(*) FILTER (WHERE tenant = 'mes') FROM {t}" for t in tables)
    for line in server.psql(server.alice, counts).splitlines():
        table, total, own = line.split("|")
        assert total == own, line  # nothing of « autre » is visible to alice
    total_actions = server.psql(ADMIN, "SELECT count(*) FROM action")  # the superuser sees both
    assert int(total_actions) == 2 * int(server.psql(server.alice, "SELECT count(*) FROM action")) > 0
    # The owner belongs to no organisation: bound by the policies too (FORCE), it sees neither.
    assert server.psql("mesdesk_owner", "SELECT count(*) FROM action") == "0"
    # A superuser would see both as one workspace: MES Desk refuses to open it so.
    with pytest.raises(ServerError, match="plusieurs organisations .* connectez-vous avec le rôle d'un membre"):
        Workspace.open(server.url(ADMIN))


def test_a_member_cannot_move_read_or_hand_rows_across(server: Server, sample_json: str) -> None:
    create_from_json(sample_json, server.url(server.alice)).close()
    create_from_json(_other_document(sample_json), server.url(server.bob)).close()
    bob_actions = server.psql(server.bob, "SELECT count(*) FROM action")
    assert "row-level security" in server.psql(server.alice, "UPDATE organisation SET tenant = 'autre'", check=False)
    assert "row-level security" in server.psql(
        server.alice, "INSERT INTO funder (name, short_name, tenant) VALUES ('x', 'x', 'autre')", check=False)
    assert "permission denied" in server.psql(server.alice, "SELECT * FROM mesdesk_member", check=False)
    assert "permission denied" in server.psql(server.alice, "INSERT INTO mesdesk_member VALUES ('x', 'mes')",
                                              check=False)
    assert "permission denied" in server.psql(server.alice, "UPDATE alembic_version SET version_num = 'x'",
                                              check=False)
    # Deleting « everything » deletes only one's own rows.
    server.psql(server.alice, "DELETE FROM action")
    assert server.psql(server.alice, "SELECT count(*) FROM action") == "0"
    assert server.psql(server.bob, "SELECT count(*) FROM action") == bob_actions != "0"


def test_json_load_force_replaces_only_ones_own_workspace(server: Server, sample_json: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    create_from_json(sample_json, server.url(server.alice)).close()
    create_from_json(_other_document(sample_json), server.url(server.bob)).close()
    (tmp_path / "n.json").write_text(sample_json.replace("Mouvement pour", "Nouveau", 1), encoding="utf-8")
    ok(run_here("json-load", "--force", str(tmp_path / "n.json"), server.url(server.alice)))
    assert server.psql(server.alice, "SELECT name FROM organisation").startswith("Nouveau")
    assert server.psql(server.bob, "SELECT name FROM organisation") == "Autre réseau"


def _refused(*args: str) -> str:
    """The one line a refused command prints (run in this process)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(list(args)) == 1
    assert err.getvalue().startswith("mesdesk : ") and err.getvalue().count("\n") == 1, err.getvalue()
    return err.getvalue()


def test_the_admin_commands_refuse_in_one_line(server: Server) -> None:
    owner = server.owner_url
    assert "n'existe pas sur le serveur : créez-le d'abord" in _refused(
        "server", "add-member", owner, "mes", "personne_ici")
    assert "est superutilisateur" in _refused("server", "add-member", owner, "mes", ADMIN)
    assert "L'organisation « nulle » n'existe pas" in _refused("server", "add-member", owner, "nulle", server.alice)
    assert "déjà membre de l'organisation « mes »" in _refused("server", "add-member", owner, "autre", server.alice)
    assert "Code d'organisation refusé" in _refused("server", "add-organisation", owner, "Pas Bon")
    listing = ok(run_mesdesk("server", "list", owner))  # the real program, once
    assert listing.splitlines() == [f"autre\tAutre réseau\t{server.bob}", f"mes\tMES\t{server.alice}"]


# -- foreign keys and LISTEN across organisations ------------------------------------------
def _connect(server: Server, role: str) -> Any:
    """A plain psycopg connection as ``role``: what any member can open by hand."""
    import psycopg

    return psycopg.connect(host=str(server.cluster.socket_dir), port=server.cluster.port, user=role,
                           dbname=server.database, autocommit=True)


def _both_workspaces(server: Server, sample_json: str) -> None:
    create_from_json(sample_json, server.url(server.alice)).close()
    create_from_json(_other_document(sample_json), server.url(server.bob)).close()


def test_a_member_cannot_point_a_row_at_another_organisations_row(server: Server, sample_json: str) -> None:
    import psycopg

    _both_workspaces(server, sample_json)
    # Bob's ids, as a curious member could learn or guess them (the superuser reads them here).
    bob_action = int(server.psql(ADMIN, "SELECT min(id) FROM action WHERE tenant = 'autre'"))
    bob_comment_report = int(server.psql(ADMIN, "SELECT min(id) FROM report WHERE tenant = 'autre'"))
    with _connect(server, server.alice) as conn:
        report_id, action_id = conn.execute("SELECT min(r.id), min(a.id) FROM report r, action a").fetchone()
        text_id = conn.execute("SELECT min(id) FROM action_text").fetchone()[0]
        insert = ("INSERT INTO comment (uid, report_id, action_id, field, author, created_at, body, resolved, quote) "
                  "VALUES (%s, %s, %s, 'narrative', 'Alice', now(), 'x', false, '')")
        # Inserting, then updating, a row of hers that points at Bob's: refused, by the server.
        with pytest.raises(psycopg.errors.ForeignKeyViolation, match=r"comment\.action_id: no action row"):
            conn.execute(insert, ["c-cross", report_id, bob_action])
        with pytest.raises(psycopg.errors.ForeignKeyViolation, match=r"comment\.report_id: no report row"):
            conn.execute(insert, ["c-cross2", bob_comment_report, action_id])
        with pytest.raises(psycopg.errors.ForeignKeyViolation, match=r"action_text\.action_id: no action row"):
            conn.execute("UPDATE action_text SET action_id = %s WHERE id = %s", [bob_action, text_id])
        # A key that exists nowhere is refused with the same words: the refusal tells nothing.
        with pytest.raises(psycopg.errors.ForeignKeyViolation, match=r"comment\.action_id: no action row"):
            conn.execute(insert, ["c-none", report_id, 10**9])
        # Her own rows: as before.
        conn.execute(insert, ["c-own", report_id, action_id])
        conn.execute("UPDATE comment SET body = 'y' WHERE uid = 'c-own'")
        conn.execute("UPDATE action_text SET narrative = narrative WHERE id = %s", [text_id])
    assert server.psql(ADMIN, "SELECT count(*) FROM comment WHERE action_id = %d" % bob_action) == "0"
    assert server.psql(ADMIN, "SELECT tenant, body FROM comment WHERE uid = 'c-own'") == "mes|y"


def test_listening_on_another_organisations_channel_reveals_no_name_nor_text(server: Server, sample_json: str) -> None:
    """PostgreSQL lets any role LISTEN to any channel: what Bob can hear of Alice's work."""
    import select
    import time

    from mesdesk.store.changes import ChangeListener

    _both_workspaces(server, sample_json)
    with Workspace.open(server.url(server.alice)) as ws:
        from mesdesk.store.conflicts import SharedSession
        from mesdesk.store.unsaved import EditTracker

        shared = SharedSession(ws.session, EditTracker(ws.session), "Alice Martin", "client-alice")
        alice_listener = ChangeListener(ws.engine, "client-alice-2")  # Alice's other window
        with _connect(server, server.bob) as spy:
            # What Bob can compute: the organisation's code (no token of it is readable).
            assert spy.execute("SELECT tenant, token FROM mesdesk_channel").fetchall() == [
                ("autre", spy.execute("SELECT token FROM mesdesk_channel").fetchone()[0])]
            spy.execute('LISTEN "mesdesk_changes:mes"')
            spy.execute('LISTEN "mesdesk_changes:"')
            # Even one who learnt the token (a former member): listening on the real channel.
            alice_channel = server.psql(ADMIN, "SELECT token FROM mesdesk_channel WHERE tenant = 'mes'")
            assert alice_channel and alice_channel != "mes"
            spy.execute(f'LISTEN "mesdesk_changes:{alice_channel}"')
            ws.organisation().name = "Réseau secret d'Alice"  # type: ignore[union-attr]
            shared.commit()
            heard_by_alice: list[Any] = []
            started = time.monotonic()
            while not heard_by_alice and time.monotonic() - started < 2:
                select.select([alice_listener.fileno()], [], [], 0.1)
                heard_by_alice += alice_listener.poll()
            alice_listener.close()
            payloads = [(n.channel, n.payload) for n in spy.notifies(timeout=1)]
            # The owner changes a token that leaked (README): the old one hears nothing more,
            # and Alice's windows listen on the new one once reopened.
            server.psql("mesdesk_owner", "UPDATE mesdesk_channel SET token = DEFAULT WHERE tenant = 'mes'")
            reopened = ChangeListener(ws.engine, "client-alice-3")
            ws.organisation().name = "Réseau d'Alice"  # type: ignore[union-attr]
            shared.commit()
            after_change = [n.payload for n in spy.notifies(timeout=1)]
            heard_again: list[Any] = []
            started = time.monotonic()
            while not heard_again and time.monotonic() - started < 2:
                select.select([reopened.fileno()], [], [], 0.1)
                heard_again += reopened.poll()
            reopened.close()
    assert after_change == [] and [c.table for c in heard_again] == ["organisation"]
    # Alice's own windows hear it, with her name read back through row-level security.
    assert [(c.table, c.author) for c in heard_by_alice] == [("organisation", "Alice Martin")]
    # Bob hears nothing on what her channel would be by its code; on the stolen token,
    # only where to look: no name, no text.
    assert payloads and {channel for channel, _ in payloads} == {f"mesdesk_changes:{alice_channel}"}
    for _channel, payload in payloads:
        data = json.loads(payload)
        assert set(data) == {"table", "op", "id", "key", "version", "client"}
        assert "Alice" not in payload and "secret" not in payload
    # And what Bob reads with the id he heard: nothing (row-level security).
    organisation_id = json.loads(payloads[0][1])["id"]
    assert server.psql(server.bob, f"SELECT count(*) FROM organisation WHERE id = {organisation_id}") == "0"


def test_unique_constraints_and_indexes_a_later_migration_adds_become_per_organisation(
        pg_cluster: Cluster, pg_database: str) -> None:
    """Each keeps its name and its kind (a migration may drop it by name, as a constraint or an
    index), with ``tenant`` in front; partial and expression indexes are left as they are."""
    from sqlalchemy import create_engine

    engine = create_engine(pg_cluster.url(pg_database))
    try:
        with engine.begin() as connection:  # as a later migration would add them
            connection.exec_driver_sql("ALTER TABLE partner ADD CONSTRAINT uq_partner_name_kind UNIQUE (name, kind)")
            connection.exec_driver_sql("CREATE UNIQUE INDEX ix_partner_kind_name ON partner (kind, name)")
            connection.exec_driver_sql("CREATE UNIQUE INDEX ix_partner_named ON partner (name) WHERE name <> ''")
            connection.exec_driver_sql("CREATE UNIQUE INDEX ix_partner_lower ON partner (lower(name))")
        for _ in range(2):  # idempotent: the second time changes nothing
            with engine.begin() as connection:
                tenancy.install(connection)
    finally:
        engine.dispose()
    constraints = pg_cluster.admin_sql(
        "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = 'partner'::regclass AND contype = 'u' ORDER BY conname", pg_database).split("\n")
    assert [c for c in constraints if c] == ["uq_partner_name_kind UNIQUE (tenant, name, kind)",
                                             "uq_partner_uid UNIQUE (tenant, uid)"]
    indexes = pg_cluster.admin_sql(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'partner' AND indexname LIKE 'ix_partner_%' "
        "AND indexname <> 'ix_partner_tenant' AND indexname NOT LIKE 'ix_partner_convention%' ORDER BY indexname",
        pg_database).split("\n")
    assert [i for i in indexes if i] == [
        "CREATE UNIQUE INDEX ix_partner_kind_name ON public.partner USING btree (tenant, kind, name)",
        "CREATE UNIQUE INDEX ix_partner_lower ON public.partner USING btree (lower((name)::text))",
        "CREATE UNIQUE INDEX ix_partner_named ON public.partner USING btree (name) WHERE ((name)::text <> ''::text)",
    ]
