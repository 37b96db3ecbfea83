"""The header's sort arrow reads as in Excel: ▲ over an ascending column, ▼ over a descending."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow
from workbench.views.theme import apply_theme


def arrow_direction(image: QImage, background_lightness: int) -> str:
    """"up" or "down": which way the triangle at the right end of a header section points
    (the rightmost ink of the section, right of its title)."""
    def ink(x: int, y: int) -> bool:
        return abs(image.pixelColor(x, y).lightness() - background_lightness) > 60

    # Between the section's top and bottom borders (full-width lines).
    inside = range(2, image.height() - 2)
    inked = [x for x in range(image.width() - 2) for y in inside if ink(x, y)]
    assert inked, "nothing drawn"
    right = max(inked)
    rows = [n for n in (sum(1 for x in range(right - 9, right + 1) if ink(x, y))
                        for y in inside) if n]
    assert len(rows) >= 3, "no sort arrow drawn"
    return "up" if rows[-1] > rows[0] else "down"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_arrow_points_up_over_an_ascending_column(qtbot, qapp: QApplication,  # type: ignore[no-untyped-def]
                                                      demo_wb: Workbench, theme: str) -> None:
    apply_theme(qapp, theme)
    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        window.show_page("Assignments")
        table = window.assignments.table
        model = table.lazy_model()
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)
        header = table.horizontalHeader()
        column = model.column_of("work_time")
        middle = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                        header.height() // 2)
        for expected_direction, descending in (("up", False), ("down", True)):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
            qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0,
                            timeout=10_000)
            assert model.request.sort_key == "work_time"
            assert model.request.descending is descending
            times = [model.data(model.index(r, column), model.ValueRole) for r in range(5)]
            assert times == sorted(times, reverse=descending)
            image = header.grab().toImage().copy(
                header.sectionViewportPosition(column), 0, header.sectionSize(column),
                header.height())
            background = image.pixelColor(4, image.height() // 2).lightness()
            assert arrow_direction(image, background) == expected_direction, theme
    finally:
        window.runner.shutdown()
        apply_theme(qapp, "light")
