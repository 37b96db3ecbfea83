"""The offline review round trip: export a sheet, mark it, import it, queue each decision once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.conftest import FakeClock
from tests.transfer.conftest import as_dicts, from_dicts, read_rows, table_counts, write_rows
from workbench.services import outbox
from workbench.services.accounts import AccountInfo, add_account
from workbench.services.context import Workbench
from workbench.services.export import export_csv, export_xlsx
from workbench.services.importing import ARCHIVE_ACCOUNT, import_results
from workbench.services.sync import sync
from workbench.services.transfer.review import ReviewDecision, queue_review
from workbench.store.schema import OutboxAction

Worked = tuple[Workbench, AccountInfo, Any, list[str]]


def mark_csv(sheet: Path, out: Path, marks: dict[int, tuple[str, str]]) -> Path:
    """The sheet with Approve/Reject filled in on some rows, as a reviewer saves it."""
    header, rows = read_rows(sheet, encoding="utf-8")
    records = as_dicts(header, rows)
    for index, (approve, reject) in marks.items():
        records[index].update(Approve=approve, Reject=reject)
    return write_rows(out, header, from_dicts(header, records))


def mark_xlsx(sheet: Path, marks: dict[int, tuple[str, str]]) -> Path:
    book = load_workbook(sheet)
    results = book["Results"]
    header = [c.value for c in results[1]]
    approve, reject = header.index("Approve") + 1, header.index("Reject") + 1
    for index, (yes, reason) in marks.items():
        results.cell(row=index + 2, column=approve, value=yes or None)
        results.cell(row=index + 2, column=reject, value=reason or None)
    book.save(sheet)
    return sheet


def decisions(wb: Workbench) -> list[tuple[str, str, str]]:
    with wb.store.read() as session:
        return sorted((a.kind, a.target, a.state) for a in session.scalars(
            select(OutboxAction).where(OutboxAction.kind.in_(("approve", "reject")))))


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_a_marked_sheet_queues_each_decision_once(worked_local: Worked, tmp_path: Path,
                                                  form: str) -> None:
    wb, account, _, _ = worked_local
    sheet = tmp_path / f"sheet.{form}"
    (export_csv if form == "csv" else export_xlsx)(wb, account, sheet, statuses=["Submitted"])
    marks = {0: ("x", ""), 1: ("", "You skipped the question"), 2: ("Thanks, great work", ""),
             3: ("x", "and a reason"), 4: ("", "x"), 5: ("no", "")}
    marked = mark_csv(sheet, tmp_path / "marked.csv", marks) if form == "csv" \
        else mark_xlsx(sheet, marks)
    ids = [r["AssignmentId"] for r in as_dicts(*read_rows(marked, encoding="utf-8"))] \
        if form == "csv" else [c.value for c in load_workbook(marked)["Results"]["O"][1:]]
    before = table_counts(wb)

    report = import_results(wb, marked)
    plan = report.review
    assert plan is not None and report.account.name == account.name
    assert not report.changed and table_counts(wb) == before  # nothing queued yet
    assert [(d.assignment_id, d.approve, d.feedback) for d in plan.decisions] == [
        (ids[0], True, None), (ids[1], False, "You skipped the question"),
        (ids[2], True, "Thanks, great work")]
    assert {s.assignment_id: s.reason for s in plan.skipped} == {
        ids[3]: "marked both Approve and Reject; mark one",
        ids[4]: "a rejection needs a reason for the worker in the Reject column, "
                "not just a mark"}
    preview = "\n".join(plan.preview())
    assert "2 approval(s) and 1 rejection(s)" in preview and "You skipped" in preview

    outcome = queue_review(wb, plan)
    assert len(outcome.queued) == 3 and not outcome.skipped
    assert decisions(wb) == sorted([("approve", ids[0], "pending"), ("reject", ids[1], "pending"),
                                    ("approve", ids[2], "pending")])
    # The same sheet again: everything marked already has its decision.
    again = import_results(wb, marked).review
    assert again is not None and not again.decisions
    assert queue_review(wb, again).queued == []
    assert len(decisions(wb)) == 3
    reasons = {s.assignment_id: s.reason for s in again.skipped}
    assert reasons[ids[0]].startswith("already has a queued approve by tester")

    sync(wb, account)
    after_sync = import_results(wb, marked).review
    assert after_sync is not None and not after_sync.decisions
    assert {s.assignment_id: s.reason.split(" at ")[0] for s in after_sync.skipped
            if s.assignment_id in ids[:3]} == {ids[0]: "already approved",
                                                ids[1]: "already rejected",
                                                ids[2]: "already approved"}


def test_a_decision_taken_meanwhile_is_reported_not_doubled(worked_local: Worked,
                                                            tmp_path: Path) -> None:
    wb, account, _, _ = worked_local
    sheet = tmp_path / "sheet.csv"
    export_csv(wb, account, sheet)
    marked = mark_csv(sheet, tmp_path / "marked.csv",
                      {0: ("x", ""), 1: ("x", ""), 2: ("x", "")})
    plan = import_results(wb, marked).review
    assert plan is not None and len(plan.decisions) == 3
    # Another reviewer rejects the second one between the preview and the yes.
    outbox.queue_reject(wb, account, [plan.decisions[1].assignment_id], feedback="Off topic")
    outcome = queue_review(wb, plan)
    assert [a.target for a in outcome.queued] == [plan.decisions[0].assignment_id,
                                                  plan.decisions[2].assignment_id]
    [skipped] = outcome.skipped
    assert skipped.assignment_id == plan.decisions[1].assignment_id
    assert "already has a queued decision" in skipped.reason
    kinds = {target: kind for kind, target, _ in decisions(wb)}
    assert kinds[plan.decisions[1].assignment_id] == "reject"
    assert len(kinds) == 3


def test_marks_queue_in_the_mturk_account_named_and_never_in_an_archive(
        archive_wb: Workbench, fixtures_dir: Path, tmp_path: Path, clock: FakeClock) -> None:
    """Decisions on MTurk HITs go to the MTurk account, never to the local marketplace; an
    archive (history: MTurk closed) takes none."""
    wb = archive_wb
    header, rows = read_rows(fixtures_dir / "semseg_Batch_5176945_batch_results.csv")
    records = as_dicts(header, rows)
    records[0]["Approve"] = "x"
    records[1]["Reject"] = "The outline misses the bone"
    records[2]["Approve"] = "x"
    marked = write_rows(tmp_path / "Batch_5176945_batch_results.csv", header,
                        from_dicts(header, records))
    report = import_results(wb, marked, dry_run=True)
    assert report.account.name == ARCHIVE_ACCOUNT and report.assignments_added == 47
    assert report.review is not None and report.review.decisions == []
    assert [s.line for s in report.review.skipped] == [2, 3, 4]
    assert all("MTurk archive" in s.reason for s in report.review.skipped)
    # Reviewed while the work was fresh (before MTurk auto-approved it), in a live account.
    clock.now = datetime(2024, 1, 19, tzinfo=UTC)
    live = add_account(wb, "Production", "mturk")
    report = import_results(wb, marked, account=live)
    plan = report.review
    assert plan is not None and len(plan.decisions) == 3
    queued = queue_review(wb, plan).queued
    assert {a.account_id for a in queued} == {live.id}
    assert {a.kind for a in queued} == {"approve", "reject"}


def test_unknown_assignments_are_skipped_with_a_reason(worked_local: Worked,
                                                       tmp_path: Path) -> None:
    wb, account, _, _ = worked_local
    sheet = tmp_path / "sheet.csv"
    export_csv(wb, account, sheet)
    header, rows = read_rows(sheet, encoding="utf-8")
    records = as_dicts(header, rows)
    records[0].update(Approve="x")
    text = write_rows(tmp_path / "marked.csv", header, from_dicts(header, records[:1]))
    plan = import_results(wb, text, account=account).review
    assert plan is not None and len(plan.decisions) == 1
    # A plan made elsewhere (another store, an old preview) naming an assignment not here:
    plan.decisions.append(ReviewDecision(3, "3NOSUCHASSIGNMENT", "AW", True, None))
    outcome = queue_review(wb, plan)
    assert [a.target for a in outcome.queued] == [records[0]["AssignmentId"]]
    assert "unknown assignment" in outcome.skipped[0].reason
