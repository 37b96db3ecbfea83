"""Input tables for publishing: one row per HIT, from CSV (any common encoding) or Excel."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from workbench.domain.text import translate
from workbench.formats.xlsx_guard import (
    UNREADABLE,
    XML_ERRORS,
    WorkbookRefused,
    WorkbookScan,
    check_formulas,
    check_workbook,
    openpyxl_failure,
    sheet_failure,
)

MAX_INPUT_BYTES = 200 * 1024 * 1024
ENCODINGS = ("utf-8-sig", "utf-16", "cp1252")
XLSX_MAGIC = b"PK\x03\x04"
# The old binary Excel format (and other OLE2 files such as .doc).
OLE2_MAGIC = b"\xd0\xcf\x11\xe0"
PROGRESS_EVERY = 5000

# Called now and then with (rows read, rows expected or 0, message); it may raise to stop.
ReadProgress = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, message: str) -> None:
    """Ignore progress."""


class InputFileError(ValueError):
    """An input file that cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class InputTable:
    """Column names and rows of text, as a template's ``${placeholders}`` will see them."""

    columns: list[str]
    rows: list[dict[str, str]]
    source: str = ""
    encoding: str = ""

    def __len__(self) -> int:
        return len(self.rows)


def _bomless_utf16(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when text looks like UTF-16 without a byte-order mark."""
    head = raw[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[:len(head) - len(head) % 2]
    if not head:
        return None
    # ASCII-heavy text in UTF-16 has a zero byte in every other position.
    even_zeros = head[0::2].count(0) / (len(head) / 2)
    odd_zeros = head[1::2].count(0) / (len(head) / 2)
    if odd_zeros > 0.4 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.4 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputFileError(translate(
                "InputFiles", "{name} starts like UTF-16 text but is not valid UTF-16; save it "
                "again as CSV UTF-8").format(name=name)) from None
    if b"\x00" in raw[:4096]:
        encoding = _bomless_utf16(raw)
        if encoding is not None:
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError:
                pass
        raise InputFileError(translate(
            "InputFiles", "{name} looks like a binary file, not CSV text").format(name=name))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1"), "latin-1"


def _clean_columns(header: Sequence[object], name: str) -> list[str]:
    columns = [str(c if c is not None else "").strip() for c in header]
    while columns and not columns[-1]:
        columns.pop()
    if not columns:
        raise InputFileError(translate(
            "InputFiles", "{name} has no header row").format(name=name))
    empty = [str(i + 1) for i, c in enumerate(columns) if not c]
    if empty:
        raise InputFileError(translate(
            "InputFiles", "{name}: column(s) {names} have no name in the header").format(
                name=name, names=', '.join(empty)))
    duplicates = sorted(c for c, n in Counter(columns).items() if n > 1)
    if duplicates:
        raise InputFileError(translate(
            "InputFiles", "{name}: duplicate column name(s): {names}").format(
                name=name, names=', '.join(duplicates)))
    return columns


def read_csv_text(text: str, name: str = "input", *,
                  progress: ReadProgress = _no_progress) -> InputTable:
    """Rows of CSV text, the delimiter (comma, semicolon or tab) sniffed from its start."""
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    # Lines are only an estimate of records (a quoted field may hold line breaks).
    expected = max(0, text.count("\n") - 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None or not any(field.strip() for field in header):
            raise InputFileError(translate(
                "InputFiles", "{name} is empty").format(name=name))
        columns = _clean_columns(header, name)
        rows: list[dict[str, str]] = []
        for record in reader:
            if not any(field.strip() for field in record):
                continue
            if len(record) > len(columns) and any(f.strip() for f in record[len(columns):]):
                raise InputFileError(
                    translate(
                        "InputFiles", "{name}, line {line}: {count} fields but the header "
                        "has {columns} columns").format(
                            name=name, line=reader.line_num, count=len(record),
                            columns=len(columns)))
            rows.append({c: (record[i] if i < len(record) else "")
                         for i, c in enumerate(columns)})
            if len(rows) % PROGRESS_EVERY == 0:
                progress(len(rows), max(expected, len(rows)), translate(
                    "InputFiles", "Reading {name}").format(name=name))
    except csv.Error as exc:
        raise InputFileError(translate(
            "InputFiles", "{name} is not valid CSV: {exc}").format(name=name, exc=exc)) from None
    if not rows:
        raise InputFileError(translate(
            "InputFiles", "{name} has a header but no rows").format(name=name))
    return InputTable(columns, rows, name)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@contextmanager
def _open_workbook(path: Path) -> Iterator[tuple[Any, WorkbookScan]]:
    """The workbook, read-only, once checked safe; opened from the file itself, so its name
    does not matter."""
    from openpyxl import load_workbook

    try:
        scan = check_workbook(path, path.name)
    except WorkbookRefused as exc:
        raise InputFileError(str(exc)) from None
    with path.open("rb") as stream:
        try:
            book = load_workbook(stream, read_only=True, data_only=True)
        except UNREADABLE as exc:
            raise InputFileError(openpyxl_failure(path.name, exc)) from None
        try:
            yield book, scan
        finally:
            book.close()


def list_sheets(path: str | Path) -> list[str]:
    """The sheet names of an Excel workbook, in order; [] for a CSV file."""
    path = Path(path)
    _check_file(path)
    with path.open("rb") as stream:
        head = stream.read(4)
    if head != XLSX_MAGIC:
        _refuse_unreadable(path, head)
        return []
    with _open_workbook(path) as (book, _scan):
        return list(book.sheetnames)


def read_excel(path: Path, sheet: str | None = None, *,
               progress: ReadProgress = _no_progress) -> InputTable:
    """Rows of one sheet (default: the first) of an .xlsx workbook, every cell as text."""
    with _open_workbook(path) as (book, scan):
        if sheet is not None and sheet not in book.sheetnames:
            raise InputFileError(translate(
                "InputFiles", "{name} has no sheet named {sheet} (sheets: {names})").format(
                    name=path.name, sheet=repr(sheet), names=', '.join(book.sheetnames)))
        worksheet = book[sheet] if sheet else book.worksheets[0]
        try:
            check_formulas(path, path.name, worksheet, scan)
        except WorkbookRefused as exc:
            raise InputFileError(str(exc)) from None
        try:
            columns, rows = _sheet_rows(worksheet, path.name, progress)
        except InputFileError:
            raise
        except XML_ERRORS as exc:
            raise InputFileError(sheet_failure(path.name, worksheet.title, exc)) from None
    if not rows:
        raise InputFileError(translate(
            "InputFiles", "{name} has a header but no rows").format(name=path.name))
    return InputTable(columns, rows, path.name, "xlsx")


def _sheet_rows(worksheet: Any, name: str, progress: ReadProgress
                ) -> tuple[list[str], list[dict[str, str]]]:
    """The columns of a sheet's header row and its rows as text, skipping empty rows."""
    expected = max(0, int(worksheet.max_row or 0) - 1)
    values = worksheet.iter_rows(values_only=True)
    header = next(values, None)
    if header is None:
        raise InputFileError(translate(
            "InputFiles", "{name}: the sheet {title} is empty").format(
                name=name, title=repr(worksheet.title)))
    columns = _clean_columns(header, name)
    rows = []
    for record in values:
        cells = [_cell_text(v) for v in record]
        if not any(c.strip() for c in cells):
            continue
        rows.append({c: (cells[i] if i < len(cells) else "") for i, c in enumerate(columns)})
        if len(rows) % PROGRESS_EVERY == 0:
            progress(len(rows), max(expected, len(rows)), translate(
                "InputFiles", "Reading {name}").format(name=name))
    return columns, rows


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise InputFileError(translate(
            "InputFiles", "{path} does not exist or is not a file").format(path=path))
    size = path.stat().st_size
    if size == 0:
        raise InputFileError(translate(
            "InputFiles", "{name} is empty").format(name=path.name))
    if size > MAX_INPUT_BYTES:
        raise InputFileError(translate(
            "InputFiles", "{name} is larger than {size} MB").format(
                name=path.name, size=MAX_INPUT_BYTES // 2 ** 20))


def _refuse_unreadable(path: Path, head: bytes) -> None:
    """Refuse, with the reason, a file that is neither CSV text nor an .xlsx workbook."""
    if head == OLE2_MAGIC:
        raise InputFileError(translate(
            "InputFiles", "{name} is an old-style Excel .xls file: open it in Excel and save it "
            "as .xlsx or CSV").format(name=path.name))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise InputFileError(translate(
            "InputFiles", "{name} is named like an Excel file but is not one").format(
                name=path.name))


def read_input_table(path: str | Path, *, sheet: str | None = None,
                     progress: ReadProgress = _no_progress) -> InputTable:
    """Read a CSV or Excel input file; any problem raises InputFileError with a clear reason.

    The file's content decides, not its name: an .xlsx workbook renamed .csv is read as the
    workbook it is.
    """
    path = Path(path)
    _check_file(path)
    with path.open("rb") as stream:
        head = stream.read(4)
    if head == XLSX_MAGIC:
        return read_excel(path, sheet, progress=progress)
    _refuse_unreadable(path, head)
    if sheet:
        raise InputFileError(translate(
            "InputFiles", "{name} is CSV text, which has no sheets (asked for {sheet})").format(
                name=path.name, sheet=repr(sheet)))
    text, encoding = _decode(path.read_bytes(), path.name)
    table = read_csv_text(text, path.name, progress=progress)
    return InputTable(table.columns, table.rows, path.name, encoding)
