"""Checking every row, the time earlier batches took, and what the Batches page shows."""

from __future__ import annotations

import pytest

from tests.conftest import FakeClock
from tests.services.conftest import TEMPLATE, publish_small_batch
from workbench.formats.answers import task_answers_xml
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.workers import WorkerSide
from workbench.services.accounts import AccountInfo
from workbench.services.batches import (
    batch_details,
    batch_draft,
    batch_row_page,
    check_rows,
    previous_work_time,
)
from workbench.services.context import Workbench
from workbench.services.progress import Cancelled, CancelToken
from workbench.services.publish import PublishError, create_batch, publish_batch
from workbench.services.sync import pull
from workbench.services.tables import TableRequest
from workbench.services.tables_batches import BatchSource

Setup = tuple[Workbench, AccountInfo, LocalMarketplace]


def test_every_row_is_rendered_and_the_rows_over_64_kb_are_named() -> None:
    rows = [{"text": "short"}] * 3 + [{"text": "<" * 17_000}, {"text": "ok"}]
    check = check_rows(TEMPLATE, InputTable(["text"], rows))
    assert not check.ok and check.too_large == [(3, check.largest_bytes)]
    assert "1 row(s)" in check.message() and "rows 4" in check.message()
    fine = check_rows(TEMPLATE, InputTable(["text"], rows[:3]))
    assert fine.ok and "All 3 rows render" in fine.message()
    with pytest.raises(PublishError, match="text"):
        check_rows(TEMPLATE, InputTable(["other"], [{"other": "x"}]))


def test_checking_rows_can_be_cancelled() -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        check_rows(TEMPLATE, InputTable(["text"], [{"text": "x"}] * 10), cancel=cancel)


def test_the_median_work_time_of_an_earlier_batch_of_the_template(
        setup: Setup, clock: FakeClock) -> None:
    wb, account, market = setup
    assert previous_work_time(wb, account.id, TEMPLATE) is None
    batch_id = publish_small_batch(wb, account, market, rows=2, assignments=2)
    side = WorkerSide(wb.store.engine, clock=clock)
    for number, hit in enumerate(market.list_hits(MaxResults=100)["HITs"]):
        for seat in range(2):
            worker = side.register(f"AWORKER{seat:07d}")
            assignment = side.accept(worker, hit["HITId"])
            clock.advance(seconds=30 * (1 + number * 2 + seat))  # 30, 60, 90 and 120 s
            side.submit(worker, assignment, task_answers_xml({"label": "cat"}))
    pull(wb, account, market)
    earlier = previous_work_time(wb, account.id, TEMPLATE)
    assert earlier is not None and earlier.batch_id == batch_id
    assert (earlier.assignments, earlier.median_s) == (4, 75)
    assert previous_work_time(wb, account.id, "<p>another page</p>") is None


def test_details_draft_and_the_batches_table(setup: Setup) -> None:
    wb, account, market = setup
    table = InputTable(["text"], [{"text": f"t{i}"} for i in range(3)])
    from tests.publish.test_publishing import PROPS

    batch_id = create_batch(wb, account, name="Three", template_html=TEMPLATE, table=table,
                            props=PROPS, estimated_task_s=40)
    details = batch_details(wb, batch_id)
    assert details is not None and details.unfinished and details.published_rows == 0
    # The local account's own workers: 5c a task, no fee
    assert details.cost is not None and details.cost.total_cents == 3 * 3 * 5
    publish_batch(wb, account, batch_id, market)
    details = batch_details(wb, batch_id)
    assert details is not None and not details.unfinished and details.hits == 3
    assert details.estimated_task_s == 40
    draft = batch_draft(wb, batch_id)
    assert draft.table.rows == table.rows and draft.props == PROPS
    assert batch_row_page(wb, batch_id, 1) == (TEMPLATE, {"text": "t1"})

    source = BatchSource(wb)
    request = TableRequest({"account_id": account.id})
    assert source.count(request) == 1
    row = source.page(request, 0, 10)[0]
    values = dict(zip([c.key for c in source.columns], row[1:], strict=True))
    assert (values["name"], values["state"], values["rows"], values["hits"]) == (
        "Three", "published", 3, 3)
    assert source.count(request.with_filter(search="thr")) == 1
    assert source.count(request.with_filter(state="draft")) == 0
    assert list(source.ids(request.sorted_by("rows", True))) == [batch_id]
