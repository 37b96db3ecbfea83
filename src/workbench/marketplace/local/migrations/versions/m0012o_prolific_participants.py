"""Prolific participants on the worker site: studies served, sessions and their units

A Prolific account's requester is marked ``pays_through = 'prolific'`` (nothing here approves
or pays its participants); the site keeps the studies it serves, the HITs of each, every
participant's session (only a hash of its cookie) and the assignments of each session's unit.

Revision ID: m0012o
Revises: m0011j
Create Date: 2026-12-14
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "m0012o"
down_revision = "m0011j"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite takes it in place (a batch copy of mk_requesters would have
    # to drop a table that others refer to).
    op.add_column("mk_requesters", sa.Column("pays_through", sa.String(length=20),
                                             nullable=True))
    op.create_table(
        "mk_prolific_studies",
        sa.Column("study_id", sa.String(length=64), nullable=False),
        sa.Column("requester_id", sa.String(length=64), nullable=False),
        sa.Column("study_key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("completion_code", sa.String(length=64), nullable=False),
        sa.Column("completion_url", sa.Text(), nullable=False),
        sa.Column("hits_per_place", sa.Integer(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("updated_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["requester_id"], ["mk_requesters.requester_id"],
                                name=op.f("fk_mk_prolific_studies_requester_id_mk_requesters")),
        sa.PrimaryKeyConstraint("study_id", name=op.f("pk_mk_prolific_studies")),
    )
    with op.batch_alter_table("mk_prolific_studies", schema=None) as batch_op:
        batch_op.create_index("ix_mk_prolific_studies_requester", ["requester_id"],
                              unique=False)
    op.create_table(
        "mk_prolific_study_hits",
        sa.Column("study_id", sa.String(length=64), nullable=False),
        sa.Column("hit_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hit_id"], ["mk_hits.hit_id"],
                                name=op.f("fk_mk_prolific_study_hits_hit_id_mk_hits")),
        sa.ForeignKeyConstraint(
            ["study_id"], ["mk_prolific_studies.study_id"],
            name=op.f("fk_mk_prolific_study_hits_study_id_mk_prolific_studies")),
        sa.PrimaryKeyConstraint("study_id", "hit_id", name=op.f("pk_mk_prolific_study_hits")),
    )
    op.create_table(
        "mk_prolific_sessions",
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("study_id", sa.String(length=64), nullable=False),
        sa.Column("participant_id", sa.String(length=64), nullable=False),
        sa.Column("cookie_selector", sa.String(length=32), nullable=False),
        sa.Column("cookie_sha256", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("started_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("completed_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["participant_id"], ["mk_workers.worker_id"],
                                name=op.f("fk_mk_prolific_sessions_participant_id_mk_workers")),
        sa.ForeignKeyConstraint(
            ["study_id"], ["mk_prolific_studies.study_id"],
            name=op.f("fk_mk_prolific_sessions_study_id_mk_prolific_studies")),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_mk_prolific_sessions")),
    )
    with op.batch_alter_table("mk_prolific_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_mk_prolific_sessions_cookie", ["cookie_selector"],
                              unique=True)
        batch_op.create_index("ix_mk_prolific_sessions_study", ["study_id", "participant_id"],
                              unique=False)
    op.create_table(
        "mk_prolific_session_assignments",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("assignment_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"], ["mk_assignments.assignment_id"],
            name=op.f("fk_mk_prolific_session_assignments_assignment_id_mk_assignments")),
        sa.ForeignKeyConstraint(
            ["session_id"], ["mk_prolific_sessions.session_id"],
            name=op.f("fk_mk_prolific_session_assignments_session_id_mk_prolific_sessions")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_mk_prolific_session_assignments")),
        sa.UniqueConstraint("assignment_id",
                            name=op.f("uq_mk_prolific_session_assignments_assignment_id")),
    )
    with op.batch_alter_table("mk_prolific_session_assignments", schema=None) as batch_op:
        batch_op.create_index("ix_mk_prolific_session_assignments_session", ["session_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mk_prolific_session_assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_mk_prolific_session_assignments_session")
    op.drop_table("mk_prolific_session_assignments")
    with op.batch_alter_table("mk_prolific_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_mk_prolific_sessions_study")
        batch_op.drop_index("ix_mk_prolific_sessions_cookie")
    op.drop_table("mk_prolific_sessions")
    op.drop_table("mk_prolific_study_hits")
    with op.batch_alter_table("mk_prolific_studies", schema=None) as batch_op:
        batch_op.drop_index("ix_mk_prolific_studies_requester")
    op.drop_table("mk_prolific_studies")
    with op.batch_alter_table("mk_requesters", schema=None) as batch_op:
        batch_op.drop_column("pays_through")
