"""Errors shaped exactly as boto3 raises them for MTurk, and ways to read them."""

from __future__ import annotations

from functools import cache
from typing import Any

import botocore.session
from botocore.errorfactory import ClientExceptionsFactory
from botocore.exceptions import (
    ClientError,
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    ReadTimeoutError,
)
from botocore.model import ServiceModel

SERVICE_NAME = "mturk"
TURK_PREFIX = "AWS.MechanicalTurk."


@cache
def service_model() -> ServiceModel:
    """botocore's model of the MTurk Requester API (2017-01-17)."""
    return botocore.session.get_session().get_service_model(SERVICE_NAME)


@cache
def _exceptions() -> Any:
    return ClientExceptionsFactory().create_client_exceptions(service_model())


def request_error(operation: str, code: str, message: str) -> ClientError:
    """A ``RequestError`` as boto3 raises it; ``code`` is MTurk's TurkErrorCode without prefix."""
    turk_code = code if code.startswith("AWS.") else TURK_PREFIX + code
    response: dict[str, Any] = {
        "Error": {"Code": "RequestError", "Message": message},
        "Message": message,
        "TurkErrorCode": turk_code,
        "ResponseMetadata": {"HTTPStatusCode": 400},
    }
    error: ClientError = _exceptions().RequestError(response, operation)
    return error


def service_fault(operation: str, message: str) -> ClientError:
    response: dict[str, Any] = {
        "Error": {"Code": "ServiceFault", "Message": message},
        "Message": message,
        "ResponseMetadata": {"HTTPStatusCode": 500},
    }
    error: ClientError = _exceptions().ServiceFault(response, operation)
    return error


def turk_error_code(error: BaseException) -> str | None:
    """MTurk's own code for a ClientError ("AWS.MechanicalTurk.HitAlreadyExists"), if any."""
    if not isinstance(error, ClientError):
        return None
    response = error.response or {}
    code = response.get("TurkErrorCode") or response.get("Error", {}).get("TurkErrorCode")
    return str(code) if code else None


REPLAYED_REQUEST = TURK_PREFIX + "ReplayedRequest"


def is_replay_refused(error: BaseException) -> bool:
    """True when a server took the request for a copy of one it had (same signature).

    A client sending the same call twice within one second signs it identically; the
    repeat goes through once it is signed in a later second.
    """
    return turk_error_code(error) == REPLAYED_REQUEST


def error_message(error: BaseException) -> str:
    """The marketplace's message for an error, in one line."""
    if isinstance(error, ClientError):
        message = error.response.get("Error", {}).get("Message") or str(error)
    else:
        message = str(error) or type(error).__name__
    return " ".join(str(message).split())


def error_code(error: BaseException) -> str | None:
    if isinstance(error, ClientError):
        return str(error.response.get("Error", {}).get("Code") or "") or None
    return None


# Transport failures after which we cannot know whether the marketplace acted.
AMBIGUOUS_ERRORS: tuple[type[BaseException], ...] = (
    ReadTimeoutError,
    ConnectionClosedError,
    ConnectionResetError,
    TimeoutError,
)
# Failures that certainly happened before the marketplace saw the request.
UNSENT_ERRORS: tuple[type[BaseException], ...] = (EndpointConnectionError, ConnectTimeoutError)


def is_ambiguous(error: BaseException) -> bool:
    """True when the request may or may not have been carried out."""
    if isinstance(error, ClientError):
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        return bool(status >= 500) or error_code(error) == "ServiceFault"
    if isinstance(error, UNSENT_ERRORS):
        return False
    return isinstance(error, (*AMBIGUOUS_ERRORS, OSError))


def is_throttling(error: BaseException) -> bool:
    return error_code(error) in ("ThrottlingException", "Throttling", "TooManyRequestsException")
