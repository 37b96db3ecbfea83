"""Input files: any common encoding, Excel by content not by name, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from workbench.formats.inputs import InputFileError, list_sheets, read_input_table

ROWS = [["product", "review"], ["Café Crème", "Très bien — 5★"], ["Größe", "naïve, “quoted”"]]


def write_csv(path: Path, encoding: str) -> Path:
    text = "\r\n".join(",".join(f'"{c}"' for c in row) for row in ROWS) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ","), ("utf-8-sig", ","), ("utf-16", "\t"), ("utf-16-le", ","),
    ("utf-16-be", ";"), ("cp1252", ";"),
])
def test_csv_in_any_common_encoding_reads_the_same(tmp_path: Path, encoding: str,
                                                    delimiter: str) -> None:
    # Windows-1252 has no ★ (Excel writes "?" there); every other character survives.
    star = "?" if encoding == "cp1252" else "★"
    rows = [[c.replace("★", star) for c in row] for row in ROWS]
    text = "\r\n".join(delimiter.join(f'"{c}"' for c in row) for row in rows) + "\r\n"
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode(encoding))
    table = read_input_table(path)
    assert table.columns == ["product", "review"]
    assert table.rows == [{"product": "Café Crème", "review": f"Très bien — 5{star}"},
                          {"product": "Größe", "review": "naïve, “quoted”"}]


def test_excel_first_sheet_or_a_named_one_and_the_sheet_list(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "in.xlsx", {
        "Notes": [["note"], ["ignore me"]],
        "Reviews": [["product", "stars", "when"], ["Mug", 5, None], [None, None, None],
                    ["Lamp", 3.0, "2026-11-02"]]})
    assert list_sheets(path) == ["Notes", "Reviews"]
    assert read_input_table(path).rows == [{"note": "ignore me"}]
    table = read_input_table(path, sheet="Reviews")
    assert table.rows == [{"product": "Mug", "stars": "5", "when": ""},
                          {"product": "Lamp", "stars": "3", "when": "2026-11-02"}]
    with pytest.raises(InputFileError, match=r"no sheet named 'Other'.*Notes, Reviews"):
        read_input_table(path, sheet="Other")


def test_an_excel_file_renamed_csv_is_read_as_the_workbook_it_is(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "in.xlsx", {"S": [["a"], ["1"]]})
    renamed = path.rename(tmp_path / "rows.csv")
    assert read_input_table(renamed).rows == [{"a": "1"}]
    assert list_sheets(renamed) == ["S"]


@pytest.mark.parametrize(("content", "name", "message"), [
    (b"", "empty.csv", "is empty"),
    (b"\n\n", "blank.csv", "is empty"),
    (b"product,review\r\n", "header.csv", "header but no rows"),
    (b"a,a\r\n1,2\r\n", "dupes.csv", "duplicate column name"),
    (b"a,\r\n1,2\r\n", "noname.csv", "column"),
    (b"a,b\r\n1,2,3\r\n", "ragged.csv", "line 2: 3 fields"),
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 600, "old.xls", "old-style Excel .xls"),
    (b"\xd0\xcf\x11\xe0" + b"\x00" * 600, "renamed.csv", "old-style Excel .xls"),
    (b"PK\x03\x04not really a zip", "broken.xlsx", "not a readable Excel workbook"),
    (b"plain text", "fake.xlsx", "named like an Excel file"),
    (b"\x00\x01\x02\x03\xff\xfe\x00\x00binary", "blob.csv", "binary file"),
])
def test_bad_input_files_are_refused_with_a_clear_reason(tmp_path: Path, content: bytes,
                                                          name: str, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=message):
        read_input_table(path)


def test_a_missing_file_and_a_sheet_asked_of_csv_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="does not exist"):
        read_input_table(tmp_path / "nowhere.csv")
    path = write_csv(tmp_path / "in.csv", "utf-8")
    with pytest.raises(InputFileError, match="has no sheets"):
        read_input_table(path, sheet="Sheet1")


def test_reading_reports_progress_and_can_be_stopped(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("n\n" + "\n".join(str(i) for i in range(12_000)), encoding="utf-8")
    seen: list[int] = []
    table = read_input_table(path, progress=lambda done, total, _m: seen.append(done))
    assert len(table.rows) == 12_000 and seen == [5000, 10_000]

    class Stop(Exception):
        pass

    def stop(done: int, total: int, message: str) -> None:
        raise Stop()

    with pytest.raises(Stop):
        read_input_table(path, progress=stop)
