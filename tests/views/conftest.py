from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.services.context import Workbench


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own window settings (geometry, columns)."""
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="session")
def _demo_store(tmp_path_factory: pytest.TempPathFactory, _template_store: Path) -> Path:
    """A store holding a 300-assignment demo batch, made once."""
    import shutil

    from workbench.services.demo import run_demo

    path = tmp_path_factory.mktemp("demo") / "store.sqlite3"
    shutil.copyfile(_template_store, path)
    wb = Workbench.open(path)
    run_demo(wb, hits=100, assignments=3, workers=10, seed=11)
    wb.close()
    return path


@pytest.fixture
def demo_wb(tmp_path: Path, _demo_store: Path) -> Iterator[Workbench]:
    import shutil

    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_store, path)
    wb = Workbench.open(path)
    yield wb
    wb.close()
