"""Creating and migrating the local marketplace's tables in a database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from workbench.sql.migrate import upgrade_to_head

VERSION_TABLE = "market_alembic_version"
MIGRATIONS = Path(__file__).parent / "migrations"


def ensure_market_schema(engine: Engine) -> bool:
    """Create or migrate the marketplace tables; returns whether anything changed."""
    return upgrade_to_head(engine, MIGRATIONS, VERSION_TABLE)
