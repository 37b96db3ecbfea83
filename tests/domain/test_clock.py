from __future__ import annotations

from datetime import UTC, datetime

import pytest

from workbench.domain.clock import format_mturk_time, parse_duration, parse_mturk_time


def test_mturk_timestamps_are_written_in_pacific_time_with_daylight_saving() -> None:
    summer = datetime(2019, 11, 1, 19, 8, 17, tzinfo=UTC)
    winter = datetime(2018, 1, 31, 1, 39, 32, tzinfo=UTC)
    assert format_mturk_time(summer) == "Fri Nov 01 12:08:17 PDT 2019"
    assert format_mturk_time(winter) == "Tue Jan 30 17:39:32 PST 2018"
    assert format_mturk_time(None) == ""


@pytest.mark.parametrize("text", ["Fri Nov 01 12:08:17 PDT 2019", "Tue Jan 30 17:39:32 PST 2018",
                                  "Sun Sep 01 18:58:50 PDT 2019"])
def test_mturk_timestamps_round_trip(text: str) -> None:
    parsed = parse_mturk_time(text)
    assert parsed is not None and parsed.tzinfo is not None
    assert format_mturk_time(parsed) == text


def test_other_timestamp_forms_are_read() -> None:
    assert parse_mturk_time("2019-11-01T19:08:17Z") == datetime(2019, 11, 1, 19, 8, 17,
                                                                 tzinfo=UTC)
    assert parse_mturk_time("Fri Nov 01 19:08:17 UTC 2019") == datetime(2019, 11, 1, 19, 8, 17,
                                                                         tzinfo=UTC)
    assert parse_mturk_time("  ") is None
    with pytest.raises(ValueError):
        parse_mturk_time("yesterday at noon")


@pytest.mark.parametrize(("text", "seconds"), [
    ("30m", 1800), ("3d", 259200), ("1h30m", 5400), ("90s", 90), ("600", 600), ("1w", 604800),
])
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "3 days", "x", "-5m", "5q"])
def test_bad_durations_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)
