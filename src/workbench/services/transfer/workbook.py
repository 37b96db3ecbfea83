"""The Excel export: Results, Consensus, Workers, Bonuses and Summary sheets, streamed.

One pass over the assignments, HIT by HIT, writes the Results rows and each HIT's consensus
row as soon as the HIT is complete, and adds up what the Summary needs. Workers and bonuses
come from SQL aggregates. Memory holds one chunk of assignments and one HIT's votes.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from workbench.domain.fee_schedules import (
    MTURK_FEES,
    FeeSchedule,
    account_currency,
    fee_schedule,
    is_own_workforce,
)
from workbench.formats.batch_csv import FIXED_COLUMNS, REVIEW_COLUMNS
from workbench.formats.excel import (
    WIDTH_SAMPLE_ROWS,
    CellKind,
    ExcelWorkbook,
    Money,
    Percent,
    SheetColumn,
)
from workbench.services.accounts import AccountInfo
from workbench.services.progress import Cancelled, CancelToken, Progress
from workbench.services.results import (
    RATE_COLUMNS,
    ResultColumns,
    ResultFilter,
    ResultRecord,
    iter_results,
    result_columns,
)
from workbench.services.transfer.consensus import ConsensusFields, HitTally
from workbench.store.schema import HIT, Assignment, Batch, Bonus

PROGRESS_EVERY = 1000
# Said first on the Summary sheet: the window shows the computer's own zone, this file MTurk's.
TIME_NOTE = ("US Pacific time (PST/PDT, America/Los_Angeles), as in MTurk's own files; the "
             "window shows your computer's time zone")

_FIXED_KINDS: dict[str, CellKind] = {
    "Reward": "money", "CreationTime": "time", "Expiration": "time", "AcceptTime": "time",
    "SubmitTime": "time", "AutoApprovalTime": "time", "ApprovalTime": "time",
    "RejectionTime": "time", "MaxAssignments": "int", "AssignmentDurationInSeconds": "int",
    "AutoApprovalDelayInSeconds": "int", "NumberOfSimilarHITs": "int",
    "LifetimeInSeconds": "int", "WorkTimeInSeconds": "int",
}
_FIXED_WIDTHS = {"HITId": 34.0, "HITTypeId": 34.0, "AssignmentId": 34.0, "WorkerId": 18.0,
                 "Title": 40.0, "Description": 40.0, "Keywords": 30.0,
                 "RequesterAnnotation": 30.0, "RequesterFeedback": 30.0}


@dataclass
class SpendTally:
    """What the exported assignments cost and may still cost, with the account's fees."""

    fees: FeeSchedule = MTURK_FEES
    approved: dict[tuple[int, int, bool], int] = field(default_factory=dict)
    submitted: dict[tuple[int, int, bool], int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    hits: int = 0
    first_submit: datetime | None = None
    last_submit: datetime | None = None

    def add(self, record: ResultRecord, masters: bool) -> None:
        key = (record.hit.reward_cents, record.hit.max_assignments, masters)
        self.statuses[record.status] = self.statuses.get(record.status, 0) + 1
        if record.status == "Approved":
            self.approved[key] = self.approved.get(key, 0) + 1
        elif record.status == "Submitted":
            self.submitted[key] = self.submitted.get(key, 0) + 1
        when = record.submit_time
        if when is not None:
            if self.first_submit is None or when < self.first_submit:
                self.first_submit = when
            if self.last_submit is None or when > self.last_submit:
                self.last_submit = when

    def _cost(self, counts: dict[tuple[int, int, bool], int]) -> tuple[int, int]:
        rewards = sum(reward * n for (reward, _, _), n in counts.items())
        fees = sum(self.fees.assignment_fee_cents(reward, most, masters=masters) * n
                   for (reward, most, masters), n in counts.items())
        return rewards, fees


def results_sheet_columns(columns: ResultColumns) -> list[SheetColumn]:
    """The Results sheet: MTurk's columns and names, answers flattened one field a column."""
    out = [SheetColumn(name, _FIXED_KINDS.get(name, "text"), _FIXED_WIDTHS.get(name))
           for name in FIXED_COLUMNS]
    out += [SheetColumn(f"Input.{c}", "auto") for c in columns.inputs]
    out += [SheetColumn(f"Answer.{f}", "auto") for f in columns.fields]
    out += [SheetColumn(c, "text", 12.0 if c == "Approve" else 30.0) for c in REVIEW_COLUMNS]
    return out


def results_row(record: ResultRecord, columns: ResultColumns,
                rates: dict[str, tuple[str, ...]]) -> list[Any]:
    """One assignment's cells for the Results sheet, in the order of its columns."""
    extra, hit = record.extra, record.hit
    rates_text = rates.get(record.worker_id, ("0% (0/0)",) * 3)
    inputs, answers = record.inputs, record.answers
    return [
        hit.hit_id, hit.hit_type_id, hit.title, hit.description, hit.keywords,
        hit.reward_cents, hit.creation_time, hit.max_assignments, hit.requester_annotation,
        hit.assignment_duration_s, hit.auto_approval_delay_s, hit.expiration,
        extra.get("NumberOfSimilarHITs"),
        record.lifetime_s, record.assignment_id, record.worker_id, record.status,
        record.accept_time, record.submit_time, record.auto_approval_time,
        record.approval_time, record.rejection_time, record.requester_feedback,
        record.work_time_s,
        *(extra.get(c, computed) for c, computed in zip(RATE_COLUMNS, rates_text, strict=True)),
        *(inputs.get(c) for c in columns.inputs),
        *(answers.get(f) for f in columns.fields),
        None, None,
    ]


class WorkbookExport:
    """Fills an Excel workbook with one export's sheets."""

    def __init__(self, book: ExcelWorkbook, session: Session, account: AccountInfo,
                 filter_: ResultFilter, *, now: datetime, actor: str,
                 rates: dict[str, tuple[str, ...]], progress: Progress,
                 cancel: CancelToken | None, total: int) -> None:
        self.book = book
        self.session = session
        self.account = account
        self.filter = filter_
        self.now = now
        self.actor = actor
        self.rates = rates
        self.progress = progress
        self.cancel = cancel
        self.total = total
        self.columns = result_columns(session, filter_)
        self.consensus_fields = ConsensusFields(self.columns.fields, self.columns.boolean_fields)
        self.spend = SpendTally(fee_schedule(account.kind, account.options))
        book.currency = account_currency(account.kind, account.options)
        self.rows = 0

    def write(self) -> int:
        """Write every sheet; returns the number of assignments exported."""
        records = iter_results(self.session, self.filter)
        first = list(islice(records, WIDTH_SAMPLE_ROWS))
        sample = [results_row(r, self.columns, self.rates) for r in first]
        results = self.book.add_sheet("Results", results_sheet_columns(self.columns), sample)
        consensus = self.book.add_sheet("Consensus", self._consensus_columns(),
                                        [self._consensus_sample(r) for r in first])
        self._write_results(chain(first, records), results, consensus)
        self._write_workers()
        self._write_bonuses()
        self._write_summary()
        write_payout_sheets(self.book, self.session, self.account)
        return self.rows

    # -- Results and Consensus ----------------------------------------------------------------

    def _consensus_columns(self) -> list[SheetColumn]:
        out = [SheetColumn("HITId", "text", 34.0)]
        out += [SheetColumn(f"Input.{c}", "auto") for c in self.columns.inputs]
        out.append(SheetColumn("Assignments", "int", 13.0))
        for name in self.consensus_fields.columns:
            out += [SheetColumn(f"Answer.{name}", "auto"),
                    SheetColumn(f"Answer.{name} agreement", "percent", 12.0)]
        return out

    def _consensus_sample(self, record: ResultRecord) -> list[Any]:
        votes = self.consensus_fields.votes(record.answers)
        return [record.hit.hit_id, *(record.inputs.get(c) for c in self.columns.inputs), 1,
                *chain.from_iterable((votes.get(n), 1.0)
                                     for n in self.consensus_fields.columns)]

    def _consensus_row(self, record: ResultRecord, tally: HitTally) -> list[Any]:
        found = tally.result()
        cells: list[Any] = [record.hit.hit_id,
                            *(record.inputs.get(c) for c in self.columns.inputs),
                            tally.assignments]
        for name in self.consensus_fields.columns:
            vote = found.get(name)
            cells += [vote.value, Percent(vote.agreement)] if vote else [None, None]
        return cells

    def _write_results(self, records: Iterator[ResultRecord], results: Any,
                       consensus: Any) -> None:
        columns, rates = self.columns, self.rates
        hit_record: ResultRecord | None = None
        tally = HitTally(self.consensus_fields)
        masters = False
        for record in records:
            if hit_record is None or record.hit is not hit_record.hit:
                if hit_record is not None:
                    consensus.append(self._consensus_row(hit_record, tally))
                hit_record, tally = record, HitTally(self.consensus_fields)
                masters = record.hit.masters
                self.spend.hits += 1
            results.append(results_row(record, columns, rates))
            self.spend.add(record, masters)
            # Rejected work was judged wrong: it does not vote.
            if record.status != "Rejected":
                tally.add(record.answers)
            self.rows += 1
            if self.rows % PROGRESS_EVERY == 0:
                if self.cancel is not None and self.cancel.cancelled:
                    raise Cancelled()
                self.progress(self.rows, self.total, "Exporting to Excel")
        if hit_record is not None:
            consensus.append(self._consensus_row(hit_record, tally))

    # -- Workers and Bonuses ----------------------------------------------------------------

    def _bonus_query(self, *columns: Any) -> Any:
        return self.filter.apply(
            select(*columns)
            .join(Assignment, and_(Assignment.account_id == Bonus.account_id,
                                   Assignment.assignment_id == Bonus.assignment_id))
            .join(HIT, HIT.id == Assignment.hit_pk))

    def _write_workers(self) -> None:
        sheet = self.book.add_sheet("Workers", [
            SheetColumn("WorkerId", "text", 18.0), SheetColumn("Assignments", "int", 13.0),
            SheetColumn("Submitted", "int", 11.0), SheetColumn("Approved", "int", 11.0),
            SheetColumn("Rejected", "int", 11.0), SheetColumn("Approval rate", "percent", 14.0),
            SheetColumn("Median work time (s)", "number", 21.0),
            SheetColumn("Bonuses", "int", 10.0), SheetColumn("Bonus total", "money", 12.0),
            SheetColumn("First submission", "time"), SheetColumn("Last submission", "time"),
        ])
        bonuses = {worker: (int(n), int(cents or 0)) for worker, n, cents in self.session.execute(
            self._bonus_query(Bonus.worker_id, func.count(), func.sum(Bonus.amount_cents))
            .group_by(Bonus.worker_id))}
        status = Assignment.status

        def count(name: str) -> Any:
            return func.sum(case((status == name, 1), else_=0))

        counts = self.session.execute(self.filter.apply(
            select(Assignment.worker_id, func.count(), count("Submitted"), count("Approved"),
                   count("Rejected"), func.min(Assignment.submit_time),
                   func.max(Assignment.submit_time))
            .join(HIT, HIT.id == Assignment.hit_pk))
            .group_by(Assignment.worker_id).order_by(Assignment.worker_id))
        times = iter(self.session.execute(self.filter.apply(
            select(Assignment.worker_id, Assignment.work_time_s)
            .join(HIT, HIT.id == Assignment.hit_pk))
            .where(Assignment.work_time_s.is_not(None))
            .order_by(Assignment.worker_id, Assignment.work_time_s)))
        pending = next(times, None)
        for worker, total, submitted, approved, rejected, first, last in counts:
            # Both queries are ordered by worker: merge them, one worker's times at a time.
            mine: list[int] = []
            while pending is not None and pending[0] <= worker:
                if pending[0] == worker:
                    mine.append(int(pending[1]))
                pending = next(times, None)
            decided = int(approved or 0) + int(rejected or 0)
            bonus_count, bonus_cents = bonuses.get(worker, (0, 0))
            sheet.append([
                worker, int(total), int(submitted or 0), int(approved or 0), int(rejected or 0),
                Percent(int(approved or 0) / decided) if decided else None,
                statistics.median(mine) if mine else None, bonus_count,
                Money(bonus_cents) if bonus_count else None, first, last])

    def _write_bonuses(self) -> None:
        sheet = self.book.add_sheet("Bonuses", [
            SheetColumn("Granted", "time"), SheetColumn("WorkerId", "text", 18.0),
            SheetColumn("AssignmentId", "text", 34.0), SheetColumn("HITId", "text", 34.0),
            SheetColumn("Amount", "money"), SheetColumn("Fee", "money"),
            SheetColumn("Reason", "text", 50.0),
        ])
        self.bonus_cents = self.bonus_fee_cents = 0
        for granted, worker, assignment_id, hit_id, cents, reason in self.session.execute(
                self._bonus_query(Bonus.grant_time, Bonus.worker_id, Bonus.assignment_id,
                                  HIT.hit_id, Bonus.amount_cents, Bonus.reason)
                .order_by(Bonus.grant_time, Bonus.id)):
            fee = self.spend.fees.bonus_fee_cents(cents)
            self.bonus_cents += cents
            self.bonus_fee_cents += fee
            sheet.append([granted, worker, assignment_id, hit_id, Money(cents), Money(fee),
                          reason])

    # -- Summary ------------------------------------------------------------------------------

    def _filters_text(self) -> list[tuple[str, Any]]:
        f = self.filter
        batches = "all"
        if f.batch_ids:
            names = {row[0]: row[1] for row in self.session.execute(
                select(Batch.id, Batch.name).where(Batch.id.in_(list(f.batch_ids))))}
            batches = "; ".join(f"{names.get(b, '(deleted)')} (#{b})" for b in f.batch_ids)
        return [
            ("Batches", batches),
            ("Statuses", ", ".join(f.statuses) if f.statuses else "all"),
            ("Submitted from", f.submitted_from or "any time"),
            ("Submitted before", f.submitted_to or "any time"),
        ]

    def _write_summary(self) -> None:
        spend = self.spend
        rewards, reward_fees = spend._cost(spend.approved)
        pending_rewards, pending_fees = spend._cost(spend.submitted)
        approved = spend.statuses.get("Approved", 0)
        rejected = spend.statuses.get("Rejected", 0)
        workers = int(self.session.scalar(self.filter.apply(
            select(func.count(func.distinct(Assignment.worker_id)))
            .join(HIT, HIT.id == Assignment.hit_pk))) or 0)
        total = rewards + reward_fees + self.bonus_cents + self.bonus_fee_cents
        rows: list[tuple[str, Any]] = [
            ("Times in this workbook", TIME_NOTE),
            ("Account", self.account.name),
            ("Marketplace", self.account.kind_label),
            ("Exported at", self.now),
            ("Exported by", self.actor),
            *self._filters_text(),
            ("Assignments", self.rows),
            ("HITs", spend.hits),
            ("Workers", workers),
            ("Submitted, awaiting review", spend.statuses.get("Submitted", 0)),
            ("Approved", approved),
            ("Rejected", rejected),
            # Never 100% while one was rejected (Percent adds the decimals that takes).
            ("Approval rate", Percent(approved / (approved + rejected))
             if approved + rejected else "no decisions yet"),
            ("First submission", spend.first_submit or ""),
            ("Last submission", spend.last_submit or ""),
            ("Rewards paid", Money(rewards)),
            ("Fees on rewards", Money(reward_fees)),
            ("Bonuses paid", Money(self.bonus_cents)),
            ("Fees on bonuses", Money(self.bonus_fee_cents)),
            ("Total spend", Money(total)),
            ("Still to pay if every submitted assignment is approved",
             Money(pending_rewards + pending_fees) if not self.account.is_archive else
             "nothing: an MTurk archive is history (MTurk closed on 2026-09-30)"),
            ("Consensus", "majority vote per field over submitted and approved work (rejected "
                          "work does not vote); checkbox and radio options count as one field"),
            ("Fees", self.spend.fees.describe(translated=False)),
        ]
        if self.book.neutralised_cells:
            rows.append(("Cells that looked like formulas, kept as text",
                         self.book.neutralised_cells))
        if self.book.truncated_cells:
            rows.append(("Cells cut to Excel's limit of 32,767 characters (the CSV export "
                         "keeps them whole)", self.book.truncated_cells))
        sheet = self.book.add_sheet("Summary", [SheetColumn("Item", "text", 52.0),
                                                SheetColumn("Value", "any", 48.0)])
        for item, value in rows:
            sheet.append([item, value])



# -- Payouts (own workforce) ----------------------------------------------------------------

def write_payout_sheets(book: ExcelWorkbook, session: Session, account: AccountInfo) -> None:
    """An own workforce's ledger (Payouts) and every payment of every run (Payout runs).

    Money is per account, not per batch: these sheets cover the whole account whatever the
    export's filters.
    """
    if not is_own_workforce(account.kind):
        return
    from workbench.services.payouts import balances_in, run_lines_in

    ledger = book.add_sheet("Payouts", [
        SheetColumn("WorkerId", "text", 18.0), SheetColumn("Name", "text", 28.0),
        SheetColumn("Email", "text", 28.0), SheetColumn("Approved", "int", 11.0),
        SheetColumn("Rewards", "money"), SheetColumn("Bonuses", "int", 10.0),
        SheetColumn("Bonus total", "money"), SheetColumn("Earned", "money"),
        SheetColumn("Paid", "money"), SheetColumn("In runs not yet paid", "money", 20.0),
        SheetColumn("Owed", "money"),
    ])
    for b in sorted(balances_in(session, account.id).values(), key=lambda b: b.worker_id):
        ledger.append([b.worker_id, b.name, b.email, b.approved, Money(b.rewards_cents),
                       b.bonuses, Money(b.bonuses_cents), Money(b.earned_cents),
                       Money(b.paid_cents), Money(b.in_runs_cents), Money(b.owed_cents)])
    runs = book.add_sheet("Payout runs", [
        SheetColumn("Run", "int", 8.0), SheetColumn("State", "text", 11.0),
        SheetColumn("Created", "time"), SheetColumn("Paid", "time"),
        SheetColumn("WorkerId", "text", 18.0), SheetColumn("Name", "text", 28.0),
        SheetColumn("Email", "text", 28.0), SheetColumn("Amount", "money"),
        SheetColumn("Amounts", "int", 10.0), SheetColumn("Currency", "text", 10.0),
        SheetColumn("Reference", "text", 32.0), SheetColumn("File format", "text", 12.0),
    ])
    for run, line in run_lines_in(session, account.id):
        runs.append([run.id, run.state, run.created_at, run.paid_at, line.worker_id, line.name,
                     line.email, Money(line.amount_cents), line.entries, run.currency,
                     line.reference, run.file_format])
