"""Screenshots of the main screens with realistic data, for a person to look at.

Run with WORKBENCH_SCREENSHOTS=some/folder to keep them; otherwise they go to a temp folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from workbench.views.main_window import MainWindow

SIZE = (1280, 800)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(window: MainWindow, path: Path) -> QImage:
    window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == SIZE
    return image


def distinct_colours(image: QImage) -> int:
    step = 16
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_screenshots_of_welcome_hits_and_assignments(qtbot, wb, demo_wb, shots: Path) -> None:  # type: ignore[no-untyped-def]
    empty = MainWindow(wb)
    qtbot.addWidget(empty)
    empty.resize(*SIZE)
    empty.show()
    qtbot.wait(100)
    assert distinct_colours(save(empty, shots / "welcome.png")) > 5

    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    window.show_page("HITs")
    qtbot.waitUntil(lambda: window.hits.model.rowCount() > 0 and not window.hits.model.is_loading,
                    timeout=10_000)
    window.hits.table.selectRow(2)
    qtbot.waitUntil(lambda: window.hits.assignments_model.rowCount() == 3, timeout=5000)
    qtbot.wait(200)
    assert distinct_colours(save(window, shots / "hits.png")) > 20

    window.show_page("Assignments")
    qtbot.waitUntil(lambda: window.assignments.model.rowCount() > 0
                    and not window.assignments.model.is_loading, timeout=10_000)
    window.assignments.table.selectRow(0)
    qtbot.wait(300)
    assert distinct_colours(save(window, shots / "assignments.png")) > 20

    window.show_page("Outbox")
    qtbot.wait(200)
    save(window, shots / "outbox.png")
    window.runner.shutdown()
    empty.runner.shutdown()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_about_and_settings(qtbot, wb, shots: Path, theme: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from workbench.services.accounts import add_account, list_accounts
    from workbench.services.settings import Settings
    from workbench.views.dialogs.about import AboutDialog
    from workbench.views.dialogs.settings_dialog import SettingsDialog
    from workbench.views.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    apply_theme(app, theme)
    try:
        add_account(wb, "Production (Ølstue Café)", "mturk", aws_profile="finance")
        about = AboutDialog(wb.store.url)
        qtbot.addWidget(about)
        about.resize(640, 520)
        about.show()
        qtbot.wait(50)
        about.grab().save(str(shots / f"about-{theme}.png"))
        runner_window = MainWindow(wb)
        qtbot.addWidget(runner_window)
        dialog = SettingsDialog(Settings(), list_accounts(wb), runner_window.runner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(50)
        image = dialog.grab()
        image.save(str(shots / f"settings-{theme}.png"))
        assert image.width() >= 600
        runner_window.runner.shutdown()
    finally:
        app.setPalette(before)
