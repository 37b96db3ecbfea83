"""The study's window sends what is queued while an earlier send is still under way."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog

from tests.conftest import FakeClock
from tests.prolific.conftest import TOKEN
from tests.prolific.scenario import Scenario
from workbench.marketplace.prolific.simulator import ProlificSimulator
from workbench.services import prolific
from workbench.services.context import Workbench
from workbench.services.push import push_outbox


@pytest.fixture
def scenario(wb: Workbench, clock: FakeClock) -> Iterator[Scenario]:
    wb.clock = clock
    made = Scenario(wb, clock, ProlificSimulator(token=TOKEN, clock=clock))
    prolific.use_transport(made.transport)
    try:
        made.open_account()
        yield made
    finally:
        prolific.use_transport(None)


@pytest.fixture
def context(qtbot: Any, wb: Workbench) -> Iterator[Any]:
    from workbench.models.changes import ChangeBus
    from workbench.models.tasks import TaskRunner
    from workbench.views.pages.base import PageContext

    runner = TaskRunner()
    yield PageContext(wb=wb, runner=runner, bus=ChangeBus(),
                      start_task=lambda title, work, on_done: runner.start(
                          title, work, on_done=on_done),
                      show_page=lambda _name: None)
    runner.shutdown()
    qtbot.wait(10)


def test_an_action_queued_while_a_send_runs_is_sent_too(
        qtbot: Any, scenario: Scenario, context: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.views.prolific import study_window as module

    s, sim = scenario, scenario.simulator
    batch_id = s.publish_batch(6)
    plan = prolific.StudyPlan(name="Tag photos", description="Three photos each.",
                              reward_cents=100, places=2, hits_per_place=3,
                              estimated_minutes=5, site_url="https://work.example.org")
    study = prolific.publish_study(s.wb, s.acct, batch_id, plan, request_key="k")
    s.sync()
    release = threading.Event()
    calls: list[int] = []

    def slow_first_push(wb: Workbench, account: Any) -> Any:
        calls.append(1)
        report = push_outbox(wb, account)
        if len(calls) == 1:
            release.wait(10)  # the first send is still under way, its list already sent…
        return report

    monkeypatch.setattr(module, "push_outbox", slow_first_push)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (4, True))
    (made,) = sim.studies.values()
    window = module.StudyWindow(context, s.acct, study.request_key)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.pause_button.isEnabled, timeout=10_000)
    window.pause_button.click()
    qtbot.waitUntil(lambda: made["status"] == "PAUSED", timeout=10_000)
    window.places_button.click()  # …when places are added
    qtbot.wait(300)
    release.set()
    qtbot.waitUntil(lambda: made["total_available_places"] == 6, timeout=15_000)
    assert len(calls) == 2
    qtbot.waitUntil(lambda: window.waiting.text() == "", timeout=10_000)
    window.close()
