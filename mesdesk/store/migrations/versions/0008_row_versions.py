"""row versions for editing at the same time: version, changed_by, changed_at on every
edited row; presence and reservation tables; on PostgreSQL, a trigger announcing each
change (NOTIFY mesdesk_changes)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

On SQLite the columns and tables are added too (one schema for files and servers) and
do no harm: a file has one writer, the versions only count.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

VERSIONED = (
    'organisation', 'funder', 'convention', 'axis', 'action', 'report', 'action_text',
    'indicator', 'indicator_value', 'event', 'partner', 'body',
    'means_people', 'means_budget', 'means_funding', 'means_in_kind',
)

# One NOTIFY per changed row, sent at commit (never for a rolled-back change): the
# table, the row's key, its new version, and who changed it. The channel is the
# organisation's (``tenancy`` adds a ``tenant`` column after the migrations; none: ''),
# so that one organisation's windows do not hear another's changes. The author is the
# connection's ``mesdesk.author`` setting (set by the app at connect), else the role;
# ``mesdesk.client`` lets a window ignore its own changes. The payload stays small
# (NOTIFY's limit is 8000 bytes): no text, only where to look.
NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION mesdesk_notify_change() RETURNS trigger AS $$
DECLARE
  r jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
  PERFORM pg_notify('mesdesk_changes:' || coalesce(r->>'tenant', ''), json_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'id', r->'id',
    'key', CASE WHEN TG_TABLE_NAME = 'indicator_value'
                THEN json_build_array(r->'indicator_id', r->'year') ELSE NULL END,
    'version', r->'version',
    'author', coalesce(nullif(current_setting('mesdesk.author', true), ''), current_user::text),
    'client', coalesce(current_setting('mesdesk.client', true), '')
  )::text);
  RETURN NULL;
END
$$ LANGUAGE plpgsql
"""

def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
            batch_op.add_column(sa.Column('changed_by', sa.String(), nullable=True))
            batch_op.add_column(sa.Column('changed_at', sa.DateTime(), nullable=True))

    op.create_table('presence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client', sa.String(), nullable=False),
    sa.Column('author', sa.String(), nullable=False),
    sa.Column('section', sa.String(), nullable=True),
    sa.Column('typing_at', sa.DateTime(), nullable=True),
    sa.Column('seen_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presence')),
    sa.UniqueConstraint('client', name=op.f('uq_presence_client'))
    )
    op.create_table('reservation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(), nullable=False),
    sa.Column('holder', sa.String(), nullable=False),
    sa.Column('token', sa.String(), nullable=False),
    sa.Column('host', sa.String(), nullable=False),
    sa.Column('copy_path', sa.Text(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('base', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reservation')),
    sa.UniqueConstraint('section', name=op.f('uq_reservation_section'))
    )

    if op.get_bind().dialect.name == 'postgresql':
        op.execute(NOTIFY_FUNCTION)
        for table in (*VERSIONED, 'reservation'):
            op.execute(
                f'CREATE TRIGGER mesdesk_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                'FOR EACH ROW EXECUTE FUNCTION mesdesk_notify_change()'
            )
        # A window's heartbeat rewrites its presence row every few seconds: only a change
        # others see (another section, typing begun or ended) is announced.
        op.execute(
            'CREATE TRIGGER mesdesk_notify_presence AFTER INSERT OR DELETE ON "presence" '
            'FOR EACH ROW EXECUTE FUNCTION mesdesk_notify_change()'
        )
        op.execute(
            'CREATE TRIGGER mesdesk_notify_presence_moved AFTER UPDATE ON "presence" FOR EACH ROW '
            'WHEN (OLD.section IS DISTINCT FROM NEW.section OR (OLD.typing_at IS NULL) <> (NEW.typing_at IS NULL)) '
            'EXECUTE FUNCTION mesdesk_notify_change()'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in (*VERSIONED, 'reservation'):
            op.execute(f'DROP TRIGGER IF EXISTS mesdesk_notify_{table} ON "{table}"')
        op.execute('DROP TRIGGER IF EXISTS mesdesk_notify_presence ON "presence"')
        op.execute('DROP TRIGGER IF EXISTS mesdesk_notify_presence_moved ON "presence"')
        op.execute('DROP FUNCTION IF EXISTS mesdesk_notify_change()')
    op.drop_table('reservation')
    op.drop_table('presence')
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('changed_at')
            batch_op.drop_column('changed_by')
            batch_op.drop_column('version')
