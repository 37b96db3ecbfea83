"""review: how much each HIT's workers agree, the suggested answers, and gold mappings

Revision ID: 0005a
Revises: 0008a
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "0005a"
down_revision = "0008a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_hits",
        sa.Column("hit_pk", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=60), nullable=False),
        sa.Column("agreement", sa.Float(), nullable=True),
        sa.Column("computed_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["hit_pk"], ["hits.id"],
                                name=op.f("fk_review_hits_hit_pk_hits"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("hit_pk", name=op.f("pk_review_hits")),
    )
    op.create_table(
        "review_consensus",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hit_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("agreeing", sa.Integer(), nullable=False),
        sa.Column("tied", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["hit_pk"], ["hits.id"],
                                name=op.f("fk_review_consensus_hit_pk_hits"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_consensus")),
        sa.UniqueConstraint("hit_pk", "name", "method",
                            name=op.f("uq_review_consensus_hit_pk_name_method")),
    )
    op.create_table(
        "gold_mappings",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("input_column", sa.String(length=200), nullable=True),
        sa.Column("answer_field", sa.String(length=300), nullable=True),
        sa.Column("chosen_by", sa.String(length=100), nullable=False),
        sa.Column("chosen_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"],
                                name=op.f("fk_gold_mappings_batch_id_batches"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_gold_mappings")),
    )


def downgrade() -> None:
    op.drop_table("gold_mappings")
    op.drop_table("review_consensus")
    op.drop_table("review_hits")
