"""a search index over the full text of answers (SQLite FTS5 trigram; PostgreSQL pg_trgm)

The Assignments search read only each assignment's answer summary (its first 240
characters), though it promises answers. See workbench.store.answer_search.

Revision ID: 0011h
Revises: 0010k
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

from workbench.store.answer_search import CATCH_UP_SQLITE, CREATE_SQLITE, DROP_SQLITE, TRIGRAM_INDEX

revision = "0011h"
down_revision = "0010k"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Built afresh even over an index left by a store stamped back to an older revision.
        for statement in (*DROP_SQLITE, *CREATE_SQLITE, *CATCH_UP_SQLITE):
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == "postgresql":
        # Creating an extension needs a privilege a shared server may not give: then the
        # search still works, reading every answer.
        try:
            with bind.begin_nested():
                bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DBAPIError:
            return
        bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON answers "
                             "USING gin (value gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in DROP_SQLITE:
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == "postgresql":
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
