"""Reading MTurk batch-results files as users downloaded (and sometimes re-saved) them.

Columns are found by header name, never by position: real files carry a leading pandas
index, miss optional columns, or add their own. Rows stream, so a file of any length is
read in constant memory; every value is checked and a problem names its line and column.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TypeVar, cast

from workbench.domain.clock import parse_mturk_time
from workbench.domain.ids import InvalidWorkerId, check_worker_id
from workbench.domain.limits import (
    EARLIEST_TIME,
    LATEST_TIME,
    MAX_ASSIGNMENTS_PER_HIT,
    MAX_AUTO_APPROVAL_S,
    MAX_DURATION_S,
    STORE_INT_MAX,
)
from workbench.domain.money import MAX_REWARD_CENTS, REWARD_PATTERN, InvalidAmount, parse_usd
from workbench.domain.text import QT_TRANSLATE_NOOP, translate
from workbench.formats.batch_csv import (
    ANSWER_PREFIX,
    FIXED_COLUMNS,
    FREE_TEXT_COLUMNS,
    INPUT_PREFIX,
)

MAX_RESULTS_BYTES = 2 * 1024**3
MAX_FIELD_CHARS = 64 * 1024 * 1024
MAX_ID_CHARS = 64
REQUIRED_COLUMNS = ("HITId", "AssignmentId", "WorkerId")
ASSIGNMENT_STATUSES = ("Submitted", "Approved", "Rejected")
TIME_COLUMNS = ("CreationTime", "Expiration", "AcceptTime", "SubmitTime", "AutoApprovalTime",
                "ApprovalTime", "RejectionTime")
# The columns of a row that describe its HIT (the same on each of the HIT's rows).
HIT_COLUMNS = ("HITId", "HITTypeId", "Title", "Description", "Keywords", "Reward", "CreationTime",
               "MaxAssignments", "RequesterAnnotation", "AssignmentDurationInSeconds",
               "AutoApprovalDelayInSeconds", "Expiration")
INTEGER_COLUMNS = ("MaxAssignments", "AssignmentDurationInSeconds",
                   "AutoApprovalDelayInSeconds", "NumberOfSimilarHITs", "LifetimeInSeconds",
                   "WorkTimeInSeconds")
# The range of each whole-number column: MTurk's limits where it has them, else the store's.
INTEGER_RANGES = {
    "MaxAssignments": (1, MAX_ASSIGNMENTS_PER_HIT),
    "AssignmentDurationInSeconds": (0, MAX_DURATION_S),
    "AutoApprovalDelayInSeconds": (0, MAX_AUTO_APPROVAL_S),
    "LifetimeInSeconds": (0, MAX_DURATION_S),
    "WorkTimeInSeconds": (0, MAX_DURATION_S),
    "NumberOfSimilarHITs": (0, STORE_INT_MAX),
}
# Columns MTurk writes that its API does not return; kept as the file had them.
ARCHIVE_ONLY_COLUMNS = ("NumberOfSimilarHITs", "LifetimeInSeconds", "LifetimeApprovalRate",
                        "Last30DaysApprovalRate", "Last7DaysApprovalRate")
# Marks a reviewer may type in the Approve column that mean "no".
NOT_A_MARK = frozenset({"", "no", "n", "false", "0", "-"})
SIMPLE_MARKS = frozenset({"x", "yes", "y", "true", "1", "ok", "✓", "✔", "approve"})

_T = TypeVar("_T")
_ID = re.compile(rf"^\S{{1,{MAX_ID_CHARS}}}$")
_INDEX_COLUMN = re.compile(r"^(Unnamed: \d+|index|level_0)$")
_UNQUOTE = re.compile(r"^'[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$")
_WHOLE_NUMBER = re.compile(r"^\s*([+-]?)0*(\d+)(\.0*)?\s*$")
_BATCH_ANNOTATION = re.compile(r"BatchId:(\d+)")
_BATCH_FILE_NAME = re.compile(r"Batch_(\d+)_batch_results", re.IGNORECASE)

_MAGIC = (
    (b"PK\x03\x04", QT_TRANSLATE_NOOP("ResultsFile", "an Excel workbook or another zip archive")),
    (b"\xd0\xcf\x11\xe0",
     QT_TRANSLATE_NOOP("ResultsFile", "an old-style Excel (.xls) or other Office file")),
    (b"%PDF", QT_TRANSLATE_NOOP("ResultsFile", "a PDF document")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("ResultsFile", "a gzip archive")),
    (b"SQLite format 3", QT_TRANSLATE_NOOP("ResultsFile", "an SQLite database")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("ResultsFile", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("ResultsFile", "a JPEG image")),
)
XLSX_MAGIC = b"PK\x03\x04"


class ResultsFileError(ValueError):
    """A batch-results file that cannot be imported; the message says why in one line."""


@dataclass(frozen=True)
class ResultsHeader:
    """Which column of a file holds what, found by name."""

    names: list[str]
    positions: dict[str, int]
    inputs: list[str]
    answers: list[str]
    ignored: list[str]

    @property
    def has_review_columns(self) -> bool:
        return "Approve" in self.positions or "Reject" in self.positions

    def has(self, column: str) -> bool:
        return column in self.positions


@dataclass(frozen=True)
class HitRecord:
    """A HIT as one row of batch results describes it."""

    hit_id: str
    hit_type_id: str
    title: str
    description: str
    keywords: str
    reward_cents: int
    creation_time: datetime | None
    max_assignments: int | None
    requester_annotation: str
    assignment_duration_s: int | None
    auto_approval_delay_s: int | None
    expiration: datetime | None


@dataclass(frozen=True)
class AssignmentRecord:
    """An assignment as one row of batch results describes it."""

    assignment_id: str
    worker_id: str
    status: str
    accept_time: datetime | None
    submit_time: datetime | None
    auto_approval_time: datetime | None
    approval_time: datetime | None
    rejection_time: datetime | None
    requester_feedback: str
    work_time_s: int | None


@dataclass(frozen=True)
class ReviewMark:
    """What a reviewer wrote in a row's Approve and Reject columns."""

    approve: str = ""
    reject: str = ""

    @property
    def marked(self) -> bool:
        return self.approve.strip().lower() not in NOT_A_MARK or bool(self.reject.strip())

    @property
    def approves(self) -> bool:
        return self.approve.strip().lower() not in NOT_A_MARK

    @property
    def approval_feedback(self) -> str | None:
        """Text written in Approve beyond a plain mark is feedback for the worker."""
        text = self.approve.strip()
        return None if text.lower() in SIMPLE_MARKS | NOT_A_MARK else text


@dataclass(frozen=True)
class ResultRow:
    """One assignment's row: its HIT, the assignment, inputs, answers and review marks."""

    line: int
    hit: HitRecord
    assignment: AssignmentRecord
    inputs: dict[str, str]
    answers: dict[str, str]
    archive: dict[str, str]
    mark: ReviewMark = field(default_factory=ReviewMark)


class ResultsSource(Protocol):
    """A batch-results file opened for reading; rows stream."""

    name: str
    kind: str
    encoding: str
    header: ResultsHeader
    size: int

    def rows(self) -> Iterator[ResultRow]: ...

    @property
    def position(self) -> int: ...

    def close(self) -> None: ...


def unneutralise(value: str) -> str:
    """Undo the quote our exports put before text a spreadsheet would run as a formula."""
    if _UNQUOTE.match(value) and not _PLAIN_NUMBER.match(value[1:]):
        return value[1:]
    return value


def batch_key(hit: HitRecord, file_name: str) -> tuple[str, str]:
    """(external id, how it was found) of the MTurk batch a row belongs to."""
    match = _BATCH_ANNOTATION.search(hit.requester_annotation)
    if match:
        return match.group(1), "annotation"
    match = _BATCH_FILE_NAME.search(file_name)
    if match:
        return match.group(1), "file name"
    if hit.hit_type_id:
        return f"hittype:{hit.hit_type_id}", "HIT type"
    return f"file:{Path(file_name).stem}"[:100], "file"


def classify_header(raw: Sequence[object], name: str) -> ResultsHeader:
    """Find the columns by name; refuse a header that is not MTurk batch results."""
    names = [str(c if c is not None else "").strip().lstrip("\ufeff").strip() for c in raw]
    positions: dict[str, int] = {}
    inputs: list[str] = []
    answers: list[str] = []
    ignored: list[str] = []
    duplicates: list[str] = []
    for index, column in enumerate(names):
        if not column or _INDEX_COLUMN.match(column):
            continue
        if column in positions:
            duplicates.append(column)
            continue
        if column.startswith(INPUT_PREFIX) and len(column) > len(INPUT_PREFIX):
            inputs.append(column[len(INPUT_PREFIX):])
        elif column.startswith(ANSWER_PREFIX) and len(column) > len(ANSWER_PREFIX):
            answers.append(column[len(ANSWER_PREFIX):])
        elif column not in FIXED_COLUMNS and column not in ("Approve", "Reject"):
            ignored.append(column)
            continue
        positions[column] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in positions]
    if missing:
        shown = ", ".join(c for c in names[:6] if c) or "none"
        also = translate("ResultsFile", " (nor {names})").format(
            names=", ".join(missing[1:])) if len(missing) > 1 else ""
        raise ResultsFileError(
            translate(
                "ResultsFile", "{name} has no {missing} column{also}, so it is not MTurk batch "
                "results (its first columns: {shown})").format(
                    name=name, missing=missing[0], also=also, shown=shown))
    if duplicates:
        raise ResultsFileError(translate(
            "ResultsFile", "{name} has the column(s) {names} more than once; which one to "
            "believe is unclear").format(name=name, names=', '.join(sorted(set(duplicates)))))
    return ResultsHeader(names, positions, inputs, answers, ignored)


class RowParser:
    """Turns one row of text cells into a checked ResultRow."""

    def __init__(self, header: ResultsHeader, name: str, *, quoted_formulas: bool) -> None:
        self.header = header
        self.name = name
        self.quoted_formulas = quoted_formulas
        self._width = len(header.names)
        self._times: dict[str, datetime | None] = {"": None}
        self._inputs = _Columns([(c, header.positions[INPUT_PREFIX + c]) for c in header.inputs])
        self._answers = _Columns([(c, header.positions[ANSWER_PREFIX + c])
                                  for c in header.answers])
        self._seen: dict[str, int] = {}
        # Looked up for every cell of every row, so worked out once: each column's place, and
        # whether its text may carry the quote our exports put before a formula.
        self._places = {
            column: (index, quoted_formulas and (column in FREE_TEXT_COLUMNS or column.startswith(
                (INPUT_PREFIX, ANSWER_PREFIX))))
            for column, index in header.positions.items()}
        # Whole numbers and ids repeat (a HIT's on each of its rows, a worker's on all of
        # theirs): each distinct text of a column is checked once (see _once).
        self._checked: dict[tuple[str, str], Any] = {}
        hit_places = [header.positions[c] for c in HIT_COLUMNS if c in header.positions]
        self._hit_cells = itemgetter(*hit_places, hit_places[0])  # always a tuple
        self._hits: dict[tuple[str, ...], HitRecord] = {}

    def _problem(self, line: int, column: str, message: str) -> ResultsFileError:
        return ResultsFileError(translate(
            "ResultsFile", "{name}, line {line}, column {column}: {message}").format(
                name=self.name, line=line, column=column, message=message))

    def _text(self, cells: Sequence[str], column: str) -> str:
        place = self._places.get(column)
        if place is None or place[0] >= len(cells):
            return ""
        value = cells[place[0]]
        if place[1] and value[:1] == "'":
            return unneutralise(value)
        return value

    def _once(self, check: Callable[[Sequence[str], str, int], _T], cells: Sequence[str],
              column: str, line: int) -> _T:
        """``check(cells, column, line)``, remembered for the column's text (a refusal is not)."""
        key = (column, self._text(cells, column))
        try:
            return cast(_T, self._checked[key])
        except KeyError:
            pass
        value = check(cells, column, line)
        if len(self._checked) < 100_000:
            self._checked[key] = value
        return value

    def _time(self, cells: Sequence[str], column: str, line: int) -> datetime | None:
        text = self._text(cells, column).strip()
        if text in self._times:
            return self._times[text]
        try:
            value = parse_mturk_time(text)
            outside = value is not None and not EARLIEST_TIME <= value < LATEST_TIME
        except ValueError:
            raise self._problem(line, column, translate(
                "ResultsFile", "{text} is not a timestamp like {example}").format(
                    text=repr(text[:60]), example="'Fri Nov 01 12:08:17 PDT 2019'")) from None
        except OverflowError:  # beyond Python's calendar once moved to UTC
            outside = True
        if outside:
            raise self._problem(line, column, translate(
                "ResultsFile", "{text} is not a time between {first} and {last}").format(
                    text=repr(text[:60]), first=EARLIEST_TIME.year, last=LATEST_TIME.year - 1))
        if len(self._times) < 100_000:
            self._times[text] = value
        return value

    def _int(self, cells: Sequence[str], column: str, line: int) -> int | None:
        text = self._text(cells, column).strip()
        if not text:
            return None
        match = _WHOLE_NUMBER.match(text)
        if not match:
            raise self._problem(line, column, translate(
                "ResultsFile", "{text} is not a whole number").format(text=repr(text[:40])))
        low, high = INTEGER_RANGES.get(column, (0, STORE_INT_MAX))
        sign, digits = match.group(1), match.group(2)
        # Compared by length first: forty digits are refused without converting them.
        value = int(sign + digits) if len(digits) <= 12 else None
        if value is None or not low <= value <= high:
            raise self._problem(line, column, translate(
                "ResultsFile", "{text} is not between {low} and {high}").format(
                    text=repr(text[:40]), low=f"{low:,}", high=f"{high:,}"))
        return value

    def _id(self, cells: Sequence[str], column: str, line: int) -> str:
        text = self._text(cells, column).strip()
        if not text:
            raise self._problem(line, column, translate(
                "ResultsFile", "is empty"))
        if not _ID.match(text):
            raise self._problem(line, column, translate(
                "ResultsFile", "{text} is not an MTurk id").format(text=repr(text[:40])))
        return text

    def _worker(self, cells: Sequence[str], column: str, line: int) -> str:
        text = self._text(cells, column)
        if not text.strip():
            raise self._problem(line, "WorkerId", translate("ResultsFile", "is empty"))
        try:
            return check_worker_id(text)
        except InvalidWorkerId as exc:
            raise self._problem(line, "WorkerId", str(exc)) from None

    def parse(self, cells: Sequence[str], line: int) -> ResultRow | None:
        """The row as records, or None for a blank line."""
        if not "".join(cells).strip():
            return None
        if len(cells) > self._width and "".join(cells[self._width:]).strip():
            raise ResultsFileError(translate(
                "ResultsFile", "{name}, line {line}: {count} fields but the header has {width} "
                "columns").format(name=self.name, line=line, count=len(cells), width=self._width))
        text = self._text
        # A HIT's columns repeat on each of its rows: checked on the first, then remembered.
        key = self._hit_cells(cells) if len(cells) >= self._width else None
        hit = self._hits.get(key) if key is not None else None
        if hit is None:
            hit = self._hit(cells, line)
            if key is not None:
                if len(self._hits) >= 10_000:
                    self._hits.clear()
                self._hits[key] = hit
        status = text(cells, "AssignmentStatus").strip() or "Submitted"
        if status not in ASSIGNMENT_STATUSES:
            raise self._problem(line, "AssignmentStatus", translate(
                "ResultsFile", "{status} is not one of {statuses}").format(
                    status=repr(status[:40]), statuses=", ".join(ASSIGNMENT_STATUSES)))
        assignment = AssignmentRecord(
            assignment_id=self._id(cells, "AssignmentId", line),
            worker_id=self._once(self._worker, cells, "WorkerId", line), status=status,
            accept_time=self._time(cells, "AcceptTime", line),
            submit_time=self._time(cells, "SubmitTime", line),
            auto_approval_time=self._time(cells, "AutoApprovalTime", line),
            approval_time=self._time(cells, "ApprovalTime", line),
            rejection_time=self._time(cells, "RejectionTime", line),
            requester_feedback=text(cells, "RequesterFeedback"),
            work_time_s=self._once(self._int, cells, "WorkTimeInSeconds", line))
        earlier = self._seen.get(assignment.assignment_id)
        if earlier is not None:
            raise ResultsFileError(translate(
                "ResultsFile", "{name}: assignment {assignment_id} is on line {earlier} and "
                "again on line {line}").format(
                    name=self.name, assignment_id=assignment.assignment_id, earlier=earlier,
                    line=line))
        self._seen[assignment.assignment_id] = line
        archive = {}
        for column in ARCHIVE_ONLY_COLUMNS:
            if self.header.has(column):
                if column in INTEGER_COLUMNS:
                    number = self._once(self._int, cells, column, line)
                    archive[column] = "" if number is None else str(number)
                else:
                    archive[column] = text(cells, column).strip()
        return ResultRow(
            line=line, hit=hit, assignment=assignment,
            inputs=self._values(cells, self._inputs), answers=self._values(cells, self._answers),
            archive=archive,
            mark=ReviewMark(text(cells, "Approve"), unneutralise(text(cells, "Reject"))))

    def _hit(self, cells: Sequence[str], line: int) -> HitRecord:
        """The HIT a row describes, every column checked."""
        text = self._text
        reward_text = text(cells, "Reward").strip()
        try:
            reward = parse_usd(reward_text, minimum_cents=0,
                               maximum_cents=MAX_REWARD_CENTS) if reward_text else 0
        except InvalidAmount as exc:
            if REWARD_PATTERN.match(reward_text.lstrip("$").strip()):
                raise self._problem(line, "Reward", str(exc)) from None
            raise self._problem(line, "Reward", translate(
                "ResultsFile", "{text} is not an amount like '$0.05'").format(
                    text=repr(reward_text[:40]))) from None
        return HitRecord(
            hit_id=self._id(cells, "HITId", line),
            hit_type_id=text(cells, "HITTypeId").strip()[:MAX_ID_CHARS],
            title=text(cells, "Title"), description=text(cells, "Description"),
            keywords=text(cells, "Keywords"), reward_cents=reward,
            creation_time=self._time(cells, "CreationTime", line),
            max_assignments=self._int(cells, "MaxAssignments", line),
            requester_annotation=text(cells, "RequesterAnnotation"),
            assignment_duration_s=self._int(cells, "AssignmentDurationInSeconds", line),
            auto_approval_delay_s=self._int(cells, "AutoApprovalDelayInSeconds", line),
            expiration=self._time(cells, "Expiration", line))

    def _values(self, cells: Sequence[str], columns: _Columns) -> dict[str, str]:
        """Input.* or Answer.* values by name: the bulk of every row, so done at C speed."""
        if not columns.names:
            return {}
        if len(cells) >= self._width:
            out = dict(zip(columns.names, columns.pick(cells), strict=False))
        else:
            width = len(cells)
            out = {name: cells[index] if index < width else "" for name, index in columns.places}
        # Only a value that starts with a quote can be one our export neutralised.
        if self.quoted_formulas and "\0'" in "\0" + "\0".join(out.values()):
            for name, value in out.items():
                if value[:1] == "'":
                    out[name] = unneutralise(value)
        return out


class _Columns:
    """Input.* or Answer.* columns: their names, their places, and a picker for whole rows."""

    def __init__(self, places: list[tuple[str, int]]) -> None:
        self.places = places
        self.names = [name for name, _ in places]
        # One place more than names, so that a single column still gives a tuple.
        self.pick = itemgetter(*(index for _, index in places), places[0][1]) if places \
            else itemgetter(0)


# -- CSV --------------------------------------------------------------------------------------

class _CountingReader(io.RawIOBase):
    """A binary stream that counts the bytes read through it, for progress."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def sniff_binary(head: bytes, name: str) -> None:
    """Refuse a file whose first bytes say it is not text."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            hint = translate("ResultsFile", " (an .xlsx renamed to .csv? give it its .xlsx name)") \
                if magic == XLSX_MAGIC else ""
            raise ResultsFileError(translate(
                "ResultsFile", "{name} is {what}, not CSV text{hint}").format(
                    name=name, what=translate("ResultsFile", what), hint=hint))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in head:
        raise ResultsFileError(translate(
            "ResultsFile", "{name} is a binary file (or UTF-16 text without a byte-order mark), "
            "not CSV text").format(name=name))


def detect_encoding(path: Path, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252; anything else refused."""
    with path.open("rb") as stream:
        head = stream.read(65536)
        sniff_binary(head, name)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        where = 0
        for encoding in ("utf-8-sig", "cp1252"):
            decoder = codecs.getincrementaldecoder(encoding)()
            stream.seek(0)
            offset = 0
            try:
                while chunk := stream.read(1 << 20):
                    decoder.decode(chunk)
                    offset += len(chunk)
                decoder.decode(b"", final=True)
                return encoding
            except UnicodeDecodeError as exc:
                where = offset + exc.start
                continue
    raise ResultsFileError(translate(
        "ResultsFile", "{name} is neither UTF-8 nor Windows-1252 text (undecodable byte at "
        "offset {where}); save it as UTF-8 CSV and import it again").format(name=name, where=where))


def _delimiter(first_line: str) -> str:
    best, count = ",", -1
    for candidate in (",", "\t", ";"):
        cells = next(csv.reader([first_line], delimiter=candidate), [])
        found = sum(1 for c in cells if c.strip().lstrip("\ufeff") in REQUIRED_COLUMNS)
        if found > count:
            best, count = candidate, found
    return best


class CsvResultsSource:
    """A batch-results CSV, decoded and checked, its rows streamed."""

    kind = "csv"

    def __init__(self, path: Path, name: str) -> None:
        self.path = path
        self.name = name
        self.size = path.stat().st_size
        self.encoding = detect_encoding(path, name)
        if csv.field_size_limit() < MAX_FIELD_CHARS:
            # Long answers (base64 images, essays) exceed the csv module's default of 128 KB.
            csv.field_size_limit(min(MAX_FIELD_CHARS, sys.maxsize))
        self._raw = _CountingReader(path.open("rb"))
        self._text = io.TextIOWrapper(io.BufferedReader(self._raw, 1 << 16),
                                      encoding=self.encoding, newline="")
        try:
            first = self._text.readline()
            if not first.strip():
                raise ResultsFileError(translate(
                    "ResultsFile", "{name} is empty or starts with a blank line").format(name=name))
            self._delimiter = _delimiter(first)
            header_cells = next(csv.reader([first], delimiter=self._delimiter))
            self.header = classify_header(header_cells, name)
        except BaseException:
            self.close()
            raise

    @property
    def position(self) -> int:
        return self._raw.count

    def rows(self) -> Iterator[ResultRow]:
        parser = RowParser(self.header, self.name, quoted_formulas=True)
        reader = csv.reader(self._text, delimiter=self._delimiter, strict=True)
        # The header was line 1; a row's number is the line it starts on (fields may span lines).
        start = 2
        try:
            for cells in reader:
                row = parser.parse(cells, start)
                start = reader.line_num + 2
                if row is not None:
                    yield row
        except csv.Error as exc:
            raise ResultsFileError(translate(
                "ResultsFile", "{name}, line {start}: not valid CSV ({exc})").format(
                    name=self.name, start=start, exc=exc)) from None

    def close(self) -> None:
        self._text.close()


def open_results_file(path: str | Path) -> ResultsSource:
    """Open a batch-results CSV or a review workbook (.xlsx); bad files raise ResultsFileError."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ResultsFileError(translate(
            "ResultsFile", "{path} does not exist or is not a file").format(path=path))
    size = path.stat().st_size
    if size == 0:
        raise ResultsFileError(translate(
            "ResultsFile", "{name} is empty").format(name=name))
    if size > MAX_RESULTS_BYTES:
        raise ResultsFileError(translate(
            "ResultsFile", "{name} is larger than {size} GB").format(
                name=name, size=MAX_RESULTS_BYTES // 2 ** 30))
    with path.open("rb") as stream:
        head = stream.read(8)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        if not head.startswith(XLSX_MAGIC):
            raise ResultsFileError(translate(
                "ResultsFile", "{name} is named like an Excel workbook but is not one").format(
                    name=name))
        from workbench.formats.excel import XlsxResultsSource

        return XlsxResultsSource(path, name)
    return CsvResultsSource(path, name)
