"""indexes that hold the columns a table's text search reads (assignments, HITs)

A row of assignments holds the answer XML, and a row of hits the task's question: reading
a searched column that lies past them means reading those too (in SQLite, page by page of
overflow). A search reads these narrow indexes instead.

Revision ID: 0009a
Revises: 0005a
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0009a"
down_revision = "0005a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index("ix_assignments_account_search",
                              ["account_id", "assignment_id", "worker_id", "answer_summary"],
                              unique=False)
    with op.batch_alter_table("hits", schema=None) as batch_op:
        batch_op.create_index("ix_hits_account_search", ["account_id", "hit_id", "title"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hits", schema=None) as batch_op:
        batch_op.drop_index("ix_hits_account_search")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_assignments_account_search")
