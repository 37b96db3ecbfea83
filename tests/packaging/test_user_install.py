"""A wheel installed with ``pip install --user`` finds its resources (issue 21).

pip puts the wheel's data files (templates, icons, translations) under the user base
(~/.local/share/requester-workbench), not under sys.prefix: the window's smoke test, which
checks them, must pass from there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _base_python() -> str:
    """The interpreter this venv was made from: --user installs need one outside a venv."""
    return getattr(sys, "_base_executable", sys.executable)


def _dependencies_only(folder: Path) -> Path:
    """This venv's site-packages without the workbench itself (links to everything else)."""
    site_packages = Path(sysconfig.get_paths()["purelib"])
    folder.mkdir()
    for entry in site_packages.iterdir():
        if entry.name.startswith(("requester_workbench", "__editable__", "workbench")) \
                or entry.suffix == ".pth":
            continue
        (folder / entry.name).symlink_to(entry)
    return folder


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_wheel_installed_with_user_finds_its_resources(tmp_path: Path) -> None:
    base = _base_python()
    probe = subprocess.run([base, "-c", "import site, pip; print(site.ENABLE_USER_SITE)"],
                           capture_output=True, text=True)
    if probe.returncode != 0 or probe.stdout.strip() != "True":
        pytest.skip(f"{base} cannot make --user installs (no pip or no user site)")
    wheels = tmp_path / "wheels"
    # (In build isolation: pip brings setuptools and wheel as pyproject.toml asks.)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(wheels), str(ROOT)], check=True, timeout=300,
                   cwd=tmp_path)
    (wheel,) = wheels.glob("requester_workbench-*.whl")
    home, user_base = tmp_path / "home", tmp_path / "userbase"
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "WORKBENCH_", "PIP_"))}
    env.update(HOME=str(home), PYTHONUSERBASE=str(user_base), PYTHONNOUSERSITE="",
               QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1",
               WORKBENCH_CONFIG_DIR=str(tmp_path / "config"),
               WORKBENCH_LOG_DIR=str(tmp_path / "logs"), PIP_DISABLE_PIP_VERSION_CHECK="1")
    env.pop("PYTHONNOUSERSITE")
    subprocess.run([base, "-m", "pip", "install", "--user", "--no-deps", "--no-index", "-q",
                    str(wheel)], check=True, env=env, timeout=300, cwd=tmp_path)
    shared = user_base / "share" / "requester-workbench" / "resources"
    assert (shared / "templates" / "sentiment.html").is_file()
    # The dependencies come from this venv; the workbench only from the user install.
    env["PYTHONPATH"] = str(_dependencies_only(tmp_path / "dependencies"))
    where = subprocess.run([base, "-c", "import workbench, workbench.resources as r; "
                            "print(workbench.__file__); print(r.resource_root())"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert where.returncode == 0, where.stderr
    module, resources = where.stdout.split()
    assert Path(module).is_relative_to(user_base) and Path(resources) == shared
    done = subprocess.run([base, "-m", "workbench", "--db", str(tmp_path / "store.sqlite3"),
                           "--smoke-test"], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout
