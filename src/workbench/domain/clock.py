"""Time: everything is stored and compared in UTC; MTurk's CSVs speak US Pacific."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from workbench.domain.text import translate

Clock = Callable[[], datetime]

PACIFIC = ZoneInfo("America/Los_Angeles")
_PACIFIC_ABBREVIATIONS = {"PST": -8, "PDT": -7}
_MTURK_TIME = re.compile(
    r"^\s*(?:[A-Za-z]{3}\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+"
    r"([A-Za-z]{2,5}|[+-]\d{4}|UTC|GMT)\s+(\d{4})\s*$"
)
_MONTHS = {m: i for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
_ZONE_OFFSETS = {"UTC": 0, "GMT": 0, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6,
                 "CST": -6, "CDT": -5, "EST": -5, "EDT": -4}


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """A datetime in UTC; a naive one is taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def zone_label(moment: datetime | None = None, zone: tzinfo | None = None) -> str:
    """The time zone local times are shown in, as a person reads it: "CET, UTC+01:00".

    ``zone`` None is the computer's own; ``moment`` (default now) picks summer or winter time.
    """
    when = as_utc(moment or utcnow())
    local = when.astimezone(zone) if zone is not None else when.astimezone()
    minutes = int((local.utcoffset() or timedelta(0)).total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    offset = f"UTC{'+' if minutes >= 0 else '-'}{hours:02d}:{rest:02d}"
    name = local.tzname() or ""
    # Some zones have no abbreviation of their own ("+0530"); UTC needs no offset.
    if name in ("UTC", "GMT") and minutes == 0:
        return name
    if not name or name[0] in "+-" or name.startswith(("UTC", "GMT")):
        return offset
    return f"{name}, {offset}"


def format_mturk_time(value: datetime | None) -> str:
    """MTurk's batch-results timestamp: "Fri Nov 01 12:08:17 PDT 2019", in US Pacific time."""
    if value is None:
        return ""
    local = as_utc(value).astimezone(PACIFIC)
    return local.strftime("%a %b %d %H:%M:%S ") + (local.tzname() or "PST") + local.strftime(" %Y")


def parse_mturk_time(text: str) -> datetime | None:
    """Parse MTurk's CSV timestamp (or an ISO 8601 one) to UTC; empty gives None."""
    text = (text or "").strip()
    if not text:
        return None
    match = _MTURK_TIME.match(text)
    if match:
        month, day, hour, minute, second, zone, year = match.groups()
        # An archive holds a few days' worth of timestamps: each day's start is worked out once.
        start = _day_start(month, day, zone, year)
        hours, minutes, seconds = int(hour), int(minute), int(second)
        if start is not None and hours < 24 and minutes < 60 and seconds < 60:
            return start + timedelta(0, hours * 3600 + minutes * 60 + seconds)
        if month.title() not in _MONTHS:
            raise ValueError(f"not a timestamp: {text!r}")
        naive = datetime(int(year), _MONTHS[month.title()], int(day),
                         int(hour), int(minute), int(second))
        zone = zone.upper()
        if zone in _ZONE_OFFSETS:
            offset = timedelta(hours=_ZONE_OFFSETS[zone])
        elif re.fullmatch(r"[+-]\d{4}", zone):
            sign = 1 if zone[0] == "+" else -1
            offset = sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
        else:
            # An unknown abbreviation: MTurk writes Pacific time, so take it as such.
            return naive.replace(tzinfo=PACIFIC).astimezone(UTC)
        return (naive - offset).replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"not a timestamp: {text!r}") from None
    return as_utc(parsed)


@lru_cache(maxsize=4096)
def _day_start(month: str, day: str, zone: str, year: str) -> datetime | None:
    """Midnight of that day in a fixed-offset zone, in UTC; None where the full parse decides."""
    number = _MONTHS.get(month.title())
    offset = _ZONE_OFFSETS.get(zone.upper())
    if number is None or offset is None:
        return None
    try:
        return datetime(int(year), number, int(day), tzinfo=UTC) - timedelta(hours=offset)
    except (ValueError, OverflowError):
        return None


def parse_duration(text: str) -> int:
    """A duration like "30m", "3d", "1h30m", "90s" or plain seconds, in seconds."""
    raw = str(text).strip().lower()
    if raw.isdigit():
        return int(raw)
    parts = re.findall(r"(\d+)\s*([wdhms])", raw)
    if not parts or "".join(n + u for n, u in parts) != re.sub(r"\s+", "", raw):
        raise ValueError(translate("Durations", "not a duration: {text} (use e.g. 30m, 2h, "
                                   "3d)").format(text=repr(text)))
    unit = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
    return sum(int(n) * unit[u] for n, u in parts)


def format_duration(seconds: int) -> str:
    """Seconds as a short human duration: "3d", "1h 30m", "45s"."""
    if seconds <= 0:
        return "0s"
    out = []
    for label, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            out.append(f"{count}{label}")
    return " ".join(out[:2])
