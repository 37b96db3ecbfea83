"""The window's first start never aborts: what is missing is said in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import gui

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and ldd")


@linux_only
def test_a_display_with_no_server_is_said_in_one_line_not_an_abort(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",
                                                            "WAYLAND_DISPLAY")}
    env["DISPLAY"] = ":93"  # no X server listens there
    done = subprocess.run([sys.executable, "-m", "workbench", "--db", str(tmp_path / "s.db")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "DISPLAY=:93 points at no X server" in done.stderr


@linux_only
def test_missing_system_libraries_are_named_with_their_packages(tmp_path: Path) -> None:
    # A real shared object whose library is gone: ldd reports it as not found.
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        pytest.skip("no C compiler to build the probe library")
    (tmp_path / "gone.c").write_text("int gone(void) { return 1; }\n")
    (tmp_path / "user.c").write_text("int gone(void); int user(void) { return gone(); }\n")
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(tmp_path / "libworkbench-gone.so.1"),
                    "-Wl,-soname,libworkbench-gone.so.1", str(tmp_path / "gone.c")], check=True)
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(tmp_path / "libuser.so"),
                    str(tmp_path / "user.c"), str(tmp_path / "libworkbench-gone.so.1")],
                   check=True)
    (tmp_path / "libworkbench-gone.so.1").unlink()
    assert gui.missing_libraries([tmp_path / "libuser.so"]) == ["libworkbench-gone.so.1"]
    debian, fedora = gui.packages_for(["libxcb-cursor.so.0", "libEGL.so.1"])
    assert debian == ["libxcb-cursor0", "libegl1"]
    assert fedora == ["xcb-util-cursor", "libglvnd-egl"]


@linux_only
def test_the_libraries_problem_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gui, "missing_libraries",
                        lambda binaries: ["libxcb-icccm.so.4", "libxkbcommon-x11.so.0"])
    problem = gui.libraries_problem("xcb")
    assert problem is not None
    assert "sudo apt install libxcb-icccm4 libxkbcommon-x11-0" in problem
    assert "sudo dnf install xcb-util-wm libxkbcommon-x11" in problem
    monkeypatch.setattr(gui, "missing_libraries", lambda binaries: [])
    assert gui.libraries_problem("xcb") is None


def test_x_display_addresses_are_read_as_x_does() -> None:
    assert not gui.x_server_reachable(":94")
    assert not gui.x_server_reachable("127.0.0.1:94", timeout=0.2)
    assert gui.x_server_reachable("something-else")  # unknown form: Qt judges it


def test_a_missing_library_at_import_is_one_line_with_its_packages() -> None:
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    problem = gui.import_problem(error)
    assert "libEGL.so.1" in problem and "sudo apt install libegl1" in problem
    assert "sudo dnf install libglvnd-egl" in problem and "\n" not in problem
    other = gui.import_problem(ImportError("No module named 'PySide6.QtWebEngineCore'"))
    assert other.startswith("the window cannot start: No module named") and "\n" not in other


@linux_only
def test_without_opengl_the_window_says_what_to_install_not_a_traceback(tmp_path: Path) -> None:
    # Qt's GUI module loads libEGL and libGL: a Python that cannot load it (here: a
    # PySide6.QtGui that fails as it does without libEGL) gets one line, exit 2.
    shim = tmp_path / "shim"
    (shim / "PySide6").mkdir(parents=True)
    import PySide6

    real = Path(PySide6.__file__).parent
    (shim / "PySide6" / "__init__.py").write_text(
        f"__path__ = [{str(shim / 'PySide6')!r}, {str(real)!r}]\n"
        f"__version__ = {PySide6.__version__!r}\n")
    (shim / "PySide6" / "QtGui.py").write_text(
        "raise ImportError('libEGL.so.1: cannot open shared object file: "
        "No such file or directory')\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(shim), *sys.path])}
    done = subprocess.run([sys.executable, "-m", "workbench", "--db", str(tmp_path / "s.db")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "libEGL.so.1" in done.stderr and "sudo apt install libegl1" in done.stderr


# -- files named on the command line (the desktop entry's Exec=requester-workbench %F) ----

def test_files_on_the_command_line_go_to_the_window(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench import cli

    sheet = tmp_path / "Batch results.csv"
    sheet.write_text("HITId\n", encoding="utf-8")
    book = tmp_path / "review.xlsx"
    book.write_bytes(b"")
    opened: list[tuple[str | None, list[str] | None]] = []
    monkeypatch.setattr(gui, "launch_window", lambda db, smoke_test=False, files=None:
                        opened.append((db, files)) or 0)
    db = str(tmp_path / "s.db")
    assert cli.main(["--db", db, str(sheet), str(book)]) == 0
    assert opened == [(db, [str(sheet), str(book)])]
    # Option values are not files, and options may follow the files.
    assert cli.main([str(sheet), "--db", db]) == 0
    assert opened[-1] == (db, [str(sheet)])
    assert cli.main(["--db", db, "--", str(sheet)]) == 0
    assert opened[-1] == (db, [str(sheet)])


def test_a_missing_file_or_a_file_after_a_command_exits_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workbench import cli

    db = str(tmp_path / "s.db")
    assert cli.main(["--db", db, str(tmp_path / "gone.csv")]) == 2
    assert capsys.readouterr().err == f"workbench: no such file to import: {tmp_path}/gone.csv\n"
    # A misspelt command stays argparse's error, exit 2.
    assert cli.main(["--db", db, "hitz"]) == 2
    assert "invalid choice: 'hitz'" in capsys.readouterr().err


def test_commands_are_not_taken_for_files(tmp_path: Path) -> None:
    from workbench import cli

    parser = cli.build_parser()
    (tmp_path / "demo").write_text("")  # a file named like a command is still the command
    assert cli.window_files(parser, ["--db", "x.db", "demo", "--hits", "3"]) == (
        [], ["--db", "x.db", "demo", "--hits", "3"])
    assert cli.window_files(parser, ["-q", "export", "--out", "r.csv"]) == (
        [], ["-q", "export", "--out", "r.csv"])
    assert cli.window_files(parser, ["--smoke-test", "r.csv"]) == (["r.csv"], ["--smoke-test"])


@linux_only
def test_the_window_imports_a_file_named_on_its_command_line(tmp_path: Path) -> None:
    """End to end: `workbench FILE` opens the window, imports FILE, and the store has it."""
    import sqlite3

    results = Path(__file__).parents[1] / "fixtures" / "mluck_Batch_3753862_batch_results.csv"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1",
           "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
           "WORKBENCH_LOG_DIR": str(tmp_path / "logs")}
    store = tmp_path / "store.sqlite3"
    done = subprocess.run([sys.executable, "-m", "workbench", "--db", str(store), str(results),
                           "--smoke-test"], capture_output=True, text=True, env=env, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout
    with sqlite3.connect(store) as connection:
        (hits,) = connection.execute("SELECT count(*) FROM hits").fetchone()
    assert hits > 0


def test_the_desktop_entry_claims_the_files_the_window_imports() -> None:
    import configparser

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(Path(__file__).parents[2] / "packaging" / "requester-workbench.desktop",
               encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "requester-workbench %F"
    assert set(filter(None, section["MimeType"].split(";"))) == {
        "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


# -- the [postgres] extra ----------------------------------------------------------------

def test_a_postgres_store_without_psycopg_names_the_extra(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from workbench import cli

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    code = cli.main(["--db", "postgresql://reviewer:hunter2@localhost/shop", "hits"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "pip install 'requester-workbench[postgres]'" in err
    assert "hunter2" not in err


# -- the log file ------------------------------------------------------------------------

def test_the_log_records_outcomes_and_errors_and_never_secrets(tmp_path: Path) -> None:
    env = {**os.environ, "WORKBENCH_LOG_DIR": str(tmp_path / "logs"),
           "WORKBENCH_CONFIG_DIR": str(tmp_path / "config")}
    env.pop("WORKBENCH_DB", None)
    store = str(tmp_path / "store.sqlite3")
    runs = [["--db", store, "-q", "demo", "--hits", "2", "--assignments", "1", "--workers", "2"],
            ["--db", store, "review", "approve", "NOSUCHASSIGNMENT"],
            ["--db", "postgresql://reviewer:hunter2@127.0.0.1:9/shop", "hits"]]
    codes = [subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True,
                            text=True, env=env, timeout=120).returncode for args in runs]
    assert codes == [0, 2, 2]
    log = (tmp_path / "logs" / "workbench.log").read_text(encoding="utf-8")
    assert "workbench demo ended with exit status 0" in log
    assert "WARNING" in log and "NOSUCHASSIGNMENT" in log
    assert "workbench review ended with exit status 2" in log
    assert "workbench hits ended with exit status 2" in log
    assert "hunter2" not in log and "reviewer:***@" in log


def test_secrets_are_masked_in_every_log_line(tmp_path: Path) -> None:
    import logging

    from workbench.diagnostics import SecretMask, mask_secrets

    samples = {
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": "wJalrXUtnFEMI",
        "using AKWBQ2ZL7XKCNE5M4RTA for serve": "AKWBQ2ZL7XKCNE5M4RTA",
        "AKIAIOSFODNN7EXAMPLE": "AKIAIOSFODNN7EXAMPLE",
        "https://w.example/sign-in#0a1b2c3d4e5f60718293a4b5.x9Yz_Q-3vB7nM2kL8pR4tW6s": "x9Yz",
        "invited: 0a1b2c3d4e5f60718293a4b5.x9Yz_Q-3vB7nM2kL8pR4tW6sJ0": "x9Yz",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig": "eyJhbGci",
        '{"password": "Sommer2026!"}': "Sommer2026",
        "csrf token=Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHh4": "Zm9vYmFy",
        "postgresql://reviewer:hunter2@db/shop": "hunter2",
        "the site secret " + "ab12" * 16: "ab12ab12",
    }
    for line, secret in samples.items():
        assert secret not in mask_secrets(line), line
    # What is no secret stays readable: ids, HIT ids, paths, counts.
    for line in ("HIT 3ZLW647WALVGE8EBR50EGUBPXK4325 approved",
                 "assignment 0f3c4b2a9d8e7f6a5b4c3d2e1f0a9b8c queued",
                 "/home/anna/.local/share/RequesterWorkbench/store.sqlite3 opened",
                 "imported 1,234 rows from Batch_3753862_batch_results.csv"):
        assert mask_secrets(line) == line
    record = logging.LogRecord("workbench", logging.ERROR, __file__, 1,
                               "signing with %s failed", ("AKWBQ2ZL7XKCNE5M4RTA",), None)
    try:
        raise ValueError("token=Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHh4")
    except ValueError:
        record.exc_info = sys.exc_info()
    assert SecretMask().filter(record)
    text = logging.Formatter().format(record)
    assert "AKWBQ2ZL7XKCNE5M4RTA" not in text and "Zm9vYmFy" not in text
    assert "signing with *** failed" in text and "ValueError" in text


# -- the system's language ----------------------------------------------------------------

def _language_in(env_language: dict[str, str], setting: str) -> str:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "WORKBENCH_PSEUDO_LOCALE")}
    env.update(env_language)
    env["QT_QPA_PLATFORM"] = "offscreen"
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from workbench.views.i18n import chosen_language, install_translators\n"
        "app = QApplication([])\n"
        "keep = install_translators(app, chosen_language(sys.argv[1]))\n"
        "print(QCoreApplication.translate('SettingsDialog', 'System language'))\n")
    done = subprocess.run([sys.executable, "-c", script, setting], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_window_follows_the_system_language_unless_settings_say_otherwise() -> None:
    german = {"LANG": "de_DE.UTF-8"}
    assert _language_in(german, "") == "Systemsprache"
    assert _language_in({"LANG": "de_AT.UTF-8"}, "") == "Systemsprache"
    assert _language_in(german, "en") == "System language"  # Settings: English
    assert _language_in({"LANG": "en_GB.UTF-8"}, "") == "System language"
    assert _language_in({"LANG": "fr_FR.UTF-8"}, "") == "System language"  # none shipped
    assert _language_in({"LANG": "en_US.UTF-8"}, "de") == "Systemsprache"  # Settings: German
    # GNU's LANGUAGE list comes first: German preferred, then French.
    assert _language_in({"LANG": "fr_FR.UTF-8", "LANGUAGE": "de:fr"}, "") == "Systemsprache"


def test_a_build_without_a_console_starts_and_exits_cleanly(tmp_path: Path) -> None:
    """Windows' windowed executable has sys.stdout and sys.stderr set to None."""
    script = ("import runpy, sys\n"
              "sys.stdout = None\nsys.stderr = None\n"
              "sys.argv = ['workbench', *sys.argv[1:]]\n"
              "runpy.run_module('workbench', run_name='__main__')\n")
    env = {**os.environ, "WORKBENCH_LOG_DIR": str(tmp_path / "logs"),
           "WORKBENCH_CONFIG_DIR": str(tmp_path / "config")}
    for args, status in ((["--version"], 0),
                         (["--db", str(tmp_path / "s.db"), "review", "approve", "NOSUCH"], 2)):
        done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                              text=True, env=env, timeout=60)
        assert done.returncode == status, done.stderr
        assert done.stdout == "" and "Traceback" not in done.stderr
    assert "NOSUCH" in (tmp_path / "logs" / "workbench.log").read_text(encoding="utf-8")


def test_output_a_windows_pipe_cannot_encode_is_replaced_not_a_crash(tmp_path: Path) -> None:
    """Windows encodes redirected output in cp1252: a Japanese account name must not crash."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252",
           "WORKBENCH_LOG_DIR": str(tmp_path / "logs"),
           "WORKBENCH_CONFIG_DIR": str(tmp_path / "config")}
    store = str(tmp_path / "store.sqlite3")
    for args in (["accounts", "add", "日本チーム", "--kind", "local"], ["accounts", "list"]):
        done = subprocess.run([sys.executable, "-m", "workbench", "--db", store, *args],
                              capture_output=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr.decode("cp1252", "replace")
        assert b"Traceback" not in done.stderr
    assert b"?????" in done.stdout and b"local" in done.stdout
