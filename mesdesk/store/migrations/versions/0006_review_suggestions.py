"""reviewers' suggestions read from a Word file (issue 14)

Revision ID: 0006
Revises: 0005 (0004 in the brief; relinked after 0005 since this branch holds review-core's 0005)
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('review_suggestion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('author', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('old', sa.String(), nullable=False),
    sa.Column('new', sa.String(), nullable=False),
    sa.Column('before', sa.String(), nullable=False),
    sa.Column('after', sa.String(), nullable=False),
    sa.Column('offset', sa.Integer(), nullable=False),
    sa.Column('reviewer_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_review_suggestion_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], name=op.f('fk_review_suggestion_report_id_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_suggestion')),
    sa.UniqueConstraint('uid', name=op.f('uq_review_suggestion_uid'))
    )
    with op.batch_alter_table('review_suggestion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_suggestion_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_suggestion_report_id'), ['report_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('review_suggestion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_suggestion_report_id'))
        batch_op.drop_index(batch_op.f('ix_review_suggestion_action_id'))
    op.drop_table('review_suggestion')
