"""An ``endpoint`` account pointed at ``workbench serve`` works exactly as a local account.

One marketplace, two stores: store A reads the server's database directly, as a local
account does; store B is a workbench whose ``endpoint`` account speaks to the server over
HTTP through boto3. Both publish, sync, review and pay; their mirrors must come out equal,
and the server's own records must show every payment once.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.wire.conftest import Served, endpoint_account
from workbench.formats.answers import task_answers_xml
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.workers import WorkerSide
from workbench.marketplace.mturk import MTurkMarketplace
from workbench.services import outbox
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.services.push import push_outbox
from workbench.services.sync import pull, sync
from workbench.store.schema import HIT, AnswerField, Assignment, Block, Bonus

TEMPLATE = ("<p>${text}</p><crowd-form><crowd-input name='label'></crowd-input>"
            "</crowd-form>")


def _ms(value: datetime | None) -> str | None:
    return value.isoformat(timespec="milliseconds") if value else None


def mirror(wb: Workbench, account: AccountInfo) -> dict[str, Any]:
    """What the store knows of its marketplace, in a form two stores can be compared by."""
    with wb.store.read() as session:
        hits = sorted(
            (h.hit_id, h.hit_type_id, h.title, h.reward_cents, h.max_assignments, h.status,
             h.review_status, h.assignments_available, h.assignments_pending,
             h.assignments_completed, h.submitted_count, h.approved_count, h.rejected_count,
             _ms(h.creation_time), _ms(h.expiration), h.settled)
            for h in session.scalars(select(HIT).where(HIT.account_id == account.id)))
        assignments = sorted(
            (a.assignment_id, a.worker_id, a.status, _ms(a.accept_time), _ms(a.submit_time),
             _ms(a.auto_approval_time), a.requester_feedback, a.answer_summary,
             a.answer_format)
            for a in session.scalars(select(Assignment).where(
                Assignment.account_id == account.id)))
        answers = sorted(session.execute(
            select(Assignment.assignment_id, AnswerField.name, AnswerField.value)
            .join(Assignment, Assignment.id == AnswerField.assignment_pk)
            .where(Assignment.account_id == account.id)).all())
        bonuses = sorted(
            (b.assignment_id, b.worker_id, b.amount_cents, b.reason, _ms(b.grant_time))
            for b in session.scalars(select(Bonus).where(Bonus.account_id == account.id)))
        blocks = sorted((b.worker_id, b.reason) for b in session.scalars(
            select(Block).where(Block.account_id == account.id)))
    return {"hits": hits, "assignments": assignments, "answers": answers,
            "bonuses": bonuses, "blocks": blocks}


@pytest.fixture
def two_stores(tmp_path: Path, _template_store: Path
               ) -> tuple[Workbench, Workbench]:
    stores = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(_template_store, path)
        stores.append(Workbench.open(path))
    yield stores[0], stores[1]
    for wb in stores:
        wb.close()


def test_an_endpoint_account_syncs_reviews_and_pays_exactly_as_a_local_one(
        served: Served, aws_env: dict[str, str], two_stores: tuple[Workbench, Workbench]
        ) -> None:
    wb_a, wb_b = two_stores
    local, direct = get_account(wb_a), served.market()
    remote = endpoint_account(wb_b, served)
    over_http = wb_b.marketplace(remote)
    assert isinstance(over_http, MTurkMarketplace) and over_http.endpoint_url == served.url

    # B publishes over HTTP; workers do the work on the server.
    table = InputTable(["text"], [{"text": f"photo {i} <b>ü</b>"} for i in range(5)])
    props = HITProperties(title="Label photos", description="Say what is in the photo",
                          reward_cents=30, max_assignments=3)
    batch = create_batch(wb_b, remote, name="Photos", template_html=TEMPLATE, table=table,
                         props=props)
    assert publish_batch(wb_b, remote, batch).created == 5
    side = WorkerSide(served.engine)
    made: dict[str, list[tuple[str, str]]] = {}
    for hit in direct.list_hits(MaxResults=100)["HITs"]:
        for index in range(3):
            worker = side.register(f"AENDPOINT{index:05d}")
            assignment = side.accept(worker, hit["HITId"])
            side.submit(worker, assignment, task_answers_xml({"label": f"thing {index}"}))
            made.setdefault(hit["HITId"], []).append((assignment, worker))
    for _ in range(2):  # the first pull of each, then an incremental one
        pull(wb_a, local, direct)
        pull(wb_b, remote)
    assert mirror(wb_a, local) == mirror(wb_b, remote)
    assert len(mirror(wb_b, remote)["assignments"]) == 15

    # Each reviews part of the work, through its own path to the marketplace.
    by_hit = list(made.values())
    outbox.queue_approve(wb_a, local, [a for a, _ in by_hit[0]], feedback="Good")
    outbox.queue_approve(wb_b, remote, [a for a, _ in by_hit[1]], feedback="Good")
    outbox.queue_reject(wb_b, remote, [by_hit[2][0][0]], feedback="Not a label")
    outbox.queue_bonus(wb_b, remote, by_hit[1][0][0], "0.75", reason="Very careful")
    outbox.queue_bonus(wb_a, local, by_hit[0][1][0], "0.20", reason="Thanks")
    outbox.queue_block(wb_b, remote, by_hit[2][0][1], reason="Spam answers")
    assert push_outbox(wb_a, local, direct).sent == 4
    report = sync(wb_b, remote)
    assert report.push.sent == 6 and report.push.failed == 0
    pull(wb_a, local, direct)
    pull(wb_b, remote)
    assert mirror(wb_a, local) == mirror(wb_b, remote)

    # The server paid each approval and each bonus once, and the stores say the same.
    approved = [a for a, _ in by_hit[0] + by_hit[1]]
    assert served.rewards() == {a: 1 for a in approved}
    assert sorted(served.bonuses()) == sorted([(by_hit[1][0][0], 75, "Very careful"),
                                               (by_hit[0][1][0], 20, "Thanks")])
    seen = mirror(wb_b, remote)
    assert sorted(a[0] for a in seen["assignments"] if a[2] == "Approved") == sorted(approved)
    assert sorted(b[2] for b in seen["bonuses"]) == [20, 75]
    assert seen["blocks"] == [(by_hit[2][0][1], "Spam answers")]


def test_no_secret_reaches_the_store_or_the_logs(served: Served, aws_env: dict[str, str],
                                                 wb: Workbench, tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    remote = endpoint_account(wb, served)
    publish_batch(wb, remote, create_batch(
        wb, remote, name="One", template_html=TEMPLATE,
        table=InputTable(["text"], [{"text": "x"}]),
        props=HITProperties(title="T", description="D", reward_cents=5, max_assignments=1)))
    sync(wb, remote)
    secret = aws_env["AWS_SECRET_ACCESS_KEY"]
    wb.store.engine.dispose()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("store.sqlite3*"))
    assert stored and secret.encode() not in stored
    assert secret not in caplog.text and secret not in served.log.read_text(encoding="utf-8")


def test_an_endpoint_url_holding_credentials_is_refused(wb: Workbench) -> None:
    from workbench.services.accounts import AccountError, add_account, list_accounts

    with pytest.raises(AccountError, match="credentials"):
        add_account(wb, "leaky", "endpoint", endpoint_url="http://AKID:secret@127.0.0.1:1/")
    assert [a.name for a in list_accounts(wb)] == []
