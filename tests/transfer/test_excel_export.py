"""The Excel export, opened with openpyxl the way a colleague's Excel would read it."""

from __future__ import annotations

import csv
import tempfile
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.conftest import FakeClock
from tests.transfer.conftest import write_rows
from workbench.domain.clock import parse_mturk_time
from workbench.domain.fee_schedules import FeeSchedule
from workbench.domain.money import assignment_fee_cents
from workbench.formats import excel
from workbench.formats.batch_csv import FIXED_COLUMNS
from workbench.formats.excel import (
    EXCEL_CELL_LIMIT,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    ExcelLimitError,
    ExcelWorkbook,
    SheetColumn,
    excel_time,
)
from workbench.services import outbox, payouts
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.services.demo import run_demo
from workbench.services.export import ExportError, export_csv, export_xlsx
from workbench.services.importing import ARCHIVE_ACCOUNT, import_results
from workbench.services.progress import Cancelled, CancelToken
from workbench.services.sync import sync

SHEETS = ["Results", "Consensus", "Workers", "Bonuses", "Summary"]
HEADER = ["HITId", "HITTypeId", "Reward", "MaxAssignments", "AssignmentId", "WorkerId",
          "AssignmentStatus", "SubmitTime", "ApprovalTime", "RejectionTime", "Input.item"]
SUBMIT = "Fri Nov 01 12:08:17 PDT 2019"
DECIDED = "Sat Nov 02 09:00:00 PDT 2019"


def rows_of(sheet: Worksheet) -> list[dict[str, Any]]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def summary_of(book: Any) -> dict[str, Any]:
    return {row["Item"]: row["Value"] for row in rows_of(book["Summary"])}


def archive_row(hit: str, assignment: str, worker: str, status: str = "Submitted",
                **answers: str) -> dict[str, str]:
    row = {"HITId": hit, "HITTypeId": "3TYPE", "Reward": "$0.10", "MaxAssignments": "3",
           "AssignmentId": assignment, "WorkerId": worker, "AssignmentStatus": status,
           "SubmitTime": SUBMIT, "ApprovalTime": DECIDED if status == "Approved" else "",
           "RejectionTime": DECIDED if status == "Rejected" else "", "Input.item": hit.lower()}
    row.update({f"Answer.{k.replace('__', '.')}": v for k, v in answers.items()})
    return row


def import_archive(wb: Workbench, path: Path, records: list[dict[str, str]]) -> AccountInfo:
    header = list(dict.fromkeys([*HEADER, *(k for r in records for k in r)]))
    write_rows(path, header, [[r.get(c, "") for c in header] for r in records])
    return import_results(wb, path).account


def test_results_sheet_keeps_mturk_columns_with_typed_cells(archive_wb: Workbench,
                                                           fixtures_dir: Path,
                                                           tmp_path: Path) -> None:
    wb = archive_wb
    account = import_results(wb, fixtures_dir / "clarity_batch8.csv").account
    out = tmp_path / "clarity.xlsx"
    assert export_xlsx(wb, account, out).rows == 60
    book = load_workbook(out)
    assert book.sheetnames == SHEETS
    results = book["Results"]
    header = [c.value for c in results[1]]
    assert header == [*FIXED_COLUMNS, "Input.image_url", "Answer.HighLevel", "Answer.LowLevel1",
                      "Answer.LowLevel2", "Answer.LowLevel3", "Answer.LowLevel4", "Approve",
                      "Reject"]
    assert all(c.font.bold for c in results[1])
    assert results.freeze_panes == "A2"
    assert results.auto_filter.ref == "A1:AI61"
    # Stored as Excel stores them: the width in characters plus the cell padding.
    widths = {c: int(results.column_dimensions[c].width) for c in ("A", "C", "F", "G", "AC")}
    assert widths["A"] == 34 and widths["G"] == 20 and 8 <= widths["AC"] <= 60
    row = {h: c for h, c in zip(header, results[2], strict=True)}
    assert row["Reward"].value == 0.12 and row["Reward"].number_format == MONEY_FORMAT
    # Times are Excel dates in US Pacific time, as MTurk's file wrote them.
    assert row["CreationTime"].value == datetime(2018, 1, 30, 17, 39, 32)
    assert row["CreationTime"].is_date
    assert row["MaxAssignments"].value == 2 and row["AssignmentDurationInSeconds"].value == 3600
    assert row["WorkTimeInSeconds"].value == 109
    assert row["AssignmentStatus"].value == "Rejected"
    assert row["LifetimeApprovalRate"].value == "18% (2/11)"
    assert row["NumberOfSimilarHITs"].value is None
    assert row["Approve"].value is None and row["Reject"].value is None
    summary = summary_of(book)
    assert summary["Account"] == ARCHIVE_ACCOUNT and summary["Assignments"] == 60
    assert (summary["Approved"], summary["Rejected"], summary["HITs"]) == (25, 35, 50)
    fee = assignment_fee_cents(12, 2)
    assert summary["Rewards paid"] == pytest.approx(25 * 0.12)
    assert summary["Fees on rewards"] == pytest.approx(25 * fee / 100)
    assert summary["Total spend"] == pytest.approx(25 * (12 + fee) / 100)
    assert summary["Approval rate"] == pytest.approx(25 / 60)
    with (fixtures_dir / "clarity_batch8.csv").open(encoding="utf-8", newline="") as stream:
        first = min(parse_mturk_time(r["SubmitTime"]) for r in csv.DictReader(stream))
    assert first is not None
    assert summary["First submission"] == excel_time(first)


def test_worker_text_never_becomes_a_formula(archive_wb: Workbench, tmp_path: Path) -> None:
    wb = archive_wb
    long_text = "ab" * 20_000
    account = import_archive(wb, tmp_path / "evil.csv", [
        archive_row("H1", "A1", "W1", note='=HYPERLINK("http://evil.example","click")',
                    other="@SUM(A1:A9)", plus="+1+1", number="-5", bell="ring\x07ring",
                    essay=long_text, zero="007", half="4.5", flag="true"),
    ])
    out = tmp_path / "evil.xlsx"
    report = export_xlsx(wb, account, out)
    # Counted per cell: the Results row and the HIT's Consensus row each hold them.
    assert (report.truncated_cells, report.neutralised_cells) == (2, 6)
    book = load_workbook(out)
    results = book["Results"]
    header = [c.value for c in results[1]]
    cells = {h: c for h, c in zip(header, results[2], strict=True)}
    for name, text in (("note", '=HYPERLINK("http://evil.example","click")'),
                       ("other", "@SUM(A1:A9)"), ("plus", "+1+1")):
        cell = cells[f"Answer.{name}"]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert cells["Answer.number"].value == -5
    assert cells["Answer.half"].value == 4.5 and cells["Answer.zero"].value == "007"
    assert cells["Answer.flag"].value is True
    assert cells["Answer.bell"].value == "ring\ufffdring"
    essay = cells["Answer.essay"].value
    assert len(essay) == EXCEL_CELL_LIMIT and essay.startswith("abab") and "cut" in essay
    with zipfile.ZipFile(out) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert all(b"<f>" not in archive.read(n) for n in sheets)
    summary = summary_of(book)
    assert summary["Cells that looked like formulas, kept as text"] == 6
    assert summary["Cells cut to Excel's limit of 32,767 characters (the CSV export keeps "
                   "them whole)"] == 2


def test_consensus_is_the_majority_with_its_agreement(archive_wb: Workbench,
                                                      tmp_path: Path) -> None:
    wb = archive_wb
    account = import_archive(wb, tmp_path / "votes.csv", [
        archive_row("H1", "A1", "W1", label="cat", color__red="true", color__blue="false"),
        archive_row("H1", "A2", "W2", label="cat", color__red="true", color__blue="true"),
        archive_row("H1", "A3", "W3", label="dog", color__red="true", color__blue="false"),
        archive_row("H2", "A4", "W1", label="cat", color__red="false", color__blue="false"),
        archive_row("H2", "A5", "W2", label="dog", color__red="false", color__blue="false"),
        archive_row("H3", "A6", "W1", "Approved", label="dog"),
        archive_row("H3", "A7", "W2", "Approved", label=" dog "),
        archive_row("H3", "A8", "W3", "Rejected", label="cat"),
    ])
    out = tmp_path / "votes.xlsx"
    export_xlsx(wb, account, out)
    book = load_workbook(out)
    consensus = {row["HITId"]: row for row in rows_of(book["Consensus"])}
    assert [c.value for c in book["Consensus"][1]] == [
        "HITId", "Input.item", "Assignments", "Answer.color", "Answer.color agreement",
        "Answer.label", "Answer.label agreement"]
    h1, h2, h3 = consensus["H1"], consensus["H2"], consensus["H3"]
    assert (h1["Assignments"], h1["Answer.label"]) == (3, "cat")
    assert h1["Answer.label agreement"] == pytest.approx(2 / 3)
    assert (h1["Answer.color"], h1["Answer.color agreement"]) == ("red", pytest.approx(2 / 3))
    assert (h2["Answer.label"], h2["Answer.label agreement"]) == ("cat / dog", 0.5)
    assert (h2["Answer.color"], h2["Answer.color agreement"]) == ("(none)", 1)
    # Rejected work does not vote; blank answers do not either.
    assert (h3["Assignments"], h3["Answer.label"], h3["Answer.label agreement"]) == \
        (2, "dog", 1)
    assert h3["Answer.color"] is None
    assert book["Consensus"]["E2"].number_format == PERCENT_FORMAT
    assert book["Consensus"].freeze_panes == "A2"


def test_radio_groups_of_a_real_file_vote_as_one_question(archive_wb: Workbench,
                                                          fixtures_dir: Path,
                                                          tmp_path: Path) -> None:
    wb = archive_wb
    account = import_results(wb, fixtures_dir / "sigircis_qs4_output.csv").account
    out = tmp_path / "sigir.xlsx"
    export_xlsx(wb, account, out)
    book = load_workbook(out, read_only=True)
    [row] = rows_of(book["Consensus"])
    assert row["Assignments"] == 5
    assert row["Answer.age"] in {f"option_{i}" for i in range(1, 6)} | {
        f"option_{i} / option_{j}" for i in range(1, 6) for j in range(1, 6)}
    assert "Answer.age.option_1" not in row
    assert 0 < row["Answer.age agreement"] <= 1
    results_header = next(book["Results"].iter_rows(values_only=True))
    assert "Answer.age.option_1" in results_header and len(results_header) == 724


def test_workers_bonuses_and_spend(worked_local: tuple[Workbench, AccountInfo, Any, list[str]],
                                   tmp_path: Path, clock: FakeClock) -> None:
    wb, account, market, ids = worked_local
    outbox.queue_approve(wb, account, ids[:5])
    outbox.queue_reject(wb, account, ids[5:6], feedback="Not a label")
    outbox.queue_bonus(wb, account, ids[0], "0.50", reason="=Great work")
    sync(wb, account, market)
    # The account's own fee schedule, not MTurk's: a payout service's 3%.
    account = payouts.set_payout_settings(wb, account, fee_percent="3")
    fees = FeeSchedule(Decimal(3))
    out = tmp_path / "spend.xlsx"
    export_xlsx(wb, account, out)
    book = load_workbook(out)
    workers = {row["WorkerId"]: row for row in rows_of(book["Workers"])}
    assert sum(w["Assignments"] for w in workers.values()) == 8
    first = workers["AWORKER0000000"]
    assert (first["Assignments"], first["Bonuses"], first["Bonus total"]) == (4, 1, 0.5)
    assert first["Median work time (s)"] is not None
    assert sum(w["Approved"] for w in workers.values()) == 5
    assert sum(w["Rejected"] for w in workers.values()) == 1
    # Worker 0 did the first assignment of each HIT, worker 1 the second.
    rates = {w["WorkerId"]: w["Approval rate"] for w in workers.values()}
    assert rates == {"AWORKER0000000": 1.0, "AWORKER0000001": pytest.approx(2 / 3)}
    assert book["Workers"]["F2"].number_format == PERCENT_FORMAT
    [bonus] = rows_of(book["Bonuses"])
    assert (bonus["AssignmentId"], bonus["Amount"], bonus["Fee"]) == (ids[0], 0.5, 0.02)
    assert bonus["Reason"] == "=Great work"
    assert book["Bonuses"]["G2"].quotePrefix
    summary = summary_of(book)
    reward_fee = fees.assignment_fee_cents(25, 2)
    assert reward_fee == 1  # 3% of 25c, half up
    assert summary["Rewards paid"] == pytest.approx(5 * 0.25)
    assert summary["Fees on rewards"] == pytest.approx(5 * reward_fee / 100)
    assert summary["Bonuses paid"] == 0.5
    assert summary["Fees on bonuses"] == pytest.approx(fees.bonus_fee_cents(50) / 100)
    assert summary["Total spend"] == pytest.approx(
        (5 * (25 + reward_fee) + 50 + fees.bonus_fee_cents(50)) / 100)
    assert summary["Fees"] == "3% of rewards and bonuses (the payout fee set for this account)"
    assert summary["Still to pay if every submitted assignment is approved"] == \
        pytest.approx(2 * (25 + reward_fee) / 100)
    assert summary["Submitted, awaiting review"] == 2


def test_filters_narrow_every_sheet(wb: Workbench, tmp_path: Path) -> None:
    first = run_demo(wb, hits=3, assignments=2, workers=3, seed=1)
    run_demo(wb, hits=2, assignments=2, workers=3, seed=2)
    account = first.account
    out = tmp_path / "one.xlsx"
    assert export_xlsx(wb, account, out, batch_ids=[first.batch_id]).rows == 6
    book = load_workbook(out)
    assert len(rows_of(book["Consensus"])) == 3
    assert "Answer.sentiment.label" in [c.value for c in book["Results"][1]]
    summary = summary_of(book)
    assert summary["Batches"] == f"{first.batch_name} (#{first.batch_id})"
    assert summary["Statuses"] == "all"
    assert export_xlsx(wb, account, out, statuses=["Approved"]).rows == 0
    assert rows_of(load_workbook(out)["Results"]) == []
    now = wb.clock()
    assert export_xlsx(wb, account, out, submitted_from=now + timedelta(days=1)).rows == 0
    assert export_xlsx(wb, account, out, submitted_from=now - timedelta(days=2),
                       submitted_to=now + timedelta(minutes=1)).rows == 10
    with pytest.raises(ExportError, match="empty"):
        export_xlsx(wb, account, out, submitted_from=now, submitted_to=now)
    with pytest.raises(ExportError, match="status"):
        export_xlsx(wb, account, out, statuses=["Paid"])


def test_a_cancelled_export_leaves_the_old_file_alone(archive_wb: Workbench,
                                                      fixtures_dir: Path,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.services.transfer import workbook

    wb = archive_wb
    account = import_results(wb, fixtures_dir / "mluck_Batch_3753862_batch_results.csv").account
    out = tmp_path / "results.xlsx"
    out.write_bytes(b"yesterday's export")
    monkeypatch.setattr(workbook, "PROGRESS_EVERY", 10)
    scratch = tmp_path / "scratch"  # where openpyxl streams its sheets meanwhile
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    cancel = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(done)
        if done >= 50:
            cancel.cancel()

    with pytest.raises(Cancelled):
        export_xlsx(wb, account, out, progress=progress, cancel=cancel)
    assert seen == [10, 20, 30, 40, 50]
    assert out.read_bytes() == b"yesterday's export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")]
    assert list(scratch.iterdir()) == []
    report = export_xlsx(wb, account, out, progress=lambda *a: None)
    assert report.rows == 100 and load_workbook(out).sheetnames == SHEETS
    assert get_account(wb).name == "local"


def test_a_small_csv_export_cancelled_before_it_ends_writes_nothing(
        archive_wb: Workbench, fixtures_dir: Path, tmp_path: Path) -> None:
    from workbench.services.export import export_csv

    wb = archive_wb
    account = import_results(wb, fixtures_dir / "mluck_Batch_3753862_batch_results.csv").account
    out = tmp_path / "results.csv"
    out.write_bytes(b"yesterday's export")
    cancel = CancelToken()
    cancel.cancel()  # pressed while the (fewer than 1,000) rows were being written
    with pytest.raises(Cancelled):
        export_csv(wb, account, out, cancel=cancel)
    assert out.read_bytes() == b"yesterday's export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")]
    assert export_csv(wb, account, out).rows == 100


def test_filtered_rows_are_the_same_whatever_the_chunk_size(archive_wb: Workbench,
                                                            fixtures_dir: Path) -> None:
    """Status and time are checked per row: chunks left empty by them end nothing early."""
    from workbench.services.export import make_filter
    from workbench.services.results import iter_results

    wb = archive_wb
    account = import_results(wb, fixtures_dir / "mluck_Batch_3753862_batch_results.csv").account
    with wb.store.read() as session:
        every = list(iter_results(session, make_filter(account)))
        statuses = {r.status for r in every}
        for status in statuses:
            expected = sorted(r.assignment_id for r in every if r.status == status)
            for chunk in (1, 2, 7, 1000):
                got = [r.assignment_id for r in iter_results(
                    session, make_filter(account, statuses=[status]), chunk=chunk)]
                assert sorted(got) == expected and len(got) == len(set(got))
        times = sorted(r.submit_time for r in every if r.submit_time is not None)
        middle = times[len(times) // 2]
        later = [r.assignment_id for r in iter_results(
            session, make_filter(account, submitted_from=middle), chunk=3)]
        assert sorted(later) == sorted(r.assignment_id for r in every
                                       if r.submit_time is not None and r.submit_time >= middle)


def test_answers_no_text_can_hold_are_replaced_not_fatal(archive_wb: Workbench,
                                                         tmp_path: Path) -> None:
    # JSON may spell a lone surrogate or a NUL; a worker's taskAnswers must not stop an import.
    record = archive_row("H1", "A1", "W1", note="emoji 😀, rtl שלום")
    record["Answer.taskAnswers"] = '[{"lone": "a \\ud800 b", "nul": "\\u0000zero", "\\udfff": "k"}]'
    account = import_archive(archive_wb, tmp_path / "odd.csv", [record])
    out = tmp_path / "odd.xlsx"
    assert export_xlsx(archive_wb, account, out).rows == 1
    results = load_workbook(out)["Results"]
    cells = {c.value: v.value for c, v in zip(results[1], results[2], strict=True)}
    assert cells["Answer.lone"] == "a \ufffd b" and cells["Answer.nul"] == "\ufffdzero"
    assert cells["Answer.\ufffd"] == "k" and cells["Answer.note"] == "emoji 😀, rtl שלום"
    # The CSV gives taskAnswers back as MTurk delivered it: the JSON text, escapes and all.
    export_csv(archive_wb, account, tmp_path / "out.csv")
    assert '""lone"": ""a \\ud800 b""' in (tmp_path / "out.csv").read_text(encoding="utf-8")


def test_an_export_larger_than_excel_opens_is_refused_not_cut(
        archive_wb: Workbench, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    account = import_archive(archive_wb, tmp_path / "five.csv", [
        archive_row(f"H{n}", f"A{n}", "W1") for n in range(5)])
    monkeypatch.setattr(excel, "EXCEL_MAX_ROWS", 5)  # the header and four rows
    out = tmp_path / "five.xlsx"
    with pytest.raises(ExportError, match="5 assignments do not fit in one Excel sheet"):
        export_xlsx(archive_wb, account, out)
    assert not out.exists() and not list(tmp_path.glob(".export-*"))
    monkeypatch.undo()
    assert export_xlsx(archive_wb, account, out).rows == 5


def test_a_sheet_refuses_rows_and_columns_excel_cannot_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # XlsxWriter itself would drop them silently.
    monkeypatch.setattr(excel, "EXCEL_MAX_ROWS", 3)
    monkeypatch.setattr(excel, "EXCEL_MAX_COLUMNS", 2)
    book = ExcelWorkbook(tmp_path / "limits.xlsx")
    try:
        with pytest.raises(ExcelLimitError, match="3 columns; Excel opens at most 2"):
            book.add_sheet("Wide", [SheetColumn("a"), SheetColumn("b"), SheetColumn("c")])
        sheet = book.add_sheet("Long", [SheetColumn("a")])
        sheet.append(["1"])
        sheet.append(["2"])
        with pytest.raises(ExcelLimitError, match="more than 2 rows"):
            sheet.append(["3"])
    finally:
        book.discard()


def test_one_rejection_in_600_never_reads_100_percent(archive_wb: Workbench,
                                                      tmp_path: Path) -> None:
    """Excel rounds what a percentage cell shows: the format carries the decimals it takes."""
    wb = archive_wb
    records = [archive_row(f"H{n // 3}", f"A{n}", "W1" if n % 2 else "W2",
                           "Rejected" if n == 7 else "Approved") for n in range(600)]
    account = import_archive(wb, tmp_path / "six-hundred.csv", records)
    out = tmp_path / "six-hundred.xlsx"
    export_xlsx(wb, account, out)
    book = load_workbook(out)
    summary = book["Summary"]
    first = [c.value for c in summary[2]]
    assert first[0] == "Times in this workbook" and "US Pacific time" in first[1]
    cell = next(row[1] for row in summary.iter_rows(min_row=2) if row[0].value == "Approval rate")
    assert cell.value == pytest.approx(599 / 600)
    assert cell.number_format == "0.0%"  # Excel shows 99.8%, not 100%
    workers = {w["WorkerId"]: w for w in rows_of(book["Workers"])}
    assert workers["W1"]["Approval rate"] == pytest.approx(299 / 300)
    rates = {row[0].value: row for row in book["Workers"].iter_rows(min_row=2)}
    header = [c.value for c in book["Workers"][1]]
    w1 = rates["W1"][header.index("Approval rate")]
    w2 = rates["W2"][header.index("Approval rate")]
    assert w1.number_format == "0.0%"  # 99.7%
    assert w2.value == 1 and w2.number_format == PERCENT_FORMAT  # exactly 100%


def test_percentages_are_never_overstated() -> None:
    from workbench.domain.percent import display_decimals, percent_of, percent_text

    assert percent_text(599 / 600) == "99%" and percent_text(599 / 600, 1) == "99.8%"
    assert percent_text(69 / 70) == "98%"  # rounded down: what "98% or more" means
    assert percent_text(1.0) == "100%" and percent_text(0.0) == "0%"
    assert percent_text(1 / 10_000) == "0.01%"
    assert percent_text(9_999 / 10_000, 1) == "99.9%"
    assert percent_of(5_999, 6_000) == "99.9%" and percent_of(1, 3) == "33.3%"
    assert percent_text(None) == "—" and percent_of(1, 0) == ""
    assert display_decimals(599 / 600) == 1 and display_decimals(0.5) == 0
    assert display_decimals(0.99996) == 3 and display_decimals(1.0) == 0
