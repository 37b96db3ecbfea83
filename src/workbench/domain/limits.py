"""Limits on the numbers a person, a file or a command line may give, in one place.

MTurk's own where it documents them (durations); ours elsewhere, chosen so that every
accepted value fits the store's 32-bit integer columns (PostgreSQL's INTEGER) and no date
arithmetic on it leaves the calendar. Amounts of money have theirs in ``domain.money``.
"""

from __future__ import annotations

from datetime import UTC, datetime

# The store's integer columns (ids, counts, seconds, cents) are 32-bit on PostgreSQL.
STORE_INT_MAX = 2**31 - 1

# MTurk: a HIT's lifetime and an assignment's duration are 30 seconds to 365 days, and
# auto-approval comes within 30 days. No work time or archived duration can be longer.
MIN_DURATION_S = 30
MAX_DURATION_S = 365 * 86400
MAX_AUTO_APPROVAL_S = 30 * 86400

# Ours: more assignments than any HIT has asked for; a bigger number is a typo or hostile.
MAX_ASSIGNMENTS_PER_HIT = 1_000_000
# MTurk's qualification scores are 32-bit integers; an approval rate is a percentage.
MIN_SCORE, MAX_SCORE = -(2**31), 2**31 - 1
MAX_PERCENT = 100

# Timestamps a results file may carry: MTurk opened in November 2005; nothing is dated
# after 2100 (a year-9999 date plus a day would leave Python's calendar).
EARLIEST_TIME = datetime(2005, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(2100, 1, 1, tzinfo=UTC)
