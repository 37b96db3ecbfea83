"""The task page view (inert and offline), Dawid-Skene in the grid, the Workers page, and the
promise that crowd-kit never loads at start-up."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.review.helpers import actions, close, key, open_review
from workbench.services.accounts import get_account
from workbench.store.schema import Worker
from workbench.views.main_window import MainWindow
from workbench.views.review.task_page import TaskPageView
from workbench.views.workers.dialogs import HistoryDialog, MessageDialog


def page_html(qtbot, view: TaskPageView, marker: str) -> str:  # type: ignore[no-untyped-def]
    """The page's DOM as the web view has it, once ``marker`` shows in it."""
    found: list[str] = []
    qtbot.waitUntil(lambda: view.view is not None, timeout=10_000)

    def ask() -> bool:
        view.view.page().toHtml(found.append)
        return True

    qtbot.waitUntil(lambda: ask() and bool(found) and marker in found[-1], timeout=30_000)
    return found[-1]


def test_the_task_page_shows_the_workers_answer_inert_and_offline(qtbot, demo_wb,  # type: ignore[no-untyped-def]
                                                                  no_dawid_skene) -> None:
    from PySide6.QtWebEngineCore import QWebEngineSettings

    window, page = open_review(qtbot, demo_wb)
    current = page.current_assignment()
    assert current is not None
    key(qtbot, page, Qt.Key.Key_T)
    view = page.panel.task_page
    html = page_html(qtbot, view, "wb-filled")
    chosen = current.answers["sentiment.label"]
    assert f"checked=\"\" class=\"wb-filled\"> {chosen}" in html.replace("'", '"') or \
        f'class="wb-filled" checked=""> {chosen}' in html
    assert "<script" not in html.lower()
    settings = view.view.page().settings()
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    # A page of hostile content: nothing in it runs or reaches the network.
    view.show_page(
        "<p>hello</p><img src='http://tracker.invalid/pixel.png'>"
        "<script>document.title='ran'</script><a href='javascript:alert(1)'>x</a>"
        "<input name='comment'>",
        {"comment": "\"><script>document.title='ran'</script>"}, "AWORKER")
    html = page_html(qtbot, view, "hello")
    assert "<script" not in html.lower() and "javascript:" not in html
    assert "&lt;script&gt;" in html
    assert view.view.page().title() != "ran"
    # Whatever gets past the page's own policy is refused by the view: nothing is fetched.
    from PySide6.QtCore import QUrl

    view.view.setHtml("<p>raw</p><img src='http://tracker.invalid/pixel.png'>",
                      QUrl("about:blank"))
    qtbot.waitUntil(lambda: any("tracker.invalid" in u for u in TaskPageView.refused()),
                    timeout=15_000)
    close(window)


def test_dawid_skene_joins_the_suggestions_once_computed(qtbot, demo_wb) -> None:  # type: ignore[no-untyped-def]
    window, page = open_review(qtbot, demo_wb)
    assert page.use_dawid_skene
    row = page.grid_model.row_of_field("sentiment.label")
    qtbot.waitUntil(lambda: "Dawid-Skene:" in str(page.grid_model.data(
        page.grid_model.index(row, 0))), timeout=120_000)
    close(window)


def test_crowd_kit_is_not_imported_at_start_up() -> None:
    code = ("import sys, workbench.views.main_window, workbench.views.pages.review, "
            "workbench.views.pages.workers; "
            "print(sorted(m for m in ('crowdkit', 'pandas', 'sklearn') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.strip() == "[]"


def test_the_workers_page_sorts_shows_history_and_reports_message_failures(  # type: ignore[no-untyped-def]
        qtbot, demo_wb, monkeypatch) -> None:
    account = get_account(demo_wb)
    with demo_wb.store.session(write=True) as session:
        # A worker known from an old import who never worked on this marketplace.
        session.add(Worker(account_id=account.id, worker_id="ANEVERWORKEDHERE"))
    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("Workers")
    page = window.pages["Workers"]
    model = page.model
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() == 11, timeout=15_000)
    column = model.column_of("agreement")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.request.sort_key == "agreement" and not model.is_loading,
                    timeout=10_000)
    page.table.selectRow(0)
    top = model.worker_at(0)
    qtbot.waitUntil(lambda: top in page.details.group_titles(), timeout=10_000)
    assert any("Agrees with consensus" in v for _, v in page.details.groups[0][1])
    # Double click: the worker's history.
    rect = page.table.visualRect(model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(page.dialog, HistoryDialog), timeout=5000)
    history = page.dialog
    assignments = model.row(0)[model.column_of("assignments") + 1]
    qtbot.waitUntil(lambda: history.model.rowCount() == assignments, timeout=10_000)
    history.reject()
    # A message to every worker; the one who never worked here is reported after sending.
    page.table.selectAll()
    page.message_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MessageDialog) and len(dialog.worker_ids) == 11
    assert not dialog.confirm.isEnabled()
    qtbot.keyClicks(dialog.subject, "Thank you")
    qtbot.keyClicks(dialog.message, "Thanks for the careful work on the reviews.")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: len(actions(demo_wb, account)) == 1, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.outcome is not None and page.outcome.finished, timeout=30_000)
    assert page.outcome.sent == 10
    assert [w for w, _ in page.outcome.failures] == ["ANEVERWORKEDHERE"]
    assert "Last message" in page.details.group_titles()
    close(window)
