"""Test configuration: headless Qt, a fresh store per test, the real sample files."""

from __future__ import annotations

import os
import tempfile

# Set before anything imports Qt: tests never need a display, and QtWebEngine refuses to
# start as root (as CI runs) without its own sandbox turned off. The review view's safety
# does not rest on that sandbox (see DESIGN.md §6).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")
os.environ.setdefault("WORKBENCH_REVIEWER", "tester")
# Tests never read or write the user's own settings and logs.
os.environ.setdefault("WORKBENCH_CONFIG_DIR", tempfile.mkdtemp(prefix="workbench-config-"))
os.environ.setdefault("WORKBENCH_LOG_DIR", tempfile.mkdtemp(prefix="workbench-logs-"))

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread(qapp: object) -> None:
    """As in the application, Python's cyclic collector never runs in a worker thread
    (workbench.models.collector): it runs from a timer on the main thread and here, before
    each test, once the windows the last test closed are deleted (their deleteLater)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from workbench.models.collector import GuiThreadCollector

    collector = GuiThreadCollector.install(qapp)  # type: ignore[arg-type]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    collector.collect_if_due()


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """The real MTurk sample files (copied byte for byte from ../shared/fixtures)."""
    return FIXTURES


@pytest.fixture(scope="session")
def _template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty store, made once and copied for each test (migrating takes time)."""
    from workbench.services.context import Workbench

    path = tmp_path_factory.mktemp("template") / "store.sqlite3"
    Workbench.open(path).close()
    return path


@pytest.fixture
def store_path(tmp_path: Path, _template_store: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_template_store, path)
    return path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wb(store_path: Path) -> Iterator[object]:
    """A workbench on a fresh SQLite store."""
    from workbench.services.context import Workbench

    workbench = Workbench.open(store_path)
    yield workbench
    workbench.close()


@pytest.fixture
def account(wb: object) -> object:
    """The default local account."""
    from workbench.services.accounts import get_account

    return get_account(wb)  # type: ignore[arg-type]


@pytest.fixture
def pg_url() -> str:
    """A PostgreSQL server for tests that must also pass there (CI starts one)."""
    url = os.environ.get("WORKBENCH_TEST_POSTGRES_URL", "")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: WORKBENCH_TEST_POSTGRES_URL is unset")
        pytest.skip("no PostgreSQL server (set WORKBENCH_TEST_POSTGRES_URL)")
    return url


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"wb_test_{uuid.uuid4().hex[:10]}"
    admin_url = make_url(pg_url).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"
            ), {"n": name})
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
