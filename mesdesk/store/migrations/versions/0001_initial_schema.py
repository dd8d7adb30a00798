"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('funder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('short_name', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funder'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('siret', sa.String(), nullable=False),
    sa.Column('ape', sa.String(), nullable=False),
    sa.Column('contact_name', sa.String(), nullable=False),
    sa.Column('contact_role', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('links', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    op.create_table('convention',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('funder_id', sa.Integer(), nullable=True),
    sa.Column('programme', sa.String(), nullable=False),
    sa.Column('first_year', sa.Integer(), nullable=False),
    sa.Column('last_year', sa.Integer(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['funder_id'], ['funder.id'], name=op.f('fk_convention_funder_id_funder'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_convention')),
    sa.UniqueConstraint('uid', name=op.f('uq_convention_uid'))
    )
    op.create_table('axis',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_axis_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_axis')),
    sa.UniqueConstraint('uid', name=op.f('uq_axis_uid'))
    )
    with op.batch_alter_table('axis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_axis_convention_id'), ['convention_id'], unique=False)

    op.create_table('partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_partner_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner')),
    sa.UniqueConstraint('uid', name=op.f('uq_partner_uid'))
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_convention_id'), ['convention_id'], unique=False)

    op.create_table('report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('support_line', sa.String(), nullable=False),
    sa.Column('report_date', sa.Date(), nullable=True),
    sa.Column('preamble', sa.Text(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_report_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report')),
    sa.UniqueConstraint('convention_id', 'year', name=op.f('uq_report_convention_id'))
    )
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_convention_id'), ['convention_id'], unique=False)

    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('axis_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('objective', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['axis_id'], ['axis.id'], name=op.f('fk_action_axis_id_axis'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action')),
    sa.UniqueConstraint('uid', name=op.f('uq_action_uid'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_axis_id'), ['axis_id'], unique=False)

    op.create_table('action_partner',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_partner_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_action_partner_partner_id_partner'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_id', 'partner_id', name=op.f('pk_action_partner'))
    )
    op.create_table('action_text',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('evaluation', sa.Text(), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    sa.Column('means', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('a_rediger', 'brouillon', 'relu', 'valide', name='status', native_enum=False, length=16), nullable=False),
    sa.Column('target_words', sa.Integer(), nullable=True),
    sa.Column('to_update', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_text_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], name=op.f('fk_action_text_report_id_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_text')),
    sa.UniqueConstraint('report_id', 'action_id', name=op.f('uq_action_text_report_id'))
    )
    with op.batch_alter_table('action_text', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_text_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_text_report_id'), ['report_id'], unique=False)

    op.create_table('body',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_body_action_id_action'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_body_convention_id_convention'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_body_partner_id_partner'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_body')),
    sa.UniqueConstraint('uid', name=op.f('uq_body_uid'))
    )
    with op.batch_alter_table('body', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_body_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_body_convention_id'), ['convention_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_body_partner_id'), ['partner_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('place', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_event_action_id_action'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['report_id'], ['report.id'], name=op.f('fk_event_report_id_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event')),
    sa.UniqueConstraint('uid', name=op.f('uq_event_uid'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_report_id'), ['report_id'], unique=False)

    op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(), nullable=False),
    sa.Column('convention_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_indicator_action_id_action'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['convention_id'], ['convention.id'], name=op.f('fk_indicator_convention_id_convention'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('uid', name=op.f('uq_indicator_uid'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_convention_id'), ['convention_id'], unique=False)

    op.create_table('indicator_value',
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_value_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('indicator_id', 'year', name=op.f('pk_indicator_value'))
    )


def downgrade() -> None:
    op.drop_table('indicator_value')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_convention_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_action_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_report_id'))
        batch_op.drop_index(batch_op.f('ix_event_action_id'))

    op.drop_table('event')
    with op.batch_alter_table('body', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_body_partner_id'))
        batch_op.drop_index(batch_op.f('ix_body_convention_id'))
        batch_op.drop_index(batch_op.f('ix_body_action_id'))

    op.drop_table('body')
    with op.batch_alter_table('action_text', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_text_report_id'))
        batch_op.drop_index(batch_op.f('ix_action_text_action_id'))

    op.drop_table('action_text')
    op.drop_table('action_partner')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_axis_id'))

    op.drop_table('action')
    with op.batch_alter_table('report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_convention_id'))

    op.drop_table('report')
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_convention_id'))

    op.drop_table('partner')
    with op.batch_alter_table('axis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_axis_convention_id'))

    op.drop_table('axis')
    op.drop_table('convention')
    op.drop_table('organisation')
    op.drop_table('funder')
