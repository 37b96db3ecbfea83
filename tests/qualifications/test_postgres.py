"""Qualifications on a shared PostgreSQL store: tests taken, scores pushed, one decision each."""

from __future__ import annotations

import random

import pytest

from tests.qualifications.conftest import bird_key, bird_test
from workbench.formats.answer_keys import build_answer_key
from workbench.formats.qualification_tests import build_question_form
from workbench.marketplace.local.screening import Screening, take_test
from workbench.marketplace.local.workers import WorkerSide, WorkRefused
from workbench.services import outbox
from workbench.services import qualifications as quals
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.push import push_outbox


@pytest.mark.postgres
def test_screening_and_scores_on_postgresql(pg_database: str) -> None:
    with Workbench.open(pg_database) as wb:
        account = get_account(wb)
        market = wb.marketplace(account)
        qtype = quals.create_type(wb, account, quals.TypeSpec(
            "Bird spotter", "Knows birds", retry_delay_s=0,
            test_xml=build_question_form(bird_test()),
            answer_key_xml=build_answer_key(bird_key()), test_duration_s=600), market)
        side = WorkerSide(wb.store.engine)
        worker = side.register()
        screening = Screening(wb.store.engine)
        rng = random.Random(1)
        assert take_test(screening, worker, qtype.type_id, 0.0, rng).value < 80  # type: ignore[operator]
        hit = market.create_hit(
            Title="Birds", Description="Label birds", Reward="0.10",
            AssignmentDurationInSeconds=600, LifetimeInSeconds=3600,
            AutoApprovalDelayInSeconds=3600, MaxAssignments=1,
            Question=build_question_form(bird_test()), QualificationRequirements=[
                {"QualificationTypeId": qtype.type_id, "Comparator": "GreaterThanOrEqualTo",
                 "IntegerValues": [80]}])["HIT"]["HITId"]
        with pytest.raises(WorkRefused):
            side.accept(worker, hit)
        assert take_test(screening, worker, qtype.type_id, 1.0, rng).value == 100
        assert side.accept(worker, hit)
        other = side.register()
        quals.grant_scores(wb, account, qtype.type_id, [other], 90)
        with pytest.raises(outbox.AlreadyDecided):
            outbox.queue_grant_qualification(wb, account, qtype.type_id, other, 91)
        push_outbox(wb, account, market)
        quals.pull_type(wb, account, qtype.type_id, market)
        assert quals.current_scores(wb, account)[(qtype.type_id, other)] == 90
