"""A store with realistic qualifications, for the page's tests and screenshots."""

from __future__ import annotations

from typing import Any

from tests.qualifications.conftest import bird_key, bird_test
from workbench.formats.answer_keys import build_answer_key
from workbench.formats.qualification_tests import build_question_form
from workbench.services import qualifications as quals
from workbench.services.push import push_outbox
from workbench.services.qualification_simulation import simulate_requests


def fill(wb: Any, account: Any) -> dict[str, quals.QualificationTypeInfo]:
    """Three types: a scored test worked by 24 simulated workers, one reviewed by hand with
    6 requests waiting, and one granted by hand to a few workers."""
    market = wb.marketplace(account)
    test_xml = build_question_form(bird_test())
    key_xml = build_answer_key(bird_key())
    spotter = quals.create_type(wb, account, quals.TypeSpec(
        "Bird spotter", "Passed our bird identification test: tells common garden and "
        "water birds apart.", "birds, screening, images", retry_delay_s=86400,
        test_xml=test_xml, answer_key_xml=key_xml, test_duration_s=900), market)
    reviewed = quals.create_type(wb, account, quals.TypeSpec(
        "Careful labeller", "Read the guidelines and labelled the practice set well.",
        "labelling", test_xml=test_xml, test_duration_s=1800), market)
    quals.save_review_key(reviewed.type_id, key_xml)
    trusted = quals.create_type(wb, account, quals.TypeSpec(
        "Trusted transcriber", "Workers whose transcriptions we checked by hand.",
        "audio, transcription"), market)
    simulate_requests(wb, account, spotter.type_id, workers=24, seed=5)
    simulate_requests(wb, account, reviewed.type_id, workers=6, seed=8)
    holders = [w for (t, w) in quals.current_scores(wb, account) if t == spotter.type_id]
    quals.grant_scores(wb, account, trusted.type_id, holders[:7], 3)
    push_outbox(wb, account, market)
    quals.pull_type(wb, account, trusted.type_id, market)
    return {t.name: t for t in quals.list_types(wb, account)}
