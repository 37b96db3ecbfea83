"""Fixtures for the payouts tests: the five-worker world on SQLite or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.payouts.scenario import World, build
from workbench.services.context import Workbench


@pytest.fixture(scope="session")
def _world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The world on SQLite, built once and copied for each test."""
    path = tmp_path_factory.mktemp("payouts") / "store.sqlite3"
    wb = Workbench.open(path)
    build(wb)
    wb.close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path,
                   _world_template: Path) -> Iterator[str]:
    """A store holding the world: a copy of the SQLite one, or a PostgreSQL one built now."""
    if request.param == "sqlite":
        import shutil

        path = tmp_path / "store.sqlite3"
        shutil.copyfile(_world_template, path)
        yield str(path)
        return
    url = request.getfixturevalue("pg_database")
    wb = Workbench.open(url)
    build(wb)
    wb.close()
    yield url


@pytest.fixture
def world(store_location: str) -> Iterator[World]:
    from workbench.services.accounts import get_account

    wb = Workbench.open(store_location)
    try:
        yield World(wb, get_account(wb), {})
    finally:
        wb.close()
