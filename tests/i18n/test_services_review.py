"""Translations of the core messages the Review, Workers, Qualifications and Outbox pages show.

The Qt-free services write these messages with ``workbench.domain.text.translate``: under
pseudo-localisation they come out bracketed (placeholders filled in), in German they read in
German, and without a language (the command line, the other tests) they stay English.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations
from tests.qualifications.conftest import bird_key, bird_test
from tests.review.conftest import demo  # noqa: F401 - a fixture
from tests.views.conftest import _demo_store, demo_wb  # noqa: F401 - fixtures
from workbench.domain.qualifications import APPROVAL_RATE_ID, NUMBER_APPROVED_ID
from workbench.formats.worker_csv import WorkerCsvError, read_worker_csv
from workbench.services import outbox
from workbench.services.consensus import GoldChoice
from workbench.services.qualification_drafts import check_draft, from_xml
from workbench.services.qualification_simulation import SimulationReport
from workbench.services.qualifications import DecisionReport, TypeSpec, spec_problems
from workbench.services.requirement_advice import CustomType, advise
from workbench.services.review import (
    QueuedDecision,
    ReviewAssignment,
    Rule,
    apply_decisions,
    approval_blocker,
    preview_rule,
    rejection_blocker,
)
from workbench.services.worker_scores import ImportPlan
from workbench.services.workers import MessageOutcome, TrackRecord
from workbench.views.i18n import install_translators, remove_translators

SOURCES = [ROOT / "src" / "workbench" / "services" / name for name in (
    "review.py", "consensus.py", "workers.py", "qualifications.py", "qualification_drafts.py",
    "qualification_simulation.py", "requirement_advice.py", "outbox.py", "worker_scores.py")] + [
    ROOT / "src" / "workbench" / "formats" / name
    for name in ("qualification_tests.py", "answer_keys.py", "worker_csv.py")] + [
    ROOT / "src" / "workbench" / "domain" / "qualifications.py"]
TS = TRANSLATIONS / "workbench_de_services_review.ts"
NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


def assignment(status: str = "Submitted", decision: QueuedDecision | None = None,
               submitted: datetime | None = NOW) -> ReviewAssignment:
    return ReviewAssignment(1, "3ASSIGNMENT0001XYZ", "A1B2C3D4E5F6G7", status, submitted, None,
                            None, 60, None, "form", {}, decision)


def queued(kind: str) -> QueuedDecision:
    return QueuedDecision(7, kind, "pending", "alice", datetime(2026, 5, 4, 9, 30), None)


def pseudo_texts() -> list[str]:
    """One of each kind of message, made by the services themselves."""
    old = NOW - timedelta(days=40)
    record = TrackRecord("A1B2C3D4E5F6G7", assignments=9, approved=6, rejected=2,
                         queued_approvals=1, agreed=5, compared=8, gold_right=3, gold_total=4,
                         blocked=True, soft_blocked=True)
    draft, _lost = from_xml(bird_test(), bird_key())
    draft.duration_s = 10
    draft.mapping, draft.ranges = "ranges", []
    checked = check_draft(draft)
    draft.questions[0].text = ""  # the format's own check of the test
    unchecked = check_draft(draft)
    report = DecisionReport([1, 2], [("A1", "no score: give one"), ("A2", "x")])
    message = MessageOutcome("Thanks", workers=3, sent=1, waiting=1,
                             failures=[("A3", "refused")])
    simulation = SimulationReport(asked=5, granted=[80, 90], waiting=1, refused=["busy"])
    action = outbox.ActionInfo(1, 1, "bonus", "pending", "3ASSIGNMENT0001XYZ",
                               {"worker_id": "A1B2C3D4E5F6G7", "amount_cents": 50,
                                "reason": "Great"}, NOW, "alice", 0, None, None)
    advice = advise([
        {"QualificationTypeId": APPROVAL_RATE_ID, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [99]},
        {"QualificationTypeId": NUMBER_APPROVED_ID, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [20000]},
        {"QualificationTypeId": "3OWN", "Comparator": "Exists"},
        {"QualificationTypeId": "3OWN", "Comparator": "DoesNotExist"},
        {"QualificationTypeId": "3OTHER", "Comparator": "Exists", "IntegerValues": [1]},
    ], custom=[CustomType("3OWN", "Careful labeller", active=False)])
    plan = ImportPlan(blocks=[("A1", "spam")], unchanged=3, rows=1200)
    try:
        read_worker_csv("Worker ID,UPDATE BLOCK STATUS\nA1B2C3,Block\nA1B2C3,maybe\n", [])
    except WorkerCsvError as exc:
        csv_problems = str(exc).splitlines()
    texts = [
        *csv_problems, plan.summary,
        approval_blocker(assignment("Approved"), NOW),
        approval_blocker(assignment("Rejected", submitted=old), NOW),
        approval_blocker(assignment(decision=queued("approve")), NOW),
        rejection_blocker(assignment(decision=queued("reject"))),
        rejection_blocker(assignment("Approved")),
        GoldChoice("expected", "label", True, "alice").describe(),
        GoldChoice(None, None, False).describe(),
        *record.lines(),
        *checked.problems, *checked.warnings, unchecked.problems[0],
        *spec_problems(TypeSpec("", "", retry_delay_s=-1, answer_key_xml="<x/>")),
        report.summary, message.summary(), simulation.summary, action.description,
        *(a.text for a in advice),
    ]
    return [t or "" for t in texts]


def test_every_core_message_has_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []
    assert TS.with_suffix(".qm").exists()


def test_without_a_language_the_messages_stay_english() -> None:
    texts = pseudo_texts()
    assert "Already approved" in texts
    assert "No gold items found" in texts
    assert ("1,200 workers read: 0 score(s) to grant or change, 0 to revoke, 1 worker(s) to "
            "block, 0 to unblock, 3 already as asked") in texts
    assert "line 2: blocking A1B2C3 needs a BLOCK_REASON" in texts
    assert "Exists takes no values." in texts
    assert "Agrees with consensus 62% (5 of 8)" in texts
    assert "Bonus $0.50 to A1B2C3D4E5F6G7 for 3ASSIGNMENT0001XYZ: Great" in texts


def test_under_pseudo_localisation_every_message_is_translated(pseudo: None) -> None:
    texts = pseudo_texts()
    assert len(texts) >= 25
    plain = [t for t in texts if not t.startswith("[")]
    assert plain == []
    # Placeholders are filled in after translating: data shows as it is.
    assert any("A1B2C3D4E5F6G7" in t and "$0.50" in t for t in texts)
    assert any("2026-05-04 09:30" in t and "alice" in t for t in texts)
    assert all("{" not in t for t in texts)


def test_under_pseudo_localisation_the_outbox_and_rules_speak_translated(
        demo: Any, pseudo: None) -> None:  # noqa: F811
    wb, account, batch_id = demo
    preview = preview_rule(wb, account, batch_id, Rule.APPROVE_SUBMITTED)
    assert preview.explanation.startswith("[") and preview.candidates
    assert all(c.reason.startswith("[") for c in preview.candidates)
    gold = preview_rule(wb, account, batch_id, Rule.REJECT_GOLD_FAILURES)
    assert gold.explanation.startswith("[")
    first = preview.candidates[0].assignment_id
    with pytest.raises(outbox.OutboxError) as refused:
        outbox.queue_reject(wb, account, [first], feedback=" ")
    assert str(refused.value).startswith("[")
    outbox.queue_approve(wb, account, [first])
    with pytest.raises(outbox.AlreadyDecided) as twice:
        outbox.queue_approve(wb, account, [first])
    assert str(twice.value).startswith("[") and first in str(twice.value)
    outcome = apply_decisions(wb, account, [first, preview.candidates[1].assignment_id],
                              "approve")
    assert len(outcome.queued) == 1
    assert [(target, why[:1]) for target, why in outcome.skipped] == [(first, "[")]


def test_in_german_the_messages_read_german(qapp: QApplication) -> None:
    translators = install_translators(qapp, "de")
    try:
        texts = pseudo_texts()
        assert "Bereits genehmigt" in texts
        assert "Keine Kontrollfragen gefunden" in texts
        assert "Übereinstimmung mit dem Konsens: 62% (5 von 8)" in texts
        assert "Bonus $0.50 an A1B2C3D4E5F6G7 für 3ASSIGNMENT0001XYZ: Great" in texts
        assert ("Genehmigung bereits vorgemerkt von alice am 2026-05-04 09:30 UTC; machen Sie "
                "sie zuerst rückgängig (Strg+Z oder Postausgang)") in texts
        # The skipped reason was made before the language was chosen: it stays as made.
        assert "2 vorgemerkt, 2 übersprungen (no score: give one, …)" in texts
        assert "Kontrollfragen richtig: 75% (3 von 4)" in texts
        assert "Frage 1 (robin) hat keinen Text" in texts
        assert "Zeile 3: Worker A1B2C3 steht auch in Zeile 2" in texts
        assert "Exists nimmt keine Werte." in texts
        assert all("{" not in t for t in texts)
    finally:
        remove_translators(qapp, translators)
    assert "Already approved" in pseudo_texts()
