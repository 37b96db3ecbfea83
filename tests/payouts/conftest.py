"""Fixtures for the payouts tests: the five-worker world on SQLite or PostgreSQL.

The world is built once per session on each database and copied for every test (a file copy
on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from tests.payouts.scenario import World, build
from workbench.services.accounts import get_account
from workbench.services.context import Workbench


@pytest.fixture(scope="session")
def _world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The world on SQLite, built once."""
    path = tmp_path_factory.mktemp("payouts") / "store.sqlite3"
    wb = Workbench.open(path)
    build(wb)
    wb.close()
    return path


def _admin(url: str) -> Engine:
    return create_engine(make_url(url).set(drivername="postgresql+psycopg"),
                         isolation_level="AUTOCOMMIT")


def _drop(admin: Engine, name: str) -> None:
    with admin.connect() as connection:
        connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
            {"n": name})
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


@pytest.fixture(scope="session")
def _pg_world_template() -> Iterator[tuple[str, str]]:
    """(server URL, database name) of the world on PostgreSQL, built once."""
    import os

    url = os.environ.get("WORKBENCH_TEST_POSTGRES_URL", "")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: WORKBENCH_TEST_POSTGRES_URL is unset")
        pytest.skip("no PostgreSQL server (set WORKBENCH_TEST_POSTGRES_URL)")
    admin = _admin(url)
    name = f"wb_payouts_tpl_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    target = make_url(url).set(drivername="postgresql+psycopg", database=name)
    wb = Workbench.open(target.render_as_string(hide_password=False))
    build(wb)
    wb.close()
    try:
        yield url, name
    finally:
        _drop(admin, name)
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path,
                   _world_template: Path) -> Iterator[str]:
    """A store holding the world, of its own."""
    if request.param == "sqlite":
        path = tmp_path / "store.sqlite3"
        shutil.copyfile(_world_template, path)
        yield str(path)
        return
    url, template = request.getfixturevalue("_pg_world_template")
    admin = _admin(url)
    name = f"wb_payouts_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield make_url(url).set(drivername="postgresql+psycopg", database=name
                                ).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


@pytest.fixture
def world(store_location: str) -> Iterator[World]:
    wb = Workbench.open(store_location)
    try:
        yield World(wb, get_account(wb), {})
    finally:
        wb.close()
