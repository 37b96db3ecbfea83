"""signatures already used by requests that change something (replay protection)

Revision ID: m0011s
Revises: m0011g
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "m0011s"
down_revision = "m0011g"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mk_seen_signatures",
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("access_key_id", sa.String(length=128), nullable=False),
        sa.Column("seen_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_mk_seen_signatures")),
    )
    with op.batch_alter_table("mk_seen_signatures", schema=None) as batch_op:
        batch_op.create_index("ix_mk_seen_signatures_expires", ["expires_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mk_seen_signatures", schema=None) as batch_op:
        batch_op.drop_index("ix_mk_seen_signatures_expires")
    op.drop_table("mk_seen_signatures")
