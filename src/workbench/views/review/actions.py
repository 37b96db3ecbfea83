"""What the Review page does: decisions, dialogs, undo, bulk rules, gold, pushing as you go.

Every write runs on the task runner; the page moves on only once the outbox holds the
decision. The reasons an action is refused (already decided, 30 days past, no feedback) are
shown in words beside the buttons, because a keyboard reviewer never sees a tooltip.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from workbench.models import changes
from workbench.models.review import english_plural
from workbench.services import outbox, prolific_review
from workbench.services.accounts import archive_refusal
from workbench.services.consensus import (
    CHOICE,
    DawidSkeneCache,
    GoldChoice,
    batch_answer_fields,
    gold_choice,
    set_gold_mapping,
)
from workbench.services.push import PushReport, push_outbox
from workbench.services.review import (
    HitReview,
    ReviewAssignment,
    Rule,
    RuleOutcome,
    apply_decisions,
    approval_blocker,
    hit_question,
    preview_rule,
    queued_decision,
    rejection_blocker,
)
from workbench.services.settings import load_settings, save_settings
from workbench.services.spend import spending_allowed
from workbench.services.workers import queue_block_choice
from workbench.views.review.bulk import GoldDialog, RulePreviewDialog
from workbench.views.review.dialogs import ApproveDialog, BlockDialog, BonusDialog, RejectDialog

if TYPE_CHECKING:
    from workbench.views.pages.review import ReviewPage


class ReviewActions(QObject):
    """The Review page's actions and the state they need (busy, undo, pushing)."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page
        self.busy = False
        self.last_decision_at = 0.0
        # Counts this page's own writes: a HIT read before the latest one is stale.
        self.generation = 0
        # Each entry undoes one step (one key press may have queued several decisions).
        self.undo_steps: list[tuple[int, list[tuple[int, str]]]] = []
        self.dialog: QDialog | None = None
        self.pushing = False
        self.push_again = False
        self.spend_declined = False
        self.dawid_skene = DawidSkeneCache()
        self._ds_batches: dict[int, dict[str, dict[int, tuple[str, float]]]] = {}
        self._ds_running: set[int] = set()
        self._questions: dict[int, str | None] = {}

    def reset(self) -> None:
        self.undo_steps.clear()
        self.busy = False
        self.spend_declined = False
        self._ds_batches.clear()
        self._questions.clear()

    def connect_buttons(self) -> None:
        panel = self.page.panel
        for button, handler in ((panel.approve_button, self.approve),
                                (panel.reject_button, self.reject),
                                (panel.approve_all_button, self.approve_all),
                                (panel.reject_all_button, self.reject_all),
                                (panel.bonus_button, self.bonus),
                                (panel.block_button, self.block),
                                (panel.undo_button, self.undo)):
            button.clicked.connect(lambda _c=False, h=handler: h())
        self.update_buttons()

    # -- state and explanations ---------------------------------------------------------------

    @property
    def review(self) -> HitReview | None:
        return self.page.review

    def say(self, text: str) -> None:
        self.page.panel.why.setText(text)
        if text:
            self.page.status_message.emit(text)

    def update_buttons(self) -> None:
        panel, review = self.page.panel, self.review
        current = self.page.current_assignment()
        now = self.page.wb.clock()
        approve_why = approval_blocker(current, now) if current else \
            self.tr("Choose an assignment")
        reject_why = rejection_blocker(current) if current else self.tr("Choose an assignment")
        awaiting = review.awaiting if review else []
        panel.approve_button.setEnabled(approve_why is None)
        panel.approve_button.setText(self.tr("Approve, overriding the rejection (A)")
                                     if current and current.status == "Rejected"
                                     and approve_why is None else self.tr("Approve (A)"))
        panel.approve_button.setToolTip(approve_why or self.tr("Approve this assignment"))
        panel.reject_button.setEnabled(reject_why is None)
        panel.reject_button.setToolTip(reject_why or
                                       self.tr("Reject this assignment, with feedback"))
        panel.approve_all_button.setEnabled(bool(awaiting))
        panel.reject_all_button.setEnabled(bool(awaiting))
        panel.bonus_button.setEnabled(current is not None)
        panel.block_button.setEnabled(current is not None)
        record = review.records.get(current.worker_id) if review and current else None
        panel.block_button.setText(self.tr("Unblock…") if record is not None and record.blocked
                                   else self.tr("Block…"))
        panel.undo_button.setEnabled(bool(self.undo_steps))
        # Why Approve is greyed out, when the grid does not already say: a decision just
        # queued reads "Approve queued by …" in its Decision row, not as a red warning (a
        # second A says it again, through ``say``).
        panel.why.setText(approve_why if current and approve_why and current.status != "Approved"
                          and current.decision is None else "")
        archived = self.archived()
        if archived:
            # The page's note says why; a key pressed anyway says it again (``say``).
            for button in (panel.approve_button, panel.reject_button, panel.approve_all_button,
                           panel.reject_all_button, panel.bonus_button, panel.block_button):
                button.setEnabled(False)
                button.setToolTip(archived)
            panel.why.setText("")
        panel.arrange_buttons()  # the labels may have grown (e.g. "Unblock…")

    def archived(self) -> str:
        """Why nothing can be decided here, when the account is an MTurk archive; else ""."""
        account = self.page.account
        if account is None or not account.is_archive:
            return ""
        return archive_refusal(account.name, "decide")

    def _refuse_archived(self) -> bool:
        """Say why an MTurk archive takes no decision, bonus or block; True if it is one."""
        archived = self.archived()
        if archived:
            self.say(archived)
        return bool(archived)

    def _ready(self, *, gated: bool) -> bool:
        """Whether a decision may be taken now; says why not when the reviewer should know."""
        if self.busy:
            self.page.status_message.emit(self.tr("Still queuing the last decision…"))
            return False
        if self.review is None or self.page.is_loading():
            self.page.status_message.emit(self.tr("The HIT is still loading."))
            return False
        now = time.monotonic()
        if gated and now - self.page.ready_since() < self.page.settle_s:
            self.page.status_message.emit(
                self.tr("A new HIT just appeared: look at it before deciding."))
            return False
        if gated and now - self.last_decision_at < self.page.debounce_s:
            self.page.status_message.emit(self.tr("Pressed twice? The second press was ignored."))
            return False
        return True

    # -- decisions ------------------------------------------------------------------------------

    def approve(self) -> None:
        if self._refuse_archived():
            return
        current = self.page.current_assignment()
        if current is None:
            self.say(self.tr("Choose an assignment first (←/→)."))
            return
        self.decide("approve", [current], None)

    def approve_all(self) -> None:
        if self._refuse_archived():
            return
        if self.review is None:
            return
        awaiting = self.review.awaiting
        if not awaiting:
            self.say(self.tr("Every assignment of this HIT already has a decision."))
            return
        self.decide("approve", awaiting, None)

    def approve_with_feedback(self) -> None:
        if self._refuse_archived():
            return
        current = self.page.current_assignment()
        if current is None or not self._ready(gated=False):
            return
        blocker = approval_blocker(current, self.page.wb.clock())
        if blocker:
            self.say(blocker)
            return
        dialog = ApproveDialog(self.tr("the work of {worker}").format(worker=current.worker_id),
                               self.page)
        self._open(dialog, lambda: self.decide("approve", [current], dialog.text() or None,
                                               gated=False))

    def reject(self) -> None:
        if self._refuse_archived():
            return
        current = self.page.current_assignment()
        if current is None:
            self.say(self.tr("Choose an assignment first (←/→)."))
            return
        blocker = rejection_blocker(current)
        if blocker:
            self.say(blocker)
            return
        self._ask_feedback([current], self.tr("the work of {worker}").format(
            worker=current.worker_id))

    def reject_all(self) -> None:
        if self._refuse_archived():
            return
        if self.review is None or not self.review.awaiting:
            self.say(self.tr("Every assignment of this HIT already has a decision."))
            return
        awaiting = self.review.awaiting
        count = len(awaiting)
        self._ask_feedback(awaiting, english_plural(
            self.tr("all %n undecided assignment(s) of this HIT", "", count), count))

    def _ask_feedback(self, targets: Sequence[ReviewAssignment], what: str) -> None:
        if not self._ready(gated=False):
            return
        reasons = load_settings().rejection_reasons
        dialog = RejectDialog(reasons, what, self.page,
                              prolific=prolific_review.is_prolific(self.page.account))

        def confirmed() -> None:
            text = dialog.text()
            if dialog.save_reason.isChecked() and text not in reasons:
                settings = load_settings()
                settings.rejection_reasons = [*settings.rejection_reasons, text]
                save_settings(settings)
            self.decide("reject", targets, text, gated=False,
                        category=dialog.chosen_category() or None)

        self._open(dialog, confirmed)

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.page.window().activateWindow()
        self.page.panel.grid.setFocus()

    def decide(self, verdict: str, targets: Sequence[ReviewAssignment], feedback: str | None,
               *, gated: bool = True, category: str | None = None) -> None:
        """Queue approvals or rejections of these assignments, then move on."""
        if not targets or not self._ready(gated=gated):
            return
        now = self.page.wb.clock()
        for target in targets:
            blocker = approval_blocker(target, now) if verdict == "approve" else \
                rejection_blocker(target)
            if blocker:
                self.say(blocker)
                return
        review, account, wb = self.review, self.page.account, self.page.wb
        assert review is not None and account is not None
        ids = [t.assignment_id for t in targets]
        self.busy = True
        self.last_decision_at = time.monotonic()

        def work() -> list[outbox.ActionInfo]:
            # On Prolific an assignment stands for its session's submission.
            return prolific_review.queue_decisions(wb, account, ids, verdict,
                                                   feedback=feedback, category=category)

        self.page.runner.run(work, on_done=lambda infos: self._decided(review.pk, verdict, infos),
                             on_error=lambda e: self._refused(review.pk, e))

    def _decided(self, hit_pk: int, verdict: str, infos: list[outbox.ActionInfo]) -> None:
        self.busy = False
        self.generation += 1
        self.last_decision_at = time.monotonic()
        self.undo_steps.append((hit_pk, [(i.id, i.target) for i in infos]))
        page = self.page
        last_column = 0
        if page.review is not None and page.review.pk == hit_pk:
            page.review = page.review.with_decisions(
                {i.target: queued_decision(i) for i in infos})
            page.grid_model.update_review(page.review)
            page.panel.show_header(page.review, page.wb.clock())
            last_column = max((page.review.column_of(i.target) or 0) + 1 for i in infos)
        for info in infos:
            page.assignment_reviewed.emit(info.target, verdict)
        count = len(infos)
        page.status_message.emit(
            english_plural(self.tr("%n approval(s) queued. Ctrl+Z undoes.", "", count), count)
            if verdict == "approve" else
            english_plural(self.tr("%n rejection(s) queued. Ctrl+Z undoes.", "", count), count))
        page.announce(changes.OUTBOX)
        if page.review is not None and page.review.pk == hit_pk:
            self.advance(last_column)
        self.update_buttons()
        self.push_soon()

    def _refused(self, hit_pk: int, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, outbox.AlreadyDecided):
            who = self.tr(" by {reviewer}").format(reviewer=error.by) if error.by else ""
            when = self.tr(" at {time} UTC").format(time=f"{error.at:%Y-%m-%d %H:%M}") \
                if error.at else ""
            self.page.panel.show_banner(
                self.tr("Already decided{by}{at}: {error}. Nothing was queued; the HIT is "
                        "shown as it is now.").format(by=who, at=when, error=error))
            self.page.status_message.emit(
                self.tr("Already decided{by}{at}.").format(by=who, at=when))
        elif isinstance(error, outbox.OutboxError):
            self.say(str(error))
        else:
            QMessageBox.warning(self.page, self.tr("Decision not queued"), str(error))
        if self.page.current_pk == hit_pk:
            self.page.reload_hit()
        self.page.announce(changes.OUTBOX)

    def advance(self, after_column: int) -> None:
        """To the next undecided assignment of this HIT, else to the next HIT."""
        review = self.review
        assert review is not None
        awaiting = [i + 1 for i, a in enumerate(review.assignments) if a.awaiting]
        later = [c for c in awaiting if c > after_column]
        if later or awaiting:
            self.page.panel.grid.set_current_column((later or awaiting)[0])
            return
        self.page.move_hit(1)

    def undo(self) -> None:
        if not self.undo_steps:
            self.say(self.tr("Nothing to undo in this session."))
            return
        if self.busy:
            return
        hit_pk, actions = self.undo_steps.pop()
        wb = self.page.wb

        def work() -> list[str]:
            undone = []
            for action_id, target in actions:
                outbox.undo(wb, action_id)
                undone.append(target)
            return undone

        def done(undone: list[str]) -> None:
            self.generation += 1
            self.page.status_message.emit(
                english_plural(self.tr("Undone: %n decision(s) taken back.", "", len(undone)),
                               len(undone)))
            self.page.announce(changes.OUTBOX)
            if self.page.current_pk == hit_pk and self.page.review is not None:
                self.page.review = self.page.review.with_decisions({t: None for t in undone})
                self.page.grid_model.update_review(self.page.review)
                column = self.page.review.column_of(undone[0]) if undone else None
                if column is not None:
                    self.page.panel.grid.set_current_column(column + 1)
            else:
                self.page.show_hit(hit_pk, column_of=undone[0] if undone else None)
            self.update_buttons()

        def failed(error: BaseException) -> None:
            self.say(self.tr("Cannot undo: {error}").format(error=error))
            self.page.announce(changes.OUTBOX)

        self.page.runner.run(work, on_done=done, on_error=failed)

    # -- bonus and block ------------------------------------------------------------------------

    def bonus(self) -> None:
        if self._refuse_archived():
            return
        current = self.page.current_assignment()
        if current is None or not self._ready(gated=False):
            return
        account, wb = self.page.account, self.page.wb
        assert account is not None
        fees = prolific_review.fee_rule(account)
        dialog = BonusDialog(current.worker_id, current.assignment_id, current.bonuses,
                             self.page, fees=fees)

        def confirmed() -> None:
            key, cents, reason = dialog.request_key, dialog.cents, dialog.reason_text()
            large = dialog.large_confirmed
            self.busy = True
            self.page.runner.run(
                lambda: prolific_review.queue_bonus(wb, account, current.assignment_id, cents,
                                                    reason=reason, request_key=key,
                                                    confirmed=large),
                on_done=lambda info: self._queued_other(
                    self.tr("Bonus of {amount} queued for {worker}.").format(
                        amount=fees.money(cents), worker=current.worker_id),
                    changes.OUTBOX),
                on_error=self._other_refused)

        self._open(dialog, confirmed)

    def block(self) -> None:
        if self._refuse_archived():
            return
        current = self.page.current_assignment()
        review = self.review
        if current is None or review is None or not self._ready(gated=False):
            return
        record = review.records.get(current.worker_id)
        blocked = bool(record and record.blocked)
        account, wb, worker = self.page.account, self.page.wb, current.worker_id
        assert account is not None
        on_prolific = prolific_review.is_prolific(account)
        dialog = BlockDialog(current.worker_id, blocked, record.lines() if record else [],
                             self.page, soft_blocked=bool(record and record.soft_blocked),
                             prolific=on_prolific)

        def confirmed() -> None:
            choice, reason = dialog.choice, dialog.reason_text()
            self.busy = True
            if on_prolific:
                # A block on Prolific: the account's block-list participant group.
                def work() -> tuple[Any, str]:
                    return None, prolific_review.queue_block(
                        wb, account, worker, reason=reason, unblock=choice == "unblock")
            else:
                def work() -> tuple[Any, str]:
                    return queue_block_choice(wb, account, worker, choice, reason)
            self.page.runner.run(
                work, on_done=lambda queued: self._queued_other(queued[1], changes.OUTBOX,
                                                                changes.WORKERS),
                on_error=self._other_refused)

        self._open(dialog, confirmed)

    def _queued_other(self, message: str, *kinds: str) -> None:
        self.busy = False
        self.page.status_message.emit(message)
        self.page.announce(*kinds)
        self.page.reload_hit()
        self.push_soon()

    def _other_refused(self, error: BaseException) -> None:
        self.busy = False
        self.say(str(error))

    # -- sending as you go ----------------------------------------------------------------------

    def push_soon(self) -> None:
        """With "Send as I go" on, push the outbox now (in the background), one push at a time."""
        page = self.page
        account = page.account
        if account is None or account.is_archive or not page.push_box.isChecked():
            return
        if self.pushing:
            self.push_again = True
            return
        if not spending_allowed(page.wb, account) and not self.spend_declined:
            from workbench.views.spend_confirmation import ask_before_spending

            # Real money: the same confirmation as Sync, asked once per session.
            if not ask_before_spending(page, page.wb, account):
                self.spend_declined = True
                page.status_message.emit(self.tr("Approvals and bonuses stay queued until you "
                                                 "confirm the spending (Sync asks again)."))
        self.pushing = True
        self.push_again = False
        wb = page.wb
        page.runner.run(lambda: push_outbox(wb, account), on_done=self._pushed,
                        on_error=self._push_failed)

    def _pushed(self, report: PushReport) -> None:
        self.pushing = False
        parts = [self.tr("sent {count}").format(count=report.sent)]
        if report.failed:
            parts.append(self.tr("{count} refused (see the Outbox)").format(count=report.failed))
        if report.deferred:
            parts.append(self.tr("{count} to retry").format(count=report.deferred))
        if report.held:
            parts.append(self.tr("{count} held until the spending is confirmed").format(
                count=report.held))
        self.page.status_message.emit(self.tr("Send as I go: {parts}.").format(
            parts=", ".join(parts)))
        self.page.bus.announce(changes.OUTBOX, changes.ASSIGNMENTS, changes.HITS,
                               changes.WORKERS)
        if self.push_again:
            self.push_soon()

    def _push_failed(self, error: BaseException) -> None:
        self.pushing = False
        self.page.status_message.emit(self.tr("Send as I go: not sent ({error}); the "
                                              "decisions stay in the Outbox.").format(
                                                  error=error))
        self.page.bus.announce(changes.OUTBOX)

    # -- bulk rules and gold ----------------------------------------------------------------------

    def _batch_id(self) -> int | None:
        chosen = self.page.batch.currentData()
        if chosen:
            return int(chosen)
        return self.review.batch_id if self.review is not None else None

    def preview(self, rule: Rule) -> None:
        if self._refuse_archived():
            return
        batch_id, account, wb = self._batch_id(), self.page.account, self.page.wb
        if batch_id is None or account is None:
            self.say(self.tr("Choose a batch first: bulk rules work on one batch."))
            return
        self.page.status_message.emit(self.tr("Finding the assignments the rule picks…"))
        self.page.runner.run(lambda: preview_rule(wb, account, batch_id, rule),
                             on_done=self._show_preview,
                             on_error=lambda e: self.say(
                                 self.tr("Preview failed: {error}").format(error=e)))

    def _show_preview(self, preview: Any) -> None:
        dialog = RulePreviewDialog(preview, load_settings().rejection_reasons, self.page)
        self.preview_dialog = dialog
        account, wb = self.page.account, self.page.wb
        assert account is not None

        def confirmed() -> None:
            ids, feedback = dialog.selected_ids(), dialog.feedback_text() or None
            verdict = preview.rule.verdict
            self.page.context.start_task(
                self.tr("Queuing decisions"),
                lambda progress, cancel: apply_decisions(wb, account, ids, verdict,
                                                         feedback=feedback, progress=progress,
                                                         cancel=cancel),
                self._rule_applied)

        self._open(dialog, confirmed)

    def _rule_applied(self, outcome: RuleOutcome) -> None:
        queued, skipped = len(outcome.queued), len(outcome.skipped)
        text = english_plural(self.tr("Queued %n decision(s).", "", queued), queued)
        if outcome.skipped:
            text += " " + self.tr("%n skipped: already decided.", "", skipped)
        self.page.status_message.emit(text)
        if outcome.queued:
            self.undo_steps.append((self.page.current_pk or 0,
                                    [(i.id, i.target) for i in outcome.queued]))
        self.page.announce(changes.OUTBOX)
        self.page.reload_hit()
        self.push_soon()

    def choose_gold(self) -> None:
        batch_id, wb = self._batch_id(), self.page.wb
        if batch_id is None:
            self.say(self.tr("Choose a batch first: gold answers belong to a batch."))
            return

        def load() -> tuple[str, list[str], list[str], GoldChoice]:
            from workbench.store.schema import Batch

            with wb.store.read() as session:
                batch = session.get(Batch, batch_id)
                name = batch.name if batch else str(batch_id)
                columns = [str(c) for c in (batch.input_columns if batch else [])]
                fields = batch_answer_fields(session, batch_id)
            return name, columns, fields, gold_choice(wb, batch_id)

        self.page.runner.run(load, on_done=lambda found: self._show_gold(batch_id, *found))

    def _show_gold(self, batch_id: int, name: str, columns: list[str], fields: list[str],
                   current: GoldChoice) -> None:
        dialog = GoldDialog(name, columns, fields, current, self.page)
        wb = self.page.wb

        def confirmed() -> None:
            column, field = dialog.choice()
            self.page.runner.run(lambda: set_gold_mapping(wb, batch_id, column, field),
                                 on_done=lambda choice: self._gold_saved(choice),
                                 on_error=lambda e: self.say(str(e)))

        self._open(dialog, confirmed)

    def _gold_saved(self, choice: GoldChoice) -> None:
        self.page.status_message.emit(choice.describe() + ".")
        self.page.announce(changes.WORKERS, changes.HITS)
        self.page.reload_hit()

    # -- suggestions and the task page ----------------------------------------------------------

    def hit_loaded(self, review: HitReview) -> None:
        self.update_buttons()
        self.show_task_page()
        if not self.page.use_dawid_skene or review.batch_id is None:
            return
        # Dawid-Skene learns from one stored field's answers: choices, options not folded.
        stored = {name for a in review.assignments for name in a.answers}
        fields = [n for n, s in review.suggestions.items() if s.kind == CHOICE and n in stored]
        known = self._ds_batches.get(review.batch_id)
        if known is not None:
            self._show_dawid_skene(review, known)
            return
        if not fields or review.batch_id in self._ds_running:
            return
        batch_id, wb = review.batch_id, self.page.wb
        self._ds_running.add(batch_id)

        def work() -> dict[str, dict[int, tuple[str, float]]]:
            found = self.dawid_skene.compute(wb, batch_id, fields)
            return {name: result.labels for name, result in found.items() if result}

        def done(labels: dict[str, dict[int, tuple[str, float]]]) -> None:
            self._ds_running.discard(batch_id)
            self._ds_batches[batch_id] = labels
            if self.review is not None and self.review.batch_id == batch_id:
                self._show_dawid_skene(self.review, labels)

        def failed(error: BaseException) -> None:
            self._ds_running.discard(batch_id)
            self._ds_batches[batch_id] = {}
            self.page.status_message.emit(
                self.tr("Dawid-Skene not available: {error}").format(error=error))

        self.page.runner.run(work, on_done=done, on_error=failed)

    def _show_dawid_skene(self, review: HitReview,
                          labels: dict[str, dict[int, tuple[str, float]]]) -> None:
        mine = {name: by_hit[review.pk] for name, by_hit in labels.items()
                if review.pk in by_hit}
        if mine:
            self.page.grid_model.set_dawid_skene(mine)

    def forget_dawid_skene(self) -> None:
        self._ds_batches.clear()

    def show_task_page(self) -> None:
        panel, review = self.page.panel, self.review
        if panel.tabs.currentIndex() != 1:
            return
        current = self.page.current_assignment()
        if review is None or current is None:
            panel.task_page.show_message(self.tr("Choose an assignment to see its task page."))
            return
        if not review.has_question:
            panel.task_page.show_message(self.tr("The store has no task page for this HIT "
                                                 "(imported results carry none)."))
            return
        if review.pk in self._questions:
            self._render(review.pk, current)
            return
        wb, pk = self.page.wb, review.pk
        self.page.runner.run(lambda: hit_question(wb, pk),
                             on_done=lambda xml: self._question_loaded(pk, xml))

    def _question_loaded(self, pk: int, xml: str | None) -> None:
        self._questions[pk] = xml
        current = self.page.current_assignment()
        if self.review is not None and self.review.pk == pk and current is not None:
            self._render(pk, current)

    def _render(self, pk: int, assignment: ReviewAssignment) -> None:
        from workbench.formats.questions import parse_question

        view = self.page.panel.task_page
        xml = self._questions.get(pk)
        try:
            parsed = parse_question(xml or "")
        except ValueError as exc:
            view.show_message(self.tr("The task page cannot be read: {error}").format(error=exc))
            return
        if parsed.html is None:
            view.show_message(self.tr("The task page is on another site ({url}); it is not "
                                      "loaded here. The answers are in the grid.").format(
                                          url=parsed.url))
            return
        view.show_page(parsed.html, assignment.answers, assignment.worker_id)
