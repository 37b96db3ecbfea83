"""A new user tries the demo, brings in their MTurk archive, compares its answers, and goes
back and forth between the archive and the demo's live work with the toolbar's switcher.

First start → "Try a demo project" → Account → Import MTurk results… (the real
clarity_batch8.csv, then a later, larger download of the same batch) → Review on the
archive: free-text captions never "agree" → a batch chosen in Review → the account switched
by mouse, and back: the queue shows each account's work, never "Nothing left to review".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.journeys.conftest import Camera, FileDialogs
from tests.journeys.person import bring_to_front, choose, click, go, menu
from tests.review.archives import clarity_archive
from workbench.services.context import Workbench
from workbench.store.schema import HIT, ReviewHit
from workbench.views.main_window import MainWindow
from workbench.views.pages.review import ReviewPage

pytestmark = pytest.mark.journey

ARCHIVE = "MTurk archive"


def import_through_the_menu(qtbot: Any, window: MainWindow, dialogs: FileDialogs,
                            path: Path) -> str:
    """Account → Import MTurk results (CSV)…, the file chosen; returns what the window says."""
    bring_to_front(qtbot, window)
    asked = len(dialogs.calls)
    dialogs.will_choose(path)
    menu(qtbot, window, "Account", "Import MTurk results")
    assert len(dialogs.calls) == asked + 1, "the menu item opened no file dialog"
    assert dialogs.calls[-1].caption == "Import MTurk results"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
        f"Imported {path.name}"), timeout=60_000)
    return window.statusBar().currentMessage()


def queue_column(page: ReviewPage, key: str) -> list[str]:
    """What the queue's column shows, row by row."""
    model = page.queue_model
    column = model.column_of(key)
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def agreement_computed(wb: Workbench) -> bool:
    """Whether the Review page has measured every HIT's agreement (it does so in the
    background after an import): until then "—" could mean "not yet"."""
    with wb.store.read() as session:
        hits = session.scalar(select(func.count()).select_from(HIT)) or 0
        measured = session.scalar(select(func.count()).select_from(ReviewHit)) or 0
    return hits > 0 and measured == hits


def wait_for_queue(qtbot: Any, page: ReviewPage, rows: int) -> None:
    qtbot.waitUntil(lambda: not page.queue_model.is_loading
                    and page.queue_model.rowCount() == rows and page.review is not None
                    and not page.is_loading(), timeout=20_000)


def compare_the_archive(qtbot: Any, window: MainWindow, page: ReviewPage, camera: Camera,
                        order: str, name: str) -> None:
    """Once the page has measured the agreement (in the background), the person orders the
    queue (``order``): every HIT reads "—" (nothing to compare), the captions in the grid
    "free text: not compared"; no HIT reads as unanimous."""
    qtbot.waitUntil(lambda: agreement_computed(window.wb), timeout=30_000)
    choose(qtbot, page.order, order)
    wait_for_queue(qtbot, page, 50)
    agreement = queue_column(page, "agreement")
    assert not [text for text in agreement if "100" in text], agreement
    assert set(agreement) == {"—"}, agreement
    grid = page.grid_model

    def caption() -> object:
        # The grid of the current HIT fills in the background, as a person sees it arrive.
        row = grid.row_of_field("HighLevel")
        return None if row is None else grid.index(row, 0).data()

    qtbot.waitUntil(lambda: caption() is not None, timeout=20_000)
    assert caption() == "(free text: not compared)"
    camera.shot(window, name)


def test_the_demo_an_archive_and_switching_accounts(qtbot: Any, first_start: MainWindow,
                                                    dialogs: FileDialogs, camera: Camera,
                                                    tmp_path: Path,
                                                    fixtures_dir: Path) -> None:
    window = first_start
    bring_to_front(qtbot, window)
    assert window.current_page() is window.welcome
    camera.shot(window, "welcome")

    # The demo: 50 HITs worked by simulated workers, on the local marketplace.
    click(qtbot, window.welcome.demo_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.current_page() is window.hits, timeout=90_000)
    qtbot.waitUntil(lambda: window.hits.count_label.text() == "50 HITs", timeout=20_000)
    assert "50 HITs, 150 assignments submitted by simulated workers" in \
        window.statusBar().currentMessage()
    local = window.account_box.currentText()
    assert local == "local — Local marketplace"

    # The real archive, through the Account menu.
    said = import_through_the_menu(qtbot, window, dialogs, fixtures_dir / "clarity_batch8.csv")
    assert said.startswith("Imported clarity_batch8.csv into MTurk archive: 60 row(s), "
                           "50 HIT(s) and 60 assignment(s) added"), said
    qtbot.waitUntil(lambda: window.account_box.currentText().startswith(ARCHIVE),
                    timeout=10_000)
    assert window.badge.text() != "LIVE MONEY"
    go(qtbot, window, "Review")
    review = window.pages["Review"]
    assert isinstance(review, ReviewPage)
    assert review.archive_note.isVisible()
    assert review.archive_note.text().startswith("MTurk archive: history.")
    assert review.state.currentText() == "All with work"
    compare_the_archive(qtbot, window, review, camera, "Disagreement first", "review-archive")
    camera.screen("archive")

    # A later download of the same batch: 30 HITs × 10 assignments of captions that
    # clearly differ, each row with the form's submit button (the same for everyone).
    larger = clarity_archive(fixtures_dir, tmp_path / "Batch_3096101_batch_results.csv")
    said = import_through_the_menu(qtbot, window, dialogs, larger)
    assert "300 assignment(s) added" in said, said
    go(qtbot, window, "Review")
    compare_the_archive(qtbot, window, review, camera, "Oldest submission first",
                        "review-archive-larger")
    submit = review.grid_model.row_of_field("submit")
    assert submit is not None
    assert review.grid_model.index(submit, 0).data() == "(a submit button: not an answer)"

    # Back to the demo's live work, with the toolbar's switcher.
    choose(qtbot, window.account_box, local)
    assert not review.archive_note.isVisible()
    qtbot.waitUntil(lambda: review.count_label.text() == "50 HITs (to review)",
                    timeout=20_000)
    wait_for_queue(qtbot, review, 50)
    # One batch chosen in the Review page's filter.
    choose(qtbot, review.batch, "Demo")
    qtbot.waitUntil(lambda: not review.is_loading() and review.queue_model.rowCount() == 50,
                    timeout=20_000)
    camera.shot(window, "review-demo-batch")

    # The archive again: its own work, not the demo batch's filter over it.
    choose(qtbot, window.account_box, ARCHIVE)
    wait_for_queue(qtbot, review, 50)
    assert review.batch.currentText() == "All batches"
    assert review.count_label.text() == "50 HITs (all with work)"
    camera.shot(window, "review-archive-again")

    # And back: the demo's 50 HITs wait, the queue is not empty.
    choose(qtbot, window.account_box, local)
    wait_for_queue(qtbot, review, 50)
    assert review.batch.currentText() == "All batches"
    assert review.count_label.text() == "50 HITs (to review)"
    assert review.panel.empty.isHidden()
    assert review.review is not None and review.review.awaiting
    camera.shot(window, "review-demo-again")
    camera.screen("demo-again")
    # Every file dialog of the journey was one the person meant to open.
    assert dialogs.captions() == ["Import MTurk results", "Import MTurk results"]
