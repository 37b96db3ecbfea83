"""Qualification types, scores and requests on the local marketplace."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError

from tests.conftest import FakeClock
from tests.marketplace.conftest import Crowd
from workbench.marketplace.errors import turk_error_code
from workbench.marketplace.local.workers import WorkRefused


def make_type(crowd: Crowd, name: str = "Screened", **extra: object) -> str:
    created = crowd.market.create_qualification_type(
        Name=name, Description="Passed our screening", QualificationTypeStatus="Active",
        **extra)
    return str(created["QualificationType"]["QualificationTypeId"])


def test_names_are_unique_per_requester(crowd: Crowd) -> None:
    make_type(crowd)
    with pytest.raises(ClientError) as raised:
        make_type(crowd, "screened")
    assert turk_error_code(raised.value).endswith("QualificationTypeAlreadyExists")  # type: ignore[union-attr]


def test_granting_revoking_and_listing_scores(crowd: Crowd) -> None:
    qid = make_type(crowd)
    worker = crowd.worker()
    crowd.market.associate_qualification_with_worker(QualificationTypeId=qid, WorkerId=worker,
                                                     IntegerValue=80)
    score = crowd.market.get_qualification_score(QualificationTypeId=qid, WorkerId=worker)
    assert score["Qualification"]["IntegerValue"] == 80
    assert score["Qualification"]["Status"] == "Granted"
    listed = crowd.market.list_workers_with_qualification_type(QualificationTypeId=qid)
    assert [q["WorkerId"] for q in listed["Qualifications"]] == [worker]
    crowd.market.disassociate_qualification_from_worker(QualificationTypeId=qid,
                                                        WorkerId=worker, Reason="expired")
    revoked = crowd.market.get_qualification_score(QualificationTypeId=qid, WorkerId=worker)
    assert revoked["Qualification"]["Status"] == "Revoked"


def test_a_custom_requirement_gates_accepting(crowd: Crowd) -> None:
    qid = make_type(crowd)
    hit_id = crowd.hit(assignments=3, QualificationRequirements=[
        {"QualificationTypeId": qid, "Comparator": "GreaterThanOrEqualTo",
         "IntegerValues": [70]}])
    holder, outsider, low = crowd.worker(), crowd.worker(), crowd.worker()
    crowd.market.associate_qualification_with_worker(QualificationTypeId=qid, WorkerId=holder,
                                                     IntegerValue=90)
    crowd.market.associate_qualification_with_worker(QualificationTypeId=qid, WorkerId=low,
                                                     IntegerValue=50)
    crowd.workers.accept(holder, hit_id)
    for worker in (outsider, low):
        with pytest.raises(WorkRefused):
            crowd.workers.accept(worker, hit_id)
    listed = crowd.market.list_hits_for_qualification_type(QualificationTypeId=qid)
    assert [h["HITId"] for h in listed["HITs"]] == [hit_id]


def test_requirements_on_unknown_types_are_refused(crowd: Crowd) -> None:
    with pytest.raises(ClientError) as raised:
        crowd.hit(QualificationRequirements=[{"QualificationTypeId": "NOPE",
                                              "Comparator": "Exists"}])
    assert turk_error_code(raised.value).endswith("QualificationTypeDoesNotExist")  # type: ignore[union-attr]


def test_system_types_are_listed_and_own_types_filtered(crowd: Crowd, clock: FakeClock) -> None:
    qid = make_type(crowd)
    own = crowd.market.list_qualification_types(MustBeRequestable=False,
                                                 MustBeOwnedByCaller=True)
    assert [q["QualificationTypeId"] for q in own["QualificationTypes"]] == [qid]
    everything = crowd.market.list_qualification_types(MustBeRequestable=False)
    assert "000000000000000000L0" in {q["QualificationTypeId"]
                                      for q in everything["QualificationTypes"]}
    crowd.market.delete_qualification_type(QualificationTypeId=qid)
    assert crowd.market.list_qualification_types(
        MustBeRequestable=False, MustBeOwnedByCaller=True)["NumResults"] == 0
