"""batches remember when publishing started, what they were made from, and the time a task takes

Revision ID: 0006a
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "0006a"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("publishing_started_at",
                                      workbench.sql.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("estimated_task_s", sa.Integer(), nullable=True))
        batch_op.create_index("ix_batches_account_fingerprint", ["account_id", "fingerprint"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.drop_index("ix_batches_account_fingerprint")
        batch_op.drop_column("estimated_task_s")
        batch_op.drop_column("fingerprint")
        batch_op.drop_column("publishing_started_at")
