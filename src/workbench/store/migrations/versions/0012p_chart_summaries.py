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
    op.create_index("ix_assignments_account_approval", "assignments",
                    ["account_id", "approval_time"])
    # Built afresh even over summaries left by a store stamped back to an older revision.
    chart_summary.create(bind)


def downgrade() -> None:
    chart_summary.drop(op.get_bind())
    op.drop_index("ix_assignments_account_approval", table_name="assignments")
