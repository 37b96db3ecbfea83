"""Publishing a batch: one HIT type, one HIT per input row, each created exactly once.

Every row carries a UniqueRequestToken derived from its batch and position, written to the
store before anything is sent. Publishing again after a cancel, a crash or a dropped
connection sends the same tokens, so the marketplace refuses duplicates and we recover the
HIT it already made.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from botocore.exceptions import ClientError
from sqlalchemy import select

from workbench.domain.clock import parse_duration
from workbench.domain.money import InvalidAmount, assignment_cost_cents, format_usd, parse_usd
from workbench.domain.qualifications import check_requirement, is_masters
from workbench.formats.inputs import InputTable
from workbench.formats.questions import QuestionTooLarge, html_question
from workbench.formats.templates import UnknownPlaceholders, check_placeholders, render_template
from workbench.marketplace.errors import error_message, is_ambiguous, turk_error_code
from workbench.marketplace.interface import Marketplace
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.mirror import upsert_hits
from workbench.services.progress import CancelToken, Progress, no_progress
from workbench.store.schema import Batch, BatchRow

ANNOTATION_PREFIX = "workbench:"
AMBIGUOUS_RETRIES = 5
_HIT_ID_IN_MESSAGE = re.compile(r'"([A-Z0-9]{20,64})"')


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
            reward_cents = parse_usd(reward, what="reward")
        except InvalidAmount as exc:
            raise PublishError(str(exc)) from None
        try:
            max_assignments = int(assignments)
        except ValueError:
            raise PublishError(f"assignments must be a whole number, not {assignments!r}")
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
            raise PublishError("the title must be 1 to 128 characters")
        if not self.description or len(self.description) > 2000:
            raise PublishError("the description must be 1 to 2000 characters")
        if self.reward_cents < 1:
            raise PublishError("the reward must be at least $0.01")
        if self.max_assignments < 1:
            raise PublishError("each HIT needs at least 1 assignment")
        if not 30 <= self.lifetime_s <= 365 * 86400:
            raise PublishError("the lifetime must be between 30 seconds and 365 days")
        if not 30 <= self.assignment_duration_s <= 365 * 86400:
            raise PublishError("the assignment duration must be between 30 seconds and 365 days")
        if not 0 <= self.auto_approval_delay_s <= 30 * 86400:
            raise PublishError("auto-approval must come within 30 days")
        if len(self.qualification_requirements) > 10:
            raise PublishError("a HIT can have at most 10 qualification requirements")
        for requirement in self.qualification_requirements:
            problem = check_requirement(requirement)
            if problem:
                raise PublishError(f"qualification requirement: {problem}")

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

    @property
    def published(self) -> int:
        return self.created + self.recovered + self.already_published


def check_batch(template_html: str, table: InputTable, props: HITProperties) -> None:
    """Refuse a batch that cannot be published, before anything is written anywhere."""
    props.check()
    if not table.rows:
        raise PublishError(f"{table.source or 'the input'} has no rows")
    try:
        check_placeholders(template_html, table.columns)
    except UnknownPlaceholders as exc:
        raise PublishError(str(exc)) from None
    for index, row in enumerate(table.rows):
        try:
            html_question(render_template(template_html, row), props.frame_height)
        except QuestionTooLarge as exc:
            raise PublishError(f"row {index + 1}: {exc}") from None


def create_batch(wb: Workbench, account: AccountInfo, *, name: str, template_html: str,
                 table: InputTable, props: HITProperties, origin: str = "publish",
                 template_id: int | None = None) -> int:
    """Check everything, then write the batch and its rows (with their tokens) to the store."""
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
            input_columns=list(table.columns), created_at=wb.clock())
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


def publish_batch(wb: Workbench, account: AccountInfo, batch_id: int,
                  marketplace: Marketplace | None = None, *, progress: Progress = no_progress,
                  cancel: CancelToken | None = None) -> PublishReport:
    """Create the batch's HIT type and every HIT not created yet; safe to run again."""
    market = marketplace or wb.marketplace(account)
    with wb.store.read() as session:
        batch = session.get(Batch, batch_id)
        if batch is None or batch.account_id != account.id:
            raise PublishError(f"batch {batch_id} does not belong to account {account.name}")
        rows = list(session.scalars(select(BatchRow).where(BatchRow.batch_id == batch_id)
                                    .order_by(BatchRow.row_index)))
        pending = [_PendingRow(r.id, r.row_index, dict(r.values), r.request_token)
                   for r in rows if r.hit_id is None]
        template, frame_height = batch.template_html or "", batch.frame_height
        type_params: dict[str, Any] = {
            "Title": batch.title, "Description": batch.description,
            "Reward": format_usd(batch.reward_cents),
            "AssignmentDurationInSeconds": batch.assignment_duration_s,
            "AutoApprovalDelayInSeconds": batch.auto_approval_delay_s,
            "Keywords": batch.keywords,
            "QualificationRequirements": list(batch.qualification_requirements or []),
        }
        max_assignments, lifetime = batch.max_assignments, batch.lifetime_s
    report = PublishReport(batch_id, total=len(rows),
                           already_published=len(rows) - len(pending))
    hit_type_id = _call(market.create_hit_type, **type_params)["HITTypeId"]
    report.hit_type_id = hit_type_id
    with wb.store.session(write=True) as session:
        stored = session.get(Batch, batch_id)
        assert stored is not None
        stored.hit_type_id = hit_type_id
        stored.state = "publishing"
    done = report.already_published
    progress(done, report.total, "Publishing HITs")
    for row in pending:
        if cancel is not None and cancel.cancelled:
            report.cancelled = True
            break
        question = html_question(render_template(template, row.values), frame_height)
        hit, recovered = _create_once(market, row.token, {
            "HITTypeId": hit_type_id, "MaxAssignments": max_assignments,
            "LifetimeInSeconds": lifetime, "Question": question,
            "RequesterAnnotation": ANNOTATION_PREFIX + row.token,
            "UniqueRequestToken": row.token})
        with wb.store.session(write=True) as session:
            batch_row = session.get(BatchRow, row.row_id)
            assert batch_row is not None
            batch_row.hit_id = hit["HITId"]
            session.flush()
            upsert_hits(session, account.id, [hit], wb.clock())
        if recovered:
            report.recovered += 1
        else:
            report.created += 1
        done += 1
        progress(done, report.total, "Publishing HITs")
    with wb.store.session(write=True) as session:
        stored = session.get(Batch, batch_id)
        assert stored is not None
        if report.published == report.total:
            stored.state = "published"
            stored.published_at = stored.published_at or wb.clock()
        record(session, actor=wb.actor, event="batch.published", subject=stored.name,
               account_id=account.id, batch_id=batch_id, created=report.created,
               recovered=report.recovered, cancelled=report.cancelled)
    return report


def _call(method: Any, **params: Any) -> dict[str, Any]:
    """Call a marketplace operation, retrying transport failures that leave us unsure."""
    for attempt in range(AMBIGUOUS_RETRIES):
        try:
            result: dict[str, Any] = method(**params)
            return result
        except Exception as exc:
            if not is_ambiguous(exc) or attempt == AMBIGUOUS_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def _create_once(market: Marketplace, token: str, params: dict[str, Any]
                 ) -> tuple[dict[str, Any], bool]:
    """Create a HIT, or find the one an earlier attempt with the same token created."""
    try:
        return _call(market.create_hit_with_hit_type, **params)["HIT"], False
    except ClientError as exc:
        if turk_error_code(exc) != "AWS.MechanicalTurk.HitAlreadyExists":
            raise PublishError(f"the marketplace refused a HIT: {error_message(exc)}") from None
        found = _HIT_ID_IN_MESSAGE.search(error_message(exc))
        if found:
            return _call(market.get_hit, HITId=found.group(1))["HIT"], True
        hit = _find_by_annotation(market, ANNOTATION_PREFIX + token)
        if hit is None:
            raise PublishError(
                f"the marketplace says a HIT for {token} exists but it cannot be found") from None
        return hit, True


def _find_by_annotation(market: Marketplace, annotation: str) -> dict[str, Any] | None:
    token: str | None = None
    while True:
        page = _call(market.list_hits, MaxResults=100, **({"NextToken": token} if token else {}))
        for hit in page.get("HITs", []):
            if hit.get("RequesterAnnotation") == annotation:
                return dict(hit)
        token = page.get("NextToken")
        if not token or not page.get("HITs"):
            return None
