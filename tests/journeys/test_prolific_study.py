"""A batch published to Prolific from the wizard, then reviewed, paused, resumed, grown, stopped.

A Prolific account (against the simulator, every request checked against Prolific's OpenAPI
document) is connected in the window with its token and Test connection → Batches → New
batch… → the template and a 30-row CSV → the study page (3 HITs per participant: 10 places;
a reward under Prolific's minimum hourly pay, mobile allowed, an allow-list group, the worker
site's address) → the cost page asks Prolific's calculator and offers the fair reward →
Publish the study (asked once) → the study is live on Prolific with the worker site as its
URL → three participants work their units → F5 → the Batches page shows the study's money →
the study's window: approve, reject, bonus, message, block, ask to return; pause, resume,
add places, stop.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QTableWidget,
    QWizard,
)

from tests.conftest import FakeClock
from tests.journeys.conftest import Camera, FileDialogs
from tests.journeys.person import (
    CTRL,
    LEFT,
    DialogAnswer,
    answer_question,
    answer_with_text,
    bring_to_front,
    click,
    go,
    menu,
    press,
    shown,
    type_into,
)
from tests.prolific.conftest import TOKEN
from tests.prolific.scenario import Scenario, pid, units
from workbench.marketplace.prolific.fees import format_amount
from workbench.marketplace.prolific.simulator import ProlificSimulator
from workbench.services import prolific
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.views.dialogs.account_dialog import AccountDialog
from workbench.views.main_window import MainWindow
from workbench.views.prolific.study_window import (
    BulkBonusDialog,
    ParticipantMessageDialog,
    StudyWindow,
)
from workbench.views.review.dialogs import BlockDialog, RejectDialog
from workbench.views.wizard.wizard import PublishWizard

pytestmark = pytest.mark.journey

SITE = "https://arbeit.example.org"
NAME = "Stimmung von Produktbewertungen – 3 pro Person"
REJECTION = ("Alle drei Bewertungen bekamen dieselbe Stimmung, obwohl zwei deutlich positiv "
             "waren; die Anleitung bat, jede Bewertung einzeln zu lesen und zu beurteilen.")
DESCRIPTION = "Lies drei kurze Bewertungen und wähle jeweils die Stimmung (ça va, très bien)."


@pytest.fixture
def scenario(wb: Workbench, clock: FakeClock) -> Iterator[Scenario]:
    wb.clock = clock
    made = Scenario(wb, clock, ProlificSimulator(token=TOKEN, clock=clock))
    prolific.use_transport(made.transport)
    try:
        yield made  # the account is connected through the window
    finally:
        prolific.use_transport(None)


@pytest.fixture
def window(scenario: Scenario, first_start: MainWindow) -> MainWindow:
    """The window of a new user, its Prolific calls going to the simulator."""
    return first_start


def connect_the_account(qtbot: Any, window: MainWindow, scenario: Scenario,
                        camera: Camera) -> None:
    """Account → Connect an account…: the name, Prolific, the token, Test connection, OK."""
    def fill(dialog: AccountDialog) -> None:
        type_into(qtbot, dialog.name, "Prolific lab")
        dialog.kind.setFocus()
        for _ in range(dialog.kind.count()):
            if dialog.kind.currentData() == "prolific":
                break
            qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
        # The dialog says where a Prolific token is kept, not where AWS keys are.
        assert "Prolific token" in dialog.intro.text() and "AWS" not in dialog.intro.text()
        fields = dialog.prolific
        qtbot.waitUntil(fields.isVisible, timeout=5000)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_into(qtbot, fields.token, TOKEN)
        assert not ok.isEnabled()  # not before the token was tested
        click(qtbot, fields.test_button)
        qtbot.waitUntil(lambda: fields.result.text().startswith("Connected as "),
                        timeout=15_000)
        assert "workspace “Workbench tests”, available balance £10000.00" in \
            fields.result.text()
        camera.shot(dialog, "prolific-connect")
        click(qtbot, ok)

    connected = DialogAnswer(AccountDialog, fill)
    menu(qtbot, window, "Account", "Connect an account")
    qtbot.waitUntil(lambda: connected.answered, timeout=30_000)
    qtbot.waitUntil(lambda: window.account.name == "Prolific lab", timeout=10_000)
    assert window.badge.text() == "PROLIFIC"  # type: ignore[attr-defined]
    scenario.account = get_account(scenario.wb, "Prolific lab")
    assert scenario.acct.options["workspace_id"] == scenario.simulator.workspace["id"]


def reviews_csv(path: Path, rows: int) -> Path:
    lines = ["product,review"] + [f'Wasserkocher {i},"Kocht schnell, leise — très bien {i}"'
                                  for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def next_page(qtbot: Any, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    before = wizard.currentId()
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    click(qtbot, button)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=5000)


def pick(qtbot: Any, table: QTableWidget, *participants: str) -> None:
    """Click the first participant's row, Ctrl+click the others'."""
    for number, participant in enumerate(participants):
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == participant)
        rect = table.visualItemRect(table.item(row, 1))
        qtbot.mouseClick(table.viewport(), LEFT, CTRL if number else Qt.KeyboardModifier(0),
                         rect.center())
    assert len(table.selectionModel().selectedRows()) == len(participants)


def decide_in_the_study_window(qtbot: Any, study_window: StudyWindow, scenario: Scenario,
                               sessions: dict[str, str]) -> None:
    """Approve one, reject one (category and a long message), bonus two, message one, block
    the rejected one; each reaches Prolific once."""
    sim, table = scenario.simulator, study_window.table

    pick(qtbot, table, pid(0))
    click(qtbot, study_window.approve_button)
    qtbot.waitUntil(lambda: sim.submissions[sessions[pid(0)]]["status"] == "APPROVED",
                    timeout=15_000)

    def reject(dialog: RejectDialog) -> None:
        # The category by keyboard: the drop-down has the focus; Down until it is chosen.
        assert dialog.focusWidget() is dialog.category
        for _ in range(dialog.category.count()):
            if dialog.chosen_category() == "FAILED_INSTRUCTIONS":
                break
            qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
        type_into(qtbot, dialog.feedback, REJECTION)
        assert dialog.count.text().startswith(f"{len(REJECTION)} of at least 100")
        click(qtbot, dialog.confirm)

    qtbot.waitUntil(lambda: table.rowCount() == 3 and "Approved" in [
        table.item(r, 1).text() for r in range(3)], timeout=15_000)
    pick(qtbot, table, pid(1))
    rejected = DialogAnswer(RejectDialog, reject)
    click(qtbot, study_window.reject_button)
    qtbot.waitUntil(lambda: rejected.answered, timeout=15_000)
    qtbot.waitUntil(lambda: sim.submissions[sessions[pid(1)]]["status"] == "REJECTED",
                    timeout=15_000)
    assert sim.submissions[sessions[pid(1)]]["rejection"] == (REJECTION, "FAILED_INSTRUCTIONS")

    def bonus(dialog: BulkBonusDialog) -> None:
        type_into(qtbot, dialog.amount, "0.75")
        type_into(qtbot, dialog.reason, "Sorgfältige Begründungen")
        assert dialog.total.text().startswith("2 × £0.75 = £1.50 + Prolific's fee")
        click(qtbot, dialog.confirm)

    pick(qtbot, table, pid(0), pid(2))
    bonused = DialogAnswer(BulkBonusDialog, bonus)
    click(qtbot, study_window.bonus_button)
    qtbot.waitUntil(lambda: bonused.answered, timeout=15_000)
    qtbot.waitUntil(lambda: sim.bonuses_paid(sessions[pid(0)]) == [75]
                    and sim.bonuses_paid(sessions[pid(2)]) == [75], timeout=15_000)
    assert list(sim.pay_calls.values()) == [1]  # one bulk bonus, paid once

    def write(dialog: ParticipantMessageDialog) -> None:
        type_into(qtbot, dialog.body, "Danke! Eine Frage zu Bewertung 2 folgt.")
        click(qtbot, dialog.send)

    pick(qtbot, table, pid(2))
    messaged = DialogAnswer(ParticipantMessageDialog, write)
    click(qtbot, study_window.message_button)
    qtbot.waitUntil(lambda: messaged.answered, timeout=15_000)
    qtbot.waitUntil(lambda: len(sim.messages) == 1, timeout=15_000)
    assert sim.messages[0]["to"] == [pid(2)]

    def block(dialog: BlockDialog) -> None:
        type_into(qtbot, dialog.reason, "Gleiche Antwort für alles")
        click(qtbot, dialog.confirm)

    pick(qtbot, table, pid(1))
    blocked = DialogAnswer(BlockDialog, block)
    click(qtbot, study_window.block_button)
    qtbot.waitUntil(lambda: blocked.answered, timeout=15_000)
    qtbot.waitUntil(lambda: any(pid(1) in g["members"] for g in sim.groups.values()
                                if g["name"] != "Vertraute"), timeout=15_000)


def publish_the_study(qtbot: Any, window: MainWindow, scenario: Scenario,
                      dialogs: FileDialogs, camera: Camera, tmp_path: Path) -> str:
    """Through the wizard; returns the allow-list group the study is limited to."""
    sim = scenario.simulator
    _status, made = sim.create_group({"name": "Vertraute", "participant_ids": [
        pid(n) for n in range(20)]})
    trusted = str(made["id"])
    connect_the_account(qtbot, window, scenario, camera)
    go(qtbot, window, "Batches")
    batches = window.pages["Batches"]
    assert not batches.study_button.isHidden()  # type: ignore[attr-defined]
    click(qtbot, batches.new_button)  # type: ignore[attr-defined]
    wizard = shown(qtbot, PublishWizard)
    bring_to_front(qtbot, wizard)

    wizard.template_page.chooser.select("preset", "sentiment")
    next_page(qtbot, wizard)
    dialogs.will_choose(reviews_csv(tmp_path / "Bewertungen.csv", 30))
    click(qtbot, wizard.input_page.choose)
    qtbot.waitUntil(lambda: wizard.input_page.status.text().startswith("30 rows"),
                    timeout=20_000)
    next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=30_000)
    next_page(qtbot, wizard)

    # The study: what Prolific needs, in the workspace's currency.
    study = wizard.properties_page
    assert study.title() == "Prolific study" and study.currency == "GBP"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    type_into(qtbot, study.study_name, NAME)
    type_into(qtbot, study.description, DESCRIPTION)
    assert not next_button.isEnabled()  # no worker site address yet
    assert study.error.text().startswith("The worker site's address is an http(s) address")
    type_into(qtbot, study.per_place, "3")
    assert study.places.value() == 10  # 30 HITs, 3 per participant
    assert study.places_hint.text() == "One place per 3 HITs of the batch's 30."
    type_into(qtbot, study.minutes, "8")
    assert "they have up to 24m to finish" in study.time_hint.text()
    type_into(qtbot, study.reward, "0.50")
    click(qtbot, study.devices["mobile"])
    type_into(qtbot, study.allow_groups, "not-a-group")
    assert study.error.text().startswith("“not-a-group” is not a participant group id")
    type_into(qtbot, study.allow_groups, trusted)
    type_into(qtbot, study.site_url, SITE + "/")
    qtbot.waitUntil(study.isComplete, timeout=5000)
    assert study.error.text() == ""
    assert study.study_link.text() == f"Participants are sent to {SITE}/prolific"
    camera.shot(wizard, "prolific-study")
    next_page(qtbot, wizard)

    # The cost, from Prolific's calculator; £0.50 for 8 minutes is under the minimum.
    cost = wizard.cost_page
    qtbot.waitUntil(lambda: cost.source.text().startswith("From Prolific's cost calculator"),
                    timeout=15_000)
    assert cost.costs["total"].text() == format_amount(sim._cost(50, 10), "GBP")
    assert cost.hourly.text() == "£3.75 an hour" and cost.minimum.text() == "£6.00 an hour"
    assert "Below Prolific's minimum hourly pay" in cost.warning.text()
    assert not next_button.isEnabled()
    camera.shot(wizard, "prolific-cost-below-minimum")
    click(qtbot, cost.raise_button)  # "Pay £0.80 instead"
    assert study.reward.text() == "0.80"
    qtbot.waitUntil(lambda: cost.warning.text() == "At or above Prolific's minimum hourly pay.",
                    timeout=15_000)
    assert cost.source.text().startswith("From Prolific's cost calculator")
    assert cost.costs["total"].text() == format_amount(sim._cost(80, 10), "GBP")
    assert cost.balance.text().startswith("The workspace's balance, £10000.00, covers it")
    next_page(qtbot, wizard)

    # Publish: asked once, the HITs made, the study created and published.
    last = wizard.publish_page
    assert last.publish_button.text() == "Publish the study"
    assert "with 10 places of 3 HITs at £0.80 each" in last.summary.text()
    asked = answer_question(qtbot, QMessageBox.StandardButton.Yes)
    click(qtbot, last.publish_button)
    qtbot.waitUntil(lambda: asked.answered, timeout=10_000)
    assert asked.seen[0].startswith("Spend real money?: Prolific lab is a Prolific account")
    qtbot.waitUntil(lambda: "is live on Prolific" in last.result.text(), timeout=60_000)
    camera.shot(wizard, "prolific-published")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: batches.model.rowCount() == 1, timeout=10_000)  # type: ignore[attr-defined]
    return trusted


def test_a_batch_published_to_prolific_then_paused_resumed_grown_and_stopped(
        qtbot: Any, window: MainWindow, scenario: Scenario, dialogs: FileDialogs,
        camera: Camera, tmp_path: Path) -> None:
    s, sim = scenario, scenario.simulator
    trusted = publish_the_study(qtbot, window, s, dialogs, camera, tmp_path)
    (made,) = sim.studies.values()
    assert made["status"] == "ACTIVE" and made["total_available_places"] == 10
    assert (made["name"], made["description"]) == (NAME, DESCRIPTION)
    assert (made["reward"], made["estimated_completion_time"]) == (80, 8)
    assert made["device_compatibility"] == ["desktop", "mobile"]
    assert made["external_study_url"] == prolific.study_url(SITE)
    assert made["filters"] == [{"filter_id": "participant_group_allowlist",
                                "selected_values": [trusted]}]
    ops = [op for op, _status in sim.log]
    assert ops.count("create-study") == 1 and ops.count("publish-study") == 1
    assert s.exchanges.total > 0

    (study,) = prolific.list_studies(s.wb, s.acct)
    hits = units(s.hit_ids(), 3)
    assert len(hits) == 10
    sessions = {pid(n): s.take_part(study, pid(n), hits[n]) for n in range(3)}

    bring_to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_F5, widget=window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Sync:"),
                    timeout=60_000)
    batches = window.pages["Batches"]
    batches.table.selectRow(0)  # type: ignore[attr-defined]
    qtbot.waitUntil(batches.study_button.isEnabled, timeout=10_000)  # type: ignore[attr-defined]
    # The batch's money is its study's, in pounds with Prolific's fee (not MTurk's dollars).
    money = batches.money  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Prolific study" in money.toPlainText(), timeout=10_000)
    cost = money.toPlainText()
    assert "10 places of 3 HITs each" in cost and "£0.80 per participant" in cost
    assert f"{format_amount(sim._cost(80, 10), 'GBP')} with Prolific's fee" in cost
    assert "$" not in cost
    camera.shot(window, "prolific-batches-page")
    click(qtbot, batches.study_button)  # type: ignore[attr-defined]
    study_window = shown(qtbot, StudyWindow)
    bring_to_front(qtbot, study_window)
    qtbot.waitUntil(lambda: study_window.table.rowCount() == 3, timeout=15_000)
    text = study_window.details.toPlainText()
    assert "Active" in text and "3 of 10 taken" in text and prolific.study_url(SITE) in text
    camera.shot(study_window, "prolific-study-window")

    decide_in_the_study_window(qtbot, study_window, s, sessions)
    camera.shot(study_window, "prolific-study-decided")

    # A fourth participant takes a place and stalls: asked to return it.
    stalled = sim.start_submission(made["id"], pid(3))
    bring_to_front(qtbot, window)
    press(qtbot, Qt.Key.Key_F5, widget=window)
    bring_to_front(qtbot, study_window)
    qtbot.waitUntil(lambda: study_window.table.rowCount() == 4, timeout=30_000)
    pick(qtbot, study_window.table, pid(3))
    returned = answer_with_text(qtbot, "Die Seite lud nicht: bitte gib den Platz zurück.")
    click(qtbot, study_window.return_button)
    qtbot.waitUntil(lambda: returned.answered, timeout=10_000)
    qtbot.waitUntil(lambda: sim.submissions[stalled]["return_requested"] is not None,
                    timeout=15_000)

    def status() -> str:
        return str(sim.studies[made["id"]]["status"])

    click(qtbot, study_window.pause_button)
    qtbot.waitUntil(lambda: status() == "PAUSED", timeout=15_000)
    qtbot.waitUntil(study_window.resume_button.isEnabled, timeout=15_000)
    assert not study_window.pause_button.isEnabled()
    click(qtbot, study_window.resume_button)
    qtbot.waitUntil(lambda: status() == "ACTIVE", timeout=15_000)
    qtbot.waitUntil(study_window.places_button.isEnabled, timeout=15_000)
    typed = answer_with_text(qtbot, "5")
    click(qtbot, study_window.places_button)
    qtbot.waitUntil(lambda: typed.answered, timeout=10_000)
    qtbot.waitUntil(lambda: sim.studies[made["id"]]["total_available_places"] == 15,
                    timeout=15_000)
    qtbot.waitUntil(lambda: "4 of 15 taken" in study_window.details.toPlainText(),
                    timeout=15_000)
    qtbot.waitUntil(study_window.stop_button.isEnabled, timeout=15_000)
    asked = answer_question(qtbot, QMessageBox.StandardButton.Yes)
    click(qtbot, study_window.stop_button)
    qtbot.waitUntil(lambda: asked.answered, timeout=10_000)
    assert asked.seen[0].startswith("Stop the study?")
    qtbot.waitUntil(lambda: status() == "COMPLETED", timeout=15_000)
    qtbot.waitUntil(lambda: not study_window.stop_button.isEnabled(), timeout=15_000)
    ops = [op for op, _status in sim.log]
    # Each control sent once: publish, pause, resume, stop share Prolific's transition call.
    assert (ops.count("publish-study"), ops.count("update-study")) == (4, 1)
    camera.shot(study_window, "prolific-study-stopped")
    study_window.close()
