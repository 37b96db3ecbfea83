"""The chart statistics against a store whose every figure was worked out by hand.

The fixture: two batches (one from a template) and a HIT outside any batch, with rewards
and assignment counts chosen so that each MTurk fee rule shows: the 20% base, +20% for 10
or more assignments, +5% for Masters, half-up rounding and the $0.01 minimum. Times are UTC
unless a test says otherwise; days are October 2026.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import FakeClock
from workbench.domain.qualifications import MASTERS_ID, MASTERS_SANDBOX_ID
from workbench.services import outbox
from workbench.services import statistics as stats
from workbench.services.accounts import AccountInfo, add_account
from workbench.services.context import Workbench
from workbench.store.schema import HIT, Assignment, Batch, Bonus, Template

UTC_ZONE = ZoneInfo("UTC")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 10, 9, 12, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=UTC)


def masters(qualification_id: str) -> list[dict[str, object]]:
    return [{"QualificationTypeId": qualification_id, "Comparator": "Exists",
             "ActionsGuarded": "Accept"}]


# HIT: (batch, reward in cents, assignments asked, requirements, assignments being worked on)
HITS = {
    "H1": ("B1", 5, 3, [], 0),       # fee 20% of 5c = 1c
    "H2": ("B1", 12, 10, [], 0),     # 10 or more: 40% of 12c = 4.8c -> 5c
    "H3": ("B1", 2, 1, [], 0),       # 20% of 2c = 0.4c -> 0c -> the $0.01 minimum
    "H4": ("B2", 10, 12, masters(MASTERS_ID), 0),          # 20+20+5 = 45% of 10c = 4.5c -> 5c
    "H5": ("B2", 25, 1, masters(MASTERS_SANDBOX_ID), 0),   # 25% of 25c = 6.25c -> 6c
    "H6": (None, 30, 9, [], 2),      # 9 is under 10: 20% of 30c = 6c; 2 being worked on
}
# assignment: (HIT, worker, status, submitted, approved, work time in s)
ASSIGNMENTS = {
    "a1": ("H1", "W1", "Approved", at(5, 10), at(5, 12), 30),
    "a2": ("H1", "W2", "Approved", at(5, 10, 5), at(6, 9), 40),
    "a3": ("H1", "W3", "Rejected", at(5, 10, 10), None, 5),
    "a4": ("H2", "W1", "Approved", at(5, 11), at(5, 12), 60),
    "a5": ("H2", "W2", "Approved", at(5, 11, 30), at(6, 9), 90),
    "a6": ("H2", "W4", "Submitted", at(8, 8), None, 50),
    "a7": ("H2", "W3", "Submitted", at(8, 8, 10), None, 6),      # a rejection is queued
    "a8": ("H3", "W4", "Approved", at(6, 10), at(7, 2), 20),     # 22:00 on the 6th in New York
    "a9": ("H4", "W5", "Approved", at(6, 14), at(6, 15), 120),
    "a10": ("H4", "W1", "Approved", at(6, 14, 30), at(6, 15), 100),
    "a11": ("H4", "W5", "Submitted", at(8, 9), None, 80),        # past its auto-approval time
    "a12": ("H5", "W2", "Approved", at(8, 7), at(8, 8), 200),
    "a13": ("H6", "W3", "Rejected", at(6, 16), None, 10),
    "a14": ("H6", "W5", "Approved", at(6, 16, 30), None, 300),   # approved automatically
}
# bonus: (assignment, cents, granted)
BONUSES = {
    "b1": ("a1", 3, at(5, 13)),      # fee 0.6c -> 1c
    "b2": ("a9", 50, at(6, 16)),     # fee 10c
    "b3": ("a12", 13, at(8, 9)),     # fee 2.6c -> 3c
    "b4": ("a5", 2, at(6, 10)),      # fee 0.4c -> the 1c minimum
}


def build(wb: Workbench, account: AccountInfo) -> dict[str, int]:
    """Write the fixture; returns the ids of the batches and the template."""
    ids: dict[str, int] = {}
    with wb.store.session(write=True) as session:
        template = Template(name="Sentiment", version=1, html="<p>${review}</p>",
                            created_at=at(1, 8))
        session.add(template)
        session.flush()
        ids["T1"] = template.id
        for key, name, created, template_id in (("B1", "Sentiment batch", at(1, 9), template.id),
                                                ("B2", "Masters survey", at(2, 9), None)):
            batch = Batch(account_id=account.id, name=name, origin="publish", state="published",
                          template_id=template_id, created_at=created)
            session.add(batch)
            session.flush()
            ids[key] = batch.id
        hits: dict[str, int] = {}
        for key, (batch_key, reward, asked, requirements, pending) in HITS.items():
            hit = HIT(account_id=account.id, hit_id=f"HIT{key}", hit_type_id="TYPE",
                      batch_id=ids[batch_key] if batch_key else None, title=f"HIT {key}",
                      reward_cents=reward, max_assignments=asked, status="Assignable",
                      assignments_pending=pending, qualification_requirements=requirements,
                      creation_time=at(4, 8))
            session.add(hit)
            session.flush()
            hits[key] = hit.id
        for key, (hit_key, worker, status, submitted, approved, work) in ASSIGNMENTS.items():
            auto = at(9, 9) if key == "a11" else (at(8, 16, 30) if key == "a14" else at(11, 0))
            session.add(Assignment(
                account_id=account.id, assignment_id=key, hit_pk=hits[hit_key], worker_id=worker,
                status=status, accept_time=submitted, submit_time=submitted,
                approval_time=approved, auto_approval_time=auto, work_time_s=work,
                rejection_time=submitted if status == "Rejected" else None))
        for key, (assignment, cents, granted) in BONUSES.items():
            worker = ASSIGNMENTS[assignment][1]
            session.add(Bonus(account_id=account.id, worker_id=worker, assignment_id=assignment,
                              amount_cents=cents, reason=key, grant_time=granted))
    outbox.queue_reject(wb, account, ["a7"], feedback="Too fast to have read the task.")
    outbox.queue_approve(wb, account, ["a6"])  # still awaiting review: counted once
    outbox.queue_bonus(wb, account, "a4", 8, reason="queued")   # fee 1.6c -> 2c
    return ids


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fixture_wb(request: pytest.FixtureRequest, store_path: object) -> Iterator[
        tuple[Workbench, AccountInfo, dict[str, int]]]:
    """The hand-computed store, on SQLite and (when a server is given) on PostgreSQL."""
    location = store_path if request.param == "sqlite" else request.getfixturevalue("pg_database")
    wb = Workbench.open(location, clock=FakeClock(NOW))  # type: ignore[arg-type]
    # An MTurk (sandbox) account: its charts count MTurk's fees.
    account = add_account(wb, "Sandbox", "mturk-sandbox", make_default=True)
    ids = build(wb, account)
    yield wb, account, ids
    wb.close()


def paid_per_day(report: stats.SpendReport) -> list[tuple[str, int]]:
    return [(p.bucket.label, p.amounts.total_cents) for p in report.points]


def test_spend_per_day_with_fees_bonuses_and_the_cumulative_total(fixture_wb) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = fixture_wb
    flt = stats.ChartFilter(account.id, granularity=stats.Granularity.DAY)
    report = stats.spend_over_time(wb, flt, zone=UTC_ZONE)
    assert report.axis.granularity is stats.Granularity.DAY
    days = {p.bucket.label: p.amounts for p in report.points}
    # Oct 5: a1 5c + fee 1c, a4 12c + fee 5c; bonus b1 3c + fee 1c = 27c
    oct5 = days["Mon 2026-10-05"]
    assert (oct5.approved, oct5.reward_cents, oct5.reward_fee_cents) == (2, 17, 6)
    assert (oct5.bonuses, oct5.bonus_cents, oct5.bonus_fee_cents) == (1, 3, 1)
    # Oct 6: a2 5+1, a5 12+5, a9 10+5 and a10 10+5 (Masters, 12 asked: 45% of 10c = 4.5c, half
    # up to 5c) -> rewards 37c, fees 16c; bonuses b4 2c + 1c minimum, b2 50c + 10c -> 52c, 11c
    oct6 = days["Tue 2026-10-06"]
    assert (oct6.approved, oct6.reward_cents, oct6.reward_fee_cents) == (4, 37, 16)
    assert (oct6.bonuses, oct6.bonus_cents, oct6.bonus_fee_cents) == (2, 52, 11)
    # Oct 7: a8 2c + the 1c minimum (approved at 02:00 UTC)
    assert days["Wed 2026-10-07"].total_cents == 3
    # Oct 8: a12 25c + 6c (25% of 25c = 6.25c), a14 30c + 6c (approved automatically at
    # 16:30), bonus b3 13c + 3c (2.6c) = 55 + 12 + 13 + 3 = 83c
    oct8 = days["Thu 2026-10-08"]
    assert (oct8.approved, oct8.reward_cents, oct8.reward_fee_cents) == (2, 55, 12)
    assert oct8.total_cents == 83
    assert paid_per_day(report) == [("Mon 2026-10-05", 27), ("Tue 2026-10-06", 116),
                                    ("Wed 2026-10-07", 3), ("Thu 2026-10-08", 83)]
    # 27, 27 + 116, + 3, + 83
    assert [p.cumulative_cents for p in report.points] == [27, 143, 146, 229]
    paid = report.paid
    # rewards 17 + 37 + 2 + 55 = 111, their fees 6 + 16 + 1 + 12 = 35,
    # bonuses 3 + 52 + 13 = 68, their fees 1 + 11 + 3 = 15; rejected a3 and a13 cost nothing
    assert (paid.approved, paid.reward_cents, paid.reward_fee_cents) == (9, 111, 35)
    assert (paid.bonuses, paid.bonus_cents, paid.bonus_fee_cents) == (4, 68, 15)
    assert paid.total_cents == 229


def test_committed_spend_is_apart_from_what_was_paid(fixture_wb) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = fixture_wb
    committed = stats.spend_over_time(wb, stats.ChartFilter(account.id), zone=UTC_ZONE).committed
    # Awaiting review: a6 12c + 5c and a11 10c + 5c; a7 has a rejection queued: not counted
    assert (committed.awaiting_review, committed.awaiting_review_cents,
            committed.awaiting_review_fee_cents) == (2, 22, 10)
    assert committed.rejections_queued == 1
    assert committed.past_auto_approval == 1  # a11's auto-approval time (Oct 9 09:00) passed
    # Being worked on: H6's 2 pending assignments at 30c + 6c
    assert (committed.being_worked, committed.being_worked_cents,
            committed.being_worked_fee_cents) == (2, 60, 12)
    # The queued bonus: 8c + 2c (1.6c rounded half up)
    assert (committed.queued_bonuses, committed.queued_bonus_cents,
            committed.queued_bonus_fee_cents) == (1, 8, 2)
    assert committed.total_cents == 22 + 10 + 60 + 12 + 8 + 2


def test_spend_narrowed_by_batch_template_and_date_range(fixture_wb) -> None:  # type: ignore[no-untyped-def]
    wb, account, ids = fixture_wb
    day = stats.Granularity.DAY

    def total(**narrowing: object) -> tuple[int, int]:
        flt = stats.ChartFilter(account.id, granularity=day, **narrowing)  # type: ignore[arg-type]
        report = stats.spend_over_time(wb, flt, zone=UTC_ZONE)
        return report.paid.total_cents, report.committed.total_cents

    # B1: Oct 5 27c; Oct 6 a2 5+1, a5 12+5, b4 2+1 = 26c; Oct 7 a8 3c -> 56c. Committed: a6 17c
    # and the bonus queued on a4 (8c + 2c) = 27c
    assert total(batch_id=ids["B1"]) == (56, 27)
    assert total(template_id=ids["T1"]) == (56, 27)
    # B2: a9 and a10 (10c + 5c each), b2 60c, a12 31c, b3 16c = 137c; committed: a11 15c
    assert total(batch_id=ids["B2"]) == (137, 15)
    # Oct 6 and 7 only: 116c + 3c
    report = stats.spend_over_time(wb, stats.ChartFilter(
        account.id, start=at(6, 0), end=at(8, 0), granularity=day), zone=UTC_ZONE)
    assert paid_per_day(report) == [("Tue 2026-10-06", 116), ("Wed 2026-10-07", 3)]


def test_days_are_local_days(fixture_wb) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = fixture_wb
    report = stats.spend_over_time(wb, stats.ChartFilter(account.id,
                                                         granularity=stats.Granularity.DAY),
                                   zone=NEW_YORK)
    # a8, approved at 02:00 UTC on the 7th, was paid at 22:00 on the 6th in New York (UTC-4)
    assert paid_per_day(report) == [("Mon 2026-10-05", 27), ("Tue 2026-10-06", 119),
                                    ("Wed 2026-10-07", 0), ("Thu 2026-10-08", 83)]
    # The bars start at local midnight, 04:00 UTC
    assert report.points[0].bucket.start == at(5, 4).timestamp()


def test_approval_over_time_per_batch_and_the_rejection_rate(fixture_wb) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = fixture_wb
    flt = stats.ChartFilter(account.id, granularity=stats.Granularity.DAY)
    report = stats.approval_over_time(wb, flt, zone=UTC_ZONE)
    counts = [(p.bucket.label, p.decisions.approved, p.decisions.rejected, p.decisions.pending)
              for p in report.points]
    # By the day the work was submitted: Oct 5 a1 a2 a4 a5 approved, a3 rejected; Oct 6 a8 a9
    # a10 a14 approved, a13 rejected; Oct 8 a12 approved, a6 a7 a11 awaiting review
    assert counts == [("Mon 2026-10-05", 4, 1, 0), ("Tue 2026-10-06", 4, 1, 0),
                      ("Wed 2026-10-07", 0, 0, 0), ("Thu 2026-10-08", 1, 0, 3)]
    # 2 rejected of 9 + 2 = 11 decided
    assert report.total.rejection_rate == pytest.approx(2 / 11)
    # Shares rounded down (domain.percent): 64.29% reads 64.2%
    assert report.table().rows[-1] == ("Total", "14", "9", "2", "3", "64.2%", "14.2%", "21.4%",
                                       "18.1%")

    batches = stats.approval_by_batch(wb, flt)
    # Newest batch first (B2 was created on the 2nd, B1 on the 1st), HITs outside any batch last
    assert [(b.name, b.decisions.approved, b.decisions.rejected, b.decisions.pending)
            for b in batches.batches] == [("Masters survey", 3, 0, 1),
                                          ("Sentiment batch", 5, 1, 2),
                                          (stats.NO_BATCH, 1, 1, 0)]

    workers = stats.worker_approval_rates(wb, flt)
    # W1 3/3, W2 3/3, W4 1/1, W5 2/2 approved: 100%; W3 0 of 2 decided: under 50%
    assert workers.workers_per_band == [1, 0, 0, 0, 0, 0, 4]
    assert (workers.workers_rejected, workers.workers, workers.undecided_workers) == (1, 5, 0)


def test_throughput_work_time_and_hourly_wage(fixture_wb) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = fixture_wb
    flt = stats.ChartFilter(account.id, granularity=stats.Granularity.DAY)
    submissions = stats.submissions_over_time(wb, flt, zone=UTC_ZONE)
    assert [p.submissions for p in submissions.points] == [5, 5, 0, 4]
    # 5 submissions over the 24 hours of Oct 5
    assert submissions.points[0].per_hour == pytest.approx(5 / 24)
    # Oct 5 10:00-11:00 had a1, a2 and a3
    assert submissions.busiest_hour is not None
    assert submissions.busiest_hour.start == at(5, 10).timestamp()
    assert submissions.busiest_hour_submissions == 3

    work = stats.work_time_distribution(wb, flt)
    # 14 times: 5 6 10 20 30 40 50 | 60 80 90 100 120 200 300 -> median (50 + 60) / 2
    assert work.median_s == 55
    # without the rejected a3 (5 s) and a13 (10 s); a7 (6 s) awaits review, so it counts:
    # 6 20 30 40 50 [60 80] 90 100 120 200 300 -> (60 + 80) / 2
    assert work.kept_median_s == 70
    assert work.p90_s == 200  # the 13th of 14 (nearest rank: ceil(0.9 * 14))
    # The 95th percentile is 300 s; 15 s is the narrowest width that needs at most 30 bins
    assert (work.bins[0].low_s, work.bins[0].high_s) == (0, 15)
    assert (work.bins[0].kept, work.bins[0].rejected) == (1, 2)  # a7; a3 and a13
    assert [(b.low_s, b.kept) for b in work.bins if b.kept] == [
        (0, 1), (15, 1), (30, 2), (45, 1), (60, 1), (75, 1), (90, 2), (120, 1), (195, 1),
        (300, 1)]

    wage = stats.hourly_wage(wb, flt, fair_wage_cents=725)
    rows = {r.label: r for r in wage.rows}
    five = rows["Sentiment batch at $0.05"]
    # a1 30 s, a2 40 s -> median 35 s; 5c an assignment = 5 * 3600 / 35 = 514.3c an hour; the
    # 3c bonus on a1 adds 1.5c an assignment: 6.5 * 3600 / 35 = 668.6c
    assert five.median_work_s == 35
    assert five.wage_cents == pytest.approx(5 * 3600 / 35)
    assert five.wage_with_bonus_cents == pytest.approx(6.5 * 3600 / 35)
    twelve = rows["Sentiment batch at $0.12"]
    # a7 (awaiting review, 6 s) counts until it is rejected: 6 50 60 90 -> 55 s; b4 2c / 4
    assert twelve.median_work_s == 55
    assert twelve.wage_with_bonus_cents == pytest.approx(12.5 * 3600 / 55)
    masters_ten = rows["Masters survey at $0.10"]
    # a9 120, a10 100, a11 80 -> 100 s: 360c an hour; b2 50c / 3 assignments
    assert masters_ten.wage_cents == pytest.approx(360)
    assert masters_ten.wage_with_bonus_cents == pytest.approx((10 + 50 / 3) * 36)
    assert rows[stats.NO_BATCH].wage_cents == pytest.approx(30 * 3600 / 300)
    # The page gets both from one pass over the assignments
    assert stats.work_time_and_wage(wb, flt, 725) == (work, wage)
    # Under $7.25 with bonuses: $0.05 (668.6c), $0.02 (360c), $0.25 (38 * 18 = 684c), no batch
    assert sorted(r.label for r in wage.below_fair) == sorted([
        "Sentiment batch at $0.05", "Sentiment batch at $0.02", "Masters survey at $0.25",
        stats.NO_BATCH])


def test_worker_bands_put_each_edge_on_the_right_side(wb, account) -> None:  # type: ignore[no-untyped-def]
    # W95: 19 approved of 20 = exactly 95%; W80: 4 of 5 = 80%; W50: 1 of 2 = 50%;
    # W99: 99 of 100 = 99%; WP: nothing decided
    plan = {"W95": (19, 1), "W80": (4, 1), "W50": (1, 1), "W99": (99, 1), "WP": (0, 0)}
    with wb.store.session(write=True) as session:
        hit = HIT(account_id=account.id, hit_id="HITX", hit_type_id="T", title="x",
                  reward_cents=1, max_assignments=200, status="Assignable",
                  creation_time=at(1, 0))
        session.add(hit)
        session.flush()
        number = 0
        for worker, (approved, rejected) in plan.items():
            statuses = ["Approved"] * approved + ["Rejected"] * rejected + (
                ["Submitted"] if worker == "WP" else [])
            for status in statuses:
                number += 1
                session.add(Assignment(account_id=account.id, assignment_id=f"x{number}",
                                       hit_pk=hit.id, worker_id=worker, status=status,
                                       submit_time=at(2, 0)))
    report = stats.worker_approval_rates(wb, stats.ChartFilter(account.id))
    # under 50, 50-80, 80-90, 90-95, 95-99, 99-100, 100
    assert report.workers_per_band == [0, 1, 1, 0, 1, 1, 0]
    assert report.undecided_workers == 1


def test_empty_single_point_and_years_long_ranges(wb, account) -> None:  # type: ignore[no-untyped-def]
    flt = stats.ChartFilter(account.id)
    empty = stats.spend_over_time(wb, flt)
    assert empty.empty and empty.points == [] and empty.paid.total_cents == 0
    assert stats.approval_over_time(wb, flt).points == []
    assert stats.work_time_distribution(wb, flt).bins == []
    assert stats.hourly_wage(wb, flt, 725).rows == []
    # A chosen range with nothing in it still has its days, all zero
    week = stats.spend_over_time(wb, stats.ChartFilter(account.id, start=at(1, 0), end=at(8, 0)),
                                 zone=UTC_ZONE)
    assert [p.amounts.total_cents for p in week.points] == [0] * 7

    with wb.store.session(write=True) as session:
        hit = HIT(account_id=account.id, hit_id="HITY", hit_type_id="T", title="y",
                  reward_cents=10, max_assignments=1, status="Reviewable",
                  creation_time=at(1, 0))
        session.add(hit)
        session.flush()
        session.add(Assignment(account_id=account.id, assignment_id="y1", hit_pk=hit.id,
                               worker_id="W", status="Approved", submit_time=at(3, 10),
                               approval_time=at(3, 11), work_time_s=60))
    single = stats.spend_over_time(wb, flt, zone=UTC_ZONE)
    # One approval: one hourly bar of 10c (the local account's own workers: no fee)
    assert single.axis.granularity is stats.Granularity.HOUR
    assert paid_per_day(single) == [("2026-10-03 11:00 UTC", 10)]

    with wb.store.session(write=True) as session:
        session.add(Assignment(account_id=account.id, assignment_id="y0", hit_pk=hit.id,
                               worker_id="V", status="Approved",
                               submit_time=datetime(2018, 1, 31, 2, tzinfo=UTC),
                               approval_time=datetime(2018, 2, 1, 2, tzinfo=UTC)))
    years = stats.spend_over_time(wb, flt, zone=UTC_ZONE)
    # y0 has no work time: it is left out of the histogram and the wage, not counted as 0 s
    work, wage = stats.work_time_and_wage(wb, flt, 725)
    assert (work.assignments, work.median_s) == (1, 60)
    assert [(r.assignments, r.median_work_s) for r in wage.rows] == [(1, 60)]
    # February 2018 to October 2026 by month: 11 + 7 * 12 + 10 = 105 bars, two of them paid
    assert years.axis.granularity is stats.Granularity.MONTH
    assert len(years.points) == 105
    assert [(p.bucket.label, p.amounts.total_cents) for p in years.points
            if p.amounts.total_cents] == [("February 2018", 10), ("October 2026", 10)]
    # Hours asked for over nine years would be 76,000 bars: weeks are drawn instead
    hours = stats.spend_over_time(wb, stats.ChartFilter(
        account.id, granularity=stats.Granularity.HOUR), zone=UTC_ZONE)
    assert hours.axis.granularity is stats.Granularity.WEEK


def test_local_calendar_across_a_daylight_saving_change() -> None:
    calendar = stats.LocalCalendar(NEW_YORK)
    # New York leaves summer time at 02:00 on Sunday, November 1st 2026: that day has 25 hours
    buckets = calendar.buckets(datetime(2026, 10, 31, 12, tzinfo=UTC).timestamp(),
                               datetime(2026, 11, 2, 12, tzinfo=UTC).timestamp(),
                               stats.Granularity.DAY)
    assert [(b.label, b.hours) for b in buckets] == [
        ("Sat 2026-10-31", 24), ("Sun 2026-11-01", 25), ("Mon 2026-11-02", 24)]
    week = calendar.buckets(datetime(2026, 11, 4, tzinfo=UTC).timestamp(),
                            datetime(2026, 11, 4, tzinfo=UTC).timestamp(), stats.Granularity.WEEK)
    assert week[0].label == "week of 2026-11-02"  # weeks start on Monday
    assert calendar.resolve(stats.Granularity.AUTO, 0, 86400) is stats.Granularity.HOUR
    assert calendar.resolve(stats.Granularity.AUTO, 0, 30 * 86400) is stats.Granularity.DAY
    assert calendar.resolve(stats.Granularity.AUTO, 0, 365 * 86400) is stats.Granularity.WEEK
    assert calendar.resolve(stats.Granularity.AUTO, 0, 5 * 365 * 86400) is \
        stats.Granularity.MONTH
    # India is 5:30 ahead: its hours start at half past on a UTC clock
    assert stats.LocalCalendar(ZoneInfo("Asia/Kolkata")).hour_phase() == 1800


def test_medians_of_counted_values() -> None:
    assert stats.median([(10, 1), (20, 1), (30, 1)]) == 20
    assert stats.median([(10, 2), (30, 2)]) == 20
    assert stats.median([(5, 1), (7, 3)]) == 7
    assert stats.median([]) is None


def test_every_table_is_ready_for_a_spreadsheet(fixture_wb) -> None:  # type: ignore[no-untyped-def]
    wb, account, _ = fixture_wb
    table = stats.spend_over_time(wb, stats.ChartFilter(
        account.id, granularity=stats.Granularity.DAY), zone=UTC_ZONE).table()
    lines = table.tsv().splitlines()
    assert lines[0].split("\t")[:3] == ["Period", "Approved assignments", "Rewards"]
    assert lines[1].split("\t") == ["Mon 2026-10-05", "2", "$0.17", "$0.06", "1", "$0.03",
                                    "$0.01", "$0.27", "$0.27"]
    assert "Total paid\t9\t$1.11\t$0.35\t4\t$0.68\t$0.15\t$2.29\t" in table.tsv()
    assert "Committed, not yet paid: awaiting review\t2\t$0.22\t$0.10" in table.tsv()
