"""The main window, driven as a user would: first run, demo, browse, sort, copy, sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from workbench.services import outbox
from workbench.services.accounts import add_account
from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_wb: Workbench):  # type: ignore[no-untyped-def]
    win = MainWindow(demo_wb)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.runner.shutdown()


def wait_loaded(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)


def test_first_run_shows_the_welcome_page_and_the_demo_fills_the_hits_page(qtbot, wb) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(wb)
    qtbot.addWidget(win)
    win.show()
    assert win.current_page() is win.welcome
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert win.runner.long_tasks and win.task_progress.isVisible()
    qtbot.waitUntil(lambda: win.current_page() is win.hits, timeout=60_000)
    wait_loaded(qtbot, win.hits.model)
    assert win.hits.model.rowCount() == 50
    assert win.hits.count_label.text() == "50 HITs"
    win.runner.shutdown()


def test_selecting_a_hit_shows_its_details_inputs_and_assignments(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("HITs")
    wait_loaded(qtbot, window.hits.model)
    window.hits.table.select_first()
    details = window.hits.details
    qtbot.waitUntil(lambda: len(details.group_titles()) >= 2, timeout=5000)
    assert details.group_titles()[:2] == ["HIT", "Input values"]
    assert details.labels("Input values") == ["review_id", "product", "review",
                                              "gold_sentiment"]
    qtbot.waitUntil(lambda: window.hits.assignments_model.rowCount() == 3, timeout=5000)


def test_search_and_status_filter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.hits
    window.show_page("HITs")
    wait_loaded(qtbot, page.model)
    first_id = page.model.row(0)[1]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, first_id[:12])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.search.clear()
    page.status.setCurrentIndex(page.status.findData("Assignable"))
    qtbot.waitUntil(lambda: not page.model.is_loading and page.model.rowCount() == 0,
                    timeout=5000)
    assert page.count_label.text() == "0 HITs"


def test_sorting_by_a_column_header(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.assignments
    window.show_page("Assignments")
    wait_loaded(qtbot, page.model)
    column = page.model.column_of("work_time")
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.request.sort_key == "work_time"
                    and not page.model.is_loading, timeout=5000)
    first, second = page.model.row(0), page.model.row(1)
    assert first is not None and second is not None
    assert first[column + 1] <= second[column + 1]


def test_copy_selected_rows_as_tab_separated_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.assignments
    window.show_page("Assignments")
    wait_loaded(qtbot, page.model)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    cells = text.split("\t")
    assert len(cells) == len(page.model.columns)
    assert cells[0] == page.model.row(0)[1]


def test_filters_on_the_assignments_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.assignments
    window.show_page("Assignments")
    wait_loaded(qtbot, page.model)
    worker = page.model.row(0)[page.model.column_of("worker") + 1]
    page.show_worker(worker)
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=5000)
    column = page.model.column_of("worker")
    assert all(page.model.data(page.model.index(r, column)) in (worker, None)
               for r in range(page.model.rowCount()))
    page.status.setCurrentIndex(page.status.findData("Approved"))
    qtbot.waitUntil(lambda: not page.model.is_loading and page.model.rowCount() == 0,
                    timeout=5000)


def test_expire_now_is_queued_in_the_outbox_and_sync_sends_it(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.show_page("HITs")
    wait_loaded(qtbot, window.hits.model)
    window.hits.table.selectRow(0)
    qtbot.mouseClick(window.hits.expire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(outbox.list_actions(window.wb, window.account)) == 1,
                    timeout=5000)
    window.show_page("Outbox")
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.runner.long_tasks, timeout=30_000)
    assert [a.state for a in outbox.list_actions(window.wb, window.account)] == ["sent"]
    assert "Sync: Sent 1" in window.statusBar().currentMessage()


def test_the_account_badge_says_when_money_is_real(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.badge.text() == "LOCAL"
    add_account(window.wb, "Production", "mturk")
    window.bus.announce("accounts")
    index = window.account_box.findText("Production — MTurk (real money)")
    assert index >= 0
    window.account_box.setCurrentIndex(index)
    window.account_box.activated.emit(index)
    assert window.badge.text() == "LIVE MONEY"
    assert "real money" in window.badge.toolTip()


def test_geometry_splitters_and_columns_survive_a_restart(qtbot, demo_wb, tmp_path: Path  # type: ignore[no-untyped-def]
                                                          ) -> None:
    first = MainWindow(demo_wb)
    qtbot.addWidget(first)
    first.resize(960, 650)
    first.show()
    first.hits.table.horizontalHeader().resizeSection(2, 333)
    first.hits.splitter.setSizes([200, 400])
    first.close()
    second = MainWindow(demo_wb)
    qtbot.addWidget(second)
    second.show()
    # (the offscreen screen is 800 pixels wide, so only the height is free to differ)
    assert second.size().height() == 650
    assert second.hits.table.horizontalHeader().sectionSize(2) == 333
    sizes = second.hits.splitter.sizes()
    assert sizes[0] < sizes[1]
    second.runner.shutdown()


def test_page_shortcuts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.assignments
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.outbox


def test_archive_this_account_from_the_menu(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    archive = next(a for menu in window.menuBar().actions() for a in menu.menu().actions()
                   if a.text() == "&Archive this account…")
    archive.trigger()
    qtbot.waitUntil(lambda: not window.runner.long_tasks, timeout=60_000)
    message = window.statusBar().currentMessage()
    assert message.startswith("Archive complete: 100 HITs, 300 assignments")


def test_ctrl_e_opens_export_and_the_toolbar_offers_the_worker_site(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from workbench.views.transfer.export_dialog import ExportDialog
    from workbench.views.widgets.worker_site import WorkerSiteControl

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(ExportDialog)), timeout=5000)
    dialog = window.findChildren(ExportDialog)[0]
    assert dialog.isVisible()
    dialog.reject()
    control = window.findChildren(WorkerSiteControl)
    assert control == [window.worker_site] and control[0].isEnabled()  # a local account


def test_select_all_then_copy_or_act_reaches_rows_not_loaded(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+A on a table whose rows are mostly not loaded: copying and actions read every
    selected row (fetched off the GUI thread), not just those that happened to be loaded."""
    from workbench.models import lazy_table

    monkeypatch.setattr(lazy_table, "PAGE_SIZE", 20)
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    window.show_page("Assignments")
    table, model = window.assignments.table, window.assignments.model
    model.refresh()
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 300, timeout=10_000)
    assert sum(1 for r in range(300) if model.cached_row(r) is not None) < 300
    table.selectAll()
    with qtbot.waitSignal(table.copied, timeout=10_000) as copied:
        assert table.copy_selection() is None  # not every row was loaded: it comes later
    assert copied.args == [300]
    assert window.statusBar().currentMessage() == "Copied 300 rows to the clipboard."
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == 300 and len(set(lines)) == 300

    window.show_page("HITs")
    hits = window.hits
    hits.model.refresh()
    qtbot.waitUntil(lambda: not hits.model.is_loading and hits.model.rowCount() == 100,
                    timeout=10_000)
    hits.table.selectAll()
    qtbot.mouseClick(hits.expire_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(outbox.list_actions(window.wb, window.account)) == 100,
                    timeout=20_000)
    assert asked and "100 HITs" in asked[0]
    assert {a.kind for a in outbox.list_actions(window.wb, window.account)} == \
        {"update_expiration"}
