"""Driving the Review page as a reviewer would: keys, then waiting for what they change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from workbench.services import outbox
from workbench.views.main_window import MainWindow
from workbench.views.pages.review import ReviewPage
from workbench.views.review.task_page import TaskPageView


def open_review(qtbot: Any, wb: Any, *, settle: float | None = 0.0,
                debounce: float | None = 0.0) -> tuple[MainWindow, ReviewPage]:
    """A main window on the Review page with its first HIT shown."""
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_page("Review")
    window.activateWindow()
    page = window.pages["Review"]
    assert isinstance(page, ReviewPage)
    if settle is not None:
        page.settle_s = settle
    if debounce is not None:
        page.debounce_s = debounce
    wait_for_hit(qtbot, page)
    return window, page


def wait_for_hit(qtbot: Any, page: ReviewPage, pk: int | None = None) -> None:
    qtbot.waitUntil(lambda: page.review is not None and not page.is_loading()
                    and (pk is None or page.review.pk == pk), timeout=15_000)


def wait_idle(qtbot: Any, page: ReviewPage) -> None:
    """Until the last decision is queued and the next thing to decide is on screen."""
    qtbot.waitUntil(lambda: not page.actions_.busy and not page.is_loading(), timeout=15_000)


def key(qtbot: Any, page: ReviewPage, name: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the reviewer's keyboard is: the widget with focus on the page."""
    target = QApplication.focusWidget() or page.panel.grid
    qtbot.keyClick(target, name, modifier)


def actions(wb: Any, account: Any) -> list[outbox.ActionInfo]:
    return [a for a in outbox.list_actions(wb, account) if a.state != "cancelled"]


def close(window: MainWindow) -> None:
    """Stop the window's work; web views go now (a page must go before its profile)."""
    window.runner.shutdown()
    for view in window.findChildren(TaskPageView):
        view.release()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def at_keyboard(qtbot: Any, window: MainWindow, page: ReviewPage) -> None:
    """The window is active again and the review has the keyboard (after a dialog)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.waitUntil(lambda: page.actions_.dialog is None, timeout=5000)
    page.panel.grid.setFocus()


def choose(qtbot: Any, combo: QComboBox, wanted: str) -> None:
    """Pick an item of a drop-down as a person does: click it open, then click the item."""
    index = next(i for i in range(combo.count()) if wanted in combo.itemText(i))
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    item = combo.model().index(index, 0)
    view.scrollTo(item)
    # A drop-down ignores a release this soon after it opened (the opening click's own).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(item).center())
    qtbot.waitUntil(lambda: not view.isVisible() and combo.currentIndex() == index,
                    timeout=5000)
    # The closed drop-down hands the keyboard back to its window (a window manager's job,
    # which the offscreen platform does not do).
    combo.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is combo.window(), timeout=5000)
