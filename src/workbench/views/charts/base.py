"""What every chart widget shares: one PlotWidget, a legend, an exact-value readout on hover,
a message when there is nothing to draw, and Save PNG / Copy table.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.clock import format_duration
from workbench.domain.money import format_dollars
from workbench.services.statistics import Table, TimeBucket
from workbench.views.widgets import file_dialogs

# Okabe-Ito colours: told apart by people with every common colour-vision deficiency.
BLUE = "#0072B2"
SKY = "#56B4E9"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#A0A0A0"
YELLOW = "#F0E442"
HOVER_HINT = str(QT_TRANSLATE_NOOP("ChartPanel", "Point at a bar to see its exact values."))
LABEL_AXIS_WIDTH = 210
# The headers of the copied tables (services.statistics), and their few fixed cells.
TABLE_TEXTS = (
    str(QT_TRANSLATE_NOOP("ChartTable", "Period")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Period submitted")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Submitted")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Approved")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Rejected")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Awaiting review")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Approved %")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Rejected %")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Awaiting %")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Rejection rate of decided")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Batch")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Approval rate on your work")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Workers")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Share of workers")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Approved assignments")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Rewards")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Reward fees")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Bonuses")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Bonus amounts")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Bonus fees")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Paid")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Cumulative paid")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Submissions")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Hours")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Submissions per hour")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Work time from (s)")),
    str(QT_TRANSLATE_NOOP("ChartTable", "to (s)")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Approved or awaiting review")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Reward")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Assignments (not rejected)")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Median work time (s)")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Bonus per assignment")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Hourly wage")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Hourly wage with bonuses")),
    str(QT_TRANSLATE_NOOP("ChartTable", "Your fair wage")),
)
TABLE_CELLS = (str(QT_TRANSLATE_NOOP("ChartTable", "Total")),
               str(QT_TRANSLATE_NOOP("ChartTable", "nothing decided yet")))
# Time granularities (services.statistics.Granularity values), translated when shown.
GRANULARITY_NAMES = {
    "hour": str(QT_TRANSLATE_NOOP("Granularity", "hour")),
    "day": str(QT_TRANSLATE_NOOP("Granularity", "day")),
    "week": str(QT_TRANSLATE_NOOP("Granularity", "week")),
    "month": str(QT_TRANSLATE_NOOP("Granularity", "month")),
}


def chart_text(text: str, n: int = -1) -> str:
    """A text of the chart base classes, translated (they are subclassed: explicit context)."""
    return QCoreApplication.translate("ChartPanel", text, None, n)


def granularity_name(value: str) -> str:
    """ "hour", "day", … as the user reads it."""
    return QCoreApplication.translate("Granularity", GRANULARITY_NAMES.get(value, value))


def translated_tsv(table: Table) -> str:
    """A copied table with its headers (and fixed cells) in the user's language."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ChartTable", text)

    shown = Table(tuple(tr(h) for h in table.headers),
                  [((tr(row[0]) if row and row[0] in TABLE_CELLS else row[0]) if row else "",
                    *row[1:]) for row in table.rows])
    return shown.tsv()


def elide(widget: QWidget, text: str, pixels: int) -> str:
    """Text shortened in the middle to fit, so both a name's start and its id stay readable."""
    return QFontMetrics(widget.font()).elidedText(text, Qt.TextElideMode.ElideMiddle, pixels)


def brush(colour: str, alpha: int = 255) -> QColor:
    value = QColor(colour)
    value.setAlpha(alpha)
    return value


class DollarAxis(pg.AxisItem):
    """Tick labels in dollars ("$1.50", "$1,200"), never closer than a cent."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        levels = [(major, offset) for major, offset in super().tickSpacing(minVal, maxVal, size)
                  if major >= 1]
        return levels or [(1.0, 0.0)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        if spacing >= 100:
            return [f"${v / 100:,.0f}" for v in values]
        return [format_dollars(round(v)) for v in values]


class PercentAxis(pg.AxisItem):
    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [f"{v:.0f}%" for v in values]


NICE_DURATIONS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600,
                  43200, 86400)


class DurationAxis(pg.AxisItem):
    """Tick labels as durations ("30s", "2m", "1h 30m"), on whole minutes and hours."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        span = maxVal - minVal
        if span <= 0:
            return super().tickSpacing(minVal, maxVal, size)
        wanted = max(2, int(size / 90))
        major = next((d for d in NICE_DURATIONS if span / d <= wanted), NICE_DURATIONS[-1])
        minor = next((d for d in reversed(NICE_DURATIONS) if d < major and major % d == 0),
                     major)
        return [(float(major), 0.0), (float(minor), 0.0)]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [format_duration(round(v)) if v > 0 else "0" for v in values]


class ChartPanel(QWidget):
    """A titled chart: a PlotWidget, a legend, a hover readout, and its numbers as a table."""

    hovered = Signal(str)

    def __init__(self, title: str, *, axes: dict[str, pg.AxisItem] | None = None,
                 empty_text: str = str(QT_TRANSLATE_NOOP("ChartPanel", "Nothing to show yet.")),
                 parent: QWidget | None = None) -> None:
        """``title`` and ``empty_text`` in English, marked with str(QT_TRANSLATE_NOOP("ChartPanel",
        …)): the object name comes from the English title, what shows is translated."""
        super().__init__(parent)
        self.setObjectName("chart-" + title.lower().replace(" ", "-"))
        self.name = title
        self.title = chart_text(title)
        self.empty_text = chart_text(empty_text)
        self.report: Any = None
        self._table: Table | None = None

        self.canvas = QWidget()  # what Save PNG saves: title, legend, readout and plot
        self.canvas.setAutoFillBackground(True)
        canvas = QVBoxLayout(self.canvas)
        canvas.setContentsMargins(6, 4, 6, 4)
        canvas.setSpacing(2)
        head = QHBoxLayout()
        self.title_label = QLabel(self.title)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        head.addWidget(self.title_label)
        head.addStretch()
        self.copy_button = QToolButton()
        self.copy_button.setText(QCoreApplication.translate("ChartPanel", "Copy table"))
        self.copy_button.setToolTip(QCoreApplication.translate(
            "ChartPanel", "Copy this chart's numbers, to paste into a spreadsheet"))
        self.copy_button.setAccessibleName(QCoreApplication.translate(
            "ChartPanel", "Copy the table of {chart}").format(chart=self.title))
        self.copy_button.clicked.connect(self.copy_table)
        self.save_button = QToolButton()
        self.save_button.setText(QCoreApplication.translate("ChartPanel", "Save PNG…"))
        self.save_button.setToolTip(QCoreApplication.translate(
            "ChartPanel", "Save this chart as a PNG picture"))
        self.save_button.setAccessibleName(QCoreApplication.translate(
            "ChartPanel", "Save {chart} as PNG").format(chart=self.title))
        self.save_button.clicked.connect(self.ask_save_png)
        for button in (self.copy_button, self.save_button):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setEnabled(False)
            head.addWidget(button)
        canvas.addLayout(head)
        # The legend has its own line: beside the title it crowds out the buttons of half-width
        # charts.
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        canvas.addWidget(self.legend)
        self.readout = QLabel(chart_text(HOVER_HINT))
        self.readout.setAccessibleName(QCoreApplication.translate(
            "ChartPanel", "{chart}: values").format(chart=self.title))
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setStyleSheet("color: palette(mid);")
        self.readout.setWordWrap(True)
        canvas.addWidget(self.readout)

        self.plot = pg.PlotWidget(axisItems=axes or {})
        self.plot.setMinimumHeight(150)
        self.item = self.plot.getPlotItem()
        self.item.hideButtons()
        self.item.setMenuEnabled(False)
        self.item.showGrid(x=False, y=True, alpha=0.25)
        self.item.vb.setMouseEnabled(x=True, y=False)
        self._apply_palette()
        self.message = QLabel(self.empty_text)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.message.setStyleSheet("color: palette(mid); font-size: 13pt; background: transparent;")
        stack = QStackedLayout()
        stack.setStackingMode(QStackedLayout.StackingMode.StackAll)
        stack.addWidget(self.plot)
        stack.addWidget(self.message)
        # With every page shown at once, the current one is raised: the message over the plot.
        stack.setCurrentWidget(self.message)
        canvas.addLayout(stack, 1)

        self.pointer_line = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(GREY, width=1, style=Qt.PenStyle.DashLine))
        self.pointer_line.setZValue(20)
        self.pointer_line.hide()
        self.item.addItem(self.pointer_line, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.show_message(QCoreApplication.translate("ChartPanel", "Loading…"))

    # -- appearance -------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for name in ("left", "bottom", "right"):
            axis = self.item.getAxis(name)
            axis.setTextPen(text)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))

    def set_legend(self, entries: Sequence[tuple[str, str]]) -> None:
        """Coloured squares and names: (colour, name)."""
        self.legend.setText("&nbsp;&nbsp;".join(
            f'<span style="color:{colour}; font-size:14pt;">■</span>&nbsp;{name}'
            for colour, name in entries))
        self.legend.setVisible(bool(entries))

    def frame_rows(self, rows: int) -> None:
        """Frame a horizontal bar chart; a few rows sit in the middle, not at the bottom."""
        pad = max(0, 3 - rows) / 2
        self.item.setYRange(-0.6 - pad, rows - 0.4 + pad, padding=0)

    def set_row_labels(self, ys: Sequence[float], names: Sequence[str]) -> None:
        """Names of the rows of a horizontal bar chart, on the left axis, shortened to fit."""
        axis = self.item.getAxis("left")
        axis.setWidth(LABEL_AXIS_WIDTH)
        # pyqtgraph hides a label wider than the axis, so every name must fit inside it.
        room = LABEL_AXIS_WIDTH - 24
        axis.setTicks([[(float(y), elide(self, name, room))
                        for y, name in zip(ys, names, strict=True)]])

    def show_message(self, text: str | None) -> None:
        """A message over the plot (nothing to show, loading, failed); None hides it."""
        self.message.setVisible(bool(text))
        self.message.setText(text or "")

    # -- data -------------------------------------------------------------------------------

    def set_loading(self) -> None:
        if self.report is None:
            self.show_message(QCoreApplication.translate("ChartPanel", "Loading…"))
        self.readout.setText(QCoreApplication.translate("ChartPanel", "Updating…"))

    def set_failed(self, message: str) -> None:
        self.show_message(QCoreApplication.translate(
            "ChartPanel", "Could not load this chart: {error}").format(error=message))
        self.readout.setText("")

    def show_report(self, report: Any) -> None:
        """Draw a report from services.statistics (curves updated in place, never re-created)."""
        self.report = report
        self._table = report.table()
        self.draw(report)
        empty = self.is_empty(report)
        self.show_message(self.empty_text if empty else None)
        self.readout.setText(self.summary(report) or ("" if empty else chart_text(HOVER_HINT)))
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def draw(self, report: Any) -> None:
        raise NotImplementedError

    def is_empty(self, report: Any) -> bool:
        """Whether to say there is nothing to see instead of showing bare axes."""
        return bool(getattr(report, "empty", False))

    def summary(self, report: Any) -> str:
        """The readout's text when nothing is pointed at."""
        return ""

    def describe(self, x: float, y: float) -> tuple[str, float | None] | None:
        """What is under the pointer (text, x for the cursor line), or None for nothing."""
        return None

    def table(self) -> Table | None:
        return self._table

    # -- hover ------------------------------------------------------------------------------

    def _mouse_moved(self, position: QPointF) -> None:
        if self.report is None or not self.item.sceneBoundingRect().contains(position):
            return
        point = self.item.vb.mapSceneToView(position)
        self.hover_at(point.x(), point.y())

    def hover_at(self, x: float, y: float) -> str:
        """Show the exact values at a point of the plot (also what a test drives)."""
        found = self.describe(x, y) if self.report is not None else None
        if found is None:
            self.pointer_line.hide()
            text = self.summary(self.report) if self.report is not None else ""
            self.readout.setText(text or chart_text(HOVER_HINT))
            return ""
        text, line = found
        if line is None:
            self.pointer_line.hide()
        else:
            self.pointer_line.setValue(line)
            self.pointer_line.show()
        self.readout.setText(text)
        self.hovered.emit(text)
        return text

    def leaveEvent(self, event: Any) -> None:
        self.pointer_line.hide()
        if self.report is not None:
            self.readout.setText(self.summary(self.report) or chart_text(HOVER_HINT))
        super().leaveEvent(event)

    # -- export -----------------------------------------------------------------------------

    def copy_table(self) -> None:
        table = self.table()
        if table is not None:
            QGuiApplication.clipboard().setText(translated_tsv(table))

    def save_png(self, path: str | Path) -> bool:
        """Save the chart (title, legend, values and plot) as a PNG file, without its buttons."""
        buttons = (self.copy_button, self.save_button)
        for button in buttons:
            # Invisible but still taking their room, so the chart keeps its layout.
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            button.hide()
        try:
            return self.canvas.grab().save(str(path), "PNG")
        finally:
            for button in buttons:
                button.show()

    def ask_save_png(self) -> None:
        name = self.name.lower().replace(" ", "-").replace("/", "-") + ".png"
        path, _ = file_dialogs.save_file_name(
            self, QCoreApplication.translate("ChartPanel", "Save {chart}").format(
                chart=self.title), name,
            QCoreApplication.translate("ChartPanel", "PNG pictures (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.save_png(path)


class TimeChart(ChartPanel):
    """A chart over local time: bars per period on a DateAxisItem."""

    def __init__(self, title: str, *, left: pg.AxisItem | None = None,
                 empty_text: str = str(QT_TRANSLATE_NOOP("ChartPanel", "Nothing in this range.")),
                 parent: QWidget | None = None) -> None:
        axes: dict[str, pg.AxisItem] = {"bottom": pg.DateAxisItem(orientation="bottom")}
        if left is not None:
            axes["left"] = left
        super().__init__(title, axes=axes, empty_text=empty_text, parent=parent)
        self.buckets: list[TimeBucket] = []

    def set_buckets(self, buckets: list[TimeBucket]) -> tuple[np.ndarray, np.ndarray]:
        """Remember the periods and frame them; returns each bar's left edge and width."""
        self.buckets = buckets
        starts = np.array([b.start for b in buckets], dtype=float)
        widths = np.array([b.end - b.start for b in buckets], dtype=float)
        # The panning limits of the previous report (another account, another range) would
        # clamp the new range into the old one: hours of last week under months of 2019.
        self.item.vb.setLimits(xMin=None, xMax=None)
        if not buckets:
            # Nothing to draw: show the last week, so the axis reads as dates, not as 1970.
            now = time.time()
            self.item.setXRange(now - 7 * 86400, now, padding=0)
        else:
            first, last = buckets[0].start, buckets[-1].end
            # A single bar (or a few) would otherwise fill the whole width.
            pad = max(widths.max() * 0.6, (last - first) * 0.02)
            self.item.setXRange(first - pad, last + pad, padding=0)
            self.item.vb.setLimits(xMin=first - pad * 4, xMax=last + pad * 4)
        return starts + widths * 0.1, widths * 0.8

    def bucket_at(self, x: float) -> int | None:
        index = bisect_right([b.start for b in self.buckets], x) - 1
        if 0 <= index < len(self.buckets) and x < self.buckets[index].end:
            return index
        return None

    def frame_y(self, top: float, *, minimum: float = 1.0) -> None:
        self.item.setYRange(0, max(top, minimum) * 1.1, padding=0)
