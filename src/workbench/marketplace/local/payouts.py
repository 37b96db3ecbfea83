"""What a requester paid its workers outside the marketplace, so the worker site can show it.

The local marketplace books a reward or bonus the moment it is approved (``mk_payments``),
but an own workforce is paid by the requester's payout runs, through a payout service. When
a run is marked paid the workbench records it here, one row per worker, keyed by the run's
reference: recording the same run again adds nothing. A worker's earnings page then shows
what each requester owes them (earned less paid) and every payout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, Index, String, UniqueConstraint, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from workbench.domain.currency import DEFAULT_CURRENCY
from workbench.marketplace.local.schema import ID, MarketBase, Payment, Requester
from workbench.sql.engine import session_scope


class MarketPayout(MarketBase):
    """A payment a requester made to a worker itself (a payout run it marked paid)."""

    __tablename__ = "mk_payouts"
    __table_args__ = (
        UniqueConstraint("requester_id", "reference", "worker_id"),
        Index("ix_mk_payouts_worker", "worker_id", "seq"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    requester_id: Mapped[str] = mapped_column(ID)
    worker_id: Mapped[str] = mapped_column(ID)
    reference: Mapped[str] = mapped_column(String(100))
    amount_cents: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    paid_at: Mapped[datetime]


class RequesterCurrency(MarketBase):
    """The currency a requester pays its workers in (US dollars unless it said otherwise)."""

    __tablename__ = "mk_requester_currencies"

    requester_id: Mapped[str] = mapped_column(ID, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))


@dataclass(frozen=True)
class PayoutLine:
    """One worker's amount in a paid run."""

    worker_id: str
    amount_cents: int


def record_payouts(engine: Engine, requester_id: str, reference: str,
                   lines: Sequence[PayoutLine], currency: str, paid_at: datetime) -> int:
    """Record a paid run for the worker site (again: nothing added); returns the rows added."""
    sessions = sessionmaker(engine, expire_on_commit=False)
    try:
        with session_scope(sessions, write=True) as session:
            known = set(session.scalars(select(MarketPayout.worker_id).where(
                MarketPayout.requester_id == requester_id,
                MarketPayout.reference == reference)))
            added = [MarketPayout(requester_id=requester_id, worker_id=line.worker_id,
                                  reference=reference, amount_cents=line.amount_cents,
                                  currency=currency, paid_at=paid_at)
                     for line in lines if line.worker_id not in known]
            session.add_all(added)
            return len(added)
    except IntegrityError:
        return 0  # another process recorded the same run at the same moment


def set_requester_currency(engine: Engine, requester_id: str, currency: str) -> None:
    """Say which currency this requester's amounts are in, for the worker site."""
    sessions = sessionmaker(engine, expire_on_commit=False)
    with session_scope(sessions, write=True) as session:
        found = session.get(RequesterCurrency, requester_id)
        if found is None:
            session.add(RequesterCurrency(requester_id=requester_id, currency=currency))
        else:
            found.currency = currency


@dataclass(frozen=True)
class RequesterBalance:
    """What one requester owes a worker: earned (approved rewards and bonuses) less paid."""

    requester_name: str
    currency: str
    earned_cents: int
    paid_cents: int

    @property
    def owed_cents(self) -> int:
        return self.earned_cents - self.paid_cents


@dataclass(frozen=True)
class PayoutRecord:
    """One payout the worker received."""

    requester_name: str
    amount_cents: int
    currency: str
    reference: str
    paid_at: datetime


@dataclass(frozen=True)
class WorkerPayouts:
    """A worker's balances with each requester and the payouts behind them, newest first."""

    balances: tuple[RequesterBalance, ...]
    payouts: tuple[PayoutRecord, ...]

    def totals(self, which: str) -> dict[str, int]:
        """Earned, paid or owed summed per currency (requesters may pay in different ones)."""
        out: dict[str, int] = {}
        for balance in self.balances:
            value = {"earned": balance.earned_cents, "paid": balance.paid_cents,
                     "owed": balance.owed_cents}[which]
            out[balance.currency] = out.get(balance.currency, 0) + value
        return out


def worker_payouts(session: Session, worker_id: str, *, limit: int = 100) -> WorkerPayouts:
    """What each requester owes the worker and what it paid them."""
    earned = dict(session.execute(
        select(Payment.requester_id, func.sum(Payment.amount_cents))
        .where(Payment.worker_id == worker_id).group_by(Payment.requester_id)).all())
    paid = dict(session.execute(
        select(MarketPayout.requester_id, func.sum(MarketPayout.amount_cents))
        .where(MarketPayout.worker_id == worker_id).group_by(MarketPayout.requester_id)).all())
    requesters = set(earned) | set(paid)
    names = dict(session.execute(select(Requester.requester_id, Requester.name).where(
        Requester.requester_id.in_(requesters))).all()) if requesters else {}
    currencies = dict(session.execute(
        select(RequesterCurrency.requester_id, RequesterCurrency.currency).where(
            RequesterCurrency.requester_id.in_(requesters))).all()) if requesters else {}
    balances = tuple(sorted(
        (RequesterBalance(names.get(r) or r, currencies.get(r, DEFAULT_CURRENCY),
                          int(earned.get(r) or 0), int(paid.get(r) or 0)) for r in requesters),
        key=lambda b: (-b.owed_cents, b.requester_name)))
    rows = session.execute(
        select(MarketPayout, Requester.name)
        .outerjoin(Requester, Requester.requester_id == MarketPayout.requester_id)
        .where(MarketPayout.worker_id == worker_id)
        .order_by(MarketPayout.seq.desc()).limit(limit)).all()
    payouts = tuple(PayoutRecord(name or p.requester_id, p.amount_cents, p.currency,
                                 p.reference, p.paid_at) for p, name in rows)
    return WorkerPayouts(balances, payouts)


def worker_contacts(engine: Engine, worker_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(name, e-mail) the workers were invited with, for those who gave any."""
    from workbench.marketplace.local.schema import MarketWorker

    found: dict[str, tuple[str, str]] = {}
    wanted = list(dict.fromkeys(worker_ids))
    sessions = sessionmaker(engine, expire_on_commit=False)
    with session_scope(sessions) as session:
        for start in range(0, len(wanted), 500):
            for worker_id, name, email in session.execute(
                    select(MarketWorker.worker_id, MarketWorker.display_name, MarketWorker.email)
                    .where(MarketWorker.worker_id.in_(wanted[start:start + 500]))):
                if name or email:
                    found[worker_id] = (name or "", email or "")
    return found
