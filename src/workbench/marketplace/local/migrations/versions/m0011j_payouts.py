"""payouts: what requesters paid their workers themselves, and the currency they pay in

Revision ID: m0011j
Revises: m0011s
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "m0011j"
down_revision = "m0011s"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mk_payouts",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("requester_id", sa.String(length=64), nullable=False),
        sa.Column("worker_id", sa.String(length=64), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("paid_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_mk_payouts")),
        sa.UniqueConstraint("requester_id", "reference", "worker_id",
                            name=op.f("uq_mk_payouts_requester_id_reference_worker_id")),
    )
    with op.batch_alter_table("mk_payouts", schema=None) as batch_op:
        batch_op.create_index("ix_mk_payouts_worker", ["worker_id", "seq"], unique=False)
    op.create_table(
        "mk_requester_currencies",
        sa.Column("requester_id", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.PrimaryKeyConstraint("requester_id", name=op.f("pk_mk_requester_currencies")),
    )


def downgrade() -> None:
    op.drop_table("mk_requester_currencies")
    with op.batch_alter_table("mk_payouts", schema=None) as batch_op:
        batch_op.drop_index("ix_mk_payouts_worker")
    op.drop_table("mk_payouts")
