"""The decision dialogs: reject (feedback required), approve with feedback, bonus, block.

Each dialog validates as the reviewer types and keeps its confirm button disabled until the
input is acceptable, saying why in plain words; bad input changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.money import (
    LARGE_BONUS_CENTS,
    MAX_BONUS_CENTS,
    InvalidAmount,
)
from workbench.marketplace.prolific.model import MIN_REJECTION_MESSAGE
from workbench.services.outbox import MAX_FEEDBACK
from workbench.services.prolific_review import FeeRule
from workbench.services.review import BonusLine

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b7f3b;"
NOTE_STYLE = "color: palette(mid);"
# How a bonus stands (stored codes), shown translated.
BONUS_STATES = {
    "pending": QT_TRANSLATE_NOOP("BonusDialog", "pending"),
    "sending": QT_TRANSLATE_NOOP("BonusDialog", "sending"),
    "sent": QT_TRANSLATE_NOOP("BonusDialog", "sent"),
    "paid": QT_TRANSLATE_NOOP("BonusDialog", "paid"),
    "failed": QT_TRANSLATE_NOOP("BonusDialog", "failed"),
}


def bonus_state(state: str) -> str:
    """A bonus's state in the user's language (unknown states as they are)."""
    label = BONUS_STATES.get(state)
    return QCoreApplication.translate("BonusDialog", str(label)) if label else state


def _label(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


class _FeedbackEdit(QPlainTextEdit):
    """Feedback text: Enter confirms the dialog, Shift+Enter starts a new line, Tab moves on."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(90)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RejectDialog(QDialog):
    """Feedback for a rejection: a saved reason (keys 1-9) or typed; it cannot be empty.

    On Prolific (``prolific=True``) a rejection also needs one of Prolific's categories and a
    message of at least 100 characters; the dialog offers the categories and counts as the
    reviewer types.
    """

    def __init__(self, reasons: Sequence[str], what: str, parent: QWidget | None = None, *,
                 prolific: bool = False) -> None:
        super().__init__(parent)
        self.prolific = prolific
        self.setWindowTitle(self.tr("Reject on Prolific") if prolific else self.tr("Reject"))
        self.setMinimumWidth(600 if prolific else 560)
        layout = QVBoxLayout(self)
        if prolific:
            layout.addWidget(_label(self.tr(
                "Reject {what} on Prolific. The participant is not paid and reads your "
                "message; a rejection counts against them. Prolific asks for a category and "
                "a message of at least {least} characters that says what was wrong.").format(
                    what=what, least=MIN_REJECTION_MESSAGE)))
        else:
            layout.addWidget(_label(self.tr(
                "Reject {what}. The worker sees this feedback and is not paid, and a rejection "
                "counts against their record: say clearly what was wrong.").format(what=what)))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Rejection category"))
        self.category.addItem(self.tr("Choose a category…"), "")
        from workbench.services.prolific_review import rejection_categories

        for value, words in rejection_categories():
            self.category.addItem(words, value)
        self.category.currentIndexChanged.connect(lambda _i: self._validate())
        if prolific:
            category_row = QFormLayout()
            category_row.addRow(self.tr("&Category:"), self.category)
            layout.addLayout(category_row)
        self.category.setVisible(prolific)
        self.reasons = QListWidget()
        self.reasons.setAccessibleName(self.tr("Saved reasons"))
        for number, reason in enumerate(reasons, start=1):
            prefix = f"{number}.  " if number <= 9 else "     "
            item = QListWidgetItem(prefix + reason)
            item.setData(Qt.ItemDataRole.UserRole, reason)
            self.reasons.addItem(item)
        self.reasons.setMaximumHeight(24 * min(6, max(1, len(reasons))) + 8)
        self.reasons.setVisible(bool(reasons))
        # Chosen means selected (a number key, a click, the arrows), not merely focused:
        # the dialog must never come up with feedback the reviewer did not pick.
        self.reasons.itemSelectionChanged.connect(self._reason_chosen)
        if reasons:
            reasons_label = _label(self.tr("Saved reasons (press 1–9):"), NOTE_STYLE)
            reasons_label.setBuddy(self.reasons)
            layout.addWidget(reasons_label)
        layout.addWidget(self.reasons)
        feedback_label = _label(self.tr("Message to the participant:") if prolific
                                else self.tr("Feedback to the worker:"))
        layout.addWidget(feedback_label)
        self.feedback = _FeedbackEdit()
        self.feedback.setAccessibleName(self.tr("Message to the participant") if prolific
                                        else self.tr("Feedback to the worker"))
        feedback_label.setBuddy(self.feedback)
        self.feedback.textChanged.connect(self._validate)
        layout.addWidget(self.feedback)
        # Prolific's minimum, counted as the reviewer types (spaces runs count once, as sent).
        self.count = _label("")
        self.count.setAccessibleName(self.tr("Characters in the message"))
        self.count.setVisible(prolific)
        layout.addWidget(self.count)
        self.save_reason = QCheckBox(self.tr("Save this feedback as a reason"))
        layout.addWidget(self.save_reason)
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(self.tr("Reject"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for number in range(1, min(9, len(reasons)) + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self.reasons)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda n=number: self.choose(n))
        self.feedback.submitted.connect(self._accept)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._accept)
        self._validate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.prolific:
            self.category.setFocus()
        else:
            (self.reasons if self.reasons.count() else self.feedback).setFocus()
        self.confirm.setDefault(True)

    def chosen_category(self) -> str:
        """The Prolific rejection category chosen ("" until one is)."""
        return str(self.category.currentData() or "")

    def message_length(self) -> int:
        """The message's length as Prolific counts what is sent (whitespace runs as one)."""
        return len(" ".join(self.text().split()))

    def choose(self, number: int) -> None:
        """Use saved reason ``number`` (1-based)."""
        if 1 <= number <= self.reasons.count():
            self.reasons.setCurrentRow(number - 1)

    def _reason_chosen(self) -> None:
        chosen = self.reasons.selectedItems()
        if chosen:
            self.feedback.setPlainText(str(chosen[0].data(Qt.ItemDataRole.UserRole)))

    def text(self) -> str:
        return self.feedback.toPlainText().strip()

    def problem_text(self) -> str:
        text = self.text()
        if self.prolific:
            if not self.chosen_category():
                return self.tr("Choose the category Prolific files this rejection under.")
            if self.message_length() < MIN_REJECTION_MESSAGE:
                return self.tr("Prolific needs at least {least} characters: say what was "
                               "wrong and what the instructions asked for.").format(
                                   least=MIN_REJECTION_MESSAGE)
        if not text:
            return self.tr("A rejection needs feedback: choose a reason or type one.")
        if len(text) > MAX_FEEDBACK:
            return self.tr("Feedback is limited to {limit} characters ({count} now).").format(
                limit=f"{MAX_FEEDBACK:,}", count=f"{len(text):,}")
        return ""

    def _validate(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)
        if self.prolific:
            count = self.message_length()
            enough = count >= MIN_REJECTION_MESSAGE
            self.count.setText(self.tr("{count} of at least {least} characters").format(
                count=count, least=MIN_REJECTION_MESSAGE))
            self.count.setStyleSheet(OK_STYLE if enough else ERROR_STYLE)

    def _accept(self) -> None:
        if not self.problem_text():
            self.accept()


class ApproveDialog(QDialog):
    """Approve with an optional message to the worker."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve with feedback"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_label(self.tr("Approve {what}. Feedback is optional; the worker sees "
                                        "it.").format(what=what)))
        self.feedback = _FeedbackEdit()
        self.feedback.setAccessibleName(self.tr("Feedback to the worker"))
        self.feedback.textChanged.connect(self._validate)
        layout.addWidget(self.feedback)
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(self.tr("Approve"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.feedback.submitted.connect(self._accept)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._accept)

    def text(self) -> str:
        return self.feedback.toPlainText().strip()

    def _validate(self) -> None:
        too_long = len(self.text()) > MAX_FEEDBACK
        self.problem.setText(self.tr("Feedback is limited to {limit} characters.").format(
            limit=f"{MAX_FEEDBACK:,}") if too_long else "")
        self.confirm.setEnabled(not too_long)

    def _accept(self) -> None:
        if self.confirm.isEnabled():
            self.accept()


class BonusDialog(QDialog):
    """A bonus: amount and reason, with the fee and total; one request key per opening."""

    def __init__(self, worker_id: str, assignment_id: str, existing: Sequence[BonusLine],
                 parent: QWidget | None = None, *, fees: FeeRule | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bonus"))
        self.setMinimumWidth(540)
        # The account's money: dollars and MTurk's fee, or a Prolific workspace's.
        self.fees = fees or FeeRule("USD", {}, False)
        # Queuing twice with this key (a double click, a retry) queues one bonus.
        self.request_key = f"bonus-{uuid.uuid4().hex}"
        self.cents = 0
        layout = QVBoxLayout(self)
        if self.fees.prolific:
            layout.addWidget(_label(self.tr(
                "Pay participant {worker} a bonus on Prolific for the session that worked "
                "assignment {assignment} (Prolific's bulk bonus: set up, then paid once)."
            ).format(worker=worker_id, assignment=assignment_id)))
        else:
            layout.addWidget(_label(self.tr("Pay worker {worker} a bonus for assignment "
                                            "{assignment}.").format(worker=worker_id,
                                                                    assignment=assignment_id)))
        form = QFormLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 0.50"))
        self.amount.setAccessibleName(self.tr("Bonus amount in {currency}").format(
            currency=self.fees.currency))
        self.amount.textChanged.connect(self._validate)
        form.addRow(self.tr("Amount ({currency})").format(currency=self.fees.currency),
                    self.amount)
        self.reason = _FeedbackEdit()
        self.reason.setAccessibleName(self.tr("Reason the worker sees"))
        self.reason.textChanged.connect(self._validate)
        form.addRow(self.tr("Reason (the worker sees it)"), self.reason)
        layout.addLayout(form)
        self.cost = _label("")
        layout.addWidget(self.cost)
        self.again = QCheckBox(self.tr("Pay another bonus for this assignment"))
        if existing:
            lines = [f"{self.fees.money(b.amount_cents)} {bonus_state(b.state)}: {b.reason}"
                     for b in existing]
            layout.addWidget(_label(self.tr("This assignment already has a bonus:") + "\n"
                                    + "\n".join(lines), ERROR_STYLE))
            self.again.toggled.connect(self._validate)
            layout.addWidget(self.again)
        self.again.setVisible(bool(existing))
        self.existing = list(existing)
        # A large bonus is paid only when the reviewer ticks this (the command line: --yes).
        self.large = QCheckBox()
        self.large.setVisible(False)
        self.large.toggled.connect(self._validate)
        layout.addWidget(self.large)
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(self.tr("Queue bonus"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.submitted.connect(self._accept)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._accept)
        self._validate()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def problem_text(self) -> str:
        raw = self.amount.text().strip()
        self.cents = 0
        if not raw:
            return self.tr("Enter an amount, e.g. 0.50.")
        try:
            self.cents = self.fees.parse(raw, maximum_cents=MAX_BONUS_CENTS)
        except (InvalidAmount, ValueError) as exc:
            return self.tr("The amount is not valid: {error}.").format(error=exc)
        if self.cents > LARGE_BONUS_CENTS and not self.large.isChecked():
            return self.tr("Tick the box above to confirm a bonus of more than {limit}.").format(
                limit=self.fees.money(LARGE_BONUS_CENTS))
        if not self.reason_text():
            return self.tr("A bonus needs a reason: the worker sees it.")
        if len(self.reason_text()) > MAX_FEEDBACK:
            return self.tr("The reason is limited to {limit} characters.").format(
                limit=f"{MAX_FEEDBACK:,}")
        if self.existing and not self.again.isChecked():
            return self.tr("Tick the box above to pay a second bonus for the same assignment.")
        return ""

    @property
    def large_confirmed(self) -> bool:
        """Whether the reviewer confirmed a bonus above the confirmation limit."""
        return self.cents > LARGE_BONUS_CENTS and self.large.isChecked()

    def _validate(self) -> None:
        problem = self.problem_text()
        large = self.cents > LARGE_BONUS_CENTS
        if large:
            self.large.setText(self.tr("Yes, pay {amount}: more than {limit}").format(
                amount=self.fees.money(self.cents), limit=self.fees.money(LARGE_BONUS_CENTS)))
        self.large.setVisible(large)
        if self.cents:
            fee = self.fees.fee_cents(self.cents)
            self.cost.setText(self.tr("Bonus {bonus} + fee {fee} = {total} in total").format(
                bonus=self.fees.money(self.cents), fee=self.fees.money(fee),
                total=self.fees.money(self.cents + fee)))
        else:
            self.cost.setText("")
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)

    def _accept(self) -> None:
        if not self.problem_text():
            self.accept()


class BlockDialog(QDialog):
    """Block (reason required), soft-block (a qualification, as MTurk recommends) or undo either.

    ``choice`` says what was confirmed: "block", "unblock", "soft_block" or "lift_soft_block".
    Enter and Ctrl+Return do what the dialog recommends: the soft block, when it is offered;
    the hard block takes a click on its own button.
    """

    def __init__(self, worker_id: str, blocked: bool, record_lines: Sequence[str],
                 parent: QWidget | None = None, *, soft_blocked: bool = False,
                 prolific: bool = False) -> None:
        super().__init__(parent)
        self.blocking = not blocked
        self.prolific = prolific
        self.choice = ""
        self.setWindowTitle(self.tr("Block worker") if self.blocking
                            else self.tr("Unblock worker"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if self.blocking and prolific:
            layout.addWidget(_label(self.tr(
                "Block participant {worker}: they join this account's block list, a "
                "participant group on Prolific, and studies published from here leave them "
                "out.").format(worker=worker_id)))
        elif self.blocking:
            layout.addWidget(_label(self.tr(
                "Block {worker} from all of this account's HITs, or soft-block them. A "
                "block counts against a worker's standing on MTurk; for work that is merely "
                "not good enough MTurk recommends the soft block: a qualification your HITs "
                "require them not to have.").format(worker=worker_id)))
        else:
            layout.addWidget(_label(self.tr("Unblock {worker}: they can work on your HITs "
                                            "again.").format(worker=worker_id)))
        if record_lines:
            layout.addWidget(_label("\n".join(record_lines), NOTE_STYLE))
        reason_label = _label(self.tr("Reason (required to block; the worker may see it):")
                              if self.blocking else self.tr("Reason (optional):"))
        layout.addWidget(reason_label)
        self.reason = _FeedbackEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        reason_label.setBuddy(self.reason)
        self.reason.textChanged.connect(self._validate)
        layout.addWidget(self.reason)
        self.problem = _label("", ERROR_STYLE)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.soft: QPushButton | None = None
        if self.blocking and not prolific:
            self.soft = buttons.addButton(self.tr("Lift the soft block") if soft_blocked
                                          else self.tr("Soft block (recommended)"),
                                          QDialogButtonBox.ButtonRole.ActionRole)
            self.soft.setAutoDefault(False)
            self.soft.clicked.connect(lambda: self._finish(
                "lift_soft_block" if soft_blocked else "soft_block"))
            if not soft_blocked:
                self.soft.setToolTip(self.tr("Leave the worker out of HITs that exclude the "
                                             "soft-block qualification (Enter, Ctrl+Return)"))
        self.confirm = buttons.addButton(self.tr("Block") if self.blocking
                                         else self.tr("Unblock"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.recommends_soft = self.blocking and not soft_blocked and not prolific
        self.reason.submitted.connect(self._recommended)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._recommended)
        self._validate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.recommends_soft and self.soft is not None:
            self.confirm.setAutoDefault(False)
            self.soft.setDefault(True)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _validate(self) -> None:
        problem = self.tr("A block needs a reason.") if self.blocking and \
            not self.reason_text() else ""
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)

    def _recommended(self) -> None:
        """The keyboard's confirmation: the soft block where it is offered, else the button."""
        if self.recommends_soft:
            self._finish("soft_block")
        else:
            self._accept()

    def _accept(self) -> None:
        if self.confirm.isEnabled():
            self._finish("block" if self.blocking else "unblock")

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()
