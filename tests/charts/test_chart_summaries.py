"""The charts read from summaries (store.chart_summary); every figure must stay exactly what a
computation from the assignments gives, whatever wrote the store: imports, syncs, review
decisions and their undo, edits and deletions by another program, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import select, text, update

from tests.charts.conftest import DEMO_NOW, review_demo
from tests.conftest import FakeClock
from workbench.services import outbox
from workbench.services import statistics as stats
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.demo import run_demo
from workbench.services.importing import import_results
from workbench.services.sync import sync
from workbench.sql.migrate import alembic_config
from workbench.store import chart_summary
from workbench.store.database import MIGRATIONS
from workbench.store.schema import HIT, Account, Assignment, Batch

ZONES = (ZoneInfo("UTC"), ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Kolkata"))
Report = Callable[[Workbench, stats.ChartFilter, bool], object]
REPORTS: dict[str, Report] = {
    "spend": lambda wb, f, s: [stats.spend_over_time(wb, f, zone=z, from_scratch=s)
                               for z in ZONES],
    "approval": lambda wb, f, s: [stats.approval_over_time(wb, f, zone=z, from_scratch=s)
                                  for z in ZONES],
    "batches": lambda wb, f, s: stats.approval_by_batch(wb, f, from_scratch=s),
    "workers": lambda wb, f, s: stats.worker_approval_rates(wb, f, from_scratch=s),
    "submissions": lambda wb, f, s: [stats.submissions_over_time(wb, f, zone=z, from_scratch=s)
                                     for z in ZONES],
    "work_time_and_wage": lambda wb, f, s: stats.work_time_and_wage(wb, f, 725, from_scratch=s),
}


def filters(wb: Workbench) -> Iterator[stats.ChartFilter]:
    """Each account, whole and narrowed to each batch and template, over ranges that end on
    quarter hours and between them."""
    with wb.store.read() as session:
        accounts = list(session.scalars(select(Account.id)))
        batches = session.execute(select(Batch.account_id, Batch.id, Batch.template_id)).all()
        times = session.execute(select(Assignment.account_id, Assignment.submit_time)
                                .where(Assignment.submit_time.is_not(None))
                                .order_by(Assignment.submit_time)).all()
    for account in accounts:
        yield stats.ChartFilter(account)
        for owner, batch, template in batches:
            if owner == account:
                yield stats.ChartFilter(account, batch_id=batch)
                if template is not None:
                    yield stats.ChartFilter(account, template_id=template)
        moments = [t for a, t in times if a == account]
        if not moments:
            continue
        middle = moments[len(moments) // 2].replace(tzinfo=UTC)
        quarter = middle.replace(minute=middle.minute // 15 * 15, second=0, microsecond=0)
        for start, end in ((middle - timedelta(hours=5, seconds=7), middle),
                           (quarter - timedelta(hours=2), quarter + timedelta(minutes=45)),
                           (quarter + timedelta(minutes=3), quarter + timedelta(minutes=9)),
                           (None, middle), (middle, None)):
            yield stats.ChartFilter(account, start=start, end=end)


def assert_exact(wb: Workbench) -> None:
    """Every chart from the summaries equals the same chart computed from the assignments."""
    checked = 0
    for flt in filters(wb):
        for name, report in REPORTS.items():
            assert report(wb, flt, False) == report(wb, flt, True), (name, flt)
            checked += 1
    assert checked


def assert_folded(wb: Workbench) -> None:
    """Nothing is left to fold, and the summaries alone equal a recount."""
    with wb.store.engine.connect() as connection:
        assert chart_summary.recount_differences(connection) == []
        assert connection.execute(text("SELECT count(*) FROM chart_changes")).scalar() == 0
        if wb.store.engine.dialect.name == "sqlite":
            assert connection.execute(text(
                "SELECT folded_to = (SELECT coalesce(max(id), 0) FROM assignments) "
                "FROM chart_state")).scalar() == 1


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def clock_wb(request: pytest.FixtureRequest, store_path: Path
             ) -> Iterator[tuple[Workbench, FakeClock]]:
    location = store_path if request.param == "sqlite" else request.getfixturevalue("pg_database")
    clock = FakeClock(DEMO_NOW)
    wb = Workbench.open(location, clock=clock)
    yield wb, clock
    wb.close()


def test_summaries_stay_exact_through_imports_syncs_reviews_and_undo(
        clock_wb: tuple[Workbench, FakeClock], fixtures_dir: Path) -> None:
    wb, clock = clock_wb
    assert chart_summary.is_available(wb.store.engine)
    for name in ("clarity_batch8.csv", "mluck_Batch_3753862_batch_results.csv"):
        import_results(wb, fixtures_dir / name)
    assert_folded(wb)
    assert_exact(wb)

    account = get_account(wb)
    run_demo(wb, hits=30, assignments=3, workers=8, seed=5)  # publishes and syncs
    assert_folded(wb)
    review_demo(wb, account, clock)   # decisions in two sittings, each synced
    assert_folded(wb)
    assert_exact(wb)
    sync(wb, account)   # the rejection review_demo left queued

    with wb.store.read() as session:
        waiting = list(session.scalars(select(Assignment.assignment_id).where(
            Assignment.account_id == account.id, Assignment.status == "Submitted")))
    approve = outbox.queue_approve(wb, account, waiting[:4])
    outbox.undo(wb, approve[0].id)
    clock.advance(hours=1)
    sync(wb, account)
    clock.advance(days=4)   # past the automatic approval of what is left waiting
    sync(wb, account)
    assert_folded(wb)
    assert_exact(wb)

    # Importing the same file again changes nothing; a re-import after edits updates rows.
    import_results(wb, fixtures_dir / "clarity_batch8.csv")
    assert_folded(wb)
    assert_exact(wb)


def _raw_sqlite(wb: Workbench) -> sqlite3.Connection:
    database = wb.store.engine.url.database
    assert database
    return sqlite3.connect(database, isolation_level=None)


def _raw_statements(wb: Workbench, statements: list[str]) -> None:
    """Run statements as another program would: straight SQL, no store, nothing folded."""
    if wb.store.engine.dialect.name == "sqlite":
        connection = _raw_sqlite(wb)
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("BEGIN")
            for statement in statements:
                connection.execute(statement)
            connection.execute("COMMIT")
        finally:
            connection.close()
        return
    with wb.store.engine.connect() as raw:
        # A plain DB-API connection: no session, so no fold before the commit.
        dbapi: Any = raw.connection.dbapi_connection
        cursor = dbapi.cursor()
        for statement in statements:
            cursor.execute(statement)
        dbapi.commit()


COPY = ("INSERT INTO assignments (account_id, assignment_id, hit_pk, worker_id, status, "
        "accept_time, submit_time, auto_approval_time, approval_time, rejection_time, "
        "work_time_s, answer_summary, answer_format, extra) SELECT account_id, "
        "assignment_id || '{tag}', hit_pk, worker_id || '{tag}', status, accept_time, "
        "submit_time, auto_approval_time, approval_time, rejection_time, work_time_s, "
        "answer_summary, answer_format, extra "
        "FROM assignments WHERE {where}")


def test_summaries_stay_exact_when_another_program_edits_and_deletes(
        clock_wb: tuple[Workbench, FakeClock], fixtures_dir: Path) -> None:
    wb, clock = clock_wb
    for name in ("clarity_batch8.csv", "mluck_Batch_3753862_batch_results.csv"):
        import_results(wb, fixtures_dir / name)
    account = get_account(wb)
    run_demo(wb, hits=30, assignments=3, workers=8, seed=5)
    review_demo(wb, account, clock)
    with wb.store.read() as session:
        hits = list(session.scalars(select(HIT.id).order_by(HIT.id)))
        batches = list(session.scalars(select(Batch.id).order_by(Batch.id)))
        newest = session.scalar(select(Assignment.id).order_by(Assignment.id.desc()).limit(1))
    assert newest is not None

    _raw_statements(wb, [
        # decisions, times and work times changed by hand
        "UPDATE assignments SET status = 'Rejected' WHERE id % 7 = 0",
        "UPDATE assignments SET status = 'Approved', approval_time = submit_time "
        "WHERE id % 11 = 0 AND status = 'Submitted'",
        "UPDATE assignments SET submit_time = NULL WHERE id % 13 = 0",
        "UPDATE assignments SET work_time_s = work_time_s + 1 WHERE id % 5 = 0",
        # a HIT's reward, size and batch; a batch deleted (its HITs fall outside any batch)
        f"UPDATE hits SET reward_cents = reward_cents + 3, max_assignments = 12 "
        f"WHERE id = {hits[0]}",
        f"UPDATE hits SET batch_id = NULL WHERE id = {hits[1]}",
        f"DELETE FROM batches WHERE id = {batches[0]}",
        # new work, a HIT deleted with its work, single assignments deleted, the newest too
        COPY.format(tag="-copy", where="id % 17 = 0"),
        f"DELETE FROM hits WHERE id = {hits[2]}",
        f"DELETE FROM assignments WHERE id % 19 = 0 OR id = {newest}",
    ])
    assert_exact(wb)   # read with what is not folded yet

    # New rows not folded, then deleted with a folded row below them: the next new rows
    # reuse those ids (SQLite numbers a row after the largest id there is).
    _raw_statements(wb, [COPY.format(tag="-second", where="id % 23 = 0")])
    with wb.store.read() as session:
        top = session.scalar(select(Assignment.id).order_by(Assignment.id.desc()).limit(1))
    assert top is not None
    _raw_statements(wb, [f"DELETE FROM assignments WHERE id >= {newest - 3}"])
    _raw_statements(wb, [COPY.format(tag="-third", where="id % 29 = 0")])
    assert_exact(wb)

    # The next write of the store folds everything in.
    outbox.queue_bonus(wb, account, _some_assignment(wb, account.id), 10, reason="thanks")
    assert_folded(wb)
    assert_exact(wb)


def _some_assignment(wb: Workbench, account_id: int) -> str:
    with wb.store.read() as session:
        found = session.scalar(select(Assignment.assignment_id).where(
            Assignment.account_id == account_id, Assignment.status == "Approved").limit(1))
    assert found is not None
    return found


def test_deleting_an_account_leaves_no_counts(clock_wb: tuple[Workbench, FakeClock],
                                              fixtures_dir: Path) -> None:
    wb, _ = clock_wb
    import_results(wb, fixtures_dir / "clarity_batch8.csv")
    run_demo(wb, hits=10, assignments=3, workers=5, seed=3)
    with wb.store.read() as session:
        archive = session.scalar(select(Assignment.account_id).where(
            Assignment.account_id != get_account(wb).id).limit(1))
    assert archive is not None
    with wb.store.session(write=True) as session:
        session.execute(text("DELETE FROM accounts WHERE id = :a"), {"a": archive})
    assert_folded(wb)
    assert_exact(wb)


def test_a_second_store_of_the_same_file_sees_the_first_ones_writes(store_path: Path) -> None:
    clock = FakeClock(DEMO_NOW)
    first = Workbench.open(store_path, clock=clock)
    second = Workbench.open(store_path, clock=clock)
    try:
        account = get_account(first)
        before = stats.approval_over_time(second, stats.ChartFilter(account.id))
        run_demo(first, hits=10, assignments=3, workers=5, seed=9)
        after = stats.approval_over_time(second, stats.ChartFilter(account.id))
        assert after.total.total == 30 and before.total.total == 0
        assert_exact(second)
    finally:
        second.close()
        first.close()


def test_two_stores_writing_at_once_keep_the_summaries_exact(
        clock_wb: tuple[Workbench, FakeClock], fixtures_dir: Path) -> None:
    wb, _ = clock_wb
    import_results(wb, fixtures_dir / "mluck_Batch_3753862_batch_results.csv")
    with wb.store.read() as session:
        ids = list(session.scalars(select(Assignment.id).order_by(Assignment.id)))
    location = wb.store.engine.url.render_as_string(hide_password=False)
    errors: list[BaseException] = []

    def write(half: list[int], statuses: tuple[str, ...]) -> None:
        other = Workbench.open(location)
        try:
            for number, chunk in enumerate(half[i:i + 5] for i in range(0, len(half), 5)):
                with other.store.session(write=True) as session:
                    session.execute(update(Assignment).where(Assignment.id.in_(chunk))
                                    .values(status=statuses[number % len(statuses)]))
                    # Each writer also changes the other's HITs, so their folds meet.
                    session.execute(update(HIT).where(HIT.id == number % 4 + 1)
                                    .values(reward_cents=HIT.reward_cents + 1))
        except BaseException as exc:  # reported by the test below
            errors.append(exc)
        finally:
            other.close()

    writers = [threading.Thread(target=write, args=(ids[0::2], ("Approved", "Rejected"))),
               threading.Thread(target=write, args=(ids[1::2], ("Rejected", "Submitted")))]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert errors == []
    assert_folded(wb)
    assert_exact(wb)


def test_a_store_from_before_the_summaries_gets_them_exact_on_opening(
        store_path: Path, fixtures_dir: Path) -> None:
    clock = FakeClock(DEMO_NOW)
    wb = Workbench.open(store_path, clock=clock)
    import_results(wb, fixtures_dir / "clarity_batch8.csv")
    run_demo(wb, hits=10, assignments=3, workers=5, seed=3)
    wb.close()
    # Put back as the revision before the summaries left it: no summaries, no triggers, no
    # index of approval times.
    script = ScriptDirectory.from_config(alembic_config(MIGRATIONS, "alembic_version"))
    before = script.get_revision("0012p").down_revision
    assert isinstance(before, str)
    with sqlite3.connect(store_path) as connection:
        chart_summary.drop(connection)
        connection.execute("DROP INDEX ix_assignments_account_approval")
        connection.execute("UPDATE alembic_version SET version_num = ?", (before,))
    wb = Workbench.open(store_path, clock=clock)
    try:
        assert chart_summary.is_available(wb.store.engine)
        assert_folded(wb)
        assert_exact(wb)
    finally:
        wb.close()
