"""MTurk itself (production, sandbox, or any endpoint speaking its API) through boto3.

Credentials come from the AWS credential chain (environment, ``~/.aws`` profiles, SSO, an
instance role) or a named profile: the workbench never holds or stores a secret. Retries
are botocore's ``standard`` ones, except that throttling is met by a pace learned from the
server's answers (``paced``, the default: see pacing.py); an account may choose botocore's
``adaptive``, ``standard`` or ``legacy`` mode instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from workbench.marketplace.interface import OPERATIONS
from workbench.marketplace.pacing import Pacer, pace

PRODUCTION_ENDPOINT = "https://mturk-requester.us-east-1.amazonaws.com"
SANDBOX_ENDPOINT = "https://mturk-requester-sandbox.us-east-1.amazonaws.com"
REGION = "us-east-1"
ENDPOINT_ENVIRONMENT = "AWS_ENDPOINT_URL_MTURK"
RETRY_MODES = ("paced", "adaptive", "standard", "legacy")
DEFAULT_RETRY_MODE = "paced"
DEFAULT_MAX_ATTEMPTS = 8


class MarketplaceConfigError(ValueError):
    """A setting the boto3 client cannot be made with; the message says why."""


@dataclass(frozen=True)
class ClientSettings:
    """How to reach MTurk: where, as whom (a profile name, never a secret), how patiently."""

    sandbox: bool = False
    endpoint_url: str | None = None
    profile: str | None = None
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    retry_mode: str = DEFAULT_RETRY_MODE
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    pool_size: int = 16

    @classmethod
    def from_options(cls, *, sandbox: bool, endpoint_url: str | None, profile: str | None,
                     options: dict[str, Any]) -> ClientSettings:
        """Settings from an account's options (``max_attempts``, ``retry_mode``, timeouts)."""
        try:
            settings = cls(
                sandbox=sandbox, endpoint_url=endpoint_url, profile=profile,
                max_attempts=int(options.get("max_attempts", DEFAULT_MAX_ATTEMPTS)),
                retry_mode=str(options.get("retry_mode", DEFAULT_RETRY_MODE)),
                connect_timeout=float(options.get("connect_timeout", 10.0)),
                read_timeout=float(options.get("read_timeout", 30.0)))
        except (TypeError, ValueError) as exc:
            raise MarketplaceConfigError(f"an account option is not a number: {exc}") from None
        settings.check()
        return settings

    def check(self) -> None:
        if self.retry_mode not in RETRY_MODES:
            raise MarketplaceConfigError(
                f"retry mode {self.retry_mode!r} is not one of {', '.join(RETRY_MODES)}")
        if not 1 <= self.max_attempts <= 50:
            raise MarketplaceConfigError("max attempts must be between 1 and 50")

    def resolved_endpoint(self) -> str:
        """The URL requests will go to (botocore's choice, made visible)."""
        if self.endpoint_url:
            return self.endpoint_url
        if self.sandbox:
            return SANDBOX_ENDPOINT
        return os.environ.get(ENDPOINT_ENVIRONMENT) or PRODUCTION_ENDPOINT


def mturk_client(settings: ClientSettings, *, credentials: dict[str, str] | None = None,
                 pacer: Pacer | None = None) -> Any:
    """A boto3 ``mturk`` client.

    A production client is given no endpoint, so botocore itself honours
    ``AWS_ENDPOINT_URL_MTURK`` (and ``endpoint_url`` in the profile's config) as it does for
    every service. ``credentials`` is for tests that hold throw-away keys.
    """
    import boto3
    import botocore.session
    from botocore.config import Config

    settings.check()
    core = botocore.session.get_session()
    core.register_component("data_loader", _shared_loader(core.get_config_variable("data_path")))
    # Timestamps as UTC datetimes, read without dateutil's local-zone machinery: a sync
    # parses tens of thousands of them.
    core.get_component("response_parser_factory").set_parser_defaults(
        timestamp_parser=utc_timestamp)
    session = boto3.Session(botocore_session=core, profile_name=settings.profile)
    paced = settings.retry_mode == "paced"
    config = Config(
        retries={"mode": "standard" if paced else settings.retry_mode,
                 "total_max_attempts": settings.max_attempts},
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        max_pool_connections=settings.pool_size,
        tcp_keepalive=True,
    )
    endpoint = settings.endpoint_url or (SANDBOX_ENDPOINT if settings.sandbox else None)
    client = session.client("mturk", region_name=REGION, endpoint_url=endpoint, config=config,
                            **(credentials or {}))
    if paced:
        pace(client, settings.max_attempts, pacer)
    return client


@cache
def _shared_loader(data_path: str | None) -> Any:
    """botocore's data files (the API model, endpoint rules), read once per process.

    Each client has a session of its own (a profile, credentials), but reading those JSON
    files again for every sync costs about as much as its first few calls.
    """
    from botocore.loaders import create_loader

    return create_loader(data_path)


def utc_timestamp(value: Any) -> datetime:
    """A timestamp from the wire (epoch seconds, or an ISO 8601 string) as an aware UTC time."""
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, UTC)
    from botocore.utils import parse_timestamp

    return parse_timestamp(value).astimezone(UTC)


class MTurkMarketplace:
    """The marketplace interface over a boto3 ``mturk`` client.

    Every operation of the interface is the client's own method, so arguments, results and
    errors are exactly boto3's. The client is thread-safe: sync calls it from a pool.
    """

    def __init__(self, client: Any, settings: ClientSettings | None = None,
                 pacer: Pacer | None = None) -> None:
        self.client = client
        self.settings = settings or ClientSettings()
        # The pace its calls keep (retry mode "paced"), shared by all the threads using it.
        self.pacer = pacer

    @classmethod
    def connect(cls, settings: ClientSettings) -> MTurkMarketplace:
        """A marketplace for these settings (credentials from the chain or the profile)."""
        pacer = Pacer() if settings.retry_mode == "paced" else None
        return cls(mturk_client(settings, pacer=pacer), settings, pacer)

    @property
    def endpoint_url(self) -> str:
        return str(self.client.meta.endpoint_url)

    @property
    def is_production(self) -> bool:
        """True when calls go to MTurk's production endpoint, where money is real."""
        return self.endpoint_url.rstrip("/") == PRODUCTION_ENDPOINT

    def __getattr__(self, name: str) -> Any:
        # Only the interface's operations: a typo fails here, not at MTurk.
        if name in OPERATIONS or name in ("get_paginator", "can_paginate"):
            return getattr(self.client, name)
        raise AttributeError(f"{type(self).__name__} has no operation {name!r}")

    def __repr__(self) -> str:
        return f"<MTurkMarketplace {self.endpoint_url} profile={self.settings.profile!r}>"
