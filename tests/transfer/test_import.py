"""Importing MTurk archives: every real file goes in, twice changes nothing, bad files nothing."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import FakeClock
from tests.transfer.conftest import (
    FIXTURE_CSVS,
    as_dicts,
    from_dicts,
    read_rows,
    table_counts,
    write_rows,
)
from workbench.domain.clock import parse_mturk_time
from workbench.formats.answers import parse_answers
from workbench.formats.batch_csv_reader import ResultsFileError
from workbench.services.accounts import add_account, get_account, list_accounts
from workbench.services.context import Workbench
from workbench.services.export import export_csv
from workbench.services.importing import (
    ARCHIVE_ACCOUNT,
    ResultsImportError,
    import_results,
)
from workbench.services.progress import Cancelled, CancelToken
from workbench.store.schema import HIT, AnswerField, Assignment, Batch, BatchRow, Worker


def answers_of(wb: Workbench, assignment_id: str) -> dict[str, str]:
    with wb.store.read() as session:
        pk = session.scalar(select(Assignment.id).where(
            Assignment.assignment_id == assignment_id))
        return {row[0]: row[1] for row in session.execute(
            select(AnswerField.name, AnswerField.value).where(AnswerField.assignment_pk == pk))}


@pytest.mark.parametrize("name", FIXTURE_CSVS)
def test_every_fixture_imports_and_twice_changes_nothing(archive_wb: Workbench,
                                                         fixtures_dir: Path, name: str) -> None:
    wb = archive_wb
    report = import_results(wb, fixtures_dir / name)
    header, rows = read_rows(fixtures_dir / name)
    records = as_dicts(header, rows)
    assert report.account.name == ARCHIVE_ACCOUNT and report.account.kind == "mturk-archive"
    assert report.rows == report.assignments_added == len(records)
    assert report.hits_added == len({r["HITId"] for r in records})
    [batch] = report.batches
    assert batch.created and batch.external_id == records[0]["RequesterAnnotation"].split(
        ";")[0].removeprefix("BatchId:")
    before = table_counts(wb, audit=True)
    again = import_results(wb, fixtures_dir / name)
    assert not again.changed and again.assignments_unchanged == len(records)
    assert table_counts(wb, audit=True) == before


@pytest.mark.parametrize("name", FIXTURE_CSVS)
def test_a_reimported_archive_exports_as_the_file_it_came_from(archive_wb: Workbench,
                                                               fixtures_dir: Path,
                                                               tmp_path: Path, name: str) -> None:
    """What scripts written for MTurk's downloads read: the same header and the same cells."""
    wb = archive_wb
    report = import_results(wb, fixtures_dir / name)
    out = tmp_path / "out.csv"
    export_csv(wb, report.account, out, batch_ids=[report.batches[0].batch_id])
    header, rows = read_rows(fixtures_dir / name)
    ours_header, ours_rows = read_rows(out, encoding="utf-8")
    assert ours_header == header
    ours = {r["AssignmentId"]: r for r in as_dicts(ours_header, ours_rows)}
    for original in as_dicts(header, rows):
        exported = ours[original["AssignmentId"]]
        if original["AssignmentStatus"] == "Submitted":
            # Long past its auto-approval time: MTurk approved it then, as a later download
            # of the same batch says.
            original = {**original, "AssignmentStatus": "Approved",
                        "ApprovalTime": original["AutoApprovalTime"]}
        assert {k: v for k, v in exported.items() if k in original} == \
            {k: v for k, v in original.items()}


def test_the_store_holds_batch_hits_inputs_workers_and_counts(archive_wb: Workbench,
                                                              fixtures_dir: Path) -> None:
    wb = archive_wb
    import_results(wb, fixtures_dir / "clarity_batch8.csv")
    with wb.store.read() as session:
        batch = session.scalar(select(Batch))
        assert batch is not None
        assert (batch.origin, batch.external_id, batch.input_columns) == \
            ("import", "3096101", ["image_url"])
        assert batch.reward_cents == 12
        hits = session.scalars(select(HIT)).all()
        assert len(hits) == 50
        assert all(h.batch_id == batch.id and h.batch_row_id for h in hits)
        counted = {(h.approved_count, h.rejected_count) for h in hits}
        assert sum(a for a, _ in counted) <= 25
        assert sum(h.approved_count for h in hits) == 25
        assert sum(h.rejected_count for h in hits) == 35
        # Created in 2018, so MTurk has long disposed of them.
        assert {h.status for h in hits} == {"Disposed"}
        row = session.scalar(select(BatchRow).where(BatchRow.id == hits[0].batch_row_id))
        assert row is not None and row.values["image_url"].startswith("http://")
        rejected = session.scalar(select(Assignment).where(Assignment.status == "Rejected"))
        assert rejected is not None and rejected.answer_format == "csv"
        assert rejected.requester_feedback and rejected.rejection_time
        assert rejected.extra["LifetimeApprovalRate"].endswith(")")
    assert table_counts(wb)["workers"] == 11


def test_crowd_task_answers_are_flattened_and_kept_whole(archive_wb: Workbench,
                                                         tmp_path: Path) -> None:
    wb = archive_wb
    task = json.dumps([{"sentiment": {"label": "Positive"}, "notes": "=cmd|' /C calc'!A0",
                        "tags": {"fast": True, "cheap": False}}])
    header = ["HITId", "HITTypeId", "Reward", "AssignmentId", "WorkerId", "AssignmentStatus",
              "SubmitTime", "Input.text", "Answer.taskAnswers", "Approve", "Reject"]
    path = write_rows(tmp_path / "Batch_777_batch_results.csv", header, [
        ["3H1", "3T1", "$0.05", "3A1", "AW1", "Submitted", "Fri Nov 01 12:08:17 PDT 2019",
         "great product", task, "", ""]])
    report = import_results(wb, path)
    assert report.batches[0].external_id == "777"  # from the file name: no annotation
    assert answers_of(wb, "3A1") == {"sentiment.label": "Positive",
                                     "notes": "=cmd|' /C calc'!A0",
                                     "tags.fast": "true", "tags.cheap": "false"}
    out = tmp_path / "out.csv"
    export_csv(wb, report.account, out)
    [exported] = as_dicts(*read_rows(out, encoding="utf-8"))
    assert json.loads(exported["Answer.taskAnswers"]) == json.loads(task)
    assert exported["Input.text"] == "great product"


def test_a_newer_download_updates_statuses_and_an_older_one_does_not(
        archive_wb: Workbench, fixtures_dir: Path, tmp_path: Path) -> None:
    wb = archive_wb
    header, rows = read_rows(fixtures_dir / "sigircis_qs4_output.csv")
    records = as_dicts(header, rows)
    submitted = next(r for r in records if r["AssignmentStatus"] == "Submitted")
    import_results(wb, fixtures_dir / "sigircis_qs4_output.csv")
    newer = [dict(r) for r in records]
    for r in newer:
        if r["AssignmentId"] == submitted["AssignmentId"]:
            r.update(AssignmentStatus="Approved", ApprovalTime="Thu Dec 28 09:00:00 PST 2023",
                     LifetimeApprovalRate="100% (2/2)")
    path = write_rows(tmp_path / "newer.csv", header, from_dicts(header, newer))
    report = import_results(wb, path)
    assert (report.assignments_updated, report.assignments_added) == (1, 0)
    with wb.store.read() as session:
        row = session.scalar(select(Assignment).where(
            Assignment.assignment_id == submitted["AssignmentId"]))
        assert row is not None and row.status == "Approved"
        assert row.approval_time == parse_mturk_time("Thu Dec 28 09:00:00 PST 2023")
        assert row.extra["LifetimeApprovalRate"] == "100% (2/2)"
        hit = session.scalar(select(HIT))
        assert hit is not None and (hit.approved_count, hit.submitted_count) == (5, 0)
    # The first download again: it is older, and nothing goes back.
    assert not import_results(wb, fixtures_dir / "sigircis_qs4_output.csv").changed or \
        table_counts(wb)["assignments"] == 5
    with wb.store.read() as session:
        assert session.scalar(select(Assignment.status).where(
            Assignment.assignment_id == submitted["AssignmentId"])) == "Approved"


def test_a_status_typed_by_hand_is_not_a_decision(archive_wb: Workbench, fixtures_dir: Path,
                                                  tmp_path: Path, clock: FakeClock) -> None:
    wb = archive_wb
    clock.now = datetime(2024, 1, 19, tzinfo=UTC)  # downloaded before the auto-approvals
    import_results(wb, fixtures_dir / "semseg_Batch_5176945_batch_results.csv")
    header, rows = read_rows(fixtures_dir / "semseg_Batch_5176945_batch_results.csv")
    rows[0][header.index("AssignmentStatus")] = "Approved"  # no ApprovalTime: not MTurk's
    report = import_results(wb, write_rows(tmp_path / "edited.csv", header, rows))
    assert report.assignments_updated == 0
    with wb.store.read() as session:
        assert session.scalar(select(Assignment.status).where(
            Assignment.assignment_id == rows[0][header.index("AssignmentId")])) == "Submitted"


def test_a_bad_row_anywhere_imports_nothing(archive_wb: Workbench, fixtures_dir: Path,
                                            tmp_path: Path) -> None:
    wb = archive_wb
    get_account(wb)
    before = table_counts(wb, audit=True)
    header, rows = read_rows(fixtures_dir / "mluck_Batch_3753862_batch_results.csv")
    rows[97][header.index("AcceptTime")] = "soon"
    with pytest.raises(ResultsFileError, match="line 99"):
        import_results(wb, write_rows(tmp_path / "bad.csv", header, rows))
    assert table_counts(wb, audit=True) == before
    assert [a.name for a in list_accounts(wb)] == ["local"]


def test_cancel_and_dry_run_change_nothing(archive_wb: Workbench, fixtures_dir: Path) -> None:
    wb = archive_wb
    get_account(wb)
    before = table_counts(wb, audit=True)
    cancel = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append((done, total))
        cancel.cancel()

    with pytest.raises(Cancelled):
        import_results(wb, fixtures_dir / "clarity_batch8.csv", progress=progress,
                       cancel=cancel)
    assert seen and table_counts(wb, audit=True) == before
    report = import_results(wb, fixtures_dir / "clarity_batch8.csv", dry_run=True)
    assert report.dry_run and report.assignments_added == 60 and report.hits_added == 50
    assert table_counts(wb, audit=True) == before


def test_the_archive_account_never_becomes_the_default(archive_wb: Workbench,
                                                       fixtures_dir: Path) -> None:
    wb = archive_wb
    import_results(wb, fixtures_dir / "clarity_batch8.csv")
    accounts = {a.name: a for a in list_accounts(wb)}
    assert accounts["local"].is_default and accounts["local"].kind == "local"
    assert not accounts[ARCHIVE_ACCOUNT].is_default
    assert get_account(wb).name == "local"


def test_a_local_account_takes_no_foreign_hits(archive_wb: Workbench, fixtures_dir: Path) -> None:
    wb = archive_wb
    local = get_account(wb)
    before = table_counts(wb)
    with pytest.raises(ResultsImportError, match="whose HITs come from its marketplace"):
        import_results(wb, fixtures_dir / "clarity_batch8.csv", account=local)
    assert table_counts(wb) == before


def test_a_named_mturk_account_and_files_spanning_accounts(archive_wb: Workbench,
                                                           fixtures_dir: Path,
                                                           tmp_path: Path) -> None:
    wb = archive_wb
    mine = add_account(wb, "My MTurk", "mturk")
    assert import_results(wb, fixtures_dir / "clarity_batch8.csv",
                          account=mine).account.name == "My MTurk"
    import_results(wb, fixtures_dir / "sigircis_qs4_output.csv")  # goes to the archive
    header, rows = read_rows(fixtures_dir / "clarity_batch8.csv")
    other_header, other_rows = read_rows(fixtures_dir / "sigircis_qs4_output.csv")
    mixed = from_dicts(header, [*as_dicts(header, rows[:2]),
                                *as_dicts(other_header, other_rows[:1])])
    with pytest.raises(ResultsImportError, match="several accounts"):
        import_results(wb, write_rows(tmp_path / "mixed.csv", header, mixed))


def test_import_reports_progress_to_the_end(archive_wb: Workbench, fixtures_dir: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    import_results(archive_wb, fixtures_dir / "semseg_Batch_5176945_batch_results.csv",
                   progress=lambda done, total, message: seen.append((done, total, message)))
    size = (fixtures_dir / "semseg_Batch_5176945_batch_results.csv").stat().st_size
    assert ("Importing" in seen[0][2]) and seen[0][1] == size
    assert seen[-2][0] == size and seen[-1][2] == "Imported"


def test_answers_document_is_a_real_question_form_answers(archive_wb: Workbench,
                                                          tmp_path: Path,
                                                          clock: FakeClock) -> None:
    header = ["HITId", "AssignmentId", "WorkerId", "Answer.taskAnswers", "Answer.comment"]
    path = write_rows(tmp_path / "mixed.csv", header,
                      [["H1", "A1", "W1", '[{"q": 3}]', "<b>bold</b> & more"]])
    import_results(archive_wb, path)
    with archive_wb.store.read() as session:
        xml = session.scalar(select(Assignment.answer_xml))
    answers = {a.question_id: a.free_text for a in parse_answers(xml or "")}
    assert answers == {"taskAnswers": '[{"q": 3}]', "comment": "<b>bold</b> & more"}
    assert answers_of(archive_wb, "A1") == {"q": "3", "comment": "<b>bold</b> & more"}
    out = tmp_path / "out.csv"
    export_csv(archive_wb, get_account(archive_wb, ARCHIVE_ACCOUNT), out)
    with out.open(encoding="utf-8", newline="") as stream:
        [row] = list(csv.DictReader(stream))
    assert (row["Answer.taskAnswers"], row["Answer.comment"]) == \
        ('[{"q": 3}]', "<b>bold</b> & more")


@pytest.mark.parametrize("name", ["mturkr_answerkey1.xml", "mturkr_categorization1.xml",
                                  "mturkr_qualificationtest1.xml", "ntcirds_amt-template.html",
                                  "rturk_get_assignments_multiple.xml", "SOURCES.md"])
def test_the_other_sample_files_are_refused_cleanly(archive_wb: Workbench, fixtures_dir: Path,
                                                    name: str) -> None:
    before = table_counts(archive_wb, audit=True)
    with pytest.raises(ResultsFileError, match="not MTurk batch results"):
        import_results(archive_wb, fixtures_dir / name)
    assert table_counts(archive_wb, audit=True) == before


def test_a_workers_first_and_last_work_are_those_of_the_file(archive_wb: Workbench,
                                                             fixtures_dir: Path) -> None:
    wb = archive_wb
    import_results(wb, fixtures_dir / "clarity_batch8.csv")
    header, rows = read_rows(fixtures_dir / "clarity_batch8.csv")
    times: dict[str, list[datetime]] = {}
    for record in as_dicts(header, rows):
        when = parse_mturk_time(record["SubmitTime"] or record["AcceptTime"])
        assert when is not None
        times.setdefault(record["WorkerId"], []).append(when)
    with wb.store.read() as session:
        seen = {w.worker_id: (w.first_seen, w.last_seen) for w in session.scalars(select(Worker))}
    assert seen == {worker: (min(t), max(t)) for worker, t in times.items()}
