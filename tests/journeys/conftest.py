"""Journeys: a person's whole way through the real main window, from the first start.

They run in the main (offscreen) run, and once more on a real X server with a window manager
(``QT_QPA_PLATFORM=xcb DISPLAY=:N pytest -m journey tests/journeys``, as .ci/run does), where
dialogs, focus and window activation behave as on a desktop.

Screenshots are taken at each step: ``WORKBENCH_SCREENSHOTS=folder`` keeps them (in
``folder/journeys-<platform>/<test>/``); on an X server a picture of the whole screen is also
taken at a few steps (``import -window root`` when ImageMagick is there).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from tests.journeys.person import UnexpectedDialogs
from tests.review.helpers import close
from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow
from workbench.views.widgets import file_dialogs

WINDOW_SIZE = (1280, 800)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "journey: a person's whole journey through the real window "
                   "(tests/journeys); .ci/run runs them again on an X server")


def on_desktop() -> bool:
    """Whether Qt draws on a real display (an X server), not offscreen."""
    return QGuiApplication.platformName() == "xcb"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each journey starts as a new user: no settings, no window geometry, no keys file."""
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _the_display_asked_for(qapp: Any) -> None:
    """Asked for an X server, the journeys run on it (never quietly offscreen)."""
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    if wanted.startswith("xcb"):
        assert on_desktop(), f"QT_QPA_PLATFORM={wanted} but Qt runs on " \
                             f"{QGuiApplication.platformName()}"


@pytest.fixture(autouse=True)
def _no_dialog_left_unanswered(qapp: Any) -> Iterator[None]:
    """A modal box nobody expected fails the journey with what it said (never a hang)."""
    watch = UnexpectedDialogs()
    yield
    watch.stop()
    assert not watch.closed, f"dialogs nobody answered: {watch.closed}"


@dataclass
class DialogCall:
    """One file dialog the window asked for: which function, its caption and folder."""

    function: str
    caption: str
    directory: str


@dataclass
class FileDialogs:
    """Stands in for the person at the file dialogs: each call is recorded and answered with
    the next file queued by ``will_choose`` ("" = Cancel when none is queued)."""

    calls: list[DialogCall] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)

    def will_choose(self, path: Path | str) -> None:
        self.answers.append(str(path))

    def _answer(self, function: str, caption: str, directory: str) -> str:
        self.calls.append(DialogCall(function, caption, directory))
        return self.answers.pop(0) if self.answers else ""

    def captions(self) -> list[str]:
        return [call.caption for call in self.calls]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    """The window's file dialogs, recorded and answered (workbench.views.widgets.file_dialogs,
    the only way the window asks for a file). Qt's own static dialogs are recorded too, so a
    window that bypassed file_dialogs fails a journey instead of hanging it on a modal."""
    recorder = FileDialogs()

    def one(function: str) -> Any:
        def ask(_parent: QWidget | None = None, caption: str = "", directory: str = "",
                _filters: str = "", *_args: Any, **_kwargs: Any) -> tuple[str, str]:
            return recorder._answer(function, caption, directory), ""
        return ask

    def many(function: str) -> Any:
        def ask(_parent: QWidget | None = None, caption: str = "", directory: str = "",
                _filters: str = "", *_args: Any, **_kwargs: Any) -> tuple[list[str], str]:
            chosen = recorder._answer(function, caption, directory)
            return ([chosen] if chosen else []), ""
        return ask

    def folder(_parent: QWidget | None = None, caption: str = "", directory: str = "",
               *_args: Any, **_kwargs: Any) -> str:
        return recorder._answer("existing_directory", caption, directory)

    for name in ("open_file_name", "save_file_name"):
        monkeypatch.setattr(file_dialogs, name, one(name))
    monkeypatch.setattr(file_dialogs, "open_file_names", many("open_file_names"))
    monkeypatch.setattr(file_dialogs, "existing_directory", folder)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(one(f"QFileDialog.{name}")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(many("QFileDialog.getOpenFileNames")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    return recorder


class Camera:
    """Screenshots of each step: the window as drawn, and on an X server the whole screen."""

    def __init__(self, qtbot: Any, folder: Path) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.taken: list[Path] = []

    def path(self, name: str) -> Path:
        """Where the next picture goes (for a picture taken by another program)."""
        path = self.folder / f"{len(self.taken) + 1:02d}-{name}.png"
        self.taken.append(path)
        return path

    def shot(self, widget: QWidget, name: str) -> QImage:
        """The widget's window as it is drawn now; a blank picture fails the journey."""
        window = widget.window()
        path = self.path(name)
        image = window.grab().toImage()
        assert not image.isNull() and image.width() > 200 and image.height() > 150, name
        image.save(str(path))
        step = 4
        colours = {image.pixel(x, y) for x in range(0, image.width(), step)
                   for y in range(0, image.height(), step)}
        assert len(colours) > 8, f"{name}: the window is drawn blank ({path})"
        return image

    def screen(self, name: str) -> Path | None:
        """The whole X screen, window manager and all (only on an X server)."""
        if not on_desktop():
            return None
        # What Qt has asked of the X server (a dialog closed, a window raised) is sent, the
        # window manager answers, and the windows under a closed one repaint.
        self.qtbot.wait(400)
        path = self.path(f"screen-{name}")
        tool = shutil.which("import")
        if tool is not None:
            subprocess.run([tool, "-window", "root", str(path)], check=True, timeout=60,
                           capture_output=True)
        else:
            screen = QGuiApplication.primaryScreen()
            screen.grabWindow(0).save(str(path))
        assert path.stat().st_size > 0
        return path


@pytest.fixture
def camera(qtbot: Any, request: pytest.FixtureRequest, tmp_path: Path) -> Camera:
    kept = os.environ.get("WORKBENCH_SCREENSHOTS")
    platform = QGuiApplication.platformName() or "unknown"
    base = Path(kept) / f"journeys-{platform}" if kept else tmp_path / "screenshots"
    return Camera(qtbot, base / request.node.name)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def first_start(qtbot: Any, wb: Workbench) -> Iterator[MainWindow]:
    """The main window as a new user first sees it: an empty store, nothing set up."""
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    # The worker site is reached by chromium on this machine only, on a port of its own
    # (the window's default, every interface at 8765, is for a requester's colleagues).
    window.worker_site.host = "127.0.0.1"
    window.worker_site.port = free_port()
    window.worker_site.port_tries = 1
    yield window
    window.worker_site.shutdown()
    close(window)
