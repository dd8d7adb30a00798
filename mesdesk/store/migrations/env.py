"""Alembic environment: migrations run on the connection MES Desk hands over."""

from __future__ import annotations

from alembic import context

from mesdesk.model.entities import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when a developer runs alembic by hand
    raise RuntimeError("run migrations through mesdesk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
