"""Throughput and pay charts: submissions per hour, the spread of work time, and the effective
hourly wage of each batch against the wage the user set."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
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
)

MAX_WAGE_ROWS = 10


class WageAxis(pg.AxisItem):
    """Dollars per hour."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [f"${v / 100:,.2f}/h" if spacing < 100 else f"${v / 100:,.0f}/h" for v in values]


class SubmissionsChart(TimeChart):
    """Submissions per period (per hour when the bars are hours), with the hourly rate on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Submissions per hour", empty_text="No work was submitted in this range.",
                         parent=parent)
        self.set_legend([(BLUE, "Submissions")])
        self.item.setLabel("left", "submissions")
        self.bars = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                    brush=brush(BLUE))
        self.item.addItem(self.bars)

    def draw(self, report: SubmissionsReport) -> None:
        # Counts per period: over months of archive, an hourly average would be a sliver.
        self.title_label.setText(f"Submissions per {report.axis.granularity.value}")
        left, width = self.set_buckets(report.axis.buckets)
        counts = np.array([p.submissions for p in report.points], dtype=float)
        self.bars.setOpts(x0=left, width=width, y0=np.zeros_like(counts), height=counts)
        self.frame_y(float(counts.max()) if len(counts) else 0)

    def summary(self, report: SubmissionsReport) -> str:
        if report.empty or report.busiest_hour is None:
            return ""
        return (f"{report.total:,} submissions; the busiest hour was {report.busiest_hour.label} "
                f"with {report.busiest_hour_submissions:,}.")

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        index = self.bucket_at(x)
        if index is None:
            return None
        point = self.report.points[index]
        return (f"{point.bucket.label}: {point.submissions:,} submissions in {point.hours:g} h, "
                f"{point.per_hour:.2f} per hour on average",
                (point.bucket.start + point.bucket.end) / 2)


class WorkTimeChart(ChartPanel):
    """How long the work took: a histogram of work time, rejected work stacked on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Work time", axes={"bottom": DurationAxis("bottom")},
                         empty_text="No work time recorded in this range.", parent=parent)
        self.set_legend([(BLUE, "Approved or awaiting review"), (VERMILLION, "Rejected")])
        self.item.vb.setMouseEnabled(x=False, y=False)
        self.item.setLabel("left", "assignments")
        self.kept = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                    brush=brush(BLUE))
        self.rejected = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                        brush=brush(VERMILLION))
        self.item.addItem(self.kept)
        self.item.addItem(self.rejected)
        self.median = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(ORANGE, width=2, style=Qt.PenStyle.DashLine),
                                      label="median", labelOpts={"position": 0.92,
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
            self.median.label.setFormat(f"median {format_duration(round(report.median_s))}")
            self.median.show()
            self.item.setXRange(0, float(lows[-1] + widths[-1]), padding=0.02)
            self.item.setYRange(0, max(float((kept + rejected).max()), 1.0) * 1.12, padding=0)
        else:
            self.median.hide()

    def summary(self, report: WorkTimeReport) -> str:
        if report.empty or report.median_s is None:
            return ""
        text = (f"{report.assignments:,} assignments; median {_duration(report.median_s)}, "
                f"90% within {_duration(report.p90_s)}")
        if report.kept_median_s is not None and report.kept_median_s != report.median_s:
            text += f"; median of work not rejected {_duration(report.kept_median_s)}"
        return text + "."

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        for work_bin in self.report.bins:
            high = work_bin.high_s if work_bin.high_s is not None else float("inf")
            if work_bin.low_s <= x < high:
                return (f"{work_bin.label}: {work_bin.kept} approved or awaiting review, "
                        f"{work_bin.rejected} rejected", None)
        return None


def _duration(seconds: float | None) -> str:
    return "—" if seconds is None else format_duration(round(seconds))


class WageChart(ChartPanel):
    """Effective hourly wage per batch, with and without bonuses, against your fair wage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Effective hourly wage", axes={"bottom": WageAxis("bottom")},
                         empty_text="No work time recorded in this range.", parent=parent)
        self.set_legend([(BLUE, "Reward"), (SKY, "With bonuses"), (ORANGE, "Below your wage")])
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
                                    label="your wage", labelOpts={"position": 0.96,
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
        self.fair.label.setFormat(f"your wage {format_dollars(report.fair_wage_cents)}/h")
        top = max([report.fair_wage_cents, *with_bonus.tolist()])
        self.item.setXRange(0, top * 1.15, padding=0)
        self.frame_rows(len(rows))

    def summary(self, report: WageReport) -> str:
        if report.empty:
            return ""
        below = len(report.below_fair)
        text = (f"{below} of {len(report.rows)} batch{'es' if len(report.rows) != 1 else ''} "
                f"pay{'s' if len(report.rows) == 1 else ''} less than your wage of "
                f"{format_dollars(report.fair_wage_cents)}/h, bonuses included "
                "(reward over the median time of work not rejected).")
        if len(report.rows) > MAX_WAGE_ROWS:
            text += f" The {MAX_WAGE_ROWS} newest are drawn; Copy table gives them all."
        return text

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        rows = self.rows(self.report)
        index = len(rows) - 1 - round(y)
        if not rows or not 0 <= index < len(rows) or abs(y - round(y)) > 0.4:
            return None
        row = self.report.rows[index]
        return (f"{row.label}: reward {format_dollars(row.reward_cents)}, median work time "
                f"{_duration(row.median_work_s)} over {row.assignments} assignments → "
                f"{format_dollars(round(row.wage_cents))}/h; with bonuses "
                f"({format_dollars(round(row.bonus_per_assignment_cents))} per assignment) "
                f"{format_dollars(round(row.wage_with_bonus_cents))}/h", None)
