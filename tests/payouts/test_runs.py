"""Payout runs on the five-worker world: the ledger, the files, paid and cancelled runs."""

from __future__ import annotations

import csv
import errno
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.payouts.scenario import EARNED, WORKERS, World
from workbench.services import payouts
from workbench.services.accounts import add_account
from workbench.store.schema import PayoutItem


def claims_per_entry(world: World) -> dict[str, int]:
    """How many live runs claim each ledger entry."""
    with world.wb.store.read() as session:
        return dict(session.execute(
            select(PayoutItem.claim_key, func.count()).where(PayoutItem.claim_key.is_not(None))
            .group_by(PayoutItem.claim_key)).all())


def test_the_ledger_holds_what_each_worker_earned(world: World) -> None:
    balances = {b.worker_id: b for b in payouts.ledger(world.wb, world.account)}
    assert {w: b.earned_cents for w, b in balances.items()} == EARNED
    assert all(b.paid_cents == 0 and b.owed_cents == b.earned_cents for b in balances.values())
    assert balances["AOWNWORKER0003"].bonuses == 2
    assert balances["AOWNWORKER0001"].approved == 3  # one was rejected
    assert balances["AOWNWORKER0002"].email == "j.grossmann@example.de"


def test_a_paypal_run_pays_every_worker_once_and_matches_the_ledger(world: World,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "paypal.csv"
    outcome = payouts.start_run(world.wb, world.account, file_format="paypal", out=out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 5  # PayPal's file has no header row
    by_email = {row[0]: row for row in rows}
    for worker, (_name, email) in WORKERS.items():
        row = by_email[email]
        assert row[1] == f"{EARNED[worker] // 100}.{EARNED[worker] % 100:02d}"
        assert row[2] == "USD" and row[3] == worker and row[5] == "PAYPAL"
        assert f"payout-{outcome.run.id}" in row[4]
    total = sum(round(float(row[1]) * 100) for row in rows)
    assert total == outcome.run.total_cents == sum(EARNED.values())
    assert outcome.run.state == payouts.WRITTEN
    balances = payouts.ledger(world.wb, world.account)
    assert all(b.in_runs_cents == b.owed_cents and b.payable_cents == 0 for b in balances)
    assert set(claims_per_entry(world).values()) == {1}
    assert len(claims_per_entry(world)) == 18 + 3  # approved rewards and bonuses
    with pytest.raises(payouts.NothingToPay):
        payouts.start_run(world.wb, world.account, file_format="paypal",
                          out=tmp_path / "again.csv")
    assert not (tmp_path / "again.csv").exists()

    first = payouts.mark_paid(world.wb, world.account, outcome.run.id)
    again = payouts.mark_paid(world.wb, world.account, outcome.run.id)
    assert first.changed and not again.changed and again.run.paid_at == first.run.paid_at
    balances = payouts.ledger(world.wb, world.account)
    assert all(b.paid_cents == EARNED[b.worker_id] and b.owed_cents == 0 for b in balances)
    with pytest.raises(payouts.PayoutError, match="paid run cannot be cancelled"):
        payouts.cancel_run(world.wb, world.account, outcome.run.id)


def test_the_plain_csv_names_worker_email_amount_currency_and_reference(
        world: World, tmp_path: Path) -> None:
    out = tmp_path / "plain.csv"
    outcome = payouts.start_run(world.wb, world.account, file_format="csv", out=out,
                                worker_ids=["AOWNWORKER0003"])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows == [{"worker": "AOWNWORKER0003", "email": "ana.lima@example.com.br",
                     "amount": "3.40", "currency": "USD",
                     "reference": f"payout-{outcome.run.id}-AOWNWORKER0003"}]
    owed = {b.worker_id: b.payable_cents for b in payouts.ledger(world.wb, world.account)}
    assert owed["AOWNWORKER0003"] == 0 and owed["AOWNWORKER0004"] == EARNED["AOWNWORKER0004"]


def test_a_cancelled_run_gives_its_amounts_back_and_removes_its_file(world: World,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "run.csv"
    run = payouts.start_run(world.wb, world.account, file_format="paypal", out=out).run
    cancelled = payouts.cancel_run(world.wb, world.account, run.id, reason="wrong week")
    assert cancelled.run.state == payouts.CANCELLED and not out.exists()
    assert claims_per_entry(world) == {}
    assert all(b.payable_cents == b.owed_cents == b.earned_cents
               for b in payouts.ledger(world.wb, world.account))
    with pytest.raises(payouts.PayoutError, match="cancelled"):
        payouts.mark_paid(world.wb, world.account, run.id)
    second = payouts.start_run(world.wb, world.account, file_format="paypal",
                               out=tmp_path / "second.csv").run
    assert second.total_cents == sum(EARNED.values())
    assert set(claims_per_entry(world).values()) == {1}


def test_a_file_that_cannot_be_written_cancels_its_run(world: World, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(target: Path, content: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(payouts, "_write_payout_file", full_disk)
    with pytest.raises(payouts.PayoutFileError, match=r"No space left.*cancelled"):
        payouts.start_run(world.wb, world.account, file_format="csv", out=tmp_path / "x.csv")
    runs = payouts.list_runs(world.wb, world.account)
    assert [r.state for r in runs] == [payouts.CANCELLED]
    assert "could not be written" in runs[0].note
    assert claims_per_entry(world) == {}


def test_the_same_request_twice_makes_one_run(world: World, tmp_path: Path) -> None:
    first = payouts.start_run(world.wb, world.account, file_format="csv",
                              out=tmp_path / "a.csv", request_key="dialog-1")
    second = payouts.start_run(world.wb, world.account, file_format="csv",
                               out=tmp_path / "a.csv", request_key="dialog-1")
    assert second.repeated and second.run.id == first.run.id
    assert len(payouts.list_runs(world.wb, world.account)) == 1


def test_a_minimum_and_missing_addresses_leave_workers_out(world: World, tmp_path: Path) -> None:
    payouts.set_payee(world.wb, world.account, "AOWNWORKER0005", email="")
    outcome = payouts.start_run(world.wb, world.account, file_format="paypal",
                                out=tmp_path / "p.csv", minimum_cents=140)
    paid = {line.worker_id for line in outcome.lines}
    assert paid == {"AOWNWORKER0003", "AOWNWORKER0004"}
    left = dict(outcome.left_out)
    assert "below the minimum" in left["AOWNWORKER0001"]
    assert "no payout e-mail" in left["AOWNWORKER0005"]
    with pytest.raises(payouts.PayoutError, match="no payout e-mail address for AOWNWORKER0005"):
        payouts.start_run(world.wb, world.account, file_format="paypal",
                          out=tmp_path / "q.csv", worker_ids=["AOWNWORKER0005"])


def test_euros_are_written_as_paypal_documents_them(world: World, tmp_path: Path) -> None:
    account = payouts.set_payout_settings(world.wb, world.account, currency="eur",
                                          fee_percent="2.9")
    out = tmp_path / "eur.csv"
    run = payouts.start_run(world.wb, account, file_format="paypal", out=out,
                            worker_ids=["AOWNWORKER0001"]).run
    assert out.read_text(encoding="utf-8").startswith(
        'maria.fernandez@example.es,"1,05",EUR,AOWNWORKER0001,')
    assert run.currency == "EUR" and run.fee_percent == "2.9" and run.fee_cents == 3
    with pytest.raises(payouts.PayoutError, match="can no longer change"):
        payouts.set_payout_settings(world.wb, account, currency="GBP")


def test_mturk_accounts_have_no_payouts(world: World, tmp_path: Path) -> None:
    mturk = add_account(world.wb, "Real MTurk", "mturk")
    with pytest.raises(payouts.PayoutError, match="MTurk pays its workers"):
        payouts.ledger(world.wb, mturk)


def test_payout_addresses_come_from_the_worker_site_until_set_by_hand(world: World,
                                                                      tmp_path: Path) -> None:
    from sqlalchemy import delete, update

    from workbench.marketplace.local.schema import MarketWorker
    from workbench.store.schema import Payee

    engine = world.wb.market_engine(world.account.options.get("market_url"))
    with world.wb.store.session(write=True) as session:
        session.execute(delete(Payee).where(Payee.worker_id == "AOWNWORKER0005"))

    def invited_with(email: str) -> None:
        with engine.begin() as connection:
            connection.execute(update(MarketWorker).where(
                MarketWorker.worker_id == "AOWNWORKER0005").values(email=email))

    invited_with("seun@site.example.ng")
    balances = {b.worker_id: b for b in payouts.ledger(world.wb, world.account)}
    assert balances["AOWNWORKER0005"].email == "seun@site.example.ng"
    assert balances["AOWNWORKER0005"].name == "Oluwaseun Adébáyọ̀ Okonkwo-Richardson"
    invited_with("seun.new@site.example.ng")  # changed on the site: followed
    assert {b.worker_id: b.email for b in payouts.ledger(world.wb, world.account)}[
        "AOWNWORKER0005"] == "seun.new@site.example.ng"
    payouts.set_payee(world.wb, world.account, "AOWNWORKER0005", email="paypal@seun.example")
    invited_with("other@site.example.ng")  # set by hand here: the site no longer changes it
    outcome = payouts.start_run(world.wb, world.account, file_format="paypal",
                                out=tmp_path / "p.csv", worker_ids=["AOWNWORKER0005"])
    assert [line.email for line in outcome.lines] == ["paypal@seun.example"]
