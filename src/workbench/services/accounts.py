"""Accounts: which marketplaces the requester works on, and which one is the default."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.statuses import AccountKind
from workbench.domain.text import translate
from workbench.marketplace.local.market import (
    create_requester,
    forget_requester,
    rename_requester,
)
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.store.schema import Account

DEFAULT_LOCAL_ACCOUNT = "local"
# MTurk stopped serving requesters on this day: an archive of it is history.
MTURK_CLOSED = date(2026, 9, 30)


class AccountError(ValueError):
    """An account that cannot be added or found; the message says why."""


class AccountExists(AccountError):
    """An account of that name is there already (perhaps added by another process just now)."""


class ArchiveAccountError(AccountError):
    """Something only a live marketplace can do, asked of an MTurk archive."""


def archive_refusal(name: str, doing: str) -> str:
    """Why an MTurk archive cannot sync, decide, pay or publish, in one line.

    ``doing`` is "sync", "publish" or anything else (a decision or a payment).
    """
    closed = f"{MTURK_CLOSED:%Y-%m-%d}"
    if doing == "sync":
        text = translate("AccountService", "{name} is an MTurk archive: there is no marketplace "
                         "to sync with (MTurk closed on {closed}); its work comes from imported "
                         "files (import-results)")
    elif doing == "publish":
        text = translate("AccountService", "{name} is an MTurk archive: nothing can be published "
                         "there (MTurk closed on {closed}); publish to a local account instead")
    else:
        text = translate("AccountService", "{name} is an MTurk archive: its work was decided and "
                         "paid on MTurk, which closed on {closed}; nothing is approved, rejected, "
                         "paid or sent from it")
    return text.format(name=repr(name), closed=closed)


def refuse_archive(account: AccountInfo, doing: str) -> None:
    """Raise ArchiveAccountError for an MTurk archive (see ``archive_refusal``)."""
    if account.is_archive:
        raise ArchiveAccountError(archive_refusal(account.name, doing))


@dataclass(frozen=True)
class AccountInfo:
    """An account as the rest of the workbench sees it (no ORM, no secrets)."""

    id: int
    name: str
    kind: str
    endpoint_url: str | None
    aws_profile: str | None
    requester_id: str | None
    is_default: bool
    created_at: datetime
    last_synced_at: datetime | None
    balance_cents: int | None
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def moves_real_money(self) -> bool:
        return AccountKind(self.kind).moves_real_money

    @property
    def is_archive(self) -> bool:
        """An MTurk archive: history, never live money; nothing is sent from it."""
        return AccountKind(self.kind).is_archive

    @property
    def kind_label(self) -> str:
        return {
            AccountKind.LOCAL: "Local marketplace",
            AccountKind.MTURK_SANDBOX: "MTurk sandbox",
            AccountKind.MTURK: "MTurk (real money)",
            AccountKind.ENDPOINT: "Custom endpoint",
            AccountKind.MTURK_ARCHIVE: "MTurk archive (history)",
            AccountKind.PROLIFIC: "Prolific (real money)",
        }[AccountKind(self.kind)]


def account_info(row: Account) -> AccountInfo:
    return AccountInfo(
        id=row.id, name=row.name, kind=row.kind, endpoint_url=row.endpoint_url,
        aws_profile=row.aws_profile, requester_id=row.requester_id, is_default=row.is_default,
        created_at=row.created_at, last_synced_at=row.last_synced_at,
        balance_cents=row.balance_cents, options=dict(row.options or {}))


def _validate(name: str, kind: str, endpoint_url: str | None) -> AccountKind:
    if not name.strip() or len(name) > 100:
        raise AccountError(translate(
            "AccountService", "an account name must be 1 to 100 characters"))
    try:
        parsed_kind = AccountKind(kind)
    except ValueError:
        raise AccountError(
            f"unknown account kind {kind!r}; use one of: "
            + ", ".join(k.value for k in AccountKind)) from None
    if parsed_kind is AccountKind.PROLIFIC and endpoint_url:
        url = urlparse(endpoint_url)
        if url.scheme not in ("http", "https") or not url.netloc or url.username or url.password:
            raise AccountError(translate(
                "AccountService", "--endpoint for a Prolific account is the API's http(s) "
                "address, without credentials (the token is kept apart)"))
    elif parsed_kind is AccountKind.ENDPOINT:
        url = urlparse(endpoint_url or "")
        if url.scheme not in ("http", "https") or not url.netloc:
            raise AccountError(translate(
                "AccountService", "an endpoint account needs --endpoint with an http(s) URL"))
        if url.username or url.password:
            raise AccountError(translate(
                "AccountService", "keep credentials out of the endpoint URL: put them in an AWS "
                "profile (--profile) or the environment"))
    elif endpoint_url:
        raise AccountError(translate(
            "AccountService", "--endpoint is only for accounts of kind 'endpoint'"))
    return parsed_kind


def add_account(wb: Workbench, name: str, kind: str, *, endpoint_url: str | None = None,
                aws_profile: str | None = None, make_default: bool = False,
                market_url: str | None = None, options: dict[str, Any] | None = None
                ) -> AccountInfo:
    """Add an account; a local one is registered as a requester on the local marketplace."""
    name = name.strip()
    parsed_kind = _validate(name, kind, endpoint_url)
    if aws_profile and parsed_kind in (AccountKind.LOCAL, AccountKind.PROLIFIC):
        raise AccountError(translate(
            "AccountService", "--profile is for MTurk accounts only"))
    with wb.store.read() as session:
        if session.scalar(select(Account.id).where(Account.name == name)) is not None:
            raise AccountExists(translate(
                "AccountService", "an account named {name} already exists").format(name=repr(name)))
    requester_id = None
    options = dict(options or {})
    if parsed_kind in (AccountKind.LOCAL, AccountKind.PROLIFIC):
        # A Prolific account's HITs live on the local marketplace its worker site serves.
        # Registered before the store's write lock is taken: both may live in one SQLite file.
        if market_url:
            options["market_url"] = market_url
        requester_id = create_requester(wb.market_engine(market_url), name, clock=wb.clock)
        if parsed_kind is AccountKind.PROLIFIC:
            from workbench.marketplace.prolific.participants import ProlificSite

            # Prolific pays its participants: the marketplace must never approve or pay them.
            ProlificSite(wb.market_engine(market_url)).mark_requester(requester_id)
    try:
        with wb.store.session(write=True) as session:
            taken = session.scalar(select(Account.id).where(Account.name == name)) is not None
            if not taken:
                return _insert_account(session, wb, name, parsed_kind, endpoint_url,
                                       aws_profile, requester_id, make_default, options)
    except IntegrityError:
        pass  # PostgreSQL: another transaction inserted the same name since our look
    # Another process added it since the first look: its requester stays, ours goes.
    if requester_id is not None:
        forget_requester(wb.market_engine(market_url), requester_id)
    raise AccountExists(translate(
        "AccountService", "an account named {name} already exists").format(name=repr(name)))


def _insert_account(session: Session, wb: Workbench, name: str, kind: AccountKind,
                    endpoint_url: str | None, aws_profile: str | None,
                    requester_id: str | None, make_default: bool, options: dict[str, Any]
                    ) -> AccountInfo:
    first = session.scalar(select(Account.id).limit(1)) is None
    if make_default or first:
        session.execute(update(Account).values(is_default=False))
    row = Account(name=name, kind=kind.value, endpoint_url=endpoint_url,
                  aws_profile=aws_profile, requester_id=requester_id,
                  is_default=make_default or first, created_at=wb.clock(), options=options)
    session.add(row)
    session.flush()
    record(session, actor=wb.actor, event="account.added", subject=name,
           account_id=row.id, kind=kind.value)
    return account_info(row)


def list_accounts(wb: Workbench) -> list[AccountInfo]:
    with wb.store.read() as session:
        return [account_info(a) for a in session.scalars(select(Account).order_by(Account.id))]


def _find(session: Session, name: str | None) -> Account | None:
    if name:
        return session.scalar(select(Account).where(Account.name == name))
    return session.scalar(select(Account).order_by(Account.is_default.desc(), Account.id)
                          .limit(1))


def find_account(wb: Workbench, name: str | None = None) -> AccountInfo | None:
    """The named account, or the default one; None if the store has none yet (nothing made)."""
    with wb.store.read() as session:
        row = _find(session, name)
        if row is not None:
            return account_info(row)
        if name:
            known = ", ".join(session.scalars(select(Account.name))) or "none yet"
            raise AccountError(translate(
                "AccountService", "no account named {name} (accounts: {known})").format(
                    name=repr(name), known=known))
    return None


def get_account(wb: Workbench, name: str | None = None) -> AccountInfo:
    """The named account, or the default one; a store with none gets a local account."""
    found = find_account(wb, name)
    if found is not None:
        return found
    try:
        return add_account(wb, DEFAULT_LOCAL_ACCOUNT, AccountKind.LOCAL.value, make_default=True)
    except AccountExists:
        # Two first runs at once: the other one made it; use theirs.
        with wb.store.read() as session:
            row = _find(session, DEFAULT_LOCAL_ACCOUNT)
            if row is None:
                raise
            return account_info(row)


MAX_DISPLAY_NAME = 100


def display_name(account: AccountInfo) -> str:
    """The name workers see for a local account on the worker site."""
    return str(account.options.get("display_name") or account.name)


def set_display_name(wb: Workbench, name: str | None, shown: str) -> AccountInfo:
    """Name the requester for workers (the worker site shows it beside HITs, qualifications
    and messages); a local account's setting, kept in its options and on its marketplace."""
    shown = " ".join(shown.split())
    if not shown or len(shown) > MAX_DISPLAY_NAME:
        raise AccountError(translate(
            "AccountService", "a display name takes 1 to {most} characters").format(
                most=MAX_DISPLAY_NAME))
    account = get_account(wb, name)
    if account.kind != AccountKind.LOCAL.value or not account.requester_id:
        raise AccountError(translate(
            "AccountService", "only a local account has a name on the worker site; {name} is "
            "{kind}").format(name=account.name,
                             kind=translate("AccountKind", account.kind_label)))
    rename_requester(wb.market_engine(account.options.get("market_url")),
                     account.requester_id, shown)
    with wb.store.session(write=True) as session:
        row = session.get(Account, account.id)
        assert row is not None
        row.options = {**(row.options or {}), "display_name": shown}
        record(session, actor=wb.actor, event="account.display_name", subject=account.name,
               account_id=row.id, display_name=shown)
        return account_info(row)


def set_default(wb: Workbench, name: str) -> AccountInfo:
    with wb.store.session(write=True) as session:
        row = _find(session, name)
        if row is None:
            raise AccountError(translate(
                "AccountService", "no account named {name}").format(name=repr(name)))
        session.execute(update(Account).values(is_default=False))
        row.is_default = True
        return account_info(row)
