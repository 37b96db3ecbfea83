"""Item models of the Review page: the queue of HITs, and one HIT's answers side by side."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from workbench.domain.clock import Clock
from workbench.domain.money import format_dollars
from workbench.models.formatting import format_duration, local_time, status_label
from workbench.models.lazy_table import STATUS_COLOURS, LazyTableModel
from workbench.models.tasks import TaskRunner
from workbench.services.consensus import SAME_FOR_ALL
from workbench.services.context import Workbench
from workbench.services.review import HitReview, ReviewAssignment, readable_answer
from workbench.services.tables import TableRequest
from workbench.services.tables_review import TO_REVIEW, ReviewQueueSource
from workbench.services.transfer.consensus import is_submit_button
from workbench.services.workers import percent

Index = QModelIndex | QPersistentModelIndex
DUE_SOON_S = 24 * 3600
SOON_COLOUR = "#b3261e"
# Cell colours: an answer off the suggestion, a tie, an answer matching it.
DISAGREE_COLOUR = "#ffe2b8"
TIE_COLOUR = "#ffd6d6"
AGREE_COLOUR = "#e3f3e6"
META_COLOUR = "#f3f4f6"
CELL_TEXT_LIMIT = 300
# A cell shows this many lines of an answer; the panel below shows it whole.
CELL_LINES = 6
NOT_COMPARED = "—"


def cell_text(text: str) -> str:
    """An answer cut to what a grid cell shows, saying so when it is cut."""
    lines = text.splitlines() or [""]
    shown = "\n".join(lines[:CELL_LINES])
    if len(lines) > CELL_LINES or len(shown) > CELL_TEXT_LIMIT:
        return shown[:CELL_TEXT_LIMIT].rstrip() + "\n" + QCoreApplication.translate(
            "SideBySideModel", "… (the full text is below)")
    return shown


def english_plural(text: str, count: int) -> str:
    """``tr("%n HIT(s)", "", n)`` read in English (no translator installed): "1 HIT", "2 HITs".

    A translation (or the pseudo-localisation) has no "(s)" left and is returned as it is.
    """
    return text.replace("(s)", "" if count == 1 else "s")


def countdown(when: datetime | None, now: datetime) -> str:
    """Time left until a moment, the way a reviewer reads it: "in 2d 3h", "overdue"."""
    if when is None:
        return ""
    left = int((when - now).total_seconds())
    if left <= 0:
        return QCoreApplication.translate("SideBySideModel", "overdue")
    return QCoreApplication.translate("SideBySideModel", "in {duration}").format(
        duration=format_duration(max(60, left)))


class ReviewQueueModel(LazyTableModel):
    """HITs with work to review; the deadline column counts down to the auto-approval."""

    def __init__(self, wb: Workbench, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(ReviewQueueSource(wb), runner,
                         TableRequest({"state": TO_REVIEW}, sort_key="submitted"), parent)
        self.clock: Clock = wb.clock
        self._deadline = self.column_of("deadline")
        self._agreement = self.column_of("agreement")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self._agreement and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row(index.row())
            if row is not None and row[index.column() + 1] is None:
                if role == Qt.ItemDataRole.DisplayRole:
                    return NOT_COMPARED
                return QCoreApplication.translate(
                    "SideBySideModel", "Nothing to compare: this HIT has no choice or short "
                    "answer that two workers gave. Free text and fields that are the same for "
                    "everyone (such as a submit button) are not compared.")
        if index.isValid() and index.column() == self._deadline and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.ForegroundRole):
            row = self.row(index.row())
            when = row[index.column() + 1] if row is not None else None
            if role == Qt.ItemDataRole.DisplayRole:
                return countdown(when, self.clock())
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("SideBySideModel", "Auto-approves {time}").format(
                    time=local_time(when)) if when else None
            soon = when is not None and (when - self.clock()).total_seconds() < DUE_SOON_S
            return QColor(SOON_COLOUR) if soon else None
        return super().data(index, role)

    def row_of(self, row_id: int) -> int | None:
        """Where a HIT is in the queue, if it is there and its place is known."""
        ids = self._ids
        if ids is not None:
            try:
                return ids.index(row_id)
            except ValueError:
                return None
        for position in range(min(self.rowCount(), 200)):
            if self.row_id(position) == row_id:
                return position
        return None

    def tick(self) -> None:
        """The clock moved: repaint the countdowns."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self._deadline),
                                  self.index(self.rowCount() - 1, self._deadline),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole])


# The rows describing each assignment: codes in logic, translated where shown.
META_ROWS = (QT_TRANSLATE_NOOP("SideBySideModel", "Worker"),
             QT_TRANSLATE_NOOP("SideBySideModel", "Decision"),
             QT_TRANSLATE_NOOP("SideBySideModel", "Work time"),
             QT_TRANSLATE_NOOP("SideBySideModel", "Submitted"),
             QT_TRANSLATE_NOOP("SideBySideModel", "Track record"))


def _tr(text: object) -> str:
    return QCoreApplication.translate("SideBySideModel", str(text))


class SideBySideModel(QAbstractTableModel):
    """One HIT: a column per assignment, a row per answer field, the suggestion first.

    The first rows describe each assignment (worker, decision, time, record); the rest are
    the answer fields. Text is plain: the view never renders it as markup.
    """

    AssignmentIdRole = Qt.ItemDataRole.UserRole + 1
    DisagreesRole = Qt.ItemDataRole.UserRole + 2
    FieldRole = Qt.ItemDataRole.UserRole + 3
    FullTextRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.review: HitReview | None = None
        self.dawid_skene: dict[str, tuple[str, float]] = {}

    # -- contents ---------------------------------------------------------------------------

    def set_review(self, review: HitReview | None) -> None:
        self.beginResetModel()
        self.review = review
        self.dawid_skene = {}
        self.endResetModel()

    def update_review(self, review: HitReview) -> None:
        """The same HIT with new decisions: repaint, keeping the reviewer's place."""
        if self.review is None or review.pk != self.review.pk or \
                len(review.assignments) != len(self.review.assignments) or \
                review.fields != self.review.fields:
            self.set_review(review)
            return
        self.review = review
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_dawid_skene(self, labels: dict[str, tuple[str, float]]) -> None:
        """Dawid-Skene's answers for this HIT's fields arrived: show them as suggestions."""
        self.dawid_skene = dict(labels)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def assignment(self, column: int) -> ReviewAssignment | None:
        if self.review is None or not 1 <= column <= len(self.review.assignments):
            return None
        return self.review.assignments[column - 1]

    def field_of(self, row: int) -> str | None:
        if self.review is None or row < len(META_ROWS):
            return None
        at = row - len(META_ROWS)
        return self.review.fields[at] if at < len(self.review.fields) else None

    def row_of_field(self, name: str) -> int | None:
        if self.review is None or name not in self.review.fields:
            return None
        return len(META_ROWS) + self.review.fields.index(name)

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.review is None:
            return 0
        return len(META_ROWS) + len(self.review.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.review is None:
            return 0
        return 1 + len(self.review.assignments)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.review is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Suggested") if section == 0 else \
                    self.tr("Assignment {number}").format(number=section)
            if role == Qt.ItemDataRole.ToolTipRole and section > 0:
                found = self.assignment(section)
                return found.assignment_id if found else None
            return None
        if not 0 <= section < self.rowCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(META_ROWS[section]) if section < len(META_ROWS) else \
                self.field_of(section)
        if role == Qt.ItemDataRole.ToolTipRole and section >= len(META_ROWS):
            return self.field_of(section)  # a long name is cut short in the header
        if role == Qt.ItemDataRole.FontRole and section >= len(META_ROWS):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        review = self.review
        if review is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        if role == self.AssignmentIdRole:
            found = self.assignment(column)
            return found.assignment_id if found else None
        if role == self.FieldRole:
            return self.field_of(row)
        if column == 0:
            return self._suggestion_data(row, role)
        assignment = review.assignments[column - 1]
        if row < len(META_ROWS):
            return self._meta_data(assignment, row, role)
        return self._answer_data(assignment, str(self.field_of(row)), role)

    # -- cells --------------------------------------------------------------------------------

    def _suggestion_data(self, row: int, role: int) -> Any:
        review = self.review
        assert review is not None
        name = self.field_of(row)
        if name is None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(META_COLOUR)
            if role == Qt.ItemDataRole.DisplayRole and row == 0:
                count = len(review.assignments)
                return english_plural(self.tr("%n worker(s)", "", count), count)
            return None
        suggestion = review.suggestions.get(name)
        text = self._suggestion_text(name)
        if role in (Qt.ItemDataRole.DisplayRole, self.FullTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        if role == Qt.ItemDataRole.FontRole and suggestion is not None and suggestion.value:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _suggestion_text(self, name: str) -> str:
        review = self.review
        assert review is not None
        suggestion = review.suggestions.get(name)
        if suggestion is None:
            return ""
        lines = []
        if suggestion.gold is not None:
            lines.append(self.tr("Gold: {answer}").format(answer=suggestion.gold))
        found = suggestion.majority
        if not suggestion.categorical:
            if suggestion.kind == SAME_FOR_ALL:
                lines.append(self.tr("(a submit button: not an answer)")
                             if is_submit_button(name) else
                             self.tr("(the same for everyone: not compared)"))
            elif found is not None:
                lines.append(self.tr("(free text: not compared)"))
        elif found is not None and found.votes < 2:
            lines.append(self.tr("(one answer: nothing to compare)"))
        elif found is not None:
            top = round(found.agreement * found.votes)
            label = self.tr("Tie: {answer} ({top} of {votes})") if suggestion.tied else \
                self.tr("Majority: {answer} ({top} of {votes})")
            lines.append(label.format(answer=readable_answer(found.value), top=top,
                                      votes=found.votes))
        learned = self.dawid_skene.get(name)
        if learned is not None:
            lines.append(self.tr("Dawid-Skene: {answer} ({share})").format(
                answer=learned[0], share=f"{learned[1]:.0%}"))
        return "\n".join(lines)

    def _meta_data(self, assignment: ReviewAssignment, row: int, role: int) -> Any:
        review = self.review
        assert review is not None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(META_COLOUR)
        label = META_ROWS[row]
        if label == "Decision":
            if role == Qt.ItemDataRole.ForegroundRole:
                key = assignment.status if assignment.decision is None else "pending"
                return QColor(STATUS_COLOURS.get(key, "#000000"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        self.FullTextRole):
            return None
        if label == "Worker":
            return assignment.worker_id
        if label == "Decision":
            return self._decision_text(assignment, role != Qt.ItemDataRole.DisplayRole)
        if label == "Work time":
            return format_duration(assignment.work_time_s) \
                if assignment.work_time_s is not None else "—"
        if label == "Submitted":
            if assignment.submit_time is None:
                return "—"
            text = local_time(assignment.submit_time)
            if assignment.awaiting and assignment.auto_approval_time is not None:
                text += "\n" + self.tr("auto-approves {countdown}").format(
                    countdown=countdown(assignment.auto_approval_time, self.clock()))
            return text
        record = review.records.get(assignment.worker_id)
        if record is None:
            return ""
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [self.tr("approved {rate}").format(rate=percent(record.approval_rate))
                     if record.approval_rate is not None else self.tr("no decisions sent"),
                     self.tr("agrees {rate}").format(rate=percent(record.agreement))]
            if record.gold_total:
                parts.append(self.tr("gold {right}/{total}").format(
                    right=record.gold_right, total=record.gold_total))
            return " · ".join(parts) + ("\n" + self.tr("BLOCKED") if record.blocked else "")
        return "\n".join(record.lines())

    def _decision_text(self, assignment: ReviewAssignment, full: bool) -> str:
        decision = assignment.decision
        if decision is not None:
            verb = self.tr("Approve queued by {reviewer}") if decision.kind == "approve" \
                else self.tr("Reject queued by {reviewer}")
            text = verb.format(reviewer=decision.by)
            if full and decision.feedback:
                text += "\n" + self.tr("Feedback: {feedback}").format(feedback=decision.feedback)
            return text
        text = status_label(assignment.status)
        if assignment.status == "Submitted":
            text = self.tr("To decide")
        if full and assignment.feedback:
            text += "\n" + self.tr("Feedback: {feedback}").format(feedback=assignment.feedback)
        if assignment.bonuses:
            total = sum(b.amount_cents for b in assignment.bonuses)
            text += "\n" + self.tr("+ bonus {amount}").format(amount=format_dollars(total))
        return text

    def _answer_data(self, assignment: ReviewAssignment, name: str, role: int) -> Any:
        review = self.review
        assert review is not None
        value = assignment.shown.get(name, "")
        suggestion = review.suggestions.get(name)
        disagrees = suggestion is not None and suggestion.disagrees(value)
        if role == Qt.ItemDataRole.DisplayRole:
            if assignment.answer_format == "unreadable":
                return self.tr("(unreadable answer, kept as it came)")
            return cell_text(readable_answer(value)) if value.strip() else self.tr("(blank)")
        if role == self.FullTextRole:
            return readable_answer(value)
        if role == self.DisagreesRole:
            return disagrees
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = readable_answer(value)[:500]
            if disagrees and suggestion is not None:
                why = self.tr("part of a tie") if suggestion.tied and suggestion.gold is None \
                    else self.tr("differs from {answer}").format(answer=suggestion.value)
                return f"{shown}\n\n({why})"
            return shown or None
        compared = suggestion is not None and (suggestion.categorical
                                               or suggestion.gold is not None)
        if role == Qt.ItemDataRole.BackgroundRole and compared and value.strip():
            assert suggestion is not None
            if disagrees:
                return QColor(TIE_COLOUR if suggestion.tied and suggestion.gold is None
                              else DISAGREE_COLOUR)
            return QColor(AGREE_COLOUR) if suggestion.value else None
        if role == Qt.ItemDataRole.ForegroundRole and not value.strip():
            return QColor("#808080")
        return None
