"""Hostile Excel files, as publishing input and as results to import (issue 16 §3).

Before: a 1.15 GB sheet zipped into 3 MB kept publishing busy for more than 400 s at 1.4 GB;
as an import it was refused only after 150 s; one 500 MB cell in a 0.5 MB workbook took
2.3 GB before the refusal; billion-laughs and XXE workbooks were refused with three lines
pointing at an exception never shown; formulas without saved values read as blank cells.
Now each is refused in one line before openpyxl parses anything (it is never even called).
"""

from __future__ import annotations

import base64
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from workbench.cli import main
from workbench.formats import excel
from workbench.formats.batch_csv_reader import ResultsFileError, open_results_file
from workbench.formats.inputs import InputFileError, read_input_table
from workbench.formats.xlsx_guard import MAX_TOKEN_BYTES, check_workbook, openpyxl_failure

SHEET = "xl/worksheets/sheet1.xml"
NS = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
RESULTS = ["HITId", "AssignmentId", "WorkerId", "Approve", "Reject"]


def workbook(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def rewrite(source: Path, target: Path, part: str,
            write: Callable[[zipfile.ZipFile, zipfile.ZipInfo], None], *,
            level: int = 1) -> Path:
    """A copy of ``source`` whose ``part`` is written by ``write``; the rest as it was."""
    with zipfile.ZipFile(source) as old, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as new:
        for info in old.infolist():
            if info.filename == part:
                write(new, info)
            else:
                new.writestr(info.filename, old.read(info.filename))
    return target


def replaced(source: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as old:
        data = change(old.read(part))
    return rewrite(source, target, part, lambda new, info: new.writestr(info.filename, data))


def streamed(source: Path, target: Path, head: bytes, body: bytes, times: int,
             tail: bytes) -> Path:
    def write(new: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        with new.open(info.filename, "w", force_zip64=True) as out:
            out.write(head)
            for _ in range(times):
                out.write(body)
            out.write(tail)
    return rewrite(source, target, SHEET, write)


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    return workbook(tmp_path / "plain.xlsx", [["text"], ["hello"]])


@pytest.fixture
def results(tmp_path: Path) -> Path:
    return workbook(tmp_path / "results.xlsx", [RESULTS, ["H1", "A1", "W1", "x", ""]],
                    title="Results")


@pytest.fixture
def never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl must not be reached: the refusal comes from the zip's directory and a scan."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl was asked to parse a hostile workbook")
    monkeypatch.setattr("openpyxl.load_workbook", refuse)
    monkeypatch.setattr(excel, "load_workbook", refuse)


def refused_both_ways(path: Path) -> tuple[str, str]:
    """The one-line reasons of publishing (input) and importing (results) the file."""
    with pytest.raises(InputFileError) as as_input:
        read_input_table(path)
    with pytest.raises(ResultsFileError) as as_results:
        open_results_file(path)
    for message in (str(as_input.value), str(as_results.value)):
        assert "\n" not in message and len(message) < 400, message
    return str(as_input.value), str(as_results.value)


def bomb(source: Path, tmp_path: Path) -> Path:
    """About 120 MB of rows in a file of under 1 MB (the hand-made one: 1.15 GB in 3.3 MB)."""
    row = b'<row><c t="inlineStr"><is><t>bomb</t></is></c></row>'
    return streamed(source, tmp_path / "bomb.xlsx", NS + b"<row><c t=\"inlineStr\"><is><t>"
                    b"text</t></is></c></row>", row * 20_000, 110, b"</sheetData></worksheet>")


def test_a_zip_bomb_is_refused_from_the_zip_directory(plain: Path, tmp_path: Path,
                                                      never_parsed: None) -> None:
    path = bomb(plain, tmp_path)
    assert path.stat().st_size < 1_500_000
    for message in refused_both_ways(path):
        assert "bomb.xlsx was refused" in message and "times larger" in message


def test_a_zip_bomb_as_publishing_input_exits_2_in_one_line(
        capsys: pytest.CaptureFixture[str], plain: Path, tmp_path: Path, store_path: Path,
        never_parsed: None) -> None:
    template = tmp_path / "task.html"
    template.write_text("<crowd-form><p>${text}</p><crowd-input name='x'></crowd-input>"
                        "</crowd-form>", encoding="utf-8")
    code = main(["--db", str(store_path), "-q", "publish", "--template", str(template),
                 "--input", str(bomb(plain, tmp_path)), "--title", "T", "--description", "D",
                 "--reward", "0.05", "--assignments", "1"])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "zip bomb" in err, err


def test_one_enormous_cell_is_refused(plain: Path, tmp_path: Path, never_parsed: None) -> None:
    # 64 MB of one letter: it squeezes a thousand times, as the 500 MB cell did.
    squeezed = streamed(plain, tmp_path / "cell.xlsx", NS + b'<row><c t="inlineStr"><is><t>',
                        b"A" * 1024**2, 64, b"</t></is></c></row></sheetData></worksheet>")
    for message in refused_both_ways(squeezed):
        assert "times larger" in message
    # Text that does not squeeze is caught while streaming: no value may pass a megabyte.
    noise = base64.b64encode(os.urandom(MAX_TOKEN_BYTES * 3 // 4))
    random = streamed(plain, tmp_path / "random.xlsx", NS + b'<row><c t="inlineStr"><is><t>',
                      noise, 3, b"</t></is></c></row></sheetData></worksheet>")
    for message in refused_both_ways(random):
        assert "holds a single value of more than 1 MB" in message


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
XXE = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize(("part", "prolog", "entity"), [
    (SHEET, LAUGHS, b"&lol3;"),
    (SHEET, XXE, b"&xxe;"),
    ("xl/workbook.xml", XXE, b""),
    ("xl/styles.xml", LAUGHS, b""),
])
def test_entities_are_refused_in_one_clear_line(plain: Path, tmp_path: Path, never_parsed: None,
                                                part: str, prolog: bytes,
                                                entity: bytes) -> None:
    def attack(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[-1]
        return prolog + (body.replace(b"hello", entity) if entity else body)

    path = replaced(plain, tmp_path / "entities.xlsx", part, attack)
    for message in refused_both_ways(path):
        assert f"its part {part} declares XML entities" in message
        assert "exception" not in message


def test_invalid_xml_is_explained_in_one_line(plain: Path, results: Path,
                                              tmp_path: Path) -> None:
    path = replaced(plain, tmp_path / "broken.xlsx", SHEET, lambda data: data[:-40])
    with pytest.raises(InputFileError, match=r"^broken.xlsx, sheet 'Sheet1', cannot be read "
                                             r"\(unclosed token: line 1, column \d+\)$"):
        read_input_table(path)
    path = replaced(results, tmp_path / "broken.xlsx", SHEET, lambda data: data[:-40])
    source = open_results_file(path)
    with pytest.raises(ResultsFileError, match=r"^broken.xlsx, sheet 'Results', cannot be read "
                                               r"\(unclosed token"):
        list(source.rows())
    source.close()
    path = replaced(plain, tmp_path / "broken.xlsx", "xl/workbook.xml", lambda data: data[:-9])
    for message in refused_both_ways(path):
        assert message.startswith("broken.xlsx is not a readable Excel workbook (unclosed token")


def test_openpyxl_s_three_line_refusal_becomes_one() -> None:
    try:
        try:
            raise ValueError("Forbidden entity")
        except ValueError as cause:
            raise ValueError("Unable to read workbook: could not read worksheets from x.xlsx.\n"
                             "This is most probably because the workbook source files contain "
                             "some invalid XML.\nPlease see the exception for more details."
                             ) from cause
    except ValueError as error:
        assert openpyxl_failure("x.xlsx", error) == (
            "x.xlsx is not a readable Excel workbook: could not read worksheets "
            "(Forbidden entity)")


def test_ten_thousand_parts_are_refused(plain: Path, tmp_path: Path, never_parsed: None) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        for number in range(10_001):
            new.writestr(f"xl/media/{number}.bin", b"")
    for message in refused_both_ways(path):
        assert "it has 10,0" in message and "parts; a workbook has a few dozen" in message


# -- formulas --------------------------------------------------------------------------------

def formulas(tmp_path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    """What openpyxl (and other non-calculating writers) save: formulas, no saved values."""
    return workbook(tmp_path / "formulas.xlsx", rows, title)


def test_formulas_without_saved_values_are_refused_naming_the_cells(tmp_path: Path) -> None:
    path = formulas(tmp_path, [["text", "length"], *[[f"row {i}", f"=LEN(A{i + 2})"]
                                                       for i in range(8)]], "Input")
    with pytest.raises(InputFileError) as refused:
        read_input_table(path)
    message = str(refused.value)
    assert message.startswith("formulas.xlsx, sheet 'Input': 8 formula cell(s) have no saved "
                              "value (B2, B3, B4, B5, B6, …)")
    assert "Open it in Excel or LibreOffice, save it" in message and "\n" not in message


def test_a_review_sheet_whose_decisions_are_formulas_is_refused(tmp_path: Path) -> None:
    path = formulas(tmp_path, [RESULTS, ["H1", "A1", "W1", '=IF(1=1,"x","")', ""]], "Results")
    with pytest.raises(ResultsFileError, match=r"sheet 'Results': 1 formula cell\(s\) have no "
                                               r"saved value \(D2\)"):
        open_results_file(path)


def test_formulas_with_saved_values_are_read(tmp_path: Path) -> None:
    path = formulas(tmp_path, [["text", "length", "note"], ["abc", "=LEN(A2)", '=""']])

    def calculated(data: bytes) -> bytes:
        # As Excel saves them: the number, and an empty text result typed as text.
        data = data.replace(b"<f>LEN(A2)</f><v></v>", b"<f>LEN(A2)</f><v>3</v>")
        data = data.replace(b"<f>LEN(A2)</f><v />", b"<f>LEN(A2)</f><v>3</v>")
        data = data.replace(b'<c r="C2"><f>""</f><v', b'<c r="C2" t="str"><f>""</f><v')
        return data

    saved = replaced(path, tmp_path / "saved.xlsx", SHEET, calculated)
    table = read_input_table(saved)
    assert table.rows == [{"text": "abc", "length": "3", "note": ""}]


def test_ordinary_workbooks_pass_the_check_quickly(tmp_path: Path) -> None:
    # The most repetitive real sheet: one value over and over (compresses ~14 times).
    path = workbook(tmp_path / "same.xlsx", [["a", "b"], *[["same value", 1]] * 20_000])
    scan = check_workbook(path, path.name)
    assert scan.formula_parts == frozenset()
    assert len(read_input_table(path).rows) == 20_000
