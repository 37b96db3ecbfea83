"""Press every action and button of a window the way Qt does, and record what opens.

Qt emits ``triggered(bool checked)`` and ``clicked(bool checked)``; a slot written as
``import_file(self, path=None)`` then receives ``path=False`` and returns without asking for
a file. The crawler triggers actions and clicks buttons for real (``QAction.trigger``,
``QAbstractButton.click``: Qt's own emission with its real arguments), answers every dialog
the cautious way (Cancel, No, nothing chosen) and records which dialogs each press opened,
so a test can say "Import HTML… reached its file dialog".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

FILE_FUNCTIONS = ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                  "getExistingDirectory", "getOpenFileUrl", "getOpenFileUrls",
                  "getSaveFileUrl", "getExistingDirectoryUrl")
MESSAGE_FUNCTIONS = ("question", "warning", "information", "critical", "about", "aboutQt")
INPUT_FUNCTIONS = ("getText", "getInt", "getDouble", "getItem", "getMultiLineText")
EXEC_CLASSES = (QDialog, QMessageBox, QFileDialog, QInputDialog, QWizard, QProgressDialog,
                QColorDialog, QFontDialog)


@dataclass(frozen=True)
class Opened:
    """One dialog (or window, menu, web address) a press opened."""

    kind: str  # "file" | "message" | "input" | "dialog" | "window" | "menu" | "url"
    what: str  # the function or class, and the caption where there is one


@dataclass
class Press:
    """One action triggered or button clicked, and what it opened."""

    where: str
    text: str
    opened: list[Opened] = field(default_factory=list)

    @property
    def file_dialogs(self) -> list[Opened]:
        return [o for o in self.opened if o.kind == "file"]


def label(widget: QAction | QAbstractButton) -> str:
    """The text a person reads on an action or button (its accessible name if textless)."""
    text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if isinstance(widget, QAbstractButton) and not text.strip():
        text = widget.accessibleName() or widget.toolTip()
    return text.strip()


class DialogRecorder:
    """Stands in for every dialog; records each one and answers it the cautious way."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened: list[Opened] = []
        self.on_exec: Callable[[QDialog], None] | None = None
        for name in FILE_FUNCTIONS:
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._file(name)))
        for name in MESSAGE_FUNCTIONS:
            monkeypatch.setattr(QMessageBox, name, staticmethod(self._message(name)))
        for name in INPUT_FUNCTIONS:
            monkeypatch.setattr(QInputDialog, name, staticmethod(self._input(name)))
        # Plain functions, so that the dialog or menu comes in as their first argument.
        for cls in EXEC_CLASSES:
            monkeypatch.setattr(cls, "exec", lambda dialog, *a: self._exec(dialog))
        monkeypatch.setattr(QMenu, "exec", lambda menu, *a: self._menu(menu))
        monkeypatch.setattr(QMenu, "popup", lambda menu, *a: self._menu(menu))
        monkeypatch.setattr(QDesktopServices, "openUrl",
                            staticmethod(lambda url: self._record("url", url.toString())))

    def _record(self, kind: str, what: str) -> None:
        self.opened.append(Opened(kind, what))

    def _file(self, name: str) -> Callable[..., Any]:
        def chosen(*args: Any, **kwargs: Any) -> Any:
            caption = kwargs.get("caption") or (args[1] if len(args) > 1 else "")
            self._record("file", f"{name}: {caption}")
            if name.startswith("getExistingDirectory"):
                return ""
            return ([], "") if name in ("getOpenFileNames", "getOpenFileUrls") else ("", "")
        return chosen

    def _message(self, name: str) -> Callable[..., Any]:
        def answered(*args: Any, **kwargs: Any) -> Any:
            title = args[1] if len(args) > 1 else kwargs.get("title", "")
            self._record("message", f"{name}: {title}")
            buttons = args[3] if len(args) > 3 else kwargs.get("buttons")
            if buttons is not None and bool(buttons & QMessageBox.StandardButton.Discard):
                return QMessageBox.StandardButton.Discard  # never keep windows open
            if buttons is not None and bool(buttons & QMessageBox.StandardButton.Cancel):
                return QMessageBox.StandardButton.Cancel
            return QMessageBox.StandardButton.No
        return answered

    def _input(self, name: str) -> Callable[..., Any]:
        def cancelled(*args: Any, **kwargs: Any) -> Any:
            title = args[1] if len(args) > 1 else kwargs.get("title", "")
            self._record("input", f"{name}: {title}")
            return ("", False) if name in ("getText", "getItem", "getMultiLineText") \
                else (0, False)
        return cancelled

    def _exec(self, dialog: QDialog) -> int:
        if isinstance(dialog, QFileDialog):
            # workbench.views.widgets.file_dialogs builds its own QFileDialog and runs it.
            self._record("file", f"{type(dialog).__name__}: {dialog.windowTitle()}")
            return int(QDialog.DialogCode.Rejected)
        self._record("dialog", f"{type(dialog).__name__}: {dialog.windowTitle()}")
        if self.on_exec is not None:
            self.on_exec(dialog)
        return int(QDialog.DialogCode.Rejected)

    def _menu(self, menu: QMenu) -> None:
        self._record("menu", menu.title())

    def take(self) -> list[Opened]:
        taken, self.opened = self.opened, []
        return taken


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _open_windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, QMenu)}


def reachable(item: QAction | QAbstractButton, depth: int = 0) -> bool:
    """Whether a person can press it now: a shown button, or an action in a shown widget
    or in a menu they can open (from a menu bar, another menu or a button)."""
    if isinstance(item, QAbstractButton):
        return item.isVisible()
    if not item.isVisible() or depth > 5:
        return False
    for owner in item.associatedObjects():
        if isinstance(owner, QMenu):
            if reachable(owner.menuAction(), depth + 1) or _menu_button_shown(owner):
                return True
        elif isinstance(owner, QWidget) and owner.isVisible():
            return True
    return False


def _menu_button_shown(menu: QMenu) -> bool:
    parent = menu.parentWidget()
    if parent is None:
        return False
    window = parent.window()
    return any(b.menu() is menu and b.isVisible() for b in
               [window, *window.findChildren(QToolButton)] if isinstance(b, QToolButton))


def _is_popup_button(button: QAbstractButton) -> bool:
    # Qt opens such a button's menu from C++ (a blocking exec the recorder cannot stand in
    # for); its menu's actions are pressed as actions instead.
    return isinstance(button, QToolButton) and button.menu() is not None and \
        button.popupMode() != QToolButton.ToolButtonPopupMode.DelayedPopup


def _is_dialog_frame_button(button: QAbstractButton) -> bool:
    """OK, Cancel, Next, Finish...: they accept or reject the dialog (no arguments)."""
    parent = button.parentWidget()
    while parent is not None:
        if isinstance(parent, QDialogButtonBox):
            return True
        parent = parent.parentWidget()
    window = button.window()
    return isinstance(window, QWizard) and any(
        window.button(which) is button for which in QWizard.WizardButton
        if which not in (QWizard.WizardButton.NoButton, QWizard.WizardButton.NStandardButtons))


class Crawler:
    """Presses everything in a window (and the dialogs it opens), recording what opened."""

    def __init__(self, recorder: DialogRecorder, *, skip: Callable[[QObjectLike], str],
                 idle: Callable[[], bool] = lambda: True, depth: int = 2) -> None:
        self.recorder = recorder
        self.skip = skip
        self.idle = idle
        self.depth = depth
        self.presses: list[Press] = []
        self.skipped: list[tuple[str, str, str]] = []
        # Objects are told apart by id(); holding them keeps each id their own.
        self._seen: set[int] = set()
        self._crawled_windows: set[int] = set()
        self._held: list[object] = []
        recorder.on_exec = self._crawl_modal

    def _crawl_modal(self, dialog: QDialog) -> None:
        if self._level < self.depth:
            self.crawl(dialog, f"{type(dialog).__name__}")

    _level = 0

    def items(self, root: QWidget) -> Iterator[QAction | QAbstractButton]:
        for action in root.findChildren(QAction):
            yield action
        for action in root.actions():
            yield action
        yield from root.findChildren(QAbstractButton)

    def crawl(self, root: QWidget, where: str, *, again: bool = False) -> None:
        """Press every action and button of ``root`` a person can reach, once each."""
        if id(root) in self._crawled_windows and not again:
            return
        self._crawled_windows.add(id(root))
        self._held.append(root)
        self._level += 1
        try:
            self._press_all(root, where)
            # A person reaches what is on the other tabs by choosing them.
            for tabs in root.findChildren(QTabWidget) if isValid(root) else []:
                if not isValid(root) or not isValid(tabs) or not tabs.isVisible():
                    continue
                shown = tabs.currentIndex()
                for index in range(tabs.count()):
                    if isValid(tabs) and tabs.isTabEnabled(index) and index != shown:
                        tabs.setCurrentIndex(index)
                        _settle()
                        self._press_all(root, where)
                if isValid(tabs):
                    tabs.setCurrentIndex(shown)
        finally:
            self._level -= 1

    def _press_all(self, root: QWidget, where: str) -> None:
        for item in list(self.items(root)):
            if not isValid(root):
                return  # a press closed the window (and Qt deleted it)
            self.press(item, where)

    def press(self, item: QAction | QAbstractButton, where: str) -> Press | None:
        """Trigger one action or click one button as Qt does; None if it was not pressed."""
        if not isValid(item) or id(item) in self._seen:
            return None
        text = label(item)
        if isinstance(item, QAction) and (item.isSeparator() or item.menu() is not None):
            return None
        if not item.isEnabled() or not reachable(item):
            return None
        if isinstance(item, QAbstractButton) and (_is_popup_button(item)
                                                  or _is_dialog_frame_button(item)):
            return None
        self._seen.add(id(item))
        self._held.append(item)
        reason = self.skip(item)
        if reason:
            self.skipped.append((where, text, reason))
            return None
        before = _open_windows()
        self.recorder.take()
        press = Press(where, text)
        self.presses.append(press)
        if isinstance(item, QAction):
            item.trigger()
        else:
            item.click()
        _settle()
        # Work the press started in the background may open its dialog when it is done;
        # the next press waits for it, as a person would.
        deadline = time.monotonic() + 60
        while not self.idle() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        _settle()
        press.opened += self.recorder.take()
        for window in _open_windows() - before:
            press.opened.append(Opened("window", f"{type(window).__name__}: "
                                                 f"{window.windowTitle()}"))
            if self._level < self.depth:
                self.crawl(window, type(window).__name__)
            press.opened += self.recorder.take()
            close_window(window)
        return press

    def find(self, text: str, where: str | None = None) -> list[Press]:
        return [p for p in self.presses if p.text == text and (where is None or p.where == where)]


QObjectLike = QAction | QAbstractButton


def close_window(window: QWidget) -> None:
    """Close a window the crawl opened (without saving anything) and let Qt delete it."""
    if not isValid(window):
        return
    if isinstance(window, QDialog):
        window.reject()
    window.close()  # as a person closes it (windows the app keeps are hidden, not deleted)
    _settle()
