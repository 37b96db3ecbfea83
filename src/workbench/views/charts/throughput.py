"""Throughput and pay charts: submissions per hour, the spread of work time, and the effective
hourly wage of each batch against the wage the user set."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from workbench.domain.clock import format_duration
from workbench.domain.money import format_dollars
from workbench.services.statistics import SubmissionsReport, WageReport, WorkTimeReport
from workbench.views.charts.base import (
    BLUE,
    ORANGE,
    SKY,
    VERMILLION,
    ChartPanel,
    DurationAxis,
    TimeChart,
    brush,
    granularity_name,
)

MAX_WAGE_ROWS = 10


class WageAxis(pg.AxisItem):
    """Dollars per hour."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [f"${v / 100:,.2f}/h" if spacing < 100 else f"${v / 100:,.0f}/h" for v in values]


class SubmissionsChart(TimeChart):
    """Submissions per period (per hour when the bars are hours), with the hourly rate on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(str(QT_TRANSLATE_NOOP("ChartPanel", "Submissions per hour")),
                         empty_text=str(QT_TRANSLATE_NOOP("ChartPanel",
                                                      "No work was submitted in this range.")),
                         parent=parent)
        self.set_legend([(BLUE, self.tr("Submissions"))])
        self.item.setLabel("left", self.tr("submissions"))
        self.bars = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                    brush=brush(BLUE))
        self.item.addItem(self.bars)

    def draw(self, report: SubmissionsReport) -> None:
        # Counts per period: over months of archive, an hourly average would be a sliver.
        self.title_label.setText(self.tr("Submissions per {period}").format(
            period=granularity_name(report.axis.granularity.value)))
        left, width = self.set_buckets(report.axis.buckets)
        counts = np.array([p.submissions for p in report.points], dtype=float)
        self.bars.setOpts(x0=left, width=width, y0=np.zeros_like(counts), height=counts)
        self.frame_y(float(counts.max()) if len(counts) else 0)

    def summary(self, report: SubmissionsReport) -> str:
        if report.empty or report.busiest_hour is None:
            return ""
        return self.tr("{count} submissions; the busiest hour was {hour} with {busiest}.").format(
            count=f"{report.total:,}", hour=report.busiest_hour.label,
            busiest=f"{report.busiest_hour_submissions:,}")

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        index = self.bucket_at(x)
        if index is None:
            return None
        point = self.report.points[index]
        return (self.tr("{period}: {count} submissions in {hours} h, {rate} per hour on "
                        "average").format(period=point.bucket.label,
                                          count=f"{point.submissions:,}",
                                          hours=f"{point.hours:g}",
                                          rate=f"{point.per_hour:.2f}"),
                (point.bucket.start + point.bucket.end) / 2)


class WorkTimeChart(ChartPanel):
    """How long the work took: a histogram of work time, rejected work stacked on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(str(QT_TRANSLATE_NOOP("ChartPanel", "Work time")),
                         axes={"bottom": DurationAxis("bottom")},
                         empty_text=str(QT_TRANSLATE_NOOP("ChartPanel",
                                                      "No work time recorded in this range.")),
                         parent=parent)
        self.set_legend([(BLUE, self.tr("Approved or awaiting review")),
                         (VERMILLION, self.tr("Rejected"))])
        self.item.vb.setMouseEnabled(x=False, y=False)
        self.item.setLabel("left", self.tr("assignments"))
        self.kept = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                    brush=brush(BLUE))
        self.rejected = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                        brush=brush(VERMILLION))
        self.item.addItem(self.kept)
        self.item.addItem(self.rejected)
        self.median = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DashLine),
                                      label=self.tr("median"), labelOpts={"position": 0.92,
                                                                 "color": ORANGE})
        self.item.addItem(self.median, ignoreBounds=True)

    def _edges(self, report: WorkTimeReport) -> tuple[np.ndarray, np.ndarray]:
        lows = np.array([b.low_s for b in report.bins], dtype=float)
        # The first bin is always closed; an open-ended last bin is drawn as wide as it.
        regular = (report.bins[0].high_s or 1) - report.bins[0].low_s if report.bins else 1
        widths = np.array([(b.high_s - b.low_s) if b.high_s is not None else regular
                           for b in report.bins], dtype=float)
        return lows, widths

    def draw(self, report: WorkTimeReport) -> None:
        lows, widths = self._edges(report)
        kept = np.array([b.kept for b in report.bins], dtype=float)
        rejected = np.array([b.rejected for b in report.bins], dtype=float)
        gap = widths * 0.04
        self.kept.setOpts(x0=lows + gap, width=widths - 2 * gap, y0=np.zeros_like(kept),
                          height=kept)
        self.rejected.setOpts(x0=lows + gap, width=widths - 2 * gap, y0=kept, height=rejected)
        if report.median_s is not None and len(lows):
            self.median.setValue(report.median_s)
            self.median.label.setFormat(self.tr("median {duration}").format(
                duration=format_duration(round(report.median_s))))
            self.median.show()
            self.item.setXRange(0, float(lows[-1] + widths[-1]), padding=0.02)
            self.item.setYRange(0, max(float((kept + rejected).max()), 1.0) * 1.12, padding=0)
        else:
            self.median.hide()

    def summary(self, report: WorkTimeReport) -> str:
        if report.empty or report.median_s is None:
            return ""
        text = self.tr("{count} assignments; median {median}, 90% within {p90}").format(
            count=f"{report.assignments:,}", median=_duration(report.median_s),
            p90=_duration(report.p90_s))
        if report.kept_median_s is not None and report.kept_median_s != report.median_s:
            text += self.tr("; median of work not rejected {median}").format(
                median=_duration(report.kept_median_s))
        return text + "."

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        for work_bin in self.report.bins:
            high = work_bin.high_s if work_bin.high_s is not None else float("inf")
            if work_bin.low_s <= x < high:
                return (self.tr("{range}: {kept} approved or awaiting review, {rejected} "
                                "rejected").format(range=work_bin.label, kept=work_bin.kept,
                                                   rejected=work_bin.rejected), None)
        return None


def _duration(seconds: float | None) -> str:
    return "—" if seconds is None else format_duration(round(seconds))


class WageChart(ChartPanel):
    """Effective hourly wage per batch, with and without bonuses, against your fair wage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(str(QT_TRANSLATE_NOOP("ChartPanel", "Effective hourly wage")),
                         axes={"bottom": WageAxis("bottom")},
                         empty_text=str(QT_TRANSLATE_NOOP("ChartPanel",
                                                      "No work time recorded in this range.")),
                         parent=parent)
        self.set_legend([(BLUE, self.tr("Reward")), (SKY, self.tr("With bonuses")),
                         (ORANGE, self.tr("Below your wage"))])
        self.item.vb.setMouseEnabled(x=False, y=False)
        self.item.showGrid(x=True, y=False, alpha=0.25)
        self.with_bonus = pg.BarGraphItem(x0=[], width=[], y=[], height=[], pen=None,
                                          brush=brush(SKY))
        self.reward = pg.BarGraphItem(x0=[], width=[], y=[], height=[], pen=None,
                                      brush=brush(BLUE))
        self.item.addItem(self.with_bonus)
        self.item.addItem(self.reward)
        self.fair = pg.InfiniteLine(angle=90, movable=False,
                                    pen=pg.mkPen(VERMILLION, width=2, style=Qt.PenStyle.DashLine),
                                    label=self.tr("your wage"), labelOpts={"position": 0.96,
                                                                  "color": VERMILLION})
        self.item.addItem(self.fair, ignoreBounds=True)

    def rows(self, report: WageReport) -> list[int]:
        return list(range(min(MAX_WAGE_ROWS, len(report.rows))))

    def draw(self, report: WageReport) -> None:
        rows = [report.rows[i] for i in self.rows(report)]
        ys = np.arange(len(rows), dtype=float)[::-1]
        wage = np.array([r.wage_cents for r in rows], dtype=float)
        with_bonus = np.array([r.wage_with_bonus_cents for r in rows], dtype=float)
        height = np.full(len(rows), 0.7)
        below = [r.wage_with_bonus_cents < report.fair_wage_cents for r in rows]
        # The with-bonus bar shows only where bonuses add something.
        extra = np.where(with_bonus > wage, with_bonus, 0.0)
        self.with_bonus.setOpts(x0=np.zeros(len(rows)), width=extra, y=ys, height=height)
        self.reward.setOpts(x0=np.zeros(len(rows)), width=wage, y=ys, height=height * 0.55,
                            brushes=[brush(ORANGE if low else BLUE) for low in below])
        self.set_row_labels(ys.tolist(), [r.label for r in rows])
        self.fair.setValue(report.fair_wage_cents)
        self.fair.label.setFormat(self.tr("your wage {wage}/h").format(
            wage=format_dollars(report.fair_wage_cents)))
        top = max([report.fair_wage_cents, *with_bonus.tolist()])
        self.item.setXRange(0, top * 1.15, padding=0)
        self.frame_rows(len(rows))

    def summary(self, report: WageReport) -> str:
        if report.empty:
            return ""
        below = len(report.below_fair)
        text = (self.tr("{below} of 1 batch pays less than your wage of {wage}/h, bonuses "
                        "included (reward over the median time of work not rejected).")
                if len(report.rows) == 1 else
                self.tr("{below} of {count} batches pay less than your wage of {wage}/h, "
                        "bonuses included (reward over the median time of work not "
                        "rejected).")).format(below=below, count=len(report.rows),
                                              wage=format_dollars(report.fair_wage_cents))
        if len(report.rows) > MAX_WAGE_ROWS:
            text += " " + self.tr("The {shown} newest are drawn; Copy table gives them all.") \
                .format(shown=MAX_WAGE_ROWS)
        return text

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        rows = self.rows(self.report)
        index = len(rows) - 1 - round(y)
        if not rows or not 0 <= index < len(rows) or abs(y - round(y)) > 0.4:
            return None
        row = self.report.rows[index]
        return (self.tr("{batch}: reward {reward}, median work time {median} over {count} "
                        "assignments → {wage}/h; with bonuses ({bonus} per assignment) "
                        "{wage_with_bonus}/h").format(
            batch=row.label, reward=format_dollars(row.reward_cents),
            median=_duration(row.median_work_s), count=row.assignments,
            wage=format_dollars(round(row.wage_cents)),
            bonus=format_dollars(round(row.bonus_per_assignment_cents)),
            wage_with_bonus=format_dollars(round(row.wage_with_bonus_cents))), None)
