"""Accessibility of the main window: names for buttons without text, Tab reaching every
control, a focus frame that shows in both themes, and a window readable at 200 % scaling."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.i18n.helpers import ROOT
from workbench.services.context import Workbench

MY_PAGES = ("Start", "HITs", "Assignments", "Outbox")
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView,
               QTextEdit)

# Renders the main window at 200 % in its own process: QT_SCALE_FACTOR must be set before
# the QApplication exists. Prints a JSON report: image sizes, clipped controls, minimum size.
SCALED = r'''
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget
app = QApplication(["scaled"])
from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow
from workbench.views.theme import apply_theme
apply_theme(app, sys.argv[3])
wb = Workbench.open(sys.argv[1])
out = Path(sys.argv[2])
window = MainWindow(wb)
window.resize(1280, 800)
window.show()

def settle(until):
    end = time.monotonic() + 15
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()

def clipped(root):
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        need = widget.minimumSizeHint()
        if widget.width() < need.width() or widget.height() < need.height():
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()}x{widget.height()}"
                         f" < {need.width()}x{need.height()}")
    return found

report = {"ratio": window.devicePixelRatio(), "pages": {}}
for name in ("Start", "HITs", "Assignments", "Outbox"):
    window.show_page(name)
    page = window.pages[name]
    model = getattr(page, "model", None)
    settle(lambda: model is None or (not model.is_loading and model.rowCount() > 0))
    image = window.grab().toImage()
    path = out / f"core-{name.lower()}-200-{sys.argv[3]}.png"
    image.save(str(path))
    toolbar = window.findChild(QWidget, "account-toolbar")
    report["pages"][name] = {"size": [image.width(), image.height()], "path": str(path),
                             "clipped": clipped(page) + clipped(toolbar)}
hint = window.minimumSizeHint()
report["window"] = [window.width(), window.height()]
report["minimum"] = [hint.width(), hint.height()]
window.runner.shutdown()
wb.close()
print(json.dumps(report))
'''


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def _a11y_demo_store(tmp_path_factory: pytest.TempPathFactory, _template_store: Path) -> Path:
    from workbench.services.demo import run_demo

    path = tmp_path_factory.mktemp("a11y-demo") / "store.sqlite3"
    shutil.copyfile(_template_store, path)
    wb = Workbench.open(path)
    run_demo(wb, hits=12, assignments=2, workers=4, seed=7)
    wb.close()
    return path


@pytest.fixture
def demo_path(tmp_path: Path, _a11y_demo_store: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_a11y_demo_store, path)
    return path


@pytest.fixture
def window(qtbot: Any, demo_path: Path) -> Iterator[Any]:
    from workbench.views.main_window import MainWindow

    wb = Workbench.open(demo_path)
    win = MainWindow(wb)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.runner.shutdown()
    wb.close()


def qt_internal(button: QAbstractButton) -> bool:
    """Buttons Qt makes for itself: a table's corner, a toolbar's overflow, a line edit's
    clear button (Ctrl+A, Delete does the same from the keyboard)."""
    return button.objectName().startswith("qt_") or isinstance(button.parent(), QLineEdit)


def test_buttons_without_text_have_accessible_names(window: Any) -> None:
    nameless = []
    for button in window.findChildren(QAbstractButton):
        if button.text().replace("&", "").strip() or qt_internal(button):
            continue
        if not button.accessibleName().strip():
            nameless.append(f"{type(button).__name__}({button.objectName()}) "
                            f"in {type(button.parent()).__name__}")
    assert nameless == []
    # A button whose text arrives later (the count of work due) is named from the start.
    assert window.pages["Review"].due_button.accessibleName()
    # The toolbar's Sync button is reachable and named for a screen reader.
    sync = window.findChild(QWidget, "account-toolbar").widgetForAction(window.sync_action)
    assert sync.accessibleName() and sync.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_every_control_of_the_core_pages_takes_tab(qtbot: Any, window: Any) -> None:
    roots = [window.pages[name] for name in MY_PAGES]
    roots += [window.findChild(QWidget, "account-toolbar"), window.side_bar]
    refused = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if not isinstance(widget, INTERACTIVE) or not widget.isEnabled():
                continue
            if isinstance(widget, QHeaderView):
                continue  # sorting from the keyboard: the column's header is not a stop
            if isinstance(widget, QAbstractButton) and qt_internal(widget):
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                refused.append(f"{type(widget).__name__}({widget.objectName()})")
    assert refused == []


def test_tab_goes_from_the_side_bar_through_the_page_to_the_toolbar(qtbot: Any,
                                                                     window: Any) -> None:
    window.show_page("HITs")
    qtbot.waitUntil(lambda: window.hits.model.rowCount() > 0, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.side_bar.setFocus()
    seen: list[QWidget] = [window.side_bar]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is window.side_bar:
            break
        seen.append(focused)
    page = window.hits
    order = [page.search, page.status, page.table, page.details, page.assignments,
             window.account_box]
    assert all(widget in seen for widget in order), [type(w).__name__ for w in seen]
    positions = [seen.index(widget) for widget in order]
    assert positions == sorted(positions), [type(w).__name__ for w in seen]
    assert seen[-1] is not window.side_bar and len(seen) < 40  # the cycle closes


def focus_pixels(image: QImage, colour: QColor) -> int:
    """Pixels close to the focus frame's colour."""
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green())
                    + abs(pixel.blue() - colour.blue())) < 40:
                count += 1
    return count


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_keyboard_focus_shows_a_clear_frame(qtbot: Any, qapp: QApplication, theme: str) -> None:
    from workbench.views.theme import apply_theme, focus_colour

    apply_theme(qapp, theme)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        layout = QVBoxLayout(host)
        button, edit, combo = QPushButton("Approve"), QLineEdit("text"), QComboBox()
        combo.addItems(["One", "Two"])
        for widget in (button, edit, combo):
            layout.addWidget(widget)
        host.resize(240, 140)
        host.show()
        host.activateWindow()
        qtbot.waitUntil(host.isActiveWindow, timeout=5000)
        colour = focus_colour(host.palette())
        for widget in (button, edit, combo):
            other = edit if widget is not edit else button
            other.setFocus()
            qtbot.waitUntil(other.hasFocus, timeout=2000)
            before = focus_pixels(widget.grab().toImage(), colour)
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus, timeout=2000)
            after = focus_pixels(widget.grab().toImage(), colour)
            # A 2-pixel frame around the control: at least its perimeter in the colour.
            perimeter = 2 * (widget.width() + widget.height())
            assert after - before >= perimeter, (theme, type(widget).__name__, before, after)
    finally:
        apply_theme(qapp, "light")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_window_is_readable_at_200_percent(tmp_path: Path, demo_path: Path,
                                               theme: str) -> None:
    shots = ROOT / "build" / "i18n"
    shots.mkdir(parents=True, exist_ok=True)
    script = tmp_path / "scaled.py"
    script.write_text(SCALED, encoding="utf-8")
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen",
           "WORKBENCH_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(script), str(demo_path), str(shots), theme],
                          env=env, capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ratio"] == 2.0
    for name, page in report["pages"].items():
        # 1280×800 logical is 2560×1600 pixels on a 200 % screen.
        assert page["size"] == [2560, 1600], name
        assert page["clipped"] == [], (name, page["clipped"])
        assert QImage(page["path"]).width() == 2560
    width, height = report["window"]
    minimum_width, minimum_height = report["minimum"]
    assert minimum_width <= width and minimum_height <= height, report
