"""Screenshots of every chart with realistic data, for a person to look at.

Run with WORKBENCH_SCREENSHOTS=some/folder to keep them; otherwise they go to a temp folder.
The window is 1280x800; each chart is also saved on its own, as its Save PNG button does.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from workbench.services.accounts import list_accounts
from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow
from workbench.views.pages.charts import APPROVAL, SPEND, TAB_NAMES, THROUGHPUT, ChartsPage

SIZE = (1280, 800)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def distinct_colours(image: QImage) -> int:
    step = 12
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def charts_window(qtbot, wb: Workbench, account_name: str | None = None  # type: ignore[no-untyped-def]
                  ) -> tuple[MainWindow, ChartsPage]:
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    if account_name is not None:
        account = next(a for a in list_accounts(wb) if a.name == account_name)
        window.account_box.setCurrentIndex(window.account_box.findData(account.id))
        window.account_box.activated.emit(window.account_box.currentIndex())
    window.show_page("Charts")
    page = window.pages["Charts"]
    assert isinstance(page, ChartsPage)
    return window, page


def shoot(qtbot, window: MainWindow, page: ChartsPage, folder: Path, name: str,  # type: ignore[no-untyped-def]
          tabs: tuple[int, ...] = (SPEND, APPROVAL, THROUGHPUT), *, each_chart: bool = True
          ) -> None:
    """Save the window on each tab, and each chart of those tabs on its own."""
    for tab in tabs:
        page.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: not page.loading, timeout=30_000)
        qtbot.wait(150)
        label = TAB_NAMES[tab].split()[0].lower()
        path = folder / f"{name}-{label}.png"
        window.grab().save(str(path))
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE
        assert distinct_colours(image) > 12, path
    if each_chart:
        for chart_name, chart in page.charts.items():
            path = folder / f"{name}-chart-{chart_name}.png"
            assert chart.save_png(path)
            assert distinct_colours(QImage(str(path))) > 4, path


def test_screenshots_of_the_reviewed_demo(qtbot, reviewed_wb: Workbench, shots: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = charts_window(qtbot, reviewed_wb)
    shoot(qtbot, window, page, shots, "charts-demo")
    window.runner.shutdown()


def test_screenshots_of_years_of_imported_mturk_files(qtbot, archive_wb: Workbench,  # type: ignore[no-untyped-def]
                                                      shots: Path) -> None:
    window, page = charts_window(qtbot, archive_wb, "MTurk archive")
    shoot(qtbot, window, page, shots, "charts-archive")
    # One batch whose 100 approvals all came in one minute: a single bar
    survey = page.batch.findText("Answer a survey", flags=__import__(
        "PySide6.QtCore", fromlist=["Qt"]).Qt.MatchFlag.MatchStartsWith)
    assert survey > 0
    page.batch.setCurrentIndex(survey)
    shoot(qtbot, window, page, shots, "charts-single-point", (SPEND, THROUGHPUT),
          each_chart=False)
    assert len([p for p in page.spend_chart.report.points if p.amounts.total_cents]) == 1
    window.runner.shutdown()


def test_screenshots_of_an_empty_store(qtbot, wb: Workbench, shots: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = charts_window(qtbot, wb)
    shoot(qtbot, window, page, shots, "charts-empty", (SPEND, APPROVAL), each_chart=False)
    assert not page.spend_chart.message.isHidden()
    assert page.approval_chart.message.text() == "No work was submitted in this range."
    window.runner.shutdown()
