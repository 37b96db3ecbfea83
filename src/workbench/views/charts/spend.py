"""Spend charts: what was paid per period (rewards, bonuses, fees, stacked) and cumulatively,
with what is committed but not yet paid drawn apart."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from workbench.domain.money import format_dollars
from workbench.services.statistics import SpendReport, Table
from workbench.views.charts.base import (
    BLUE,
    ORANGE,
    PURPLE,
    SKY,
    DollarAxis,
    TimeChart,
    brush,
    plural,
)


class SpendChart(TimeChart):
    """Rewards, bonuses and fees paid per period, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Spend per period", left=DollarAxis("left"),
                         empty_text="Nothing was paid in this range.", parent=parent)
        self.set_legend([(BLUE, "Rewards"), (SKY, "Bonuses"), (ORANGE, "Fees")])
        # Created once; every reload only changes their data.
        self.rewards = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                       brush=brush(BLUE))
        self.bonuses = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                       brush=brush(SKY))
        self.fees = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                    brush=brush(ORANGE))
        for bars in (self.rewards, self.bonuses, self.fees):
            self.item.addItem(bars)

    def draw(self, report: SpendReport) -> None:
        left, width = self.set_buckets(report.axis.buckets)
        amounts = [p.amounts for p in report.points]
        rewards = np.array([a.reward_cents for a in amounts], dtype=float)
        bonuses = np.array([a.bonus_cents for a in amounts], dtype=float)
        fees = np.array([a.fee_cents for a in amounts], dtype=float)
        self.rewards.setOpts(x0=left, width=width, y0=np.zeros_like(rewards), height=rewards)
        self.bonuses.setOpts(x0=left, width=width, y0=rewards, height=bonuses)
        self.fees.setOpts(x0=left, width=width, y0=rewards + bonuses, height=fees)
        self.frame_y(float((rewards + bonuses + fees).max()) if len(amounts) else 0, minimum=10)

    def is_empty(self, report: SpendReport) -> bool:
        return report.paid.total_cents == 0

    def summary(self, report: SpendReport) -> str:
        if not report.points:
            return ""
        return (f"{format_dollars(report.paid.total_cents)} paid, by "
                f"{report.axis.granularity.value}. Point at a bar to see its exact values.")

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        index = self.bucket_at(x)
        if index is None:
            return None
        point = self.report.points[index]
        a = point.amounts
        text = (f"{point.bucket.label}: {format_dollars(a.total_cents)} paid — rewards "
                f"{format_dollars(a.reward_cents)} for {a.approved} approved, bonuses "
                f"{format_dollars(a.bonus_cents)} ({a.bonuses}), fees "
                f"{format_dollars(a.fee_cents)} (on rewards {format_dollars(a.reward_fee_cents)}"
                f", on bonuses {format_dollars(a.bonus_fee_cents)})")
        return text, (point.bucket.start + point.bucket.end) / 2


class CumulativeSpendChart(TimeChart):
    """Everything paid up to each period, and what is committed on top of it now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Cumulative spend", left=DollarAxis("left"),
                         empty_text="Nothing paid or committed in this range.", parent=parent)
        self.set_legend([(BLUE, "Paid so far"), (PURPLE, "Committed, not yet paid")])
        self.paid = self.item.plot([], [], pen=pg.mkPen(BLUE, width=2), fillLevel=0,
                                   fillBrush=brush(BLUE, 40))
        self.paid.setDownsampling(auto=True, method="peak")
        self.paid.setClipToView(True)
        self.committed = pg.BarGraphItem(x0=[], width=[], y0=[], height=[],
                                         pen=pg.mkPen(PURPLE, width=1.5,
                                                      style=Qt.PenStyle.DashLine),
                                         brush=brush(PURPLE, 70))
        self.item.addItem(self.committed)
        self.committed_label = pg.TextItem(anchor=(1, 1), color=PURPLE)
        self.item.addItem(self.committed_label, ignoreBounds=True)

    def draw(self, report: SpendReport) -> None:
        buckets = report.axis.buckets
        self.set_buckets(buckets)
        ends = np.array([b.end for b in buckets], dtype=float)
        totals = np.array([p.cumulative_cents for p in report.points], dtype=float)
        if len(buckets):
            # Start from zero at the first period's start, then one point per period's end.
            xs = np.concatenate(([buckets[0].start], ends))
            ys = np.concatenate(([0.0], totals))
        else:
            xs = ys = np.array([], dtype=float)
        self.paid.setData(xs, ys)
        committed = float(report.committed.total_cents)
        top = float(totals[-1]) if len(totals) else 0.0
        if committed and len(buckets):
            last = buckets[-1]
            width = (last.end - last.start) * 0.5
            self.committed.setOpts(x0=[last.end - width / 2], width=[width], y0=[top],
                                   height=[committed])
            self.committed_label.setText(f"+{format_dollars(round(committed))} committed")
            self.committed_label.setPos(last.end - width / 2, top + committed)
            self.committed_label.show()
        else:
            self.committed.setOpts(x0=[], width=[], y0=[], height=[])
            self.committed_label.hide()
        self.frame_y((top + committed) * 1.08, minimum=10)

    def summary(self, report: SpendReport) -> str:
        if report.empty:
            return ""
        c = report.committed
        return (f"Paid {format_dollars(report.paid.total_cents)}; committed but not yet paid "
                f"{format_dollars(c.total_cents)} ({c.awaiting_review} awaiting review, "
                f"{c.being_worked} being worked on, "
                f"{plural(c.queued_bonuses, 'bonus', 'bonuses')} queued).")

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        index = self.bucket_at(x)
        if index is None:
            return None
        point = self.report.points[index]
        return (f"By the end of {point.bucket.label}: {format_dollars(point.cumulative_cents)} "
                f"paid in all", point.bucket.end)

    def table(self) -> Table | None:
        return self.report.table() if self.report is not None else None
