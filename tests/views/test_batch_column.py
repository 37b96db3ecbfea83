"""Two batches whose names differ only at their end stay told apart in a narrow column."""

from __future__ import annotations

from PySide6.QtGui import QImage

from workbench.services.context import Workbench
from workbench.services.demo import run_demo
from workbench.views.main_window import MainWindow


def test_the_batch_column_shows_what_tells_two_batches_apart(qtbot, demo_wb: Workbench) -> None:  # type: ignore[no-untyped-def]
    run_demo(demo_wb, hits=5, assignments=3, workers=10, seed=12)  # "Demo: … #2"
    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        window.show_page("HITs")
        table = window.hits.table
        model = table.lazy_model()
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 105, timeout=10_000)
        column = model.column_of("batch")
        table.horizontalHeader().resizeSection(column, 120)
        names = [model.data(model.index(r, column)) for r in range(model.rowCount())]
        # Two rows of the same shade (alternating row colours), neither current nor selected.
        table.clearSelection()
        first = next(r for r in range(2, len(names), 2) if names[r] == names[0])
        second = next(r for r in range(2, len(names), 2) if names[r] != names[0])
        assert names[first][:-1] == names[second][:-1]  # only the last character differs

        def cell(row: int) -> QImage:
            table.scrollTo(model.index(row, column))
            image = table.viewport().grab().toImage()
            return image.copy(table.visualRect(model.index(row, column)))

        assert cell(first) != cell(second)  # what is drawn differs, not just the data
    finally:
        window.runner.shutdown()
