"""page budget and report language: a convention's page limit, each report's language

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('convention', schema=None) as batch_op:
        batch_op.add_column(sa.Column('page_limit', sa.Integer(), nullable=True))

    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(), server_default='fr', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_column('language')

    with op.batch_alter_table('convention', schema=None) as batch_op:
        batch_op.drop_column('page_limit')
