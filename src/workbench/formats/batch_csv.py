"""MTurk's batch-results CSV, written the way MTurk's web UI exports it."""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TextIO

from workbench.domain.clock import PACIFIC

FIXED_COLUMNS: tuple[str, ...] = (
    "HITId",
    "HITTypeId",
    "Title",
    "Description",
    "Keywords",
    "Reward",
    "CreationTime",
    "MaxAssignments",
    "RequesterAnnotation",
    "AssignmentDurationInSeconds",
    "AutoApprovalDelayInSeconds",
    "Expiration",
    "NumberOfSimilarHITs",
    "LifetimeInSeconds",
    "AssignmentId",
    "WorkerId",
    "AssignmentStatus",
    "AcceptTime",
    "SubmitTime",
    "AutoApprovalTime",
    "ApprovalTime",
    "RejectionTime",
    "RequesterFeedback",
    "WorkTimeInSeconds",
    "LifetimeApprovalRate",
    "Last30DaysApprovalRate",
    "Last7DaysApprovalRate",
)
REVIEW_COLUMNS: tuple[str, ...] = ("Approve", "Reject")
INPUT_PREFIX = "Input."
ANSWER_PREFIX = "Answer."

# Text a requester or a worker typed, which a spreadsheet could take for a formula.
FREE_TEXT_COLUMNS = frozenset(
    {"Title", "Description", "Keywords", "RequesterAnnotation", "RequesterFeedback", "Reject"}
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$")


def neutralise_formula(value: str) -> str:
    """The value with a leading quote if a spreadsheet would run it as a formula."""
    if value.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def approval_rate_text(approved: int, decided: int) -> str:
    """An approval rate as MTurk writes it: "97% (35/36)"."""
    if approved < 0 or decided < 0 or approved > decided:
        raise ValueError(f"cannot have {approved} approved out of {decided} decided")
    if decided == 0:
        return "0% (0/0)"
    percent = (approved * 200 + decided) // (2 * decided)
    if percent == 100 and approved < decided:
        # 199 of 200 is not a perfect record; don't show it as one.
        percent = 99
    return f"{percent}% ({approved}/{decided})"


def batch_results_header(input_columns: Sequence[str], answer_columns: Sequence[str]) -> list[str]:
    """The header row: fixed columns, Input.<c>, Answer.<a>, then Approve and Reject."""
    return [
        *FIXED_COLUMNS,
        *(INPUT_PREFIX + column for column in input_columns),
        *(ANSWER_PREFIX + column for column in answer_columns),
        *REVIEW_COLUMNS,
    ]


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")


def mturk_time_text(value: datetime) -> str:
    """format_mturk_time without strftime: English names whatever the locale, and faster."""
    local = (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(
        PACIFIC)
    return (f"{_DAY_NAMES[local.weekday()]} {_MONTH_NAMES[local.month - 1]} {local.day:02d} "
            f"{local.hour:02d}:{local.minute:02d}:{local.second:02d} {local.tzname() or 'PST'} "
            f"{local.year}")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return mturk_time_text(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class BatchResultsWriter:
    """Writes a batch-results CSV; give it a stream opened with newline=""."""

    def __init__(
        self, stream: TextIO, input_columns: Sequence[str], answer_columns: Sequence[str]
    ) -> None:
        self.header = batch_results_header(input_columns, answer_columns)
        duplicates = sorted({c for c in self.header if self.header.count(c) > 1})
        if duplicates:
            raise ValueError(f"duplicate column(s) in the batch results: {', '.join(duplicates)}")
        self._columns = frozenset(self.header)
        self._plan = [
            (c, c in FREE_TEXT_COLUMNS or c.startswith((INPUT_PREFIX, ANSWER_PREFIX)))
            for c in self.header
        ]
        self._writer = csv.writer(stream, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        self._writer.writerow(self.header)
        self.rows_written = 0

    def write(self, row: Mapping[str, object]) -> None:
        """Write one assignment's row; missing columns are left empty."""
        if not row.keys() <= self._columns:
            unknown = [key for key in row if key not in self._columns]
            # Dropping them silently would lose answers from the export.
            raise ValueError(f"no such column(s) in this export: {', '.join(unknown)}")
        cells = []
        get = row.get
        for column, neutralised in self._plan:
            text = _cell_text(get(column))
            cells.append(neutralise_formula(text) if neutralised and text else text)
        self._writer.writerow(cells)
        self.rows_written += 1
