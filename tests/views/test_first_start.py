"""The first start: a way to design and publish one's own task, and empty pages that read."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow
from workbench.views.theme import MUTED_CONTRAST, apply_theme, contrast
from workbench.views.widgets.empty_state import EmptyState


def open_window(qtbot: Any, wb: Workbench) -> MainWindow:
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def top_level(kind: str) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if type(w).__name__ == kind and w.isVisible()]


def test_the_first_start_offers_to_design_and_publish_ones_own_task(qtbot: Any,
                                                                    wb: Workbench) -> None:
    window = open_window(qtbot, wb)
    try:
        welcome = window.welcome
        assert window.stack.currentWidget() is welcome  # an empty store starts here
        headings = [label.text() for label in welcome.findChildren(QLabel)]
        assert "Design and publish my own task" in headings
        button = welcome.publish_button  # type: ignore[attr-defined]
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(top_level("PublishWizard")), timeout=10_000)
        assert window.stack.currentWidget() is window.pages["Batches"]
        for wizard in top_level("PublishWizard"):
            wizard.close()
        window.show_page("Start")
        qtbot.mouseClick(welcome.design_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: bool(top_level("TemplateDesigner")), timeout=20_000)
        for designer in top_level("TemplateDesigner"):
            designer.close()
    finally:
        window.runner.shutdown()


@pytest.mark.parametrize("width", [1280, 960])
def test_the_four_cards_fit_the_window(qtbot: Any, wb: Workbench, width: int) -> None:
    window = open_window(qtbot, wb)
    window.resize(width, 800)
    qtbot.wait(50)
    try:
        welcome = window.welcome
        for card in welcome.cards:  # type: ignore[attr-defined]
            area = card.geometry()
            assert area.left() >= 0 and area.right() <= welcome.width(), (width, area)
    finally:
        window.runner.shutdown()


def darkest_contrast(label: QLabel, background: QColor) -> float:
    """The contrast of the most inked pixel of a label's text with the background."""
    image: QImage = label.grab().toImage()
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            best = max(best, contrast(image.pixelColor(x, y), background))
    return best


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_empty_state_text_reads_in_both_themes(qtbot: Any, qapp: QApplication,
                                               theme: str) -> None:
    apply_theme(qapp, theme)
    try:
        empty = EmptyState("No batches yet", "A batch is one HIT per row of an input file.")
        qtbot.addWidget(empty)
        caption = QLabel("Committed, not yet paid")  # a caption in the charts' style
        caption.setStyleSheet("color: palette(mid);")
        qtbot.addWidget(caption)
        empty.resize(700, 300)
        empty.show()
        caption.show()
        window = empty.palette().color(empty.backgroundRole())
        body = empty.body.palette().color(empty.body.foregroundRole())
        assert contrast(body, window) >= MUTED_CONTRAST, (theme, body.name())
        assert darkest_contrast(empty.body, window) >= MUTED_CONTRAST
        assert darkest_contrast(caption, window) >= MUTED_CONTRAST
        # Still secondary: lighter than the title.
        title = empty.title.palette().color(empty.title.foregroundRole())
        assert contrast(body, window) < contrast(title, window)
    finally:
        apply_theme(qapp, "light")
