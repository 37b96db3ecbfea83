"""Screenshots of the Review and Workers pages with demo data, long answers and non-ASCII text.

Run with WORKBENCH_SCREENSHOTS=some/folder to keep them; otherwise they go to a temp folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from tests.review.helpers import at_keyboard, close, key, open_review, wait_idle
from workbench.services import outbox
from workbench.services.accounts import get_account
from workbench.store.schema import AnswerField

SIZE = (1280, 800)
COMMENTS = (
    "Die Bewertung ist eindeutig negativ: „Nach zwei Wochen kaputt“ — ich habe deshalb "
    "Negative gewählt, obwohl der erste Satz freundlich klingt. " * 3,
    "肯定的なレビューです。配送も早かったと書かれています。👍",
    "<b>not bold</b> & <script>alert('x')</script> — worker text stays text",
)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WORKBENCH_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(widget: QWidget, path: Path, size: tuple[int, int] | None = SIZE) -> QImage:
    widget.grab().save(str(path))
    image = QImage(str(path))
    if size is not None:
        assert (image.width(), image.height()) == size
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16)
               for y in range(0, image.height(), 16)}
    assert len(colours) > 12, f"{path.name} looks empty"
    return image


def test_screenshots_of_review_and_workers(qtbot, demo_wb, shots: Path, no_dawid_skene  # type: ignore[no-untyped-def]
                                          ) -> None:
    window, page = open_review(qtbot, demo_wb)
    account = get_account(demo_wb)
    review = page.review
    assert review is not None
    with demo_wb.store.session(write=True) as session:
        for assignment, comment in zip(review.assignments, COMMENTS, strict=True):
            session.add(AnswerField(assignment_pk=assignment.pk, name="comment", value=comment))
    page.reload_hit()
    qtbot.waitUntil(lambda: page.review is not None and "comment" in page.review.fields,
                    timeout=10_000)
    page.panel.grid.set_current_column(1)
    qtbot.wait(300)
    save(window, shots / "review.png")

    # A HIT whose workers disagree, one rejection queued, the Reject dialog over it.
    key(qtbot, page, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, page)
    while page.review is not None and len({a.answers.get("sentiment.label")
                                           for a in page.review.assignments}) < 2:
        key(qtbot, page, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)
    mixed = page.review
    assert mixed is not None
    outbox.queue_approve(demo_wb, account, [mixed.assignments[0].assignment_id])
    page.reload_hit()
    qtbot.waitUntil(lambda: page.review is not None
                    and page.review.assignments[0].decision is not None, timeout=10_000)
    qtbot.wait(300)
    save(window, shots / "review-disagreement.png")
    page.panel.grid.set_current_column(2)
    key(qtbot, page, Qt.Key.Key_R)
    dialog = page.actions_.dialog
    assert dialog is not None
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_2)  # type: ignore[attr-defined]
    qtbot.wait(200)
    save(dialog, shots / "review-reject-dialog.png", None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    at_keyboard(qtbot, window, page)

    # The task page with the worker's answer filled in.
    key(qtbot, page, Qt.Key.Key_T)
    view = page.panel.task_page
    qtbot.waitUntil(lambda: view.view is not None and bool(view.html), timeout=15_000)
    qtbot.wait(1500)  # the web view paints asynchronously
    save(window, shots / "review-task-page.png")
    key(qtbot, page, Qt.Key.Key_T)

    window.show_page("Workers")
    workers = window.pages["Workers"]
    qtbot.waitUntil(lambda: not workers.model.is_loading and workers.model.rowCount() == 10,
                    timeout=15_000)
    workers.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(workers.records), timeout=10_000)
    qtbot.wait(300)
    save(window, shots / "workers.png")
    QApplication.processEvents()
    close(window)
