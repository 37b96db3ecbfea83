"""Publishing a batch: one HIT type, one HIT per input row, each created exactly once.

Every row carries a UniqueRequestToken derived from its batch and position, written to the
store before anything is sent. Publishing again after a cancel, a crash or a dropped
connection sends the same tokens, so the marketplace refuses duplicates and we recover the
HIT it already made. MTurk remembers a token for 24 hours only: a run resumed later first
looks for the HITs an interrupted run made (by their annotation) before creating any.

HITs are created by a bounded pool of requests in flight (``concurrency``): a client far
from the marketplace spends most of each call waiting, and tokens keep every row exactly
once however the calls interleave.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import secrets
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from botocore.exceptions import ClientError
from sqlalchemy import insert, select, update

from workbench.domain.clock import as_utc, parse_duration
from workbench.domain.fee_schedules import MTURK_FEES, FeeSchedule
from workbench.domain.limits import MAX_ASSIGNMENTS_PER_HIT
from workbench.domain.money import (
    MAX_REWARD_CENTS,
    SURCHARGE_ASSIGNMENT_THRESHOLD,
    InvalidAmount,
    assignment_cost_cents,
    format_dollars,
    format_usd,
    parse_usd,
)
from workbench.domain.qualifications import check_requirement, is_masters
from workbench.domain.text import translate
from workbench.formats.inputs import InputTable
from workbench.formats.questions import QuestionTooLarge, html_question
from workbench.formats.template_scan import hit_page, unpublishable
from workbench.formats.templates import UnknownPlaceholders, check_placeholders
from workbench.marketplace.errors import (
    UNSENT_ERRORS,
    error_message,
    is_ambiguous,
    is_replay_refused,
    is_throttling,
    turk_error_code,
)
from workbench.marketplace.interface import Marketplace
from workbench.services.accounts import AccountInfo, archive_refusal
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.mirror import hit_values, upsert_hits
from workbench.services.progress import CancelToken, Progress, no_progress
from workbench.store.schema import HIT, Batch, BatchRow

ANNOTATION_PREFIX = "workbench:"
AMBIGUOUS_RETRIES = 5
THROTTLE_RETRIES = 6
THROTTLE_BACKOFF_S = 0.2
# A signature's date has whole seconds: waiting this long makes the next one differ.
REPLAY_PAUSE_S = 1.05
_HIT_ID_IN_MESSAGE = re.compile(r'"([A-Z0-9]{20,64})"')
# MTurk remembers a UniqueRequestToken for 24 hours; an hour's margin for clocks and queues.
TOKEN_TRUSTED_FOR = timedelta(hours=23)
DEFAULT_CONCURRENCY = 8
MAX_CONCURRENCY = 32
# Rows recorded in one store transaction while publishing in parallel.
RECORD_EVERY = 25
RECORD_INTERVAL_S = 0.5
EMPTY_ROWS_SHOWN = 5  # row numbers named in a warning about empty cells


class PublishError(ValueError):
    """A batch that cannot be published as given; the message says why in one line."""


@dataclass(frozen=True)
class HITProperties:
    """What every HIT of a batch shares."""

    title: str
    description: str
    reward_cents: int
    max_assignments: int = 1
    keywords: str = ""
    lifetime_s: int = 3 * 86400
    assignment_duration_s: int = 30 * 60
    auto_approval_delay_s: int = 3 * 86400
    frame_height: int = 0
    qualification_requirements: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def parse(cls, *, title: str, description: str, reward: str, assignments: int | str,
              keywords: str = "", lifetime: str = "3d", duration: str = "30m",
              auto_approve: str = "3d",
              requirements: Sequence[dict[str, Any]] = ()) -> HITProperties:
        """Properties from user-typed text, refusing what MTurk would refuse."""
        try:
            reward_cents = parse_usd(reward, what="reward", maximum_cents=MAX_REWARD_CENTS)
        except InvalidAmount as exc:
            raise PublishError(str(exc)) from None
        try:
            max_assignments = int(assignments)
        except ValueError:
            raise PublishError(translate(
                "PublishService", "assignments must be a whole number, not {assignments}").format(
                    assignments=repr(assignments)))
        try:
            lifetime_s = parse_duration(lifetime)
            duration_s = parse_duration(duration)
            auto_s = parse_duration(auto_approve)
        except ValueError as exc:
            raise PublishError(str(exc)) from None
        props = cls(title=title.strip(), description=description.strip(),
                    reward_cents=reward_cents, max_assignments=max_assignments,
                    keywords=keywords.strip(), lifetime_s=lifetime_s,
                    assignment_duration_s=duration_s, auto_approval_delay_s=auto_s,
                    qualification_requirements=[dict(r) for r in requirements])
        props.check()
        return props

    def check(self) -> None:
        """Raise PublishError for anything MTurk would refuse."""
        if not self.title or len(self.title) > 128:
            raise PublishError(translate(
                "PublishService", "the title must be 1 to 128 characters"))
        if not self.description or len(self.description) > 2000:
            raise PublishError(translate(
                "PublishService", "the description must be 1 to 2000 characters"))
        if self.reward_cents < 1:
            raise PublishError(translate(
                "PublishService", "the reward must be at least $0.01"))
        if self.reward_cents > MAX_REWARD_CENTS:
            raise PublishError(translate(
                "PublishService", "the reward must be at most {maximum}").format(
                    maximum=format_dollars(MAX_REWARD_CENTS)))
        if self.max_assignments > MAX_ASSIGNMENTS_PER_HIT:
            raise PublishError(translate(
                "PublishService", "each HIT can have at most {maximum} assignments").format(
                    maximum=f"{MAX_ASSIGNMENTS_PER_HIT:,}"))
        if self.max_assignments < 1:
            raise PublishError(translate(
                "PublishService", "each HIT needs at least 1 assignment"))
        if not 30 <= self.lifetime_s <= 365 * 86400:
            raise PublishError(translate(
                "PublishService", "the lifetime must be between 30 seconds and 365 days"))
        if not 30 <= self.assignment_duration_s <= 365 * 86400:
            raise PublishError(translate(
                "PublishService", "the assignment duration must be between 30 seconds and 365 "
                "days"))
        if not 0 <= self.auto_approval_delay_s <= 30 * 86400:
            raise PublishError(translate(
                "PublishService", "auto-approval must come within 30 days"))
        if len(self.qualification_requirements) > 10:
            raise PublishError(translate(
                "PublishService", "a HIT can have at most 10 qualification requirements"))
        for requirement in self.qualification_requirements:
            problem = check_requirement(requirement)
            if problem:
                raise PublishError(translate(
                    "PublishService", "qualification requirement: {problem}").format(
                        problem=problem))

    @property
    def masters(self) -> bool:
        return any(is_masters(str(r.get("QualificationTypeId", "")))
                   for r in self.qualification_requirements)

    def cost_cents(self, hits: int) -> int:
        """What the batch costs if every assignment is approved, with MTurk's fees."""
        return hits * self.max_assignments * assignment_cost_cents(
            self.reward_cents, self.max_assignments, masters=self.masters)


@dataclass
class PublishReport:
    batch_id: int
    total: int
    created: int = 0
    recovered: int = 0
    already_published: int = 0
    cancelled: bool = False
    hit_type_id: str = ""
    # HITs of an interrupted run found by their annotation after the tokens had expired.
    reconciled: int = 0

    @property
    def published(self) -> int:
        return self.created + self.recovered + self.already_published + self.reconciled


@dataclass(frozen=True)
class EmptyColumn:
    """A column that fills a placeholder but is empty in some rows (their HITs show a gap)."""

    column: str
    rows: tuple[int, ...]  # 1-based, as the row numbers of the input are shown

    def message(self) -> str:
        """"Column 'image_url' is empty in 3 rows (rows 4, 9, 17)"."""
        shown = ", ".join(f"{r:,}" for r in self.rows[:EMPTY_ROWS_SHOWN]) + (
            ", …" if len(self.rows) > EMPTY_ROWS_SHOWN else "")
        if len(self.rows) == 1:
            return translate("PublishService", "Column {column} is empty in 1 row (row {rows})"
                             ).format(column=repr(self.column), rows=shown)
        return translate("PublishService", "Column {column} is empty in {count} rows (rows "
                         "{rows})").format(column=repr(self.column), count=f"{len(self.rows):,}",
                                           rows=shown)


def empty_placeholder_cells(template_html: str, table: InputTable) -> list[EmptyColumn]:
    """The columns a placeholder uses that are empty (or blank) in some rows, in page order."""
    from workbench.formats.template_scan import scan_template

    found = []
    for column in scan_template(template_html).placeholders:
        if column not in table.columns:
            continue  # a missing column is refused elsewhere
        rows = tuple(number for number, row in enumerate(table.rows, start=1)
                     if not str(row.get(column) or "").strip())
        if rows:
            found.append(EmptyColumn(column, rows))
    return found


def check_batch(template_html: str, table: InputTable, props: HITProperties) -> None:
    """Refuse a batch that cannot be published, before anything is written anywhere."""
    props.check()
    problem = unpublishable(template_html)
    if problem:
        raise PublishError(problem)
    if not table.rows:
        raise PublishError(translate(
            "PublishService", "{source} has no rows").format(
                source=table.source or translate("PublishService", "the input")))
    try:
        check_placeholders(template_html, table.columns)
    except UnknownPlaceholders as exc:
        raise PublishError(str(exc)) from None
    for index, row in enumerate(table.rows):
        try:
            html_question(hit_page(template_html, row), props.frame_height)
        except QuestionTooLarge as exc:
            raise PublishError(translate(
                "PublishService", "row {row}: {exc}").format(row=index + 1, exc=exc)) from None


def batch_fingerprint(template_html: str, table: InputTable, props: HITProperties) -> str:
    """A digest of what a batch would publish: the same page, rows and properties again."""
    digest = hashlib.sha256()
    digest.update(template_html.encode("utf-8"))
    digest.update(json.dumps(
        [props.title, props.description, props.keywords, props.reward_cents,
         props.max_assignments, props.lifetime_s, props.assignment_duration_s,
         props.auto_approval_delay_s, props.frame_height, props.qualification_requirements],
        sort_keys=True, default=str).encode("utf-8"))
    for row in table.rows:
        digest.update(json.dumps([row.get(c, "") for c in table.columns],
                                 ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class EarlierBatch:
    """A batch of the account made from the same page, rows and properties."""

    id: int
    name: str
    state: str
    created_at: datetime
    published_rows: int
    total_rows: int


def find_same_batch(wb: Workbench, account: AccountInfo, fingerprint: str
                    ) -> EarlierBatch | None:
    """The newest batch of this account with the same fingerprint, if there is one."""
    with wb.store.read() as session:
        batch = session.scalars(
            select(Batch).where(Batch.account_id == account.id,
                                Batch.fingerprint == fingerprint)
            .order_by(Batch.id.desc()).limit(1)).first()
        if batch is None:
            return None
        published = sum(1 for r in batch.rows if r.hit_id)
        return EarlierBatch(batch.id, batch.name, batch.state, batch.created_at, published,
                            len(batch.rows))


def create_batch(wb: Workbench, account: AccountInfo, *, name: str, template_html: str,
                 table: InputTable, props: HITProperties, origin: str = "publish",
                 template_id: int | None = None, estimated_task_s: int | None = None) -> int:
    """Check everything, then write the batch and its rows (with their tokens) to the store."""
    if account.is_archive:
        raise PublishError(archive_refusal(account.name, "publish"))
    check_batch(template_html, table, props)
    seed = secrets.token_hex(10)
    with wb.store.session(write=True) as session:
        batch = Batch(
            account_id=account.id, name=name, origin=origin, state="draft",
            template_id=template_id, template_html=template_html, title=props.title,
            description=props.description, keywords=props.keywords,
            reward_cents=props.reward_cents, max_assignments=props.max_assignments,
            lifetime_s=props.lifetime_s, assignment_duration_s=props.assignment_duration_s,
            auto_approval_delay_s=props.auto_approval_delay_s, frame_height=props.frame_height,
            qualification_requirements=props.qualification_requirements,
            input_columns=list(table.columns), created_at=wb.clock(),
            fingerprint=batch_fingerprint(template_html, table, props),
            estimated_task_s=estimated_task_s)
        session.add(batch)
        session.flush()
        session.add_all(
            BatchRow(batch_id=batch.id, row_index=index, values=dict(row),
                     request_token=f"wb-{seed}-{index}")
            for index, row in enumerate(table.rows))
        record(session, actor=wb.actor, event="batch.created", subject=name,
               account_id=account.id, batch_id=batch.id, rows=len(table.rows))
        return batch.id


@dataclass(frozen=True)
class _PendingRow:
    row_id: int
    row_index: int
    values: dict[str, Any]
    token: str


@dataclass(frozen=True)
class _Plan:
    """What publishing a batch needs, read from the store once."""

    name: str
    total: int
    pending: list[_PendingRow]
    template: str
    frame_height: int
    type_params: dict[str, Any]
    max_assignments: int
    lifetime_s: int
    interrupted_at: datetime | None


def _plan(wb: Workbench, account: AccountInfo, batch_id: int) -> _Plan:
    with wb.store.read() as session:
        batch = session.get(Batch, batch_id)
        if batch is None or batch.account_id != account.id:
            raise PublishError(translate(
                "PublishService", "batch {batch_id} does not belong to account {name}").format(
                    batch_id=batch_id, name=account.name))
        rows = list(session.scalars(select(BatchRow).where(BatchRow.batch_id == batch_id)
                                    .order_by(BatchRow.row_index)))
        interrupted = batch.publishing_started_at if batch.state == "publishing" else None
        return _Plan(
            name=batch.name, total=len(rows),
            pending=[_PendingRow(r.id, r.row_index, dict(r.values), r.request_token)
                     for r in rows if r.hit_id is None],
            template=batch.template_html or "", frame_height=batch.frame_height,
            type_params={
                "Title": batch.title, "Description": batch.description,
                "Reward": format_usd(batch.reward_cents),
                "AssignmentDurationInSeconds": batch.assignment_duration_s,
                "AutoApprovalDelayInSeconds": batch.auto_approval_delay_s,
                "Keywords": batch.keywords,
                "QualificationRequirements": list(batch.qualification_requirements or []),
            },
            max_assignments=batch.max_assignments, lifetime_s=batch.lifetime_s,
            interrupted_at=as_utc(interrupted) if interrupted else None)


def publish_batch(wb: Workbench, account: AccountInfo, batch_id: int,
                  marketplace: Marketplace | None = None, *, progress: Progress = no_progress,
                  cancel: CancelToken | None = None, concurrency: int = 1) -> PublishReport:
    """Create the batch's HIT type and every HIT not created yet; safe to run again.

    ``concurrency`` requests are in flight at once (1: one after the other).
    """
    concurrency = max(1, min(MAX_CONCURRENCY, concurrency))
    market = marketplace or wb.marketplace(account)
    plan = _plan(wb, account, batch_id)
    report = PublishReport(batch_id, total=plan.total,
                           already_published=plan.total - len(plan.pending))
    hit_type_id = _call(market.create_hit_type, **plan.type_params)["HITTypeId"]
    report.hit_type_id = hit_type_id
    started = wb.clock()
    with wb.store.session(write=True) as session:
        stored = session.get(Batch, batch_id)
        assert stored is not None
        stored.hit_type_id = hit_type_id
        stored.state = "publishing"
        stored.publishing_started_at = started
    pending = plan.pending
    if pending and plan.interrupted_at is not None and \
            as_utc(started) - plan.interrupted_at > TOKEN_TRUSTED_FOR:
        progress(report.already_published, report.total, translate(
            "PublishService", "Looking for HITs of the last run"))
        found = _reconcile(market, {row.token: row for row in pending})
        _record(wb, account, [(row, hit) for row, hit in found])
        report.reconciled = len(found)
        linked = {row.row_id for row, _ in found}
        pending = [row for row in pending if row.row_id not in linked]

    def create(row: _PendingRow) -> tuple[dict[str, Any], bool]:
        question = html_question(hit_page(plan.template, row.values), plan.frame_height)
        return _create_once(market, row.token, {
            "HITTypeId": hit_type_id, "MaxAssignments": plan.max_assignments,
            "LifetimeInSeconds": plan.lifetime_s, "Question": question,
            "RequesterAnnotation": ANNOTATION_PREFIX + row.token,
            "UniqueRequestToken": row.token})

    def recorded(batch: list[tuple[_PendingRow, dict[str, Any], bool]]) -> None:
        _record(wb, account, [(row, hit) for row, hit, _ in batch])
        for _, _, was_recovered in batch:
            if was_recovered:
                report.recovered += 1
            else:
                report.created += 1
        progress(report.published, report.total, translate(
            "PublishService", "Publishing HITs"))

    progress(report.published, report.total, translate(
        "PublishService", "Publishing HITs"))
    try:
        finished = _run_pool(pending, create, recorded, concurrency, cancel)
        report.cancelled = not finished
    finally:
        with wb.store.session(write=True) as session:
            stored = session.get(Batch, batch_id)
            assert stored is not None
            if report.published == report.total:
                stored.state = "published"
                stored.published_at = stored.published_at or wb.clock()
            record(session, actor=wb.actor, event="batch.published", subject=stored.name,
                   account_id=account.id, batch_id=batch_id, created=report.created,
                   recovered=report.recovered, reconciled=report.reconciled,
                   cancelled=report.cancelled, complete=report.published == report.total)
    return report


Created = tuple[_PendingRow, dict[str, Any], bool]


def _run_pool(rows: list[_PendingRow],
              create: Callable[[_PendingRow], tuple[dict[str, Any], bool]],
              recorded: Callable[[list[Created]], None], concurrency: int,
              cancel: CancelToken | None) -> bool:
    """Create rows with at most ``concurrency`` calls in flight, recording results in batches.

    Returns False when cancelled before every row was tried. Whatever was created is
    recorded before an error (or a cancel) ends the run.
    """
    queue: Iterator[_PendingRow] = iter(rows)
    in_flight: dict[Future[tuple[dict[str, Any], bool]], _PendingRow] = {}
    waiting: list[Created] = []
    failure: BaseException | None = None
    cancelled = False
    every = 1 if concurrency == 1 else max(RECORD_EVERY, concurrency)
    last_record = time.monotonic()

    def refill(pool: ThreadPoolExecutor) -> None:
        nonlocal cancelled
        while len(in_flight) < concurrency and failure is None:
            if cancel is not None and cancel.cancelled:
                cancelled = True
                return
            row = next(queue, None)
            if row is None:
                return
            in_flight[pool.submit(create, row)] = row

    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="publish") as pool:
        refill(pool)
        while in_flight:
            done, _ = wait(list(in_flight), timeout=RECORD_INTERVAL_S,
                           return_when=FIRST_COMPLETED)
            for future in done:
                row = in_flight.pop(future)
                try:
                    hit, was_recovered = future.result()
                except BaseException as exc:  # a kill or a refusal: stop, keep what is done
                    failure = failure or exc
                    continue
                waiting.append((row, hit, was_recovered))
            now = time.monotonic()
            if waiting and (len(waiting) >= every or not in_flight or
                            now - last_record >= RECORD_INTERVAL_S):
                recorded(waiting)
                waiting, last_record = [], now
            refill(pool)
    if waiting:
        recorded(waiting)
    if failure is not None:
        raise failure
    return not cancelled or next(queue, None) is None


def _record(wb: Workbench, account: AccountInfo,
            created: list[tuple[_PendingRow, dict[str, Any]]]) -> None:
    """Link rows to their HITs and mirror the HITs, in one transaction.

    HITs new to the store are inserted in bulk (publishing writes thousands); any the store
    already holds (a sync ran meanwhile) are updated as a sync would.
    """
    if not created:
        return
    now = wb.clock()
    with wb.store.session(write=True) as session:
        session.execute(update(BatchRow), [{"id": row.row_id, "hit_id": hit["HITId"]}
                                           for row, hit in created])
        known = set(session.scalars(select(HIT.hit_id).where(
            HIT.account_id == account.id, HIT.hit_id.in_([h["HITId"] for _, h in created]))))
        fresh = [(row, hit) for row, hit in created if hit["HITId"] not in known]
        if fresh:
            batch_id = session.scalar(select(BatchRow.batch_id).where(
                BatchRow.id == fresh[0][0].row_id))
            session.execute(insert(HIT), [
                {**hit_values(account.id, hit), "batch_id": batch_id, "batch_row_id": row.row_id,
                 "synced_at": now, "question": hit.get("Question")}
                for row, hit in fresh])
        if known:
            upsert_hits(session, account.id, [h for _, h in created if h["HITId"] in known],
                        now)


def _call(method: Any, **params: Any) -> dict[str, Any]:
    """Call a marketplace operation, retrying what leaves us unsure or was not done yet.

    Transport failures after which the marketplace may have acted are retried at once (the
    request token makes a repeat harmless); throttling and requests that never left are
    retried after a pause that doubles each time.
    """
    ambiguous = throttled = 0
    while True:
        try:
            result: dict[str, Any] = method(**params)
            return result
        except Exception as exc:
            if is_replay_refused(exc):
                # Signed in the same second as an identical call before it: the first was
                # carried out (or is being); signed again a second later, this one goes too.
                ambiguous += 1
                if ambiguous >= AMBIGUOUS_RETRIES:
                    raise
                time.sleep(REPLAY_PAUSE_S)
            elif is_throttling(exc) or isinstance(exc, UNSENT_ERRORS):
                throttled += 1
                if throttled >= THROTTLE_RETRIES:
                    raise
                time.sleep(THROTTLE_BACKOFF_S * 2 ** (throttled - 1))
            elif is_ambiguous(exc):
                ambiguous += 1
                if ambiguous >= AMBIGUOUS_RETRIES:
                    raise
            else:
                raise


def _create_once(market: Marketplace, token: str, params: dict[str, Any]
                 ) -> tuple[dict[str, Any], bool]:
    """Create a HIT, or find the one an earlier attempt with the same token created."""
    try:
        return _call(market.create_hit_with_hit_type, **params)["HIT"], False
    except ClientError as exc:
        if turk_error_code(exc) != "AWS.MechanicalTurk.HitAlreadyExists":
            raise PublishError(translate(
                "PublishService", "the marketplace refused a HIT: {reason}").format(
                    reason=error_message(exc))) from None
        found = _HIT_ID_IN_MESSAGE.search(error_message(exc))
        if found:
            return _call(market.get_hit, HITId=found.group(1))["HIT"], True
        hit = _find_by_annotation(market, ANNOTATION_PREFIX + token)
        if hit is None:
            raise PublishError(
                translate(
                    "PublishService", "the marketplace says a HIT for {token} exists but it "
                    "cannot be found").format(token=token)) from None
        return hit, True


def _all_hits(market: Marketplace) -> Iterator[dict[str, Any]]:
    token: str | None = None
    while True:
        page = _call(market.list_hits, MaxResults=100, **({"NextToken": token} if token else {}))
        yield from page.get("HITs", [])
        token = page.get("NextToken")
        if not token or not page.get("HITs"):
            return


def _find_by_annotation(market: Marketplace, annotation: str) -> dict[str, Any] | None:
    return next((dict(h) for h in _all_hits(market)
                 if h.get("RequesterAnnotation") == annotation), None)


def _reconcile(market: Marketplace, pending: dict[str, _PendingRow]
               ) -> list[tuple[_PendingRow, dict[str, Any]]]:
    """HITs of pending rows that an earlier run created, found by their annotation."""
    found: list[tuple[_PendingRow, dict[str, Any]]] = []
    for hit in _all_hits(market):
        annotation = str(hit.get("RequesterAnnotation") or "")
        if annotation.startswith(ANNOTATION_PREFIX):
            row = pending.pop(annotation[len(ANNOTATION_PREFIX):], None)
            if row is not None:
                found.append((row, dict(hit)))
        if not pending:
            break
    return found


# -- cost and fair pay ------------------------------------------------------------------------

SPLIT_ASSIGNMENTS = SURCHARGE_ASSIGNMENT_THRESHOLD - 1


@dataclass(frozen=True)
class CostEstimate:
    """What a batch costs if every assignment is approved, by MTurk's fee rules."""

    hits: int
    assignments_per_hit: int
    reward_cents: int
    fee_cents: int
    masters: bool
    surcharge: bool
    # Publishing each row as HITs of at most 9 assignments instead (same work asked).
    split_hits_per_row: int
    split_fee_cents: int

    @property
    def per_assignment_cents(self) -> int:
        return self.reward_cents + self.fee_cents

    @property
    def per_hit_cents(self) -> int:
        return self.per_assignment_cents * self.assignments_per_hit

    @property
    def assignments(self) -> int:
        return self.hits * self.assignments_per_hit

    @property
    def rewards_cents(self) -> int:
        return self.reward_cents * self.assignments

    @property
    def fees_cents(self) -> int:
        return self.fee_cents * self.assignments

    @property
    def total_cents(self) -> int:
        return self.per_assignment_cents * self.assignments

    @property
    def split_total_cents(self) -> int:
        return (self.reward_cents + self.split_fee_cents) * self.assignments

    @property
    def split_saving_cents(self) -> int:
        """What splitting into HITs of at most 9 assignments would save (0 without surcharge)."""
        return self.total_cents - self.split_total_cents if self.surcharge else 0


def estimate_cost(props: HITProperties, hits: int, fees: FeeSchedule = MTURK_FEES
                  ) -> CostEstimate:
    """The batch's cost by the account's fees: per assignment, per HIT and in total, and
    what splitting would save (MTurk's surcharge for 10 or more assignments)."""
    masters = props.masters
    count = props.max_assignments
    fee = fees.assignment_fee_cents(props.reward_cents, count, masters=masters)
    surcharge = count >= SURCHARGE_ASSIGNMENT_THRESHOLD and fees.has_surcharges
    split_hits = math.ceil(count / SPLIT_ASSIGNMENTS) if surcharge else 1
    split_fee = fees.assignment_fee_cents(props.reward_cents, min(count, SPLIT_ASSIGNMENTS),
                                          masters=masters)
    return CostEstimate(hits, count, props.reward_cents, fee, masters, surcharge, split_hits,
                        split_fee)


@dataclass(frozen=True)
class FairPay:
    """The effective hourly wage of a reward, against the wage the requester calls fair."""

    reward_cents: int
    task_seconds: int
    fair_cents_per_hour: int

    @property
    def hourly_cents(self) -> int:
        return round(self.reward_cents * 3600 / max(1, self.task_seconds))

    @property
    def below_fair(self) -> bool:
        return self.hourly_cents < self.fair_cents_per_hour

    @property
    def fair_reward_cents(self) -> int:
        """The smallest reward that reaches the fair wage for this working time."""
        return max(1, math.ceil(self.fair_cents_per_hour * self.task_seconds / 3600))


def fair_pay(reward_cents: int, task_seconds: int, fair_cents_per_hour: int) -> FairPay:
    """The hourly wage a reward makes for a task of ``task_seconds``."""
    if task_seconds < 1:
        raise PublishError(translate(
            "PublishService", "the time a task takes must be at least one second"))
    return FairPay(reward_cents, task_seconds, fair_cents_per_hour)
