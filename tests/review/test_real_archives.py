"""The Review page on real MTurk archives: what agrees, what is not compared, how answers read.

The archives are the fixtures' real rows at the size a reviewer meets (tests/review/
archives.py): 30 HITs × 10 assignments of free-text captions with a submit button's field,
radio and checkbox options, a crowd page's JSON lists, image data and multi-line comments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from sqlalchemy import delete, select

from tests.review.archives import clarity_archive, semseg_crowd_archive, sigircis_archive
from tests.review.helpers import choose, close, key
from workbench.services.accounts import AccountInfo, list_accounts
from workbench.services.consensus import (
    CHOICE,
    FREE_TEXT,
    SAME_FOR_ALL,
    SHORT_TEXT,
    BatchFields,
    FieldStats,
    compute_hit,
    field_kind,
    refresh_consensus,
)
from workbench.services.context import Workbench
from workbench.services.importing import import_results
from workbench.services.review import readable_answer
from workbench.store.schema import HIT, Assignment, ReviewHit
from workbench.views.main_window import MainWindow
from workbench.views.pages.review import ReviewPage

ToolTip = Qt.ItemDataRole.ToolTipRole


def archive(wb: Workbench) -> AccountInfo:
    return next(a for a in list_accounts(wb) if a.name == "MTurk archive")


def open_archive(qtbot: Any, wb: Workbench, batch: str | None = None
                 ) -> tuple[MainWindow, ReviewPage]:
    """The window, switched to the archive with the toolbar's account list, on Review."""
    window = MainWindow(wb)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    choose(qtbot, window.account_box, "MTurk archive")
    window.show_page("Review")
    page = window.pages["Review"]
    assert isinstance(page, ReviewPage)
    if batch is not None:
        qtbot.waitUntil(lambda: page.batch.count() > 1, timeout=10_000)
        choose(qtbot, page.batch, batch)
    qtbot.waitUntil(lambda: page.review is not None and not page.is_loading()
                    and page.queue_model.rowCount() > 0, timeout=15_000)
    return window, page


def wait_agreement(qtbot: Any, wb: Workbench, page: ReviewPage, hits: int) -> None:
    """Until the page has computed every HIT's agreement and the queue shows it."""
    def computed() -> int:
        with wb.store.read() as session:
            return len(list(session.scalars(select(ReviewHit.hit_pk))))

    qtbot.waitUntil(lambda: computed() == hits, timeout=15_000)
    with qtbot.waitSignal(page.queue_model.loaded, timeout=10_000):
        page.queue_model.refresh()


def queue_texts(page: ReviewPage, column: str, role: int = Qt.ItemDataRole.DisplayRole
                ) -> list[Any]:
    model = page.queue_model
    at = model.column_of(column)
    return [model.index(row, at).data(role) for row in range(model.rowCount())]


def suggested(page: ReviewPage, field: str) -> str:
    grid = page.grid_model
    row = grid.row_of_field(field)
    assert row is not None, f"no row {field}: {grid.review.fields if grid.review else None}"
    return str(grid.data(grid.index(row, 0)))


def cell(page: ReviewPage, field: str, column: int, role: int = Qt.ItemDataRole.DisplayRole
         ) -> Any:
    grid = page.grid_model
    row = grid.row_of_field(field)
    assert row is not None
    return grid.data(grid.index(row, column), role)


def test_thirty_hits_of_differing_captions_never_agree_100_percent(
        qtbot: Any, wb: Workbench, fixtures_dir: Path, tmp_path: Path,
        no_dawid_skene: None) -> None:
    report = import_results(wb, clarity_archive(fixtures_dir, tmp_path / "clarity.csv"))
    assert (report.hits_added, report.assignments_added) == (30, 300)
    window, page = open_archive(qtbot, wb)
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 30, timeout=10_000)
    wait_agreement(qtbot, wb, page, 30)
    # The captions clearly differ and the submit button's caption is the same everywhere:
    # nothing can be compared, and no HIT may read as unanimous.
    assert set(queue_texts(page, "agreement")) == {"—"}
    assert "Nothing to compare" in queue_texts(page, "agreement", ToolTip)[0]
    assert suggested(page, "HighLevel") == "(free text: not compared)"
    assert suggested(page, "submit") == "(a submit button: not an answer)"
    assert page.review is not None and len(page.review.assignments) == 10
    for column in range(1, 11):
        assert cell(page, "HighLevel", column, Qt.ItemDataRole.BackgroundRole) is None
    with wb.store.read() as session:
        assert set(session.scalars(select(ReviewHit.agreement))) == {None}
    close(window)


def test_option_groups_read_as_the_option_ticked_and_agree_by_it(
        qtbot: Any, wb: Workbench, fixtures_dir: Path, tmp_path: Path,
        no_dawid_skene: None) -> None:
    import_results(wb, sigircis_archive(fixtures_dir, tmp_path / "sig.csv", varied=True))
    window, page = open_archive(qtbot, wb)
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 30, timeout=10_000)
    wait_agreement(qtbot, wb, page, 30)
    review = page.review
    assert review is not None
    # One row per question, not one true/false row per option.
    assert "age" in review.fields and "coherence_2" in review.fields
    assert not [f for f in review.fields if ".option_" in f or ".s_" in f]
    assert "summary_1" in review.fields
    ticked = {a.assignment_id: a.answers for a in review.assignments}
    first = review.assignments[0]
    option = next(n.rsplit(".", 1)[1] for n, v in ticked[first.assignment_id].items()
                  if n.startswith("age.") and v == "true")
    assert cell(page, "age", 1) == option
    # Free-text explanations are not compared; the options are.
    assert suggested(page, "explanation_1") == "(free text: not compared)"
    texts = queue_texts(page, "agreement")
    with wb.store.read() as session:
        sizes = {h: int(n) for h, n in session.execute(select(
            HIT.hit_id, HIT.submitted_count + HIT.approved_count + HIT.rejected_count))}
    hit_ids = queue_texts(page, "hit_id")
    # A HIT of one assignment has nothing to compare; the others agree less than fully.
    singles = [t for h, t in zip(hit_ids, texts, strict=True) if sizes[h] == 1]
    several = [t for h, t in zip(hit_ids, texts, strict=True) if sizes[h] >= 3]
    assert singles and set(singles) == {"—"}
    assert several and all(t.endswith("%") and t != "100%" for t in several)
    # On a single assignment's HIT, its answer is no "majority of 1 of 1".
    single_row = next(i for i, h in enumerate(hit_ids) if sizes[h] == 1)
    view = page.queue
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(page.queue_model.index(single_row, 0)).center())
    qtbot.waitUntil(lambda: page.review is not None and len(page.review.assignments) == 1
                    and not page.is_loading(), timeout=10_000)
    assert suggested(page, "age") == "(one answer: nothing to compare)"
    assert "1 of 1" not in "".join(suggested(page, f) for f in page.review.fields)
    close(window)


def _row_fits(grid: Any, row: int) -> bool:
    """Whether every cell of a row, scrolled into view or not, fits the row's height."""
    model = grid.model()
    option = QStyleOptionViewItem()
    grid.initViewItemOption(option)
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    for column in range(model.columnCount()):
        option.rect.setRect(0, 0, grid.columnWidth(column) - 1, max(1, grid.rowHeight(row)))
        needed = grid.itemDelegate().sizeHint(option, model.index(row, column)).height()
        if needed > grid.rowHeight(row):
            return False
    return True


def test_json_lists_images_and_multi_line_comments_read_whole(
        qtbot: Any, wb: Workbench, fixtures_dir: Path, tmp_path: Path,
        no_dawid_skene: None) -> None:
    import_results(wb, semseg_crowd_archive(fixtures_dir, tmp_path / "semseg.csv"))
    window, page = open_archive(qtbot, wb)
    window.resize(1100, 760)
    review = page.review
    assert review is not None
    labels = [cell(page, "labels", c) for c in range(1, len(review.assignments) + 1)]
    assert "Humerus, Glenoid" in labels and "Humerus" in labels
    assert not any(text.startswith("[") for text in labels)
    boxes = str(cell(page, "boxes", 1))
    assert boxes.startswith("1. label: Humerus, left: ") and "[{" not in boxes
    image = "humerusSemSegDifficult.labeledImage.pngImageData"
    assert str(cell(page, image, 1)).startswith("(a PNG image, ")
    comments = [str(cell(page, "comment", c)) for c in range(1, len(review.assignments) + 1)]
    long = next(c for c in comments if c.startswith("Outline"))
    assert long == ("Outline follows the cortex.\nThe head is partly hidden by the glenoid; "
                    "I traced the visible edge only.")
    grid = page.panel.grid
    qtbot.waitUntil(lambda: all(_row_fits(grid, r) for r in range(grid.model().rowCount())),
                    timeout=5000)
    # Dawid-Skene's line arrives later in the Suggested cell: its row grows to show it.
    row = page.grid_model.row_of_field("labels")
    assert row is not None
    page.grid_model.set_dawid_skene({"labels": ("Humerus, Glenoid, and a long label", 0.91)})
    qtbot.waitUntil(lambda: _row_fits(grid, row), timeout=5000)
    # The layout suits the batch: going to the next HIT does not make the grid jump.
    sizes = page.panel.splitter.sizes()
    first = page.review.pk
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=grid.visualRect(page.grid_model.index(0, 1)).center())
    key(qtbot, page, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: page.review is not None and page.review.pk != first
                    and not page.is_loading(), timeout=10_000)
    qtbot.wait(50)
    assert page.panel.splitter.sizes() == sizes
    close(window)


@pytest.mark.parametrize(("stats", "kind"), [
    (FieldStats("submit", 1, 300, 30, 300), SAME_FOR_ALL),
    (FieldStats("btnSubmit", 3, 3, 1, 3), SAME_FOR_ALL),
    (FieldStats("color", 1, 47, 6, 47), SAME_FOR_ALL),
    (FieldStats("label", 1, 3, 1, 3), CHOICE),  # one HIT, all alike: unanimous, not constant
    (FieldStats("label", 3, 300, 100, 300), CHOICE),
    (FieldStats("word", 40, 300, 100, 295), SHORT_TEXT),
    (FieldStats("caption", 290, 300, 30, 120), FREE_TEXT),
    (FieldStats("note", 2, 2, 1, 0), FREE_TEXT),  # two long texts are no choice
    (FieldStats("submitted_at", 300, 300, 30, 300), FREE_TEXT),
])
def test_what_a_field_holds_decides_how_it_is_compared(stats: FieldStats, kind: str) -> None:
    assert field_kind(stats) == kind


def test_short_answers_agree_regardless_of_case_spacing_and_punctuation() -> None:
    answers = [(1, "Submitted", "city", "Paris."), (2, "Submitted", "city", " paris"),
               (3, "Submitted", "city", "Lyon"), (1, "Submitted", "submit", "Submit"),
               (2, "Submitted", "submit", "Submit"), (3, "Submitted", "submit", "Submit")]
    computed = compute_hit(1, "3/0/0", answers,
                           BatchFields.of({"city": SHORT_TEXT, "submit": SAME_FOR_ALL}), None)
    rows = {(r["name"], r["method"]): r for r in computed.rows}
    assert rows[("city", "text")]["value"] == "paris"
    assert computed.agreement == pytest.approx(2 / 3)
    assert rows[("submit", "constant")]["votes"] == 3


def test_answers_read_as_words_not_json() -> None:
    assert readable_answer('["Humerus","Glenoid"]') == "Humerus, Glenoid"
    assert readable_answer('[{"label":"cat","left":4}]') == "1. label: cat, left: 4"
    assert readable_answer('{"a":1,"b":true}') == "a: 1\nb: true"
    assert readable_answer("[not json") == "[not json"
    assert readable_answer("[]") == "(an empty list)"


def test_the_stored_agreement_is_over_answers_only(wb: Workbench, fixtures_dir: Path,
                                                  tmp_path: Path) -> None:
    import_results(wb, sigircis_archive(fixtures_dir, tmp_path / "sig.csv"))
    account = archive(wb)
    assert refresh_consensus(wb, account.id) == 30
    with wb.store.read() as session:
        agreements = set(session.scalars(select(ReviewHit.agreement)))
        statuses = set(session.scalars(select(Assignment.status)))
    # The five real assignments repeat in every HIT: every HIT agrees alike, and less than
    # fully (the workers chose different options on some questions).
    assert len(agreements) == 1 and 0 < next(iter(agreements)) < 1  # type: ignore[operator]
    assert statuses == {"Approved"}  # submitted work past auto-approval: approved by MTurk


def test_an_archive_reads_as_history_and_takes_no_decision(
        qtbot: Any, wb: Workbench, fixtures_dir: Path, no_dawid_skene: None) -> None:
    import_results(wb, fixtures_dir / "semseg_Batch_5176945_batch_results.csv")
    window, page = open_archive(qtbot, wb)
    assert window.badge.text() == "ARCHIVE" and "LIVE" not in window.badge.text()
    assert window.account_box.currentText() == "MTurk archive — MTurk archive (history)"
    assert not window.sync_action.isEnabled()
    assert "no marketplace to sync with" in window.sync_action.toolTip()
    assert window.balance.text() == "Archive: nothing is paid from it"
    assert page.archive_note.isVisible() and "history" in page.archive_note.text()
    # Work done in January 2024: nothing auto-approves "within 24 hours", nothing is due.
    assert page.state.currentText() == "All with work"
    qtbot.waitUntil(lambda: page.queue_model.rowCount() == 6, timeout=10_000)
    qtbot.wait(200)
    assert page.due_button.isHidden()
    assert "auto-approves" not in page.panel.header.text()
    assert set(queue_texts(page, "deadline")) == {""}
    assert cell(page, "humerusSemSegDifficult.labelMappings.Humerus.color", 1) == "#2ca02c"
    grid = page.grid_model
    assert grid.data(grid.index(1, 1)) == "Approved"
    # No decision, no bonus, no block: the keys say why, the buttons are not offered.
    assert page.panel.approve_button.isHidden() and page.panel.block_button.isHidden()
    assert not page.push_box.isEnabled() and not page.bulk.isEnabled()
    page.panel.grid.setFocus()
    for letter in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_B):
        key(qtbot, page, letter)
        assert "MTurk archive" in window.statusBar().currentMessage()
    key(qtbot, page, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(300)
    from workbench.services import outbox

    assert outbox.list_actions(wb, archive(wb)) == []
    assert page.actions_.dialog is None
    close(window)


def test_a_choice_on_the_batchs_page_is_compared_as_one_in_a_batch_of_one_hit(
        wb: Workbench) -> None:
    from workbench.services.demo import run_demo
    from workbench.store.schema import AnswerField

    # The demo's page asks for a label among three (a crowd-classifier); one HIT, three
    # workers who chose three different labels: too few answers to tell a choice from
    # free text by the answers alone, so the page says what the field is.
    run_demo(wb, hits=1, assignments=3, workers=3, seed=1)
    with wb.store.session(write=True) as session:
        rows = list(session.scalars(select(AnswerField).where(
            AnswerField.name == "sentiment.label").order_by(AnswerField.id)))
        assert len(rows) == 3
        for row, label in zip(rows, ("Positive", "Neutral", "Negative"), strict=True):
            row.value = label
        session.execute(delete(ReviewHit))
    account = next(a for a in list_accounts(wb) if a.kind == "local")
    assert refresh_consensus(wb, account.id) == 1
    with wb.store.read() as session:
        agreement = session.scalar(select(ReviewHit.agreement))
    assert agreement == pytest.approx(1 / 3)  # not "—" (None), as free text would read
