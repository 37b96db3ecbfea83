"""The packaging recipes hold together (fast checks; the builds themselves are below, opt-in).

The builds take minutes and need root (the .deb's install test), so .ci/run does not run
them: ``WORKBENCH_PACKAGING_TESTS=1 pytest tests/packaging`` builds the .deb, installs it
with apt into a fresh Debian root and starts it (packaging/build.sh deb-test). The hosted
CI workflow builds all three platforms.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.requesterworkbench.RequesterWorkbench"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_every_icon_size_is_shipped_and_square() -> None:
    for size in ICON_SIZES:
        data = (ROOT / "resources" / "icons" / f"requester-workbench-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)


def test_the_windows_icon_holds_every_size_windows_shows() -> None:
    data = (PACKAGING / "icons" / "requester-workbench.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_the_macos_icon_holds_every_size_finder_shows() -> None:
    data = (PACKAGING / "icons" / "requester-workbench.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        kinds.add(kind.decode("ascii"))
        offset += length
    # 128, 256, 512 (ic07-09) and the Retina doubles of 16, 32, 128, 256, 512 (ic11-14,
    # ic10): Finder draws 16 and 32 px from the 32 and 64 px doubles.
    assert {"ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14"} <= kinds


def _desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "requester-workbench.desktop", encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_desktop_entry_is_valid_and_names_what_the_package_installs() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == "requester-workbench"
    assert entry["Exec"].split()[0] == entry["TryExec"] == "requester-workbench"
    validate = shutil.which("desktop-file-validate")
    if validate:
        done = subprocess.run([validate, str(PACKAGING / "requester-workbench.desktop")],
                              capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_metainfo_names_the_desktop_entry() -> None:
    path = PACKAGING / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == "requester-workbench.desktop"
    assert root.findtext("provides/binary") == "requester-workbench"
    validate = shutil.which("appstreamcli")
    if validate:
        done = subprocess.run([validate, "validate", "--no-net", str(path)],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_spec_keeps_the_science_stack_out_of_the_build() -> None:
    spec = (PACKAGING / "requester-workbench.spec").read_text(encoding="utf-8")
    excludes = set(re.findall(r'"([\w.]+)"', spec.split("EXCLUDES = [", 1)[1].split("]", 1)[0]))
    assert {"crowdkit", "pandas", "sklearn", "scipy", "torch", "transformers", "nltk",
            "pyarrow"} <= excludes
    # ... but never what the window imports: pyqtgraph needs QtOpenGLWidgets at import.
    assert not excludes & {"PySide6.QtOpenGLWidgets", "PySide6.QtOpenGL",
                           "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineCore",
                           "PySide6.QtWebChannel", "PySide6.QtSvg", "PySide6.QtNetwork"}
    assert "BUNDLE(" in spec and "CFBundleDocumentTypes" in spec and APP_ID in spec
    assert 'name="workbench"' in spec and "console=True" in spec  # Windows' commands


def test_the_spec_excludes_nothing_the_app_imports() -> None:
    # An excluded module the code imports makes the frozen app die at its first command
    # (httpx, excluded while only tests used it, then imported by the Prolific client).
    spec = (PACKAGING / "requester-workbench.spec").read_text(encoding="utf-8")
    excludes = set(re.findall(r'"([\w.]+)"', spec.split("EXCLUDES = [", 1)[1].split("]", 1)[0]))
    imported: dict[str, str] = {}
    for path in (ROOT / "src" / "workbench").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            else:
                continue
            for name in names:
                imported.setdefault(name, str(path.relative_to(ROOT)))
    clashes = {name: where for name, where in imported.items()
               if any(name == excluded or name.startswith(f"{excluded}.")
                      for excluded in excludes)}
    assert not clashes, clashes


def test_the_windows_installer_packs_what_the_spec_builds() -> None:
    script = (PACKAGING / "windows" / "requester-workbench.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", script, re.MULTILINE)
    assert '#define AppExe "Requester Workbench.exe"' in script
    assert r'Source: "..\..\dist\requester-workbench\*"' in script
    assert r"SetupIconFile=..\icons\requester-workbench.ico" in script
    assert (PACKAGING / "icons" / "requester-workbench.ico").is_file()
    spec = (PACKAGING / "requester-workbench.spec").read_text(encoding="utf-8")
    assert 'name="Requester Workbench" if WINDOWS' in spec


def test_the_shell_recipes_parse() -> None:
    for script in ("build.sh", "linux/test-deb.sh", "macos/make-dmg.sh"):
        done = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True,
                              text=True)
        assert done.returncode == 0, f"{script}: {done.stderr}"


def test_the_ci_workflow_builds_and_starts_all_three() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "build.yml").read_text(
        encoding="utf-8"))
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux-deb", "linux-deb-install", "windows", "macos"}
    text = {name: yaml.safe_dump(job) for name, job in jobs.items()}
    assert "packaging/build.sh deb" in text["linux-deb"]
    assert "apt-get install" in text["linux-deb-install"] and "--smoke-test" in text[
        "linux-deb-install"]
    assert "build.ps1 -Installer" in text["windows"] and "--smoke-test" in text["windows"]
    assert "packaging/build.sh dmg" in text["macos"]


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("WORKBENCH_PACKAGING_TESTS") != "1",
                    reason="builds for minutes and needs root: WORKBENCH_PACKAGING_TESTS=1")
def test_the_deb_installs_with_apt_on_a_fresh_debian_and_starts() -> None:
    done = subprocess.run(["bash", str(PACKAGING / "build.sh"), "deb-test"], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "test-deb: passed" in done.stdout
