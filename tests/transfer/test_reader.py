"""Reading batch-results files as users really have them, and refusing what is not one."""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.transfer.conftest import FIXTURE_CSVS, read_rows, write_rows
from workbench.formats.batch_csv_reader import (
    ResultRow,
    ResultsFileError,
    open_results_file,
    unneutralise,
)

FIXTURE_ROWS = {"clarity_batch8.csv": 60, "mluck_Batch_3753862_batch_results.csv": 100,
                "semseg_Batch_5176945_batch_results.csv": 47, "sigircis_qs4_output.csv": 5}


def rows_of(path: Path) -> list[ResultRow]:
    source = open_results_file(path)
    try:
        return list(source.rows())
    finally:
        source.close()


@pytest.mark.parametrize("name", FIXTURE_CSVS)
def test_every_fixture_reads_whole(fixtures_dir: Path, name: str) -> None:
    rows = rows_of(fixtures_dir / name)
    assert len(rows) == FIXTURE_ROWS[name]
    header, raw = read_rows(fixtures_dir / name)
    first = dict(zip(header, raw[0], strict=False))
    row = rows[0]
    assert row.hit.hit_id == first["HITId"]
    assert row.assignment.assignment_id == first["AssignmentId"]
    assert row.assignment.status == first["AssignmentStatus"]
    assert row.hit.reward_cents == round(float(first["Reward"].lstrip("$")) * 100)
    answers = {c[len("Answer."):]: v for c, v in first.items() if c.startswith("Answer.")}
    assert row.answers == answers
    assert not row.mark.marked


def test_timestamps_are_read_as_us_pacific(fixtures_dir: Path) -> None:
    row = rows_of(fixtures_dir / "clarity_batch8.csv")[0]
    # "Tue Jan 30 17:39:32 PST 2018" is 01:39:32 UTC the next day.
    assert row.hit.creation_time == datetime(2018, 1, 31, 1, 39, 32, tzinfo=UTC)
    summer = rows_of(fixtures_dir / "mluck_Batch_3753862_batch_results.csv")[0]
    # "Sun Sep 01 18:58:50 PDT 2019" is seven hours behind UTC.
    assert summer.hit.creation_time == datetime(2019, 9, 2, 1, 58, 50, tzinfo=UTC)


def test_rejections_and_checkbox_answers(fixtures_dir: Path) -> None:
    rows = rows_of(fixtures_dir / "clarity_batch8.csv")
    rejected = [r for r in rows if r.assignment.status == "Rejected"]
    assert len(rejected) == 35
    assert all(r.assignment.rejection_time and r.assignment.requester_feedback
               for r in rejected)
    survey = rows_of(fixtures_dir / "mluck_Batch_3753862_batch_results.csv")[0]
    assert survey.answers["beer_4-8-6-5_4.on"] in ("true", "false")
    assert survey.inputs == {}
    assert survey.archive["LifetimeApprovalRate"] == "100% (1/1)"


def test_a_pandas_index_column_extra_columns_and_missing_optional_ones(tmp_path: Path,
                                                                       fixtures_dir: Path
                                                                       ) -> None:
    header, rows = read_rows(fixtures_dir / "clarity_batch8.csv")
    keep = [i for i, c in enumerate(header) if c not in ("Keywords", "NumberOfSimilarHITs",
                                                         "LifetimeApprovalRate", "Reject")]
    new_header = ["", *(header[i] for i in keep), "reviewer_notes"]
    new_rows = [[str(n), *(r[i] if i < len(r) else "" for i in keep), "looked fine"]
                for n, r in enumerate(rows)]
    path = write_rows(tmp_path / "pandas.csv", new_header, new_rows, quoting=csv.QUOTE_MINIMAL,
                      newline="\n")
    source = open_results_file(path)
    assert source.header.ignored == ["reviewer_notes"]
    parsed = list(source.rows())
    source.close()
    assert len(parsed) == 60
    assert parsed[0].hit.keywords == ""
    assert "LifetimeApprovalRate" not in parsed[0].archive
    assert parsed[0].assignment.worker_id == rows[0][header.index("WorkerId")]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-16"])
def test_encodings_excel_and_windows_save(tmp_path: Path, fixtures_dir: Path,
                                          encoding: str) -> None:
    header, rows = read_rows(fixtures_dir / "clarity_batch8.csv")
    rows[0][header.index("Answer.HighLevel")] = "Café — “quoted” text, naïve"
    path = write_rows(tmp_path / "saved.csv", header, rows, encoding=encoding)
    parsed = rows_of(path)
    assert parsed[0].answers["HighLevel"] == "Café — “quoted” text, naïve"
    assert len(parsed) == 60


def test_quoted_newlines_very_long_fields_and_semicolons(tmp_path: Path) -> None:
    essay = "line one\nline two, with a comma and a \"quote\"\n" + "x" * 300_000
    path = write_rows(tmp_path / "long.csv",
                      ["HITId", "AssignmentId", "WorkerId", "Answer.essay", "Answer.n"],
                      [["H1", "A1", "W1", essay, "1"], ["H1", "A2", "W2", "short", "2"]],
                      newline="\n")
    rows = rows_of(path)
    assert rows[0].answers["essay"] == essay
    assert rows[1].line == 5  # the first row spans lines 2 to 4
    semicolons = tmp_path / "semi.csv"
    semicolons.write_text("HITId;AssignmentId;WorkerId;Answer.x\nH1;A1;W1;a,b\n",
                          encoding="utf-8")
    assert rows_of(semicolons)[0].answers == {"x": "a,b"}


def test_review_marks_and_our_formula_quotes(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "marked.csv",
                      ["HITId", "AssignmentId", "WorkerId", "Answer.note", "Approve", "Reject"],
                      [["H1", "A1", "W1", "'=1+1", "x", ""],
                       ["H1", "A2", "W2", "'-5", "", "'=Not what was asked"],
                       ["H1", "A3", "W3", "fine", "no", ""]])
    first, second, third = rows_of(path)
    assert first.answers["note"] == "=1+1"  # the quote our export added comes off
    assert second.answers["note"] == "'-5"  # a number was never quoted by us: kept as is
    assert first.mark.approves and first.mark.approval_feedback is None
    assert second.mark.reject == "=Not what was asked" and not second.mark.approves
    assert not third.mark.marked


@pytest.mark.parametrize(("value", "expected"), [
    ("'=SUM(A1)", "=SUM(A1)"), ("'@x", "@x"), ("'+44 20", "+44 20"), ("'-5", "'-5"),
    ("'hello", "'hello"), ("=raw", "=raw"), ("", ""),
])
def test_unneutralise(value: str, expected: str) -> None:
    assert unneutralise(value) == expected


def _refused(path: Path) -> str:
    with pytest.raises(ResultsFileError) as caught:
        rows_of(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_refuses_a_file_without_hitid(tmp_path: Path) -> None:
    path = tmp_path / "inputs.csv"
    path.write_text("image_url,caption\nhttp://x/1.jpg,a cat\n", encoding="utf-8")
    message = _refused(path)
    assert "no HITId" in message and "image_url" in message


def test_refuses_binary_files_and_office_files_named_csv(tmp_path: Path) -> None:
    binary = tmp_path / "data.csv"
    binary.write_bytes(b"HITId,AssignmentId\x00\x01\x02" * 50)
    assert "binary" in _refused(binary)
    renamed = tmp_path / "results.csv"
    with zipfile.ZipFile(renamed, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert ".xlsx renamed" in _refused(renamed)
    old = tmp_path / "old.csv"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert ".xls" in _refused(old)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("HITId\n", encoding="utf-8")
    assert "not one" in _refused(fake)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in _refused(empty)


def test_refuses_text_in_an_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    # 0x81 and 0x8D are undefined in Windows-1252, and the bytes are not UTF-8 either.
    path.write_bytes(b"HITId,AssignmentId,WorkerId,Answer.x\nH1,A1,W1,\x81\x8d\xe9\n")
    assert "neither UTF-8 nor Windows-1252" in _refused(path)


@pytest.mark.parametrize(("column", "value", "words"), [
    ("SubmitTime", "yesterday at noon", "not a timestamp"),
    ("Reward", "five cents", "not an amount"),
    ("AssignmentStatus", "Maybe", "not one of"),
    ("MaxAssignments", "three", "not a whole number"),
    ("WorkerId", "", "is empty"),
    ("AssignmentId", "has spaces in it", "not an MTurk id"),
])
def test_a_bad_value_names_its_line_and_column(tmp_path: Path, fixtures_dir: Path,
                                               column: str, value: str, words: str) -> None:
    header, rows = read_rows(fixtures_dir / "clarity_batch8.csv")
    rows[41][header.index(column)] = value
    message = _refused(write_rows(tmp_path / "bad.csv", header, rows))
    assert f"line 43, column {column}" in message and words in message


def test_refuses_duplicate_assignments_columns_and_ragged_rows(tmp_path: Path) -> None:
    header = ["HITId", "AssignmentId", "WorkerId"]
    twice = write_rows(tmp_path / "twice.csv", header, [["H", "A1", "W1"], ["H", "A1", "W2"]])
    assert "line 2 and again on line 3" in _refused(twice)
    columns = write_rows(tmp_path / "cols.csv", [*header, "Answer.x", "Answer.x"],
                         [["H", "A1", "W1", "1", "2"]])
    assert "Answer.x" in _refused(columns)
    ragged = write_rows(tmp_path / "ragged.csv", header, [["H", "A1", "W1", "surprise"]])
    assert "4 fields but the header has 3" in _refused(ragged)
    # Trailing empty fields (MTurk's rows omit Approve/Reject, Excel pads) are fine.
    padded = write_rows(tmp_path / "padded.csv", header, [["H", "A1", "W1", "", ""]])
    assert len(rows_of(padded)) == 1
