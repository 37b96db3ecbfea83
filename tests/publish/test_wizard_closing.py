"""Closing the publish wizard never loses a batch's setup without asking; Esc on a drop-down
only closes the drop-down.

These tests press real keys (QTest key events through Qt's event delivery) and answer the real
question box, as a person would. Run under an X server with a window manager
(``QT_QPA_PLATFORM=xcb`` with Xvfb and openbox), the last one types through the X server with
xdotool, so that focus and Esc behave as on a desktop.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton, QWidget

from tests.publish.test_wizard import reviews_csv
from workbench.services.accounts import get_account
from workbench.views.wizard.wizard import PublishWizard

pytestmark = pytest.mark.timeout(90)


class QuestionBox:
    """Answers the next question box with a real key or click, and remembers what it said."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str]] = []  # (title, text, default button)

    def answer_with(self, act: Callable[[QMessageBox], None], *, within_s: float = 5) -> None:
        tries = [int(within_s * 50)]

        def look() -> None:
            box = QApplication.activeModalWidget()
            # A person answers once the box is there and has the keyboard.
            if not isinstance(box, QMessageBox) or not box.isVisible() \
                    or QApplication.activeWindow() is not box:
                tries[0] -= 1
                if tries[0] > 0:
                    QTimer.singleShot(20, look)
                return
            default = box.defaultButton()
            self.seen.append((box.windowTitle(), box.text(),
                              default.text().replace("&", "") if default is not None else ""))
            act(box)

        QTimer.singleShot(20, look)


def press(key: Qt.Key) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        from pytestqt.qtbot import QtBot

        QtBot.keyClick(box.focusWidget() or box, key)

    return act


def click_discard(box: QMessageBox) -> None:
    button = box.button(QMessageBox.StandardButton.Discard)
    assert button is not None
    button.click()


def shown_wizard(qtbot, context) -> PublishWizard:  # type: ignore[no-untyped-def]
    wizard = PublishWizard(context, get_account(context.wb))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    return wizard


def to_properties(qtbot, wizard: PublishWizard, csv: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.template_page.chooser.select("preset", "sentiment")
    wizard.next()
    wizard.input_page.choose_file(str(csv))
    qtbot.waitUntil(wizard.input_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.next()
    assert wizard.currentPage() is wizard.properties_page


def focus_key_widget(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """Where a key typed now goes: the focused widget, as the window system would send it."""
    QApplication.processEvents()
    return QApplication.focusWidget() or widget


def test_esc_on_an_open_drop_down_closes_only_the_drop_down(
        qtbot, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = shown_wizard(qtbot, context)
    to_properties(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 5))
    page = wizard.properties_page
    qtbot.keyClicks(page.description, "Read one review and choose its sentiment.")
    boxes: list[QComboBox] = [page.lifetime, page.duration]
    page.requirements.add_requirement({"QualificationTypeId": "00000000000000000071",
                                       "Comparator": "In",
                                       "LocaleValues": [{"Country": "DE"}]})
    qtbot.wait(50)
    boxes += [b for b in page.requirements.findChildren(QComboBox) if b.isVisible()][:2]
    questions = QuestionBox()
    for box in boxes:
        box.setFocus()
        box.showPopup()
        qtbot.waitUntil(lambda box=box: box.view().isVisible(), timeout=5_000)
        assert QApplication.activePopupWidget() is not None
        qtbot.keyClick(focus_key_widget(qtbot, box), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda box=box: not box.view().isVisible(), timeout=5_000)
        qtbot.wait(50)
        assert wizard.isVisible(), f"Esc on the drop-down of {box.accessibleName()!r} closed " \
                                   "the wizard"
    assert questions.seen == []
    assert page.description.toPlainText().startswith("Read one review")
    # The wizard's own Esc, from now on, asks (and is answered: Discard) so teardown is quiet.
    questions.answer_with(click_discard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)


def test_esc_with_a_batch_set_up_asks_and_enter_keeps_everything(
        qtbot, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = shown_wizard(qtbot, context)
    to_properties(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 5))
    page = wizard.properties_page
    qtbot.keyClicks(page.description, "Read one review and choose its sentiment.")
    questions = QuestionBox()

    # Esc, then Enter on the question: Cancel is the default, so the wizard and its texts stay.
    questions.answer_with(press(Qt.Key.Key_Return))
    qtbot.keyClick(focus_key_widget(qtbot, wizard), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(questions.seen) == 1, timeout=5_000)
    qtbot.wait(50)
    title, text, default = questions.seen[0]
    assert title == "Discard this batch?" and "input file" in text
    assert default == "Cancel"
    assert wizard.isVisible() and wizard.currentPage() is page
    assert page.description.toPlainText() == "Read one review and choose its sentiment."
    assert wizard.state.table is not None and len(wizard.state.table.rows) == 5

    # Esc in the question box is Cancel too.
    questions.answer_with(press(Qt.Key.Key_Escape))
    qtbot.keyClick(focus_key_widget(qtbot, wizard), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(questions.seen) == 2, timeout=5_000)
    qtbot.wait(50)
    assert wizard.isVisible()

    # The Cancel button of the wizard and the window's close button ask as well.
    questions.answer_with(press(Qt.Key.Key_Escape))
    cancel = wizard.button(wizard.WizardButton.CancelButton)
    assert isinstance(cancel, QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(questions.seen) == 3, timeout=5_000)
    qtbot.wait(50)
    assert wizard.isVisible()
    questions.answer_with(press(Qt.Key.Key_Return))
    assert not wizard.close()
    assert wizard.isVisible() and len(questions.seen) == 4

    # Discard closes it.
    questions.answer_with(click_discard)
    qtbot.keyClick(focus_key_widget(qtbot, wizard), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    assert len(questions.seen) == 5


def test_esc_on_a_wizard_with_nothing_entered_closes_it_without_asking(
        qtbot, context, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard = shown_wizard(qtbot, context)
    qtbot.keyClick(focus_key_widget(qtbot, wizard), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    assert asked == []

def xdotool(*args: str) -> None:
    import subprocess

    subprocess.run(["xdotool", *args], check=True, timeout=10)


@pytest.mark.xserver
@pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")
def test_on_an_x_server_with_a_window_manager_keys_from_the_keyboard_behave_the_same(
        qtbot, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Keys typed through the X server (xdotool), with openbox managing the windows."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        pytest.skip("runs under an X server (QT_QPA_PLATFORM=xcb, Xvfb and openbox)")
    wizard = shown_wizard(qtbot, context)
    to_properties(qtbot, wizard, reviews_csv(tmp_path / "reviews.csv", 5))
    page = wizard.properties_page
    page.description.setFocus()
    qtbot.wait(300)
    xdotool("type", "--delay", "5", "Read one review.")
    qtbot.waitUntil(lambda: page.description.toPlainText() == "Read one review.", timeout=5_000)
    box = page.lifetime
    centre = box.mapToGlobal(QPoint(box.width() - 8, box.height() // 2))
    xdotool("mousemove", str(centre.x()), str(centre.y()), "click", "1")
    qtbot.waitUntil(lambda: box.view().isVisible(), timeout=5_000)
    xdotool("key", "Escape")
    qtbot.waitUntil(lambda: not box.view().isVisible(), timeout=5_000)
    qtbot.wait(300)
    assert wizard.isVisible()
    questions = QuestionBox()
    questions.answer_with(lambda _box: xdotool("key", "Return"))
    xdotool("key", "Escape")
    qtbot.waitUntil(lambda: len(questions.seen) == 1, timeout=5_000)
    qtbot.wait(300)
    assert wizard.isVisible() and questions.seen[0][2] == "Cancel"
    questions.answer_with(click_discard)
    xdotool("key", "Escape")
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
