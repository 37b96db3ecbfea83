"""Starting the window from the command line, after checking there is a screen to show it on."""

from __future__ import annotations

import os
import sys


def display_problem() -> str | None:
    """Why Qt could not open a window here, or None if it can (Qt would abort the process)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return ("no display to open the window on: set DISPLAY (or WAYLAND_DISPLAY), or "
                "QT_QPA_PLATFORM=offscreen, or use a command such as `workbench demo` "
                "(see `workbench --help`)")
    return None


def launch_window(db: str | None, *, smoke_test: bool = False) -> int:
    problem = display_problem()
    if problem:
        sys.stderr.write(f"workbench: {problem}\n")
        return 2
    from workbench.views.app import run_app

    return run_app(db, smoke_test=smoke_test)
