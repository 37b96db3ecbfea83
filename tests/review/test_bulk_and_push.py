"""Bulk rules preview exactly what they pick; "Send as I go" pushes through faults and asks
before real money moves."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from tests.review.helpers import actions, close, key, open_review, wait_idle
from tests.services.conftest import Faulty
from workbench.services import push as push_module
from workbench.services.accounts import get_account
from workbench.services.review import Rule
from workbench.store.schema import HIT, AnswerField, Assignment, BatchRow
from workbench.views.review import actions as review_actions
from workbench.views.review.bulk import RulePreviewDialog
from workbench.views.spend_confirmation import SpendConfirmationDialog


def raw_answers(wb):  # type: ignore[no-untyped-def]
    """(assignment -> (HIT, answer)) and (HIT -> gold answer), read straight from the store."""
    with wb.store.read() as session:
        answers = {a: (h, v) for a, h, v in session.execute(
            select(Assignment.assignment_id, Assignment.hit_pk, AnswerField.value)
            .join(AnswerField, AnswerField.assignment_pk == Assignment.id))}
        gold = {h: v["gold_sentiment"] for h, v in session.execute(
            select(HIT.id, BatchRow.values).join(BatchRow, BatchRow.id == HIT.batch_row_id))
            if v.get("gold_sentiment")}
    return answers, gold


def open_rule(qtbot, page, rule: Rule) -> RulePreviewDialog:  # type: ignore[no-untyped-def]
    page.batch.setCurrentIndex(1)
    page.rule_actions[rule].trigger()
    qtbot.waitUntil(lambda: isinstance(page.actions_.dialog, RulePreviewDialog), timeout=15_000)
    dialog = page.actions_.dialog
    assert isinstance(dialog, RulePreviewDialog)
    return dialog


def test_rejecting_gold_failures_previews_exactly_those_and_queues_what_stays_ticked(  # type: ignore[no-untyped-def]
        qtbot, demo_wb, no_dawid_skene) -> None:
    window, page = open_review(qtbot, demo_wb)
    account = get_account(demo_wb)
    dialog = open_rule(qtbot, page, Rule.REJECT_GOLD_FAILURES)
    answers, gold = raw_answers(demo_wb)
    expected = {a for a, (h, v) in answers.items() if h in gold and v != gold[h]}
    assert expected and set(dialog.selected_ids()) == expected
    assert actions(demo_wb, account) == []  # previewing queues nothing
    dialog.feedback.clear()
    assert not dialog.confirm.isEnabled()  # rejections need feedback
    dialog.feedback.setPlainText("You missed a question with a known answer.")
    kept_out = dialog.table.item(0, 0)
    assert kept_out is not None
    kept_out.setCheckState(Qt.CheckState.Unchecked)
    left_out = kept_out.text()
    assert dialog.confirm.text() == f"Queue {len(expected) - 1} rejection" + (
        "s" if len(expected) - 1 != 1 else "")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: len(actions(demo_wb, account)) == len(expected) - 1,
                    timeout=15_000)
    queued = actions(demo_wb, account)
    assert {a.target for a in queued} == expected - {left_out}
    assert {a.kind for a in queued} == {"reject"}
    close(window)


def test_approving_the_agreeing_previews_only_majority_answers(qtbot, demo_wb,  # type: ignore[no-untyped-def]
                                                              no_dawid_skene) -> None:
    window, page = open_review(qtbot, demo_wb)
    account = get_account(demo_wb)
    dialog = open_rule(qtbot, page, Rule.APPROVE_AGREEING)
    answers, _ = raw_answers(demo_wb)
    by_hit: dict[int, list[str]] = {}
    for hit, value in answers.values():
        by_hit.setdefault(hit, []).append(value)
    expected = {a for a, (h, v) in answers.items() if by_hit[h].count(v) * 2 > len(by_hit[h])}
    assert set(dialog.selected_ids()) == expected
    dialog.confirm.click()
    qtbot.waitUntil(lambda: len(actions(demo_wb, account)) == len(expected), timeout=20_000)
    assert {a.kind for a in actions(demo_wb, account)} == {"approve"}
    close(window)


def test_send_as_i_go_survives_a_lost_answer_and_a_dropped_connection_and_pays_once(  # type: ignore[no-untyped-def]
        qtbot, demo_wb, monkeypatch, no_dawid_skene) -> None:
    account = get_account(demo_wb)
    market = Faulty(demo_wb.marketplace(account))
    # The marketplace approves but its answer is lost; later a call never reaches it.
    market.fail("approve_assignment", "lost", "unsent")
    monkeypatch.setattr(review_actions, "push_outbox",
                        lambda wb, acc: push_module.push_outbox(wb, acc, market))
    window, page = open_review(qtbot, demo_wb)
    page.push_box.setChecked(True)
    decided = []
    for _ in range(3):
        current = page.current_assignment()
        assert current is not None
        decided.append(current.assignment_id)
        key(qtbot, page, Qt.Key.Key_A)
        wait_idle(qtbot, page)
        qtbot.waitUntil(lambda: not page.actions_.pushing, timeout=20_000)
    # The lost answer was reconciled at once; the unsent one went with the next push.
    assert [a.state for a in actions(demo_wb, account)] == ["sent"] * 3
    real = demo_wb.marketplace(account)
    paid = [p["AssignmentId"] for p in real.payments() if p["kind"] != "bonus"]
    assert sorted(paid) == sorted(decided)
    assert market.calls.count("approve_assignment") == 4
    close(window)


def test_send_as_i_go_on_real_money_asks_first_like_sync(qtbot, demo_wb, monkeypatch,  # type: ignore[no-untyped-def]
                                                       no_dawid_skene) -> None:
    local = get_account(demo_wb)
    market = demo_wb.marketplace(local)
    # An MTurk production account whose marketplace is played by the local one.
    live = replace(local, kind="mturk")
    monkeypatch.setattr(review_actions, "push_outbox",
                        lambda wb, acc: push_module.push_outbox(wb, acc, market))
    answers = iter([QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted])
    asked: list[str] = []

    def answer(dialog: SpendConfirmationDialog) -> int:
        asked.append(dialog.total.text())
        return next(answers)

    monkeypatch.setattr(SpendConfirmationDialog, "exec", answer)
    window, page = open_review(qtbot, demo_wb)
    page.set_account(live)
    qtbot.waitUntil(lambda: page.review is not None and not page.is_loading(), timeout=10_000)
    page.push_box.setChecked(True)
    key(qtbot, page, Qt.Key.Key_A)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: not page.actions_.pushing and len(asked) == 1, timeout=20_000)
    # "Not now": the approval is held back, not sent.
    assert [a.state for a in actions(demo_wb, live)] == ["pending"]
    assert "Total with fees: $0.06" in asked[0]
    # Not asked again at every key: the session said "not now"; Sync asks again.
    key(qtbot, page, Qt.Key.Key_A)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: not page.actions_.pushing, timeout=20_000)
    assert len(asked) == 1
    assert [a.state for a in actions(demo_wb, live)] == ["pending", "pending"]
    page.actions_.spend_declined = False
    key(qtbot, page, Qt.Key.Key_A)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: [a.state for a in actions(demo_wb, live)] == ["sent"] * 3,
                    timeout=20_000)
    assert len(asked) == 2 and live.id in demo_wb.spend_confirmed
    close(window)
