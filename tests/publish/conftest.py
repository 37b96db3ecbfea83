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


class Answers:
    """Answers for the questions a test's windows ask (QMessageBox.question), in order."""

    def __init__(self) -> None:
        self.queued: list[object] = []
        self.asked: list[str] = []

    def __call__(self, _parent: object, title: str, text: str, *args: object,
                 **kwargs: object) -> object:
        from PySide6.QtWidgets import QMessageBox

        self.asked.append(f"{title}: {text}")
        if self.queued:
            return self.queued.pop(0)
        # Nothing queued: the cautious answer (keep, do not publish, discard at teardown).
        buttons = args[0] if args else kwargs.get("buttons")
        if buttons is not None and bool(buttons & QMessageBox.StandardButton.Discard):
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.No


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Questions are answered by the test; warnings are recorded instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    given = Answers()
    monkeypatch.setattr(QMessageBox, "question", given)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *a, **k: given.asked.append(f"{title}: {text}"))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *a, **k: given.asked.append(f"{title}: {text}"))
    return given


@pytest.fixture
def context(qtbot, wb):  # type: ignore[no-untyped-def]
    """What a page gets from the main window: a runner, a change bus, long tasks."""
    from workbench.models.changes import ChangeBus
    from workbench.models.tasks import TaskRunner
    from workbench.views.pages.base import PageContext

    runner = TaskRunner()
    bus = ChangeBus()
    made = PageContext(wb=wb, runner=runner, bus=bus,
                       start_task=lambda title, work, on_done: runner.start(
                           title, work, on_done=on_done),
                       show_page=lambda _name: None)
    yield made
    runner.shutdown()
    qtbot.wait(10)


@pytest.fixture(scope="session", autouse=True)
def _web_pages_go_first() -> object:
    """Delete closed windows before the process ends: Chromium wants its pages gone first."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
