"""Identifiers shaped like MTurk's, and the rules a worker id typed or read must follow."""

from __future__ import annotations

import re
import secrets
import string

from workbench.domain.text import translate

_ALPHABET = string.ascii_uppercase + string.digits

MAX_ID_CHARS = 64
# MTurk's CustomerId (botocore's model): "A" then upper-case letters and digits, 64 at most.
MTURK_WORKER_ID = re.compile(r"^A[A-Z0-9]{1,63}$")
# The local marketplace's: what it makes (like MTurk's) or what an invitation names, such as
# a worker's old MTurk id or a panel's own code (see marketplace.local.invitations).
WORKER_ID = re.compile(r"^[A-Z0-9]{2,64}$")


class InvalidWorkerId(ValueError):
    """Text that is not a worker id; the message says why in one line."""


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


def shown_id(text: str) -> str:
    """Untrusted text quoted in a message: cut, line breaks visible, so it stays one line."""
    return repr(text if len(text) <= 40 else text[:40] + "…")


def check_worker_id(text: str, *, mturk: bool = False) -> str:
    """The worker id in ``text`` (spaces around it dropped), or InvalidWorkerId.

    Every worker id is 2 to 64 upper-case letters and digits; on MTurk it also starts with A.
    """
    worker = str(text).strip()
    if not worker:
        raise InvalidWorkerId(translate("WorkerIds", "no worker id given"))
    if not WORKER_ID.match(worker) or (mturk and not MTURK_WORKER_ID.match(worker)):
        rule = translate("WorkerIds", "an MTurk worker id is A followed by up to 63 upper-case "
                                      "letters and digits") if mturk else translate(
            "WorkerIds", "a worker id is 2 to 64 upper-case letters and digits")
        raise InvalidWorkerId(translate("WorkerIds", "{text} is not a worker id: {rule}").format(
            text=shown_id(worker), rule=rule))
    return worker
