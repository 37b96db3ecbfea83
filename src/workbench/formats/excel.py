"""Excel workbooks: streamed out with typed cells, and review sheets read back in.

Writing uses XlsxWriter's constant-memory mode, so a sheet of a million rows goes to disk as
it is written and memory stays flat; reading uses openpyxl. Worker text is untrusted: it
never becomes a formula (it is stored as text with Excel's quote prefix), characters Excel
cannot hold are replaced, and text longer than a cell can hold is cut and counted.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple

from openpyxl import load_workbook
from xlsxwriter import Workbook as XlsxBook
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from workbench.domain.clock import PACIFIC, format_mturk_time
from workbench.domain.percent import display_decimals
from workbench.domain.text import translate
from workbench.formats.batch_csv_reader import (
    ResultRow,
    ResultsFileError,
    RowParser,
    classify_header,
)
from workbench.formats.xlsx_guard import (
    UNREADABLE,
    XML_ERRORS,
    WorkbookRefused,
    check_formulas,
    check_workbook,
    openpyxl_failure,
    sheet_failure,
)

CellKind = Literal["text", "auto", "int", "number", "money", "time", "percent", "any"]

EXCEL_CELL_LIMIT = 32_767
EXCEL_MAX_ROWS = 1_048_576  # a sheet's rows, the header row included
EXCEL_MAX_COLUMNS = 16_384
MONEY_FORMAT = '"$"#,##0.00'
# An own-workforce account's amounts are in its own currency (domain.currency).
MONEY_FORMATS = {"USD": MONEY_FORMAT, "EUR": '"€"#,##0.00', "GBP": '"£"#,##0.00'}
PERCENT_FORMAT = "0%"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
RESULTS_SHEET = "Results"
WIDTH_SAMPLE_ROWS = 200
MIN_WIDTH, MAX_WIDTH = 8, 60
TRUNCATION_MARK = " …[cut: longer than an Excel cell holds]"

_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$")
# Text that is exactly how Python writes a number, so typing it loses nothing ("0012" and
# "4.50" stay text; "12" and "4.5" become numbers).
_CANONICAL_INT = re.compile(r"^-?(0|[1-9]\d{0,14})$")
_CANONICAL_FLOAT = re.compile(r"^-?(0|[1-9]\d{0,14})\.\d{1,15}$")


@dataclass(frozen=True)
class Money:
    """An amount in cents, written as a currency cell."""

    cents: int


@dataclass(frozen=True)
class Percent:
    """A share between 0 and 1, written as a percentage cell (``decimals`` at least)."""

    share: float
    decimals: int = 0


@dataclass(frozen=True)
class SheetColumn:
    """One column of a sheet: its header, the kind of cell it holds, and an optional width."""

    name: str
    kind: CellKind = "text"
    width: float | None = None


def excel_time(value: datetime) -> datetime:
    """A UTC timestamp as the naive US Pacific time Excel shows (as MTurk's CSV does)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(PACIFIC).replace(tzinfo=None)


def typed_text(value: str) -> str | int | float | bool:
    """Worker or input text as the number or boolean it plainly is, else unchanged."""
    if not value:
        return value
    first = value[0]
    if first.isdigit() or first == "-":
        if _CANONICAL_INT.match(value):
            return int(value)
        if _CANONICAL_FLOAT.match(value):
            number = float(value)
            if repr(number) == value:
                return number
        return value
    if value == "true":
        return True
    if value == "false":
        return False
    return value


class ExcelLimitError(ValueError):
    """A sheet would hold more rows or columns than Excel can open."""


class _Styled(NamedTuple):
    """A value written with a cell format (currency, percentage, quoted text)."""

    value: Any
    format: Format


class ExcelSheet:
    """A streamed sheet: header row frozen, autofilter, widths from the first rows."""

    def __init__(self, book: ExcelWorkbook, title: str, columns: Sequence[SheetColumn],
                 sample: Sequence[Sequence[object]] = ()) -> None:
        self.book = book
        self.title = title
        self.columns = list(columns)
        if len(self.columns) > EXCEL_MAX_COLUMNS:
            raise ExcelLimitError(translate(
                "Excel", "The sheet {title} would have {count} columns; Excel opens at most "
                "{limit}. Export CSV instead.").format(
                    title=title, count=len(self.columns), limit=EXCEL_MAX_COLUMNS))
        self.rows = 0
        self._sheet: Worksheet = book.book.add_worksheet(title)
        # XlsxWriter's public write_* methods only wrap these in A1-notation parsing; rows and
        # columns here are always numbers, and at millions of cells the wrapper's two extra
        # calls per cell cost several percent of an export. The public ones stand in if the
        # private ones are ever renamed.
        sheet = self._sheet
        self._write_string = getattr(sheet, "_write_string", sheet.write_string)
        self._write_number = getattr(sheet, "_write_number", sheet.write_number)
        self._write_boolean = getattr(sheet, "_write_boolean", sheet.write_boolean)
        self._write_datetime = getattr(sheet, "_write_datetime", sheet.write_datetime)
        self._time_format = book.format("time")
        self._convert: list[Callable[[Any], Any]] = [self._converter(c.kind) for c in columns]
        # Answers, titles and statuses repeat from row to row: each text is converted once.
        self._plain: dict[str, Any] = {}
        self._typed: dict[str, Any] = {}
        self.widths: list[float] = []
        for index, column in enumerate(self.columns):
            width = column.width or _width(column, [row[index] for row in sample
                                                    if index < len(row)])
            self.widths.append(width)
            self._sheet.set_column(index, index, width)
        self._sheet.freeze_panes(1, 0)
        for index, column in enumerate(self.columns):
            name = self._text(column.name)  # a column named by a file is untrusted text too
            if isinstance(name, _Styled):
                self._sheet.write_string(0, index, name.value, book.format("header_quoted"))
            else:
                self._sheet.write_string(0, index, name, book.format("header"))

    def append(self, values: Sequence[object]) -> None:
        """Write one row; values are converted to typed cells by their column's kind."""
        if self.rows + 1 >= EXCEL_MAX_ROWS:
            # XlsxWriter would drop the row without a word; a file missing rows is worse
            # than no file.
            raise ExcelLimitError(translate(
                "Excel", "The sheet {title} would have more than {limit} rows, more than "
                "Excel opens. Narrow the filters or export CSV.").format(
                    title=self.title, limit=EXCEL_MAX_ROWS - 1))
        self.rows += 1
        row = self.rows
        convert = self._convert
        string, number, boolean = self._write_string, self._write_number, self._write_boolean
        for column, value in enumerate(values):
            if value is None or value == "":
                continue
            cell = convert[column](value)
            kind = type(cell)
            if kind is str:
                string(row, column, cell)
            elif kind is int or kind is float:
                number(row, column, cell)
            elif kind is bool:
                boolean(row, column, cell)
            elif kind is _Styled:
                if type(cell.value) is str:
                    string(row, column, cell.value, cell.format)
                else:
                    number(row, column, cell.value, cell.format)
            elif isinstance(cell, date):
                self._write_datetime(row, column, cell, self._time_format)
            else:
                string(row, column, str(cell))

    def finish(self) -> None:
        self._sheet.autofilter(0, 0, self.rows, max(0, len(self.columns) - 1))

    # -- cells ------------------------------------------------------------------------------

    def _converter(self, kind: CellKind) -> Callable[[Any], Any]:
        return {
            "text": self._text, "auto": self._auto, "int": self._integer, "number": self._number,
            "money": self._money, "time": _time, "percent": self._percent, "any": self._any,
        }[kind]

    def _text(self, value: Any) -> Any:
        if isinstance(value, str):
            known = self._plain.get(value)
            if known is not None:
                if type(known) is _Styled:
                    self.book.neutralised_cells += 1
                return known
        text = value if isinstance(value, str) else str(value)
        if _ILLEGAL.search(text):
            text = _ILLEGAL.sub("\ufffd", text)
        if len(text) > EXCEL_CELL_LIMIT:
            self.book.truncated_cells += 1
            text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
        converted: Any = text
        if text.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.match(text):
            # Stored as text with Excel's quote prefix: shown as typed, never run.
            converted = _Styled(text, self.book.format("quoted"))
            self.book.neutralised_cells += 1
        _remember(self._plain, value, converted)
        return converted

    def _auto(self, value: Any) -> Any:
        if isinstance(value, str):
            known = self._typed.get(value)
            if known is not None:
                return known
            typed = typed_text(value)
            converted = self._text(value) if isinstance(typed, str) else typed
            if type(converted) is not _Styled:
                _remember(self._typed, value, converted)
            return converted
        return self._any(value)

    def _integer(self, value: Any) -> Any:
        if isinstance(value, int):
            return value
        text = str(value).strip()
        return int(text) if _CANONICAL_INT.match(text) else self._text(value)

    def _number(self, value: Any) -> Any:
        return value if isinstance(value, int | float) else self._auto(str(value))

    def _money(self, value: Any) -> Any:
        cents = value.cents if isinstance(value, Money) else int(value)
        return _Styled(cents / 100, self.book.format("money"))

    def _percent(self, value: Any) -> Any:
        share = value.share if isinstance(value, Percent) else float(value)
        decimals = value.decimals if isinstance(value, Percent) else 0
        # Excel rounds what it shows: 599 of 600 in "0%" would read 100%.
        places = display_decimals(share, decimals) if 0 < share < 1 else decimals
        return _Styled(share, self.book.format("percent" if places == 0 else
                                               f"percent{places}"))

    def _any(self, value: Any) -> Any:
        if isinstance(value, Money):
            return self._money(value)
        if isinstance(value, Percent):
            return self._percent(value)
        if isinstance(value, datetime):
            return _time(value)
        if isinstance(value, bool | int | float):
            return value
        return self._text(value)


def _remember(cache: dict[str, Any], value: object, converted: object) -> None:
    if isinstance(value, str) and len(value) <= 200:
        if len(cache) >= 20_000:
            cache.clear()
        cache[value] = converted


def _time(value: Any) -> Any:
    return excel_time(value) if isinstance(value, datetime) else value


def _width(column: SheetColumn, sample: Sequence[object]) -> float:
    if column.kind == "time":
        return 20
    if column.kind == "money":
        return max(10, len(column.name) + 3)
    longest = len(column.name) + 3  # room for the autofilter button
    for value in sample:
        if value is None:
            continue
        text = str(value.cents / 100) if isinstance(value, Money) else str(value)
        longest = max(longest, min(len(text.split("\n", 1)[0]), MAX_WIDTH) + 2)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest)))


_FORMATS: dict[str, dict[str, Any]] = {
    "header": {"bold": True, "bg_color": "#DDE4EE", "valign": "top"},
    "header_quoted": {"bold": True, "bg_color": "#DDE4EE", "valign": "top",
                      "quote_prefix": True},
    "quoted": {"quote_prefix": True},
    "money": {"num_format": MONEY_FORMAT},
    "percent": {"num_format": PERCENT_FORMAT},
    "time": {"num_format": TIME_FORMAT},
}


class ExcelWorkbook:
    """A workbook streamed to ``path``: rows go to temporary files, assembled on save.

    XlsxWriter's constant-memory mode writes each row as it comes, so memory stays flat
    however many rows there are; it writes typed cells about twice as fast as openpyxl's
    write-only mode (benchmarks/bench_export_xlsx.py). Reading stays with openpyxl.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        # XlsxWriter's row files and parts go to a folder of our own beside the workbook: on
        # the disk the workbook needs anyway, and removed whole however writing ends.
        self.parts = Path(tempfile.mkdtemp(prefix=".xlsx-parts-", dir=self.path.parent))
        self.book = XlsxBook(str(self.path), {
            "constant_memory": True, "tmpdir": str(self.parts),
            # Only typed writes are used; these keep any text from being reinterpreted.
            "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False, "nan_inf_to_errors": True, "remove_timezone": True,
        })
        self.sheets: list[ExcelSheet] = []
        self.truncated_cells = 0
        self.neutralised_cells = 0
        # The currency of every money cell (set before the first one is written).
        self.currency = "USD"
        self._formats: dict[str, Format] = {}

    def format(self, name: str) -> Format:
        """One of the workbook's cell formats (made once, shared by every cell)."""
        found = self._formats.get(name)
        if found is None:
            spec = _FORMATS.get(name)
            if spec is None and name.startswith("percent"):  # "percent2": two decimals
                spec = {"num_format": "0." + "0" * int(name[7:]) + "%"}
            if name == "money":
                spec = {"num_format": MONEY_FORMATS.get(self.currency, MONEY_FORMAT)}
            found = self._formats[name] = self.book.add_format(spec)
        return found

    def add_sheet(self, title: str, columns: Sequence[SheetColumn],
                  sample: Sequence[Sequence[object]] = ()) -> ExcelSheet:
        """A new sheet; ``sample`` rows (not written) size the columns."""
        sheet = ExcelSheet(self, title, columns, sample)
        self.sheets.append(sheet)
        return sheet

    def save(self) -> None:
        """Assemble the workbook; a write that fails (a full disk) raises its OSError."""
        for sheet in self.sheets:
            sheet.finish()
        try:
            self.book.close()
        except FileCreateError as error:
            cause = error.args[0] if error.args else None
            raise cause if isinstance(cause, OSError) else OSError(str(error)) from None
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the temporary files (after saving, or when giving up)."""
        for sheet in self.book.worksheets():
            stream = getattr(sheet, "row_data_fh", None)
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.close()
        shutil.rmtree(self.parts, ignore_errors=True)


# -- reading a review sheet back --------------------------------------------------------------

def _cell_text(value: object, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        local = value.replace(tzinfo=PACIFIC) if value.tzinfo is None else value
        return format_mturk_time(local)
    if isinstance(value, float):
        if column == "Reward":
            return f"{value:.2f}"
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


class XlsxResultsSource:
    """A workbook's Results sheet (or its first sheet) read as batch results."""

    kind = "xlsx"
    encoding = "xlsx"

    def __init__(self, path: Path, name: str) -> None:
        self.path = path
        self.name = name
        try:
            scan = check_workbook(path, name)
        except WorkbookRefused as exc:
            raise ResultsFileError(str(exc)) from None
        try:
            self._book = load_workbook(path, read_only=True, data_only=True)
        except UNREADABLE as exc:
            raise ResultsFileError(openpyxl_failure(name, exc)) from None
        try:
            names = self._book.sheetnames
            self._sheet = self._book[RESULTS_SHEET if RESULTS_SHEET in names else names[0]]
            try:
                check_formulas(path, name, self._sheet, scan)
            except WorkbookRefused as exc:
                raise ResultsFileError(str(exc)) from None
            self._values = self._sheet.iter_rows(values_only=True)
            header = self._next_values()
            if header is None:
                raise ResultsFileError(translate(
                    "ResultsFile", "{name}: the sheet {title} is empty").format(
                        name=name, title=repr(self._sheet.title)))
            self.header = classify_header(header, translate(
                "ResultsFile", "{name} (sheet {title})").format(name=name, title=self._sheet.title))
        except BaseException:
            self._book.close()
            raise
        self.size = int(self._sheet.max_row or 0)
        self._position = 0

    @property
    def position(self) -> int:
        return self._position

    def _next_values(self) -> tuple[object, ...] | None:
        """The sheet's next row of values; a malformed sheet is a ResultsFileError."""
        try:
            return next(self._values, None)
        except ResultsFileError:
            raise
        except XML_ERRORS as exc:
            raise ResultsFileError(sheet_failure(self.name, self._sheet.title, exc)) from None

    def rows(self) -> Iterator[ResultRow]:
        parser = RowParser(self.header, self.name, quoted_formulas=False)
        names = self.header.names
        line = 1
        while (values := self._next_values()) is not None:
            line += 1
            self._position = line
            cells = [_cell_text(v, names[i] if i < len(names) else "")
                     for i, v in enumerate(values)]
            row = parser.parse(cells, line)
            if row is not None:
                yield row

    def close(self) -> None:
        self._book.close()
