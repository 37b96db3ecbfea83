"""`workbench import-results` and `workbench export`: what scripts and people see."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.transfer.conftest import as_dicts, from_dicts, read_rows, write_rows
from workbench.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_import_an_archive_then_export_it_to_excel(capsys: pytest.CaptureFixture[str],
                                                   store_path: Path, fixtures_dir: Path,
                                                   tmp_path: Path) -> None:
    db = str(store_path)
    code, out, err = run(capsys, "--db", db, "-q", "import-results",
                         str(fixtures_dir / "clarity_batch8.csv"))
    assert code == 0, err
    assert "Imported clarity_batch8.csv (UTF-8 CSV) into MTurk archive: 60 row(s); 50 HIT(s) " \
           "and 60 assignment(s) added" in out
    assert "(MTurk batch 3096101)" in out
    code, out, _ = run(capsys, "--db", db, "-q", "import-results",
                       str(fixtures_dir / "clarity_batch8.csv"))
    assert code == 0 and "0 HIT(s) and 0 assignment(s) added, 0 updated, 60 unchanged" in out
    code, out, _ = run(capsys, "--db", db, "accounts", "list")
    assert "MTurk archive" in out and "mturk" in out
    xlsx = tmp_path / "archive.xlsx"
    code, out, err = run(capsys, "--db", db, "-q", "export", "--format", "xlsx", "--out",
                         str(xlsx), "--account", "MTurk archive", "--status", "Rejected")
    assert code == 0, err
    assert out.strip() == f"Wrote 35 assignment(s) to {xlsx}"
    assert load_workbook(xlsx).sheetnames == ["Results", "Consensus", "Workers", "Bonuses",
                                              "Summary"]


def test_review_sheet_preview_then_yes(capsys: pytest.CaptureFixture[str], store_path: Path,
                                       tmp_path: Path) -> None:
    db = str(store_path)
    assert run(capsys, "--db", db, "-q", "demo", "--hits", "3", "--assignments", "2",
               "--workers", "3", "--seed", "4")[0] == 0
    sheet = tmp_path / "review.csv"
    assert run(capsys, "--db", db, "-q", "export", "--format", "csv", "--status", "Submitted",
               "--out", str(sheet))[0] == 0
    header, rows = read_rows(sheet, encoding="utf-8")
    records = as_dicts(header, rows)
    records[0]["Approve"] = "x"
    records[1]["Reject"] = "You answered before reading"
    marked = write_rows(tmp_path / "marked.csv", header, from_dicts(header, records))

    code, out, err = run(capsys, "--db", db, "-q", "import-results", str(marked))
    assert code == 0, err
    assert "1 approval(s) and 1 rejection(s) to queue in local" in out
    assert f"line 2: approve {records[0]['AssignmentId']}" in out
    assert "Nothing queued: run again with --yes" in out
    assert count(store_path, "outbox") == 0

    code, out, err = run(capsys, "--db", db, "-q", "import-results", str(marked), "--yes")
    assert code == 0, err
    assert "Queued 2 decision(s). Run `workbench sync` to send them." in out
    assert count(store_path, "outbox") == 2
    code, out, err = run(capsys, "--db", db, "-q", "import-results", str(marked), "--yes")
    assert code == 0 and "Queued 0 decision(s)" not in out
    assert "already has a queued approve" in out and count(store_path, "outbox") == 2


def test_dry_run_changes_nothing(capsys: pytest.CaptureFixture[str], store_path: Path,
                                 fixtures_dir: Path) -> None:
    code, out, err = run(capsys, "--db", str(store_path), "-q", "import-results", "--dry-run",
                         str(fixtures_dir / "sigircis_qs4_output.csv"))
    assert code == 0, err
    assert out.startswith("Would import sigircis_qs4_output.csv")
    assert count(store_path, "hits") == 0 and count(store_path, "assignments") == 0


@pytest.mark.parametrize(("content", "words"), [
    (b"image_url,caption\nhttp://x/1.jpg,cat\n", "has no HITId column"),
    (b"PK\x03\x04" + b"\x00" * 64, ".xlsx renamed to .csv"),
    (b"\x00\x01\x02\x03" * 64, "binary file"),
    (b"HITId,AssignmentId,WorkerId,SubmitTime\nH1,A1,W1,soon\n", "line 2, column SubmitTime"),
])
def test_a_bad_file_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], store_path: Path,
                                          tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "results.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", str(store_path), "-q", "import-results", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("workbench: ") and words in err
    assert count(store_path, "hits") == 0


def test_import_into_the_local_account_is_refused(capsys: pytest.CaptureFixture[str],
                                                  store_path: Path, fixtures_dir: Path) -> None:
    assert run(capsys, "--db", str(store_path), "hits")[0] == 0  # makes the local account
    code, _, err = run(capsys, "--db", str(store_path), "-q", "import-results",
                       str(fixtures_dir / "mluck_Batch_3753862_batch_results.csv"),
                       "--account", "local")
    assert code == 2 and "whose HITs come from its marketplace" in err


def test_export_dates_and_bad_dates(capsys: pytest.CaptureFixture[str], store_path: Path,
                                    fixtures_dir: Path, tmp_path: Path) -> None:
    db = str(store_path)
    run(capsys, "--db", db, "-q", "import-results",
        str(fixtures_dir / "mluck_Batch_3753862_batch_results.csv"))
    out = tmp_path / "sept.csv"
    # Submitted on Sep 1-2, 2019 (Pacific); a day either side in any time zone is enough.
    code, printed, _ = run(capsys, "--db", db, "-q", "export", "--format", "csv", "--out",
                           str(out), "--account", "MTurk archive", "--from", "2019-08-31",
                           "--to", "2019-09-03")
    assert code == 0 and "Wrote 100 assignment(s)" in printed
    code, printed, _ = run(capsys, "--db", db, "-q", "export", "--format", "csv", "--out",
                           str(out), "--account", "MTurk archive", "--to", "2019-08-30")
    assert code == 0 and "Wrote 0 assignment(s)" in printed
    code, _, err = run(capsys, "--db", db, "export", "--format", "csv", "--out", str(out),
                       "--from", "last tuesday")
    assert code == 2 and "not a date" in err
    code, _, err = run(capsys, "--db", db, "export", "--format", "xlsx", "--out",
                       str(tmp_path / "missing" / "x.xlsx"))
    assert code == 2 and "does not exist" in err
