"""Spend charts: what was paid per period (rewards, bonuses, fees, stacked) and cumulatively,
with what is committed but not yet paid drawn apart."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
    granularity_name,
)


class SpendChart(TimeChart):
    """Rewards, bonuses and fees paid per period, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(str(QT_TRANSLATE_NOOP("ChartPanel", "Spend per period")),
                         left=DollarAxis("left"),
                         empty_text=str(QT_TRANSLATE_NOOP("ChartPanel",
                                                      "Nothing was paid in this range.")),
                         parent=parent)
        self.set_legend([(BLUE, self.tr("Rewards")), (SKY, self.tr("Bonuses")),
                         (ORANGE, self.tr("Fees"))])
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
        return self.tr("{amount} paid, by {period}. Point at a bar to see its exact values.") \
            .format(amount=format_dollars(report.paid.total_cents),
                    period=granularity_name(report.axis.granularity.value))

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        index = self.bucket_at(x)
        if index is None:
            return None
        point = self.report.points[index]
        a = point.amounts
        text = self.tr(
            "{period}: {total} paid — rewards {rewards} for {approved} approved, bonuses "
            "{bonuses} ({bonus_count}), fees {fees} (on rewards {reward_fees}, on bonuses "
            "{bonus_fees})").format(
                period=point.bucket.label, total=format_dollars(a.total_cents),
                rewards=format_dollars(a.reward_cents), approved=a.approved,
                bonuses=format_dollars(a.bonus_cents), bonus_count=a.bonuses,
                fees=format_dollars(a.fee_cents), reward_fees=format_dollars(a.reward_fee_cents),
                bonus_fees=format_dollars(a.bonus_fee_cents))
        return text, (point.bucket.start + point.bucket.end) / 2


class CumulativeSpendChart(TimeChart):
    """Everything paid up to each period, and what is committed on top of it now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(str(QT_TRANSLATE_NOOP("ChartPanel", "Cumulative spend")),
                         left=DollarAxis("left"),
                         empty_text=str(QT_TRANSLATE_NOOP("ChartPanel",
                                                      "Nothing paid or committed in this range.")),
                         parent=parent)
        self.set_legend([(BLUE, self.tr("Paid so far")),
                         (PURPLE, self.tr("Committed, not yet paid"))])
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
        xs, ys = self.line(report)
        self.paid.setData(xs, ys)
        committed = float(report.committed.total_cents)
        top = float(ys[-1]) if len(ys) else 0.0
        if committed and len(buckets):
            last = buckets[-1]
            width = (last.end - last.start) * 0.5
            # Committed money stands on top of what is paid by now, where the line ends.
            x = float(xs[-1])
            self.committed.setOpts(x0=[x - width / 2], width=[width], y0=[top],
                                   height=[committed])
            self.committed_label.setText(self.tr("+{amount} committed").format(
                amount=format_dollars(round(committed))))
            self.committed_label.setPos(x - width / 2, top + committed)
            self.committed_label.show()
        else:
            self.committed.setOpts(x0=[], width=[], y0=[], height=[])
            self.committed_label.hide()
        self.frame_y((top + committed) * 1.08, minimum=10)

    @staticmethod
    def line(report: SpendReport) -> tuple[np.ndarray, np.ndarray]:
        """The paid-so-far line: zero at the first period's start, then each period's total at
        its end, but never past the report's now (a period still running ends the line now)."""
        buckets = report.axis.buckets
        if not buckets:
            return np.array([], dtype=float), np.array([], dtype=float)
        now = report.now.timestamp() if report.now is not None else time.time()
        xs, ys = [buckets[0].start], [0.0]
        for point in report.points:
            if point.bucket.start >= now and len(xs) > 1:
                break
            xs.append(min(point.bucket.end, max(now, point.bucket.start)))
            ys.append(float(point.cumulative_cents))
        return np.array(xs, dtype=float), np.array(ys, dtype=float)

    def summary(self, report: SpendReport) -> str:
        if report.empty:
            return ""
        c = report.committed
        bonuses = (self.tr("1 bonus") if c.queued_bonuses == 1 else
                   self.tr("{count} bonuses").format(count=f"{c.queued_bonuses:,}"))
        return self.tr("Paid {paid}; committed but not yet paid {committed} ({awaiting} "
                       "awaiting review, {working} being worked on, {bonuses} queued).").format(
            paid=format_dollars(report.paid.total_cents),
            committed=format_dollars(c.total_cents), awaiting=c.awaiting_review,
            working=c.being_worked, bonuses=bonuses)

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        index = self.bucket_at(x)
        if index is None:
            return None
        point = self.report.points[index]
        now = self.report.now.timestamp() if self.report.now is not None else time.time()
        if point.bucket.start >= now:
            return None  # the line has not got there yet
        if point.bucket.end > now:
            return (self.tr("By now ({period}): {amount} paid in all").format(
                period=point.bucket.label, amount=format_dollars(point.cumulative_cents)), now)
        return (self.tr("By the end of {period}: {amount} paid in all").format(
            period=point.bucket.label, amount=format_dollars(point.cumulative_cents)),
            point.bucket.end)

    def table(self) -> Table | None:
        return self.report.table() if self.report is not None else None
