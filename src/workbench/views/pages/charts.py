"""The Charts page: spend, approval rates, throughput and pay, narrowed by batch, template and
date range. Every figure comes from services.statistics, queried off the GUI thread, and only
for the tab in view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.clock import format_duration, zone_label
from workbench.domain.money import format_dollars
from workbench.domain.percent import percent_digits, percent_text
from workbench.models import changes
from workbench.models.charts import StatisticsLoader
from workbench.models.formatting import fee_schedule_text, money_text
from workbench.services import statistics as stats
from workbench.services.accounts import AccountInfo
from workbench.services.settings import load_settings
from workbench.views.charts import (
    ApprovalByBatchChart,
    ApprovalOverTimeChart,
    ChartPanel,
    CumulativeSpendChart,
    SpendChart,
    StatCard,
    SubmissionsChart,
    WageChart,
    WorkerRatesChart,
    WorkTimeChart,
)
from workbench.views.charts.base import ORANGE, VERMILLION
from workbench.views.pages.base import Page, PageContext
from workbench.views.settings import load_bytes, window_settings

SPEND, APPROVAL, THROUGHPUT = range(3)
# Labels marked here, translated where they are shown (context "ChartsPage").
TAB_NAMES = (str(QT_TRANSLATE_NOOP("ChartsPage", "Spend")),
             str(QT_TRANSLATE_NOOP("ChartsPage", "Approval")),
             str(QT_TRANSLATE_NOOP("ChartsPage", "Throughput and pay")))
# (label, days back; 0 = all time, -1 = the last 24 hours, None = custom dates)
RANGES: list[tuple[str, int | None]] = [
    (str(QT_TRANSLATE_NOOP("ChartsPage", "All time")), 0),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Last 24 hours")), -1),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Last 7 days")), 7),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Last 30 days")), 30),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Last 90 days")), 90),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Last 12 months")), 365),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Custom dates")), None)]
GRANULARITIES = [
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Bars: automatic")), stats.Granularity.AUTO),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Bars: hours")), stats.Granularity.HOUR),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Bars: days")), stats.Granularity.DAY),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Bars: weeks")), stats.Granularity.WEEK),
    (str(QT_TRANSLATE_NOOP("ChartsPage", "Bars: months")), stats.Granularity.MONTH)]
APPROVAL_KEYS = ("approval", "batches", "workers")
REFRESHING_KINDS = {changes.ASSIGNMENTS, changes.HITS, changes.OUTBOX, changes.BATCHES}


def _splitter(orientation: Qt.Orientation, *widgets: QWidget) -> QSplitter:
    splitter = QSplitter(orientation)
    splitter.setChildrenCollapsible(False)
    for widget in widgets:
        splitter.addWidget(widget)
    return splitter


class ChartsPage(Page):
    """Charts of spend, approval rates, throughput and pay for the chosen account."""

    title = "Charts"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # The time zone of the time axes; None is the computer's own (tests set one).
        self.zone: tzinfo | None = None
        self.loader = StatisticsLoader(self.runner, self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self._stale = {SPEND, APPROVAL, THROUGHPUT}
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(300)
        self._refresh.timeout.connect(self._load_current)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_spend(), self._text(TAB_NAMES[SPEND]))
        self.tabs.addTab(self._build_approval(), self._text(TAB_NAMES[APPROVAL]))
        self.tabs.addTab(self._build_throughput(), self._text(TAB_NAMES[THROUGHPUT]))
        layout.addWidget(self.tabs, 1)
        self._restore()
        self.tabs.currentChanged.connect(lambda _index: self._load_current())

    # -- building ---------------------------------------------------------------------------

    @staticmethod
    def _text(text: str) -> str:
        return QCoreApplication.translate("ChartsPage", text)

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.batch = QComboBox()
        self.batch.setAccessibleName(self.tr("Chart only this batch"))
        self.batch.setMinimumWidth(220)
        self.batch.setMaximumWidth(360)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Chart only batches of this template"))
        self.template.setMinimumWidth(150)
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Date range"))
        for label, days in RANGES:
            self.range.addItem(self._text(label), days)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")),
                           (self.date_to, self.tr("To (included)"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setDate(QDate.currentDate())
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _date: self._filters_changed())
        self.date_from.setDate(QDate.currentDate().addDays(-29))
        self.granularity = QComboBox()
        self.granularity.setAccessibleName(self.tr("Length of one bar"))
        for label, value in GRANULARITIES:
            self.granularity.addItem(self._text(label), value.value)
        self.state_label = QLabel()
        self.state_label.setStyleSheet("color: palette(mid);")
        # Which zone the time axes are in: a chart copied or shown to someone elsewhere, or
        # set beside an Excel file (US Pacific, as MTurk's files), would be ambiguous.
        self.zone_label = QLabel()
        self.zone_label.setToolTip(self.tr(
            "The charts and tables show your computer's time zone; exported CSV and Excel "
            "files show US Pacific time, as MTurk's own files do."))
        bar.addWidget(self.batch)
        bar.addWidget(self.template)
        bar.addWidget(self.range)
        bar.addWidget(self.date_from)
        bar.addWidget(self.date_to)
        bar.addWidget(self.granularity)
        bar.addWidget(self.state_label)
        bar.addStretch()
        bar.addWidget(self.zone_label)
        for combo in (self.batch, self.template, self.range, self.granularity):
            combo.currentIndexChanged.connect(lambda _index: self._filters_changed())
        self._set_choices(stats.ChartChoices())
        return bar

    def _tab(self, cards: list[StatCard], body: QWidget) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        for card in cards:
            row.addWidget(card, 1)
        layout.addLayout(row)
        layout.addWidget(body, 1)
        return tab

    def _build_spend(self) -> QWidget:
        self.paid_card = StatCard(self.tr("Paid"))
        self.committed_card = StatCard(self.tr("Committed, not yet paid"))
        self.fees_card = StatCard(self.tr("Fees"))
        self.spend_chart = SpendChart()
        self.cumulative_chart = CumulativeSpendChart()
        self.cumulative_chart.item.setXLink(self.spend_chart.item)
        self.spend_splitter = _splitter(Qt.Orientation.Vertical, self.spend_chart,
                                        self.cumulative_chart)
        return self._tab([self.paid_card, self.committed_card, self.fees_card],
                         self.spend_splitter)

    def _build_approval(self) -> QWidget:
        self.rejection_card = StatCard(self.tr("Rejection rate you give"))
        self.awaiting_card = StatCard(self.tr("Awaiting review"))
        self.workers_card = StatCard(self.tr("Workers you rejected"))
        self.approval_chart = ApprovalOverTimeChart()
        self.batch_chart = ApprovalByBatchChart()
        self.worker_chart = WorkerRatesChart()
        self.approval_lower = _splitter(Qt.Orientation.Horizontal, self.batch_chart,
                                        self.worker_chart)
        self.approval_splitter = _splitter(Qt.Orientation.Vertical, self.approval_chart,
                                           self.approval_lower)
        return self._tab([self.rejection_card, self.awaiting_card, self.workers_card],
                         self.approval_splitter)

    def _build_throughput(self) -> QWidget:
        self.submissions_card = StatCard(self.tr("Submissions"))
        self.work_time_card = StatCard(self.tr("Median work time"))
        self.wage_card = StatCard(self.tr("Effective hourly wage"))
        self.submissions_chart = SubmissionsChart()
        self.work_time_chart = WorkTimeChart()
        self.wage_chart = WageChart()
        self.throughput_lower = _splitter(Qt.Orientation.Horizontal, self.work_time_chart,
                                          self.wage_chart)
        self.throughput_splitter = _splitter(Qt.Orientation.Vertical, self.submissions_chart,
                                             self.throughput_lower)
        return self._tab([self.submissions_card, self.work_time_card, self.wage_card],
                         self.throughput_splitter)

    @property
    def charts(self) -> dict[str, ChartPanel]:
        """Every chart by a short name (also the names of their PNG files)."""
        return {"spend": self.spend_chart, "cumulative-spend": self.cumulative_chart,
                "approval-over-time": self.approval_chart, "approval-per-batch": self.batch_chart,
                "worker-approval-rates": self.worker_chart,
                "submissions-per-hour": self.submissions_chart,
                "work-time": self.work_time_chart, "hourly-wage": self.wage_chart}

    # -- state ------------------------------------------------------------------------------

    def set_account(self, account: AccountInfo) -> None:
        changed = self.account is None or self.account.id != account.id
        super().set_account(account)
        if changed:
            self._set_choices(stats.ChartChoices())
        self._load_choices()
        self._invalidate()

    def on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & REFRESHING_KINDS:
            if changes.BATCHES in kinds or changes.HITS in kinds:
                self._load_choices()
            self._invalidate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_current()

    def _invalidate(self) -> None:
        """Everything is out of date; reload what is in view, the rest when it comes into view."""
        self._stale = {SPEND, APPROVAL, THROUGHPUT}
        if self.isVisible():
            self._refresh.start()

    def _filters_changed(self) -> None:
        custom = self.range.currentData() is None
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self._invalidate()

    def chart_filter(self) -> stats.ChartFilter | None:
        """What the controls ask for, as a filter for services.statistics."""
        if self.account is None:
            return None
        calendar = stats.LocalCalendar(self.zone)
        now = self.wb.clock()
        days = self.range.currentData()
        start: datetime | None = None
        end: datetime | None = None
        if days is None:
            first, last = self.date_from.date(), self.date_to.date()
            if last < first:
                first, last = last, first
            start = calendar.day_start(first.year(), first.month(), first.day())
            after = last.addDays(1)
            end = calendar.day_start(after.year(), after.month(), after.day())
        elif days == -1:
            start = now - timedelta(hours=24)
        elif days > 0:
            start = calendar.days_back(now, days)
        return stats.ChartFilter(
            self.account.id, batch_id=self.batch.currentData(),
            template_id=self.template.currentData(), start=start, end=end,
            granularity=stats.Granularity(self.granularity.currentData()))

    # -- loading ----------------------------------------------------------------------------

    def _load_choices(self) -> None:
        if self.account is None:
            return
        wb, account_id = self.wb, self.account.id
        self.runner.run(lambda: stats.chart_choices(wb, account_id),
                        on_done=lambda found: self._choices_loaded(account_id, found))

    def _choices_loaded(self, account_id: int, found: stats.ChartChoices) -> None:
        if self.account is not None and self.account.id == account_id:
            self._set_choices(found)

    def _set_choices(self, found: stats.ChartChoices) -> None:
        for combo, everything, items in ((self.batch, self.tr("All batches"), found.batches),
                                         (self.template, self.tr("All templates"),
                                          found.templates)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key, name in items:
                combo.addItem(name, key)
                combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            if chosen is not None and index < 0:
                self._invalidate()  # the chosen batch is gone
        self.template.setEnabled(bool(found.templates))

    def _load_current(self) -> None:
        """Query the charts of the tab in view, if what they show is out of date."""
        tab = self.tabs.currentIndex()
        flt = self.chart_filter()
        if tab not in self._stale or flt is None or not self.isVisible():
            return
        self._stale.discard(tab)
        wb, zone = self.wb, self.zone
        self.zone_label.setText(self.tr("Times: {zone}").format(
            zone=zone_label(wb.clock(), zone)))
        work: dict[str, Callable[[], Any]]
        if tab == SPEND:
            work = {"spend": lambda: stats.spend_over_time(wb, flt, zone=zone)}
        elif tab == APPROVAL:
            work = {"approval": lambda: stats.approval_over_time(wb, flt, zone=zone),
                    "batches": lambda: stats.approval_by_batch(wb, flt),
                    "workers": lambda: stats.worker_approval_rates(wb, flt)}
        else:
            work = {"submissions": lambda: stats.submissions_over_time(wb, flt, zone=zone),
                    "work": lambda: stats.work_time_and_wage(
                        wb, flt, load_settings().fair_wage_cents_per_hour)}
        for key, query in work.items():
            for chart in self._charts_of(key):
                chart.set_loading()
            self.loader.load(key, query)
        self.state_label.setText(self.tr("Loading…"))

    def _charts_of(self, key: str) -> list[ChartPanel]:
        charts: dict[str, list[ChartPanel]] = {
            "spend": [self.spend_chart, self.cumulative_chart],
            "approval": [self.approval_chart], "batches": [self.batch_chart],
            "workers": [self.worker_chart], "submissions": [self.submissions_chart],
            "work": [self.work_time_chart, self.wage_chart]}
        return charts[key]

    @property
    def loading(self) -> bool:
        return self.loader.busy or self._refresh.isActive()

    def _loaded(self, key: str, report: Any) -> None:
        # One query may answer several charts (work time and wage come from one pass).
        reports = report if isinstance(report, tuple) else (report,) * len(self._charts_of(key))
        for chart, shown in zip(self._charts_of(key), reports, strict=True):
            chart.show_report(shown)
        getattr(self, f"_cards_{key}")(report)
        if not self.loader.busy:
            self.state_label.setText("")
            self.status_message.emit(self.tr("Charts updated."))

    def _failed(self, key: str, message: str) -> None:
        for chart in self._charts_of(key):
            chart.set_failed(message)
        # Try again the next time the tab comes into view.
        self._stale.add(SPEND if key == "spend" else APPROVAL if key in APPROVAL_KEYS
                        else THROUGHPUT)
        if not self.loader.busy:
            self.state_label.setText("")
        self.status_message.emit(self.tr("A chart could not be loaded: {error}").format(
            error=message))

    # -- headline figures -------------------------------------------------------------------

    def _cards_spend(self, report: stats.SpendReport) -> None:
        paid, committed = report.paid, report.committed

        def money(cents: int) -> str:
            # In the account's currency (an own workforce may be paid in euros or pounds).
            return money_text(cents, report.currency)

        nothing_paid = self.tr("nothing was paid in this range")
        self.paid_card.set_figure(
            money(paid.total_cents),
            self.tr("rewards {rewards} for {approved} approved · bonuses {bonuses} · fees {fees}")
            .format(rewards=money(paid.reward_cents), approved=f"{paid.approved:,}",
                    bonuses=money(paid.bonus_cents), fees=money(paid.fee_cents))
            if paid.total_cents else nothing_paid)
        bonuses = (self.tr("1 bonus queued") if committed.queued_bonuses == 1 else
                   self.tr("{count} bonuses queued").format(count=f"{committed.queued_bonuses:,}"))
        parts = [self.tr("{count} awaiting review").format(count=f"{committed.awaiting_review:,}"),
                 self.tr("{count} being worked on").format(count=f"{committed.being_worked:,}"),
                 bonuses]
        if committed.rejections_queued:
            parts.append(self.tr("{count} to be rejected (not counted)").format(
                count=f"{committed.rejections_queued:,}"))
        if committed.past_auto_approval:
            parts.append(self.tr("{count} past their auto-approval time (Sync updates them)")
                         .format(count=f"{committed.past_auto_approval:,}"))
        self.committed_card.set_figure(money(committed.total_cents), " · ".join(parts),
                                       colour=ORANGE if committed.total_cents else None)
        if not report.fees.is_mturk:
            # An own workforce pays no marketplace: say which fees (if any) this account has.
            self.fees_card.set_figure(money(paid.fee_cents), fee_schedule_text(report.fees))
            return
        if not paid.total_cents:
            self.fees_card.set_figure(money(0), nothing_paid)
            return
        share = percent_digits(Fraction(paid.fee_cents, paid.total_cents), 1)
        self.fees_card.set_figure(
            money(paid.fee_cents),
            self.tr("{share}% of what was paid · on rewards {reward_fees} · on bonuses "
                    "{bonus_fees}").format(
                share=share, reward_fees=money(paid.reward_fee_cents),
                bonus_fees=money(paid.bonus_fee_cents)))

    def _cards_approval(self, report: stats.ApprovalReport) -> None:
        total = report.total
        rate = total.rejection_rate
        self.rejection_card.set_figure(
            "—" if rate is None else percent_text(Fraction(total.rejected, total.decided), 1),
            self.tr("{rejected} of {decided} decided assignments; each rejection lowers a "
                    "worker's approval rate").format(rejected=f"{total.rejected:,}",
                                                     decided=f"{total.decided:,}"),
            colour=VERMILLION if rate is not None and rate > 0.1 else None)
        share = percent_digits(Fraction(total.pending, max(total.total, 1)), 1)
        self.awaiting_card.set_figure(
            f"{total.pending:,}", self.tr("{share}% of {count} submitted assignments").format(
                share=share, count=f"{total.total:,}"))

    def _cards_batches(self, report: stats.BatchApprovalReport) -> None:
        return None

    def _cards_workers(self, report: stats.WorkerRatesReport) -> None:
        self.workers_card.set_figure(
            self.tr("{rejected} of {count}").format(rejected=f"{report.workers_rejected:,}",
                                                    count=f"{report.workers:,}"),
            self.tr("workers with decided work; the others were all approved")
            if report.workers else self.tr("no decided work yet"))

    def _cards_submissions(self, report: stats.SubmissionsReport) -> None:
        detail = ""
        if report.busiest_hour is not None:
            detail = self.tr("busiest hour: {hour}, {count} submissions").format(
                hour=report.busiest_hour.label, count=f"{report.busiest_hour_submissions:,}")
        self.submissions_card.set_figure(f"{report.total:,}", detail)

    def _cards_work(self, reports: tuple[stats.WorkTimeReport, stats.WageReport]) -> None:
        self._cards_work_time(reports[0])
        self._cards_wage(reports[1])

    def _cards_work_time(self, report: stats.WorkTimeReport) -> None:
        if report.median_s is None:
            self.work_time_card.set_figure("—", self.tr("no work time recorded"))
            return
        self.work_time_card.set_figure(
            format_duration(round(report.median_s)),
            self.tr("90% within {duration} · {count} assignments").format(
                duration=format_duration(round(report.p90_s or 0)),
                count=f"{report.assignments:,}"))

    def _cards_wage(self, report: stats.WageReport) -> None:
        fair = format_dollars(report.fair_wage_cents)
        if report.empty:
            self.wage_card.set_figure("—", self.tr("your wage: {wage}/h").format(wage=fair))
            return
        # Per batch: one figure for all batches together would mix rewards and work times
        # that have nothing to do with each other.
        wages = sorted(round(r.wage_with_bonus_cents) for r in report.rows)
        low, high = format_dollars(wages[0]), format_dollars(wages[-1])
        self.wage_card.set_figure(
            f"{low}/h" if low == high else f"{low}–{high}/h",
            self.tr("per batch, bonuses included · {below} of {count} below your wage of "
                    "{wage}/h").format(below=len(report.below_fair), count=len(report.rows),
                                       wage=fair),
            colour=ORANGE if report.below_fair else None)

    # -- window state -----------------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {"spend": self.spend_splitter, "approval": self.approval_splitter,
                "approval-lower": self.approval_lower, "throughput": self.throughput_splitter,
                "throughput-lower": self.throughput_lower}

    def save_state(self) -> None:
        settings = window_settings()
        settings.setValue("charts/tab", self.tabs.currentIndex())
        settings.setValue("charts/range", self.range.currentIndex())
        settings.setValue("charts/granularity", self.granularity.currentIndex())
        for name, splitter in self._splitters().items():
            settings.setValue(f"charts/{name}", splitter.saveState())

    def _restore(self) -> None:
        settings = window_settings()
        for key, widget in (("charts/tab", self.tabs), ("charts/range", self.range),
                            ("charts/granularity", self.granularity)):
            value = settings.value(key)
            try:
                index = int(str(value)) if value is not None else -1
            except ValueError:
                index = -1
            if 0 <= index < widget.count():
                widget.blockSignals(True)
                widget.setCurrentIndex(index)
                widget.blockSignals(False)
        custom = self.range.currentData() is None
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        for name, splitter in self._splitters().items():
            state = load_bytes(settings, f"charts/{name}")
            if state is not None:
                splitter.restoreState(state)
