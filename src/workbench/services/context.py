"""The open workbench: a store, and the marketplace each of its accounts points to."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine

from workbench.domain.clock import Clock, utcnow
from workbench.domain.statuses import AccountKind
from workbench.domain.text import translate
from workbench.marketplace.interface import Marketplace
from workbench.marketplace.local.database import ensure_market_schema
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.mturk import ClientSettings, MTurkMarketplace
from workbench.services.audit import current_actor
from workbench.sql.engine import make_engine
from workbench.sql.migrate import SchemaTooNew
from workbench.store.database import Store, StoreUnusable, open_store


class MarketplaceUnavailable(Exception):
    """An account's marketplace cannot be reached or configured; the message says why."""


@dataclass
class Workbench:
    """Everything a command or a window needs: the store, who is acting, and a clock."""

    store: Store
    actor: str = field(default_factory=current_actor)
    clock: Clock = utcnow
    # Real-money accounts whose spending was confirmed in this session (see services.spend).
    spend_confirmed: set[int] = field(default_factory=set)
    _market_engines: dict[str, Engine] = field(default_factory=dict)

    @classmethod
    def open(cls, location: str | Path | None = None, **kwargs: Any) -> Workbench:
        """Open the store (default: the user data folder), with room for a local marketplace."""
        store = open_store(location)
        try:
            ensure_market_schema(store.engine)
        except SchemaTooNew as exc:
            store.dispose()
            raise StoreUnusable(translate(
                "WorkbenchContext", "{store}: the local marketplace's tables are newer than "
                "this version ({reason}); it was left untouched").format(
                    store=store.url, reason=exc)) from None
        return cls(store, **kwargs)

    def market_engine(self, url: str | None = None) -> Engine:
        """The database of a local marketplace: the store's own unless an account names another."""
        if not url:
            return self.store.engine
        if url not in self._market_engines:
            engine = make_engine(url)
            try:
                ensure_market_schema(engine)
            except SchemaTooNew as exc:
                engine.dispose()
                raise MarketplaceUnavailable(translate(
                    "WorkbenchContext", "the marketplace at {url} is newer than this version "
                    "({reason})").format(url=engine.url.render_as_string(hide_password=True),
                                         reason=exc)) from None
            self._market_engines[url] = engine
        return self._market_engines[url]

    def marketplace(self, account: Any, *, clock: Clock | None = None) -> Marketplace:
        """The marketplace an account speaks to (``account`` is an ``AccountInfo``)."""
        kind = AccountKind(account.kind)
        if kind.is_archive:
            from workbench.services.accounts import archive_refusal

            raise MarketplaceUnavailable(archive_refusal(account.name, "sync"))
        # A Prolific account's HITs are on the local marketplace its worker site serves;
        # Prolific itself is reached through services.prolific.
        if kind in (AccountKind.LOCAL, AccountKind.PROLIFIC):
            if not account.requester_id:
                raise MarketplaceUnavailable(translate(
                    "WorkbenchContext", "local account {name} has no requester id").format(
                        name=account.name))
            return LocalMarketplace(self.market_engine(account.options.get("market_url")),
                                    account.requester_id, clock=clock or self.clock)
        from workbench.services.settings import load_settings

        # The Settings dialog's profile for this account wins over the one it was added with.
        profile = load_settings().aws_profiles.get(account.name) or account.aws_profile
        try:
            settings = ClientSettings.from_options(
                sandbox=kind is AccountKind.MTURK_SANDBOX,
                endpoint_url=account.endpoint_url if kind is AccountKind.ENDPOINT else None,
                profile=profile, options=account.options)
            client = cast(Marketplace, MTurkMarketplace.connect(settings))
        except Exception as exc:  # botocore raises many kinds for a bad profile or config
            raise MarketplaceUnavailable(translate(
                "WorkbenchContext", "cannot set up {name}: {exc}").format(
                    name=account.name, exc=exc)) from None
        return client

    def close(self) -> None:
        for engine in self._market_engines.values():
            engine.dispose()
        self.store.dispose()

    def __enter__(self) -> Workbench:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_store_location(location: str) -> str:
    """Try a store location without changing anything there; a sentence saying how it went."""
    from sqlalchemy import text

    from workbench.sql.engine import DatabaseUnusable, check_sqlite_file, database_url, sqlite_path
    from workbench.store.database import default_store_location

    target = location.strip() or str(default_store_location())
    try:
        path = sqlite_path(database_url(target))
        if path is not None:
            check_sqlite_file(path)
            if not path.exists():
                return translate(
                    "WorkbenchContext", "No store at {path} yet: one will be created there."
                ).format(path=path)
        engine = make_engine(target)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        finally:
            engine.dispose()
    except DatabaseUnusable as exc:
        return translate("WorkbenchContext", "Cannot use it: {reason}").format(reason=exc)
    except Exception as exc:  # a server that is down, a wrong password: say so plainly
        return translate("WorkbenchContext", "Cannot connect: {reason}").format(
            reason=str(exc).splitlines()[0])
    return translate("WorkbenchContext", "Connected.")
