"""Exactly once across processes: a crash between recording a run and writing its file, a
crash inside the recording, and two runs started at the same moment from two processes.
Each leaves every amount in exactly one run (real processes; SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

from sqlalchemy import func, select

from tests.payouts.processes import start, workbench
from tests.payouts.scenario import EARNED
from workbench.services import payouts
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.store.schema import PayoutItem

TOTAL = sum(EARNED.values())
ENTRIES = 18 + 3  # approved rewards and bonuses


def claims(db: str) -> dict[str, int]:
    """How many live runs claim each ledger entry."""
    with Workbench.open(db) as wb, wb.store.read() as session:
        return dict(session.execute(
            select(PayoutItem.claim_key, func.count()).where(PayoutItem.claim_key.is_not(None))
            .group_by(PayoutItem.claim_key)).all())


def runs(db: str) -> list[payouts.PayoutRunInfo]:
    with Workbench.open(db) as wb:
        return payouts.list_runs(wb, get_account(wb))


def file_total(path: Path) -> int:
    return sum(round(float(row[1]) * 100)
               for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_a_crash_after_recording_leaves_the_run_whole_and_its_amounts_in_it_alone(
        store_location: str, tmp_path: Path) -> None:
    out = tmp_path / "paypal.csv"
    crashed = workbench(store_location, "payouts", "run", "--format", "paypal", "--out",
                        str(out), hook="crash_writing")
    assert crashed.returncode == 9, crashed.stderr
    assert not out.exists()
    [run] = runs(store_location)
    assert run.state == payouts.RECORDED and run.total_cents == TOTAL
    assert len(claims(store_location)) == ENTRIES and set(claims(store_location).values()) == {1}

    again = workbench(store_location, "payouts", "run", "--format", "paypal", "--out",
                      str(tmp_path / "second.csv"))
    assert again.returncode == 2 and "nothing to pay" in again.stderr
    assert not (tmp_path / "second.csv").exists()
    listed = workbench(store_location, "payouts", "list")
    assert listed.returncode == 0 and "never written" in listed.stderr
    unwritten = workbench(store_location, "payouts", "mark-paid", str(run.id))
    assert unwritten.returncode == 2 and "never written" in unwritten.stderr

    rewritten = workbench(store_location, "payouts", "write", str(run.id), "--out", str(out))
    assert rewritten.returncode == 0, rewritten.stderr
    assert file_total(out) == TOTAL
    paid = workbench(store_location, "payouts", "mark-paid", str(run.id))
    assert paid.returncode == 0 and "marked paid" in paid.stdout
    assert set(claims(store_location).values()) == {1}


def test_a_crash_inside_the_recording_records_nothing(store_location: str,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "paypal.csv"
    crashed = workbench(store_location, "payouts", "run", "--format", "paypal", "--out",
                        str(out), hook="crash_recording")
    assert crashed.returncode == 9, crashed.stderr
    assert runs(store_location) == [] and claims(store_location) == {}
    made = workbench(store_location, "payouts", "run", "--format", "paypal", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert file_total(out) == TOTAL and len(claims(store_location)) == ENTRIES


def _together(store_location: str, tmp_path: Path, *commands: list[str]
              ) -> list[tuple[int, str, str]]:
    """Start the commands in separate processes, release them at once, wait for all."""
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    processes = [start(store_location, *command, hook="slow_claims", barrier=barrier,
                       log_dir=tmp_path / "logs") for command in commands]
    deadline = time.monotonic() + 60
    while len(list(barrier.glob("ready-*"))) < len(processes):
        assert time.monotonic() < deadline, "the processes did not start"
        time.sleep(0.02)
    (barrier / "go").touch()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append((process.returncode, out, err))
    return results


def test_two_runs_started_at_once_never_share_an_amount(store_location: str,
                                                        tmp_path: Path) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    results = _together(store_location, tmp_path,
                        ["payouts", "run", "--format", "paypal", "--out", str(first)],
                        ["payouts", "run", "--format", "csv", "--out", str(second)])
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 2], results  # one paid everything; the other found nothing left
    assert any("nothing to pay" in err for _code, _out, err in results)
    assert len(claims(store_location)) == ENTRIES
    assert set(claims(store_location).values()) == {1}
    [made] = runs(store_location)
    assert made.total_cents == TOTAL
    if not store_location.endswith(".sqlite3"):
        # SQLite lets one writer in at a time; PostgreSQL let both work out the same amounts,
        # and the database refused the second run's claims (it then found nothing left).
        logs = "".join(p.read_text() for p in (tmp_path / "logs").glob("*.log*"))
        assert "lost a race for its amounts" in logs


def test_overlapping_runs_started_at_once_split_the_amounts(store_location: str,
                                                            tmp_path: Path) -> None:
    some = ["AOWNWORKER0001", "AOWNWORKER0003", "AOWNWORKER0004"]
    results = _together(store_location, tmp_path,
                        ["payouts", "run", "--format", "csv", "--out", str(tmp_path / "a.csv"),
                         "--workers", *some],
                        ["payouts", "run", "--format", "csv", "--out", str(tmp_path / "b.csv")])
    assert all(code in (0, 2) for code, _out, _err in results), results
    assert set(claims(store_location).values()) == {1}
    assert len(claims(store_location)) == ENTRIES
    made = runs(store_location)
    assert sum(r.total_cents for r in made) == TOTAL
    paid_in = {}
    for path in (tmp_path / "a.csv", tmp_path / "b.csv"):
        if path.exists():
            for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
                assert row["worker"] not in paid_in  # never in both files
                paid_in[row["worker"]] = round(float(row["amount"]) * 100)
    assert paid_in == EARNED
