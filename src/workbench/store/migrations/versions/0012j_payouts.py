"""payouts: payees, payout runs, their lines, and the claims that keep each amount in one run

Revision ID: 0012j
Revises: 0011h
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "0012j"
down_revision = "0011h"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_payees_account_id_accounts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payees")),
        sa.UniqueConstraint("account_id", "worker_id",
                            name=op.f("uq_payees_account_id_worker_id")),
    )
    op.create_table(
        "payout_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("workers", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("minimum_cents", sa.Integer(), nullable=False),
        sa.Column("fee_percent", sa.String(length=10), nullable=False),
        sa.Column("request_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("file_written_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("paid_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("paid_by", sa.String(length=100), nullable=True),
        sa.Column("cancelled_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("cancelled_by", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("site_recorded_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_payout_runs_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_runs")),
        sa.UniqueConstraint("request_token", name=op.f("uq_payout_runs_request_token")),
    )
    with op.batch_alter_table("payout_runs", schema=None) as batch_op:
        batch_op.create_index("ix_payout_runs_account_created", ["account_id", "created_at"],
                              unique=False)
    op.create_table(
        "payout_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_payout_lines_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["run_id"], ["payout_runs.id"],
                                name=op.f("fk_payout_lines_run_id_payout_runs"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_lines")),
        sa.UniqueConstraint("run_id", "worker_id",
                            name=op.f("uq_payout_lines_run_id_worker_id")),
    )
    with op.batch_alter_table("payout_lines", schema=None) as batch_op:
        batch_op.create_index("ix_payout_lines_account_worker", ["account_id", "worker_id"],
                              unique=False)
    op.create_table(
        "payout_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("assignment_id", sa.String(length=64), nullable=False),
        sa.Column("bonus_id", sa.Integer(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("claim_key", sa.String(length=150), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_payout_items_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["run_id"], ["payout_runs.id"],
                                name=op.f("fk_payout_items_run_id_payout_runs"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_items")),
        sa.UniqueConstraint("claim_key", name=op.f("uq_payout_items_claim_key")),
    )
    with op.batch_alter_table("payout_items", schema=None) as batch_op:
        batch_op.create_index("ix_payout_items_run", ["run_id"], unique=False)
        batch_op.create_index("ix_payout_items_account_worker", ["account_id", "worker_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payout_items", schema=None) as batch_op:
        batch_op.drop_index("ix_payout_items_account_worker")
        batch_op.drop_index("ix_payout_items_run")
    op.drop_table("payout_items")
    with op.batch_alter_table("payout_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_payout_lines_account_worker")
    op.drop_table("payout_lines")
    with op.batch_alter_table("payout_runs", schema=None) as batch_op:
        batch_op.drop_index("ix_payout_runs_account_created")
    op.drop_table("payout_runs")
    op.drop_table("payees")
