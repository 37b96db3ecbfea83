"""indexes for sorting assignments by work time and by auto-approval deadline

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index("ix_assignments_account_work_time", ["account_id", "work_time_s"],
                              unique=False)
        batch_op.create_index("ix_assignments_account_auto_approval",
                              ["account_id", "auto_approval_time"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_assignments_account_auto_approval")
        batch_op.drop_index("ix_assignments_account_work_time")
