"""``workbench payouts``: what scripts see (output, exit status 0/2/1, one-line errors)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.payouts.scenario import EARNED
from workbench.cli import main


@pytest.fixture
def db(store_location: str) -> str:
    return store_location


@pytest.fixture(params=["sqlite"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path,
                   _world_template: Path) -> str:
    """The world on SQLite only: the processes tests cover PostgreSQL."""
    import shutil

    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_world_template, path)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_owed_lists_earned_paid_and_owed_per_worker(db: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--db", db, "payouts", "owed", "--format", "csv")
    assert code == 0
    rows = {r["worker"]: r for r in csv.DictReader(io.StringIO(out))}
    assert {w: round(float(r["owed"]) * 100) for w, r in rows.items()} == EARNED
    assert rows["AOWNWORKER0004"]["name"] == "李小龍"
    code, out, _err = run(capsys, "--db", db, "payouts", "owed")
    assert code == 0 and "TOTAL" in out and "$8.80" in out


def test_a_run_prints_its_id_and_total_then_is_marked_paid_once(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "pay.csv"
    code, out, err = run(capsys, "--db", db, "payouts", "run", "--format", "csv", "--out",
                         str(out_file), "--min", "1.40")
    assert code == 0, err
    assert out.startswith("Payout run 1: $6.70 to 3 worker(s)")
    assert err.count("left out") == 2 and "below the minimum" in err
    code, out, _err = run(capsys, "--db", db, "payouts", "list")
    assert code == 0 and "written" in out and "$6.70" in out
    assert run(capsys, "--db", db, "payouts", "mark-paid", "1")[0] == 0
    code, out, _err = run(capsys, "--db", db, "payouts", "mark-paid", "1")
    assert code == 0 and "already marked paid" in out
    code, out, _err = run(capsys, "--db", db, "payouts", "owed", "--format", "csv")
    paid = {r["worker"]: r["paid"] for r in csv.DictReader(io.StringIO(out))}
    assert paid["AOWNWORKER0003"] == "3.40" and paid["AOWNWORKER0001"] == "0.00"
    code, _out, err = run(capsys, "--db", db, "payouts", "cancel", "1")
    assert code == 2 and err.count("\n") == 1 and "paid run cannot be cancelled" in err


@pytest.mark.parametrize(("args", "message"), [
    (["run", "--format", "paypal", "--out", "{tmp}/missing/x.csv"], "does not exist"),
    (["run", "--format", "paypal", "--out", "{tmp}"], "is a folder"),
    (["run", "--format", "csv", "--out", "{tmp}/x.csv", "--min", "lots"], "not an amount"),
    (["run", "--format", "csv", "--out", "{tmp}/x.csv", "--min", "100"], "nothing to pay"),
    (["run", "--format", "csv", "--out", "{tmp}/x.csv", "--workers", "ANOBODY"],
     "nothing is owed to ANOBODY"),
    (["mark-paid", "7"], "has no payout run 7"),
    (["cancel", "7"], "has no payout run 7"),
    (["payee", "AOWNWORKER0001", "--email", "not an address"], "not an e-mail address"),
    (["settings", "--fee-percent", "80"], "between 0% and 50%"),
])
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        message: str) -> None:
    code, _out, err = run(capsys, "--db", db, "payouts",
                         *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert code == 2 and message in err and err.count("\n") == 1, err
    assert not (tmp_path / "x.csv").exists()
    assert run(capsys, "--db", db, "payouts", "list")[1].startswith("No payout runs")


def test_settings_payees_and_a_euro_account(db: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--db", db, "payouts", "settings")
    assert code == 0 and "currency USD" in out and "none — your own workers" in out
    code, out, _err = run(capsys, "--db", db, "payouts", "settings", "--currency", "eur",
                          "--fee-percent", "2.9")
    assert code == 0 and "currency EUR" in out and "2.9% of rewards and bonuses" in out
    assert run(capsys, "--db", db, "payouts", "payee", "AOWNWORKER0005", "--email", "")[0] == 0
    code, out, err = run(capsys, "--db", db, "payouts", "run", "--format", "paypal", "--out",
                         str(tmp_path / "eur.csv"))
    assert code == 0 and "€7.40 to 4 worker(s)" in out
    assert "no payout e-mail address" in err and "The payout service's fee (2.9%)" in out
    code, _out, err = run(capsys, "--db", db, "payouts", "settings", "--currency", "GBP")
    assert code == 2 and "can no longer change" in err


def test_a_run_whose_file_cannot_be_written_exits_1_and_is_cancelled(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.services import payouts

    def refused(target: Path, content: bytes) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(payouts, "_write_payout_file", refused)
    code, _out, err = run(capsys, "--db", db, "payouts", "run", "--format", "csv", "--out",
                          str(tmp_path / "x.csv"))
    assert code == 1 and "Permission denied" in err and "cancelled" in err
    code, out, _err = run(capsys, "--db", db, "payouts", "list")
    assert "cancelled" in out
    monkeypatch.undo()
    code, out, _err = run(capsys, "--db", db, "payouts", "run", "--format", "csv", "--out",
                          str(tmp_path / "x.csv"))
    assert code == 0 and "$8.80 to 5 worker(s)" in out
