"""the review's rows carry versions too (comment, review_suggestion, report_snapshot,
approval) and are announced; the announcement names no one

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

Like 0008 for the report's rows: ``version``, ``changed_by`` and the time of the change
(``changed_at``; an approval's ``changed_at`` already says when its text changed since,
so its row stamp is ``row_changed_at``), and on PostgreSQL the NOTIFY trigger.

A reply writes its parent comment again (``model/review.py``), so deleting a comment
someone just replied to meets a newer version: a conflict, not a reply lost unseen.

The NOTIFY function is remade so that what a listener hears reveals nothing: PostgreSQL
has no rights on channels, anyone connected can LISTEN to any name. The payload keeps
where to look (table, key, version, the writing window's random id) and drops the
author's name: the receiver reads it back from the row, through row-level security
(``store.changes``). The channel is the organisation's random token
(``mesdesk_channel``, made by ``tenancy.install`` and readable only by its members)
rather than its code, which others may know; before ``tenancy`` has run (no
organisations yet) it is the tenant as before.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# table → the column keeping the time of the row's last change
VERSIONED = {
    'comment': 'changed_at',
    'review_suggestion': 'changed_at',
    'report_snapshot': 'changed_at',
    'approval': 'row_changed_at',
}

# Only where to look: no text, no name. ``to_jsonb`` reads the key columns whatever the
# table (an indicator's value has no id).
NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION mesdesk_notify_change() RETURNS trigger AS $$
DECLARE
  r jsonb;
  row_tenant text;
  channel_token text;
BEGIN
  IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
  row_tenant := coalesce(r->>'tenant', '');
  IF to_regclass('mesdesk_channel') IS NOT NULL THEN
    SELECT c.token INTO channel_token FROM mesdesk_channel c WHERE c.tenant = row_tenant;
  END IF;
  PERFORM pg_notify('mesdesk_changes:' || coalesce(channel_token, row_tenant), json_build_object(
    'table', TG_TABLE_NAME,
    'op', TG_OP,
    'id', r->'id',
    'key', CASE WHEN TG_TABLE_NAME = 'indicator_value'
                THEN json_build_array(r->'indicator_id', r->'year') ELSE NULL END,
    'version', r->'version',
    'client', coalesce(current_setting('mesdesk.client', true), '')
  )::text);
  RETURN NULL;
END
$$ LANGUAGE plpgsql
"""

# 0008's, put back by the downgrade.
PREVIOUS_NOTIFY_FUNCTION = """
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
    for table, stamp_time in VERSIONED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
            batch_op.add_column(sa.Column('changed_by', sa.String(), nullable=True))
            batch_op.add_column(sa.Column(stamp_time, sa.DateTime(), nullable=True))

    if op.get_bind().dialect.name == 'postgresql':
        op.execute(NOTIFY_FUNCTION)
        for table in VERSIONED:
            op.execute(
                f'CREATE TRIGGER mesdesk_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                'FOR EACH ROW EXECUTE FUNCTION mesdesk_notify_change()'
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in VERSIONED:
            op.execute(f'DROP TRIGGER IF EXISTS mesdesk_notify_{table} ON "{table}"')
        op.execute(PREVIOUS_NOTIFY_FUNCTION)
    for table, stamp_time in reversed(VERSIONED.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(stamp_time)
            batch_op.drop_column('changed_by')
            batch_op.drop_column('version')
