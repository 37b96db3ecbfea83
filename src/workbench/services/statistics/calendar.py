"""Local-time buckets for charts: hours, days, weeks and months, right across DST changes.

The database groups by the hour (UTC, shifted by the local zone's sub-hour offset, so that
every hour group starts on a local whole hour); this module turns those hours into the
local days, weeks or months a person expects to read on a time axis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum

from workbench.domain.clock import zone_label
from workbench.domain.text import QT_TRANSLATE_NOOP, translate

HOUR_S = 3600
DAY_S = 86400
# More bars than this are unreadable and slow to draw: a coarser granularity is used instead.
MAX_BUCKETS = 1500

# Day and month names of the labels (not the C locale's English ones): translated when made.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("StatisticsCalendar", "Mon"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "Tue"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "Wed"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "Thu"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "Fri"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "Sat"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "Sun"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("StatisticsCalendar", "January"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "February"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "March"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "April"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "May"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "June"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "July"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "August"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "September"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "October"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "November"),
    QT_TRANSLATE_NOOP("StatisticsCalendar", "December"),
)


class Granularity(StrEnum):
    """How long one bar of a time chart is."""

    AUTO = "auto"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


COARSER = {Granularity.HOUR: Granularity.DAY, Granularity.DAY: Granularity.WEEK,
           Granularity.WEEK: Granularity.MONTH}
APPROXIMATE_S = {Granularity.HOUR: HOUR_S, Granularity.DAY: DAY_S,
                 Granularity.WEEK: 7 * DAY_S, Granularity.MONTH: 30 * DAY_S}


@dataclass(frozen=True)
class TimeBucket:
    """One bar of a time chart: [start, end) in epoch seconds, and how a person names it."""

    start: float
    end: float
    label: str

    @property
    def hours(self) -> float:
        return (self.end - self.start) / HOUR_S


class LocalCalendar:
    """Buckets in one time zone; ``None`` means the computer's own zone (as its clock shows)."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self.zone = zone

    def local(self, epoch: float) -> datetime:
        """The naive local time of an instant."""
        if self.zone is None:
            return datetime.fromtimestamp(epoch)
        return datetime.fromtimestamp(epoch, self.zone).replace(tzinfo=None)

    def abbreviation(self, epoch: float) -> str:
        """The zone's short name at an instant ("CET", "CEST"; "UTC+05:30" if it has none)."""
        label = zone_label(datetime.fromtimestamp(epoch, UTC), self.zone)
        return label.split(",")[0]

    def epoch(self, local: datetime) -> float:
        """The instant of a naive local time."""
        if self.zone is None:
            return local.timestamp()
        return local.replace(tzinfo=self.zone).timestamp()

    def hour_phase(self) -> int:
        """Seconds to add to UTC so that hour groups start on local whole hours (India: 1800)."""
        now = datetime.now(self.zone) if self.zone is not None else datetime.now().astimezone()
        offset = now.utcoffset() or timedelta(0)
        return int(offset.total_seconds()) % HOUR_S

    def floor(self, epoch: float, granularity: Granularity) -> float:
        """The start of the bucket holding an instant."""
        if granularity is Granularity.HOUR:
            phase = self.hour_phase()
            return float((int(epoch) + phase) // HOUR_S * HOUR_S - phase)
        day = self.local(epoch).replace(hour=0, minute=0, second=0, microsecond=0)
        if granularity is Granularity.WEEK:
            day -= timedelta(days=day.weekday())
        elif granularity is Granularity.MONTH:
            day = day.replace(day=1)
        return self.epoch(day)

    def following(self, start: float, granularity: Granularity) -> float:
        """The start of the next bucket."""
        if granularity is Granularity.HOUR:
            return start + HOUR_S
        day = self.local(start)
        if granularity is Granularity.DAY:
            day += timedelta(days=1)
        elif granularity is Granularity.WEEK:
            day += timedelta(days=7)
        else:
            day = day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)
        # Whole days from a local midnight: re-anchor in case a DST change moved the hour.
        return self.epoch(day.replace(hour=0, minute=0, second=0, microsecond=0))

    def label(self, start: float, granularity: Granularity) -> str:
        """The bucket's name in the window's language (English names without one)."""
        local = self.local(start)
        if granularity is Granularity.HOUR:
            # The zone's abbreviation: an hour means nothing without it once copied elsewhere.
            return f"{local.strftime('%Y-%m-%d %H:%M')} {self.abbreviation(start)}"
        if granularity is Granularity.DAY:
            return translate("StatisticsCalendar", "{weekday} {date}").format(
                weekday=translate("StatisticsCalendar", WEEKDAYS[local.weekday()]),
                date=local.strftime("%Y-%m-%d"))
        if granularity is Granularity.WEEK:
            return translate("StatisticsCalendar", "week of {date}").format(
                date=local.strftime("%Y-%m-%d"))
        return translate("StatisticsCalendar", "{month} {year}").format(
            month=translate("StatisticsCalendar", MONTHS[local.month - 1]), year=local.year)

    def days_back(self, now: datetime, days: int) -> datetime:
        """The local midnight that starts the last ``days`` days, today included (in UTC)."""
        today = self.local(now.timestamp()).replace(hour=0, minute=0, second=0, microsecond=0)
        return datetime.fromtimestamp(self.epoch(today - timedelta(days=days - 1)), UTC)

    def day_start(self, year: int, month: int, day: int) -> datetime:
        """A local calendar day's first instant, in UTC."""
        return datetime.fromtimestamp(self.epoch(datetime(year, month, day)), UTC)

    def resolve(self, granularity: Granularity, first: float, last: float) -> Granularity:
        """The granularity to draw: AUTO by the span; a choice with too many bars, coarser."""
        span = max(0.0, last - first)
        if granularity is Granularity.AUTO:
            if span <= 2 * DAY_S:
                granularity = Granularity.HOUR
            elif span <= 92 * DAY_S:
                granularity = Granularity.DAY
            elif span <= 2 * 365 * DAY_S:
                granularity = Granularity.WEEK
            else:
                granularity = Granularity.MONTH
        while granularity in COARSER and span / APPROXIMATE_S[granularity] > MAX_BUCKETS:
            granularity = COARSER[granularity]
        return granularity

    def buckets(self, first: float, last: float, granularity: Granularity) -> list[TimeBucket]:
        """Every bucket from the one holding ``first`` to the one holding ``last``."""
        out: list[TimeBucket] = []
        start = self.floor(first, granularity)
        while start <= last:
            end = self.following(start, granularity)
            out.append(TimeBucket(start, end, self.label(start, granularity)))
            start = end
        return out


@dataclass(frozen=True)
class TimeAxis:
    """The buckets of one chart and how to find the bucket of an hour group."""

    granularity: Granularity
    buckets: list[TimeBucket]

    def index_of(self, epoch: float) -> int | None:
        """The bucket holding an instant, or None outside the axis (binary search)."""
        low, high = 0, len(self.buckets)
        while low < high:
            middle = (low + high) // 2
            if self.buckets[middle].end <= epoch:
                low = middle + 1
            else:
                high = middle
        if low < len(self.buckets) and self.buckets[low].start <= epoch:
            return low
        return None


def make_axis(calendar: LocalCalendar, granularity: Granularity, hours: list[float], *,
              start: datetime | None, end: datetime | None, now: datetime) -> TimeAxis:
    """The time axis for hour groups within a chosen range (or the data's own extent)."""
    if start is None and not hours:
        return TimeAxis(calendar.resolve(granularity, 0, 0), [])
    first = start.timestamp() if start is not None else min(hours)
    if end is not None:
        last = end.timestamp() - 1
    elif start is not None:
        last = max([now.timestamp(), *hours])
    else:
        last = max(hours)
    resolved = calendar.resolve(granularity, first, last)
    return TimeAxis(resolved, calendar.buckets(first, last, resolved))
