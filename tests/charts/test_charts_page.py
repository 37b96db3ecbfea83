"""The Charts page, driven as a user would: open it, read the figures, point at bars, copy a
table, save a chart, narrow by batch and date, and watch it follow new decisions."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QImage

from workbench.models import changes
from workbench.models.charts import StatisticsLoader
from workbench.models.tasks import TaskRunner
from workbench.services import outbox
from workbench.services import statistics as stats
from workbench.services.accounts import get_account, list_accounts
from workbench.services.context import Workbench
from workbench.views.main_window import MainWindow
from workbench.views.pages.charts import APPROVAL, SPEND, THROUGHPUT, ChartsPage


@pytest.fixture
def window(qtbot, reviewed_wb: Workbench):  # type: ignore[no-untyped-def]
    win = MainWindow(reviewed_wb)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.runner.shutdown()


def open_charts(qtbot, window: MainWindow, tab: int = SPEND) -> ChartsPage:  # type: ignore[no-untyped-def]
    window.show_page("Charts")
    page = window.pages["Charts"]
    assert isinstance(page, ChartsPage)
    page.tabs.setCurrentIndex(tab)
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot, page: ChartsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)


def test_spend_shows_paid_and_committed_apart(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_charts(qtbot, window)
    # The demo's 300 assignments at 5c on the local marketplace, the requester's own workers (no
    # fees): 189 approved, the spammer's 51 rejected (free), 3 bonuses of 25c: 945 + 75 = 1,020c
    assert page.paid_card.value.text() == "$10.20"
    assert "189 approved" in page.paid_card.detail.text()
    # 60 await review, 1 of them with a rejection queued: 59 * 5c, and a queued 50c bonus
    assert page.committed_card.value.text() == "$3.45"
    assert "1 to be rejected (not counted)" in page.committed_card.detail.text()
    # Its own fee schedule, not MTurk's: none
    assert page.fees_card.value.text() == "$0.00"
    assert "no marketplace fee" in page.fees_card.detail.text()
    report = page.spend_chart.report
    assert report.axis.granularity is stats.Granularity.HOUR  # a few hours of work: hourly bars
    # Two review sittings, two bars; the line ends at the total paid
    assert [p.amounts.total_cents > 0 for p in report.points].count(True) == 2
    assert page.cumulative_chart.report.points[-1].cumulative_cents == 1020


def test_pointing_at_a_bar_shows_its_exact_values(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_charts(qtbot, window)
    chart = page.spend_chart
    paid = next(p for p in chart.report.points if p.amounts.total_cents)
    text = chart.hover_at((paid.bucket.start + paid.bucket.end) / 2, 1)
    amounts = paid.amounts
    assert text.startswith(paid.bucket.label)
    assert f"for {amounts.approved} approved" in text
    assert chart.readout.text() == text
    assert chart.pointer_line.isVisible()
    assert chart.hover_at(paid.bucket.start - 10 * 86400, 1) == ""  # off the bars: no values
    assert not chart.pointer_line.isVisible()


def test_every_chart_copies_its_numbers_and_saves_a_png(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_charts(qtbot, window)
    for tab in (APPROVAL, THROUGHPUT):
        page.tabs.setCurrentIndex(tab)
        wait_loaded(qtbot, page)
    for name, chart in page.charts.items():
        assert chart.copy_button.isEnabled(), name
        chart.copy_button.click()
        table = chart.table()
        assert table is not None
        assert QGuiApplication.clipboard().text() == table.tsv()
        assert chart.save_png(tmp_path / f"{name}.png")
        image = QImage(str(tmp_path / f"{name}.png"))
        assert image.width() > 300 and image.height() > 150, name
    header = QGuiApplication.clipboard().text().splitlines()[0]
    assert header.startswith("Batch\tReward")  # the last one copied: the wage table


def test_approval_and_throughput_tabs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_charts(qtbot, window, APPROVAL)
    # The spammer's 51 assignments rejected of 240 decided: 21.25%
    assert page.rejection_card.value.text() == "21.2%"
    assert page.awaiting_card.value.text() == "60"
    assert page.workers_card.value.text() == "1 of 10"
    assert [b.name for b in page.batch_chart.report.batches] == ["Demo: review sentiment #1"]
    page.tabs.setCurrentIndex(THROUGHPUT)
    wait_loaded(qtbot, page)
    assert page.submissions_card.value.text() == "300"
    assert page.wage_chart.report.rows[0].reward_cents == 5
    # Below the default $7.25 an hour: shown in orange, and said
    assert "1 of 1 below your wage of $7.25/h" in page.wage_card.detail.text()


def test_only_the_tab_in_view_is_queried(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_charts(qtbot, window)
    assert set(page.loader.durations) == {"spend"}
    assert page.approval_chart.report is None


def test_queries_never_run_on_the_gui_thread(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    threads: list[threading.Thread] = []
    real = stats.spend_over_time

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(stats, "spend_over_time", watched)
    open_charts(qtbot, window)
    assert threads and threading.main_thread() not in threads


def test_narrowing_by_batch_and_dates(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = open_charts(qtbot, window)
    qtbot.waitUntil(lambda: page.batch.count() == 2, timeout=5000)
    page.batch.setCurrentIndex(1)
    wait_loaded(qtbot, page)
    assert page.spend_chart.report.paid.total_cents == 1020  # the only batch: the same money
    page.range.setCurrentIndex(page.range.findText("Custom dates"))
    assert page.date_from.isVisible() and page.date_to.isVisible()
    page.date_from.setDate(QDate(2020, 1, 1))
    page.date_to.setDate(QDate(2020, 1, 31))
    wait_loaded(qtbot, page)
    report = page.spend_chart.report
    assert len(report.points) == 31 and report.paid.total_cents == 0
    assert page.spend_chart.message.isVisible()
    assert page.spend_chart.message.text() == "Nothing was paid in this range."
    # Committed spending is what stands now, whatever the range
    assert page.committed_card.value.text() == "$3.45"


def test_charts_follow_new_decisions(qtbot, window, reviewed_wb: Workbench) -> None:  # type: ignore[no-untyped-def]
    from workbench.services.sync import sync

    page = open_charts(qtbot, window)
    account = get_account(reviewed_wb)
    waiting = stats.spend_over_time(reviewed_wb, stats.ChartFilter(account.id)).committed
    assert waiting.awaiting_review == 59
    with reviewed_wb.store.read() as session:
        from sqlalchemy import select

        from workbench.store.schema import Assignment, OutboxAction
        queued = set(session.scalars(select(OutboxAction.target)))
        target = next(a for a in session.scalars(select(Assignment.assignment_id).where(
            Assignment.status == "Submitted")) if a not in queued)
    outbox.queue_approve(reviewed_wb, account, [target])
    sync(reviewed_wb, account)
    window.bus.announce(changes.ASSIGNMENTS, changes.OUTBOX)
    qtbot.waitUntil(lambda: page.paid_card.value.text() != "$10.20", timeout=20_000)
    wait_loaded(qtbot, page)
    # One more approval at 5c; the queued bonus and rejection were sent by the same sync
    assert page.spend_chart.report.paid.approved == 190
    assert page.paid_card.value.text() == "$10.75"  # 1,020c + 5c + the 50c bonus


def test_the_archive_of_real_mturk_files_charts_by_month(qtbot, archive_wb: Workbench) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(archive_wb)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    archive = next(a for a in list_accounts(archive_wb) if a.name == "MTurk archive")
    win.account_box.setCurrentIndex(win.account_box.findData(archive.id))
    win.account_box.activated.emit(win.account_box.currentIndex())
    page = open_charts(qtbot, win)
    report = page.spend_chart.report
    assert report.axis.granularity is stats.Granularity.MONTH
    assert report.points[0].bucket.label == "January 2018"
    # 25 at 12c + 2c, 100 at 5c + 2c (100 asked: 40%), 4 at $3.00 + 60c: $3.50 + $7 + $14.40;
    # and what the files left "Submitted" past its auto-approval time, which MTurk approved
    # and paid: 47 at 10c + 4c (10 asked: 40%), 1 at $3.00 + 60c: + $6.58 + $3.60
    assert page.paid_card.value.text() == "$35.08"
    win.runner.shutdown()


def test_the_loader_drops_an_answer_overtaken_by_a_newer_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    loader = StatisticsLoader(runner)
    release = threading.Event()
    got: list[object] = []
    loader.loaded.connect(lambda key, result: got.append((key, result)))

    def slow() -> str:
        release.wait(5)
        return "old"

    loader.load("spend", slow)
    loader.load("spend", lambda: "new")
    qtbot.waitUntil(lambda: got == [("spend", "new")], timeout=5000)
    release.set()
    qtbot.wait(200)
    assert got == [("spend", "new")] and not loader.busy
    loader.load("approval", lambda: 1 / 0)
    with qtbot.waitSignal(loader.failed, timeout=5000) as failed:
        pass
    assert failed.args == ["approval", "division by zero"]
    runner.shutdown()


def test_a_chart_that_fails_says_so_and_is_tried_again(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the database is locked")

    monkeypatch.setattr(stats, "spend_over_time", broken)
    page = open_charts(qtbot, window)
    assert page.spend_chart.message.text() == "Could not load this chart: the database is locked"
    monkeypatch.undo()
    page.tabs.setCurrentIndex(APPROVAL)
    wait_loaded(qtbot, page)
    page.tabs.setCurrentIndex(SPEND)
    wait_loaded(qtbot, page)
    assert page.paid_card.value.text() == "$10.20"


def test_the_page_remembers_its_tab_range_and_bars(qtbot, window, reviewed_wb) -> None:  # type: ignore[no-untyped-def]
    page = open_charts(qtbot, window, THROUGHPUT)
    page.range.setCurrentIndex(page.range.findText("Last 30 days"))
    page.granularity.setCurrentIndex(page.granularity.findText("Bars: days"))
    wait_loaded(qtbot, page)
    window.save_state()
    again = MainWindow(reviewed_wb)
    qtbot.addWidget(again)
    restored = again.pages["Charts"]
    assert isinstance(restored, ChartsPage)
    assert restored.tabs.currentIndex() == THROUGHPUT
    assert restored.range.currentText() == "Last 30 days"
    assert restored.granularity.currentText() == "Bars: days"
    flt = restored.chart_filter()
    assert flt is not None and flt.granularity is stats.Granularity.DAY
    # The last 30 days, today included, from local midnight
    assert flt.start is not None and (reviewed_wb.clock() - flt.start).days == 29
    again.runner.shutdown()


def _cents(text: str) -> int:
    return round(float(text.replace("$", "").replace(",", "")) * 100)


def assert_plotted_as_tabled(page: ChartsPage) -> None:
    """The spend bars and the cumulative line show the numbers Copy table gives, and the
    time axis frames them at the granularity the caption names."""
    spend, cumulative = page.spend_chart, page.cumulative_chart
    report = spend.report
    table = spend.table()
    assert table is not None
    periods = table.rows[:len(report.points)]
    paid = [_cents(row[table.headers.index("Paid")]) for row in periods]
    heights = (np.asarray(spend.rewards.opts["height"]) + np.asarray(spend.bonuses.opts["height"])
               + np.asarray(spend.fees.opts["height"]))
    assert [round(h) for h in heights] == paid
    drawn = [i for i, cents in enumerate(paid) if cents]
    assert drawn, "nothing paid: the test needs data"
    granularity = report.axis.granularity
    assert granularity.value in spend.readout.text()  # "…, by month."
    for chart in (spend, cumulative):
        low, high = chart.item.vb.viewRange()[0]
        first, last = report.points[drawn[0]].bucket, report.points[drawn[-1]].bucket
        assert low <= first.start and last.end <= high, chart.name
        data_span = report.points[-1].bucket.end - report.points[0].bucket.start
        assert high - low < 1.5 * data_span, chart.name  # framed on the data, not on old limits
        axis = chart.item.getAxis("bottom")
        spacing = axis.tickValues(low, high, axis.width() or 800)[0][0]
        period = stats.calendar.APPROXIMATE_S[granularity]
        # Ticks at most a few bars apart (hour bars: not years) and at least a few hours
        # for monthly bars (not 02:00-06:00)
        assert spacing <= 50 * period and (spacing >= 2 * 86400
                                           if granularity is stats.Granularity.MONTH else True)
    xs, ys = cumulative.paid.getData()
    assert ys is not None and round(float(ys[-1])) == report.paid.total_cents - \
        report.undated.total_cents
    assert xs is not None and float(xs[-1]) <= page.wb.clock().timestamp()


def test_switching_account_redraws_the_spend_charts_on_its_data(qtbot, two_accounts_wb) -> None:  # type: ignore[no-untyped-def]
    """Hours of November 2026 on one account, months of 2018-2023 on the other: after each
    switch with the toolbar's account box, the charts show the new account's bars."""
    win = MainWindow(two_accounts_wb)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    page = open_charts(qtbot, win)
    assert win.account is not None and win.account.name == "local"
    assert page.spend_chart.report.axis.granularity is stats.Granularity.HOUR
    assert_plotted_as_tabled(page)
    win.account_box.setFocus()
    for key, name, granularity in ((Qt.Key.Key_Down, "MTurk archive", stats.Granularity.MONTH),
                                   (Qt.Key.Key_Up, "local", stats.Granularity.HOUR),
                                   (Qt.Key.Key_Down, "MTurk archive", stats.Granularity.MONTH)):
        qtbot.keyClick(win.account_box, key)
        qtbot.waitUntil(lambda name=name: win.account is not None and win.account.name == name,
                        timeout=5000)
        qtbot.waitUntil(lambda: page.loading, timeout=5000)
        wait_loaded(qtbot, page)
        assert page.spend_chart.report.axis.granularity is granularity
        assert not page.spend_chart.message.isVisible()
        assert_plotted_as_tabled(page)
    win.runner.shutdown()


def test_the_cumulative_line_stops_now(qtbot, window, reviewed_wb) -> None:  # type: ignore[no-untyped-def]
    """Daily bars for the last 30 days: today's bar runs to midnight, the line only to now."""
    page = open_charts(qtbot, window)
    page.range.setCurrentIndex(page.range.findText("Last 30 days"))
    page.granularity.setCurrentIndex(page.granularity.findText("Bars: days"))
    wait_loaded(qtbot, page)
    chart = page.cumulative_chart
    now = reviewed_wb.clock().timestamp()
    today = chart.report.axis.buckets[-1]
    assert today.start < now < today.end
    xs, ys = chart.paid.getData()
    # A local account (own workforce) pays no fee unless one is set: rewards and bonuses.
    assert float(xs[-1]) == now and round(float(ys[-1])) == 1020
    assert float(chart.committed.opts["x0"][0]) < now  # the committed bar stands at now
    text = chart.hover_at((today.start + today.end) / 2, 1)
    assert text.startswith("By now") and "$10.20 paid in all" in text


def test_a_worker_shown_at_98_percent_is_in_the_95_band(qtbot, wb: Workbench) -> None:  # type: ignore[no-untyped-def]
    """69 of 70 approved is 98.57%: the Workers table and the chart's band agree (98%, "95%+"),
    as an "approval rate of at least 99" requirement would refuse this worker."""
    from workbench.services.demo import run_demo
    from workbench.services.sync import sync
    from workbench.store.schema import Assignment

    account = get_account(wb)
    run_demo(wb, hits=70, assignments=1, workers=1, seed=5)
    with wb.store.read() as session:
        from sqlalchemy import select
        ids = list(session.scalars(select(Assignment.assignment_id).order_by(Assignment.id)))
    outbox.queue_approve(wb, account, ids[1:])
    outbox.queue_reject(wb, account, ids[:1], feedback="Wrong.")
    sync(wb, account)
    win = MainWindow(wb)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.show_page("Workers")
    workers = win.pages["Workers"]
    model = workers.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 1 and bool(model.data(model.index(0, 0))),
                    timeout=10_000)
    column = model.column_of("approval_rate")
    assert model.data(model.index(0, column)) == "98%"
    page = open_charts(qtbot, win, APPROVAL)
    bands = page.worker_chart.report.workers_per_band
    assert bands[stats.RATE_BANDS.index("95% to under 99%")] == 1
    win.runner.shutdown()


def test_the_time_zone_of_the_charts_and_tables_is_named(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The window shows the computer's time zone and says which; files say US Pacific."""
    import time
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        page = window.pages["Charts"]
        assert isinstance(page, ChartsPage)
        page.zone = ZoneInfo("Europe/Berlin")
        page = open_charts(qtbot, window)
        assert page.zone_label.text() == "Times: CET, UTC+01:00"
        assert "US Pacific" in page.zone_label.toolTip()
        labels = [p.bucket.label for p in page.spend_chart.report.points]
        assert labels[0] == "2026-11-02 10:00 CET"  # 09:00 UTC
        window.show_page("Assignments")
        model = window.assignments.table.lazy_model()
        tip = model.headerData(model.column_of("submitted"), Qt.Orientation.Horizontal,
                               Qt.ItemDataRole.ToolTipRole)
        from workbench.domain.clock import zone_label
        now = zone_label()  # the table's times are shown now: CET or CEST
        assert now in ("CET, UTC+01:00", "CEST, UTC+02:00")
        assert tip.endswith(f"In your computer's time zone ({now})")
    finally:
        monkeypatch.undo()
        time.tzset()
