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
