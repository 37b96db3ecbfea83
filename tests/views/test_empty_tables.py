"""An empty table says why it is empty: nothing yet, or filters that match nothing."""

from __future__ import annotations

from PySide6.QtGui import QImage

from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow


def _ink(view) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of the viewport differ from its top-left one (its background)."""
    image: QImage = view.viewport().grab().toImage()
    background = image.pixel(0, 0)
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixel(x, y) != background)


def open_window(qtbot, wb: Workbench) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_empty_tables_say_what_fills_them_and_filters_say_they_match_nothing(
        qtbot, demo_wb: Workbench) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_wb)
    try:
        window.show_page("Outbox")
        outbox = window.outbox.table
        qtbot.waitUntil(lambda: not outbox.lazy_model().is_loading, timeout=10_000)
        assert outbox.lazy_model().rowCount() == 0
        assert outbox.empty_message().startswith("Nothing queued.")
        assert _ink(outbox) > 200  # the message is painted, not only known

        window.show_page("Assignments")
        page = window.assignments
        model = page.table.lazy_model()
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)
        assert page.table.empty_message() == ""  # rows: nothing to say
        blank = _ink(page.table)
        page.search.setText("no answer says this")
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 0, timeout=10_000)
        assert page.table.empty_message() == page.table.no_match_text
        assert _ink(page.table) > 200 and blank > 0
        page.search.clear()
        qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)
        assert page.table.empty_message() == ""

        window.show_page("HITs")
        assert window.hits.assignments.empty_message() == \
            "Select a HIT to see its assignments."
    finally:
        window.runner.shutdown()


def test_an_empty_store_says_how_to_get_hits(qtbot, wb: Workbench) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, wb)
    try:
        window.show_page("HITs")
        table = window.hits.table
        qtbot.waitUntil(lambda: not table.lazy_model().is_loading, timeout=10_000)
        assert table.empty_message().startswith("No HITs in this account yet.")
    finally:
        window.runner.shutdown()
