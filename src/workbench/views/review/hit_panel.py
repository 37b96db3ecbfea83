"""The right side of the Review page: one HIT, its inputs, the answers side by side, actions."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.money import format_dollars
from workbench.models.formatting import local_time
from workbench.models.review import DUE_SOON_S, SOON_COLOUR, SideBySideModel, countdown
from workbench.services.review import HitReview, ReviewAssignment, readable_answer
from workbench.views.review.task_page import TaskPageView
from workbench.views.widgets.details import DetailsView
from workbench.views.widgets.empty_state import EmptyState

# Field names can be long (crowd answers: "task.labeledImage.pngImageData"): the row headers
# keep at most this share of the grid's width, eliding the middle (the tooltip has it all).
ROW_HEADER_SHARE = 0.28
ROW_HEADER_MIN = 110
CURRENT_FILL = "#eef4fd"
CURRENT_EDGE = "#1565c0"
BANNER_STYLE = ("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e8c95a;"
                " border-radius: 4px; padding: 6px 8px; }")


class _KeepColours(QStyledItemDelegate):
    """Paints the chosen column with a frame instead of a fill, so disagreement still shows."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            option = QStyleOptionViewItem(option)
            option.state &= ~QStyle.StateFlag.State_Selected
            if index.data(Qt.ItemDataRole.BackgroundRole) is None:
                painter.fillRect(option.rect, QColor(CURRENT_FILL))
        super().paint(painter, option, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor(CURRENT_EDGE), 2))
            rect = option.rect.adjusted(1, 0, -1, 0)
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            painter.drawLine(rect.topRight(), rect.bottomRight())
            painter.restore()


class SideBySideView(QTableView):
    """The grid: wraps long answers, keeps the chosen assignment's column current.

    A row is as tall as its tallest cell in any column, scrolled into view or not (Qt's own
    measure looks at the visible columns only, so a long comment further right was cut).
    """

    current_column_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Answers side by side"))
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(120)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                  | Qt.AlignmentFlag.AlignVCenter)
        self.setItemDelegate(_KeepColours(self))
        self.setStyleSheet("QTableView { gridline-color: #d9d9d9; }")
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Columns change width with the window: rows wrap anew, so measure them again.
        self._remeasure = QTimer(self)
        self._remeasure.setSingleShot(True)
        self._remeasure.setInterval(0)
        self._remeasure.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.remeasure())

    def remeasure(self) -> None:
        """Measure the rows again soon (new widths, or a suggestion that grew a line)."""
        self._remeasure.start()

    def sizeHintForRow(self, row: int) -> int:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return -1
        delegate = self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        height = 0
        grid = 1 if self.showGrid() else 0
        for column in range(model.columnCount()):
            if self.isColumnHidden(column):
                continue
            # The rect a cell is painted in: a valid one (else the text is measured unwrapped),
            # a grid line narrower than its column (else a line that just fits is cut).
            option.rect.setRect(0, 0, self.columnWidth(column) - grid,
                                max(1, self.rowHeight(row)))
            height = max(height, delegate.sizeHint(option, model.index(row, column)).height())
        return height + grid

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        header = self.verticalHeader()
        header.setMaximumWidth(max(ROW_HEADER_MIN, int(self.width() * ROW_HEADER_SHARE)))

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        if current.isValid() and current.column() != previous.column():
            self.current_column_changed.emit(current.column())

    def set_current_column(self, column: int) -> None:
        model = self.model()
        if model is None or not 0 <= column < model.columnCount():
            return
        row = max(0, self.currentIndex().row())
        self.selectionModel().setCurrentIndex(
            model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Columns)


class HitPanel(QWidget):
    """One HIT under review: header, inputs, the grid or the task page, and the actions."""

    def __init__(self, model: SideBySideModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.header.setFont(font)
        # Two lines whether a HIT's header needs one or two: the grid below stays put.
        self.header.setMinimumHeight(2 * self.header.fontMetrics().lineSpacing() + 4)
        layout.addWidget(self.header)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Review notice"))
        self.banner.hide()
        layout.addWidget(self.banner)

        self.inputs = DetailsView()
        self.inputs.setAccessibleName(self.tr("Input values"))
        self.grid = SideBySideView()
        self.grid.setModel(model)
        # Dawid-Skene's line arrives later in the Suggested cell: make room for it.
        model.dataChanged.connect(lambda *_: self.grid.remeasure())
        self.task_page = TaskPageView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.grid, self.tr("Answers side by side"))
        self.tabs.addTab(self.task_page, self.tr("Task page (T)"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Each tab has its own layout: switching lays the panel out again.
        self.tabs.currentChanged.connect(lambda _i: self._fit(again=True))
        self.cell = DetailsView()
        self.cell.setAccessibleName(self.tr("The chosen answer in full"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.inputs)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.cell)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([130, 330, 130])
        # Laid out once; after that the grid keeps its height from HIT to HIT (and what the
        # reviewer drags it to), rather than jumping with each HIT's contents.
        self.laid_out = False
        self.splitter.splitterMoved.connect(lambda *_: self.keep_layout())
        self.empty = EmptyState(self.tr("Nothing to review"), "")
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.splitter, 1)

        self.approve_button = self._button(self.tr("Approve (A)"), "#1b7f3b")
        self.reject_button = self._button(self.tr("Reject… (R)"), "#b3261e")
        self.approve_all_button = self._button(self.tr("Approve all (Shift+A)"), "")
        self.reject_all_button = self._button(self.tr("Reject all… (Shift+R)"), "")
        self.bonus_button = self._button(self.tr("Bonus… (B)"), "")
        self.block_button = self._button(self.tr("Block…"), "")
        self.block_button.setToolTip(self.tr("Block or unblock the worker (Ctrl+Shift+B)"))
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), "")
        # One row of buttons; the whole-HIT ones move to a second row when a longer
        # language (or a narrow window) would cut the labels short.
        self.button_row = QHBoxLayout()
        for button in (self.approve_button, self.reject_button, self.approve_all_button,
                       self.reject_all_button, self.bonus_button, self.block_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch()
        self.button_row.addWidget(self.undo_button)
        self.second_row = QHBoxLayout()
        self.second_row.addStretch()
        self.wrapped = False
        body.addLayout(self.button_row)
        body.addLayout(self.second_row)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setStyleSheet(f"color: {SOON_COLOUR};")
        body.addWidget(self.why)
        hints = QLabel(self.tr("A approve · R reject · Shift+A approve all · Shift+R reject all "
                               "· F approve with feedback · B bonus · ←/→ assignment · N/P "
                               "next/previous HIT · Ctrl+Z undo · T task page"))
        hints.setObjectName("key_hints")
        hints.setWordWrap(True)
        hints.setStyleSheet("color: palette(mid);")
        body.addWidget(hints)
        self.hints = hints
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)
        self.show_empty(self.tr("Nothing to review"), self.tr("Choose a HIT in the queue."))

    def show_decisions(self, shown: bool) -> None:
        """The decision buttons and their keys; an archive, where nothing is decided, has none."""
        for widget in (self.approve_button, self.reject_button, self.approve_all_button,
                       self.reject_all_button, self.bonus_button, self.block_button,
                       self.undo_button, self.why, self.hints):
            widget.setVisible(shown)

    def arrange_buttons(self) -> None:
        """Wrap the action buttons onto two rows if one row would cut their labels."""
        buttons = (self.approve_button, self.reject_button, self.approve_all_button,
                   self.reject_all_button, self.bonus_button, self.block_button,
                   self.undo_button)
        spacing = max(0, self.button_row.spacing())
        needed = sum(b.sizeHint().width() + spacing for b in buttons) + 24
        wrap = needed > self.width()
        if wrap == self.wrapped:
            return
        self.wrapped = wrap
        for index, button in enumerate((self.approve_all_button, self.reject_all_button)):
            if wrap:
                self.button_row.removeWidget(button)
                self.second_row.insertWidget(index, button)
            else:
                self.second_row.removeWidget(button)
                self.button_row.insertWidget(2 + index, button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.laid_out and self.model.review is not None:
            # A HIT loaded while the page was hidden was laid out without real sizes.
            QTimer.singleShot(0, self, self._fit)

    @staticmethod
    def _button(text: str, colour: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the grid, not the button
        if colour:
            button.setStyleSheet(f"QPushButton:enabled {{ color: {colour}; font-weight: bold; }}")
        return button

    # -- showing ------------------------------------------------------------------------------

    def show_empty(self, title: str, body: str) -> None:
        self.model.set_review(None)
        self.header.setText("")
        self.empty.set_text(title, body)
        self.body.hide()
        self.empty.show()

    def show_review(self, review: HitReview, now: datetime) -> None:
        self.empty.hide()
        self.body.show()
        self.show_header(review, now)
        self.inputs.show_groups([(self.tr("Input values"), review.inputs or
                                  [("—", self.tr("This HIT has no input values in the "
                                                 "store"))])])
        self.model.set_review(review)
        self.grid.resizeRowsToContents()
        if not self.laid_out:
            self._fit()
            # Again once the new contents are laid out; with self as context, never after
            # the panel is gone (a window closed in the meantime).
            QTimer.singleShot(0, self, self._fit)

    def keep_layout(self) -> None:
        """Keep the splitter as it is from now on (restored, or dragged by the reviewer)."""
        self.laid_out = True

    def _fit(self, *, again: bool = False) -> None:
        """The inputs get what they need (within a quarter), the full text a fifth, the grid
        the rest: a layout that suits every HIT of a batch, so it need not change."""
        total = sum(self.splitter.sizes())
        if total <= 0 or self.model.review is None or (self.laid_out and not again):
            return
        if self.tabs.currentIndex() == 1:
            # The task page shows the inputs itself: give it the room.
            self.splitter.setSizes([0, total - 110, 110])
            return
        self.inputs.document().setTextWidth(self.inputs.viewport().width())
        inputs = int(self.inputs.document().size().height()) + 12
        inputs = max(60, min(inputs, int(total * 0.25)))
        cell = max(90, min(200, int(total * 0.2)))
        self.splitter.setSizes([inputs, max(160, total - inputs - cell), cell])
        self.laid_out = self.isVisible()

    def show_header(self, review: HitReview, now: datetime) -> None:
        parts = [f"<b>HIT {html.escape(review.hit_id)}</b>"]
        if review.batch_name:
            parts.append(html.escape(review.batch_name))
        parts.append(html.escape(self.tr("reward {amount}").format(
            amount=format_dollars(review.reward_cents))))
        left = len(review.awaiting)
        parts.append(html.escape(self.tr("{left} of {total} to decide").format(
            left=left, total=len(review.assignments))))
        deadline = review.deadline()
        if deadline is not None:
            soon = (deadline - now).total_seconds() < DUE_SOON_S
            text = html.escape(self.tr("auto-approves {countdown} ({time})").format(
                countdown=countdown(deadline, now), time=local_time(deadline)))
            parts.append(f"<span style='color:{SOON_COLOUR if soon else 'inherit'}'>"
                         f"{'<b>' if soon else ''}{text}{'</b>' if soon else ''}</span>")
        self.header.setText(" · ".join(parts))

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def show_cell(self, review: HitReview | None, assignment: ReviewAssignment | None,
                  field: str | None) -> None:
        """The chosen answer in full, with the worker's record: escaped text only."""
        if review is None or assignment is None:
            self.cell.show_message(self.tr("Choose an assignment (←/→) to see its answers in "
                                           "full."))
            return
        record = review.records.get(assignment.worker_id)
        shown = [field] if field is not None else review.fields
        answers = [(name, readable_answer(assignment.shown.get(name, ""))) for name in shown]
        groups = [(self.tr("{worker} — assignment {assignment}").format(
            worker=assignment.worker_id, assignment=assignment.assignment_id),
                   answers or [("—", self.tr("No answers"))])]
        lines = record.lines() if record is not None else []
        groups.append((self.tr("Track record"), [("", line) for line in lines] or
                       [("", self.tr("No record yet"))]))
        self.cell.show_groups(groups)

