"""Starting the window from the command line, after checking that Qt can show one here.

Qt aborts the whole process (exit 134, "Reinstalling the application may fix this problem")
when its platform plugin cannot load a system library or reach the display, and a missing
OpenGL library ends in a Python traceback. So before Qt is imported, this looks for what it
would need and says in one line what is missing and which packages bring it.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

# The system libraries Qt's X11 (xcb) platform and its GUI module load, with the packages
# that bring them on Debian/Ubuntu and on Fedora.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    # Qt WebEngine (the template preview and the task page), loaded with the window.
    "libnss3.so": ("libnss3", "nss"),
    "libnssutil3.so": ("libnss3", "nss-util"),
    "libsmime3.so": ("libnss3", "nss"),
    "libnspr4.so": ("libnspr4", "nspr"),
    "libplc4.so": ("libnspr4", "nspr"),
    "libplds4.so": ("libnspr4", "nspr"),
    "libasound.so.2": ("libasound2", "alsa-lib"),
    "libxkbfile.so.1": ("libxkbfile1", "libxkbfile"),
    "libXcomposite.so.1": ("libxcomposite1", "libXcomposite"),
    "libXdamage.so.1": ("libxdamage1", "libXdamage"),
    "libXtst.so.6": ("libxtst6", "libXtst"),
    "libXrandr.so.2": ("libxrandr2", "libXrandr"),
    "libXext.so.6": ("libxext6", "libXext"),
    "libXfixes.so.3": ("libxfixes3", "libXfixes"),
    "libXrender.so.1": ("libxrender1", "libXrender"),
    "libgbm.so.1": ("libgbm1", "mesa-libgbm"),
    "libdrm.so.2": ("libdrm2", "libdrm"),
    "libxcb-dri3.so.0": ("libxcb-dri3-0", "libxcb"),
    "libxshmfence.so.1": ("libxshmfence1", "libxshmfence"),
    "libwayland-server.so.0": ("libwayland-server0", "libwayland-server"),
    "libudev.so.1": ("libudev1", "systemd-libs"),
}
# "libEGL.so.1: cannot open shared object file: No such file or directory"
_CANNOT_OPEN = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def _qt_folder() -> Path | None:
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def missing_libraries(binaries: list[Path]) -> list[str]:
    """Shared libraries ``ldd`` cannot find for these binaries (Linux; [] if ldd is absent)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    existing = [str(binary) for binary in binaries if binary.exists()]
    if not existing:
        return []
    try:
        # One ldd for all of them: it runs at every start of the window.
        done = subprocess.run([ldd, *existing], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return []
    missing: list[str] = []
    for name in _NOT_FOUND.findall(done.stdout):
        if name not in missing:
            missing.append(name)
    return missing


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(Debian/Ubuntu packages, Fedora packages) that bring these libraries."""
    debian: list[str] = []
    fedora: list[str] = []
    for library in libraries:
        deb, rpm = PACKAGES.get(library, ("", ""))
        if deb and deb not in debian:
            debian.append(deb)
        if rpm and rpm not in fedora:
            fedora.append(rpm)
    return debian, fedora


def libraries_problem(platform: str) -> str | None:
    """What Qt's GUI and its ``platform`` plugin lack on this machine, in one line."""
    if not sys.platform.startswith("linux"):
        return None
    qt = _qt_folder()
    if qt is None:
        return None
    binaries = [qt / "lib" / name for name in (
        "libQt6Gui.so.6", "libQt6Widgets.so.6", "libQt6WebEngineCore.so.6",
        "libQt6WebEngineWidgets.so.6")]
    plugin = {"xcb": "libqxcb.so", "wayland": "libqwayland.so",
              "offscreen": "libqoffscreen.so"}.get(platform)
    if plugin:
        binaries.append(qt / "plugins" / "platforms" / plugin)
    missing = missing_libraries(binaries)
    if not missing:
        return None
    return _missing_said(missing)


def _missing_said(missing: list[str]) -> str:
    debian, fedora = packages_for(missing)
    install = ""
    if debian:
        install = f"; install them with `sudo apt install {' '.join(debian)}`"
        if fedora:
            install += f" (Fedora: `sudo dnf install {' '.join(fedora)}`)"
    return (f"the window cannot start: Qt needs system libraries that are missing "
            f"({', '.join(missing)}){install}; the commands (`workbench --help`) work without "
            "them")


def import_problem(error: ImportError) -> str:
    """One line for an ImportError of Qt's modules: the library missing and its packages."""
    found = _CANNOT_OPEN.search(str(error))
    if found:
        return _missing_said([found.group(1)])
    return (f"the window cannot start: {str(error).strip().splitlines()[0]}; the commands "
            "(`workbench --help`) work without it")


def x_server_reachable(display: str, timeout: float = 1.0) -> bool:
    """Whether an X server answers at DISPLAY (``:0``, ``unix:0``, ``host:10.0``)."""
    if os.name != "posix":
        return True  # no X11 sockets to probe (Windows): let Qt judge it
    match = re.fullmatch(r"(?P<host>[^:]*):(?P<number>\d+)(\.\d+)?", display.strip())
    if match is None:
        return True  # a form we do not know: let Qt judge it
    host, number = match.group("host"), int(match.group("number"))
    if host in ("", "unix") or host.startswith("/"):
        path = host if host.startswith("/") else f"/tmp/.X11-unix/X{number}"
        for address in (f"\0{path}", path):  # Linux's abstract socket first, then the file
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                probe.settimeout(timeout)
                try:
                    probe.connect(address)
                    return True
                except OSError:
                    continue
        return False
    try:
        with socket.create_connection((host, 6000 + number), timeout=timeout):
            return True
    except OSError:
        return False


def display_problem() -> str | None:
    """Why Qt could not open a window here, or None if it can (Qt would abort the process)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if not sys.platform.startswith("linux"):
        return None
    display = os.environ.get("DISPLAY", "")
    wayland = os.environ.get("WAYLAND_DISPLAY", "")
    if not platform:
        if not (display or wayland):
            return ("no display to open the window on: set DISPLAY (or WAYLAND_DISPLAY), or "
                    "QT_QPA_PLATFORM=offscreen, or use a command such as `workbench demo` "
                    "(see `workbench --help`)")
        platform = "xcb" if display else "wayland"
    if platform == "xcb" and display and not x_server_reachable(display):
        return (f"DISPLAY={display} points at no X server: log in to a desktop (or start "
                "one), set QT_QPA_PLATFORM=offscreen, or use a command such as "
                "`workbench demo` (see `workbench --help`)")
    return libraries_problem(platform)


def launch_window(db: str | None, *, smoke_test: bool = False,
                  files: list[str] | None = None) -> int:
    """Open the window (importing ``files`` into it), or say in one line why it cannot."""
    problem = display_problem()
    if problem:
        sys.stderr.write(f"workbench: {problem}\n")
        import logging

        from workbench.diagnostics import ALREADY_SAID

        logging.getLogger("workbench.cli").error("window not started: %s", problem,
                                                 extra={ALREADY_SAID: True})
        return 2
    try:
        from workbench.views.app import run_app
    except ImportError as exc:
        # A library Qt loads with its Python module (OpenGL's, WebEngine's) that the checks
        # above did not foresee: still one line, not a traceback.
        problem = import_problem(exc)
        sys.stderr.write(f"workbench: {problem}\n")
        import logging

        from workbench.diagnostics import ALREADY_SAID

        logging.getLogger("workbench.cli").error("window not started: %s", problem,
                                                 extra={ALREADY_SAID: True})
        return 2
    return run_app(db, smoke_test=smoke_test, open_files=files or [])
