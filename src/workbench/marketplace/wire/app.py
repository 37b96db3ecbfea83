"""The MTurk Requester API as an ASGI application over the local marketplace.

``POST /`` with ``X-Amz-Target: MTurkRequesterServiceV20170117.<Operation>``: the signature
is checked, the body validated against botocore's model, the operation run by the
``LocalMarketplace`` of the requester the key belongs to, and the result written back as
AWS JSON 1.1. ``WorkbenchAdminV1.<Operation>`` (admin.py), the management of the
requester's own workers, goes the same way with its own model. Errors, throttling and
unknown operations are answered the way AWS answers them, so boto3 raises, retries and
reports exactly as it would against MTurk.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio.to_thread
from botocore.exceptions import ClientError, ParamValidationError
from sqlalchemy import Engine
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.replays import SignatureLedger
from workbench.marketplace.wire.admin import Site, WorkerAdmin, admin_operation, is_admin
from workbench.marketplace.wire.auth import Keyring, ServerKey, Signed, verify
from workbench.marketplace.wire.faults import Fault, FaultPlan
from workbench.marketplace.wire.protocol import (
    CONTENT_TYPE,
    CORAL,
    Operation,
    WireError,
    check_response,
    from_client_error,
    from_validation_error,
    is_read_only,
    operation_for_target,
    read_request,
    replayed,
    service_fault,
    throttling,
    write_response,
)

log = logging.getLogger("workbench.wire")

# The key under which the server protocol puts each connection's transport in the ASGI
# state, so a fault can cut the connection without answering (see server.py).
TRANSPORT_STATE_KEY = "workbench.transport"
MAX_BODY_BYTES = 1024 * 1024
# Operations whose repeat gives the same answer and changes nothing more.
REPEATABLE_OPERATIONS = frozenset({"CreateHITType"})


class RateLimit:
    """A token bucket per access key: ``rate`` requests a second, bursts up to ``burst``."""

    def __init__(self, rate: float, burst: int | None = None) -> None:
        self.rate = rate
        self.burst = float(burst if burst is not None else max(1, int(rate)))
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            allowed = tokens >= 1
            self._buckets[key] = (tokens - 1 if allowed else tokens, now)
            return allowed


class WireAPI:
    """The ASGI application answering MTurk Requester API calls."""

    def __init__(self, keyring: Keyring, engine_for: Callable[[str | None], Engine], *,
                 faults: FaultPlan | None = None, delay: float = 0.0,
                 rate_limit: RateLimit | None = None, check_responses: bool = False,
                 public_url: str | None = None, site_served: bool = True) -> None:
        self.keyring = keyring
        self.engine_for = engine_for
        self.faults = faults
        self.delay = delay
        self.rate_limit = rate_limit
        self.check_responses = check_responses
        self.public_url = public_url
        self.site_served = site_served
        self._markets: dict[str, LocalMarketplace] = {}
        self._admins: dict[str, WorkerAdmin] = {}
        self._ledgers: dict[str, SignatureLedger] = {}
        self._markets_lock = threading.Lock()

    def market(self, key: ServerKey) -> LocalMarketplace:
        """The marketplace as the key's requester sees it (one per requester, reused)."""
        with self._markets_lock:
            market = self._markets.get(key.access_key_id)
            if market is None:
                market = LocalMarketplace(self.engine_for(key.market_url), key.requester_id)
                self._markets[key.access_key_id] = market
            return market

    def admin(self, key: ServerKey) -> WorkerAdmin:
        """The worker administration of the key's requester (one per requester, reused)."""
        with self._markets_lock:
            admin = self._admins.get(key.access_key_id)
            if admin is None:
                admin = WorkerAdmin(self.engine_for(key.market_url), key.requester_id)
                self._admins[key.access_key_id] = admin
            return admin

    def site(self, scope: Scope) -> Site:
        """The worker site's address as the caller reaches this server (or the public one)."""
        if self.public_url:
            return Site(self.public_url, self.site_served)
        headers = dict(scope.get("headers", []))
        host = headers.get(b"host", b"").decode("latin-1")
        if not host:
            server = scope.get("server") or ("127.0.0.1", 80)
            host = f"{server[0]}:{server[1]}"
        return Site(f"{scope.get('scheme', 'http')}://{host}", self.site_served)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = str(uuid.uuid4())
        if self.delay:
            # A round trip's worth of latency, as a client far from the server would see.
            await asyncio.sleep(self.delay)
        try:
            body = await _read_body(receive)
            operation, signed = self._admit(scope, body)
            fault = self.faults.next_fault(operation.name) if self.faults else None
            if fault is not None:
                log.warning("injected %s on %s", fault.kind, operation.name)
                if fault.kind == "throttle":
                    raise throttling()
                if fault.kind == "fault":
                    raise service_fault()
                if fault.kind == "drop":
                    await _cut(scope)
                    return
            params = read_request(operation, body)
            result = await anyio.to_thread.run_sync(self._run, signed, operation, params,
                                                    self.site(scope))
            payload = write_response(operation, result)
            if fault is not None and fault.kind == "lose":
                await _cut(scope)
                return
            if fault is not None and fault.kind == "hold":
                await _hold(fault, receive)
            await _respond(scope, receive, send, 200, payload, request_id)
        except WireError as error:
            log.debug("%s: %s %s", request_id, error.error_type, error.message)
            await _respond(scope, receive, send, error.status, error.body(), request_id)
        except Exception:
            log.exception("request %s failed", request_id)
            failure = service_fault()
            await _respond(scope, receive, send, failure.status, failure.body(), request_id)

    def _admit(self, scope: Scope, body: bytes) -> tuple[Operation, Signed]:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        signed = verify(self.keyring, scope.get("method", "POST"), scope.get("scheme", "http"),
                        scope.get("raw_path", b"/").decode("latin-1") or "/",
                        scope.get("query_string", b"").decode("latin-1"), headers, body)
        target = headers.get("x-amz-target", "")
        operation = admin_operation(target) or operation_for_target(target)
        if self.rate_limit is not None and not self.rate_limit.allow(
                signed.key.access_key_id):
            raise throttling()
        return operation, signed

    def ledger(self, key: ServerKey) -> SignatureLedger:
        """Where the signatures used on the key's marketplace are remembered."""
        with self._markets_lock:
            url = key.market_url or ""
            ledger = self._ledgers.get(url)
            if ledger is None:
                ledger = SignatureLedger(self.engine_for(key.market_url))
                self._ledgers[url] = ledger
            return ledger

    def _run(self, signed: Signed, operation: Operation, params: dict[str, Any],
             site: Site | None = None) -> dict[str, Any]:
        key = signed.key
        # A request that changes something is carried out once per signature: a copy of it
        # sent again (by whoever saw it on the network) within its 15 minutes is refused.
        # One with a UniqueRequestToken needs no more: the marketplace answers a repeat of
        # it as MTurk does (HitAlreadyExists, a duplicate request), however it was sent.
        # CreateHITType changes nothing on a repeat either: the same properties give the
        # same HIT type, so a client may send it twice in a second (a publish run after
        # another) without being taken for a replay.
        ledger = None if is_read_only(operation.name) or params.get("UniqueRequestToken") \
            or operation.name in REPEATABLE_OPERATIONS else self.ledger(key)
        if ledger is not None:
            first_seen = ledger.claim(signed.signature, key.access_key_id, signed.expires_at)
            if first_seen is not None:
                log.warning("refused a replayed %s signed by %s (first seen %s)",
                            operation.name, key.access_key_id, first_seen.isoformat())
                raise replayed(first_seen)
        try:
            if is_admin(operation):
                result = self.admin(key).call(operation.name, params,
                                              site or Site("", self.site_served))
            else:
                result = self.market(key).call(operation.name, params)
        except ClientError as error:
            # Refused outright, nothing done: the same signed request may come again.
            if ledger is not None:
                ledger.release(signed.signature)
            raise from_client_error(error) from None
        except ParamValidationError as error:
            if ledger is not None:
                ledger.release(signed.signature)
            raise from_validation_error(error) from None
        except WireError as error:
            if ledger is not None and error.status < 500:  # refused, nothing done
                ledger.release(signed.signature)
            raise
        except Exception:
            log.exception("%s failed", operation.name)
            raise service_fault() from None
        if self.check_responses:
            check_response(operation, result)
        return result

    def routes(self) -> list[BaseRoute]:
        """The routes to mount: the API answers ``POST /``, as MTurk's endpoint does."""
        return [Route("/", endpoint=self, methods=["POST"])]


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise WireError(400, CORAL + "SerializationException", "The client went away.")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise WireError(413, CORAL + "SerializationException",
                            "The request is larger than 1 MB.")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _respond(scope: Scope, receive: Receive, send: Send, status: int, body: bytes,
                   request_id: str) -> None:
    response = Response(body, status_code=status, media_type=CONTENT_TYPE,
                        headers={"x-amzn-RequestId": request_id})
    await response(scope, receive, send)


async def _cut(scope: Scope) -> None:
    """Close the connection at once, answering nothing (as a dropped connection would)."""
    transport = scope.get("state", {}).get(TRANSPORT_STATE_KEY)
    if transport is None:
        raise WireError(500, "ServiceFault", "This server cannot drop connections.")
    transport.abort()
    await asyncio.sleep(0)  # let the server see the connection go before we return


async def _hold(fault: Fault, receive: Receive) -> None:
    """Wait before answering: ``seconds``, or until the client gives up and goes away."""
    if fault.signal:
        Path(fault.signal).touch()

    async def gone() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(gone(), fault.seconds)
