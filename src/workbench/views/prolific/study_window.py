"""A Prolific study in a window of its own: its state and money, its submissions, its controls.

Publish, pause, resume, add places and stop the study; approve, reject, ask to return, bonus,
message or block the participants chosen in the table. (No screen-out: the studies the
workbench makes have no screen-out completion code, and Prolific refuses it without one.)
Every action is queued in the outbox first (services.prolific) and then sent at once in the
background, as "Send as I go" does on the Review page; spending real money is confirmed once
per session.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.money import LARGE_BONUS_CENTS, MAX_BONUS_CENTS
from workbench.marketplace.prolific.fees import format_amount, parse_amount, prolific_fee_cents
from workbench.models import changes
from workbench.models.formatting import local_time, plural
from workbench.services import prolific
from workbench.services.accounts import AccountInfo
from workbench.services.push import push_outbox
from workbench.services.settings import load_settings
from workbench.views.pages.base import PageContext
from workbench.views.widgets.details import DetailsView

ERROR_STYLE = "color: #b3261e;"
# Prolific's statuses as people read them (the stored codes stay Prolific's).
STATUS_WORDS = {
    "UNPUBLISHED": QT_TRANSLATE_NOOP("ProlificStatus", "Draft"),
    "SCHEDULED": QT_TRANSLATE_NOOP("ProlificStatus", "Scheduled"),
    "PUBLISHING": QT_TRANSLATE_NOOP("ProlificStatus", "Publishing"),
    "ACTIVE": QT_TRANSLATE_NOOP("ProlificStatus", "Active"),
    "PAUSED": QT_TRANSLATE_NOOP("ProlificStatus", "Paused"),
    "COMPLETED": QT_TRANSLATE_NOOP("ProlificStatus", "Completed"),
    "AWAITING REVIEW": QT_TRANSLATE_NOOP("ProlificStatus", "Awaiting review"),
    "RESERVED": QT_TRANSLATE_NOOP("ProlificStatus", "Reserved"),
    "TIMED-OUT": QT_TRANSLATE_NOOP("ProlificStatus", "Timed out"),
    "APPROVED": QT_TRANSLATE_NOOP("ProlificStatus", "Approved"),
    "PARTIALLY APPROVED": QT_TRANSLATE_NOOP("ProlificStatus", "Partially approved"),
    "RETURNED": QT_TRANSLATE_NOOP("ProlificStatus", "Returned"),
    "REJECTED": QT_TRANSLATE_NOOP("ProlificStatus", "Rejected"),
    "SCREENED OUT": QT_TRANSLATE_NOOP("ProlificStatus", "Screened out"),
    "": QT_TRANSLATE_NOOP("ProlificStatus", "Not created yet"),
}


def status_words(status: str) -> str:
    """A Prolific status in the user's language ("AWAITING REVIEW" → "Awaiting review")."""
    words = STATUS_WORDS.get(status)
    return QCoreApplication.translate("ProlificStatus", str(words)) if words else status.title()


class BulkBonusDialog(QDialog):
    """One bonus each for the chosen participants: the amount, a reason, the total with fees."""

    def __init__(self, participants: list[str], currency: str, options: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participants, self.currency, self.options = participants, currency, options
        self.request_key = f"bonus-{uuid.uuid4().hex}"  # a double click queues one payment
        self.cents = 0
        self.setWindowTitle(self.tr("Bonus participants"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(plural(self.tr("Pay each of these %n participant(s) a bonus through "
                               "Prolific's bulk bonus (set up, then paid once):", "",
                               len(participants)), len(participants)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        shown = QLabel(", ".join(participants[:12]) + (" …" if len(participants) > 12 else ""))
        shown.setWordWrap(True)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setStyleSheet("color: #5b6670;")
        layout.addWidget(shown)
        form = QFormLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 0.75"))
        self.amount.setAccessibleName(self.tr("Bonus for each participant"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the bonus"))
        form.addRow(self.tr("&Each ({currency})").format(currency=currency), self.amount)
        form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.total = QLabel()
        layout.addWidget(self.total)
        # A large bonus is paid only when the reviewer ticks this (as on the Review page):
        # "75" typed for "0.75" must not pay a hundred times more, to every participant.
        self.large = QCheckBox()
        self.large.setVisible(False)
        self.large.toggled.connect(self._validate)
        layout.addWidget(self.large)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(self.tr("Queue the bonuses"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for line in (self.amount, self.reason):
            line.textChanged.connect(self._validate)
        self._validate()

    def problem_text(self) -> str:
        self.cents = 0
        raw = self.amount.text().strip()
        if not raw:
            return self.tr("Enter the bonus each participant gets, e.g. 0.75.")
        try:
            self.cents = parse_amount(raw, self.currency)
        except ValueError as exc:
            return str(exc)
        if self.cents > MAX_BONUS_CENTS:
            limit = format_amount(MAX_BONUS_CENTS, self.currency)
            self.cents = 0
            return self.tr("A bonus is at most {limit}.").format(limit=limit)
        if self.cents > LARGE_BONUS_CENTS and not self.large.isChecked():
            return self.tr("Tick the box above to confirm a bonus of more than {limit} "
                           "each.").format(limit=format_amount(LARGE_BONUS_CENTS,
                                                               self.currency))
        if not self.reason.text().strip():
            return self.tr("Say what the bonus is for.")
        return ""

    def _validate(self) -> None:
        problem = self.problem_text()
        large = self.cents > LARGE_BONUS_CENTS
        if large:
            self.large.setText(self.tr("Yes, pay {amount} to each: more than {limit}").format(
                amount=format_amount(self.cents, self.currency),
                limit=format_amount(LARGE_BONUS_CENTS, self.currency)))
        self.large.setVisible(large)
        self.problem.setText(problem)
        self.confirm.setEnabled(not problem)
        if self.cents:
            amount = self.cents * len(self.participants)
            fee = prolific_fee_cents(amount, self.options)
            self.total.setText(self.tr("{count} × {each} = {amount} + Prolific's fee {fee} = "
                                       "{total}").format(
                count=len(self.participants), each=format_amount(self.cents, self.currency),
                amount=format_amount(amount, self.currency),
                fee=format_amount(fee, self.currency),
                total=format_amount(amount + fee, self.currency)))
        else:
            self.total.setText("")

    def _accept(self) -> None:
        if not self.problem_text():
            self.accept()


class ParticipantMessageDialog(QDialog):
    """A message to the chosen participants, sent through Prolific."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message participants"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(plural(self.tr("To %n participant(s), through Prolific:", "",
                                               count), count)))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = buttons.addButton(self.tr("Queue message"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setEnabled(False)
        self.body.textChanged.connect(lambda: self.send.setEnabled(bool(self.text())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.body.toPlainText().strip()


class StudyWindow(QDialog):
    """One Prolific study: its figures, its controls and its submissions."""

    COLUMNS = (QT_TRANSLATE_NOOP("StudyWindow", "Participant"),
               QT_TRANSLATE_NOOP("StudyWindow", "Status"),
               QT_TRANSLATE_NOOP("StudyWindow", "Tasks"),
               QT_TRANSLATE_NOOP("StudyWindow", "Code"),
               QT_TRANSLATE_NOOP("StudyWindow", "Bonuses"),
               QT_TRANSLATE_NOOP("StudyWindow", "Submission"))

    def __init__(self, context: PageContext, account: AccountInfo, study_key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.account, self.study_key = context, account, study_key
        self.wb = context.wb
        self.overview: prolific.StudyOverview | None = None
        self.pushing = False
        # Queued while a push was under way (it may have listed the outbox already): push again.
        self.push_again = False
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Prolific study"))
        self.resize(1040, 720)
        layout = QVBoxLayout(self)
        # The study's facts beside its submissions and money, so neither needs scrolling.
        self.details = DetailsView()
        self.figures = DetailsView()
        top = QHBoxLayout()
        top.addWidget(self.details, 3)
        top.addWidget(self.figures, 2)
        for pane in (self.details, self.figures):
            pane.setFixedHeight(270)
        layout.addLayout(top)
        controls = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.pause_button = QPushButton(self.tr("P&ause"))
        self.resume_button = QPushButton(self.tr("Res&ume"))
        self.places_button = QPushButton(self.tr("Add p&laces…"))
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setToolTip(self.tr("End the study: nobody new can take part"))
        for button, handler in ((self.publish_button, self.publish),
                                (self.pause_button, lambda: self.transition("PAUSE")),
                                (self.resume_button, lambda: self.transition("START")),
                                (self.places_button, self.add_places),
                                (self.stop_button, self.stop)):
            button.clicked.connect(handler)
            controls.addWidget(button)
        controls.addStretch()
        layout.addLayout(controls)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("StudyWindow", str(c)) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Submissions"))
        self.table.verticalHeader().setVisible(False)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Appro&ve"))
        self.reject_button = QPushButton(self.tr("&Reject…"))
        self.return_button = QPushButton(self.tr("Ask to re&turn…"))
        self.bonus_button = QPushButton(self.tr("&Bonus…"))
        self.message_button = QPushButton(self.tr("&Message…"))
        self.block_button = QPushButton(self.tr("Bloc&k…"))
        for button, handler in ((self.approve_button, self.approve),
                                (self.reject_button, self.reject_selected),
                                (self.return_button, self.ask_return),
                                (self.bonus_button, self.bonus),
                                (self.message_button, self.message),
                                (self.block_button, self.block)):
            button.clicked.connect(handler)
            actions.addWidget(button)
        actions.addStretch()
        layout.addLayout(actions)
        # What was last done (kept across reloads) and what still waits in the Outbox.
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        self.waiting = QLabel()
        self.waiting.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.waiting)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(
            self.reload)
        context.bus.changed.connect(self._on_changes)
        self._update_buttons()
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        wb, account, key = self.wb, self.account, self.study_key
        self.context.runner.run(lambda: prolific.study_overview(wb, account, key),
                                on_done=self._loaded, on_error=self._failed)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.OUTBOX, changes.ASSIGNMENTS, changes.HITS, changes.BATCHES}:
            self.reload()

    def _loaded(self, overview: prolific.StudyOverview) -> None:
        self.overview = overview
        study = overview.study
        self.setWindowTitle(self.tr("Prolific study — {name}").format(name=study.name))
        money = self._money
        facts = [
            (self.tr("Status"), status_words(study.status)),
            (self.tr("Places"), self.tr("{taken} of {total} taken").format(
                taken=overview.places_taken, total=study.total_places)),
            (self.tr("Reward"), plural(self.tr("{reward} per participant; %n HIT(s) each", "",
                                        study.hits_per_place), study.hits_per_place).format(
                                            reward=money(study.reward_cents))),
            (self.tr("Completion code"), study.completion_code),
            (self.tr("Study URL"), overview.external_url),
            (self.tr("Prolific id"), study.study_id or self.tr("not created yet")),
            (self.tr("Published"), local_time(overview.published_at)
             if overview.published_at else "—"),
            (self.tr("Last synced"), local_time(overview.synced_at)
             if overview.synced_at else "—")]
        counts = [(status_words(status), str(overview.count(status))) for status in (
            "ACTIVE", "AWAITING REVIEW", "APPROVED", "REJECTED", "RETURNED", "TIMED-OUT",
            "SCREENED OUT") if overview.count(status)]
        spent = [(self.tr("Rewards"), self.tr("{amount} + fee {fee}").format(
                     amount=money(overview.rewards_cents),
                     fee=money(overview.reward_fees_cents))),
                 (self.tr("Bonuses"), self.tr("{amount} + fee {fee}").format(
                     amount=money(overview.bonus_cents), fee=money(overview.bonus_fees_cents))),
                 (self.tr("Paid so far"), money(overview.spent_cents))]
        self.details.show_groups([(self.tr("Study"), facts)])
        self.figures.show_groups([
            (self.tr("Submissions"), counts or [(self.tr("None yet"), "")]),
            (self.tr("Money"), spent)])
        selected = set(self.selected())
        # Filled unsorted (rows would move while filled), then sorted as the person chose.
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(overview.submissions))
        for row, item in enumerate(overview.submissions):
            cells = (item.participant_id, status_words(item.status),
                     str(len(item.assignment_ids)), item.study_code or "—",
                     ", ".join(money(c) for c in item.bonus_payments) or "—",
                     item.submission_id)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.submission_id)
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        # The same submissions stay chosen, wherever sorting put them.
        chosen = QItemSelection()
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            if first is not None and first.data(Qt.ItemDataRole.UserRole) in selected:
                chosen.select(self.table.model().index(row, 0),
                              self.table.model().index(row, len(self.COLUMNS) - 1))
        self.table.selectionModel().select(
            chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        queued = overview.queued
        self.waiting.setText(plural(self.tr("%n action(s) of this study wait in the Outbox.",
                                            "", queued), queued) if queued else "")
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.note.setText(str(error))
        self.note.setStyleSheet(ERROR_STYLE)

    def _money(self, cents: int) -> str:
        currency = self.overview.study.currency if self.overview else "GBP"
        return format_amount(cents, currency)

    def selected(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        found = []
        for row in rows:
            cell = self.table.item(row, 0)
            if cell is not None:
                found.append(str(cell.data(Qt.ItemDataRole.UserRole)))
        return found

    def _selected_submissions(self) -> list[prolific.ProlificSubmissionInfo]:
        chosen = set(self.selected())
        return [s for s in (self.overview.submissions if self.overview else [])
                if s.submission_id in chosen]

    def _update_buttons(self) -> None:
        study = self.overview.study if self.overview else None
        status = study.status if study else None
        self.publish_button.setEnabled(status in ("", "UNPUBLISHED"))
        self.pause_button.setEnabled(status in ("ACTIVE", "AWAITING REVIEW"))
        self.resume_button.setEnabled(status == "PAUSED")
        self.places_button.setEnabled(bool(study and study.study_id) and status != "COMPLETED")
        self.stop_button.setEnabled(status in ("ACTIVE", "AWAITING REVIEW", "PAUSED"))
        chosen = self._selected_submissions()
        awaiting = bool(chosen) and all(s.status == "AWAITING REVIEW" for s in chosen)
        working = bool(chosen) and all(s.status in ("ACTIVE", "AWAITING REVIEW")
                                       for s in chosen)
        self.approve_button.setEnabled(awaiting)
        self.reject_button.setEnabled(awaiting)
        self.return_button.setEnabled(working)
        self.bonus_button.setEnabled(bool(chosen))
        self.message_button.setEnabled(bool(chosen))
        self.block_button.setEnabled(len(chosen) == 1)

    # -- queuing and sending -----------------------------------------------------------------

    def _queue(self, work: Callable[[], Any], done_text: str, *, spends: bool) -> None:
        """Queue in the background, then send at once (asking first if real money moves)."""
        def queued(_result: Any) -> None:
            self.note.setStyleSheet("")
            self.note.setText(done_text)
            self.context.bus.announce(changes.OUTBOX)
            self._send(spends)

        def refused(error: BaseException) -> None:
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setText(str(error))

        self.context.runner.run(work, on_done=queued, on_error=refused)

    def _send(self, spends: bool) -> None:
        from workbench.views.spend_confirmation import ask_before_spending

        if spends and not ask_before_spending(self, self.wb, self.account):
            self.note.setText(self.tr("Queued; it is sent once you confirm the spending "
                                      "(Sync asks again)."))
        if self.pushing:
            self.push_again = True
            return
        self.pushing = True
        wb, account = self.wb, self.account

        def sent(report: Any) -> None:
            self.pushing = False
            parts = [self.tr("{count} sent").format(count=report.sent)]
            if report.failed:
                parts.append(self.tr("{count} refused (see the Outbox)").format(
                    count=report.failed))
            if report.deferred or report.held:
                parts.append(self.tr("{count} waiting").format(
                    count=report.deferred + report.held))
            self.note.setText(self.note.text() + " " + self.tr("Outbox: {parts}.").format(
                parts=", ".join(parts)))
            self.context.bus.announce(changes.OUTBOX, changes.ASSIGNMENTS, changes.HITS,
                                      changes.BATCHES)
            if self.push_again:
                self.push_again = False
                self._send(False)

        def failed(error: BaseException) -> None:
            self.pushing = False
            self.push_again = False
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setText(self.tr("Not sent ({error}); it stays in the Outbox.").format(
                error=error))
            self.context.bus.announce(changes.OUTBOX)

        self.context.runner.run(lambda: push_outbox(wb, account), on_done=sent,
                                on_error=failed)

    def _study(self) -> prolific.StudyInfo | None:
        return self.overview.study if self.overview else None

    # -- the study ---------------------------------------------------------------------------

    def publish(self) -> None:
        study = self._study()
        if study is None:
            return
        wb, account = self.wb, self.account
        self._queue(lambda: prolific.queue_publish(wb, account, study),
                    self.tr("Publishing queued."), spends=True)

    def transition(self, action: str) -> None:
        study = self._study()
        if study is None:
            return
        wb, account = self.wb, self.account
        text = self.tr("Pausing queued.") if action == "PAUSE" else \
            self.tr("Resuming queued.") if action == "START" else self.tr("Stopping queued.")
        self._queue(lambda: prolific.queue_transition(wb, account, study, action), text,
                    spends=False)

    def stop(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        study = self._study()
        if study is None or QMessageBox.question(
                self, self.tr("Stop the study?"),
                self.tr("Stop “{name}”? Nobody new can take part; participants already in "
                        "it can finish, and you review them as usual. A stopped study "
                        "cannot be started again.").format(name=study.name)) != \
                QMessageBox.StandardButton.Yes:
            return
        self.transition("STOP")

    def add_places(self) -> None:
        study = self._study()
        if study is None:
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("Add places"),
            self.tr("Places to add (each pays {reward} and Prolific's fee):").format(
                reward=self._money(study.reward_cents)), 1, 1, 10_000)
        if not ok:
            return
        wb, account = self.wb, self.account
        self._queue(lambda: prolific.queue_add_places(wb, account, study, count),
                    plural(self.tr("%n place(s) to add, queued.", "", count), count), spends=True)

    # -- submissions -------------------------------------------------------------------------

    def approve(self) -> None:
        ids = self.selected()
        wb, account = self.wb, self.account
        self._queue(lambda: prolific.queue_approve(wb, account, ids),
                    plural(self.tr("%n approval(s) queued.", "", len(ids)), len(ids)), spends=True)

    def reject_selected(self) -> None:
        from workbench.views.review.dialogs import RejectDialog

        ids = self.selected()
        if not ids:
            return
        dialog = RejectDialog(load_settings().rejection_reasons,
                              plural(self.tr("%n submission(s)", "", len(ids)), len(ids)), self,
                              prolific=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        message, category = dialog.text(), dialog.chosen_category()
        wb, account = self.wb, self.account
        self._queue(lambda: prolific.queue_reject(wb, account, ids, message=message,
                                                  category=category),
                    plural(self.tr("%n rejection(s) queued.", "", len(ids)), len(ids)),
                    spends=False)

    def ask_return(self) -> None:
        ids = self.selected()
        reason, ok = QInputDialog.getText(
            self, self.tr("Ask to return"),
            self.tr("Why should the participant return their submission? (Prolific shows "
                    "them this)"))
        if not ok or not reason.strip():
            return
        wb, account = self.wb, self.account
        self._queue(lambda: prolific.queue_return_request(wb, account, ids, reason=reason),
                    plural(self.tr("%n return request(s) queued.", "", len(ids)), len(ids)),
                    spends=False)

    def bonus(self) -> None:
        study, chosen = self._study(), self._selected_submissions()
        if study is None or not chosen:
            return
        dialog = BulkBonusDialog([s.participant_id for s in chosen], study.currency,
                                 dict(self.account.options), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rows = [(s.submission_id, dialog.cents) for s in chosen]
        reason, key = dialog.reason.text().strip(), dialog.request_key
        wb, account = self.wb, self.account
        self._queue(lambda: prolific.queue_bonuses(wb, account, study, rows, reason=reason,
                                                   request_key=key),
                    plural(self.tr("A bonus for %n participant(s) queued.", "", len(rows)),
                           len(rows)),
                    spends=True)

    def message(self) -> None:
        study, chosen = self._study(), self._selected_submissions()
        if study is None or not chosen:
            return
        dialog = ParticipantMessageDialog(len(chosen), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, people = dialog.text(), [s.participant_id for s in chosen]
        wb, account = self.wb, self.account
        self._queue(lambda: prolific.queue_message(wb, account, study, people, text),
                    self.tr("Message queued."), spends=False)

    def block(self) -> None:
        from workbench.services.prolific_review import queue_block
        from workbench.views.review.dialogs import BlockDialog

        chosen = self._selected_submissions()
        if len(chosen) != 1:
            return
        who = chosen[0].participant_id
        dialog = BlockDialog(who, False, [], self, prolific=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dialog.reason_text()
        wb, account = self.wb, self.account
        self._queue(lambda: queue_block(wb, account, who, reason=reason),
                    self.tr("Block of {who} queued.").format(who=who), spends=False)

    def closeEvent(self, event: QCloseEvent) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.context.bus.changed.disconnect(self._on_changes)
        super().closeEvent(event)

