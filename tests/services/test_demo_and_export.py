"""The demo project, and the MTurk batch-results CSV that scripts read unchanged."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from workbench.formats.batch_csv import FIXED_COLUMNS
from workbench.services import outbox
from workbench.services.demo import run_demo
from workbench.services.export import export_csv
from workbench.services.sync import store_counts, sync


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_the_demo_publishes_and_completes_a_batch_then_a_second(wb) -> None:  # type: ignore[no-untyped-def]
    first = run_demo(wb, hits=12, assignments=3, workers=6, seed=3)
    assert (first.hits, first.assignments_submitted) == (12, 36)
    assert store_counts(wb, first.account) == {"Submitted": 36}
    second = run_demo(wb, hits=5, assignments=2, workers=4, seed=4)
    assert second.batch_id != first.batch_id
    assert second.batch_name.endswith("#2")
    assert store_counts(wb, first.account) == {"Submitted": 46}


def test_demo_timestamps_are_in_the_past_and_plausible(wb) -> None:  # type: ignore[no-untyped-def]
    report = run_demo(wb, hits=20, assignments=3, workers=8, seed=5)
    out = Path(wb.store.path).parent / "demo.csv"
    export_csv(wb, report.account, out)
    rows = read_csv(out)
    from workbench.domain.clock import parse_mturk_time, utcnow

    submits = [parse_mturk_time(r["SubmitTime"]) for r in rows]
    assert all(s is not None and s <= utcnow() for s in submits)
    assert all(0 < int(r["WorkTimeInSeconds"]) < 900 for r in rows)
    per_worker = Counter(r["WorkerId"] for r in rows)
    assert len(per_worker) >= 5
    assert all(count <= 20 for count in per_worker.values())  # one per worker per HIT


def test_the_csv_is_mturks_batch_results_format(wb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = run_demo(wb, hits=10, assignments=3, workers=5, seed=1)
    out = tmp_path / "results.csv"
    assert export_csv(wb, report.account, out).rows == 30
    rows = read_csv(out)
    header = list(rows[0].keys())
    assert tuple(header[:27]) == FIXED_COLUMNS
    assert header[27:] == ["Input.review_id", "Input.product", "Input.review",
                           "Input.gold_sentiment", "Answer.taskAnswers", "Approve", "Reject"]
    row = rows[0]
    assert row["Reward"] == "$0.05"
    assert row["AssignmentStatus"] == "Submitted"
    assert row["SubmitTime"].endswith(" 2026") and ("PST" in row["SubmitTime"]
                                                     or "PDT" in row["SubmitTime"])
    assert row["Answer.taskAnswers"].startswith('[{"sentiment": {"label": "')
    assert row["LifetimeApprovalRate"] == "0% (0/0)"
    raw = out.read_bytes()
    assert raw.startswith(b'"HITId","HITTypeId"') and b"\r\n" in raw


def test_exported_decisions_and_rates(wb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = run_demo(wb, hits=4, assignments=2, workers=3, seed=2)
    rows = read_csv(_export(wb, report.account, tmp_path / "a.csv"))
    approve = [r["AssignmentId"] for r in rows if r["WorkerId"] == rows[0]["WorkerId"]]
    outbox.queue_approve(wb, report.account, approve)
    others = [r["AssignmentId"] for r in rows if r["AssignmentId"] not in approve]
    outbox.queue_reject(wb, report.account, others[:1], feedback="=HYPERLINK(\"x\")")
    sync(wb, report.account)
    rows = read_csv(_export(wb, report.account, tmp_path / "b.csv"))
    decided = {r["AssignmentId"]: r for r in rows}
    first = decided[approve[0]]
    assert first["AssignmentStatus"] == "Approved" and first["ApprovalTime"]
    assert first["LifetimeApprovalRate"] == f"100% ({len(approve)}/{len(approve)})"
    rejected = decided[others[0]]
    assert rejected["AssignmentStatus"] == "Rejected"
    assert rejected["RequesterFeedback"].startswith("'=")  # never a live formula


def test_an_export_can_be_limited_to_a_batch_and_status(wb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = run_demo(wb, hits=3, assignments=2, workers=3, seed=1)
    run_demo(wb, hits=2, assignments=2, workers=3, seed=2)
    out = tmp_path / "one.csv"
    assert export_csv(wb, first.account, out, batch_ids=[first.batch_id]).rows == 6
    assert export_csv(wb, first.account, out, statuses=["Approved"]).rows == 0


def _export(wb, account, path: Path) -> Path:  # type: ignore[no-untyped-def]
    export_csv(wb, account, path)
    return path


def test_an_export_imported_back_into_its_own_account_changes_nothing(wb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.importing import import_results

    report = run_demo(wb, hits=4, assignments=2, workers=3, seed=6)
    out = tmp_path / "sheet.csv"
    export_csv(wb, report.account, out)
    before = store_counts(wb, report.account)
    imported = import_results(wb, out)
    assert imported.account.name == report.account.name
    assert not imported.changed and imported.assignments_unchanged == 8
    assert store_counts(wb, report.account) == before


def test_an_export_can_be_limited_to_submission_dates(wb, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from workbench.domain.clock import parse_mturk_time

    report = run_demo(wb, hits=6, assignments=2, workers=3, seed=8)
    rows = read_csv(_export(wb, report.account, tmp_path / "all.csv"))
    times = sorted(t for t in (parse_mturk_time(r["SubmitTime"]) for r in rows) if t)
    middle = times[len(times) // 2]
    out = tmp_path / "late.csv"
    late = export_csv(wb, report.account, out, submitted_from=middle).rows
    early = export_csv(wb, report.account, out, submitted_to=middle).rows
    assert late + early == 12 and late >= 1 and early >= 1
    assert export_csv(wb, report.account, out, submitted_from=times[-1] + timedelta(seconds=1),
                      ).rows == 0
