"""The Prolific screens in German and under pseudo-localisation: the wizard's study and cost
pages and a study's window, with a study of hundreds of participants (pictures kept with
WORKBENCH_SCREENSHOTS=folder, in English and German)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from tests.conftest import FakeClock
from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations, untranslated
from tests.prolific.conftest import TOKEN
from tests.prolific.scenario import REJECTION, Scenario, pid
from workbench.formats.inputs import InputTable
from workbench.marketplace.prolific.simulator import ProlificSimulator
from workbench.services import prolific
from workbench.services.context import Workbench
from workbench.views.i18n import install_translators, remove_translators

SOURCES = [ROOT / "src" / "workbench" / p for p in (
    "views/prolific/study_window.py", "views/dialogs/prolific_account.py")]
TS = TRANSLATIONS / "workbench_de_prolific.ts"
PARTICIPANTS = 200
SITE = "https://arbeit.example.org"
NAME = "Stimmung von Produktbewertungen: drei kurze Texte lesen und einordnen (Küche, Bad)"
# Ids, codes, money, counts, dates and URLs: data, the same in every language.
_DATA = re.compile(r"^[0-9a-f]{24}$|^WB[0-9A-F]{10}$|^[£$€]?[\d.,]+|^\d|^https?://|^—$")


def test_every_string_of_the_prolific_window_has_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []


@pytest.fixture
def scenario(wb: Workbench, clock: FakeClock) -> Iterator[Scenario]:
    """A study of 600 HITs, 3 per participant, worked by 200 participants and reviewed."""
    wb.clock = clock
    made = Scenario(wb, clock, ProlificSimulator(token=TOKEN, clock=clock))
    prolific.use_transport(made.transport)
    try:
        made.open_account("Prolific – Lehrstuhl für Sprachwissenschaft")
        batch_id = made.publish_batch(3 * PARTICIPANTS)
        plan = prolific.StudyPlan(
            name=NAME, description="Lies drei Bewertungen und wähle jeweils die Stimmung.",
            reward_cents=90, places=PARTICIPANTS + 20, hits_per_place=3, estimated_minutes=6,
            site_url=SITE)
        study = prolific.publish_study(wb, made.acct, batch_id, plan, request_key="screens")
        made.sync()
        study = prolific.get_study(wb, made.acct, study.request_key)
        sessions = [made.take_part(study, pid(n)) for n in range(PARTICIPANTS)]
        made.sync()
        prolific.queue_approve(wb, made.acct, sessions[:150])
        prolific.queue_reject(wb, made.acct, sessions[150:155], message=REJECTION,
                              category="FAILED_INSTRUCTIONS")
        prolific.queue_bonuses(wb, made.acct, study, [(s, 50) for s in sessions[:40]],
                               reason="Sorgfältig")
        made.sync()
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


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path) / "prolific"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(widget: QWidget, path: Path) -> None:
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 200
    image.save(str(path))


def test_the_study_pages_and_window_in_every_language(
        qtbot: Any, qapp: QApplication, scenario: Scenario, context: Any, shots: Path) -> None:
    for language in ("en", "de", "pseudo"):
        translators = install_translators(qapp, language) if language != "en" else []
        try:
            show_in(qtbot, scenario, context, language, shots)
        finally:
            remove_translators(qapp, translators)


def show_in(qtbot: Any, scenario: Scenario, context: Any, language: str, shots: Path) -> None:
    """The study page, the cost page and the study's window, drawn and checked."""
    from workbench.services.templates import load_preset
    from workbench.views.prolific.study_window import (
        BulkBonusDialog,
        ParticipantMessageDialog,
        StudyWindow,
    )
    from workbench.views.wizard.pages_prolific import (
        ProlificCostPage,
        ProlificPublishPage,
        ProlificStudyPage,
    )
    from workbench.views.wizard.state import WizardState

    s = scenario
    state = WizardState(s.acct)
    state.template = load_preset("sentiment")
    state.table = InputTable(["product", "review"], [
        {"product": f"Wasserkocher {i}", "review": f"Kocht schnell, leise — très bien {i}"}
        for i in range(600)])
    page = ProlificStudyPage(context, state)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.initializePage()
    page.description.setPlainText("Lies drei Bewertungen und wähle jeweils die Stimmung.")
    page.per_place.setValue(3)
    page.minutes.setValue(6)
    page.reward.setText("0.50")
    qtbot.waitUntil(lambda: page.filter_set.count() >= 1, timeout=5000)
    assert page.places.value() == 200 and page.site_url.text() == SITE
    qtbot.waitUntil(page.isComplete, timeout=5000)
    save(page, shots / f"wizard-study-{language}.png")
    cost = ProlificCostPage(context, state, page.set_reward)
    qtbot.addWidget(cost)
    cost.resize(1100, 500)
    cost.show()
    cost.initializePage()
    qtbot.waitUntil(lambda: cost.raise_button.isVisible(), timeout=10_000)
    save(cost, shots / f"wizard-cost-{language}.png")
    last = ProlificPublishPage(context, state)
    frame = QWizard()  # the page as the wizard lays it out
    qtbot.addWidget(frame)
    frame.addPage(last)
    frame.resize(1100, 500)
    frame.show()
    qtbot.waitUntil(lambda: last.publish_button.text() != "Publish", timeout=5000)
    save(frame, shots / f"wizard-publish-{language}.png")

    (study,) = prolific.list_studies(s.wb, s.acct)
    window = StudyWindow(context, s.acct, study.request_key)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.table.rowCount() == PARTICIPANTS, timeout=15_000)
    window.table.selectRow(3)
    save(window, shots / f"study-window-{language}.png")

    bonus = BulkBonusDialog([pid(n) for n in range(40)], "GBP", dict(s.acct.options))
    qtbot.addWidget(bonus)
    bonus.show()
    bonus.amount.setText("0.75")
    bonus.reason.setText("Sorgfältige, ausführliche Begründungen – danke!")
    save(bonus, shots / f"bonus-dialog-{language}.png")
    message = ParticipantMessageDialog(3)
    qtbot.addWidget(message)
    message.show()
    message.body.setPlainText("Danke für Ihre Teilnahme! Eine Rückfrage zu Bewertung 2 folgt.")
    save(message, shots / f"message-dialog-{language}.png")
    if language == "de":
        assert bonus.total.text() == ("40 × £0.75 = £30.00 + Gebühr von Prolific £10.00 = "
                                      "£40.00")
        assert message.send.text() == "Nachricht einreihen"
        assert page.title() == "Prolific-Studie" and cost.title() == "Kosten und faire Bezahlung"
        assert window.windowTitle() == f"Prolific-Studie — {NAME}"
        assert cost.warning.text().startswith("Unter dem Mindeststundenlohn von Prolific")
        assert last.publish_button.text() == "Studie veröffentlichen"
        assert "mit 200 Plätzen zu je 3 HITs für je £0.50" in last.summary.text()
        assert "200 von 220 belegt" in window.details.toPlainText()
        assert window.table.item(0, 1).text() == "Angenommen"
    elif language == "pseudo":
        allow = {NAME, SITE, s.acct.name, "GBP", "Vertraute"}
        for widget in (page, cost, frame, window, bonus, message):
            assert untranslated(widget, allow=allow, allow_if=lambda t: bool(_DATA.match(t))
                                or "PROLIFIC_PID" in t) == []
    for dialog in (bonus, message, window):
        dialog.close()
