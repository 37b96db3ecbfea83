"""The Pay workers dialog, driven as a person would: the Workers page's button, the owed
table, writing the file, a double click on "Mark paid", cancelling; the Workers page's
Earned, Paid and Owed columns; the status bar's "Owed to workers"."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from tests.payouts.scenario import EARNED, WORKERS
from workbench.models.tasks import TaskRunner
from workbench.services import payouts
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.store.schema import AuditEntry
from workbench.views.payouts.dialog import PayWorkersDialog

TOTAL = sum(EARNED.values())


@pytest.fixture
def wb(tmp_path: Path, _world_template: Path) -> Iterator[Workbench]:
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_world_template, path)
    workbench = Workbench.open(path)
    yield workbench
    workbench.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


def open_dialog(qtbot, wb: Workbench, runner: TaskRunner) -> PayWorkersDialog:  # type: ignore[no-untyped-def]
    dialog = PayWorkersDialog(wb, get_account(wb), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.owed_model.balances) == 5 and not runner.busy,
                    timeout=20_000)
    return dialog


def events(wb: Workbench, name: str) -> int:
    with wb.store.read() as session:
        return len(list(session.scalars(select(AuditEntry.id).where(AuditEntry.event == name))))


def test_the_models_pass_the_model_tester(qtbot, wb: Workbench, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                          tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, wb, runner)
    ModelTester(None).check(dialog.owed_model)
    payouts.start_run(wb, get_account(wb), file_format="csv", out=tmp_path / "a.csv")
    dialog.reload()
    qtbot.waitUntil(lambda: len(dialog.runs_model.runs) == 1, timeout=20_000)
    ModelTester(None).check(dialog.runs_model)


def test_write_the_file_then_a_double_click_on_mark_paid_marks_it_once(
        qtbot, wb: Workbench, runner: TaskRunner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, wb, runner)
    # Everyone is owed and has an address: all five are ticked for PayPal
    assert dialog.owed_model.ticked == set(WORKERS)
    assert dialog.total.text() == "Total: $8.80 to 5 workers"
    out = tmp_path / "paypal.csv"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)  # an impatient second
    qtbot.waitUntil(lambda: dialog.runs_made == 1 and len(dialog.runs_model.runs) == 1
                    and not runner.busy, timeout=20_000)
    assert "Payout run 1: $8.80 to 5 workers" in dialog.status.text()
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sum(round(float(r[1]) * 100) for r in rows) == TOTAL
    assert len(payouts.list_runs(wb, get_account(wb))) == 1
    assert dialog.tabs.currentIndex() == 1
    # Nothing is left to pay: nobody is ticked, the button waits
    assert dialog.owed_model.ticked == set() and not dialog.write_button.isEnabled()

    dialog.select_run(1)
    assert dialog.paid_button.isEnabled()
    qtbot.mouseDClick(dialog.paid_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.paid_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.runs_model.runs and
                    dialog.runs_model.runs[0].state == payouts.PAID and not runner.busy,
                    timeout=20_000)
    assert events(wb, "payouts.paid") == 1
    balances = payouts.ledger(wb, get_account(wb))
    assert all(b.paid_cents == EARNED[b.worker_id] and b.owed_cents == 0 for b in balances)
    dialog.select_run(1)
    assert not dialog.paid_button.isEnabled() and not dialog.cancel_button.isEnabled()
    # The worker's history of payouts, under the owed table
    dialog.tabs.setCurrentIndex(0)
    row = next(i for i, b in enumerate(dialog.owed_model.balances)
               if b.worker_id == "AOWNWORKER0003")
    proxy = dialog.owed_table.model()
    dialog.owed_table.selectRow(proxy.mapFromSource(dialog.owed_model.index(row, 1)).row())
    qtbot.waitUntil(lambda: "payouts:" in dialog.history.text(), timeout=20_000)
    assert dialog.history.text().startswith("Ana Lima's payouts: run 1 (paid, ")
    assert dialog.history.text().endswith("): $3.40")


def test_two_windows_marking_the_same_run_mark_it_once(qtbot, wb: Workbench,  # type: ignore[no-untyped-def]
                                                       runner: TaskRunner,
                                                       tmp_path: Path) -> None:
    run = payouts.start_run(wb, get_account(wb), file_format="csv", out=tmp_path / "a.csv").run
    first, second = open_dialog(qtbot, wb, runner), open_dialog(qtbot, wb, runner)
    for dialog in (first, second):
        qtbot.waitUntil(lambda d=dialog: len(d.runs_model.runs) == 1, timeout=20_000)
        dialog.select_run(run.id)
    qtbot.mouseClick(first.paid_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second.paid_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy and all(
        d.runs_model.runs[0].state == payouts.PAID for d in (first, second)), timeout=20_000)
    assert events(wb, "payouts.paid") == 1


def test_cancel_a_run_and_its_amounts_are_owed_again(qtbot, wb: Workbench, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "a.csv"
    payouts.start_run(wb, get_account(wb), file_format="csv", out=out)
    dialog = open_dialog(qtbot, wb, runner)
    qtbot.waitUntil(lambda: len(dialog.runs_model.runs) == 1, timeout=20_000)
    assert dialog.total.text() == "Total: $0.00 to 0 workers"
    dialog.tabs.setCurrentIndex(1)
    dialog.select_run(1)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("Paid by bank instead", True)))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.runs_model.runs[0].state == payouts.CANCELLED
                    and not runner.busy, timeout=20_000)
    assert not out.exists()
    qtbot.waitUntil(lambda: dialog.total.text() == "Total: $8.80 to 5 workers", timeout=20_000)
    assert dialog.runs_model.runs[0].note == "Paid by bank instead"


def test_a_minimum_and_a_missing_address_leave_workers_unticked(qtbot, wb: Workbench,  # type: ignore[no-untyped-def]
                                                                runner: TaskRunner) -> None:
    payouts.set_payee(wb, get_account(wb), "AOWNWORKER0005", email="")
    dialog = open_dialog(qtbot, wb, runner)
    assert "AOWNWORKER0005" not in dialog.owed_model.ticked
    assert "1 worker owed money without a payout e-mail address" in dialog.left_out.text()
    dialog.minimum.setValue(1.90)
    assert dialog.owed_model.ticked == {"AOWNWORKER0003", "AOWNWORKER0004"}
    assert dialog.total.text() == "Total: $5.30 to 2 workers"
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("csv"))
    dialog.minimum.setValue(1.40)
    assert "AOWNWORKER0005" in dialog.owed_model.ticked  # a plain CSV needs no address


def test_the_workers_page_shows_earned_paid_owed_and_opens_pay_workers(  # type: ignore[no-untyped-def]
        qtbot, wb: Workbench, tmp_path: Path) -> None:
    from workbench.views.main_window import MainWindow

    account = get_account(wb)
    run = payouts.start_run(wb, account, file_format="csv", out=tmp_path / "a.csv",
                            worker_ids=["AOWNWORKER0003"]).run
    payouts.mark_paid(wb, account, run.id)
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.balance.text() == "Owed to workers: $5.40", timeout=20_000)
    window.show_page("Workers")
    page = window.pages["Workers"]
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 5 and model.row(0) is not None, timeout=20_000)
    columns = {key: model.column_of(key) for key in ("worker", "earned", "paid_out", "owed")}
    shown = {}
    for row in range(model.rowCount()):
        qtbot.waitUntil(lambda r=row: model.row(r) is not None, timeout=20_000)
        cells = {key: model.data(model.index(row, column)) for key, column in columns.items()}
        shown[cells["worker"]] = (cells["earned"], cells["paid_out"], cells["owed"])
    assert shown["AOWNWORKER0003"] == ("$3.40", "$3.40", "$0.00")
    assert shown["AOWNWORKER0004"] == ("$1.90", "$0.00", "$1.90")
    assert page.pay_button.isEnabled()  # type: ignore[attr-defined]
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = page.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, PayWorkersDialog)
    qtbot.waitUntil(lambda: dialog.total.text() == "Total: $5.40 to 4 workers", timeout=20_000)
    dialog.close()
