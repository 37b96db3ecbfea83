"""Hundreds of own workers with long, non-ASCII names, written straight into a store: what
the screenshots of the payout screens show (a real store would have come there by sync)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from workbench.services import payouts
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.store.schema import HIT, Assignment, Bonus, Worker

FIRST = ("María José", "Jürgen", "Ana", "小龍", "Oluwaseun Adébáyọ̀", "Zoë", "Łukasz", "Søren",
         "Nguyễn Thị", "Αλέξανδρος", "Иван", "Siobhán", "Björk", "Mohammed Abdul-Rahman")
LAST = ("Fernández-Ollero de la Cruz", "Großmann", "Lima", "李", "Okonkwo-Richardson",
        "Müller-Lüdenscheidt", "Wiśniewski", "Kierkegaard", "Minh Khai", "Παπαδόπουλος",
        "Кузнецов", "Ní Bhriain", "Guðmundsdóttir", "Al-Farsi")
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def fill(wb: Workbench, *, workers: int = 300, folder: Path) -> AccountInfo:
    """``workers`` workers, each with approved work, some with bonuses, most with e-mails; a
    paid run, a run written and not yet paid, and a cancelled one."""
    account = get_account(wb)
    ids = [f"A{index:03d}OWN{index * 7919 % 100000:05d}" for index in range(workers)]
    with wb.store.session(write=True) as session:
        hits = []
        for number in range(40):
            hit = HIT(account_id=account.id, hit_id=f"3BIGHIT{number:023d}", hit_type_id="T",
                      title="Transcribe a handwritten receipt (Kassenbon, reçu, レシート)",
                      reward_cents=35 + 5 * (number % 18), max_assignments=workers,
                      status="Reviewable", creation_time=NOW - timedelta(days=20))
            session.add(hit)
            hits.append(hit)
        session.flush()
        for index, worker in enumerate(ids):
            session.add(Worker(account_id=account.id, worker_id=worker,
                               first_seen=NOW - timedelta(days=19),
                               last_seen=NOW - timedelta(hours=index % 90)))
            for number in range(2 + index % 9):
                hit = hits[(index + number) % len(hits)]
                status = "Rejected" if (index + number) % 23 == 0 else "Approved"
                session.add(Assignment(
                    account_id=account.id, assignment_id=f"3BIGASG{index:05d}{number:03d}"
                    .ljust(30, "0"), hit_pk=hit.id, worker_id=worker, status=status,
                    submit_time=NOW - timedelta(days=5, minutes=index),
                    approval_time=NOW - timedelta(days=4) if status == "Approved" else None,
                    rejection_time=NOW - timedelta(days=4) if status == "Rejected" else None,
                    work_time_s=60 + index % 400))
            if index % 7 == 0:
                session.add(Bonus(account_id=account.id, worker_id=worker,
                                  assignment_id=f"3BIGASG{index:05d}000".ljust(30, "0"),
                                  amount_cents=50 + 25 * (index % 5), reason="Careful work",
                                  grant_time=NOW - timedelta(days=3)))
    for index, worker in enumerate(ids):
        name = f"{FIRST[index % len(FIRST)]} {LAST[(index * 5) % len(LAST)]}"
        email = "" if index % 17 == 5 else \
            f"{'payouts.' if index % 3 else ''}worker{index:03d}@example-cooperative.org"
        payouts.set_payee(wb, account, worker, email=email, name=name)
    paid = payouts.start_run(wb, account, file_format="paypal", out=folder / "week-48.csv",
                             worker_ids=[w for i, w in enumerate(ids[:60]) if i % 17 != 5])
    payouts.mark_paid(wb, account, paid.run.id)
    cancelled = payouts.start_run(wb, account, file_format="csv", out=folder / "wrong.csv",
                                  worker_ids=ids[60:70])
    payouts.cancel_run(wb, account, cancelled.run.id, reason="Made for the wrong week")
    payouts.start_run(wb, account, file_format="paypal", out=folder / "week-49.csv",
                      worker_ids=[w for i, w in enumerate(ids[60:120], start=60)
                                  if i % 17 != 5])
    return get_account(wb)
