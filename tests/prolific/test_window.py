"""The window's Prolific path: what is queued while a send runs is sent; publishing again after
a cancel or a failure finishes the same batch and its one study."""

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


def test_publishing_cancelled_then_resumed_makes_one_batch_and_one_study(
        qtbot: Any, scenario: Scenario, context: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workbench.formats.inputs import InputTable
    from workbench.services.templates import load_preset
    from workbench.views.wizard.pages_prolific import ProlificPublishPage
    from workbench.views.wizard.state import WizardState

    s, sim = scenario, scenario.simulator
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a, **k: (
        asked.append(title), QMessageBox.StandardButton.Yes)[1])
    state = WizardState(s.acct)
    state.template = load_preset("sentiment")
    state.table = InputTable(["product", "review"], [
        {"product": f"Lampe {i}", "review": f"Hell und warm {i}"} for i in range(300)])
    state.prolific_plan = prolific.StudyPlan(
        name="Sentiment", description="Three reviews each.", reward_cents=100, places=100,
        hits_per_place=3, estimated_minutes=5, site_url="https://work.example.org")
    from workbench.services.publish import HITProperties

    state.props = HITProperties("Sentiment", "Three reviews each.", 33, 1,
                                lifetime_s=30 * 86400, assignment_duration_s=900,
                                auto_approval_delay_s=30 * 86400)
    page = ProlificPublishPage(context, state)
    qtbot.addWidget(page)
    page.show()
    page.initializePage()
    page.publish_button.click()
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=20_000)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.report is not None and page.report.cancelled,
                    timeout=20_000)
    assert not sim.studies and page.publish_button.text() == "Publish the rest"
    real = prolific.publish_study

    def store_busy(*args: Any, **kwargs: Any) -> Any:
        monkeypatch.setattr(prolific, "publish_study", real)
        raise prolific.OutboxError("the store is busy")

    monkeypatch.setattr(prolific, "publish_study", store_busy)
    page.publish_button.click()  # the rest of the HITs made; the study step fails once
    qtbot.waitUntil(lambda: page.result.text() == "Not published: the store is busy",
                    timeout=30_000)
    assert not sim.studies
    page.publish_button.click()  # no "published before: a second copy?" question
    qtbot.waitUntil(lambda: "is live on Prolific" in page.result.text(), timeout=30_000)
    assert asked == ["Spend real money?"] * 3
    assert page.report is not None and page.report.published == 300
    from sqlalchemy import func, select

    from workbench.store.schema import Batch

    with s.wb.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Batch)) == 1
    (made,) = sim.studies.values()
    assert made["status"] == "ACTIVE" and made["total_available_places"] == 100


def test_the_cost_page_waits_for_the_minimum_and_estimates_when_prolific_cannot_answer(
        qtbot: Any, scenario: Scenario, context: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.views.wizard.pages_prolific import ProlificCostPage
    from workbench.views.wizard.state import WizardState

    s = scenario
    state = WizardState(s.acct)
    state.prolific_plan = prolific.StudyPlan(
        name="Sentiment", description="Three reviews each.", reward_cents=100, places=10,
        hits_per_place=3, estimated_minutes=5, site_url="https://work.example.org")
    release = threading.Event()
    real = prolific.estimate_cost

    def slow(*args: Any) -> Any:
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(prolific, "estimate_cost", slow)
    page = ProlificCostPage(context, state, lambda _cents: None)
    qtbot.addWidget(page)
    page.show()
    page.initializePage()
    assert not page.isComplete()  # £1.00 for 5 minutes is fair, but not yet known to be
    assert page.minimum.text() == "asking Prolific…"
    release.set()
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.source.text().startswith("From Prolific's cost calculator")

    def unreachable(*_args: Any) -> Any:
        raise prolific.ProlificUnavailable("Prolific: the network is down")

    monkeypatch.setattr(prolific, "estimate_cost", unreachable)
    page.initializePage()
    qtbot.waitUntil(lambda: page.source.text().startswith("Prolific could not be asked"),
                    timeout=10_000)
    assert page.costs["total"].text() == "£13.33" and page.minimum.text() == "£6.00 an hour"
    assert page.isComplete()


def test_publish_again_on_a_prolific_batch_fills_the_study_page(
        qtbot: Any, scenario: Scenario, context: Any) -> None:
    from workbench.services.batches import batch_draft
    from workbench.views.wizard.wizard import PublishWizard

    s = scenario
    batch_id = s.publish_batch(6)
    wizard = PublishWizard(context, s.acct, draft=batch_draft(s.wb, batch_id))
    qtbot.addWidget(wizard)
    page = wizard.properties_page
    assert page.study_name.text() == "Tag street photos"
    assert page.description.toPlainText() == "One label per photo"
    assert page.assignments.value() == 1


def test_a_large_bulk_bonus_waits_for_a_tick_and_a_huge_one_is_refused(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from workbench.views.prolific.study_window import BulkBonusDialog

    dialog = BulkBonusDialog(["5f" + "0" * 22, "5f" + "1" * 22], "GBP", {})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason, "Careful work")
    qtbot.keyClicks(dialog.amount, "150")  # meant 1.50
    assert not dialog.confirm.isEnabled() and dialog.large.isVisible()
    assert dialog.problem.text() == ("Tick the box above to confirm a bonus of more than "
                                     "£100.00 each.")
    assert dialog.large.text() == "Yes, pay £150.00 to each: more than £100.00"
    qtbot.mouseClick(dialog.large, Qt.MouseButton.LeftButton,
                     pos=dialog.large.rect().center())
    assert dialog.large.isChecked() and dialog.confirm.isEnabled()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "20000")
    assert not dialog.confirm.isEnabled()
    assert dialog.problem.text() == "A bonus is at most £10000.00."
