"""The same import, review and exports on PostgreSQL, where a team shares one store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import FakeClock
from tests.transfer.conftest import as_dicts, from_dicts, read_rows, table_counts, write_rows
from workbench.formats.batch_csv_reader import ResultsFileError
from workbench.services.accounts import add_account
from workbench.services.context import Workbench
from workbench.services.export import export_csv, export_xlsx
from workbench.services.importing import import_results
from workbench.services.transfer.review import queue_review

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_wb(pg_database: str, clock: FakeClock) -> Iterator[Workbench]:
    workbench = Workbench.open(pg_database, clock=clock)
    yield workbench
    workbench.close()


def test_import_review_and_export_on_postgresql(pg_wb: Workbench, fixtures_dir: Path,
                                                tmp_path: Path, clock: FakeClock) -> None:
    wb = pg_wb
    clock.now = datetime(2023, 12, 28, tzinfo=UTC)  # reviewed before MTurk auto-approved
    live = add_account(wb, "Production", "mturk")
    header, rows = read_rows(fixtures_dir / "sigircis_qs4_output.csv")
    records = as_dicts(header, rows)
    submitted = next(r for r in records if r["AssignmentStatus"] == "Submitted")
    submitted["Reject"] = "The summaries were not read"
    marked = write_rows(tmp_path / "marked.csv", header, from_dicts(header, records))
    report = import_results(wb, marked, account=live)
    assert (report.hits_added, report.assignments_added) == (1, 5)
    before = table_counts(wb)
    assert not import_results(wb, fixtures_dir / "sigircis_qs4_output.csv", account=live).changed
    assert table_counts(wb) == before
    plan = report.review
    assert plan is not None and len(plan.decisions) == 1
    assert len(queue_review(wb, plan).queued) == 1
    again = import_results(wb, marked, account=live).review
    assert again is not None and not again.decisions
    assert queue_review(wb, again).queued == []

    out = tmp_path / "out.csv"
    export_csv(wb, report.account, out)
    exported_header, exported = read_rows(out, encoding="utf-8")
    assert exported_header == header and len(exported) == 5
    xlsx = tmp_path / "out.xlsx"
    assert export_xlsx(wb, report.account, xlsx).rows == 5
    [consensus] = list(load_workbook(xlsx, read_only=True)["Consensus"].iter_rows(
        min_row=2, values_only=True))
    assert consensus[0] == records[0]["HITId"]

    bad_rows = [list(r) for r in rows]
    bad_rows[3][header.index("SubmitTime")] = "tomorrow"
    with pytest.raises(ResultsFileError, match="line 5"):
        import_results(wb, write_rows(tmp_path / "bad.csv", header, bad_rows), account=live)
    assert table_counts(wb)["assignments"] == 5


def test_a_nul_or_lone_surrogate_in_task_answers_imports_on_postgresql(
        pg_wb: Workbench, tmp_path: Path) -> None:
    # PostgreSQL's text refuses NUL outright; the import keeps the answer with U+FFFD.
    header = ["HITId", "HITTypeId", "Reward", "AssignmentId", "WorkerId", "AssignmentStatus",
              "SubmitTime", "Answer.taskAnswers"]
    row = ["H1", "3TYPE", "$0.10", "A1", "W1", "Submitted", "Tue Jan 30 17:45:10 PST 2018",
           '[{"nul": "\\u0000x", "lone": "\\ud800"}]']
    report = import_results(pg_wb, write_rows(tmp_path / "odd.csv", header, [row]))
    assert report.assignments_added == 1
    xlsx = tmp_path / "odd.xlsx"
    assert export_xlsx(pg_wb, report.account, xlsx).rows == 1
    results = load_workbook(xlsx)["Results"]
    cells = {c.value: v.value for c, v in zip(results[1], results[2], strict=True)}
    assert (cells["Answer.nul"], cells["Answer.lone"]) == ("\ufffdx", "\ufffd")
