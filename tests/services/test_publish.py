"""Publishing creates each row's HIT exactly once, whatever happens on the way."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.services.conftest import TEMPLATE, Faulty, ProcessKilled, publish_small_batch
from workbench.formats.inputs import InputTable
from workbench.services.publish import HITProperties, PublishError, create_batch, publish_batch
from workbench.store.schema import HIT, Batch, BatchRow


def props(**overrides: object) -> HITProperties:
    values: dict[str, object] = {"title": "T", "description": "D", "reward_cents": 5,
                                 "max_assignments": 3}
    values.update(overrides)
    return HITProperties(**values)  # type: ignore[arg-type]


def test_a_published_batch_has_one_hit_per_row_with_inputs_escaped(setup) -> None:  # type: ignore[no-untyped-def]
    wb, account, market = setup
    batch_id = publish_small_batch(wb, account, market, rows=4)
    hits = market.list_hits(MaxResults=100)["HITs"]
    assert len(hits) == 4
    assert all("&lt;b&gt;ü&lt;/b&gt;" in h["Question"] for h in hits)
    with wb.store.read() as session:
        batch = session.get(Batch, batch_id)
        assert batch.state == "published"
        assert {r.hit_id for r in batch.rows} == {h["HITId"] for h in hits}
        assert session.query(HIT).filter(HIT.batch_id == batch_id).count() == 4


def test_publishing_again_creates_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    wb, account, market = setup
    batch_id = publish_small_batch(wb, account, market)
    report = publish_batch(wb, account, batch_id, market)
    assert (report.created, report.already_published) == (0, 4)
    assert market.list_hits(MaxResults=100)["NumResults"] == 4


@pytest.mark.parametrize("fault", ["lost", "killed"])
def test_a_hit_created_but_not_recorded_is_recovered_not_duplicated(setup, fault: str  # type: ignore[no-untyped-def]
                                                                    ) -> None:
    wb, account, market = setup
    table = InputTable(["text"], [{"text": str(i)} for i in range(5)])
    batch_id = create_batch(wb, account, name="b", template_html=TEMPLATE, table=table,
                            props=props())
    faulty = Faulty(market)
    # The third HIT is created on the marketplace, then the answer (or we) are lost.
    faulty.fail("create_hit_with_hit_type", "ok", "ok", fault)
    if fault == "killed":
        with pytest.raises(ProcessKilled):
            publish_batch(wb, account, batch_id, faulty)
        report = publish_batch(wb, account, batch_id, market)
        assert (report.created, report.recovered, report.already_published) == (2, 1, 2)
    else:
        report = publish_batch(wb, account, batch_id, faulty)
        assert report.published == 5
    hits = market.list_hits(MaxResults=100)["HITs"]
    assert len(hits) == 5
    with wb.store.read() as session:
        rows = session.scalars(select(BatchRow).where(BatchRow.batch_id == batch_id)).all()
        assert sorted(r.hit_id for r in rows) == sorted(h["HITId"] for h in hits)


def test_cancelling_then_publishing_again_completes_the_batch(setup) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.progress import CancelToken

    wb, account, market = setup
    table = InputTable(["text"], [{"text": str(i)} for i in range(6)])
    batch_id = create_batch(wb, account, name="b", template_html=TEMPLATE, table=table,
                            props=props())
    cancel = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done == 2:
            cancel.cancel()

    first = publish_batch(wb, account, batch_id, market, progress=progress, cancel=cancel)
    assert first.cancelled and first.created == 2
    second = publish_batch(wb, account, batch_id, market)
    assert second.created == 4
    assert market.list_hits(MaxResults=100)["NumResults"] == 6


@pytest.mark.parametrize(("table", "template", "message"), [
    (InputTable(["text"], []), TEMPLATE, "no rows"),
    (InputTable(["words"], [{"words": "x"}]), TEMPLATE, "text"),
    (InputTable(["text"], [{"text": "x" * 70_000}]), TEMPLATE, "row 1"),
])
def test_a_batch_that_cannot_be_published_is_refused_before_anything_is_written(
        setup, table: InputTable, template: str, message: str) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = setup
    with pytest.raises(PublishError, match=message):
        create_batch(wb, account, name="b", template_html=template, table=table, props=props())
    with wb.store.read() as session:
        assert session.query(Batch).count() == 0


@pytest.mark.parametrize(("field", "value"), [
    ("reward", "0.051"), ("reward", "-1"), ("assignments", "0"), ("lifetime", "5s"),
    ("auto_approve", "40d"), ("title", " "),
])
def test_hit_properties_mturk_would_refuse_are_refused(field: str, value: str) -> None:
    arguments = {"title": "T", "description": "D", "reward": "0.05", "assignments": "3"}
    arguments[field] = value
    with pytest.raises(PublishError):
        HITProperties.parse(**arguments)  # type: ignore[arg-type]


def test_the_cost_includes_fees_and_the_surcharge() -> None:
    assert props(reward_cents=10, max_assignments=9).cost_cents(100) == 100 * 9 * 12
    assert props(reward_cents=10, max_assignments=10).cost_cents(100) == 100 * 10 * 14
