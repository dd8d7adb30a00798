"""The cheap revision reading agrees with Alembic's own view of the scripts."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from mesdesk.store import migrate


def test_revision_graph_matches_alembic() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_models_and_migrations_agree() -> None:
    # A model change without its migration would make new files differ from migrated ones.
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from mesdesk.model.entities import Base

    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        migrate.upgrade(conn)
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
