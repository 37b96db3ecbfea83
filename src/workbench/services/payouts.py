"""Paying your own workers, exactly once: a ledger per worker, and payout runs.

With MTurk gone nobody pays a requester's own workers for them. The ledger is read from the
mirror: every approved assignment's reward and every bonus is an entry a worker earned. A
payout run claims entries: it is recorded first (which entries, how much per worker), in one
transaction, then its file is written for a payout service, then the requester marks it
paid once the service has paid. Each claim carries a unique ``claim_key`` naming its entry,
as the outbox's ``decision_key`` names a decision, so the database itself refuses to put an
amount into a second live run: a double click, a retry after a crash, or another process
starting a run at the same moment. Cancelling a run before it is paid gives its claims up
and the amounts are owed again. A run whose file could not be written is cancelled.

    earned = approved rewards + bonuses;  paid = claims of paid runs;  owed = earned - paid
    in runs = claims of runs not yet paid;  to pay = owed - in runs
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import String, and_, cast, exists, func, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.currency import currency_code, format_money
from workbench.domain.fee_schedules import (
    CURRENCY_OPTION,
    FEE_PERCENT_OPTION,
    FeeSchedule,
    account_currency,
    fee_schedule,
    is_own_workforce,
    parse_fee_percent,
    percent_text,
)
from workbench.domain.ids import request_token
from workbench.domain.statuses import AccountKind, AssignmentStatus
from workbench.domain.text import translate
from workbench.formats import payout_files
from workbench.services.accounts import AccountInfo, account_info
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.store.schema import (
    HIT,
    Account,
    Assignment,
    Bonus,
    Payee,
    PayoutItem,
    PayoutLine,
    PayoutRun,
)

log = logging.getLogger(__name__)

RECORDED, WRITTEN, PAID, CANCELLED = "recorded", "written", "paid", "cancelled"
OPEN_STATES = (RECORDED, WRITTEN)
REWARD, BONUS = "reward", "bonus"
# A run that lost a race for some amounts is worked out again from what is left.
CLAIM_ATTEMPTS = 5
# One address: no spaces or separators, and nothing a spreadsheet would take for a formula.
_ADDRESS_CHARS = r"[^@\s,;\"'<>()]"
EMAIL_PATTERN = re.compile(rf"^(?![=+\-@]){_ADDRESS_CHARS}+@{_ADDRESS_CHARS}+\.{_ADDRESS_CHARS}+$")
MAX_EMAIL = 254
MAX_NAME = 200


class PayoutError(ValueError):
    """A payout that cannot be made, marked or cancelled as asked; the message says why."""


class NothingToPay(PayoutError):
    """No worker is owed what the run asks for; nothing was recorded."""


class PayoutFileError(Exception):
    """The run's file could not be written; the run was cancelled (the message says so)."""


# -- keys and entries -------------------------------------------------------------------------

def claim_key(account_id: int, kind: str, ref: str | int) -> str:
    """The name of one ledger entry: an approved reward (by assignment) or a bonus (by row)."""
    return f"{kind}:{account_id}:{ref}"


def _reward_key(account_id: int) -> Any:
    return literal(f"{REWARD}:{account_id}:", String) + Assignment.assignment_id


def _bonus_key(account_id: int) -> Any:
    return literal(f"{BONUS}:{account_id}:", String) + cast(Bonus.id, String)


def _claimed(key: Any) -> Any:
    return exists().where(PayoutItem.claim_key == key)


@dataclass(frozen=True)
class Entry:
    """An amount a worker earned that no live run claims yet."""

    worker_id: str
    kind: str
    assignment_id: str
    bonus_id: int | None
    amount_cents: int

    def key(self, account_id: int) -> str:
        return claim_key(account_id, self.kind, self.assignment_id if self.kind == REWARD
                         else int(self.bonus_id or 0))


def _unclaimed_entries(session: Session, account_id: int,
                       worker_ids: Sequence[str] | None) -> list[Entry]:
    rewards = (select(Assignment.worker_id, Assignment.assignment_id, HIT.reward_cents)
               .join(HIT, HIT.id == Assignment.hit_pk)
               .where(Assignment.account_id == account_id,
                      Assignment.status == AssignmentStatus.APPROVED.value,
                      HIT.reward_cents > 0, ~_claimed(_reward_key(account_id))))
    bonuses = (select(Bonus.worker_id, Bonus.assignment_id, Bonus.id, Bonus.amount_cents)
               .where(Bonus.account_id == account_id, Bonus.amount_cents > 0,
                      ~_claimed(_bonus_key(account_id))))
    if worker_ids is not None:
        rewards = rewards.where(Assignment.worker_id.in_(list(worker_ids)))
        bonuses = bonuses.where(Bonus.worker_id.in_(list(worker_ids)))
    entries = [Entry(w, REWARD, a, None, int(c)) for w, a, c in
               session.execute(rewards.order_by(Assignment.id))]
    entries += [Entry(w, BONUS, a, int(b), int(c)) for w, a, b, c in
                session.execute(bonuses.order_by(Bonus.id))]
    return entries


# -- settings: currency and the payout service's fee --------------------------------------

@dataclass(frozen=True)
class PayoutSettings:
    """An own-workforce account's currency and the payout service's percentage."""

    currency: str
    fee_percent: Decimal

    @property
    def fee_text(self) -> str:
        return percent_text(self.fee_percent)


def _own_workforce(account: AccountInfo) -> None:
    if not is_own_workforce(account.kind):
        raise PayoutError(translate(
            "PayoutService", "{account} is an MTurk account: MTurk pays its workers itself; "
            "payouts are for your own workers (local or endpoint accounts)").format(
                account=account.name))


def payout_settings(account: AccountInfo) -> PayoutSettings:
    schedule = fee_schedule(account.kind, account.options)
    return PayoutSettings(account_currency(account.kind, account.options),
                          schedule.percent if schedule.percent is not None else Decimal(0))


def set_payout_settings(wb: Workbench, account: AccountInfo, *, currency: str | None = None,
                        fee_percent: str | Decimal | None = None) -> AccountInfo:
    """Change the account's currency (while no run was made) or its payout fee percentage."""
    _own_workforce(account)
    try:
        code = currency_code(currency) if currency is not None else None
        percent = parse_fee_percent(fee_percent) if fee_percent is not None else None
    except ValueError as exc:
        raise PayoutError(str(exc)) from None
    with wb.store.session(write=True) as session:
        row = session.get(Account, account.id)
        if row is None:
            raise PayoutError(f"account {account.name} is gone")
        options = dict(row.options or {})
        before = account_currency(row.kind, options)
        if code is not None and code != before:
            made = session.scalar(select(func.count()).select_from(PayoutRun).where(
                PayoutRun.account_id == account.id, PayoutRun.state != CANCELLED))
            if made:
                raise PayoutError(translate(
                    "PayoutService", "{account} has made payout runs in {currency}; its "
                    "currency can no longer change").format(account=account.name,
                                                            currency=before))
            options[CURRENCY_OPTION] = code
        if percent is not None:
            options[FEE_PERCENT_OPTION] = percent_text(percent)
        row.options = options
        record(session, actor=wb.actor, event="payouts.settings", subject=account.name,
               account_id=account.id, currency=options.get(CURRENCY_OPTION),
               fee_percent=options.get(FEE_PERCENT_OPTION))
        updated = account_info(row)
    if code is not None:
        _tell_site_currency(wb, updated)
    return updated


def _tell_site_currency(wb: Workbench, account: AccountInfo) -> None:
    if account.kind != AccountKind.LOCAL.value or not account.requester_id:
        return
    from workbench.marketplace.local.payouts import set_requester_currency

    set_requester_currency(wb.market_engine(account.options.get("market_url")),
                           account.requester_id, payout_settings(account).currency)


# -- payees ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PayeeInfo:
    worker_id: str
    email: str
    name: str


def check_email(email: str) -> str:
    """A payout address as given, or PayoutError: one address, no spaces or separators."""
    text = email.strip()
    if len(text) > MAX_EMAIL or not EMAIL_PATTERN.match(text):
        raise PayoutError(translate("PayoutService", "{email} is not an e-mail address a "
                                    "payout service can pay").format(email=repr(email)))
    return text


def set_payee(wb: Workbench, account: AccountInfo, worker_id: str, *, email: str | None = None,
              name: str | None = None) -> PayeeInfo:
    """Set the e-mail address (and name) a worker is paid at; "" clears the address."""
    _own_workforce(account)
    worker_id = worker_id.strip()
    if not worker_id:
        raise PayoutError(translate("PayoutService", "no worker given"))
    address = check_email(email) if email else ("" if email is not None else None)
    if name is not None and len(name) > MAX_NAME:
        raise PayoutError(translate("PayoutService", "a name is at most {most} characters")
                          .format(most=MAX_NAME))
    try:
        with wb.store.session(write=True) as session:
            payee = session.scalar(select(Payee).where(Payee.account_id == account.id,
                                                       Payee.worker_id == worker_id))
            if payee is None:
                payee = Payee(account_id=account.id, worker_id=worker_id, email="", name="",
                              updated_at=wb.clock(), updated_by=wb.actor)
                session.add(payee)
            if address is not None:
                payee.email = address
            if name is not None:
                payee.name = " ".join(name.split())
            payee.updated_at, payee.updated_by = wb.clock(), wb.actor
            record(session, actor=wb.actor, event="payouts.payee", subject=worker_id,
                   account_id=account.id, email=payee.email, name=payee.name)
            return PayeeInfo(worker_id, payee.email, payee.name)
    except IntegrityError:
        return set_payee(wb, account, worker_id, email=email, name=name)  # made meanwhile


# Payees filled in from the worker site's invitations carry this as their author: they follow
# the site until someone sets the worker's address here by hand.
SITE_ACTOR = "worker site"


def adopt_site_contacts(wb: Workbench, account: AccountInfo) -> int:
    """Take the names and e-mails a local marketplace's workers were invited with as their
    payout addresses (never over one set here by hand); returns how many changed."""
    if account.kind != AccountKind.LOCAL.value or not account.requester_id:
        return 0
    from workbench.marketplace.local.payouts import worker_contacts

    with wb.store.read() as session:
        workers = list(session.scalars(select(Assignment.worker_id).distinct().where(
            Assignment.account_id == account.id)))
        payees = {p.worker_id: (p.email, p.name, p.updated_by)
                  for p in session.scalars(select(Payee).where(Payee.account_id == account.id))}
    contacts = worker_contacts(wb.market_engine(account.options.get("market_url")), workers)
    changes = {worker: found for worker, found in contacts.items()
               if worker not in payees or (payees[worker][2] == SITE_ACTOR
                                           and payees[worker][:2] != (found[1], found[0]))}
    if not changes:
        return 0
    try:
        with wb.store.session(write=True) as session:
            mine = {p.worker_id: p for p in session.scalars(select(Payee).where(
                Payee.account_id == account.id, Payee.worker_id.in_(list(changes))))}
            for worker, (name, email) in changes.items():
                try:
                    address = check_email(email) if email else ""
                except PayoutError:
                    address = ""  # the site took it; a payout service would not
                payee = mine.get(worker)
                if payee is None:
                    session.add(Payee(account_id=account.id, worker_id=worker, email=address,
                                      name=name[:MAX_NAME], updated_at=wb.clock(),
                                      updated_by=SITE_ACTOR))
                elif payee.updated_by == SITE_ACTOR:
                    payee.email, payee.name = address, name[:MAX_NAME]
                    payee.updated_at = wb.clock()
    except IntegrityError:
        return 0  # another process adopted them at the same moment
    return len(changes)


def _payees(session: Session, account_id: int) -> dict[str, Payee]:
    return {p.worker_id: p for p in session.scalars(select(Payee).where(
        Payee.account_id == account_id))}


# -- the ledger ------------------------------------------------------------------------------

@dataclass(frozen=True)
class WorkerBalance:
    """One worker's ledger: what they earned, what was paid, what is owed."""

    worker_id: str
    email: str = ""
    name: str = ""
    approved: int = 0
    rewards_cents: int = 0
    bonuses: int = 0
    bonuses_cents: int = 0
    paid_cents: int = 0
    in_runs_cents: int = 0

    @property
    def earned_cents(self) -> int:
        return self.rewards_cents + self.bonuses_cents

    @property
    def owed_cents(self) -> int:
        return self.earned_cents - self.paid_cents

    @property
    def payable_cents(self) -> int:
        """Owed and in no run yet: what a new run would pay."""
        return self.owed_cents - self.in_runs_cents


def _balances(session: Session, account_id: int, worker_ids: Sequence[str] | None = None
              ) -> dict[str, WorkerBalance]:
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def narrowed(query: Any, column: Any) -> Any:
        return query.where(column.in_(list(worker_ids))) if worker_ids is not None else query

    for worker, count, cents in session.execute(narrowed(
            select(Assignment.worker_id, func.count(), func.sum(HIT.reward_cents))
            .join(HIT, HIT.id == Assignment.hit_pk)
            .where(Assignment.account_id == account_id,
                   Assignment.status == AssignmentStatus.APPROVED.value, HIT.reward_cents > 0)
            .group_by(Assignment.worker_id), Assignment.worker_id)):
        sums[worker]["approved"] += int(count)
        sums[worker]["rewards"] += int(cents or 0)
    for worker, count, cents in session.execute(narrowed(
            select(Bonus.worker_id, func.count(), func.sum(Bonus.amount_cents))
            .where(Bonus.account_id == account_id, Bonus.amount_cents > 0)
            .group_by(Bonus.worker_id), Bonus.worker_id)):
        sums[worker]["bonuses"] += int(count)
        sums[worker]["bonus_cents"] += int(cents or 0)
    for worker, state, cents in session.execute(narrowed(
            select(PayoutItem.worker_id, PayoutRun.state, func.sum(PayoutItem.amount_cents))
            .join(PayoutRun, PayoutRun.id == PayoutItem.run_id)
            .where(PayoutItem.account_id == account_id, PayoutItem.claim_key.is_not(None))
            .group_by(PayoutItem.worker_id, PayoutRun.state), PayoutItem.worker_id)):
        sums[worker]["paid" if state == PAID else "in_runs"] += int(cents or 0)
    payees = _payees(session, account_id)
    wanted = list(worker_ids) if worker_ids is not None else sorted(sums)
    out = {}
    for worker in wanted:
        found, payee = sums.get(worker, {}), payees.get(worker)
        out[worker] = WorkerBalance(
            worker, payee.email if payee else "", payee.name if payee else "",
            found.get("approved", 0), found.get("rewards", 0), found.get("bonuses", 0),
            found.get("bonus_cents", 0), found.get("paid", 0), found.get("in_runs", 0))
    return out


def balances_in(session: Session, account_id: int) -> dict[str, WorkerBalance]:
    """Every worker's ledger, read in ``session`` (the Excel export's one transaction)."""
    return _balances(session, account_id)


def run_lines_in(session: Session, account_id: int
                 ) -> Iterable[tuple[PayoutRunInfo, RunLine]]:
    """Every payment of every run of the account, run by run (oldest first)."""
    for line, run in session.execute(
            select(PayoutLine, PayoutRun).join(PayoutRun, PayoutRun.id == PayoutLine.run_id)
            .where(PayoutRun.account_id == account_id)
            .order_by(PayoutRun.id, PayoutLine.worker_id)):
        yield _run_info(run), RunLine(line.worker_id, line.email, line.name, line.amount_cents,
                                      line.entries, line.reference)


def ledger(wb: Workbench, account: AccountInfo, worker_ids: Sequence[str] | None = None
           ) -> list[WorkerBalance]:
    """Every worker who earned something (or the given ones), most owed first."""
    _own_workforce(account)
    adopt_site_contacts(wb, account)
    with wb.store.read() as session:
        balances = _balances(session, account.id, worker_ids)
    return sorted(balances.values(), key=lambda b: (-b.owed_cents, b.worker_id))


@dataclass(frozen=True)
class LedgerTotals:
    earned_cents: int = 0
    paid_cents: int = 0
    in_runs_cents: int = 0

    @property
    def owed_cents(self) -> int:
        return self.earned_cents - self.paid_cents


def ledger_totals(wb: Workbench, account: AccountInfo) -> LedgerTotals:
    """The account's totals: earned, paid, in runs and owed to all its workers."""
    balances = ledger(wb, account)
    return LedgerTotals(sum(b.earned_cents for b in balances),
                        sum(b.paid_cents for b in balances),
                        sum(b.in_runs_cents for b in balances))


# -- runs ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PayoutRunInfo:
    """A payout run as the rest of the workbench sees it."""

    id: int
    account_id: int
    state: str
    file_format: str
    currency: str
    total_cents: int
    workers: int
    entries: int
    minimum_cents: int
    fee_percent: str
    created_at: datetime
    created_by: str
    file_path: str | None
    file_written_at: datetime | None
    paid_at: datetime | None
    paid_by: str | None
    cancelled_at: datetime | None
    cancelled_by: str | None
    note: str
    site_recorded_at: datetime | None

    @property
    def reference(self) -> str:
        return run_reference(self.id)

    @property
    def open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def fee_cents(self) -> int:
        """What the payout service charges on top, at the run's percentage."""
        return FeeSchedule(Decimal(self.fee_percent or "0")).bonus_fee_cents(self.total_cents)

    @property
    def state_text(self) -> str:
        return {RECORDED: translate("PayoutService", "file not written"),
                WRITTEN: translate("PayoutService", "written, not paid yet"),
                PAID: translate("PayoutService", "paid"),
                CANCELLED: translate("PayoutService", "cancelled")}.get(self.state, self.state)


def run_reference(run_id: int) -> str:
    return f"payout-{run_id}"


def _run_info(row: PayoutRun) -> PayoutRunInfo:
    return PayoutRunInfo(
        row.id, row.account_id, row.state, row.file_format, row.currency, row.total_cents,
        row.workers, row.entries, row.minimum_cents, row.fee_percent, row.created_at,
        row.created_by, row.file_path, row.file_written_at, row.paid_at, row.paid_by,
        row.cancelled_at, row.cancelled_by, row.note, row.site_recorded_at)


@dataclass(frozen=True)
class RunLine:
    """One worker's payment in a run."""

    worker_id: str
    email: str
    name: str
    amount_cents: int
    entries: int
    reference: str


@dataclass(frozen=True)
class PlannedRun:
    """What a run would pay now: one line a worker, and who is left out and why."""

    currency: str
    lines: tuple[RunLine, ...]
    left_out: tuple[tuple[str, str], ...] = ()

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)


@dataclass(frozen=True)
class RunOutcome:
    """A run that was recorded (or found again by its request key) and whose file was written."""

    run: PayoutRunInfo
    lines: tuple[RunLine, ...]
    left_out: tuple[tuple[str, str], ...] = ()
    repeated: bool = False


def _check_format(file_format: str) -> str:
    if file_format not in payout_files.FORMATS:
        raise PayoutError(translate("PayoutService", "unknown payout file format {format}; use "
                                    "paypal or csv").format(format=repr(file_format)))
    return file_format


def _plan(session: Session, account: AccountInfo, *, file_format: str, minimum_cents: int,
          worker_ids: Sequence[str] | None, currency: str) -> tuple[PlannedRun, list[Entry]]:
    """Who a run would pay, from the entries no live run claims (read in ``session``)."""
    wanted = list(dict.fromkeys(w.strip() for w in worker_ids if w.strip())) \
        if worker_ids is not None else None
    entries = _unclaimed_entries(session, account.id, wanted)
    per_worker: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        per_worker[entry.worker_id].append(entry)
    if wanted is not None:
        nothing = [w for w in wanted if not per_worker.get(w)]
        if nothing:
            raise PayoutError(translate(
                "PayoutService", "nothing is owed to {workers} outside a payout run").format(
                    workers=", ".join(nothing[:5]) + (" …" if len(nothing) > 5 else "")))
    payees = _payees(session, account.id)
    lines: list[RunLine] = []
    left_out: list[tuple[str, str]] = []
    missing: list[str] = []
    claimed: list[Entry] = []
    for worker in sorted(per_worker):
        mine = per_worker[worker]
        amount = sum(e.amount_cents for e in mine)
        payee = payees.get(worker)
        email = payee.email if payee else ""
        if amount < minimum_cents:
            left_out.append((worker, translate("PayoutService", "owed {amount}, below the "
                                               "minimum").format(
                amount=format_money(amount, currency))))
            continue
        if file_format == payout_files.PAYPAL and not email:
            missing.append(worker)
            left_out.append((worker, translate("PayoutService", "no payout e-mail address")))
            continue
        lines.append(RunLine(worker, email, payee.name if payee else "", amount, len(mine), ""))
        claimed += mine
    if wanted is not None and missing:
        raise PayoutError(translate(
            "PayoutService", "no payout e-mail address for {workers}: set one first "
            "(workbench payouts payee WORKER --email ADDRESS)").format(
                workers=", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")))
    if file_format == payout_files.PAYPAL and len(lines) > payout_files.PAYPAL_MAX_ROWS:
        raise PayoutError(translate(
            "PayoutService", "{count} workers are more than PayPal takes in one file ({most}); "
            "raise the minimum or choose workers").format(
                count=f"{len(lines):,}", most=f"{payout_files.PAYPAL_MAX_ROWS:,}"))
    return PlannedRun(currency, tuple(lines), tuple(left_out)), claimed


def plan_run(wb: Workbench, account: AccountInfo, *, file_format: str = payout_files.PAYPAL,
             minimum_cents: int = 1, worker_ids: Sequence[str] | None = None) -> PlannedRun:
    """What a run would pay if it were made now (nothing is recorded)."""
    _own_workforce(account)
    _check_format(file_format)
    adopt_site_contacts(wb, account)
    with wb.store.read() as session:
        plan, _entries = _plan(session, account, file_format=file_format,
                               minimum_cents=max(1, minimum_cents), worker_ids=worker_ids,
                               currency=payout_settings(account).currency)
    return plan


def _record(wb: Workbench, account: AccountInfo, *, file_format: str, minimum_cents: int,
            worker_ids: Sequence[str] | None, token: str) -> tuple[int, PlannedRun]:
    """Record a run and claim its entries, all in one transaction; returns its id and plan."""
    settings = payout_settings(account)
    with wb.store.session(write=True) as session:
        plan, entries = _plan(session, account, file_format=file_format,
                              minimum_cents=minimum_cents, worker_ids=worker_ids,
                              currency=settings.currency)
        if not plan.lines:
            raise NothingToPay(_nothing_to_pay(plan, minimum_cents, settings.currency))
        run = PayoutRun(account_id=account.id, state=RECORDED, file_format=file_format,
                        currency=settings.currency, total_cents=plan.total_cents,
                        workers=len(plan.lines), entries=len(entries),
                        minimum_cents=minimum_cents, fee_percent=settings.fee_text,
                        request_token=token, created_at=wb.clock(), created_by=wb.actor,
                        note="")
        session.add(run)
        session.flush()
        reference = run_reference(run.id)
        lines = tuple(RunLine(line.worker_id, line.email, line.name, line.amount_cents,
                              line.entries, f"{reference}-{line.worker_id}")
                      for line in plan.lines)
        session.add_all(PayoutLine(run_id=run.id, account_id=account.id,
                                   worker_id=line.worker_id, email=line.email, name=line.name,
                                   amount_cents=line.amount_cents, entries=line.entries,
                                   reference=line.reference) for line in lines)
        session.add_all(PayoutItem(run_id=run.id, account_id=account.id,
                                   worker_id=entry.worker_id, kind=entry.kind,
                                   assignment_id=entry.assignment_id, bonus_id=entry.bonus_id,
                                   amount_cents=entry.amount_cents,
                                   claim_key=entry.key(account.id)) for entry in entries)
        # The claims reach the database here: a claim another run holds fails the whole run.
        session.flush()
        record(session, actor=wb.actor, event="payouts.recorded", subject=reference,
               account_id=account.id, run_id=run.id, total_cents=plan.total_cents,
               currency=settings.currency, workers=len(lines), entries=len(entries),
               file_format=file_format)
        return run.id, PlannedRun(plan.currency, lines, plan.left_out)


def _nothing_to_pay(plan: PlannedRun, minimum_cents: int, currency: str) -> str:
    if plan.left_out:
        return translate(
            "PayoutService", "nothing to pay: {count} worker(s) are owed, none at least {minimum} "
            "with a payout address ({first}: {why})").format(
                count=len(plan.left_out), minimum=format_money(minimum_cents, currency),
                first=plan.left_out[0][0], why=plan.left_out[0][1])
    return translate("PayoutService", "nothing to pay: no worker is owed anything outside a "
                     "payout run")


def _by_token(wb: Workbench, token: str) -> PayoutRunInfo | None:
    with wb.store.read() as session:
        row = session.scalar(select(PayoutRun).where(PayoutRun.request_token == token))
        return _run_info(row) if row is not None else None


def _check_target(out: str | Path) -> Path:
    """The file to write: a regular file or a new name in a folder that exists (a device,
    a pipe or a folder would be replaced by the finished file), as exports require."""
    from workbench.services.export import ExportError, check_target

    if not str(out).strip():
        raise PayoutError(translate("PayoutService", "no file given for the payout file"))
    try:
        return check_target(out)
    except ExportError as exc:
        raise PayoutError(str(exc)) from None


def start_run(wb: Workbench, account: AccountInfo, *, file_format: str, out: str | Path,
              minimum_cents: int = 1, worker_ids: Sequence[str] | None = None,
              request_key: str | None = None) -> RunOutcome:
    """Record a run of what is owed, then write its file; a repeat of ``request_key`` is a no-op.

    Bad input (an unknown format, a missing folder, nothing to pay) changes nothing. A file
    that cannot be written cancels the run (PayoutFileError): it is never left half made.
    """
    _own_workforce(account)
    _check_format(file_format)
    target = _check_target(out)
    if minimum_cents < 0:
        raise PayoutError(translate("PayoutService", "the minimum cannot be negative"))
    token = request_key or request_token()
    earlier = _by_token(wb, token)
    if earlier is not None:
        return RunOutcome(earlier, tuple(run_lines(wb, account, earlier.id)), repeated=True)
    adopt_site_contacts(wb, account)
    for attempt in range(CLAIM_ATTEMPTS):
        try:
            run_id, plan = _record(wb, account, file_format=file_format,
                                   minimum_cents=max(1, minimum_cents),
                                   worker_ids=worker_ids, token=token)
            break
        except IntegrityError:
            # Another run (a second click, another process) claimed some of these amounts
            # first, or recorded this very request: work it out again from what is left.
            earlier = _by_token(wb, token)
            if earlier is not None:
                return RunOutcome(earlier, tuple(run_lines(wb, account, earlier.id)),
                                  repeated=True)
            log.info("payout run lost a race for its amounts (attempt %d)", attempt + 1)
    else:
        raise PayoutError(translate("PayoutService", "other payout runs kept claiming the same "
                                    "amounts; try again"))
    run = write_run_file(wb, account, run_id, target, cancel_on_failure=True)
    return RunOutcome(run, plan.lines, plan.left_out)


def _rows(account: AccountInfo, run: PayoutRun, lines: Iterable[PayoutLine]
          ) -> list[payout_files.PayoutRow]:
    note = (f"Payment from {account.name} for your approved work and bonuses "
            f"({run_reference(run.id)})")
    return [payout_files.PayoutRow(line.worker_id, line.email, line.amount_cents, run.currency,
                                   line.reference, note) for line in lines]


def _write_atomically(target: Path, content: bytes) -> None:
    """The whole file or none: written beside the target, flushed to disk, then renamed."""
    handle, temp_name = tempfile.mkstemp(prefix=".payout-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_run_file(wb: Workbench, account: AccountInfo, run_id: int, out: str | Path, *,
                   cancel_on_failure: bool = False) -> PayoutRunInfo:
    """Write (or write again) the file of a run that is not paid or cancelled."""
    _own_workforce(account)
    target = _check_target(out)
    with wb.store.read() as session:
        run = _own_run(session, account, run_id)
        if run.state == PAID:
            raise PayoutError(translate("PayoutService", "run {run} is paid; its file is not "
                                        "written again").format(run=run_id))
        if run.state == CANCELLED:
            raise PayoutError(translate("PayoutService", "run {run} was cancelled; it has no "
                                        "file").format(run=run_id))
        lines = list(session.scalars(select(PayoutLine).where(PayoutLine.run_id == run_id)
                                     .order_by(PayoutLine.worker_id)))
        content = payout_files.render(run.file_format, _rows(account, run, lines))
    try:
        _write_payout_file(target, content)
    except OSError as exc:
        reason = translate("PayoutService", "the file {target} could not be written: {error}"
                           ).format(target=target, error=exc.strerror or exc)
        if cancel_on_failure:
            cancel_run(wb, account, run_id, reason=reason, _file_check=False)
            raise PayoutFileError(translate("PayoutService", "{reason}; run {run} was cancelled "
                                            "and its amounts are owed again").format(
                reason=reason, run=run_id)) from None
        raise PayoutFileError(reason) from None
    digest = hashlib.sha256(content).hexdigest()
    with wb.store.session(write=True) as session:
        row = _own_run(session, account, run_id, lock=True)
        if row.state == CANCELLED:
            # Cancelled by someone else while the file was being written: that file must not
            # be uploaded, since its amounts are owed again.
            target.unlink(missing_ok=True)
            raise PayoutError(translate("PayoutService", "run {run} was cancelled meanwhile; "
                                        "its file was removed").format(run=run_id))
        if row.state == RECORDED:
            row.state = WRITTEN
        row.file_path, row.file_sha256, row.file_written_at = str(target), digest, wb.clock()
        record(session, actor=wb.actor, event="payouts.file_written", subject=str(target),
               account_id=account.id, run_id=run_id, file_format=row.file_format)
        return _run_info(row)


def _write_payout_file(target: Path, content: bytes) -> None:
    """Write the file (a seam the crash tests replace with a process that dies)."""
    _write_atomically(target, content)


def _own_run(session: Session, account: AccountInfo, run_id: int, *, lock: bool = False
             ) -> PayoutRun:
    query = select(PayoutRun).where(PayoutRun.id == run_id,
                                    PayoutRun.account_id == account.id)
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise PayoutError(translate("PayoutService", "{account} has no payout run {run}").format(
            account=account.name, run=run_id))
    return row


@dataclass(frozen=True)
class MarkOutcome:
    run: PayoutRunInfo
    changed: bool
    site_told: bool = False


def mark_paid(wb: Workbench, account: AccountInfo, run_id: int) -> MarkOutcome:
    """The payout service paid the run: mark it paid (a second mark changes nothing)."""
    _own_workforce(account)
    with wb.store.session(write=True) as session:
        row = _own_run(session, account, run_id, lock=True)
        if row.state == PAID:
            return MarkOutcome(_run_info(row), changed=False)
        if row.state == CANCELLED:
            raise PayoutError(translate("PayoutService", "run {run} was cancelled; its amounts "
                                        "are owed again and may be in another run").format(
                run=run_id))
        if row.state == RECORDED:
            raise PayoutError(translate(
                "PayoutService", "run {run}'s file was never written: write it first "
                "(workbench payouts write {run} --out FILE) or cancel the run").format(
                    run=run_id))
        row.state, row.paid_at, row.paid_by = PAID, wb.clock(), wb.actor
        record(session, actor=wb.actor, event="payouts.paid", subject=run_reference(run_id),
               account_id=account.id, run_id=run_id, total_cents=row.total_cents,
               currency=row.currency)
        info = _run_info(row)
    told = publish_paid_runs(wb, account) > 0
    return MarkOutcome(info, changed=True, site_told=told)


def cancel_run(wb: Workbench, account: AccountInfo, run_id: int, *, reason: str = "",
               _file_check: bool = True) -> MarkOutcome:
    """Cancel a run that is not paid: its amounts are owed again; its file is deleted."""
    _own_workforce(account)
    with wb.store.session(write=True) as session:
        row = _own_run(session, account, run_id, lock=True)
        if row.state == CANCELLED:
            return MarkOutcome(_run_info(row), changed=False)
        if row.state == PAID:
            raise PayoutError(translate("PayoutService", "run {run} is paid; a paid run cannot "
                                        "be cancelled").format(run=run_id))
        row.state, row.cancelled_at, row.cancelled_by = CANCELLED, wb.clock(), wb.actor
        row.note = reason.strip()
        session.execute(update(PayoutItem).where(PayoutItem.run_id == run_id)
                        .values(claim_key=None))
        record(session, actor=wb.actor, event="payouts.cancelled",
               subject=run_reference(run_id), account_id=account.id, run_id=run_id,
               reason=row.note)
        info = _run_info(row)
        written, digest = row.file_path, row.file_sha256
    if _file_check and written and digest:
        _remove_if_unchanged(Path(written), digest)
    return MarkOutcome(info, changed=True)


def _remove_if_unchanged(path: Path, digest: str) -> None:
    """A cancelled run's file must not be uploaded later: remove it if it is still ours."""
    try:
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == digest:
            path.unlink()
    except OSError as exc:
        log.warning("could not remove the cancelled run's file %s: %s", path, exc)


def list_runs(wb: Workbench, account: AccountInfo, *, worker_id: str | None = None,
              limit: int = 1000) -> list[PayoutRunInfo]:
    """The account's runs, newest first (only those paying ``worker_id``, if given)."""
    _own_workforce(account)
    with wb.store.read() as session:
        query = (select(PayoutRun).where(PayoutRun.account_id == account.id)
                 .order_by(PayoutRun.id.desc()).limit(limit))
        if worker_id:
            query = query.where(PayoutRun.id.in_(select(PayoutLine.run_id).where(
                PayoutLine.account_id == account.id, PayoutLine.worker_id == worker_id)))
        return [_run_info(r) for r in session.scalars(query)]


def run_lines(wb: Workbench, account: AccountInfo, run_id: int) -> list[RunLine]:
    with wb.store.read() as session:
        _own_run(session, account, run_id)
        return [RunLine(r.worker_id, r.email, r.name, r.amount_cents, r.entries, r.reference)
                for r in session.scalars(select(PayoutLine).where(PayoutLine.run_id == run_id)
                                         .order_by(PayoutLine.worker_id))]


@dataclass(frozen=True)
class WorkerPayout:
    """One payout of a worker's history: the run and the worker's amount in it."""

    run: PayoutRunInfo
    amount_cents: int
    entries: int


def worker_history(wb: Workbench, account: AccountInfo, worker_id: str) -> list[WorkerPayout]:
    """Every run that paid (or is paying) the worker, newest first."""
    _own_workforce(account)
    with wb.store.read() as session:
        return [WorkerPayout(_run_info(run), line.amount_cents, line.entries)
                for line, run in session.execute(
                    select(PayoutLine, PayoutRun).join(PayoutRun, PayoutRun.id == PayoutLine.run_id)
                    .where(PayoutLine.account_id == account.id,
                           PayoutLine.worker_id == worker_id)
                    .order_by(PayoutRun.id.desc()))]


# -- the worker site -------------------------------------------------------------------------

def publish_paid_runs(wb: Workbench, account: AccountInfo) -> int:
    """Tell a local marketplace's worker site about paid runs it has not heard of; returns how many.

    Recording there is idempotent (keyed by the run's reference), so a crash between telling
    the site and noting it here only means telling it again. Endpoint accounts have no way to
    tell their site through MTurk's API.
    """
    if account.kind != AccountKind.LOCAL.value or not account.requester_id:
        return 0
    from workbench.marketplace.local.payouts import PayoutLine as SiteLine
    from workbench.marketplace.local.payouts import record_payouts

    with wb.store.read() as session:
        pending = [(run.id, run.currency, run.paid_at or run.created_at,
                    [SiteLine(line.worker_id, line.amount_cents)
                     for line in session.scalars(select(PayoutLine).where(
                         PayoutLine.run_id == run.id))])
                   for run in session.scalars(select(PayoutRun).where(
                       PayoutRun.account_id == account.id, PayoutRun.state == PAID,
                       PayoutRun.site_recorded_at.is_(None)).order_by(PayoutRun.id))]
    if not pending:
        return 0
    engine = wb.market_engine(account.options.get("market_url"))
    _tell_site_currency(wb, account)
    for run_id, currency, paid_at, lines in pending:
        record_payouts(engine, account.requester_id, run_reference(run_id), lines, currency,
                       paid_at)
        with wb.store.session(write=True) as session:
            session.execute(update(PayoutRun).where(PayoutRun.id == run_id,
                                                    PayoutRun.site_recorded_at.is_(None))
                            .values(site_recorded_at=wb.clock()))
    return len(pending)


# -- for other pages: what each worker is owed -------------------------------------------------

@dataclass
class OwedSummary:
    """What the account owes its workers, for the status bar."""

    currency: str
    owed_cents: int = 0
    workers: int = 0
    open_runs: int = 0


def owed_summary(wb: Workbench, account: AccountInfo) -> OwedSummary:
    balances = ledger(wb, account)
    with wb.store.read() as session:
        open_runs = int(session.scalar(select(func.count()).select_from(PayoutRun).where(
            PayoutRun.account_id == account.id, PayoutRun.state.in_(OPEN_STATES))) or 0)
    owed = [b for b in balances if b.owed_cents > 0]
    return OwedSummary(payout_settings(account).currency, sum(b.owed_cents for b in owed),
                       len(owed), open_runs)


def earned_expression(account_id_column: Any, worker_column: Any, correlate: Any
                      ) -> tuple[Any, Any, Any]:
    """SQL for a table of workers (``correlate``): (earned, paid, owed) cents of a row's worker."""
    rewards = (select(func.coalesce(func.sum(HIT.reward_cents), 0))
               .select_from(Assignment).join(HIT, HIT.id == Assignment.hit_pk)
               .where(Assignment.account_id == account_id_column,
                      Assignment.worker_id == worker_column,
                      Assignment.status == AssignmentStatus.APPROVED.value,
                      HIT.reward_cents > 0)
               .correlate(correlate).scalar_subquery())
    bonuses = (select(func.coalesce(func.sum(Bonus.amount_cents), 0))
               .where(Bonus.account_id == account_id_column, Bonus.worker_id == worker_column,
                      Bonus.amount_cents > 0)
               .correlate(correlate).scalar_subquery())
    paid = (select(func.coalesce(func.sum(PayoutItem.amount_cents), 0))
            .join(PayoutRun, PayoutRun.id == PayoutItem.run_id)
            .where(and_(PayoutItem.account_id == account_id_column,
                        PayoutItem.worker_id == worker_column,
                        PayoutItem.claim_key.is_not(None), PayoutRun.state == PAID))
            .correlate(correlate).scalar_subquery())
    earned = rewards + bonuses
    return earned, paid, earned - paid
