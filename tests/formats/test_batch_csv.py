from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest

from workbench.formats.batch_csv import (
    FIXED_COLUMNS,
    BatchResultsWriter,
    approval_rate_text,
    batch_results_header,
    neutralise_formula,
)

EXPECTED_FIXED = [
    "HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime",
    "MaxAssignments", "RequesterAnnotation", "AssignmentDurationInSeconds",
    "AutoApprovalDelayInSeconds", "Expiration", "NumberOfSimilarHITs", "LifetimeInSeconds",
    "AssignmentId", "WorkerId", "AssignmentStatus", "AcceptTime", "SubmitTime",
    "AutoApprovalTime", "ApprovalTime", "RejectionTime", "RequesterFeedback",
    "WorkTimeInSeconds", "LifetimeApprovalRate", "Last30DaysApprovalRate",
    "Last7DaysApprovalRate",
]  # fmt: skip


def _export(rows: list[dict[str, object]]) -> tuple[str, list[dict[str, str]], list[str]]:
    stream = io.StringIO(newline="")
    writer = BatchResultsWriter(stream, ["image_url", "caption"], ["label", "q.option_1"])
    for row in rows:
        writer.write(row)
    assert writer.rows_written == len(rows)
    text = stream.getvalue()
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    return text, [dict(zip(header, record, strict=True)) for record in reader], header


def test_header_has_the_27_fixed_columns_then_inputs_answers_and_review() -> None:
    assert list(FIXED_COLUMNS) == EXPECTED_FIXED
    assert len(FIXED_COLUMNS) == 27
    _, rows, header = _export([])
    assert rows == []
    assert header == [
        *EXPECTED_FIXED,
        "Input.image_url",
        "Input.caption",
        "Answer.label",
        "Answer.q.option_1",
        "Approve",
        "Reject",
    ]
    assert header == batch_results_header(["image_url", "caption"], ["label", "q.option_1"])


def test_rows_read_back_with_values_in_their_columns() -> None:
    text, rows, _ = _export(
        [
            {
                "HITId": "3XYZ",
                "Reward": "$0.05",
                "MaxAssignments": 3,
                "AssignmentStatus": "Approved",
                "WorkTimeInSeconds": 42,
                "Input.image_url": "https://example.com/a.jpg",
                "Input.caption": 'a "quoted", comma\nand newline — ü',
                "Answer.label": "Cat",
                "Answer.q.option_1": True,
                "RejectionTime": None,
                "LifetimeApprovalRate": approval_rate_text(35, 36),
            }
        ]
    )
    assert text.startswith('"HITId","HITTypeId",')
    assert text.endswith("\r\n")
    [row] = rows
    assert row["HITId"] == "3XYZ"
    assert row["Reward"] == "$0.05"
    assert row["MaxAssignments"] == "3"
    assert row["WorkTimeInSeconds"] == "42"
    assert row["Input.caption"] == 'a "quoted", comma\nand newline — ü'
    assert row["Answer.label"] == "Cat"
    assert row["Answer.q.option_1"] == "true"
    assert row["RejectionTime"] == ""
    assert row["HITTypeId"] == ""
    assert row["Approve"] == row["Reject"] == ""
    assert row["LifetimeApprovalRate"] == "97% (35/36)"


def test_every_field_quoted_and_lines_end_crlf() -> None:
    text, _, _ = _export([{"HITId": "H1", "MaxAssignments": 1}])
    lines = text.split("\r\n")
    assert lines[-1] == ""
    assert len(lines) == 3
    assert lines[1].startswith('"H1","","","","","","","1",')


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2019, 11, 1, 19, 8, 17, tzinfo=UTC), "Fri Nov 01 12:08:17 PDT 2019"),
        (datetime(2019, 7, 4, 16, 30, 0, tzinfo=UTC), "Thu Jul 04 09:30:00 PDT 2019"),
        (datetime(2020, 1, 15, 20, 0, 5, tzinfo=UTC), "Wed Jan 15 12:00:05 PST 2020"),
    ],
)
def test_timestamps_written_in_us_pacific(moment: datetime, expected: str) -> None:
    _, [row], _ = _export([{"SubmitTime": moment, "AcceptTime": moment}])
    assert row["SubmitTime"] == expected
    assert row["AcceptTime"] == expected


def test_formulas_neutralised_in_worker_and_requester_text() -> None:
    _, [row], _ = _export(
        [
            {
                "HITId": "-H1",
                "Title": "=1+1",
                "RequesterFeedback": "@SUM(A1:A9)",
                "Input.caption": '=HYPERLINK("http://evil.example","click")',
                "Input.image_url": "-5",
                "Answer.label": "@SUM(A1)",
                "Answer.q.option_1": "+44 20 7946 0958",
            }
        ]
    )
    assert row["Title"] == "'=1+1"
    assert row["RequesterFeedback"] == "'@SUM(A1:A9)"
    assert row["Input.caption"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Input.image_url"] == "-5"
    assert row["Answer.label"] == "'@SUM(A1)"
    assert row["Answer.q.option_1"] == "'+44 20 7946 0958"
    # Ids are ours, not typed by anyone, and must survive unchanged for re-import.
    assert row["HITId"] == "-H1"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("\tindented", "'\tindented"),
        ("\r=1", "'\r=1"),
        ("-5", "-5"),
        ("+3.25", "+3.25"),
        ("-1.5e-3", "-1.5e-3"),
        ("Cat", "Cat"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralise_formula(value: str, expected: str) -> None:
    assert neutralise_formula(value) == expected


@pytest.mark.parametrize(
    ("approved", "decided", "expected"),
    [
        (35, 36, "97% (35/36)"),
        (0, 0, "0% (0/0)"),
        (36, 36, "100% (36/36)"),
        (199, 200, "99% (199/200)"),
        (1, 2, "50% (1/2)"),
        (1, 8, "13% (1/8)"),
        (0, 5, "0% (0/5)"),
        (2, 3, "67% (2/3)"),
    ],
)
def test_approval_rate_text(approved: int, decided: int, expected: str) -> None:
    assert approval_rate_text(approved, decided) == expected


def test_approval_rate_refuses_impossible_counts() -> None:
    with pytest.raises(ValueError):
        approval_rate_text(5, 4)


def test_unknown_column_refused_rather_than_dropped() -> None:
    writer = BatchResultsWriter(io.StringIO(), [], ["label"])
    with pytest.raises(ValueError, match=r"Answer\.colour"):
        writer.write({"Answer.colour": "red"})
    assert writer.rows_written == 0


def test_duplicate_columns_refused() -> None:
    with pytest.raises(ValueError, match=r"Input\.a"):
        BatchResultsWriter(io.StringIO(), ["a", "a"], [])


def test_mturk_time_text_matches_the_clock_helper_across_daylight_saving() -> None:
    from datetime import timedelta

    from workbench.domain.clock import format_mturk_time
    from workbench.formats.batch_csv import mturk_time_text

    start = datetime(2019, 3, 9, 0, 0, 7, tzinfo=UTC)  # US clocks change on Mar 10, 2019
    for hours in range(0, 24 * 250, 5):
        moment = start + timedelta(hours=hours, minutes=hours % 60)
        assert mturk_time_text(moment) == format_mturk_time(moment)
    assert mturk_time_text(datetime(2019, 3, 10, 10, 0, tzinfo=UTC)) == \
        "Sun Mar 10 03:00:00 PDT 2019"
