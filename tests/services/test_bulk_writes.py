"""Bulk writes (imports, syncs) store exactly what SQLAlchemy's inserts would, on both stores."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, select

from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.mirror import bulk_insert, bulk_update, collector_paused
from workbench.store.schema import HIT, AnswerField, Assignment

WHEN = datetime(2024, 3, 4, 15, 36, 7, 250, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workbench]:
    location = str(tmp_path / "store.sqlite3") if request.param == "sqlite" else \
        request.getfixturevalue("pg_database")
    with Workbench.open(location) as wb:
        yield wb


def a_hit(wb: Workbench) -> int:
    account = get_account(wb)
    with wb.store.session(write=True) as session:
        hit = HIT(account_id=account.id, hit_id="3HIT", hit_type_id="T", title="A HIT",
                  reward_cents=5, max_assignments=3, status="Assignable", creation_time=WHEN)
        session.add(hit)
        session.flush()
        return hit.id


def assignment_values(account_id: int, hit_pk: int, number: int) -> dict[str, Any]:
    pacific = timezone(timedelta(hours=-8))
    return {"account_id": account_id, "assignment_id": f"3ASSIGN{number:04d}", "hit_pk": hit_pk,
            "worker_id": f"AWORKER{number % 2}", "status": "Submitted",
            "accept_time": WHEN + timedelta(minutes=number),
            "submit_time": (WHEN + timedelta(minutes=number + 3)).astimezone(pacific),
            "auto_approval_time": None, "extra": {"LifetimeApprovalRate": "98% (49/50)"},
            "answer_summary": f"label: cat {number}"}


def stored(wb: Workbench) -> list[tuple[Any, ...]]:
    with wb.store.read() as session:
        return [tuple(getattr(a, c.key) for c in Assignment.__table__.c if c.key != "id")
                for a in session.scalars(select(Assignment).order_by(Assignment.assignment_id))]


def test_bulk_insert_stores_what_sqlalchemy_would(store: Workbench) -> None:
    wb = store
    hit_pk = a_hit(wb)
    account_id = get_account(wb).id
    ours = [assignment_values(account_id, hit_pk, n) for n in range(6)]
    names = list(ours[0])
    with wb.store.session(write=True) as session:
        ids = bulk_insert(session.connection(), cast(Table, Assignment.__table__), names,
                          [tuple(v[n] for n in names) for v in ours], ids=True)
        assert len(set(ids)) == 6
        answers = [(pk, "label", f"cat {i}") for i, pk in enumerate(ids)]
        bulk_insert(session.connection(), cast(Table, AnswerField.__table__),
                    ("assignment_pk", "name", "value"), answers)
    with wb.store.read() as session:
        # The ids are those of the rows, in the order given.
        assert [session.scalar(select(Assignment.assignment_id).where(Assignment.id == pk))
                for pk in ids] == [v["assignment_id"] for v in ours]
        assert sorted(session.execute(select(AnswerField.assignment_pk, AnswerField.value))) \
            == sorted((pk, f"cat {i}") for i, pk in enumerate(ids))
    bulk_rows = stored(wb)
    with wb.store.session(write=True) as session:
        session.execute(AnswerField.__table__.delete())
        session.execute(Assignment.__table__.delete())
        session.execute(insert(Assignment), ours)
    assert stored(wb) == bulk_rows
    # Defaults as SQLAlchemy gives them: the answer format, and timestamps read back in UTC.
    assert {row[names.index("status")] for row in bulk_rows} == {"Submitted"}
    with wb.store.read() as session:
        first = session.scalar(select(Assignment).where(Assignment.assignment_id == "3ASSIGN0001"))
        assert first is not None and first.answer_format == "form" and first.deadline is None
        assert first.submit_time == WHEN + timedelta(minutes=4)
        assert first.extra == {"LifetimeApprovalRate": "98% (49/50)"}


def test_bulk_update_changes_only_the_rows_named(store: Workbench) -> None:
    wb = store
    hit_pk = a_hit(wb)
    with wb.store.session(write=True) as session:
        bulk_update(session.connection(), cast(Table, HIT.__table__),
                    ("submitted_count", "status", "settled"), [(hit_pk, 2, "Reviewable", True)])
    with wb.store.read() as session:
        hit = session.get(HIT, hit_pk)
        assert hit is not None
        assert (hit.submitted_count, hit.status, hit.settled, hit.max_assignments) == \
            (2, "Reviewable", True, 3)


def test_the_cycle_collector_is_held_off_only_while_bulk_writes_run() -> None:
    # The window (and so the test session) collects from the GUI thread, with automatic
    # collection off; the command line leaves it on, as here.
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        with collector_paused():
            assert not gc.isenabled()
            with collector_paused():  # another thread's import, say
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled()
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError("a bad row")
        assert gc.isenabled()
        gc.disable()
        with collector_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        (gc.enable if was_enabled else gc.disable)()
