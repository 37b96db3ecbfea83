from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

import workbench.marketplace.prolific.participants  # noqa: F401  (its tables are compared too)
from workbench.marketplace.local.database import ensure_market_schema
from workbench.marketplace.local.schema import MarketBase
from workbench.sql.engine import DatabaseUnusable
from workbench.store.answer_search import TRIGRAM_INDEX
from workbench.store.database import StoreUnusable, open_store
from workbench.store.schema import AuditEntry, Base


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_store_is_created_migrated_and_uses_wal(tmp_path: Path) -> None:
    store = open_store(tmp_path / "sub" / "new.sqlite3")
    with store.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    store.dispose()


def schema_differences(engine: Engine) -> list[object]:
    """What the migrated database lacks or has beyond the declared tables (store and market)."""
    differences: list[object] = []
    with engine.connect() as connection:
        for metadata, version_table in ((Base.metadata, "alembic_version"),
                                        (MarketBase.metadata, "market_alembic_version")):
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "version_table": version_table,
                # The answers' search index is the database's own, outside the ORM
                # (workbench.store.answer_search).
                "include_name": lambda name, kind, _p, m=metadata: (
                    (kind != "table" or name in m.tables) and name != TRIGRAM_INDEX)})
            differences += compare_metadata(context, metadata)
    return differences


def test_the_migrations_produce_exactly_the_declared_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    ensure_market_schema(store.engine)
    assert schema_differences(store.engine) == []
    store.dispose()


def test_a_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\nmilk\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(DatabaseUnusable, match="not an SQLite database"):
        open_store(path)
    assert digest(path) == before
    assert not (tmp_path / "notes.txt-wal").exists()


def test_a_corrupt_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    store = open_store(path)
    store.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page after the header
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseUnusable, match=r"damaged|not a database|cannot open"):
        open_store(path)
    assert digest(path) == before


def test_a_foreign_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(StoreUnusable, match="not a Requester Workbench store"):
        open_store(path)
    assert digest(path) == before


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_store(path).dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(StoreUnusable, match="newer"):
        open_store(path)


def test_an_older_store_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    open_store(path).dispose()
    connection = sqlite3.connect(path)
    # A store that predates the schema: the version table exists but no revision was applied.
    for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
    ).fetchall():
        connection.execute(f'DROP TABLE IF EXISTS "{name}"')  # (FTS drops its own parts)
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()
    store = open_store(path)
    with store.read() as session:
        assert session.execute(text("SELECT count(*) FROM hits")).scalar() == 0
    store.dispose()


def test_the_audit_log_is_append_only(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.sqlite3")
    with store.session(write=True) as session:
        session.add(AuditEntry(at=datetime.now(UTC), actor="me", event="x", details={}))
    with pytest.raises(DatabaseError, match="append-only"), store.session(write=True) as s:
        s.execute(text("UPDATE audit_log SET actor = 'someone else'"))
    with pytest.raises(DatabaseError, match="append-only"), store.session(write=True) as s:
        s.execute(text("DELETE FROM audit_log"))
    with store.read() as session:
        assert session.execute(text("SELECT actor FROM audit_log")).scalars().all() == ["me"]
    store.dispose()


def test_timestamps_come_back_timezone_aware_utc(tmp_path: Path) -> None:
    store = open_store(tmp_path / "t.sqlite3")
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    with store.session(write=True) as session:
        session.add(AuditEntry(at=moment, actor="me", event="x", details={}))
    with store.read() as session:
        entry = session.query(AuditEntry).one()
        assert entry.at == moment and entry.at.tzinfo is not None
    store.dispose()


@pytest.mark.postgres
def test_the_store_migrates_on_postgresql(pg_database: str) -> None:
    store = open_store(pg_database)
    ensure_market_schema(store.engine)
    assert schema_differences(store.engine) == []
    with store.session(write=True) as session:
        session.add(AuditEntry(at=datetime.now(UTC), actor="me", event="x", details={}))
    with pytest.raises(DatabaseError, match="append-only"), store.session(write=True) as s:
        s.execute(text("DELETE FROM audit_log"))
    reopened = open_store(pg_database)
    reopened.dispose()
    store.dispose()


def test_each_schema_has_one_line_of_migrations() -> None:
    """Branches that each add a migration must be chained before they land."""
    from alembic.script import ScriptDirectory

    from workbench.marketplace.local import database as market
    from workbench.sql.migrate import alembic_config
    from workbench.store import database as store

    for folder in (store.MIGRATIONS, market.MIGRATIONS):
        heads = ScriptDirectory.from_config(alembic_config(folder, "v")).get_heads()
        assert len(heads) == 1, f"{folder.name}: heads {heads}"
