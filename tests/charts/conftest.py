"""Stores for the chart tests: a demo batch reviewed as a requester would, and the real MTurk
archives imported; each built once per session and copied for each test."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import FakeClock
from workbench.services import outbox
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.store.schema import HIT, Assignment

# A fixed "now" so that the demo's timestamps, and so the screenshots, are the same every run.
DEMO_NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own window settings and user settings."""
    monkeypatch.setenv("WORKBENCH_CONFIG_DIR", str(tmp_path / "config"))


def review_demo(wb: Workbench, account: AccountInfo, clock: FakeClock) -> None:
    """Review the demo batch in two sittings, as a requester would, leaving some work waiting.

    A worker who gives the same answer to nearly every review (the demo's spammer) is rejected,
    everyone else approved; the workers who agree most with each HIT's majority get a bonus. The
    newest fifth of the work is left awaiting review, with a rejection and a bonus queued.
    """
    from workbench.services.sync import sync

    with wb.store.read() as session:
        rows = session.execute(
            select(Assignment.assignment_id, Assignment.worker_id, HIT.hit_id,
                   Assignment.answer_summary)
            .join(HIT, HIT.id == Assignment.hit_pk)
            .where(Assignment.account_id == account.id)
            .order_by(Assignment.submit_time, Assignment.id)).all()
    majority = {hit: Counter(r.answer_summary for r in rows if r.hit_id == hit).most_common(1)[0][0]
                for hit in {r.hit_id for r in rows}}
    agreed: Counter[str] = Counter()
    done: Counter[str] = Counter()
    same: dict[str, Counter[str]] = {}
    for row in rows:
        done[row.worker_id] += 1
        agreed[row.worker_id] += row.answer_summary == majority[row.hit_id]
        same.setdefault(row.worker_id, Counter())[row.answer_summary] += 1
    # Giving one answer to nearly everything is what a spammer does (the demo's says Positive).
    spammers = {w for w, answers in same.items()
                if answers.most_common(1)[0][1] > 0.75 * done[w]}
    careful = sorted((w for w in done if w not in spammers),
                     key=lambda w: (-agreed[w] / done[w], w))[:3]

    def decide(batch: list[object]) -> None:
        rejected = [r.assignment_id for r in batch if r.worker_id in spammers]  # type: ignore[attr-defined]
        approved = [r.assignment_id for r in batch if r.worker_id not in spammers]  # type: ignore[attr-defined]
        if approved:
            outbox.queue_approve(wb, account, approved)
        if rejected:
            outbox.queue_reject(wb, account, rejected, feedback="The answers ignore the review "
                                "text: nearly every one is Positive, whatever the review says.")

    first, second = int(len(rows) * 0.45), int(len(rows) * 0.8)
    clock.advance(minutes=40)
    decide(list(rows[:first]))
    for worker in careful:
        mine = next(r for r in rows[:first] if r.worker_id == worker)
        outbox.queue_bonus(wb, account, mine.assignment_id, 25,
                           reason="Thank you for careful, consistent answers.")
    sync(wb, account)
    clock.advance(hours=3)
    decide(list(rows[first:second]))
    sync(wb, account)
    clock.advance(minutes=30)
    waiting = rows[second:]
    wrong = next(r for r in waiting if r.answer_summary != majority[r.hit_id])
    outbox.queue_reject(wb, account, [wrong.assignment_id],
                        feedback="The sentiment does not match the review.")
    outbox.queue_bonus(wb, account, next(r.assignment_id for r in waiting
                                         if r.worker_id == careful[0]), 50,
                       reason="A bonus for the hardest reviews.")


@pytest.fixture(scope="session")
def _reviewed_demo_store(tmp_path_factory: pytest.TempPathFactory, _template_store: Path) -> Path:
    from workbench.services.demo import run_demo

    path = tmp_path_factory.mktemp("charts-demo") / "store.sqlite3"
    shutil.copyfile(_template_store, path)
    clock = FakeClock(DEMO_NOW)
    wb = Workbench.open(path, clock=clock)
    run_demo(wb, hits=100, assignments=3, workers=10, seed=11)
    review_demo(wb, get_account(wb), clock)
    wb.close()
    return path


@pytest.fixture
def reviewed_wb(tmp_path: Path, _reviewed_demo_store: Path) -> Iterator[Workbench]:
    """The demo batch, reviewed in two sittings (see review_demo); its clock stands after them."""
    path = tmp_path / "reviewed.sqlite3"
    shutil.copyfile(_reviewed_demo_store, path)
    clock = FakeClock(DEMO_NOW)
    clock.advance(hours=4, minutes=10)
    wb = Workbench.open(path, clock=clock)
    yield wb
    wb.close()


@pytest.fixture(scope="session")
def _archive_store(tmp_path_factory: pytest.TempPathFactory, _template_store: Path,
                   fixtures_dir: Path) -> Path:
    from workbench.services.importing import import_results

    path = tmp_path_factory.mktemp("charts-archive") / "store.sqlite3"
    shutil.copyfile(_template_store, path)
    wb = Workbench.open(path)
    for name in sorted(p.name for p in fixtures_dir.glob("*.csv")):
        import_results(wb, fixtures_dir / name)
    wb.close()
    return path


@pytest.fixture
def archive_wb(tmp_path: Path, _archive_store: Path) -> Iterator[Workbench]:
    """Every real MTurk batch-results CSV of tests/fixtures imported (2018 to 2024)."""
    path = tmp_path / "archive.sqlite3"
    shutil.copyfile(_archive_store, path)
    wb = Workbench.open(path, clock=FakeClock(DEMO_NOW))
    yield wb
    wb.close()


@pytest.fixture(scope="session")
def _two_accounts_store(tmp_path_factory: pytest.TempPathFactory, _reviewed_demo_store: Path,
                        fixtures_dir: Path) -> Path:
    from workbench.services.importing import import_results

    path = tmp_path_factory.mktemp("charts-two-accounts") / "store.sqlite3"
    shutil.copyfile(_reviewed_demo_store, path)
    wb = Workbench.open(path, clock=FakeClock(DEMO_NOW))
    for name in sorted(p.name for p in fixtures_dir.glob("*.csv")):
        import_results(wb, fixtures_dir / name)
    wb.close()
    return path


@pytest.fixture
def two_accounts_wb(tmp_path: Path, _two_accounts_store: Path) -> Iterator[Workbench]:
    """The reviewed demo (hours of November 2026) on "local", and the real MTurk archives
    (months of 2018 to 2023) on "MTurk archive"."""
    path = tmp_path / "two.sqlite3"
    shutil.copyfile(_two_accounts_store, path)
    clock = FakeClock(DEMO_NOW)
    clock.advance(hours=4, minutes=10)
    wb = Workbench.open(path, clock=clock)
    yield wb
    wb.close()
