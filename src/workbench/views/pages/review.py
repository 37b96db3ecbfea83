"""The Review page: a queue of HITs beside one HIT's answers side by side, driven by keys.

The reviewer's place is the current HIT (chosen in the queue) and the current assignment
(the grid's current column). Decisions are queued in the outbox off the GUI thread; the
page moves on to the next undecided assignment once the outbox has the decision. A second
press while one is being queued, a press right after another (a double press) or right after
a new HIT appeared (nothing is decided unseen) is ignored.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.models import changes
from workbench.models.review import ReviewQueueModel, SideBySideModel, english_plural
from workbench.services.accounts import AccountInfo, archive_refusal
from workbench.services.consensus import refresh_consensus
from workbench.services.review import (
    HitReview,
    ReviewAssignment,
    Rule,
    batches_with_work,
    load_hit_review,
)
from workbench.services.settings import load_settings, save_settings
from workbench.services.tables_review import ALL_WORK, DECIDED, TO_REVIEW, due_soon
from workbench.views.pages.base import Page, PageContext, refill_choices, reset_choices
from workbench.views.review.actions import ReviewActions
from workbench.views.review.bulk import rule_label
from workbench.views.review.hit_panel import BANNER_STYLE, HitPanel
from workbench.views.settings import load_bytes, window_settings
from workbench.views.widgets.table_view import DataTableView

# Labels are translated where they are shown (context "ReviewPage").
ORDERS = [(QT_TRANSLATE_NOOP("ReviewPage", "Oldest submission first"), "submitted", False),
          (QT_TRANSLATE_NOOP("ReviewPage", "Disagreement first"), "agreement", False),
          (QT_TRANSLATE_NOOP("ReviewPage", "Auto-approval soonest first"), "deadline", False),
          (QT_TRANSLATE_NOOP("ReviewPage", "Newest submission first"), "submitted", True)]
STATES = [(QT_TRANSLATE_NOOP("ReviewPage", "To review"), TO_REVIEW),
          (QT_TRANSLATE_NOOP("ReviewPage", "Decided"), DECIDED),
          (QT_TRANSLATE_NOOP("ReviewPage", "All with work"), ALL_WORK)]


def _ui(text: object) -> str:
    return QCoreApplication.translate("ReviewPage", str(text))


DUE_WINDOW = timedelta(hours=24)
TICK_MS = 60_000
QUEUE_REFRESH_MS = 400


class _EscapeToGrid(QObject):
    """Esc in a filter box hands the keyboard back to the review."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and getattr(event, "key", lambda: 0)() in (
                Qt.Key.Key_Escape,):
            self.page.panel.grid.setFocus()
            return True
        return False


class ReviewPage(Page):
    """Review HITs side by side: approve, reject, bonus and block, by keyboard."""

    title = "Review"
    assignment_reviewed = Signal(str, str)  # assignment id, "approve" or "reject"
    hit_shown = Signal(int)
    use_dawid_skene = True
    # A new HIT must have been on screen this long before a decision key counts.
    settle_s = 0.25
    # A second decision this soon after the last one is taken for a double press.
    debounce_s = 0.3

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.queue_model = ReviewQueueModel(self.wb, self.runner, self)
        self.grid_model = SideBySideModel(self.wb.clock, self)
        self.review: HitReview | None = None
        self.current_pk: int | None = None
        self._loading_pk: int | None = None
        self._last_row = 0
        self._shown_at = 0.0
        self._own_change = False
        # The filters changed: the HIT on screen may not be in the new view, so follow it.
        self._refiltered = False
        self.actions_ = ReviewActions(self)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.archive_note = QLabel()
        self.archive_note.setWordWrap(True)
        self.archive_note.setTextFormat(Qt.TextFormat.PlainText)
        self.archive_note.setStyleSheet(BANNER_STYLE)
        self.archive_note.setAccessibleName(self.tr("About this account"))
        self.archive_note.hide()
        layout.addWidget(self.archive_note)
        self.due_button = QPushButton()
        self.due_button.setFlat(True)
        self.due_button.setStyleSheet("QPushButton { color: #b3261e; font-weight: bold;"
                                      " text-align: left; }")
        self.due_button.setToolTip(self.tr("Show the HITs whose work the marketplace "
                                           "approves first"))
        self.due_button.clicked.connect(lambda: self.order.setCurrentIndex(2))
        # Named before its text is known (the count arrives from a worker thread).
        self.due_button.setAccessibleName(self.tr("Work the marketplace approves soon"))
        self.due_button.hide()
        self.queue = DataTableView("review_queue")
        self.queue.setModel(self.queue_model)
        # "To review" is where the queue starts, not a narrowing the user chose.
        self.queue.user_filters = ("search", "batch_id", "worker")
        self.queue.set_empty_text(self.tr(
            "No HITs here. Submitted work appears after a sync (F5)."))
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setAccessibleName(self.tr("Review queue"))
        for key in ("batch", "title", "submitted"):
            self.queue.setColumnHidden(self.queue_model.column_of(key), key != "submitted")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.due_button)
        left_layout.addWidget(self.queue, 1)
        self.panel = HitPanel(self.grid_model)
        panel_state = load_bytes(window_settings(), "review/panel")
        if panel_state is not None and self.panel.splitter.restoreState(panel_state):
            self.panel.keep_layout()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 770])
        state = load_bytes(window_settings(), "review/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter, 1)

        self.queue_model.loaded.connect(self._queue_loaded)
        self.queue_model.failed.connect(lambda e: self.status_message.emit(
            self.tr("Queue: {error}").format(error=e)))
        self.queue.selectionModel().selectionChanged.connect(self._queue_selection_changed)
        self.panel.grid.current_column_changed.connect(self._column_changed)
        self.panel.grid.selectionModel().currentChanged.connect(lambda *_: self._cell_changed())
        self.panel.tabs.currentChanged.connect(lambda _i: self.actions_.show_task_page())
        self._build_keys()
        self.actions_.connect_buttons()
        self.queue_refresh = QTimer(self)
        self.queue_refresh.setSingleShot(True)
        self.queue_refresh.setInterval(QUEUE_REFRESH_MS)
        self.queue_refresh.timeout.connect(self._refresh_queue)
        self._announcing: set[str] = set()
        self.announce_timer = QTimer(self)
        self.announce_timer.setSingleShot(True)
        self.announce_timer.setInterval(QUEUE_REFRESH_MS)
        self.announce_timer.timeout.connect(self._announce_now)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self._tick)
        self.tick.start()
        escape = _EscapeToGrid(self)
        for box in (self.search, self.worker):
            if box is not None:
                box.installEventFilter(escape)

    # -- building -----------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.batch = QComboBox()
        self.batch.setAccessibleName(self.tr("Batch"))
        self.batch.setMinimumWidth(200)
        self.batch.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch.setMinimumContentsLength(18)
        self.state = QComboBox()
        # Long labels (in some languages) must not push the search boxes off the bar.
        self.state.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.state.setMinimumContentsLength(10)
        self.state.setAccessibleName(self.tr("Show"))
        for label, value in STATES:
            self.state.addItem(_ui(label), value)
        self.order = QComboBox()
        self.order.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.order.setMinimumContentsLength(16)
        self.order.setAccessibleName(self.tr("Order"))
        for label, key, descending in ORDERS:
            self.order.addItem(_ui(label), (key, descending))
        self.worker = QLineEdit()
        self.worker.setPlaceholderText(self.tr("Worker id"))
        self.worker.setAccessibleName(self.tr("Only HITs this worker did"))
        self.worker.setClearButtonEnabled(True)
        self.worker.setMinimumWidth(100)
        self.worker.setMaximumWidth(150)
        search = self.make_search(self.tr("Search HITs (Ctrl+F)"), self._filter)
        search.setMinimumWidth(120)
        search.setMaximumWidth(200)
        self.bulk = QToolButton()
        self.bulk.setText(self.tr("Bulk rules"))
        self.bulk.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk.setToolTip(self.tr("Decide many assignments of a batch at once, after a "
                                     "preview"))
        menu = QMenu(self.bulk)
        self.rule_actions: dict[Rule, QAction] = {}
        for rule in Rule:
            action = menu.addAction(rule_label(rule) + "…")
            action.triggered.connect(lambda _c=False, r=rule: self.actions_.preview(r))
            self.rule_actions[rule] = action
        self.bulk.setMenu(menu)
        self.gold_button = QPushButton(self.tr("Gold…"))
        self.gold_button.setToolTip(self.tr("Which input column holds the expected answers"))
        self.gold_button.clicked.connect(lambda: self.actions_.choose_gold())
        self.push_box = QCheckBox(self.tr("Send as I go"))
        self.push_box.setToolTip(self.tr("Send each decision to the marketplace at once, "
                                         "instead of at the next Sync"))
        self.push_box.setChecked(load_settings().push_as_i_go)
        self.push_box.toggled.connect(self._push_toggled)
        self.count_label = QLabel()
        for widget in (self.batch, self.state, self.order, self.worker, search):
            bar.addWidget(widget)
        bar.addStretch()
        for tool in (self.bulk, self.gold_button, self.push_box):
            bar.addWidget(tool)
        for combo in (self.batch, self.state, self.order):
            combo.currentIndexChanged.connect(self._filter)
        self.worker.editingFinished.connect(self._filter)
        return bar

    def _build_keys(self) -> None:
        a = self.actions_
        # The names are keys of ``key_actions``; the action shows them translated.
        keys: list[tuple[object, list[str], Any, bool]] = [
            (QT_TRANSLATE_NOOP("ReviewPage", "Approve"), ["A"], a.approve, True),
            (QT_TRANSLATE_NOOP("ReviewPage", "Reject…"), ["R"], a.reject, True),
            (QT_TRANSLATE_NOOP("ReviewPage", "Approve with feedback…"), ["F"],
             a.approve_with_feedback, True),
            (QT_TRANSLATE_NOOP("ReviewPage", "Approve all of the HIT"), ["Shift+A"],
             a.approve_all, True),
            (QT_TRANSLATE_NOOP("ReviewPage", "Reject all of the HIT…"), ["Shift+R"],
             a.reject_all, True),
            (QT_TRANSLATE_NOOP("ReviewPage", "Bonus…"), ["B"], a.bonus, True),
            (QT_TRANSLATE_NOOP("ReviewPage", "Block or unblock the worker…"),
             ["Ctrl+Shift+B"], a.block, True),
            (QT_TRANSLATE_NOOP("ReviewPage", "Undo the last decision"), ["Ctrl+Z"], a.undo,
             False),
            (QT_TRANSLATE_NOOP("ReviewPage", "Next assignment"), ["Right", "L"],
             lambda: self.move_assignment(1), False),
            (QT_TRANSLATE_NOOP("ReviewPage", "Previous assignment"), ["Left", "H"],
             lambda: self.move_assignment(-1), False),
            (QT_TRANSLATE_NOOP("ReviewPage", "Next HIT"), ["N", "J"],
             lambda: self.move_hit(1), False),
            (QT_TRANSLATE_NOOP("ReviewPage", "Previous HIT"), ["P", "K"],
             lambda: self.move_hit(-1), False),
            (QT_TRANSLATE_NOOP("ReviewPage", "Task page"), ["T"], self.toggle_task_page,
             False),
        ]
        self.key_actions: dict[str, QAction] = {}
        for name, shortcuts, handler, deciding in keys:
            action = QAction(_ui(name), self)
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # A held key must not decide assignment after assignment.
            action.setAutoRepeat(not deciding)
            action.triggered.connect(lambda _c=False, h=handler, d=deciding: self._key(h, d))
            self.addAction(action)
            self.key_actions[str(name)] = action

    def _key(self, handler: Any, deciding: bool) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QAbstractSpinBox) or (
                isinstance(focus, QComboBox) and focus.isEditable()):
            # Typing into a filter: letters are text there, not decisions.
            return
        if isinstance(focus, QComboBox):
            # A batch or order just chosen: the keys are the review's again.
            self.panel.grid.setFocus()
        handler()

    # -- account, filters and the queue --------------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        same = self.account is not None and self.account.id == account.id \
            and self.account.kind == account.kind
        was_archive = self.account is not None and self.account.is_archive
        super().set_account(account)
        self._show_kind(account)
        if same:
            return  # the same account, newly read (e.g. after a sync): keep the reviewer's place
        # The batch chosen belonged to the account before: this one starts at all batches.
        reset_choices(self.batch, self.tr("All batches"))
        if account.is_archive != was_archive:
            # An archive has nothing to decide: its queue shows all the work it holds.
            self.state.blockSignals(True)
            self.state.setCurrentIndex(self.state.findData(
                ALL_WORK if account.is_archive else TO_REVIEW))
            self.state.blockSignals(False)
        self.current_pk = None
        self.review = None
        self.actions_.reset()
        if self.panel.grid.hasFocus():
            self.queue.setFocus()  # not a filter box: the grid hides while the queue loads
        self.panel.show_empty(self.tr("Loading the queue…"), "")
        self._load_batches()
        self._filter()
        self.refresh_consensus()

    def _show_kind(self, account: AccountInfo) -> None:
        """An MTurk archive says what it is, and offers nothing that would send or pay."""
        archive = account.is_archive
        self.archive_note.setText(self.tr(
            "MTurk archive: history. This work was done, decided and paid on MTurk, which "
            "closed on 2026-09-30. Browse it, compare the answers and export them; nothing "
            "here is approved, rejected or paid.") if archive else "")
        self.archive_note.setVisible(archive)
        for widget in (self.push_box, self.bulk):
            widget.setEnabled(not archive)
        self.panel.show_decisions(not archive)
        self.push_box.setToolTip(archive_refusal(account.name, "decide") if archive else
                                 self.tr("Send each decision to the marketplace at once, "
                                         "instead of at the next Sync"))
        if archive:
            self.due_button.hide()

    def _load_batches(self) -> None:
        if self.account is None:
            return
        account_id = self.account.id

        def fill(choices: list[tuple[int, str, int]]) -> None:
            if self.account is None or self.account.id != account_id:
                return  # the account changed meanwhile: these are another account's batches
            refill_choices(self.batch, self.tr("All batches"), (
                (batch_id, self.tr("{name} (%n to review)", "", waiting).format(name=name)
                 if waiting else name) for batch_id, name, waiting in choices))

        self.runner.run(lambda: batches_with_work(self.wb, account_id), on_done=fill)

    def _filter(self) -> None:
        if self.account is None:
            return
        key, descending = self.order.currentData() or ("submitted", False)
        request = self.queue_model.request.with_filter(
            account_id=self.account.id, batch_id=self.batch.currentData() or None,
            state=self.state.currentData(), worker=self.worker.text().strip(),
            search=self.search.text() if self.search else "")
        self._refiltered = True
        self.queue_model.set_request(request.sorted_by(key, descending))
        self._count_due()

    def refresh_consensus(self) -> None:
        """Bring the stored agreement up to date (off the GUI thread), then show it."""
        if self.account is None:
            return
        account_id, wb = self.account.id, self.wb

        def done(changed: int) -> None:
            if changed:
                self.queue_model.refresh()
                self.reload_hit()

        self.runner.run(lambda: refresh_consensus(wb, account_id), on_done=done)

    def _queue_loaded(self, count: int) -> None:
        to_review = self.state.currentData() == TO_REVIEW
        shown = english_plural(self.tr("%n HIT(s) ({state})", "", count), count)
        state = self.state.currentText()
        # "all with work", "alle mit Arbeit": only the first letter, nouns keep theirs.
        self.count_label.setText(shown.format(state=state[:1].lower() + state[1:]))
        row = self.queue_model.row_of(self.current_pk) if self.current_pk is not None else None
        refiltered, self._refiltered = self._refiltered, False
        if row is not None:
            self._select_row(row, load=False)
        elif self.current_pk is None or self.review is None or refiltered:
            if refiltered:
                self._last_row = 0
            if count:
                self._select_row(min(self._last_row, count - 1))
            else:
                self.review = None
                self.current_pk = None
                self.panel.show_empty(
                    self.tr("Nothing left to review here") if to_review else self.tr("No HITs"),
                    self.tr("Every submitted assignment in this view has a decision. Decisions "
                            "wait in the Outbox until Sync (F5) sends them.") if to_review
                    else self.tr("Change the filters above to see more HITs."))

    def _count_due(self) -> None:
        if self.account is None or self.account.is_archive:
            return  # an archive's auto-approvals happened on MTurk long ago
        account_id, batch_id = self.account.id, self.batch.currentData() or None
        before = self.wb.clock() + DUE_WINDOW

        def show(count: int) -> None:
            if self.account is None or self.account.id != account_id:
                return
            self.due_button.setText(english_plural(self.tr(
                "⚠ %n assignment(s) auto-approve within 24 hours — show them first", "",
                count), count))
            self.due_button.setVisible(count > 0)

        self.runner.run(lambda: due_soon(self.wb, account_id, before, batch_id), on_done=show)

    # -- moving around ------------------------------------------------------------------------

    def _select_row(self, row: int, *, load: bool = True) -> None:
        model = self.queue_model
        if not 0 <= row < model.rowCount():
            return
        self._last_row = row
        selection = self.queue.selectionModel()
        if not load:
            selection.blockSignals(True)
        selection.setCurrentIndex(model.index(row, 0),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        if not load:
            selection.blockSignals(False)
            self.queue.viewport().update()
        self.queue.scrollTo(model.index(row, 0))

    def _queue_selection_changed(self) -> None:
        rows = self.queue.selected_rows()
        if not rows:
            return  # a reload clears the selection for a moment; the reviewer's place stays
        self._last_row = rows[0]
        pk = self.queue_model.row_id(rows[0])
        if pk is not None and pk != self.current_pk:
            self.show_hit(pk)

    def show_hit(self, pk: int, *, column_of: str | None = None) -> None:
        """Load a HIT into the panel (off the GUI thread)."""
        if self.account is None:
            return
        self.current_pk = pk
        self._loading_pk = pk
        account = self.account
        generation = self.actions_.generation
        self.runner.run(lambda: load_hit_review(self.wb, account, pk),
                        on_done=lambda review: self._hit_loaded(pk, review, column_of,
                                                                generation),
                        on_error=lambda e: self._hit_failed(pk, e))

    def reload_hit(self) -> None:
        """Show the current HIT again as the store has it (keeps the chosen assignment)."""
        if self.current_pk is not None and self.review is not None:
            self.show_hit(self.current_pk)

    def _hit_loaded(self, pk: int, review: HitReview | None, column_of: str | None,
                    generation: int) -> None:
        if pk != self.current_pk:
            return  # the reviewer moved on meanwhile
        same = review is not None and self.review is not None and self.review.pk == review.pk
        # Same rows and columns: repaint in place; otherwise lay the grid out again.
        in_place = same and review is not None and self.review is not None and \
            review.fields == self.review.fields and \
            len(review.assignments) == len(self.review.assignments)
        if same and generation != self.actions_.generation:
            # Read before this page's latest decision: showing it would undo it on screen.
            self.show_hit(pk, column_of=column_of)
            return
        self._loading_pk = None
        if review is None:
            self.review = None
            self.panel.show_empty(self.tr("This HIT is no longer in the store"), "")
            return
        if same and column_of is None:
            current = self.current_assignment()
            column_of = current.assignment_id if current else None
        self.review = review
        if in_place:
            self.grid_model.update_review(review)
            self.panel.show_header(review, self.wb.clock())
        else:
            self.panel.show_review(review, self.wb.clock())
            if not same:
                self.panel.show_banner("")
                self._shown_at = time.monotonic()
        column = review.column_of(column_of) if column_of else None
        if column is None:
            awaiting = [i for i, a in enumerate(review.assignments) if a.awaiting]
            column = awaiting[0] if awaiting else 0
        self.panel.grid.set_current_column(column + 1)
        if not isinstance(QApplication.focusWidget(), QLineEdit):
            self.panel.grid.setFocus()
        self._cell_changed()
        self.actions_.hit_loaded(review)
        self.hit_shown.emit(pk)

    def _hit_failed(self, pk: int, error: BaseException) -> None:
        if pk == self.current_pk:
            self._loading_pk = None
            self.panel.show_empty(self.tr("This HIT could not be loaded"), str(error))

    def current_assignment(self) -> ReviewAssignment | None:
        return self.grid_model.assignment(self.panel.grid.currentIndex().column())

    def move_assignment(self, step: int) -> None:
        if self.review is None or not self.review.assignments:
            return
        column = self.panel.grid.currentIndex().column()
        target = min(max(1, column + step), len(self.review.assignments))
        self.panel.grid.set_current_column(target)

    def move_hit(self, step: int) -> None:
        """The next (or previous) HIT in the queue's order."""
        model = self.queue_model
        here = model.row_of(self.current_pk) if self.current_pk is not None else None
        if here is None:
            # The current HIT left the queue (all decided): its place holds the next one.
            target = self._last_row if step > 0 else self._last_row - 1
        else:
            target = here + step
        if not 0 <= target < model.rowCount():
            self.status_message.emit(self.tr("That was the last HIT in the queue.")
                                     if step > 0 else
                                     self.tr("This is the first HIT in the queue."))
            if step > 0 and self.review is not None and not self.review.awaiting:
                self.panel.show_banner(self.tr("You have reached the end of the queue. "
                                               "Decisions wait in the Outbox until Sync (F5) "
                                               "sends them."))
            return
        self._select_row(target)

    def ready_since(self) -> float:
        """When the current HIT appeared on screen (time.monotonic)."""
        return self._shown_at

    def is_loading(self) -> bool:
        """Whether another HIT than the one on screen is on its way (a reload is not)."""
        return self._loading_pk is not None and (
            self.review is None or self.review.pk != self._loading_pk)

    def _column_changed(self, _column: int) -> None:
        self._cell_changed()
        self.actions_.show_task_page()

    def _cell_changed(self) -> None:
        index = self.panel.grid.currentIndex()
        assignment = self.current_assignment()
        self.panel.show_cell(self.review, assignment, self.grid_model.field_of(index.row()))
        self.actions_.update_buttons()

    def toggle_task_page(self) -> None:
        tabs = self.panel.tabs
        tabs.setCurrentIndex(1 - tabs.currentIndex())
        self.panel.grid.setFocus()

    # -- changes --------------------------------------------------------------------------------

    def announce(self, *kinds: str) -> None:
        """Tell the other pages, soon; this page already shows its own change.

        Coalesced: a reviewer deciding a HIT a second must not make every page reload at
        every key press.
        """
        self._announcing |= set(kinds)
        self.queue_refresh.start()
        self.announce_timer.start()

    def _announce_now(self) -> None:
        kinds, self._announcing = self._announcing, set()
        if not kinds:
            return
        self._own_change = True
        try:
            self.bus.announce(*kinds)
        finally:
            self._own_change = False

    def on_changes(self, kinds: frozenset[str]) -> None:
        if self.account is None:
            return
        if kinds & {changes.OUTBOX, changes.ASSIGNMENTS, changes.HITS}:
            # Coalesced: a reviewer deciding fast would otherwise reload it at every key.
            self.queue_refresh.start()
        if changes.BATCHES in kinds or changes.ASSIGNMENTS in kinds:
            self._load_batches()
        if kinds & {changes.ASSIGNMENTS, changes.HITS}:
            self.actions_.forget_dawid_skene()
            self.refresh_consensus()
        if not self._own_change and kinds & {changes.ASSIGNMENTS, changes.HITS,
                                             changes.OUTBOX, changes.WORKERS}:
            self.reload_hit()

    def _refresh_queue(self) -> None:
        self.queue_model.refresh()
        self._count_due()

    def _tick(self) -> None:
        self.queue_model.tick()
        if self.review is not None:
            self.panel.show_header(self.review, self.wb.clock())
        self._count_due()

    def _push_toggled(self, on: bool) -> None:
        settings = load_settings()
        settings.push_as_i_go = on
        save_settings(settings)
        self.status_message.emit(self.tr("Decisions are sent as soon as they are queued.")
                                 if on else
                                 self.tr("Decisions wait in the Outbox until Sync (F5)."))
        if on:
            self.actions_.push_soon()

    def focus_search(self) -> None:
        super().focus_search()

    def save_state(self) -> None:
        window_settings().setValue("review/splitter", self.splitter.saveState())
        window_settings().setValue("review/panel", self.panel.splitter.saveState())
        self.queue.save_columns()
