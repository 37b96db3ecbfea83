"""Done means, as a new user would try it: the five-worker batch is paid with "Pay workers";
the file's totals match the ledger and the Excel Payouts sheets to the cent; the cost page,
charts and exports of the own-workforce account show its own fee schedule, not MTurk's."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from tests.payouts.scenario import EARNED, World
from workbench.domain.fee_schedules import FeeSchedule
from workbench.formats.inputs import InputTable
from workbench.models.changes import ChangeBus
from workbench.models.tasks import TaskRunner
from workbench.services import payouts
from workbench.services import statistics as stats
from workbench.services.accounts import add_account, get_account
from workbench.services.context import Workbench
from workbench.services.export import export_xlsx
from workbench.services.publish import HITProperties
from workbench.views.pages.base import PageContext
from workbench.views.payouts.dialog import PayWorkersDialog
from workbench.views.wizard.pages_publish import CostPage
from workbench.views.wizard.state import WizardState

TOTAL = sum(EARNED.values())


def cents(value: float) -> int:
    return round(value * 100)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


def sheet_rows(book: object, name: str) -> list[dict[str, object]]:
    sheet = book[name]  # type: ignore[index]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_pay_workers_file_matches_the_ledger_and_the_excel_sheets_to_the_cent(
        qtbot, world: World, runner: TaskRunner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb, account = world.wb, world.account
    dialog = PayWorkersDialog(wb, account, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.owed_model.balances) == 5 and not runner.busy,
                    timeout=30_000)
    out = tmp_path / "paypal-payouts.csv"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.runs_made == 1 and len(dialog.runs_model.runs) == 1
                    and not runner.busy, timeout=30_000)
    file_rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    paid_in_file = {row[3]: cents(float(row[1])) for row in file_rows}
    ledger = {b.worker_id: b for b in payouts.ledger(wb, account)}
    assert paid_in_file == {w: b.in_runs_cents for w, b in ledger.items()} == EARNED
    assert sum(paid_in_file.values()) == TOTAL == 880

    export = tmp_path / "results.xlsx"
    export_xlsx(wb, account, export)
    book = load_workbook(export, read_only=True)
    sheet = {row["WorkerId"]: row for row in sheet_rows(book, "Payouts")}
    for worker, balance in ledger.items():
        row = sheet[worker]
        assert (cents(row["Earned"]), cents(row["Paid"]), cents(row["In runs not yet paid"]),
                cents(row["Owed"])) == (balance.earned_cents, balance.paid_cents,
                                        balance.in_runs_cents, balance.owed_cents)
    runs = sheet_rows(book, "Payout runs")
    assert {r["WorkerId"]: cents(r["Amount"]) for r in runs} == paid_in_file
    assert {r["State"] for r in runs} == {"written"}
    assert sum(cents(r["Earned"]) for r in sheet.values()) == TOTAL
    book.close()

    dialog.select_run(1)
    qtbot.mouseClick(dialog.paid_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.runs_model.runs and dialog.runs_model.runs[0].state ==
                    payouts.PAID and not runner.busy, timeout=30_000)
    export_xlsx(wb, account, export)
    book = load_workbook(export, read_only=True)
    sheet = {row["WorkerId"]: row for row in sheet_rows(book, "Payouts")}
    assert {w: cents(r["Paid"]) for w, r in sheet.items()} == EARNED
    assert {cents(r["Owed"]) for r in sheet.values()} == {0}
    assert book["Payouts"]["E2"].number_format == '"$"#,##0.00'
    book.close()


def test_the_cost_page_charts_and_exports_use_the_accounts_own_fees(
        qtbot, world: World, runner: TaskRunner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wb = world.wb
    account = payouts.set_payout_settings(wb, world.account, fee_percent="2.9",
                                          currency="EUR")
    mturk = add_account(wb, "Sandbox", "mturk-sandbox")
    context = PageContext(wb=wb, runner=runner, bus=ChangeBus(),
                          start_task=lambda *a: None, show_page=lambda name: None)  # type: ignore[arg-type,return-value]
    table = InputTable(["text"], [{"text": str(i)} for i in range(100)])
    props = HITProperties("T", "D", reward_cents=40, max_assignments=10)
    pages = {}
    for which, chosen in (("own", account), ("mturk", mturk)):
        state = WizardState(chosen, table=table, props=props)
        page = CostPage(context, state, lambda cents: None)
        qtbot.addWidget(page)
        page.initializePage()
        pages[which] = page
    own, theirs = pages["own"], pages["mturk"]
    # Own workforce: 2.9% of 40c is 1.16c, 1c; no surcharge for 10 assignments
    assert own.titles["fee"].text() == "Payout fee"
    assert own.costs["fee"].text() == "€0.01 (2.9%)"
    assert own.costs["total"].text() == "€410.00  (rewards €400.00 + fees €10.00)"
    assert "2.9% of rewards and bonuses" in own.rules.text()
    assert "no surcharge" in own.surcharge.text()
    assert "payout runs" in own.balance.text()
    # MTurk: 20% + 20% for 10 assignments = 16c
    assert theirs.titles["fee"].text() == "MTurk fee"
    assert theirs.costs["total"].text() == "$560.00  (rewards $400.00 + fees $160.00)"
    assert "20% more for HITs of 10 or more" in theirs.rules.text()

    report = stats.spend_over_time(wb, stats.ChartFilter(account.id))
    fees = FeeSchedule(Decimal("2.9"))
    # 18 approved rewards of 35c (1.015c -> 1c each) and bonuses of 125c, 75c, 50c
    assert report.paid.reward_fee_cents == 18 * fees.assignment_fee_cents(35, 5) == 18
    assert report.paid.bonus_fee_cents == sum(fees.bonus_fee_cents(c) for c in (125, 75, 50))
    assert report.fees == fees and report.currency == "EUR"

    export = tmp_path / "own.xlsx"
    export_xlsx(wb, account, export)
    book = load_workbook(export)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)}
    assert summary["Fees"].startswith("2.9% of rewards and bonuses")
    assert cents(summary["Fees on rewards"]) == 18
    assert book["Payouts"]["E2"].number_format == '"€"#,##0.00'
    assert summary["Account"] == account.name


def test_an_mturk_account_is_unchanged(world: World) -> None:
    mturk = add_account(world.wb, "Real", "mturk")
    assert get_account(world.wb, "Real").kind == "mturk"
    report = stats.spend_over_time(world.wb, stats.ChartFilter(mturk.id))
    assert report.fees.is_mturk and report.currency == "USD"


@pytest.fixture
def world(tmp_path: Path, _world_template: Path) -> Iterator[World]:
    """On SQLite: the PostgreSQL side of payouts is covered by the runs and processes tests."""
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_world_template, path)
    wb = Workbench.open(path)
    try:
        yield World(wb, get_account(wb), {})
    finally:
        wb.close()
