"""How values look in tables: money, local times, durations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from workbench.domain.clock import format_duration
from workbench.domain.money import format_dollars


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
        return f"{int(value):,}"
    if kind == "percent":
        return f"{float(value):.0%}"
    return " ".join(str(value).split()) if kind == "text" else str(value)


def local_time(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
