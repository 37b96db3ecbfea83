"""Checks an Excel workbook before openpyxl parses any of it, so a hostile file costs nothing.

An .xlsx is a zip of XML parts. A zip bomb (a gigabyte of rows squeezed into a few
megabytes), one enormous cell, or XML entities that expand a billion times would each make
openpyxl run for minutes and take gigabytes. So first, from the zip's directory alone, the
declared sizes and compression ratios are checked (Python's zipfile never inflates a part
beyond its declared size, so the declaration is a real bound); then every XML part is
inflated once, in chunks of bounded size, to refuse a document type declaration (Excel
never writes one) and any run of text longer than a cell can be. Memory stays at a chunk.

The same pass notes which sheets hold formulas; for those, ``uncached_formulas`` finds the
cells whose formula has no saved value (a file written by a program that does not
calculate), which openpyxl would otherwise read as silently blank cells.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml.ElementTree import iterparse

from workbench.domain.text import translate

# Excel's own limits are far below these: a cell holds 32,767 characters (at most ~200 KB
# of escaped UTF-8); our largest export (a million rows) is under 2 GB of XML.
MAX_PARTS = 10_000
MAX_UNCOMPRESSED_BYTES = 4 * 1024**3
MAX_TOKEN_BYTES = 1024**2
# Real workbooks compress 5 to 15 times (even a sheet of one value repeated); bombs 300 to
# 1,000 times. Small parts are not held to it: a tiny, very regular part is harmless.
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024**2
CHUNK_BYTES = 1024**2
XML_SUFFIXES = (".xml", ".rels", ".vml")
_DTD_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
# The start of a formula element, with or without a namespace prefix.
_FORMULA_MARKS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ", b":f/")
_OVERLAP = 16
SHOWN_CELLS = 5
# What reading a malformed sheet raises (from the XML parser, or openpyxl on a bad value);
# catch the caller's own ValueError subclass before these.
XML_ERRORS: tuple[type[Exception], ...] = (ParseError, ValueError, KeyError, IndexError,
                                          TypeError)
# What opening a workbook that passed the check may still raise (a part it cannot parse).
UNREADABLE: tuple[type[Exception], ...] = (zipfile.BadZipFile, OSError, *XML_ERRORS)


class WorkbookRefused(ValueError):
    """A workbook that is unsafe or unreadable; the message says why in one line."""


@dataclass(frozen=True)
class WorkbookScan:
    """What the check found out about a safe workbook."""

    formula_parts: frozenset[str]


def _refused(name: str, reason: str) -> WorkbookRefused:
    return WorkbookRefused(translate(
        "Workbooks", "{name} was refused: {reason}").format(name=name, reason=reason))


def check_workbook(path: Path, name: str) -> WorkbookScan:
    """Refuse an unsafe workbook (WorkbookRefused); say which parts hold formulas."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            _check_sizes(parts, name)
            formulas = {part.filename for part in parts
                        if part.filename.lower().endswith(XML_SUFFIXES)
                        and _scan_part(archive, part, name)}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError,
            RuntimeError, NotImplementedError) as exc:
        # RuntimeError: an encrypted part; NotImplementedError: a compression zip lacks.
        raise WorkbookRefused(translate(
            "Workbooks", "{name} is not a readable Excel workbook ({reason})").format(
                name=name, reason=_first_line(exc))) from None
    return WorkbookScan(frozenset(formulas))


def _check_sizes(parts: list[zipfile.ZipInfo], name: str) -> None:
    if len(parts) > MAX_PARTS:
        raise _refused(name, translate(
            "Workbooks", "it has {count} parts; a workbook has a few dozen").format(
                count=f"{len(parts):,}"))
    total = sum(part.file_size for part in parts)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _refused(name, translate(
            "Workbooks", "it would unpack to {size} GB, more than {limit} GB").format(
                size=f"{total / 1024**3:,.1f}", limit=MAX_UNCOMPRESSED_BYTES // 1024**3))
    for part in parts:
        if part.file_size > RATIO_FLOOR_BYTES and \
                part.file_size > MAX_RATIO * max(1, part.compress_size):
            raise _refused(name, translate(
                "Workbooks", "its part {part} would unpack {ratio} times larger "
                "({size} MB), as a zip bomb does; real workbooks compress about 10 times").format(
                    part=part.filename[:80],
                    ratio=f"{part.file_size // max(1, part.compress_size):,}",
                    size=f"{part.file_size / 1024**2:,.0f}"))


def _scan_part(archive: zipfile.ZipFile, part: zipfile.ZipInfo, name: str) -> bool:
    """Inflate one XML part chunk by chunk; refuse a DTD or a giant token; True if formulas."""
    formulas = False
    tail = b""
    run = 0  # bytes since the last "<": the text (or tag) being read
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            window = tail + chunk
            if any(mark in window for mark in _DTD_MARKS):
                raise _refused(name, translate(
                    "Workbooks", "its part {part} declares XML entities (a document type), "
                    "which Excel never writes and which can hide a billion-laughs or file-"
                    "reading attack").format(part=part.filename[:80]))
            if not formulas and part.filename.startswith("xl/worksheets/"):
                formulas = any(mark in window for mark in _FORMULA_MARKS)
            # A run longer than a chunk spans a chunk boundary, so tracking runs across
            # boundaries finds every run of MAX_TOKEN_BYTES (>= CHUNK_BYTES) or more.
            first = chunk.find(b"<")
            if first < 0:
                run += len(chunk)
            else:
                run += first
                if run <= MAX_TOKEN_BYTES:
                    run = len(chunk) - chunk.rfind(b"<") - 1
            if run > MAX_TOKEN_BYTES:
                raise _refused(name, translate(
                    "Workbooks", "its part {part} holds a single value of more than {size} MB; "
                    "an Excel cell holds at most 32,767 characters").format(
                        part=part.filename[:80], size=MAX_TOKEN_BYTES // 1024**2))
            tail = window[-_OVERLAP:]
    return formulas


def worksheet_part(worksheet: Any) -> str | None:
    """The zip part of an openpyxl read-only worksheet (None if openpyxl hides it)."""
    part = getattr(worksheet, "_worksheet_path", None)
    return part.lstrip("/") if isinstance(part, str) else None


def check_formulas(path: Path, name: str, worksheet: Any, scan: WorkbookScan) -> None:
    """Refuse a sheet whose formulas have no saved values (they would read as blank)."""
    part = worksheet_part(worksheet)
    parts = [part] if part is not None else sorted(scan.formula_parts)
    for candidate in parts:
        if candidate not in scan.formula_parts:
            continue
        try:
            count, cells = uncached_formulas(path, candidate)
        except UNREADABLE as exc:
            raise WorkbookRefused(sheet_failure(name, worksheet.title, exc)) from None
        if count:
            shown = ", ".join(cells) + (", …" if count > len(cells) else "")
            raise WorkbookRefused(translate(
                "Workbooks", "{name}, sheet {sheet}: {count} formula cell(s) have no saved "
                "value ({cells}), so they would read as blank; the program that wrote the "
                "file does not calculate. Open it in Excel or LibreOffice, save it, and try "
                "again").format(name=name, sheet=repr(worksheet.title), count=f"{count:,}",
                                cells=shown))


def uncached_formulas(path: Path, part: str) -> tuple[int, list[str]]:
    """How many formula cells of a sheet part have no saved value, and the first few."""
    count = 0
    cells: list[str] = []
    with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
        for cell in _cells(stream):
            formula = _child(cell, "f")
            if formula is None:
                continue
            value = _child(cell, "v")
            kind = cell.get("t", "n")
            # An empty value is saved only for a formula whose result is empty text.
            saved = value is not None and (bool(value.text) or kind == "str")
            if not saved:
                count += 1
                if len(cells) < SHOWN_CELLS:
                    cells.append(str(cell.get("r") or "?"))
    return count, cells


def _cells(stream: Any) -> Iterator[Any]:
    """The <c> elements of a sheet, each dropped once read (memory stays at one row)."""
    sheet_data = None
    for event, element in iterparse(stream, events=("start", "end")):
        local = element.tag.rsplit("}", 1)[-1]
        if event == "start":
            if local == "sheetData":
                sheet_data = element
            continue
        if local == "c":
            yield element
        elif local == "row" and sheet_data is not None:
            sheet_data.clear()


def _child(element: Any, local: str) -> Any:
    for child in element:
        if child.tag.rsplit("}", 1)[-1] == local:
            return child
    return None


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def openpyxl_failure(name: str, error: BaseException) -> str:
    """openpyxl's refusal of a workbook, in one line (its own message takes three)."""
    text = _first_line(error)
    cause = error.__cause__ or error.__context__
    if "Unable to read workbook" in text and cause is not None:
        what = text.split("could not ", 1)[-1].split(" from ", 1)[0]
        return translate("Workbooks", "{name} is not a readable Excel workbook: could not "
                                      "{what} ({reason})").format(
            name=name, what=what, reason=_first_line(cause))
    return translate("Workbooks", "{name} is not a readable Excel workbook ({reason})").format(
        name=name, reason=text)


def sheet_failure(name: str, title: str, error: BaseException) -> str:
    """A sheet openpyxl could not read, in one line."""
    return translate("Workbooks", "{name}, sheet {sheet}, cannot be read ({reason})").format(
        name=name, sheet=repr(title), reason=_first_line(error))
