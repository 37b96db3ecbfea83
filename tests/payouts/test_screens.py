"""Screenshots of the payout screens with realistic data, for a person to look at: Pay
workers (300 workers, long and non-ASCII names, in English and German), the Workers page's
money columns and the status bar, the cost page of an own workforce, and the worker site's
Earnings page after a payout. WORKBENCH_SCREENSHOTS=folder keeps them."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.payouts.big_world import fill
from workbench.formats.inputs import InputTable
from workbench.models.changes import ChangeBus
from workbench.models.tasks import TaskRunner
from workbench.services import payouts
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.pages.base import PageContext
from workbench.views.payouts.dialog import PayWorkersDialog
from workbench.views.wizard.pages_publish import CostPage
from workbench.views.wizard.state import WizardState


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def _big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    path = folder / "store.sqlite3"
    wb = Workbench.open(path)
    fill(wb, workers=300, folder=folder)
    wb.close()
    return path


@pytest.fixture
def big(tmp_path: Path, _big_store: Path) -> Iterator[Workbench]:
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_big_store, path)
    wb = Workbench.open(path)
    yield wb
    wb.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(wait=True)


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param) if request.param != "en" else []
    yield request.param
    remove_translators(qapp, translators)


def save(widget: Any, path: Path) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_pay_workers_with_hundreds_of_workers(qtbot: Any, big: Workbench, runner: TaskRunner,
                                              language: str, shots: Path) -> None:
    dialog = PayWorkersDialog(big, get_account(big), runner)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 720)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.owed_model.balances) == 300 and not runner.busy,
                    timeout=30_000)
    # 56 paid, 57 in a written run (those with an address of the first 60 and the next 60),
    # the 10 of a cancelled run owed again: 187 to pay, some of them without an address
    owed = [b for b in dialog.owed_model.balances if b.payable_cents > 0]
    assert len(owed) == 187
    assert 150 < len(dialog.owed_model.ticked) < 187
    dialog.minimum.setValue(5)
    save(dialog, shots / f"pay-workers-owed-{language}.png")
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(dialog.runs_model.runs) == 3, timeout=20_000)
    dialog.select_run(dialog.runs_model.runs[0].id)
    save(dialog, shots / f"pay-workers-runs-{language}.png")
    dialog.tabs.setCurrentIndex(2)
    save(dialog, shots / f"pay-workers-settings-{language}.png")


def test_the_workers_page_and_the_status_bar(qtbot: Any, big: Workbench, language: str,
                                             shots: Path) -> None:
    from workbench.views.main_window import MainWindow

    window = MainWindow(big)
    qtbot.addWidget(window)
    window.resize(1500, 860)
    window.show()
    window.show_page("Workers")
    page = window.pages["Workers"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 300  # type: ignore[attr-defined]
                    and "…" not in window.balance.text(), timeout=30_000)
    qtbot.wait(500)
    save(window, shots / f"workers-money-{language}.png")


def test_the_cost_page_of_an_own_workforce(qtbot: Any, big: Workbench, runner: TaskRunner,
                                           language: str, shots: Path) -> None:
    account = payouts.set_payout_settings(big, get_account(big), fee_percent="2.9")
    context = PageContext(wb=big, runner=runner, bus=ChangeBus(),
                          start_task=lambda *a: None,  # type: ignore[arg-type,return-value]
                          show_page=lambda name: None)
    state = WizardState(account, table=InputTable(["t"], [{"t": str(i)} for i in range(250)]),
                        props=HITProperties("Transcribe a receipt", "Type the amounts",
                                            reward_cents=45, max_assignments=12))
    page = CostPage(context, state, lambda cents: None)
    qtbot.addWidget(page)
    page.resize(1100, 560)
    page.show()
    page.initializePage()
    save(page, shots / f"cost-page-own-workforce-{language}.png")


def test_the_worker_sees_paid_on_the_earnings_page(qtbot: Any, tmp_path: Path,
                                                   _world_template: Path, shots: Path) -> None:
    from tests.site.browser import chromium
    from tests.site.test_screenshots import snap
    from workbench.marketplace.local.invitations import Invitations
    from workbench.marketplace.wire.served import marketplace_app
    from workbench.marketplace.wire.server import BackgroundServer

    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_world_template, path)
    wb = Workbench.open(path)
    try:
        account = get_account(wb)
        first = payouts.start_run(wb, account, file_format="paypal", out=tmp_path / "a.csv",
                                  worker_ids=["AOWNWORKER0003"]).run
        payouts.mark_paid(wb, account, first.id)
        issued = Invitations(wb.store.engine).invite(worker_id="AOWNWORKER0003",
                                                     invited_by=account.requester_id)
        with BackgroundServer(marketplace_app(None, wb.store.engine)) as server, \
                chromium() as browser:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(issued.link(server.url))
            page.wait_for_url(f"{server.url}/hits")
            page.goto(f"{server.url}/earnings")
            snap(page, shots / "site-earnings-paid.png")
            text = page.inner_text("main")
            assert "Paid" in text and "payout-1" in text and "$3.40" in text
    finally:
        wb.close()
