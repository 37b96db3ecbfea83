"""Prolific's OpenAPI document as a test oracle: every request and response checked against it.

``ValidatingTransport`` wraps any httpx transport (the in-process simulator, or real HTTP to a
served one) and checks each exchange with openapi-core before it reaches the client: the
request's path, parameters and body, and the response's body for every status the document
declares. Statuses it does not declare (429 throttling, 5xx, 401, 404) carry no schema to
check; those are counted so that a test can see they were exercised.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

DOCUMENT = Path(__file__).parent.parent / "fixtures" / "prolific" / "openapi.yml"
# The host the document's ``servers`` names: the operation is checked, not where it went.
SPEC_HOST = "https://api.prolific.com"
UNDECLARED_OK = {401, 404, 429, 500, 502, 503, 504}


@cache
def document() -> dict[str, Any]:
    """The document, parsed once per process (550 KB of YAML take seconds)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with DOCUMENT.open(encoding="utf-8") as stream:
        parsed: dict[str, Any] = yaml.load(stream, Loader=loader)
    return parsed


@cache
def contract() -> OpenAPI:
    """openapi-core over the document."""
    from jsonschema_path import SchemaPath

    # The document as a whole fails strict spec validation (schema names with spaces);
    # single operations validate, which is what we need.
    return OpenAPI(SchemaPath.from_dict(document()), config=Config(spec_validator_cls=None))


@cache
def operations() -> list[tuple[str, re.Pattern[str], str, frozenset[str]]]:
    """(method, path pattern, operationId, declared statuses) of every operation."""
    table = []
    for path, item in document()["paths"].items():
        pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)))
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                table.append((method, pattern, operation["operationId"],
                              frozenset(map(str, operation.get("responses", {})))))
    # Literal paths before templated ones (/submissions/bulk-approve/ before /{id}/).
    table.sort(key=lambda row: row[1].pattern.count("[^/]+"))
    return table


def _operation(request: _Request) -> tuple[str, frozenset[str]]:
    for method, pattern, operation, statuses in operations():
        if method == request.method and pattern.fullmatch(request.path):
            return operation, statuses
    raise ContractViolation(f"{request.method.upper()} {request.path} is no operation of "
                            "Prolific's document")


class _Request:
    """An httpx request as openapi-core reads one."""

    def __init__(self, request: httpx.Request) -> None:
        self.host_url = SPEC_HOST
        self.path = request.url.path
        self.method = request.method.lower()
        query = httpx.QueryParams(request.url.query.decode())
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(query.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(), path={})
        body = request.content
        self.body: bytes | None = body or None
        self.content_type = request.headers.get("content-type", "application/json") \
            if body else "application/json"

    @property
    def full_url_pattern(self) -> str:
        return self.host_url + self.path


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.data = response.content or b""
        self.content_type = response.headers.get("content-type", "application/json")
        self.headers = Headers(list(response.headers.items()))


class ContractViolation(AssertionError):
    """A request the workbench sent, or an answer the test server gave, breaks the document."""


@dataclass
class Exchanges:
    """What a validating transport saw: checked exchanges by operation, and undeclared answers."""

    checked: dict[str, int] = field(default_factory=dict)
    undeclared: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.checked.values())


def validate_request(request: httpx.Request, seen: Exchanges) -> None:
    """Check a request against the document before it is sent."""
    wrapped = _Request(request)
    try:
        contract().validate_request(wrapped)
    except Exception as exc:
        raise ContractViolation(f"request {request.method} {request.url.path} breaks "
                                f"Prolific's document: {_reason(exc)}") from None
    operation, _ = _operation(wrapped)
    seen.checked[operation] = seen.checked.get(operation, 0) + 1


def validate_response(request: httpx.Request, response: httpx.Response,
                      seen: Exchanges) -> None:
    """Check an answer against what the document declares for its operation and status."""
    wrapped = _Request(request)
    operation, declared = _operation(wrapped)
    if str(response.status_code) not in declared:
        if response.status_code not in UNDECLARED_OK:
            raise ContractViolation(f"{operation} answered {response.status_code}, which the "
                                    f"document does not declare ({sorted(declared)})")
        seen.undeclared[response.status_code] = seen.undeclared.get(response.status_code, 0) + 1
        return
    if response.status_code == 204 and not response.content:
        return  # HTTP forbids a body on 204, whatever schema the document gives it
    try:
        contract().validate_response(wrapped, _Response(response))
    except Exception as exc:
        raise ContractViolation(f"the answer to {operation} ({response.status_code}) breaks "
                                f"Prolific's document: {_reason(exc)}") from None


def _reason(exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__
    text = f"{exc}" + (f" ({cause})" if cause and str(cause) != str(exc) else "")
    return " ".join(text.split())[:2000]


class ValidatingTransport(httpx.BaseTransport):
    """Passes every exchange to ``inner`` and checks both halves against the document."""

    def __init__(self, inner: httpx.BaseTransport, seen: Exchanges | None = None) -> None:
        self.inner = inner
        self.seen = seen or Exchanges()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/_simulator/"):
            return self.inner.handle_request(request)
        request.read()
        validate_request(request, self.seen)  # a request that breaks it is never sent
        response = self.inner.handle_request(request)
        response.read()
        validate_response(request, response, self.seen)
        return response

    def close(self) -> None:
        self.inner.close()


def body_of(response: httpx.Response) -> Any:
    return json.loads(response.content) if response.content else None
