"""means as data: people, budget, funding and in-kind lines, volunteer valuation

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('means_budget',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('account', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('planned', sa.Float(), nullable=True),
    sa.Column('actual', sa.Float(), nullable=True),
    sa.Column('gap_explanation', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('to_update', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_means_budget_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], name=op.f('fk_means_budget_report_id_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_means_budget')),
    sa.UniqueConstraint('uid', name=op.f('uq_means_budget_uid'))
    )
    with op.batch_alter_table('means_budget', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_means_budget_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_means_budget_report_id'), ['report_id'], unique=False)

    op.create_table('means_funding',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('funder', sa.String(), nullable=False),
    sa.Column('planned', sa.Float(), nullable=True),
    sa.Column('obtained', sa.Float(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('to_update', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_means_funding_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], name=op.f('fk_means_funding_report_id_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_means_funding')),
    sa.UniqueConstraint('uid', name=op.f('uq_means_funding_uid'))
    )
    with op.batch_alter_table('means_funding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_means_funding_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_means_funding_report_id'), ['report_id'], unique=False)

    op.create_table('means_in_kind',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=True),
    sa.Column('basis', sa.String(), nullable=False),
    sa.Column('amount', sa.Float(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('to_update', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_means_in_kind_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], name=op.f('fk_means_in_kind_report_id_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_means_in_kind')),
    sa.UniqueConstraint('uid', name=op.f('uq_means_in_kind_uid'))
    )
    with op.batch_alter_table('means_in_kind', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_means_in_kind_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_means_in_kind_report_id'), ['report_id'], unique=False)

    op.create_table('means_people',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('salaried_hours', sa.Float(), nullable=True),
    sa.Column('volunteer_hours', sa.Float(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('to_update', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_means_people_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], name=op.f('fk_means_people_report_id_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_means_people')),
    sa.UniqueConstraint('uid', name=op.f('uq_means_people_uid'))
    )
    with op.batch_alter_table('means_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_means_people_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_means_people_report_id'), ['report_id'], unique=False)

    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('valuation_basis', sa.String(), server_default='smic', nullable=False))
        batch_op.add_column(sa.Column('valuation_smic', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('valuation_charge_rate', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('valuation_reference', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('valuation_method', sa.String(), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_column('valuation_method')
        batch_op.drop_column('valuation_reference')
        batch_op.drop_column('valuation_charge_rate')
        batch_op.drop_column('valuation_smic')
        batch_op.drop_column('valuation_basis')

    with op.batch_alter_table('means_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_means_people_report_id'))
        batch_op.drop_index(batch_op.f('ix_means_people_action_id'))

    op.drop_table('means_people')
    with op.batch_alter_table('means_in_kind', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_means_in_kind_report_id'))
        batch_op.drop_index(batch_op.f('ix_means_in_kind_action_id'))

    op.drop_table('means_in_kind')
    with op.batch_alter_table('means_funding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_means_funding_report_id'))
        batch_op.drop_index(batch_op.f('ix_means_funding_action_id'))

    op.drop_table('means_funding')
    with op.batch_alter_table('means_budget', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_means_budget_report_id'))
        batch_op.drop_index(batch_op.f('ix_means_budget_action_id'))

    op.drop_table('means_budget')
