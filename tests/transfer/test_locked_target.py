"""An export onto a file that another program holds (Excel on Windows) says so in one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.cli import main


def _as_windows_does(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """Windows refuses to replace a file Excel has open: PermissionError (WinError 5)."""
    real_replace = os.replace

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if Path(target) == locked:
            raise PermissionError(13, "Access is denied", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("form", ["csv", "xlsx"])
def test_an_export_onto_a_file_open_in_excel_exits_2_and_keeps_the_file(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        store_path: Path, fixtures_dir: Path, tmp_path: Path, form: str) -> None:
    db = str(store_path)
    assert main(["--db", db, "-q", "import-results",
                 str(fixtures_dir / "clarity_batch8.csv")]) == 0
    target = tmp_path / f"results.{form}"
    target.write_bytes(b"the reviewer's open workbook")
    _as_windows_does(monkeypatch, target)
    capsys.readouterr()
    code = main(["--db", db, "-q", "export", "--format", form, "--out", str(target),
                 "--account", "MTurk archive"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (f"workbench: {target} is open in another program (Excel?) or read-only; "
                   "close it and export again\n")
    assert target.read_bytes() == b"the reviewer's open workbook"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")) == []


def test_an_export_into_a_folder_it_cannot_write_exits_2(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        store_path: Path, fixtures_dir: Path, tmp_path: Path) -> None:
    import tempfile

    db = str(store_path)
    assert main(["--db", db, "-q", "import-results",
                 str(fixtures_dir / "clarity_batch8.csv")]) == 0

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # as root, chmod would not stop us
    capsys.readouterr()
    code = main(["--db", db, "-q", "export", "--format", "csv", "--out",
                 str(tmp_path / "r.csv"), "--account", "MTurk archive"])
    assert code == 2
    assert capsys.readouterr().err == (
        f"workbench: cannot write in the folder {tmp_path}: Permission denied\n")
