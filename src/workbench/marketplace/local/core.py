"""What every local marketplace operation shares: sessions, the clock, validation, settling time.

Time passes lazily: before an operation runs, assignments whose deadline has passed are
abandoned and submitted ones past their auto-approval time are approved and paid, so the
marketplace behaves as if a clock had been ticking all along.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from botocore.exceptions import ParamValidationError
from botocore.validate import ParamValidator
from sqlalchemy import CursorResult, Engine, and_, case, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from workbench.domain.clock import Clock, utcnow
from workbench.domain.money import assignment_fee_cents, format_usd
from workbench.domain.qualifications import is_masters
from workbench.domain.statuses import HITStatus
from workbench.marketplace.errors import request_error, service_model
from workbench.marketplace.interface import Response
from workbench.marketplace.local.schema import (
    MarketAssignment,
    MarketHIT,
    MarketHITType,
    Payment,
    Requester,
)
from workbench.sql.engine import session_scope

DEFAULT_DEPOSIT_CENTS = 10_000_00
TOKEN_MEMORY = timedelta(hours=24)
OVERRIDE_WINDOW = timedelta(days=30)
DEFAULT_MAX_RESULTS = 10
MIN_DURATION = timedelta(seconds=30)

# Assignment states inside the marketplace; only the last three are visible to requesters.
ACCEPTED = "Accepted"
RETURNED = "Returned"
ABANDONED = "Abandoned"
SUBMITTED = "Submitted"
APPROVED = "Approved"
REJECTED = "Rejected"
VISIBLE_STATUSES = (SUBMITTED, APPROVED, REJECTED)
# ``Requester.pays_through`` of a Prolific account: Prolific pays its participants, so
# nothing here approves, auto-approves or pays their work (see marketplace/prolific).
PROLIFIC = "prolific"

P = ParamSpec("P")
R = TypeVar("R")


class MarketCore:
    """Sessions, clock, validation and shared queries for one requester's view of the market."""

    def __init__(
        self, engine: Engine, requester_id: str, *, clock: Clock = utcnow, validate: bool = True
    ) -> None:
        self.engine = engine
        self.requester_id = requester_id
        self.clock = clock
        self._validate_params = validate
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._validator = ParamValidator()
        self._settled_until: datetime | None = None

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _session(self, *, write: bool = False) -> Iterator[Session]:
        with session_scope(self._sessions, write=write) as session:
            yield session

    def _now(self) -> datetime:
        return self.clock()

    def _check_params(self, operation: str, params: dict[str, Any]) -> None:
        if not self._validate_params:
            return
        shape = service_model().operation_model(operation).input_shape
        report = self._validator.validate(params, shape)
        if report.has_errors():
            raise ParamValidationError(report=report.generate_report())
        # botocore checks minimums only; MTurk's servers also refuse values over the maximum.
        problem = exceeded_maximum(params, shape)
        if problem:
            raise self._fail(operation, "ParameterOutOfRange", problem)

    def _fail(self, operation: str, code: str, message: str) -> Exception:
        return request_error(operation, code, message)

    # -- time passing -----------------------------------------------------------------------

    def settle(self, now: datetime | None = None) -> None:
        """Abandon assignments past their deadline; approve and pay those past auto-approval.

        After a look that finds nothing due, nothing can fall due before the earliest
        deadline or auto-approval it saw, nor before 30 seconds (the shortest assignment
        duration) pass: until then there is no need to look again.
        """
        now = now or self._now()
        if self._settled_until is not None and now < self._settled_until:
            return
        with self._session() as session:
            next_deadline = session.scalar(select(func.min(MarketAssignment.deadline)).where(
                MarketAssignment.status == ACCEPTED))
            next_approval = session.scalar(
                select(func.min(MarketAssignment.auto_approval_time)).where(
                    MarketAssignment.status == SUBMITTED))
        due = [t for t in (next_deadline, next_approval) if t is not None]
        if due and min(due) <= now:
            try:
                with self._session(write=True) as session:
                    settle_due(session, now)
            except OperationalError:
                # Another process is settling the same rows; its work is as good as ours.
                return
            self._settled_until = None
            return
        self._settled_until = min([*due, now + MIN_DURATION])

    # -- pagination -------------------------------------------------------------------------

    @staticmethod
    def _page_size(max_results: int | None) -> int:
        return max(1, min(100, max_results or DEFAULT_MAX_RESULTS))

    def _decode_token(self, operation: str, token: str | None) -> int:
        if not token:
            return 0
        try:
            data = json.loads(base64.urlsafe_b64decode(token.encode()).decode())
            return int(data["after"])
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
            raise self._fail(operation, "InvalidNextToken", "The NextToken is not valid.")

    @staticmethod
    def _encode_token(after: int) -> str:
        return base64.urlsafe_b64encode(json.dumps({"after": after}).encode()).decode()

    # -- shared lookups ---------------------------------------------------------------------

    def _requester(self, session: Session) -> Requester:
        requester = session.get(Requester, self.requester_id)
        if requester is None:
            raise request_error(
                "GetAccountBalance", "RequesterDoesNotExist",
                f"The requester {self.requester_id} does not exist on this marketplace.",
            )
        return requester

    def _hit(self, session: Session, operation: str, hit_id: str, *, lock: bool = False
             ) -> MarketHIT:
        query = select(MarketHIT).where(
            MarketHIT.hit_id == hit_id, MarketHIT.requester_id == self.requester_id
        )
        if lock:
            query = query.with_for_update()
        hit = session.scalar(query)
        if hit is None:
            raise self._fail(operation, "HITDoesNotExist",
                             f"Hit {hit_id} does not exist. ({_request_id()})")
        return hit

    def _assignment(
        self, session: Session, operation: str, assignment_id: str, *, lock: bool = False
    ) -> tuple[MarketAssignment, MarketHIT]:
        query = (
            select(MarketAssignment, MarketHIT)
            .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
            .where(
                MarketAssignment.assignment_id == assignment_id,
                MarketHIT.requester_id == self.requester_id,
                MarketAssignment.status.in_(VISIBLE_STATUSES),
            )
        )
        if lock:
            query = query.with_for_update()
        row = session.execute(query).first()
        if row is None:
            raise self._fail(operation, "AssignmentDoesNotExist",
                             f"Assignment {assignment_id} does not exist. ({_request_id()})")
        return row[0], row[1]

    def _available_cents(self, session: Session) -> tuple[int, int]:
        """(available, on hold): deposits less payments, with submitted work held back."""
        requester = self._requester(session)
        session.refresh(requester)
        held = on_hold_cents(session, self.requester_id)
        return requester.deposit_cents - requester.paid_cents - held, held

    # -- response shapes --------------------------------------------------------------------

    def _hit_counts(
        self, session: Session, hit_ids: list[str], now: datetime
    ) -> dict[str, tuple[int, int, int]]:
        """(pending, submitted, completed) per HIT."""
        if not hit_ids:
            return {}
        rows = session.execute(
            select(
                MarketAssignment.hit_id,
                func.sum(case((and_(MarketAssignment.status == ACCEPTED,
                                    MarketAssignment.deadline > now), 1), else_=0)),
                func.sum(case((MarketAssignment.status == SUBMITTED, 1), else_=0)),
                func.sum(case((MarketAssignment.status.in_((APPROVED, REJECTED)), 1), else_=0)),
            )
            .where(MarketAssignment.hit_id.in_(hit_ids))
            .group_by(MarketAssignment.hit_id)
        ).all()
        return {r[0]: (int(r[1] or 0), int(r[2] or 0), int(r[3] or 0)) for r in rows}

    def _hit_dicts(self, session: Session, hits: list[MarketHIT], now: datetime) -> list[Response]:
        counts = self._hit_counts(session, [h.hit_id for h in hits], now)
        type_ids = {h.hit_type_id for h in hits}
        types = {
            t.hit_type_id: t
            for t in session.scalars(
                select(MarketHITType).where(MarketHITType.hit_type_id.in_(type_ids))
            )
        }
        return [
            hit_dict(h, types[h.hit_type_id], counts.get(h.hit_id, (0, 0, 0)), now) for h in hits
        ]


def exceeded_maximum(value: Any, shape: Any, path: str = "") -> str | None:
    """The first value over its modelled maximum (number, length or count), described."""
    if shape is None or value is None:
        return None
    limit = shape.metadata.get("max")
    type_name = shape.type_name
    if limit is not None:
        if type_name in ("integer", "long") and isinstance(value, int) and value > limit:
            return f"Value {value} for {path or shape.name} must be at most {limit}."
        if type_name in ("string", "list") and hasattr(value, "__len__") and len(value) > limit:
            return f"{path or shape.name} is longer than {limit}."
    if type_name == "structure" and isinstance(value, dict):
        for key, member in shape.members.items():
            problem = exceeded_maximum(value.get(key), member, key)
            if problem:
                return problem
    elif type_name == "list" and isinstance(value, list):
        for item in value:
            problem = exceeded_maximum(item, shape.member, path)
            if problem:
                return problem
    return None


def _request_id() -> str:
    from workbench.domain.ids import request_token

    return request_token()


def operation(name: str) -> Callable[
    [Callable[Concatenate[Any, P], R]], Callable[Concatenate[Any, P], R]
]:
    """Mark a method as the MTurk operation ``name``: validate its arguments, then let time pass."""

    def decorate(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
        @functools.wraps(method)
        def run(self: Any, *args: P.args, **kwargs: P.kwargs) -> R:
            if args:
                raise TypeError(f"{method.__name__} takes keyword arguments only, as boto3 does")
            self._check_params(name, dict(kwargs))
            self.settle()
            return method(self, *args, **kwargs)

        run.operation_name = name  # type: ignore[attr-defined]
        return run

    return decorate


def hit_status(hit: MarketHIT, counts: tuple[int, int, int], now: datetime) -> tuple[str, int]:
    """MTurk's HITStatus and the number of assignments still available."""
    pending, submitted, completed = counts
    expired = hit.expiration <= now
    available = 0 if expired else max(0, hit.max_assignments - pending - submitted - completed)
    if hit.disposed:
        return HITStatus.DISPOSED.value, available
    if hit.reviewing:
        return HITStatus.REVIEWING.value, available
    if available > 0:
        return HITStatus.ASSIGNABLE.value, available
    if pending > 0:
        return HITStatus.UNASSIGNABLE.value, available
    return HITStatus.REVIEWABLE.value, available


def hit_dict(hit: MarketHIT, hit_type: MarketHITType, counts: tuple[int, int, int],
             now: datetime) -> Response:
    status, available = hit_status(hit, counts, now)
    result: Response = {
        "HITId": hit.hit_id,
        "HITTypeId": hit.hit_type_id,
        "HITGroupId": hit.hit_type_id,
        "CreationTime": hit.creation_time,
        "Title": hit_type.title,
        "Description": hit_type.description,
        "Question": hit.question,
        "Keywords": hit_type.keywords,
        "HITStatus": status,
        "MaxAssignments": hit.max_assignments,
        "Reward": format_usd(hit_type.reward_cents),
        "AutoApprovalDelayInSeconds": hit_type.auto_approval_delay_s,
        "Expiration": hit.expiration,
        "AssignmentDurationInSeconds": hit_type.assignment_duration_s,
        "QualificationRequirements": list(hit_type.qualification_requirements or []),
        "HITReviewStatus": hit.review_status,
        "NumberOfAssignmentsPending": counts[0],
        "NumberOfAssignmentsAvailable": available,
        "NumberOfAssignmentsCompleted": counts[2],
    }
    if hit.requester_annotation:
        result["RequesterAnnotation"] = hit.requester_annotation
    return result


def assignment_dict(assignment: MarketAssignment) -> Response:
    result: Response = {
        "AssignmentId": assignment.assignment_id,
        "WorkerId": assignment.worker_id,
        "HITId": assignment.hit_id,
        "AssignmentStatus": assignment.status,
        "AcceptTime": assignment.accept_time,
        "Deadline": assignment.deadline,
        "Answer": assignment.answer or "",
    }
    for key, value in (
        ("AutoApprovalTime", assignment.auto_approval_time),
        ("SubmitTime", assignment.submit_time),
        ("ApprovalTime", assignment.approval_time),
        ("RejectionTime", assignment.rejection_time),
        ("RequesterFeedback", assignment.requester_feedback),
    ):
        if value is not None:
            result[key] = value
    return result


def reward_payment(
    assignment: MarketAssignment, hit: MarketHIT, hit_type: MarketHITType, now: datetime
) -> Payment:
    """The payment an approval makes: the reward and MTurk's fee on it."""
    masters = any(
        is_masters(str(r.get("QualificationTypeId", "")))
        for r in hit_type.qualification_requirements or []
    )
    return Payment(
        requester_id=hit.requester_id,
        kind="reward",
        assignment_id=assignment.assignment_id,
        hit_id=hit.hit_id,
        worker_id=assignment.worker_id,
        amount_cents=hit_type.reward_cents,
        fee_cents=assignment_fee_cents(hit_type.reward_cents, hit.max_assignments,
                                       masters=masters),
        reason=None,
        created_at=now,
    )


def on_hold_cents(session: Session, requester_id: str) -> int:
    """What submitted, undecided work would cost if approved: held back from the balance."""
    rows = session.execute(
        select(MarketHITType.reward_cents, MarketHIT.max_assignments, func.count())
        .select_from(MarketAssignment)
        .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
        .join(MarketHITType, MarketHITType.hit_type_id == MarketHIT.hit_type_id)
        .where(MarketHIT.requester_id == requester_id, MarketAssignment.status == SUBMITTED)
        .group_by(MarketHITType.reward_cents, MarketHIT.max_assignments)
    ).all()
    return sum(
        int(count) * (reward + assignment_fee_cents(reward, max_assignments))
        for reward, max_assignments, count in rows
    )


def pays_elsewhere(session: Session, requester_id: str) -> str | None:
    """Who pays this requester's workers when not this marketplace ("prolific"), else None."""
    requester = session.get(Requester, requester_id)
    return requester.pays_through if requester is not None else None


def paid_elsewhere() -> Any:
    """The requesters whose workers another service pays (a subquery of their ids)."""
    return select(Requester.requester_id).where(Requester.pays_through.is_not(None))


def settle_due(session: Session, now: datetime) -> int:
    """Abandon overdue accepted assignments and auto-approve due submitted ones; returns count."""
    abandoned = cast(CursorResult[Any], session.execute(
        update(MarketAssignment)
        .where(MarketAssignment.status == ACCEPTED, MarketAssignment.deadline <= now)
        .values(status=ABANDONED)
        .execution_options(synchronize_session=False)
    )).rowcount or 0
    due = session.execute(
        select(MarketAssignment, MarketHIT, MarketHITType)
        .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
        .join(MarketHITType, MarketHITType.hit_type_id == MarketHIT.hit_type_id)
        .where(MarketAssignment.status == SUBMITTED, MarketAssignment.auto_approval_time <= now,
               MarketHIT.requester_id.not_in(paid_elsewhere()))
        .with_for_update()
    ).all()
    for assignment, hit, hit_type in due:
        assignment.status = APPROVED
        assignment.approval_time = assignment.auto_approval_time
        record_payment(session, reward_payment(assignment, hit, hit_type,
                                               assignment.auto_approval_time or now))
    return int(abandoned) + len(due)


def record_payment(session: Session, payment: Payment) -> None:
    """Book a payment and take it from the requester's balance in the same transaction."""
    session.add(payment)
    session.execute(
        update(Requester)
        .where(Requester.requester_id == payment.requester_id)
        .values(paid_cents=Requester.paid_cents + payment.amount_cents + payment.fee_cents)
        .execution_options(synchronize_session=False)
    )
