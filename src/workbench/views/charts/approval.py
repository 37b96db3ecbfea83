"""Approval charts: shares approved, rejected and awaiting review over time and per batch,
and how workers' approval rates on your work are spread."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from workbench.domain.percent import percent_digits
from workbench.services.statistics import (
    RATE_BANDS,
    ApprovalReport,
    BatchApprovalReport,
    Decisions,
    WorkerRatesReport,
)
from workbench.views.charts.base import (
    GREEN,
    GREY,
    VERMILLION,
    YELLOW,
    ChartPanel,
    PercentAxis,
    TimeChart,
    brush,
)

MAX_BATCHES = 10
DECISION_LEGEND = [(GREEN, str(QT_TRANSLATE_NOOP("ApprovalCharts", "Approved"))),
                   (VERMILLION, str(QT_TRANSLATE_NOOP("ApprovalCharts", "Rejected"))),
                   (GREY, str(QT_TRANSLATE_NOOP("ApprovalCharts", "Awaiting review")))]
# services.statistics.RATE_BANDS, translated when shown.
_RATE_BANDS = (str(QT_TRANSLATE_NOOP("ApprovalCharts", "under 50%")),
               str(QT_TRANSLATE_NOOP("ApprovalCharts", "50% to under 80%")),
               str(QT_TRANSLATE_NOOP("ApprovalCharts", "80% to under 90%")),
               str(QT_TRANSLATE_NOOP("ApprovalCharts", "90% to under 95%")),
               str(QT_TRANSLATE_NOOP("ApprovalCharts", "95% to under 99%")),
               str(QT_TRANSLATE_NOOP("ApprovalCharts", "99% to under 100%")),
               str(QT_TRANSLATE_NOOP("ApprovalCharts", "100%")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApprovalCharts", text)


def decision_legend() -> list[tuple[str, str]]:
    return [(colour, _tr(name)) for colour, name in DECISION_LEGEND]


def shares(decisions: list[Decisions]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Approved, rejected and pending as percentages of each item's submitted work."""
    totals = np.array([max(d.total, 1) for d in decisions], dtype=float)
    return (np.array([d.approved for d in decisions], dtype=float) * 100 / totals,
            np.array([d.rejected for d in decisions], dtype=float) * 100 / totals,
            np.array([d.pending for d in decisions], dtype=float) * 100 / totals)


def describe_decisions(decisions: Decisions) -> str:
    total = max(decisions.total, 1)
    rate = decisions.rejection_rate

    def share(part: int) -> str:
        return percent_digits(Fraction(part, total), 1)

    text = QCoreApplication.translate(
        "ApprovalCharts", "{total} submitted: {approved} approved ({approved_share}%), "
        "{rejected} rejected ({rejected_share}%), {pending} awaiting review ({pending_share}%)"
    ).format(
        total=decisions.total, approved=decisions.approved,
        approved_share=share(decisions.approved), rejected=decisions.rejected,
        rejected_share=share(decisions.rejected), pending=decisions.pending,
        pending_share=share(decisions.pending))
    if rate is not None:
        text += QCoreApplication.translate(
            "ApprovalCharts", "; rejection rate of decided work {rate}%").format(
                rate=percent_digits(Fraction(decisions.rejected, decisions.decided), 1))
    return text


class ApprovalOverTimeChart(TimeChart):
    """Work submitted in each period, by the share approved, rejected and still awaiting review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(str(QT_TRANSLATE_NOOP("ChartPanel", "Approval over time")),
                         left=PercentAxis("left"),
                         empty_text=str(QT_TRANSLATE_NOOP("ChartPanel",
                                                      "No work was submitted in this range.")),
                         parent=parent)
        self.set_legend(decision_legend())
        self.approved = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                        brush=brush(GREEN))
        self.rejected = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                        brush=brush(VERMILLION))
        self.pending = pg.BarGraphItem(x0=[], width=[], y0=[], height=[], pen=None,
                                       brush=brush(GREY))
        for bars in (self.approved, self.rejected, self.pending):
            self.item.addItem(bars)

    def draw(self, report: ApprovalReport) -> None:
        left, width = self.set_buckets(report.axis.buckets)
        approved, rejected, pending = shares([p.decisions for p in report.points])
        # Periods with no work stay empty rather than drawing a 0% bar.
        present = np.array([p.decisions.total > 0 for p in report.points], dtype=bool)
        left, width = left[present], width[present]
        approved, rejected, pending = approved[present], rejected[present], pending[present]
        self.approved.setOpts(x0=left, width=width, y0=np.zeros_like(approved), height=approved)
        self.rejected.setOpts(x0=left, width=width, y0=approved, height=rejected)
        self.pending.setOpts(x0=left, width=width, y0=approved + rejected, height=pending)
        self.item.setYRange(0, 104, padding=0)

    def summary(self, report: ApprovalReport) -> str:
        if report.empty:
            return ""
        return self.tr("In all: {decisions}.").format(
            decisions=describe_decisions(report.total))

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        index = self.bucket_at(x)
        if index is None:
            return None
        point = self.report.points[index]
        if not point.decisions.total:
            return self.tr("{period}: no work submitted").format(
                period=point.bucket.label), None
        return (f"{point.bucket.label}: {describe_decisions(point.decisions)}",
                (point.bucket.start + point.bucket.end) / 2)


class ApprovalByBatchChart(ChartPanel):
    """The newest batches, each a bar split into approved, rejected and awaiting review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(str(QT_TRANSLATE_NOOP("ChartPanel", "Approval per batch")),
                         axes={"bottom": PercentAxis("bottom")},
                         empty_text=str(QT_TRANSLATE_NOOP(
                             "ChartPanel", "No batch has submitted work in this range.")),
                         parent=parent)
        self.set_legend(decision_legend())
        self.item.vb.setMouseEnabled(x=False, y=False)
        self.item.showGrid(x=True, y=False, alpha=0.25)
        self.approved = pg.BarGraphItem(x0=[], width=[], y=[], height=[], pen=None,
                                        brush=brush(GREEN))
        self.rejected = pg.BarGraphItem(x0=[], width=[], y=[], height=[], pen=None,
                                        brush=brush(VERMILLION))
        self.pending = pg.BarGraphItem(x0=[], width=[], y=[], height=[], pen=None,
                                       brush=brush(GREY))
        for bars in (self.approved, self.rejected, self.pending):
            self.item.addItem(bars)

    def shown(self, report: BatchApprovalReport) -> list[int]:
        return list(range(min(MAX_BATCHES, len(report.batches))))

    def draw(self, report: BatchApprovalReport) -> None:
        rows = [report.batches[i] for i in self.shown(report)]
        # Newest at the top: row 0 is drawn highest.
        ys = np.arange(len(rows), dtype=float)[::-1]
        approved, rejected, pending = shares([r.decisions for r in rows])
        height = np.full(len(rows), 0.7)
        self.approved.setOpts(x0=np.zeros(len(rows)), width=approved, y=ys, height=height)
        self.rejected.setOpts(x0=approved, width=rejected, y=ys, height=height)
        self.pending.setOpts(x0=approved + rejected, width=pending, y=ys, height=height)
        self.set_row_labels(ys.tolist(), [r.name for r in rows])
        self.item.setXRange(0, 101, padding=0)
        self.frame_rows(len(rows))

    def summary(self, report: BatchApprovalReport) -> str:
        if len(report.batches) > MAX_BATCHES:
            return self.tr("The {shown} newest of {count} batches; Copy table gives them "
                           "all.").format(shown=MAX_BATCHES, count=len(report.batches))
        return ""

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        rows = self.shown(self.report)
        index = len(rows) - 1 - round(y)
        if not rows or not 0 <= index < len(rows) or abs(y - round(y)) > 0.4:
            return None
        row = self.report.batches[index]
        return f"{row.name}: {describe_decisions(row.decisions)}", None


BAND_COLOURS = [VERMILLION, VERMILLION, "#E8833A", YELLOW, "#8CC084", GREEN, GREEN]
# Short names under the bars; each band runs up to the next one (the readout says it in full).
BAND_TICKS = ["<50%", "50%+", "80%+", "90%+", "95%+", "99%+", "100%"]


class WorkerRatesChart(ChartPanel):
    """How many workers have each band of approval rate on the work you decided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(str(QT_TRANSLATE_NOOP("ChartPanel",
                                               "Workers by approval rate on your work")),
                         empty_text=str(QT_TRANSLATE_NOOP(
                             "ChartPanel", "No worker's work has been decided in this range.")),
                         parent=parent)
        self.item.vb.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x=[], width=[], height=[], pen=None,
                                    brushes=[brush(c) for c in BAND_COLOURS])
        self.item.addItem(self.bars)
        self.counts = [pg.TextItem(anchor=(0.5, 1)) for _ in RATE_BANDS]
        for label in self.counts:
            self.item.addItem(label, ignoreBounds=True)
        self.item.getAxis("bottom").setTicks([list(enumerate(BAND_TICKS))])
        self.item.setLabel("left", self.tr("workers"))

    def draw(self, report: WorkerRatesReport) -> None:
        counts = np.array(report.workers_per_band, dtype=float)
        self.bars.setOpts(x=np.arange(len(RATE_BANDS), dtype=float),
                          width=np.full(len(RATE_BANDS), 0.7), height=counts,
                          brushes=[brush(c) for c in BAND_COLOURS])
        self.item.setXRange(-0.6, len(RATE_BANDS) - 0.4, padding=0)
        self.item.setYRange(0, max(float(counts.max()), 1.0) * 1.18, padding=0)
        text = self.palette().color(self.foregroundRole())
        # The count over each bar: a band of 3 workers beside one of 300 is otherwise a sliver.
        for index, label in enumerate(self.counts):
            label.setColor(text)
            label.setText(f"{int(counts[index]):,}" if counts[index] else "")
            label.setPos(index, float(counts[index]))

    def summary(self, report: WorkerRatesReport) -> str:
        if report.empty:
            return ""
        text = self.tr("You rejected work of {rejected} of {count} workers (your decisions "
                       "only; MTurk's approval rate counts every requester).").format(
            rejected=report.workers_rejected, count=report.workers)
        if report.undecided_workers:
            text += " " + self.tr("{count} more have nothing decided yet.").format(
                count=report.undecided_workers)
        return text

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        index = round(x)
        if not 0 <= index < len(RATE_BANDS) or abs(x - index) > 0.4:
            return None
        n = self.report.workers_per_band[index]
        workers = self.report.workers
        text = (self.tr("1 worker ({share}%) with an approval rate of {band} on your decided "
                        "work") if n == 1 else
                self.tr("{count} workers ({share}%) with an approval rate of {band} on your "
                        "decided work"))
        return text.format(count=n, share=percent_digits(Fraction(n, max(workers, 1)), 1),
                           band=_tr(RATE_BANDS[index])), None
