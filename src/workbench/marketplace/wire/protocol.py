"""AWS JSON 1.1 as MTurk speaks it: reading requests and writing responses and errors.

Both directions follow botocore's ``mturk`` model: a request is checked against the
operation's input shape and read with botocore's own JSON parser (timestamps become aware
datetimes); a response is written member by member from the output shape, timestamps as
epoch seconds, exactly what boto3 expects to parse.
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from botocore import parsers
from botocore.exceptions import ClientError, ParamValidationError
from botocore.model import OperationModel, Shape
from botocore.utils import parse_timestamp
from botocore.validate import ParamValidator

from workbench.marketplace.errors import service_model

CONTENT_TYPE = "application/x-amz-json-1.1"
CORAL = "com.amazon.coral.service#"
# MTurk's deepest request (a HIT's qualification requirements with locales) nests 5 levels.
MAX_NESTING = 32


class WireError(Exception):
    """An error answered over the wire: HTTP status, AWS error type and message."""

    def __init__(self, status: int, error_type: str, message: str,
                 extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message
        self.extra = extra or {}

    def body(self) -> bytes:
        """The JSON body AWS sends for this error."""
        return json.dumps({"__type": self.error_type, "Message": self.message,
                           **self.extra}).encode()


def unknown_operation(target: str) -> WireError:
    return WireError(400, CORAL + "UnknownOperationException",
                     f"Unknown operation {target or '(none)'}" if target else
                     "Missing X-Amz-Target header")


def throttling() -> WireError:
    return WireError(400, "ThrottlingException", "Rate exceeded")


def service_fault(message: str = "We encountered an internal error. Please try again."
                  ) -> WireError:
    return WireError(500, "ServiceFault", message)


def replayed(first_seen: datetime) -> WireError:
    """A copy of a request already received: refused, and retryable by a client that re-signs.

    A 500 ServiceFault, not a 4xx: an SDK retries it with a fresh signature (the only thing a
    genuine client can do and someone replaying a captured request cannot), and a client that
    lost the first answer learns that the call may have been carried out, as it was.
    """
    return WireError(500, "ServiceFault",
                     "This exact signed request was already received at "
                     f"{first_seen.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S')} UTC and was "
                     "not carried out again: a replayed request is refused while its "
                     "signature is valid. Sign the request again to repeat the call.",
                     {"TurkErrorCode": "AWS.MechanicalTurk.ReplayedRequest"})


def is_read_only(operation_name: str) -> bool:
    """Whether an operation only reads (MTurk's Get* and List* calls change nothing)."""
    return operation_name.startswith(("Get", "List"))


def from_client_error(error: ClientError) -> WireError:
    """A marketplace error (as boto3 would raise it) back into its wire form."""
    response = error.response or {}
    code = str(response.get("Error", {}).get("Code") or "ServiceFault")
    message = str(response.get("Error", {}).get("Message") or response.get("Message") or "")
    status = int(response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 400)
    extra = {"TurkErrorCode": response["TurkErrorCode"]} if response.get("TurkErrorCode") else {}
    return WireError(status, code, message, extra)


def from_validation_error(error: ParamValidationError) -> WireError:
    report = str(error.kwargs.get("report", error))
    lines = [line.strip() for line in report.splitlines() if line.strip()]
    return WireError(400, "ValidationException",
                     f"{len(lines)} validation error(s) detected: " + "; ".join(lines))


@dataclass(frozen=True)
class Operation:
    """One operation of the model, with what reading and writing it needs."""

    name: str
    model: OperationModel


@cache
def target_prefix() -> str:
    """``MTurkRequesterServiceV20170117``: what ``X-Amz-Target`` starts with."""
    return str(service_model().metadata["targetPrefix"])


def operation_for_target(target: str) -> Operation:
    """The operation an ``X-Amz-Target`` header names; an unknown one is refused as AWS does."""
    prefix, _, name = target.partition(".")
    if prefix != target_prefix() or name not in _operation_names():
        raise unknown_operation(target)
    return Operation(name, service_model().operation_model(name))


@cache
def _operation_names() -> frozenset[str]:
    return frozenset(service_model().operation_names)


_validator = ParamValidator()


def _timestamp(value: Any) -> datetime:
    return parse_timestamp(value).astimezone(UTC)


def read_request(operation: Operation, body: bytes) -> dict[str, Any]:
    """The request's parameters, validated against the model, as boto3 would have passed them."""
    try:
        raw = json.loads(body.decode("utf-8")) if body.strip() else {}
    except RecursionError:
        raise too_deep() from None
    except (UnicodeDecodeError, ValueError):
        raise WireError(400, CORAL + "SerializationException",
                        "The request body is not valid JSON.") from None
    if not isinstance(raw, dict):
        raise WireError(400, CORAL + "SerializationException",
                        "The request body must be a JSON object.")
    if nesting(raw) > MAX_NESTING:
        raise too_deep()
    shape = operation.model.input_shape
    if shape is None:
        return {}
    report = _validator.validate(raw, shape)
    if report.has_errors():
        raise from_validation_error(ParamValidationError(report=report.generate_report()))
    parser = parsers.JSONParser(timestamp_parser=_timestamp)
    parsed: dict[str, Any] = parser.parse(
        {"body": json.dumps(raw).encode(), "headers": {}, "status_code": 200}, shape)
    parsed.pop("ResponseMetadata", None)
    return parsed


def too_deep() -> WireError:
    return WireError(400, CORAL + "SerializationException",
                     f"The request body is nested more than {MAX_NESTING} levels deep; no "
                     "MTurk request is.")


def nesting(value: Any) -> int:
    """How deeply lists and objects nest in a parsed JSON value (without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if depth > MAX_NESTING:
            return depth
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, (dict, list)))
    return deepest


def check_response(operation: Operation, result: dict[str, Any]) -> None:
    """Raise if a result does not match the operation's output shape (a server bug)."""
    shape = operation.model.output_shape
    if shape is None:
        return
    report = _validator.validate(result, shape)
    if report.has_errors():
        raise AssertionError(
            f"{operation.name} produced a response the model refuses: "
            f"{report.generate_report()}")


def write_response(operation: Operation, result: dict[str, Any]) -> bytes:
    """The JSON body of a successful response, shaped by the operation's output shape."""
    shape = operation.model.output_shape
    data = _serialize(result, shape) if shape is not None else {}
    return json.dumps(data, separators=(",", ":")).encode()


def _serialize(value: Any, shape: Shape) -> Any:
    kind = shape.type_name
    if kind == "structure":
        out: dict[str, Any] = {}
        for name, member in shape.members.items():
            item = value.get(name)
            if item is not None:
                out[name] = _serialize(item, member)
        return out
    if kind == "list":
        return [_serialize(item, shape.member) for item in value]
    if kind == "map":
        return {str(k): _serialize(v, shape.value) for k, v in value.items()}
    if kind == "timestamp":
        moment = value if isinstance(value, datetime) else _timestamp(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        # Whole milliseconds, as AWS sends them (cut, not rounded: never a time still to come).
        return math.floor(moment.timestamp() * 1000) / 1000
    if kind == "blob":
        raw = value.encode() if isinstance(value, str) else bytes(value)
        return base64.b64encode(raw).decode()
    return value
