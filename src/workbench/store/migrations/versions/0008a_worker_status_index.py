"""an index for per-worker counts by status (workers page, approval-rate charts)

Revision ID: 0008a
Revises: 0006a
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0008a"
down_revision = "0006a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index("ix_assignments_account_worker_status",
                              ["account_id", "worker_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_assignments_account_worker_status")
