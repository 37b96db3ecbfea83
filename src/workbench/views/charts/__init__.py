"""Chart widgets: each owns one PlotWidget, draws one report from services.statistics, shows
exact values on hover, and saves itself as PNG or copies its numbers as a table."""

from __future__ import annotations

from workbench.views.charts.approval import (
    ApprovalByBatchChart,
    ApprovalOverTimeChart,
    WorkerRatesChart,
)
from workbench.views.charts.base import ChartPanel, TimeChart
from workbench.views.charts.cards import StatCard
from workbench.views.charts.spend import CumulativeSpendChart, SpendChart
from workbench.views.charts.throughput import SubmissionsChart, WageChart, WorkTimeChart

__all__ = [
    "ApprovalByBatchChart",
    "ApprovalOverTimeChart",
    "ChartPanel",
    "CumulativeSpendChart",
    "SpendChart",
    "StatCard",
    "SubmissionsChart",
    "TimeChart",
    "WageChart",
    "WorkTimeChart",
    "WorkerRatesChart",
]
