"""A batch published as a Prolific study: the study Prolific gets, once, and who may take part."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import FakeClock
from tests.prolific.conftest import TOKEN
from tests.prolific.scenario import Scenario, pid, units
from workbench.marketplace.prolific.simulator import ProlificSimulator, SimulatedError
from workbench.services import prolific
from workbench.services.context import Workbench
from workbench.services.outbox import OutboxError


@pytest.fixture
def scenario(wb: Workbench, clock: FakeClock) -> Iterator[Scenario]:
    wb.clock = clock
    made = Scenario(wb, clock, ProlificSimulator(token=TOKEN, clock=clock))
    prolific.use_transport(made.transport)
    try:
        made.open_account()
        yield made
    finally:
        prolific.use_transport(None)


def plan(**changes: Any) -> prolific.StudyPlan:
    given: dict[str, Any] = {
        "name": "Tag street photos – Straße", "description": "Three photos, one label each.",
        "reward_cents": 150, "places": 10, "hits_per_place": 3, "estimated_minutes": 8,
        "site_url": "https://work.example.org/ ", "devices": ("desktop", "mobile"),
        "maximum_minutes": 24}
    return prolific.StudyPlan(**{**given, **changes})


def group(sim: ProlificSimulator, members: list[str]) -> str:
    _status, made = sim.create_group({"name": "Trusted", "participant_ids": members})
    return str(made["id"])


def test_a_batch_published_as_a_study_is_created_and_published_once_for_its_groups(
        scenario: Scenario) -> None:
    s, sim = scenario, scenario.simulator
    trusted = group(sim, [pid(n) for n in range(10)])
    banned = group(sim, [pid(5)])
    batch_id = s.publish_batch(30)
    chosen = plan(allow_groups=(trusted.upper(),), block_groups=(banned,))
    study = prolific.publish_study(s.wb, s.acct, batch_id, chosen, request_key="wizard-1")
    again = prolific.publish_study(s.wb, s.acct, batch_id, chosen, request_key="wizard-1")
    assert again.id == study.id  # the second click of the same wizard: nothing new
    report = s.sync()
    assert report.push.failed == 0, report.push.failures
    (made,) = sim.studies.values()
    assert [op for op, _status in sim.log].count("create-study") == 1
    assert [op for op, _status in sim.log].count("publish-study") == 1
    assert made["status"] == "ACTIVE" and made["total_available_places"] == 10
    assert (made["reward"], made["estimated_completion_time"],
            made["maximum_allowed_time"]) == (150, 8, 24)
    assert made["device_compatibility"] == ["desktop", "mobile"]
    assert made["external_study_url"] == prolific.study_url("https://work.example.org")
    assert made["filters"] == [
        {"filter_id": "participant_group_allowlist", "selected_values": [trusted]},
        {"filter_id": "participant_group_blocklist", "selected_values": [banned]}]
    assert s.acct.options[prolific.SITE_URL_OPTION] == "https://work.example.org"
    found = prolific.study_for_batch(s.wb, s.acct, batch_id)
    assert found is not None and found.study_id == made["id"]

    with pytest.raises(SimulatedError, match="not eligible"):
        sim.start_submission(made["id"], pid(99))  # not in the allow list
    with pytest.raises(SimulatedError, match="not eligible"):
        sim.start_submission(made["id"], pid(5))  # in the block list
    hits = units(s.hit_ids(), 3)
    s.take_part(found, pid(1), hits[0])
    s.sync()
    overview = prolific.study_overview(s.wb, s.acct, study.request_key)
    assert overview.places_taken == 1 and overview.count("AWAITING REVIEW") == 1
    assert overview.submissions[0].assignment_ids and overview.queued == 0


@pytest.mark.parametrize(("changes", "reason"), [
    ({"allow_groups": ("not-a-group",)}, "is not a participant group id"),
    ({"block_groups": ("a" * 24,), "filter_set_id": "b" * 24},
     "a filter set or participant groups, not both"),
    ({"devices": ()}, "choose at least one kind of device"),
    ({"site_url": "work.example.org"}, "http(s) address"),
    ({"site_url": "https://work.example.org/?next=1"}, "http(s) address"),
])
def test_a_study_that_cannot_be_made_says_why_and_queues_nothing(
        scenario: Scenario, changes: dict[str, Any], reason: str) -> None:
    s = scenario
    batch_id = s.publish_batch(3)
    with pytest.raises(OutboxError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        prolific.publish_study(s.wb, s.acct, batch_id, plan(**changes), request_key="k")
    assert prolific.list_studies(s.wb, s.acct) == []
    assert s.sync().push.sent == 0 and not s.simulator.studies


def test_places_for_a_batch_cover_every_assignment() -> None:
    assert prolific.places_for(30, 1, 3) == 10
    assert prolific.places_for(31, 1, 3) == 11
    assert prolific.places_for(30, 2, 4) == 15
    assert prolific.places_for(0, 1, 3) == 1


def test_the_account_block_list_and_a_filter_set_reach_prolific(scenario: Scenario) -> None:
    s, sim = scenario, scenario.simulator
    block_group = prolific.ensure_block_group(s.wb, s.acct)
    batch_id = s.publish_batch(3)
    prolific.publish_study(s.wb, s.acct, batch_id, plan(places=1), request_key="one")
    prolific.publish_study(s.wb, s.acct, batch_id, plan(places=1, filter_set_id="c" * 24),
                           request_key="two")
    assert s.sync().push.failed == 0
    first, second = sim.studies.values()
    assert first["filters"] == [{"filter_id": "participant_group_blocklist",
                                 "selected_values": [block_group]}]
    assert second["filter_set_id"] == "c" * 24 and "filters" not in second


def test_places_added_twice_before_sending_are_both_added(scenario: Scenario) -> None:
    s, sim = scenario, scenario.simulator
    batch_id = s.publish_batch(30)
    study = prolific.publish_study(s.wb, s.acct, batch_id, plan(), request_key="k")
    s.sync()
    seen = prolific.get_study(s.wb, s.acct, study.request_key)  # the window's copy: 10 places
    prolific.queue_add_places(s.wb, s.acct, seen, 2)
    prolific.queue_add_places(s.wb, s.acct, seen, 3)  # before the first is sent
    assert s.sync().push.failed == 0
    (made,) = sim.studies.values()
    assert made["total_available_places"] == 15
    assert prolific.get_study(s.wb, s.acct, study.request_key).total_places == 15
