"""`workbench publish` says what the wizard says: empty cells per column, and a reward with a
third decimal refused (never rounded)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    template = tmp_path / "task.html"
    template.write_text("<img src='${image_url}'><p>${caption}</p><form><input name='label'>"
                        "</form>", encoding="utf-8")
    rows = tmp_path / "rows.csv"
    lines = ["image_url,caption"] + [
        f"{'' if n in (4, 9, 17) else f'https://example.org/{n}.jpg'},Straße {n}"
        for n in range(1, 21)]
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return template, rows


def publish(store_path: Path, files: tuple[Path, Path], reward: str) -> list[str]:
    return ["--db", str(store_path), "-q", "publish", "--template", str(files[0]), "--input",
            str(files[1]), "--title", "Caption", "--description", "Check the caption",
            "--reward", reward, "--assignments", "1", "--dry-run"]


def test_empty_cells_are_named_per_column(capsys: pytest.CaptureFixture[str], store_path: Path,
                                          files: tuple[Path, Path]) -> None:
    code, _out, err = run(capsys, *publish(store_path, files, "0.05"))
    assert code == 0
    assert "warning: Column 'image_url' is empty in 3 rows (rows 4, 9, 17)" in err


def test_a_third_decimal_is_refused_as_in_the_wizard(capsys: pytest.CaptureFixture[str],
                                                     store_path: Path,
                                                     files: tuple[Path, Path]) -> None:
    code, _out, err = run(capsys, *publish(store_path, files, "0.051"))
    assert code == 2 and "at most two decimals" in err
