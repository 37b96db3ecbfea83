"""Hostile values in a batch-results file: refused with the line and column, nothing imported.

Each was tried by hand (issue 16 §3): the 40-digit count, the astronomic reward, the 2^63
work time and the year-9999 timestamp crashed the import with a traceback; a negative
MaxAssignments and a worker id with a line break were accepted or barely caught.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.transfer.conftest import read_rows, table_counts, write_rows
from workbench.cli import main
from workbench.services.accounts import get_account
from workbench.services.context import Workbench

HOSTILE = [
    ("MaxAssignments", "9" * 40, "is not between 1 and 1,000,000"),
    ("MaxAssignments", "-5", "is not between 1 and 1,000,000"),
    ("MaxAssignments", "0", "is not between 1 and 1,000,000"),
    ("MaxAssignments", "1" + "0" * 400 + ".0", "is not between 1 and 1,000,000"),
    ("Reward", "$99999999999999999999999", "more than $1000.00"),
    ("Reward", "$1000.01", "more than $1000.00"),
    ("WorkTimeInSeconds", str(2**63), "is not between 0 and 31,536,000"),
    ("WorkTimeInSeconds", "-1", "is not between 0 and 31,536,000"),
    ("AutoApprovalDelayInSeconds", str(31 * 86400), "is not between 0 and 2,592,000"),
    ("SubmitTime", "Fri Dec 31 23:00:00 PST 9999", "is not a time between 2005 and 2099"),
    ("AcceptTime", "Sat Jan 01 00:00:00 UTC 1", "not a timestamp"),
    ("ApprovalTime", "Mon Jan 01 00:00:00 PST 2100", "is not a time between 2005 and 2099"),
    ("CreationTime", "9999-12-31T23:59:59-12:00", "is not a time between 2005 and 2099"),
    ("WorkerId", "A1\n" + "B" * 10_000, "is not a worker id"),
    ("WorkerId", "a1b2c3", "is not a worker id"),
    ("WorkerId", "<script>", "is not a worker id"),
]


def _refused_by_cli(capsys: pytest.CaptureFixture[str], store: Path, path: Path) -> str:
    code = main(["--db", str(store), "-q", "import-results", str(path)])
    _out, err = capsys.readouterr()
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err and len(err) < 400, err
    return err


@pytest.mark.parametrize(("column", "value", "words"), HOSTILE,
                         ids=[f"{c}={v[:14]!r}" for c, v, _ in HOSTILE])
def test_a_hostile_value_is_refused_with_its_line_and_column(
        capsys: pytest.CaptureFixture[str], store_path: Path, fixtures_dir: Path,
        tmp_path: Path, column: str, value: str, words: str) -> None:
    header, rows = read_rows(fixtures_dir / "clarity_batch8.csv")
    rows[41][header.index(column)] = value
    bad = write_rows(tmp_path / "bad.csv", header, rows)
    with Workbench.open(store_path) as wb:
        get_account(wb)  # a store's first account is made on first use, whatever the file
        before = table_counts(wb, audit=True)
    err = _refused_by_cli(capsys, store_path, bad)
    assert f"bad.csv, line 43, column {column}: " in err and words in err, err
    with Workbench.open(store_path) as wb:
        assert table_counts(wb, audit=True) == before


def test_the_same_values_in_a_review_workbook_are_refused(
        capsys: pytest.CaptureFixture[str], store_path: Path, fixtures_dir: Path,
        tmp_path: Path) -> None:
    header, rows = read_rows(fixtures_dir / "clarity_batch8.csv")
    book = Workbook()
    sheet = book.active
    sheet.title = "Results"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    sheet.cell(row=3, column=header.index("MaxAssignments") + 1, value="9" * 40)
    sheet.cell(row=4, column=header.index("WorkTimeInSeconds") + 1, value=float(2**63))
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    err = _refused_by_cli(capsys, store_path, path)
    assert "line 3, column MaxAssignments" in err and "is not between 1 and" in err


def test_limits_leave_real_archives_alone(capsys: pytest.CaptureFixture[str], store_path: Path,
                                          fixtures_dir: Path) -> None:
    for name in ("clarity_batch8.csv", "mluck_Batch_3753862_batch_results.csv",
                 "semseg_Batch_5176945_batch_results.csv", "sigircis_qs4_output.csv"):
        code = main(["--db", str(store_path), "-q", "import-results", str(fixtures_dir / name)])
        _out, err = capsys.readouterr()
        assert code == 0, err
