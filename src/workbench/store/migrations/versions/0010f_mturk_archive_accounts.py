"""MTurk archives are history: their own account kind, auto-approvals settled, agreement redone

The "MTurk archive" account that importing results created was of kind "mturk" (live
money): the window showed LIVE MONEY, counted down auto-approvals that happened years ago
and offered to pay. Such an account becomes kind "mturk-archive" when nothing in it came
from anywhere but imported files and nothing was ever sent from it. In it, submitted work
past its auto-approval time is approved at that time, as MTurk did.

The stored agreement of every HIT is derived data and is computed again (now over the
fields that carry answers only: a submit button made every HIT look unanimous).

Revision ID: 0010f
Revises: 0009a
Create Date: 2026-12-07
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import workbench.sql.types

revision = "0010f"
down_revision = "0009a"
branch_labels = None
depends_on = None

ARCHIVE_NAME = "MTurk archive"

accounts = sa.table("accounts", sa.column("id", sa.Integer), sa.column("name", sa.String),
                    sa.column("kind", sa.String))
batches = sa.table("batches", sa.column("id", sa.Integer), sa.column("origin", sa.String))
hits = sa.table("hits", sa.column("id", sa.Integer), sa.column("account_id", sa.Integer),
                sa.column("batch_id", sa.Integer), sa.column("submitted_count", sa.Integer),
                sa.column("approved_count", sa.Integer), sa.column("rejected_count", sa.Integer),
                sa.column("assignments_completed", sa.Integer))
assignments = sa.table(
    "assignments", sa.column("id", sa.Integer), sa.column("account_id", sa.Integer),
    sa.column("hit_pk", sa.Integer), sa.column("status", sa.String),
    sa.column("auto_approval_time", workbench.sql.types.UTCDateTime()),
    sa.column("approval_time", workbench.sql.types.UTCDateTime()))
outbox = sa.table("outbox", sa.column("account_id", sa.Integer), sa.column("state", sa.String))


def _count(status: str) -> sa.ScalarSelect[int]:
    return (sa.select(sa.func.count()).select_from(assignments)
            .where(assignments.c.hit_pk == hits.c.id, assignments.c.status == status)
            .scalar_subquery())


def upgrade() -> None:
    connection = op.get_bind()
    not_imported = (sa.select(hits.c.id).select_from(hits)
                    .outerjoin(batches, batches.c.id == hits.c.batch_id)
                    .where(hits.c.account_id == accounts.c.id,
                           sa.or_(batches.c.origin.is_(None), batches.c.origin != "import"))
                    .exists())
    sent = (sa.select(sa.literal(1)).select_from(outbox)
            .where(outbox.c.account_id == accounts.c.id, outbox.c.state == "sent").exists())
    archives = list(connection.scalars(
        sa.select(accounts.c.id).where(accounts.c.name == ARCHIVE_NAME,
                                       accounts.c.kind == "mturk", ~not_imported, ~sent)))
    if archives:
        connection.execute(sa.update(accounts).where(accounts.c.id.in_(archives))
                           .values(kind="mturk-archive"))
        connection.execute(
            sa.update(assignments)
            .where(assignments.c.account_id.in_(archives), assignments.c.status == "Submitted",
                   assignments.c.auto_approval_time <= datetime.now(UTC))
            .values(status="Approved", approval_time=assignments.c.auto_approval_time))
        submitted, approved, rejected = (_count(s) for s in ("Submitted", "Approved",
                                                              "Rejected"))
        connection.execute(sa.update(hits).where(hits.c.account_id.in_(archives)).values(
            submitted_count=submitted, approved_count=approved, rejected_count=rejected,
            assignments_completed=approved + rejected))
    # Derived: the review computes them again, by the new rules, when it next needs them.
    op.execute("DELETE FROM review_consensus")
    op.execute("DELETE FROM review_hits")


def downgrade() -> None:
    # The approvals stay (MTurk made them); the accounts go back to the old kind.
    connection = op.get_bind()
    connection.execute(sa.update(accounts).where(accounts.c.kind == "mturk-archive")
                       .values(kind="mturk"))
