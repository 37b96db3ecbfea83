"""Bringing a database schema up to date with Alembic, programmatically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


class SchemaTooNew(Exception):
    """The database was written by a newer version of the application."""


def alembic_config(script_location: Path, version_table: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.attributes["version_table"] = version_table
    return config


def current_revision(engine: Engine, version_table: str) -> str | None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": version_table}
        )
        return context.get_current_revision()


def known_revisions(script_location: Path) -> set[str]:
    """Every schema revision this version knows."""
    script = ScriptDirectory.from_config(alembic_config(script_location, "alembic_version"))
    return {rev.revision for rev in script.walk_revisions()}


def refuse_unknown(current: str | None, known: set[str]) -> None:
    if current is not None and current not in known:
        raise SchemaTooNew(
            f"the database has schema revision {current}, which this version does not know; "
            "it was written by a newer Requester Workbench"
        )


# PostgreSQL: one advisory lock key for every migration of a database (store and marketplace
# may share one), so two first runs at once migrate one after the other.
MIGRATION_LOCK_KEY = 0x5257_4D49  # "RWMI"


def upgrade_to_head(engine: Engine, script_location: Path, version_table: str) -> bool:
    """Migrate to the newest revision; returns whether anything ran.

    Safe when several processes open a fresh or old database at once: the migration runs
    under a write lock (SQLite) or an advisory lock (PostgreSQL), and the revision is read
    again once the lock is held, so the second process finds the work done.
    """
    config = alembic_config(script_location, version_table)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    current = current_revision(engine, version_table)
    if current == head:
        return False
    refuse_unknown(current, known)
    with engine.execution_options(sqlite_immediate=True).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        context = MigrationContext.configure(connection, opts={"version_table": version_table})
        current = context.get_current_revision()
        if current == head:
            return False
        refuse_unknown(current, known)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


def run_migrations_in_env(metadata: object) -> None:
    """The body of an Alembic ``env.py``: migrate on the connection the caller handed over.

    Used by the store's and the local marketplace's migration environments alike; for
    autogenerate from the command line, ``-x url=...`` names the database.
    """
    from alembic import context
    from sqlalchemy import create_engine

    config = context.config
    version_table = config.attributes.get("version_table") or config.get_main_option(
        "version_table", "alembic_version"
    )
    known_tables = set(getattr(metadata, "tables", {}))

    def include_name(name: str | None, type_: str, _parents: object) -> bool:
        # Store and marketplace may share a database; each minds only its own tables.
        return type_ != "table" or name in known_tables

    options: dict[str, Any] = {
        "target_metadata": metadata,
        "include_name": include_name,
        "version_table": version_table,
        "render_as_batch": True,
        "compare_type": True,
    }
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, **options)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_engine(str(url))
    with engine.begin() as own_connection:
        context.configure(connection=own_connection, **options)
        with context.begin_transaction():
            context.run_migrations()
