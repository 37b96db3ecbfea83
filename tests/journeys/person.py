"""What a person does with the window: clicks, typing, menus, drop-downs and the answers to
the dialogs that pop up, each sent as real mouse and key events to the widget on screen.

Every helper first checks that what it is about to use can be used (shown and enabled), as a
person can only click what they see; then it waits for what the action changes.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from workbench.views.main_window import PAGE_ORDER, MainWindow

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
W = TypeVar("W", bound=QWidget)


def usable(widget: QWidget) -> bool:
    """Shown on screen and enabled: something a person can click or type into."""
    return widget.isVisible() and widget.isEnabled()


def click(qtbot: Any, widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click in the middle of a visible, enabled widget (or at ``pos``)."""
    qtbot.waitUntil(lambda: usable(widget), timeout=15_000)
    qtbot.mouseClick(widget, LEFT, pos=pos if pos is not None else widget.rect().center())


def typing_method(character: str) -> str:
    """How a keyboard gives a character: a plain key (ASCII), a key that carries it as text
    (é, ß, – through a layout, AltGr or a dead key), or an input method (東京)."""
    if character.isascii():
        return "key"
    if unicodedata.east_asian_width(character) in ("W", "F"):
        return "input method"
    return "key with text"


def latin1_key(character: str) -> int:
    """Qt's key code for a character: a Latin-1 letter's capital (Key_Eacute for é), the
    letter itself without one (Key_ssharp, Key_ydiaeresis), else Key_unknown."""
    upper = character.upper()
    if len(upper) == 1 and ord(upper) < 256:
        return ord(upper)
    return ord(character) if ord(character) < 256 else int(Qt.Key.Key_unknown)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into the widget as a keyboard would, character by character.

    (QTest's own typing knows only ASCII and a few Latin letters: it aborts on "é".)
    """
    for character in text:
        method = typing_method(character)
        if method == "key":
            qtbot.keyClicks(widget, character)
        elif method == "key with text":
            code = latin1_key(character)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, code, NONE, character))
        else:
            composed = QInputMethodEvent("", [])
            composed.setCommitString(character)
            QApplication.sendEvent(widget, composed)


def type_into(qtbot: Any, widget: QWidget, text: str, *, replace: bool = True) -> None:
    """Click into a field, select what it holds (Ctrl+A) and type ``text``."""
    click(qtbot, widget)
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(qtbot, widget, text)


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE,
          widget: QWidget | None = None) -> None:
    """A key where the keyboard is: the focused widget (or ``widget``)."""
    target = widget or QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def bring_to_front(qtbot: Any, window: QWidget) -> None:
    """Make a window the active one, as clicking its title bar does, and wait until it is."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)


def open_drop_down(qtbot: Any, combo: QComboBox) -> None:
    """Click a drop-down's arrow (on an editable one, the middle is its text field)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    arrow = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxArrow, combo)
    click(qtbot, combo, arrow.center() if combo.isEditable() else None)
    qtbot.waitUntil(combo.view().isVisible, timeout=5000)


def choose(qtbot: Any, combo: QComboBox, wanted: str) -> None:
    """Pick a drop-down's item as a person does: click it open, then click the item."""
    qtbot.waitUntil(lambda: usable(combo) and any(
        wanted in combo.itemText(i) for i in range(combo.count())), timeout=15_000)
    index = next(i for i in range(combo.count()) if wanted in combo.itemText(i))
    open_drop_down(qtbot, combo)
    view = combo.view()
    item = combo.model().index(index, 0)
    view.scrollTo(item)
    # A drop-down ignores a release this soon after it opened (the opening click's own).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(item).center())
    qtbot.waitUntil(lambda: not view.isVisible() and combo.currentIndex() == index,
                    timeout=5000)
    # The closed drop-down hands the keyboard back to its window (a window manager's job,
    # which the offscreen platform does not do).
    combo.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is combo.window(), timeout=5000)


def menu(qtbot: Any, window: QMainWindow, title: str, item: str) -> None:
    """Click a menu of the menu bar open, then click one of its items."""
    bar = window.menuBar()
    top = next(a for a in bar.actions() if a.text().replace("&", "") == title)
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(top).center())
    popup = top.menu()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    entry = next(a for a in popup.actions() if a.text().replace("&", "").startswith(item))
    assert entry.isEnabled(), f"{item} is greyed out"
    qtbot.mouseClick(popup, LEFT, pos=popup.actionGeometry(entry).center())
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5000)


def go(qtbot: Any, window: MainWindow, page: str) -> None:
    """Click a page in the side bar."""
    bar = window.side_bar
    item = bar.item(PAGE_ORDER.index(page))
    qtbot.mouseClick(bar.viewport(), LEFT, pos=bar.visualItemRect(item).center())
    qtbot.waitUntil(lambda: window.current_page() is window.pages[page], timeout=5000)


def shown(qtbot: Any, kind: type[W], parent: QWidget | None = None,
          timeout: int = 20_000) -> W:
    """The window or dialog of this kind that has just come up (waits for it)."""
    found: list[W] = []

    def visible() -> bool:
        candidates = (parent.findChildren(kind) if parent is not None
                      else [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)])
        found[:] = [w for w in candidates if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=timeout)
    return found[-1]


def dialog_text(dialog: QWidget) -> str:
    """What a dialog says: its title and its message (or its field's label)."""
    text = dialog.text() if isinstance(dialog, QMessageBox) else \
        dialog.labelText() if isinstance(dialog, QInputDialog) else ""
    return f"{dialog.windowTitle()}: {text}"


class DialogAnswer:
    """Answers the next modal dialog of a kind (a question box, a name to type) once it is
    shown, from inside its event loop, with real clicks and keys."""

    def __init__(self, kind: type[QDialog], act: Callable[[Any], None],
                 timeout_s: float = 20.0) -> None:
        self.kind, self.act = kind, act
        self.deadline = time.monotonic() + timeout_s
        self.seen: list[str] = []  # what the dialog said
        self.failure = ""
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, self.kind) and widget.isVisible():
            self.seen.append(dialog_text(widget))
            try:
                self.act(widget)
            except Exception as exc:  # the journey fails on it; the dialog must not hang it
                self.failure = f"{exc!r} at the dialog {self.seen[-1]}"
                widget.reject()
            return
        if time.monotonic() < self.deadline:
            QTimer.singleShot(30, self._poll)

    @property
    def answered(self) -> bool:
        assert not self.failure, self.failure
        return bool(self.seen)


class UnexpectedDialogs:
    """A question box, a name box or a file dialog that nobody answers would hold a journey
    in its event loop until the test times out: after a few seconds it is closed (Escape's
    answer), and what it said is kept, for the journey to fail on."""

    patience_s = 5.0
    kinds = (QMessageBox, QInputDialog, QFileDialog)

    def __init__(self) -> None:
        self.closed: list[str] = []
        self._since: dict[int, float] = {}
        self.timer = QTimer()
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, self.kinds) or not widget.isVisible():
            self._since.clear()
            return
        first = self._since.setdefault(id(widget), time.monotonic())
        if time.monotonic() - first > self.patience_s:
            self.closed.append(dialog_text(widget))
            self._since.clear()
            widget.reject()

    def stop(self) -> None:
        self.timer.stop()


def answer_question(qtbot: Any, button: QMessageBox.StandardButton) -> DialogAnswer:
    """When the next question box comes up, click ``button`` in it."""
    def act(box: QMessageBox) -> None:
        target = box.button(button)
        assert isinstance(target, QAbstractButton), f"the box has no {button}: {box.text()}"
        qtbot.mouseClick(target, LEFT, pos=target.rect().center())

    return DialogAnswer(QMessageBox, act)


def answer_question_by_key(qtbot: Any, key: Qt.Key) -> DialogAnswer:
    """When the next question box comes up, press ``key`` where its keyboard is (Enter takes
    its default button, Esc its cancel)."""
    def act(box: QMessageBox) -> None:
        qtbot.keyClick(box.focusWidget() or box, key)

    return DialogAnswer(QMessageBox, act)


def answer_with_text(qtbot: Any, text: str) -> DialogAnswer:
    """When the next "type a name" dialog comes up, type ``text`` over its field and Enter."""
    def act(dialog: QInputDialog) -> None:
        field = dialog.findChild(QLineEdit)
        assert field is not None
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return DialogAnswer(QInputDialog, act)
