"""How values look in tables: money, local times, durations, counts and status codes.

Status codes stay codes in the store and in logic; only their display is translated
(context "Status"). Durations use translated unit suffixes (context "Duration").
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from workbench.domain.currency import currency_symbol, format_money
from workbench.domain.fee_schedules import FeeSchedule, percent_text
from workbench.domain.money import format_dollars
from workbench.domain.percent import shown_percent

# Every status code a table or filter shows: MTurk's HIT, review and assignment statuses,
# the outbox's action states and the batches' states.
STATUS_LABELS = (
    QT_TRANSLATE_NOOP("Status", "Assignable"), QT_TRANSLATE_NOOP("Status", "Unassignable"),
    QT_TRANSLATE_NOOP("Status", "Reviewable"), QT_TRANSLATE_NOOP("Status", "Reviewing"),
    QT_TRANSLATE_NOOP("Status", "Disposed"),
    QT_TRANSLATE_NOOP("Status", "NotReviewed"), QT_TRANSLATE_NOOP("Status", "MarkedForReview"),
    QT_TRANSLATE_NOOP("Status", "ReviewedAppropriate"),
    QT_TRANSLATE_NOOP("Status", "ReviewedInappropriate"),
    QT_TRANSLATE_NOOP("Status", "Submitted"), QT_TRANSLATE_NOOP("Status", "Approved"),
    QT_TRANSLATE_NOOP("Status", "Rejected"),
    QT_TRANSLATE_NOOP("Status", "pending"), QT_TRANSLATE_NOOP("Status", "sending"),
    QT_TRANSLATE_NOOP("Status", "sent"), QT_TRANSLATE_NOOP("Status", "failed"),
    QT_TRANSLATE_NOOP("Status", "cancelled"),
    QT_TRANSLATE_NOOP("Status", "draft"), QT_TRANSLATE_NOOP("Status", "publishing"),
    QT_TRANSLATE_NOOP("Status", "published"),
    # what an attempt to send an outbox action came to
    QT_TRANSLATE_NOOP("Status", "reconciled"), QT_TRANSLATE_NOOP("Status", "refused"),
    QT_TRANSLATE_NOOP("Status", "ambiguous"), QT_TRANSLATE_NOOP("Status", "retryable"),
    # a worker's score with a change waiting in the outbox (Qualifications page)
    QT_TRANSLATE_NOOP("Status", "change queued"), QT_TRANSLATE_NOOP("Status", "revoke queued"),
)

# What an outbox action asks for (its kind code), as the Outbox table shows it.
ACTION_LABELS = {
    "approve": QT_TRANSLATE_NOOP("ActionKind", "approve"),
    "reject": QT_TRANSLATE_NOOP("ActionKind", "reject"),
    "bonus": QT_TRANSLATE_NOOP("ActionKind", "bonus"),
    "block": QT_TRANSLATE_NOOP("ActionKind", "block"),
    "unblock": QT_TRANSLATE_NOOP("ActionKind", "unblock"),
    "add_assignments": QT_TRANSLATE_NOOP("ActionKind", "add assignments"),
    "update_expiration": QT_TRANSLATE_NOOP("ActionKind", "change expiry"),
    "notify": QT_TRANSLATE_NOOP("ActionKind", "notify"),
    "grant_qualification": QT_TRANSLATE_NOOP("ActionKind", "grant qualification"),
    "revoke_qualification": QT_TRANSLATE_NOOP("ActionKind", "revoke qualification"),
    "prolific_create_study": QT_TRANSLATE_NOOP("ActionKind", "create study"),
    "prolific_publish": QT_TRANSLATE_NOOP("ActionKind", "publish study"),
    "prolific_transition": QT_TRANSLATE_NOOP("ActionKind", "pause, resume or stop study"),
    "prolific_add_places": QT_TRANSLATE_NOOP("ActionKind", "add places"),
    "prolific_approve": QT_TRANSLATE_NOOP("ActionKind", "approve submission"),
    "prolific_reject": QT_TRANSLATE_NOOP("ActionKind", "reject submission"),
    "prolific_return": QT_TRANSLATE_NOOP("ActionKind", "ask for a return"),
    "prolific_screen_out": QT_TRANSLATE_NOOP("ActionKind", "screen out"),
    "prolific_bonus": QT_TRANSLATE_NOOP("ActionKind", "bonus (Prolific)"),
    "prolific_message": QT_TRANSLATE_NOOP("ActionKind", "message participant"),
    "prolific_block": QT_TRANSLATE_NOOP("ActionKind", "block participant"),
    "prolific_unblock": QT_TRANSLATE_NOOP("ActionKind", "unblock participant"),
}

_UNITS = (
    (QT_TRANSLATE_NOOP("Duration", "{n}d"), 86400),
    (QT_TRANSLATE_NOOP("Duration", "{n}h"), 3600),
    (QT_TRANSLATE_NOOP("Duration", "{n}m"), 60),
    (QT_TRANSLATE_NOOP("Duration", "{n}s"), 1),
)


def plural(text: str, count: int) -> str:
    """``tr("%n HIT(s)", "", n)`` read in English (no translator): "1 HIT", "2 HITs".

    A translation (or the pseudo-localisation) has no "(s)" left and comes back as it is.
    """
    one = count == 1
    return text.replace("(es)", "" if one else "es").replace("(s)", "" if one else "s")


def status_label(code: str) -> str:
    """A stored status code as the user reads it (the code itself if it is unknown)."""
    return QCoreApplication.translate("Status", code) if code else code


def action_label(kind: str) -> str:
    """An outbox action's kind code in words."""
    label = ACTION_LABELS.get(kind)
    return QCoreApplication.translate("ActionKind", str(label)) if label else kind


def format_duration(seconds: int) -> str:
    """Seconds as a short human duration in the user's language: "3d", "1h 30m", "45s"."""
    if seconds <= 0:
        return QCoreApplication.translate("Duration", "{n}s").format(n=0)
    out = []
    for unit, size in _UNITS:
        count, seconds = divmod(seconds, size)
        if count:
            out.append(QCoreApplication.translate("Duration", str(unit)).format(n=count))
    return " ".join(out[:2])


def format_count(value: int) -> str:
    """A whole number with the user's digit grouping ("12,345" / "12.345")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{int(value):,}"  # the C locale would not group digits at all
    return locale.toString(int(value))


def display(kind: str, value: Any) -> str:
    """The text a table cell shows for a value of a column's kind."""
    if value is None or value == "":
        return ""
    if kind == "money":
        return format_dollars(int(value))
    if kind == "time" and isinstance(value, datetime):
        return local_time(value)
    if kind == "duration":
        return format_duration(int(value))
    if kind == "int":
        return format_count(int(value))
    if kind == "percent":
        # Rounded down, never 100% unless exact: what a "99% or more" requirement means.
        shown, places = shown_percent(float(value))
        number = QLocale().toString(shown, "f", places)
        return QCoreApplication.translate("Number", "{n}%").format(n=number)
    if kind == "status":
        return status_label(str(value))
    return " ".join(str(value).split()) if kind == "text" else str(value)


def local_time(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def money_text(cents: int, currency: str = "USD") -> str:
    """An amount in an account's currency as the user's language writes it: "€12.30" in
    English, "12,30 €" in German (the C locale gets the English form, not "12.30€")."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return format_money(int(cents), currency)
    return locale.toCurrencyString(int(cents) / 100, currency_symbol(currency), 2)


def percent_number(percent: Decimal) -> str:
    """A fee percentage as the user's language writes it: "2.9" in English, "2,9" in German."""
    text = percent_text(percent)
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return text
    return text.replace(".", locale.decimalPoint())


def fee_schedule_text(fees: FeeSchedule) -> str:
    """An account's fee schedule in one sentence of the user's language."""
    return fees.describe(number=percent_number)
