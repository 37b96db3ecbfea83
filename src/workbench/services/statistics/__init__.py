"""Statistics for the charts: spend, approval rates, throughput and pay, aggregated in SQL.

No Qt here: every function takes a Workbench and a ChartFilter and returns plain data,
including the table of numbers a user can copy into a spreadsheet.
"""

from __future__ import annotations

from workbench.services.statistics.approval import (
    RATE_BANDS,
    ApprovalReport,
    BatchApprovalReport,
    Decisions,
    WorkerRatesReport,
    approval_by_batch,
    approval_over_time,
    worker_approval_rates,
)
from workbench.services.statistics.calendar import (
    Granularity,
    LocalCalendar,
    TimeAxis,
    TimeBucket,
)
from workbench.services.statistics.choices import ChartChoices, chart_choices
from workbench.services.statistics.query import NO_BATCH, ChartFilter, Table
from workbench.services.statistics.spend import (
    CommittedSpend,
    SpendAmounts,
    SpendReport,
    spend_over_time,
)
from workbench.services.statistics.throughput import (
    SubmissionsReport,
    WageReport,
    WageRow,
    WorkTimeReport,
    hourly_wage,
    median,
    submissions_over_time,
    work_time_and_wage,
    work_time_distribution,
)

__all__ = [
    "NO_BATCH",
    "RATE_BANDS",
    "ApprovalReport",
    "BatchApprovalReport",
    "ChartChoices",
    "ChartFilter",
    "CommittedSpend",
    "Decisions",
    "Granularity",
    "LocalCalendar",
    "SpendAmounts",
    "SpendReport",
    "SubmissionsReport",
    "Table",
    "TimeAxis",
    "TimeBucket",
    "WageReport",
    "WageRow",
    "WorkTimeReport",
    "WorkerRatesReport",
    "approval_by_batch",
    "approval_over_time",
    "chart_choices",
    "hourly_wage",
    "median",
    "spend_over_time",
    "submissions_over_time",
    "work_time_and_wage",
    "work_time_distribution",
    "worker_approval_rates",
]
