"""Prolific: the studies the workbench made, their submissions, which session worked what

Revision ID: 0010k
Revises: 0010f
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "0010k"
down_revision = "0010f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "prolific_studies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("study_id", sa.String(length=64), nullable=True),
        sa.Column("request_key", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("internal_name", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("total_places", sa.Integer(), nullable=False),
        sa.Column("reward_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("estimated_minutes", sa.Integer(), nullable=False),
        sa.Column("hits_per_place", sa.Integer(), nullable=False),
        sa.Column("completion_code", sa.String(length=64), nullable=False),
        sa.Column("external_url", sa.Text(), nullable=False),
        sa.Column("created_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("published_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("synced_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_prolific_studies_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"],
                                name=op.f("fk_prolific_studies_batch_id_batches"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prolific_studies")),
        sa.UniqueConstraint("account_id", "request_key",
                            name=op.f("uq_prolific_studies_account_id_request_key")),
        sa.UniqueConstraint("account_id", "study_id",
                            name=op.f("uq_prolific_studies_account_id_study_id")),
    )
    op.create_table(
        "prolific_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("study_id", sa.String(length=64), nullable=False),
        sa.Column("submission_id", sa.String(length=64), nullable=False),
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("completed_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("study_code", sa.String(length=100), nullable=True),
        sa.Column("return_requested_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("bonus_payments", sa.JSON(), nullable=False),
        sa.Column("synced_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_prolific_submissions_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prolific_submissions")),
        sa.UniqueConstraint("account_id", "submission_id",
                            name=op.f("uq_prolific_submissions_account_id_submission_id")),
    )
    with op.batch_alter_table("prolific_submissions", schema=None) as batch_op:
        batch_op.create_index("ix_prolific_submissions_study",
                              ["account_id", "study_id", "status"], unique=False)
        batch_op.create_index("ix_prolific_submissions_participant",
                              ["account_id", "participant_id"], unique=False)
    op.create_table(
        "prolific_session_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("study_id", sa.String(length=64), nullable=False),
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("assignment_id", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"],
            name=op.f("fk_prolific_session_assignments_account_id_accounts"),
            ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prolific_session_assignments")),
        sa.UniqueConstraint(
            "account_id", "assignment_id",
            name=op.f("uq_prolific_session_assignments_account_id_assignment_id")),
    )
    with op.batch_alter_table("prolific_session_assignments", schema=None) as batch_op:
        batch_op.create_index("ix_prolific_session_assignments_session",
                              ["account_id", "session_id"], unique=False)


def downgrade() -> None:
    op.drop_table("prolific_session_assignments")
    op.drop_table("prolific_submissions")
    op.drop_table("prolific_studies")
