"""workers' e-mail and language, and which workers' country was never given

Workers invited before a country could be given were all put in the US (the column's
default). They stay in the US, and are marked ``locale_assumed`` so that the window and
``workbench workers list`` say so until their country is set.

Revision ID: m0011g
Revises: m0010a
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "m0011g"
down_revision = "m0010a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite takes them in place (a batch copy of the table would have to
    # drop it, which the foreign keys of assignments and invitations forbid).
    op.add_column("mk_workers", sa.Column("email", sa.String(length=254), nullable=True))
    op.add_column("mk_workers", sa.Column("language", sa.String(length=35), nullable=True))
    op.add_column("mk_workers", sa.Column("locale_assumed", sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
    workers = sa.table("mk_workers", sa.column("simulated", sa.Boolean()),
                       sa.column("locale_assumed", sa.Boolean()))
    # Simulated workers were given their countries by the simulation; people were not.
    op.execute(workers.update().where(workers.c.simulated == sa.false())
               .values(locale_assumed=True))


def downgrade() -> None:
    with op.batch_alter_table("mk_workers", schema=None) as batch_op:
        batch_op.drop_column("locale_assumed")
        batch_op.drop_column("language")
        batch_op.drop_column("email")
