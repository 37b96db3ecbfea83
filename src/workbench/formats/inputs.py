"""Input tables for publishing: one row per HIT, from CSV (any common encoding) or Excel."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

MAX_INPUT_BYTES = 200 * 1024 * 1024
ENCODINGS = ("utf-8-sig", "utf-16", "cp1252")
XLSX_MAGIC = b"PK\x03\x04"


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


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    if b"\x00" in raw[:4096]:
        raise InputFileError(f"{name} looks like a binary file, not CSV text")
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
        raise InputFileError(f"{name} has no header row")
    empty = [str(i + 1) for i, c in enumerate(columns) if not c]
    if empty:
        raise InputFileError(f"{name}: column(s) {', '.join(empty)} have no name in the header")
    duplicates = sorted(c for c, n in Counter(columns).items() if n > 1)
    if duplicates:
        raise InputFileError(f"{name}: duplicate column name(s): {', '.join(duplicates)}")
    return columns


def read_csv_text(text: str, name: str = "input") -> InputTable:
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputFileError(f"{name} is not valid CSV: {exc}") from None
    if not records:
        raise InputFileError(f"{name} is empty")
    columns = _clean_columns(records[0], name)
    rows: list[dict[str, str]] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(field.strip() for field in record):
            continue
        if len(record) > len(columns) and any(f.strip() for f in record[len(columns):]):
            raise InputFileError(
                f"{name}, line {number}: {len(record)} fields but the header has "
                f"{len(columns)} columns")
        rows.append({c: (record[i] if i < len(record) else "") for i, c in enumerate(columns)})
    if not rows:
        raise InputFileError(f"{name} has a header but no rows")
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


def read_excel(path: Path, sheet: str | None = None) -> InputTable:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputFileError(f"{path.name} is not a readable Excel workbook ({exc})") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise InputFileError(f"{path.name} has no sheet named {sheet!r} "
                                 f"(sheets: {', '.join(book.sheetnames)})")
        worksheet = book[sheet] if sheet else book.worksheets[0]
        values = worksheet.iter_rows(values_only=True)
        header = next(values, None)
        if header is None:
            raise InputFileError(f"{path.name}: the sheet {worksheet.title!r} is empty")
        columns = _clean_columns(header, path.name)
        rows = []
        for record in values:
            cells = [_cell_text(v) for v in record]
            if not any(c.strip() for c in cells):
                continue
            rows.append({c: (cells[i] if i < len(cells) else "") for i, c in enumerate(columns)})
    finally:
        book.close()
    if not rows:
        raise InputFileError(f"{path.name} has a header but no rows")
    return InputTable(columns, rows, path.name, "xlsx")


def read_input_table(path: str | Path, *, sheet: str | None = None) -> InputTable:
    """Read a CSV or Excel input file; any problem raises InputFileError with a clear reason."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(f"{path} does not exist or is not a file")
    size = path.stat().st_size
    if size == 0:
        raise InputFileError(f"{path.name} is empty")
    if size > MAX_INPUT_BYTES:
        raise InputFileError(f"{path.name} is larger than {MAX_INPUT_BYTES // 2**20} MB")
    with path.open("rb") as stream:
        head = stream.read(4)
    if head == XLSX_MAGIC or path.suffix.lower() in (".xlsx", ".xlsm"):
        if head != XLSX_MAGIC:
            raise InputFileError(f"{path.name} is named like an Excel file but is not one")
        return read_excel(path, sheet)
    text, encoding = _decode(path.read_bytes(), path.name)
    table = read_csv_text(text, path.name)
    return InputTable(table.columns, table.rows, path.name, encoding)
