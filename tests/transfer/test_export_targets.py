"""Where an export may go, and a disk that fills up (issue 16 §2).

Before: as root, `export --out /dev/full` printed "Wrote 60 assignment(s)" and replaced the
device node with a CSV file (the finished temporary file is renamed over the target); an
export onto a full disk printed a traceback (or, on /dev/full, claimed success). Now a
target that is not a regular file is refused in one line before anything is written, a
write that fails says why in one line with exit status 2, and no partial or temporary
file is left behind, from the command line and from the window.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.transfer.conftest import read_rows, table_counts
from workbench.cli import main
from workbench.services.context import Workbench

FORMATS = ("csv", "xlsx")


@pytest.fixture
def store(worked_local: tuple[Workbench, Any, Any, list[str]], store_path: Path) -> Path:
    """A store holding 8 submitted assignments (its workbench stays open, as a window's)."""
    return store_path


def export(capsys: pytest.CaptureFixture[str], store: Path, form: str, out: Path
           ) -> tuple[int, str, str]:
    code = main(["--db", str(store), "-q", "export", "--format", form, "--out", str(out)])
    got, err = capsys.readouterr()
    return code, got, err


def leftovers(folder: Path) -> list[str]:
    """Temporary files or folders an export might leave."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".export-", ".xlsx-")))


def kind(path: Path) -> str:
    mode = path.lstat().st_mode
    return ("link" if stat.S_ISLNK(mode) else "fifo" if stat.S_ISFIFO(mode) else
            "device" if stat.S_ISCHR(mode) else "folder" if stat.S_ISDIR(mode) else "file")


def targets(tmp_path: Path) -> Iterator[tuple[str, Path, str]]:
    """(name, target, words of the refusal) for each kind of place an export must not go."""
    folder = tmp_path / "a folder"
    folder.mkdir()
    yield "folder", folder, "is a folder"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    yield "fifo", fifo, "is a device, a pipe or a socket, not a file"
    link = tmp_path / "link-to-pipe"
    link.symlink_to(fifo)
    yield "link to a fifo", link, "is a device, a pipe or a socket"
    if os.geteuid() == 0:
        # A node of our own for /dev/full (character device 1, 7): what was replaced before.
        full = tmp_path / "full"
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        yield "/dev/full", full, "is a device, a pipe or a socket"


@pytest.mark.parametrize("form", FORMATS)
def test_a_target_that_is_not_a_regular_file_is_refused_and_kept(
        capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path, form: str) -> None:
    with Workbench.open(store) as wb:
        before = table_counts(wb, audit=True)
    for name, target, words in targets(tmp_path):
        was = kind(target)
        code, out, err = export(capsys, store, form, target)
        assert code == 2, (name, err)
        assert err.count("\n") == 1 and words in err and "Wrote" not in out, (name, err)
        assert kind(target) == was, name
        assert leftovers(tmp_path) == [] and leftovers(target.parent) == []
    with Workbench.open(store) as wb:
        assert table_counts(wb, audit=True) == before


def test_the_worker_csv_export_refuses_them_too(capsys: pytest.CaptureFixture[str],
                                               store: Path, tmp_path: Path) -> None:
    for name, target, words in targets(tmp_path):
        was = kind(target)
        code = main(["--db", str(store), "-q", "qualifications", "export", "--out", str(target)])
        _out, err = capsys.readouterr()
        assert code == 2 and err.count("\n") == 1 and words in err, (name, err)
        assert kind(target) == was and leftovers(tmp_path) == [], name
    good = tmp_path / "workers.csv"
    assert main(["--db", str(store), "-q", "qualifications", "export", "--out", str(good)]) == 0
    assert read_rows(good)[0][0] == "Worker ID"


def test_a_link_to_a_file_is_written_through(capsys: pytest.CaptureFixture[str], store: Path,
                                             tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    code, out, err = export(capsys, store, "csv", link)
    assert code == 0 and "Wrote 8 assignment(s)" in out, err
    assert kind(link) == "link" and kind(real) == "file"
    assert len(read_rows(real)[1]) == 8


def _limited_export(store: Path, form: str, out: Path, limit: int
                    ) -> subprocess.CompletedProcess[str]:
    """The command in a process that may write no file beyond ``limit`` bytes (as a full disk
    would refuse), with SIGXFSZ ignored so the write fails with an error instead of a kill."""
    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "workbench", "--db", str(store), "-q", "export",
                           "--format", form, "--out", str(out)], capture_output=True, text=True,
                          env=env, timeout=120, preexec_fn=limit_files)


@pytest.mark.parametrize("form", FORMATS)
def test_a_write_that_fails_is_one_line_and_leaves_nothing(store: Path, tmp_path: Path,
                                                           form: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"results.{form}"
    out.write_bytes(b"the previous export")
    done = _limited_export(store, form, out, limit=2048)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"could not write {out}: File too large; nothing was written" in done.stderr
    assert "Wrote" not in done.stdout
    assert sorted(p.name for p in folder.iterdir()) == [out.name]
    assert out.read_bytes() == b"the previous export"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, nearly full filesystem: a 64 KB tmpfs (needs root and permission to mount)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
            capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        with (mount / "filler").open("wb", buffering=0) as filler:
            try:
                while True:  # to the last byte: nothing more fits
                    filler.write(b"\0" * 4096)
            except OSError:
                pass
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)]).returncode != 0:
            subprocess.run(["umount", "--lazy", str(mount)], check=True)


@pytest.mark.parametrize("form", FORMATS)
def test_an_export_onto_a_full_disk(capsys: pytest.CaptureFixture[str], store: Path,
                                    full_disk: Path, form: str) -> None:
    out = full_disk / f"results.{form}"
    code, got, err = export(capsys, store, form, out)
    assert code == 2, err
    assert err == (f"workbench: could not write {out}: No space left on device; nothing was "
                   "written\n")
    assert "Wrote" not in got
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]


# -- the window --------------------------------------------------------------------------------

@pytest.fixture
def runner() -> Iterator[Any]:
    from workbench.models.tasks import TaskRunner

    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(wait=True)


def dialog_for(qtbot: Any, wb: Workbench, runner: Any) -> Any:
    from workbench.services.accounts import get_account
    from workbench.views.transfer import ExportDialog

    dialog = ExportDialog(wb, get_account(wb), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.count == 8, timeout=10_000)
    return dialog


def test_the_window_refuses_a_pipe_before_asking_to_replace_it(
        qtbot: Any, worked_local: tuple[Workbench, Any, Any, list[str]], runner: Any,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    wb = worked_local[0]
    dialog = dialog_for(qtbot, wb, runner)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    asked: list[Path] = []
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda path: asked.append(path) or True)
    dialog.csv_button.setChecked(True)
    dialog.path_edit.setText(str(fifo))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and asked == []
    assert "is a device, a pipe or a socket, not a file" in dialog.message.text()
    assert kind(fifo) == "fifo" and leftovers(tmp_path) == []


@pytest.mark.parametrize("form", FORMATS)
def test_the_window_shows_a_full_disk_and_leaves_no_file(
        qtbot: Any, worked_local: tuple[Workbench, Any, Any, list[str]], runner: Any,
        full_disk: Path, form: str, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    wb = worked_local[0]
    dialog = dialog_for(qtbot, wb, runner)
    (dialog.xlsx_button if form == "xlsx" else dialog.csv_button).setChecked(True)
    out = full_disk / f"results.{form}"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.report is None
    assert dialog.message.text() == (f"The export did not finish: could not write {out}: No "
                                     "space left on device; nothing was written")
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]
    dialog.grab().save(str(tmp_path / f"export-full-disk-{form}.png"))
