"""Export and review-sheet import in the window, driven as a user would: filters, file, go."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid
from sqlalchemy import select, update

from tests.transfer.conftest import as_dicts, from_dicts, read_rows, table_counts, write_rows
from workbench.formats import excel
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.services.export import export_csv
from workbench.services.importing import import_results
from workbench.store.schema import HIT, Assignment, Batch, OutboxAction
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.transfer import (
    ExportDialog,
    ReviewImportDialog,
    open_export,
    review_after_import,
)
from workbench.views.transfer.review_dialog import APPROVE, REJECT, SKIPPED

APPROVED, REJECTED = 40, 20  # of the first demo batch's 300 assignments


@pytest.fixture(scope="session")
def _transfer_store(tmp_path_factory: pytest.TempPathFactory, _demo_store: Path) -> Path:
    """The demo store with a second, smaller batch and some decided work in the first."""
    from workbench.services.demo import run_demo

    path = tmp_path_factory.mktemp("transfer") / "store.sqlite3"
    shutil.copyfile(_demo_store, path)
    wb = Workbench.open(path)
    run_demo(wb, hits=20, assignments=3, workers=10, seed=12)
    with wb.store.session(write=True) as session:
        first = min(session.scalars(select(Batch.id)))
        rows = session.execute(
            select(Assignment.id, Assignment.submit_time).join(HIT, HIT.id == Assignment.hit_pk)
            .where(HIT.batch_id == first).order_by(Assignment.id)).all()
        for pk, submitted in rows[:APPROVED]:
            assert submitted is not None
            session.execute(update(Assignment).where(Assignment.id == pk).values(
                status="Approved", approval_time=submitted + timedelta(hours=1)))
        for pk, submitted in rows[APPROVED:APPROVED + REJECTED]:
            assert submitted is not None
            session.execute(update(Assignment).where(Assignment.id == pk).values(
                status="Rejected", rejection_time=submitted + timedelta(hours=1),
                requester_feedback="Did not read the review"))
    wb.close()
    return path


@pytest.fixture
def store(tmp_path: Path, _transfer_store: Path) -> Iterator[Workbench]:
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_transfer_store, path)
    wb = Workbench.open(path)
    yield wb
    wb.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(wait=True)


def batches(wb: Workbench) -> dict[str, int]:
    with wb.store.read() as session:
        return {b.name: b.id for b in session.scalars(select(Batch))}


def expected_ids(wb: Workbench, batch_id: int, status: str) -> set[str]:
    with wb.store.read() as session:
        return set(session.scalars(
            select(Assignment.assignment_id).join(HIT, HIT.id == Assignment.hit_pk)
            .where(HIT.batch_id == batch_id, Assignment.status == status)))


def outbox_decisions(wb: Workbench) -> list[tuple[str, str, Any]]:
    with wb.store.read() as session:
        return sorted((a.kind, a.target, a.payload.get("feedback")) for a in session.scalars(
            select(OutboxAction).where(OutboxAction.kind.in_(("approve", "reject")))))


def make_dialog(qtbot: Any, wb: Workbench, runner: TaskRunner) -> ExportDialog:
    dialog = ExportDialog(wb, get_account(wb), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_count(qtbot: Any, dialog: ExportDialog, count: int) -> None:
    qtbot.waitUntil(lambda: dialog.count == count, timeout=10_000)


def export_through(qtbot: Any, dialog: ExportDialog, path: Path) -> None:
    dialog.path_edit.setText(str(path))
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)


@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_export_one_batch_of_submitted_work(qtbot: Any, store: Workbench, runner: TaskRunner,
                                            tmp_path: Path, form: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    first = batches(store)["Demo: review sentiment #1"]
    wanted = expected_ids(store, first, "Submitted")
    assert len(wanted) == 300 - APPROVED - REJECTED
    dialog = make_dialog(qtbot, store, runner)
    wait_count(qtbot, dialog, 360)  # everything: both batches, every status
    assert dialog.account_box.currentText() == "local"
    assert dialog.batch_list.count() == 2 and not dialog.batch_list.isEnabled()
    if form == "csv":
        dialog.csv_button.setChecked(True)
    dialog.check_batches([first])
    assert dialog.batch_list.isEnabled()
    wait_count(qtbot, dialog, 300)
    dialog.status_boxes["Approved"].setChecked(False)
    dialog.status_boxes["Rejected"].setChecked(False)
    wait_count(qtbot, dialog, len(wanted))
    assert dialog.count_label.text() == f"{len(wanted)} assignments match these filters."
    today = store.clock().astimezone().date().isoformat()
    assert Path(dialog.path_edit.text()).name == \
        f"Demo-review-sentiment-1-results-{today}.{form}"

    out = tmp_path / "out" / f"sheet.{form}"
    out.parent.mkdir()
    export_through(qtbot, dialog, out)
    assert dialog.message.text() == f"Wrote {len(wanted)} assignments to sheet.{form}."
    assert dialog.open_folder_button.isVisible()
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]

    if form == "xlsx":
        book = load_workbook(out, read_only=True)
        # A local account's own workers: their ledger and payout runs follow the Summary
        assert book.sheetnames == ["Results", "Consensus", "Workers", "Bonuses", "Summary",
                                   "Payouts", "Payout runs"]
        rows = list(book["Results"].iter_rows(values_only=True))
        header, body = list(rows[0]), rows[1:]
        records = [dict(zip(header, row, strict=False)) for row in body]
        assert isinstance(records[0]["Reward"], (int, float))
    else:
        header, body_rows = read_rows(out)
        records = [dict(r) for r in as_dicts(header, body_rows)]
        assert records[0]["Reward"] == "$0.05"
    assert header[-2:] == ["Approve", "Reject"]
    assert len(records) == len(wanted)
    assert {r["AssignmentId"] for r in records} == wanted
    assert {r["AssignmentStatus"] for r in records} == {"Submitted"}
    assert {r.get("Approve") or "" for r in records} == {""}  # trailing empty cells

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr("workbench.views.transfer.export_dialog.QDesktopServices.openUrl",
                        open_url)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(out.parent)]


def test_filters_explain_what_they_miss(qtbot: Any, store: Workbench,
                                        runner: TaskRunner) -> None:
    dialog = make_dialog(qtbot, store, runner)
    wait_count(qtbot, dialog, 360)
    assert dialog.export_button.isEnabled()
    for box in dialog.status_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.count_label.text() == "Tick at least one status.")
    dialog.status_boxes["Rejected"].setChecked(True)
    wait_count(qtbot, dialog, REJECTED)
    dialog.chosen_batches.setChecked(True)  # nothing ticked yet
    qtbot.waitUntil(lambda: "Tick at least one batch" in dialog.count_label.text())
    assert not dialog.export_button.isEnabled()
    dialog.check_batches([batches(store)["Demo: review sentiment #2"]])
    qtbot.waitUntil(lambda: dialog.count == 0)
    assert dialog.count_label.text() == "No assignments match these filters."
    assert not dialog.export_button.isEnabled()
    # Dates: the demo's work was all submitted within the last day.
    dialog.all_batches.setChecked(True)
    for box in dialog.status_boxes.values():
        box.setChecked(True)
    wait_count(qtbot, dialog, 360)
    dialog.date_check.setChecked(True)
    dialog.date_from.setDate(dialog.date_from.date().addDays(-400))
    dialog.date_to.setDate(dialog.date_to.date().addDays(-300))
    wait_count(qtbot, dialog, 0)
    dialog.date_to.setDate(dialog.date_to.date().addDays(-200))
    qtbot.waitUntil(lambda: dialog.count_label.text() == "The first day is after the last day.")
    dialog.date_check.setChecked(False)
    wait_count(qtbot, dialog, 360)
    # The suggested name follows the format and the account unless the user typed one.
    assert dialog.path_edit.text().endswith(".xlsx") and "local-results-" in dialog.path_edit.text()
    dialog.csv_button.setChecked(True)
    assert dialog.path_edit.text().endswith(".csv")


def test_more_than_an_excel_sheet_holds_asks_for_csv(qtbot: Any, qapp: Any, store: Workbench,
                                                    runner: TaskRunner,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(excel, "EXCEL_MAX_ROWS", 300)  # the demo has 360
    dialog = make_dialog(qtbot, store, runner)
    wait_count(qtbot, dialog, 360)
    assert "more than an Excel sheet holds (299)" in dialog.count_label.text()
    assert "Choose CSV" in dialog.count_label.text()
    assert not dialog.export_button.isEnabled()
    dialog.csv_button.setChecked(True)
    assert dialog.count_label.text() == "360 assignments match these filters."
    assert dialog.export_button.isEnabled()
    dialog.xlsx_button.setChecked(True)
    assert not dialog.export_button.isEnabled()
    if os.environ.get("WORKBENCH_SCREENSHOTS"):
        dialog.grab().save(str(Path(os.environ["WORKBENCH_SCREENSHOTS"]) / "export-too-big.png"))
    # The longer German text wraps rather than widening the dialog.
    translators = install_translators(qapp, "de")
    try:
        dialog._show_count()
        qtbot.wait(50)  # the layout gives the wrapped label its second line
        assert "mehr, als ein Excel-Blatt fasst" in dialog.count_label.text()
        assert dialog.count_label.wordWrap() and dialog.minimumSizeHint().width() < 900
        if os.environ.get("WORKBENCH_SCREENSHOTS"):
            dialog.grab().save(str(Path(os.environ["WORKBENCH_SCREENSHOTS"]) /
                                   "export-too-big-de.png"))
    finally:
        remove_translators(qapp, translators)


def test_a_cancelled_export_leaves_no_file(qtbot: Any, store: Workbench, runner: TaskRunner,
                                           tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, store, runner)
    wait_count(qtbot, dialog, 360)
    out = tmp_path / "out" / "all.xlsx"
    out.parent.mkdir()
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.close_button.text() == "Cancel"
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # cancels, stays open
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.isVisible() and dialog.report is None
    assert dialog.message.text() == "Export cancelled; no file was written."
    assert list(out.parent.iterdir()) == []
    assert dialog.close_button.text() == "Close" and dialog.export_button.isEnabled()


def test_an_export_into_a_missing_folder_says_so(qtbot: Any, store: Workbench,
                                                 runner: TaskRunner, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, store, runner)
    wait_count(qtbot, dialog, 360)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "all.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert "did not finish" in dialog.message.text() and "does not exist" in \
        dialog.message.text()
    assert not (tmp_path / "nowhere").exists()


def test_open_export_preselects_the_current_account(qtbot: Any, store: Workbench,
                                                    runner: TaskRunner) -> None:
    from workbench.services.accounts import add_account

    other = add_account(store, "sandbox", "mturk-sandbox")
    dialog = open_export(None, store, other, runner)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.account_box.currentText() == "sandbox"
    wait_count(qtbot, dialog, 0)
    assert dialog.batch_list.count() == 0
    dialog.account_box.setCurrentIndex(dialog.account_box.findText("local"))
    wait_count(qtbot, dialog, 360)
    assert dialog.batch_list.count() == 2


# -- the review sheet round trip -------------------------------------------------------------

def marked_sheet(wb: Workbench, account: AccountInfo, tmp_path: Path
                 ) -> tuple[Path, list[str]]:
    """A CSV of submitted work as a reviewer returns it: x, reasons, and two bad marks."""
    sheet = tmp_path / "sheet.csv"
    export_csv(wb, account, sheet, statuses=["Submitted"])
    header, rows = read_rows(sheet, encoding="utf-8")
    records = as_dicts(header, rows)
    marks = {0: ("x", ""), 1: ("", "You skipped the question"), 2: ("Thanks, great work", ""),
             3: ("x", "and a reason"), 4: ("", "x"), 5: ("X", "")}
    for index, (approve, reject) in marks.items():
        records[index].update(Approve=approve, Reject=reject)
    out = write_rows(tmp_path / "marked.csv", header, from_dicts(header, records))
    return out, [r["AssignmentId"] for r in records]


def test_a_marked_sheet_queues_its_decisions_once_after_a_yes(
        qtbot: Any, store: Workbench, runner: TaskRunner, tmp_path: Path) -> None:
    account = get_account(store)
    sheet, ids = marked_sheet(store, account, tmp_path)
    report = import_results(store, sheet)
    assert outbox_decisions(store) == []
    queued: list[Any] = []
    dialog = review_after_import(None, store, report, runner, on_queued=queued.append)
    assert isinstance(dialog, ReviewImportDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Decisions marked in marked.csv"
    assert dialog.rows() == [
        ("2", ids[0], APPROVE, ""), ("3", ids[1], REJECT, "You skipped the question"),
        ("4", ids[2], APPROVE, "Thanks, great work"), ("7", ids[5], APPROVE, ""),
        ("5", ids[3], SKIPPED, "marked both Approve and Reject; mark one"),
        ("6", ids[4], SKIPPED, "a rejection needs a reason for the worker in the Reject "
                               "column, not just a mark")]
    assert dialog.summary.text().startswith(
        "The sheet marks 6 rows. 3 approvals and 1 rejection to queue in local.")
    assert dialog.queue_button.text() == "Queue 4 decisions"
    assert outbox_decisions(store) == []  # nothing before the yes

    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    dialog.queue()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    dialog.queue()
    qtbot.wait(100)
    assert outbox_decisions(store) == sorted([
        ("approve", ids[0], None), ("reject", ids[1], "You skipped the question"),
        ("approve", ids[2], "Thanks, great work"), ("approve", ids[5], None)])
    assert len(queued) == 1 and len(queued[0].queued) == 4
    assert dialog.message.text() == "Queued 4 decisions in the outbox. Sync (F5) sends them."
    assert dialog.queue_button.isHidden() and dialog.cancel_button.text() == "Close"

    # The same sheet again: every mark is now already queued; nothing can be queued.
    again = import_results(store, sheet)
    second = review_after_import(None, store, again, runner)
    assert second is not None
    qtbot.addWidget(second)
    assert not second.queue_button.isEnabled()
    assert [kind for _, _, kind, _ in second.rows()] == [SKIPPED] * 6
    assert "already has a queued approve" in second.rows()[0][3]


def test_cancel_queues_nothing(qtbot: Any, store: Workbench, runner: TaskRunner,
                               tmp_path: Path) -> None:
    sheet, _ = marked_sheet(store, get_account(store), tmp_path)
    dialog = review_after_import(None, store, import_results(store, sheet), runner)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.wait(100)
    assert outbox_decisions(store) == []


def test_an_import_without_marks_shows_no_dialog(store: Workbench, runner: TaskRunner,
                                                 tmp_path: Path) -> None:
    sheet = tmp_path / "plain.csv"
    export_csv(store, get_account(store), sheet)
    report = import_results(store, sheet)
    assert report.review is not None and report.review.marked == 0
    assert review_after_import(None, store, report, runner) is None


@pytest.mark.parametrize("kind", ["binary", "renamed xlsx"])
def test_a_malformed_file_is_refused_with_a_clear_message(
        qtbot: Any, store: Workbench, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    from workbench.services.export import export_xlsx
    from workbench.views.main_window import MainWindow

    bad = tmp_path / "results.csv"
    if kind == "binary":
        bad.write_bytes(bytes(range(256)) * 40)
    else:
        export_xlsx(store, get_account(store), tmp_path / "real.xlsx")
        shutil.copyfile(tmp_path / "real.xlsx", bad)
    before = table_counts(store, audit=True)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warnings.append(text))
    window = MainWindow(store)
    qtbot.addWidget(window)
    try:
        window._import_file(str(bad))
        qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    finally:
        window.runner.shutdown()
    expected = "is a binary file" if kind == "binary" else "an .xlsx renamed to .csv?"
    assert "results.csv" in warnings[0] and expected in warnings[0]
    assert table_counts(store, audit=True) == before
    assert not window.findChildren(ReviewImportDialog)


def test_closing_before_the_count_arrives(qtbot: Any, store: Workbench,
                                          runner: TaskRunner) -> None:
    """The count lands after the dialog is gone (deleted on close): nothing breaks."""
    from PySide6.QtCore import QCoreApplication, QEvent

    dialog = open_export(None, store, get_account(store), runner)
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not isValid(dialog)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    qtbot.wait(100)  # the count's delivery, on the GUI thread
