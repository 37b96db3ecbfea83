"""the worker site: invitations, sessions and the site's secrets

Revision ID: m0010a
Revises: m0007a
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "m0010a"
down_revision = "m0007a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mk_site_invitations",
        sa.Column("invitation_id", sa.String(length=32), nullable=False),
        sa.Column("worker_id", sa.String(length=64), nullable=False),
        sa.Column("verifier_sha256", sa.String(length=64), nullable=False),
        sa.Column("invited_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.Column("last_sign_in", workbench.sql.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["worker_id"], ["mk_workers.worker_id"],
                                name=op.f("fk_mk_site_invitations_worker_id_mk_workers")),
        sa.PrimaryKeyConstraint("invitation_id", name=op.f("pk_mk_site_invitations")),
    )
    with op.batch_alter_table("mk_site_invitations", schema=None) as batch_op:
        batch_op.create_index("ix_mk_site_invitations_worker", ["worker_id"], unique=False)

    op.create_table(
        "mk_site_sessions",
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("verifier_sha256", sa.String(length=64), nullable=False),
        sa.Column("invitation_id", sa.String(length=32), nullable=False),
        sa.Column("worker_id", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.Column("last_seen", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invitation_id"], ["mk_site_invitations.invitation_id"],
            name=op.f("fk_mk_site_sessions_invitation_id_mk_site_invitations")),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_mk_site_sessions")),
    )
    with op.batch_alter_table("mk_site_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_mk_site_sessions_invitation", ["invitation_id"], unique=False)
        batch_op.create_index("ix_mk_site_sessions_worker", ["worker_id"], unique=False)

    op.create_table(
        "mk_site_secrets",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.Column("created_at", workbench.sql.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_mk_site_secrets")),
    )


def downgrade() -> None:
    op.drop_table("mk_site_secrets")
    with op.batch_alter_table("mk_site_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_mk_site_sessions_worker")
        batch_op.drop_index("ix_mk_site_sessions_invitation")
    op.drop_table("mk_site_sessions")
    with op.batch_alter_table("mk_site_invitations", schema=None) as batch_op:
        batch_op.drop_index("ix_mk_site_invitations_worker")
    op.drop_table("mk_site_invitations")
