"""Server URLs as people type them, and the password kept out of what is shown."""

from __future__ import annotations

import pytest

from mesdesk.store.errors import WorkspaceError
from mesdesk.store.server import ServerAddress, is_server_location


def test_the_forms_a_url_takes() -> None:
    a = ServerAddress.parse("postgresql://alice:s3cret@pg.example.org/bilans")
    assert (a.host, a.port, a.database, a.user, a.password) == ("pg.example.org", 5432, "bilans", "alice", "s3cret")
    assert a.location == "postgresql://alice@pg.example.org:5432/bilans"
    assert a.name == "bilans@pg.example.org" and a.server_label == "pg.example.org"
    assert "s3cret" not in a.location and "s3cret" not in repr(a.as_path())
    assert a.sqlalchemy_url().password == "s3cret"  # only the engine gets it
    b = ServerAddress.parse("postgres://bob@10.0.0.5:6543/b?sslmode=require")
    assert (b.port, b.server_label, dict(b.query)) == (6543, "10.0.0.5:6543", {"sslmode": "require"})
    assert b.location == "postgresql://bob@10.0.0.5:6543/b?sslmode=require"
    c = ServerAddress.parse("postgresql://carol@/bilans?host=/run/postgresql&port=5433")
    assert (c.host, c.port, c.on_socket, c.name) == ("/run/postgresql", 5433, True, "bilans@localhost")
    assert ServerAddress.parse(c.location) == c


def test_what_is_a_server_location() -> None:
    assert is_server_location("postgresql://a@b/c") and is_server_location("POSTGRES://a@b/c")
    assert not is_server_location("bilan.mesdesk") and not is_server_location("/tmp/postgresql://x")


@pytest.mark.parametrize(("text", "expected"), [
    ("postgresql://alice@pg.example.org", "doit nommer la base"),
    ("postgresql://alice:pw@pg.example.org:notaport/b", "illisible"),
    ("postgresql://alice@/b?port=abc", "Port de serveur illisible"),
])
def test_a_bad_url_is_one_line_without_the_password(text: str, expected: str) -> None:
    with pytest.raises(WorkspaceError, match=expected) as refused:
        ServerAddress.parse(text)
    assert "pw@" not in str(refused.value) and "\n" not in str(refused.value)
