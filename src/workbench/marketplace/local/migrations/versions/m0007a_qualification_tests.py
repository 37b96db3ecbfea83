"""qualification tests taken on the local marketplace

Revision ID: m0007a
Revises: m0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "m0007a"
down_revision = "m0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mk_qualification_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("requested_at", workbench.sql.types.UTCDateTime(),
                                      nullable=True))
        batch_op.add_column(sa.Column("test_deadline", workbench.sql.types.UTCDateTime(),
                                      nullable=True))
        batch_op.create_index("ix_mk_qualification_requests_worker",
                              ["worker_id", "qualification_type_id"], unique=False)
    # Requests made before tests could be taken here were made when they were submitted.
    op.execute("UPDATE mk_qualification_requests SET requested_at = submit_time")


def downgrade() -> None:
    with op.batch_alter_table("mk_qualification_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_mk_qualification_requests_worker")
        batch_op.drop_column("test_deadline")
        batch_op.drop_column("requested_at")
