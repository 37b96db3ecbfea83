"""Payout files: what a payout service takes to pay many workers at once.

``paypal``: PayPal Payouts' bulk payment file, as uploaded on the Payouts web page
("Use Web UI", developer.paypal.com/payouts/use-payouts/send-money/use-web-ui, and
docs.paypal.ai/growth/payouts/send-money/use-web-ui, 2026): a .csv with no header row, at
most 5,000 rows, one payment a row, columns in this order: recipient identifier (the
PayPal e-mail address), payment amount, currency (ISO 4217, one currency per file),
customer ID (optional, at most 30 characters, no spaces), note to the recipient (optional
for PayPal, at most 400 characters) and recipient wallet (``PAYPAL``). Amounts are plain
numbers; for currencies written with a decimal comma the documented example is ``"100,50"``
(quoted) for EUR, so euros are written that way.

``csv``: a plain file any other service or spreadsheet reads: a header row, then worker,
e-mail, amount (two decimals, a point), currency and the payment's reference.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain.currency import plain_amount

PAYPAL = "paypal"
PLAIN_CSV = "csv"
FORMATS = (PAYPAL, PLAIN_CSV)
PAYPAL_MAX_ROWS = 5_000
PAYPAL_CUSTOMER_ID_MAX = 30
PAYPAL_NOTE_MAX = 400
PAYPAL_WALLET = "PAYPAL"
# Currencies PayPal's example writes with a decimal comma.
COMMA_CURRENCIES = frozenset({"EUR"})
PLAIN_HEADER = ("worker", "email", "amount", "currency", "reference")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class PayoutRow:
    """One payment of a payout file."""

    worker_id: str
    email: str
    amount_cents: int
    currency: str
    reference: str
    note: str = ""


def _cell(text: str) -> str:
    """Text a spreadsheet will not take for a formula (a worker id never starts so, but…)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def paypal_amount(cents: int, currency: str) -> str:
    return plain_amount(cents, decimal="," if currency in COMMA_CURRENCIES else ".")


def paypal_customer_id(worker_id: str) -> str:
    """The worker id as PayPal's customer ID, if it fits (30 characters, no spaces)."""
    fits = len(worker_id) <= PAYPAL_CUSTOMER_ID_MAX and not any(c.isspace() for c in worker_id)
    return worker_id if fits else ""


def render(file_format: str, rows: Sequence[PayoutRow]) -> bytes:
    """The whole file, as bytes (UTF-8), for ``file_format`` ("paypal" or "csv")."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown payout file format {file_format!r}")
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    if file_format == PAYPAL:
        for row in rows:
            writer.writerow((row.email, paypal_amount(row.amount_cents, row.currency),
                             row.currency, paypal_customer_id(row.worker_id),
                             " ".join(row.note.split())[:PAYPAL_NOTE_MAX], PAYPAL_WALLET))
    else:
        writer.writerow(PLAIN_HEADER)
        for row in rows:
            writer.writerow((_cell(row.worker_id), _cell(row.email),
                             plain_amount(row.amount_cents), row.currency,
                             _cell(row.reference)))
    return stream.getvalue().encode("utf-8")


def suffix(file_format: str) -> str:
    return ".csv"
