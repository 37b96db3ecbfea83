from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import FakeClock
from tests.services.conftest import local_market
from workbench.marketplace.local.market import LocalMarketplace
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench


@pytest.fixture
def setup(wb: Workbench, clock: FakeClock) -> tuple[Workbench, AccountInfo, LocalMarketplace]:
    """A workbench with a local account whose marketplace runs on the test clock."""
    wb.clock = clock
    account = get_account(wb)
    return wb, account, local_market(wb, account, clock)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: WORKBENCH_SCREENSHOTS, else a temporary folder."""
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own settings and window state."""
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))
