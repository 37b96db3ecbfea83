"""Publishing in parallel creates each row's HIT exactly once, whatever fails on the way."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from tests.conftest import FakeClock
from tests.services.conftest import TEMPLATE, Faulty, ProcessKilled
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.market import LocalMarketplace
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.progress import CancelToken
from workbench.services.publish import (
    HITProperties,
    PublishError,
    batch_fingerprint,
    create_batch,
    estimate_cost,
    fair_pay,
    find_same_batch,
    publish_batch,
)
from workbench.store.schema import HIT, Batch, BatchRow

Setup = tuple[Workbench, AccountInfo, LocalMarketplace]
PROPS = HITProperties(title="Label items", description="Say what each item is", reward_cents=5,
                      max_assignments=3)


def make_batch(wb: Workbench, account: AccountInfo, rows: int) -> int:
    table = InputTable(["text"], [{"text": f"item {i}"} for i in range(rows)])
    return create_batch(wb, account, name="b", template_html=TEMPLATE, table=table,
                        props=PROPS)


def assert_exactly_once(wb: Workbench, market: LocalMarketplace, batch_id: int) -> None:
    """Every row has one HIT on the marketplace, and the store links each row to it."""
    hits = market.list_hits(MaxResults=100)["HITs"]
    per_token = Counter(h["RequesterAnnotation"] for h in hits)
    with wb.store.read() as session:
        rows = session.scalars(select(BatchRow).where(BatchRow.batch_id == batch_id)).all()
        stored = session.scalar(select(func.count()).select_from(HIT).where(
            HIT.batch_id == batch_id))
    assert all(per_token[f"workbench:{r.request_token}"] == 1 for r in rows)
    assert len(hits) == len(rows) == stored
    by_annotation = {h["RequesterAnnotation"]: h["HITId"] for h in hits}
    assert all(by_annotation[f"workbench:{r.request_token}"] == r.hit_id for r in rows)


def test_parallel_publishing_survives_every_kind_of_network_fault(setup: Setup) -> None:
    wb, account, market = setup
    batch_id = make_batch(wb, account, 24)
    faulty = Faulty(market)
    faulty.fail("create_hit_with_hit_type", "ok", "lost", "timeout", "ok", "throttle", "500",
                "unsent", "lost", "ok", "lost", "500")
    report = publish_batch(wb, account, batch_id, faulty, concurrency=6)
    assert report.published == 24 and not report.cancelled
    assert report.recovered >= 1  # a lost answer comes back as "already exists"
    assert_exactly_once(wb, market, batch_id)
    with wb.store.read() as session:
        assert session.get(Batch, batch_id).state == "published"


def test_a_kill_mid_way_then_publishing_again_creates_each_hit_once(setup: Setup) -> None:
    wb, account, market = setup
    batch_id = make_batch(wb, account, 12)
    faulty = Faulty(market)
    faulty.fail("create_hit_with_hit_type", "ok", "ok", "ok", "ok", "killed")
    with pytest.raises(ProcessKilled):
        publish_batch(wb, account, batch_id, faulty, concurrency=3)
    with wb.store.read() as session:
        assert session.get(Batch, batch_id).state == "publishing"
    again = publish_batch(wb, account, batch_id, market, concurrency=3)
    assert again.recovered == 1 and again.published == 12
    assert_exactly_once(wb, market, batch_id)


def test_a_run_resumed_after_tokens_expired_finds_its_hits_instead_of_duplicating(
        setup: Setup, clock: FakeClock) -> None:
    wb, account, market = setup
    batch_id = make_batch(wb, account, 6)
    faulty = Faulty(market)
    faulty.fail("create_hit_with_hit_type", "ok", "ok", "killed")
    with pytest.raises(ProcessKilled):
        publish_batch(wb, account, batch_id, faulty)
    clock.advance(hours=30)  # MTurk (and the local marketplace) forget a token after 24 h
    report = publish_batch(wb, account, batch_id, market)
    assert (report.reconciled, report.created, report.already_published) == (1, 3, 2)
    assert_exactly_once(wb, market, batch_id)


def test_cancelling_a_parallel_run_keeps_what_was_made_and_a_second_run_finishes(
        setup: Setup) -> None:
    wb, account, market = setup
    batch_id = make_batch(wb, account, 40)
    cancel = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done >= 8:
            cancel.cancel()

    first = publish_batch(wb, account, batch_id, market, progress=progress, cancel=cancel,
                          concurrency=4)
    assert first.cancelled and 8 <= first.published < 40
    with wb.store.read() as session:
        assert session.get(Batch, batch_id).state == "publishing"
    second = publish_batch(wb, account, batch_id, market, concurrency=4)
    assert second.already_published == first.published and second.published == 40
    assert_exactly_once(wb, market, batch_id)


def test_a_refused_hit_stops_the_run_and_keeps_what_was_made(setup: Setup) -> None:
    wb, account, market = setup
    batch_id = make_batch(wb, account, 5)

    class Refusing(Faulty):
        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            call = super().__getattr__(name)
            if name != "create_hit_with_hit_type":
                return call

            def refuse_third(**params):  # type: ignore[no-untyped-def]
                if params["UniqueRequestToken"].endswith("-2"):
                    from workbench.marketplace.errors import request_error

                    raise request_error("CreateHITWithHITType", "ParameterOutOfRange", "No.")
                return call(**params)

            return refuse_third

    with pytest.raises(PublishError, match="refused a HIT: No"):
        publish_batch(wb, account, batch_id, Refusing(market))
    with wb.store.read() as session:
        linked = session.scalar(select(func.count()).select_from(BatchRow).where(
            BatchRow.batch_id == batch_id, BatchRow.hit_id.is_not(None)))
    assert linked == 2 == market.list_hits(MaxResults=100)["NumResults"]


def test_the_same_rows_and_page_are_recognised_as_an_earlier_batch(setup: Setup) -> None:
    wb, account, market = setup
    table = InputTable(["text"], [{"text": "a"}, {"text": "b"}])
    fingerprint = batch_fingerprint(TEMPLATE, table, PROPS)
    assert find_same_batch(wb, account, fingerprint) is None
    batch_id = create_batch(wb, account, name="First", template_html=TEMPLATE, table=table,
                            props=PROPS)
    publish_batch(wb, account, batch_id, market)
    earlier = find_same_batch(wb, account, fingerprint)
    assert earlier is not None and (earlier.id, earlier.published_rows) == (batch_id, 2)
    other = InputTable(["text"], [{"text": "a"}, {"text": "c"}])
    assert batch_fingerprint(TEMPLATE, other, PROPS) != fingerprint


def test_cost_by_mturk_rules_with_the_surcharge_and_what_splitting_saves() -> None:
    nine = estimate_cost(HITProperties("T", "D", 10, 9), hits=100)
    assert (nine.fee_cents, nine.per_assignment_cents, nine.per_hit_cents) == (2, 12, 108)
    assert (nine.total_cents, nine.surcharge, nine.split_saving_cents) == (10_800, False, 0)
    ten = estimate_cost(HITProperties("T", "D", 10, 10), hits=100)
    assert (ten.fee_cents, ten.per_hit_cents, ten.total_cents) == (4, 140, 14_000)
    assert (ten.surcharge, ten.split_hits_per_row, ten.split_saving_cents) == (True, 2, 2_000)
    masters = estimate_cost(HITProperties("T", "D", 100, 3, qualification_requirements=[
        {"QualificationTypeId": "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH", "Comparator": "Exists"}]),
        hits=1)
    assert (masters.masters, masters.fee_cents) == (True, 25)
    assert estimate_cost(HITProperties("T", "D", 1, 1), hits=1).fee_cents == 1  # $0.01 minimum


def test_fair_pay_from_the_time_a_task_takes() -> None:
    pay = fair_pay(reward_cents=5, task_seconds=30, fair_cents_per_hour=725)
    assert (pay.hourly_cents, pay.below_fair, pay.fair_reward_cents) == (600, True, 7)
    assert not fair_pay(10, 30, 725).below_fair
    with pytest.raises(PublishError):
        fair_pay(5, 0, 725)
