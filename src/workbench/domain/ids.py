"""Identifiers shaped like MTurk's."""

from __future__ import annotations

import secrets
import string

_ALPHABET = string.ascii_uppercase + string.digits


def entity_id(length: int = 30) -> str:
    """A HIT, HIT type, assignment or qualification type id: 30 upper-case letters and digits."""
    first = secrets.choice("123456789")
    return first + "".join(secrets.choice(_ALPHABET) for _ in range(length - 1))


def worker_id() -> str:
    """A worker id like MTurk's: "A" followed by 13 letters and digits."""
    return "A" + "".join(secrets.choice(_ALPHABET) for _ in range(13))


def request_token() -> str:
    """A fresh idempotency token (at most 64 characters, as MTurk allows)."""
    return secrets.token_hex(16)
