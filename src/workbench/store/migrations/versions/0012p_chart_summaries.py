"""summaries of the assignments for the charts, kept exact by triggers and a fold at commit

Each Charts tab read every assignment (2 to 15 s at a million). See
workbench.store.chart_summary.

Revision ID: 0012p
Revises: 0012j
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

from workbench.store import chart_summary

revision = "0012p"
down_revision = "0012j"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # Both built even over what a store stamped back to an older revision still has.
    op.create_index("ix_assignments_account_approval", "assignments",
                    ["account_id", "approval_time"], if_not_exists=True)
    chart_summary.create(bind)


def downgrade() -> None:
    chart_summary.drop(op.get_bind())
    op.drop_index("ix_assignments_account_approval", table_name="assignments")
