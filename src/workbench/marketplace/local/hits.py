"""HITs, assignments, payments, blocks and messages on the local marketplace."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.ids import entity_id
from workbench.domain.money import InvalidAmount, bonus_fee_cents, format_usd, parse_usd
from workbench.domain.qualifications import (
    LOCALE_ID,
    MAX_REQUIREMENTS_PER_HIT,
    check_requirement,
)
from workbench.domain.statuses import HITStatus
from workbench.formats.questions import QUESTION_MAX_BYTES, parse_question
from workbench.marketplace.interface import Response
from workbench.marketplace.local.core import (
    ACCEPTED,
    APPROVED,
    OVERRIDE_WINDOW,
    PROLIFIC,
    REJECTED,
    SUBMITTED,
    TOKEN_MEMORY,
    VISIBLE_STATUSES,
    MarketCore,
    assignment_dict,
    hit_status,
    operation,
    pays_elsewhere,
    record_payment,
    reward_payment,
)
from workbench.marketplace.local.schema import (
    MarketAssignment,
    MarketHIT,
    MarketHITType,
    MarketQualificationType,
    Payment,
    RequestToken,
    WorkerBlock,
    WorkerMessage,
)

MIN_DURATION_S = 30
MAX_DURATION_S = 365 * 86400
MAX_AUTO_APPROVAL_S = 30 * 86400
MAX_FEEDBACK = 1024
MAX_TITLE = 128
MAX_DESCRIPTION = 2000
MAX_KEYWORDS = 1000
NOTIFY_MAX_WORKERS = 100
NOTIFY_MAX_SUBJECT = 200
NOTIFY_MAX_MESSAGE = 4096


class HITOperations(MarketCore):
    """The Requester operations on HIT types, HITs, assignments, bonuses, blocks and messages."""

    # -- HIT types --------------------------------------------------------------------------

    def _hit_type(self, session: Session, operation_name: str, params: dict[str, Any]
                  ) -> MarketHITType:
        try:
            reward = parse_usd(str(params["Reward"]), minimum_cents=0)
        except InvalidAmount as exc:
            raise self._fail(operation_name, "ParameterOutOfRange",
                             f"The value {params['Reward']!r} is invalid for Reward: {exc}")
        duration = int(params["AssignmentDurationInSeconds"])
        auto = int(params.get("AutoApprovalDelayInSeconds", MAX_AUTO_APPROVAL_S))
        if not MIN_DURATION_S <= duration <= MAX_DURATION_S:
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "AssignmentDurationInSeconds must be between 30 and 31536000.")
        if not 0 <= auto <= MAX_AUTO_APPROVAL_S:
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "AutoApprovalDelayInSeconds must be between 0 and 2592000.")
        title, description = str(params["Title"]), str(params["Description"])
        keywords = str(params.get("Keywords") or "")
        for label, text, limit in (("Title", title, MAX_TITLE),
                                   ("Description", description, MAX_DESCRIPTION),
                                   ("Keywords", keywords, MAX_KEYWORDS)):
            if len(text) > limit:
                raise self._fail(operation_name, "ParameterOutOfRange",
                                 f"{label} is longer than {limit} characters.")
        if not title.strip() or not description.strip():
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "Title and Description must not be empty.")
        requirements = [dict(r) for r in params.get("QualificationRequirements") or []]
        self._check_requirements(session, operation_name, requirements)
        fingerprint = hashlib.sha256(json.dumps(
            [reward, duration, auto, title, description, keywords, requirements],
            sort_keys=True, default=str).encode()).hexdigest()
        existing = session.scalar(select(MarketHITType).where(
            MarketHITType.requester_id == self.requester_id,
            MarketHITType.fingerprint == fingerprint))
        if existing is not None:
            return existing
        hit_type = MarketHITType(
            hit_type_id=entity_id(), requester_id=self.requester_id, fingerprint=fingerprint,
            title=title, description=description, keywords=keywords, reward_cents=reward,
            assignment_duration_s=duration, auto_approval_delay_s=auto,
            qualification_requirements=requirements, created_at=self._now())
        session.add(hit_type)
        session.flush()
        return hit_type

    def _check_requirements(self, session: Session, operation_name: str,
                            requirements: list[dict[str, Any]]) -> None:
        if len(requirements) > MAX_REQUIREMENTS_PER_HIT:
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "A HIT can have at most 10 qualification requirements.")
        for requirement in requirements:
            problem = check_requirement(requirement)
            qid = str(requirement.get("QualificationTypeId", ""))
            if problem is None and qid != LOCALE_ID and requirement.get("LocaleValues"):
                problem = "only the locale qualification takes LocaleValues"
            if problem:
                raise self._fail(operation_name, "ParameterOutOfRange",
                                 f"QualificationRequirement for {qid}: {problem}.")
            exists = session.scalar(select(MarketQualificationType.seq).where(
                MarketQualificationType.qualification_type_id == qid,
                MarketQualificationType.deleted.is_(False)))
            if exists is None and qid != "2ARFPLSP75KLA8M8DH1HTEQVJT3SY6":
                raise self._fail(operation_name, "QualificationTypeDoesNotExist",
                                 f"QualificationType {qid} does not exist.")

    @operation("CreateHITType")
    def create_hit_type(self, **params: Any) -> Response:
        with self._session(write=True) as session:
            return {"HITTypeId": self._hit_type(session, "CreateHITType", params).hit_type_id}

    # -- HITs -------------------------------------------------------------------------------

    def _remembered_token(self, session: Session, operation_name: str, token: str | None
                          ) -> RequestToken | None:
        if not token:
            return None
        seen = session.get(RequestToken, (self.requester_id, operation_name, token))
        if seen is None:
            return None
        if seen.created_at <= self._now() - TOKEN_MEMORY:
            session.delete(seen)  # MTurk forgets a token after 24 hours
            session.flush()
            return None
        return seen

    def _remember_token(self, session: Session, operation_name: str, token: str | None,
                        result: str) -> None:
        if token:
            session.add(RequestToken(requester_id=self.requester_id, operation=operation_name,
                                     token=token, created_at=self._now(), result=result))

    def _new_hit(self, session: Session, operation_name: str, hit_type: MarketHITType,
                 params: dict[str, Any]) -> Response:
        now = self._now()
        token = params.get("UniqueRequestToken")
        seen = self._remembered_token(session, "CreateHIT", token)
        if seen is not None:
            raise self._fail(
                operation_name, "HitAlreadyExists",
                f'The HIT with ID "{seen.result}" already exists for UniqueRequestToken '
                f'"{token}".')
        if params.get("HITLayoutId"):
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "HIT layouts are not available on the local marketplace; "
                             "pass the Question instead.")
        question = params.get("Question")
        if not question:
            raise self._fail(operation_name, "ParameterOutOfRange", "Question is required.")
        if len(str(question).encode("utf-8")) > QUESTION_MAX_BYTES:
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "The Question is larger than 64 KB.")
        try:
            parse_question(str(question))
        except ValueError as exc:
            raise self._fail(operation_name, "XMLParseError",
                             f"There was an error parsing the XML question: {exc}")
        lifetime = int(params["LifetimeInSeconds"])
        if not MIN_DURATION_S <= lifetime <= MAX_DURATION_S:
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "LifetimeInSeconds must be between 30 and 31536000.")
        max_assignments = int(params.get("MaxAssignments", 1))
        if max_assignments < 1:
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "MaxAssignments must be at least 1.")
        available, _held = self._available_cents(session)
        if max_assignments * _cost(hit_type, max_assignments) > available:
            raise self._fail(operation_name, "InsufficientFunds",
                             "Your account balance is too low to create this HIT.")
        hit = MarketHIT(
            hit_id=entity_id(), requester_id=self.requester_id,
            hit_type_id=hit_type.hit_type_id, question=str(question),
            requester_annotation=params.get("RequesterAnnotation"),
            max_assignments=max_assignments, lifetime_s=lifetime, creation_time=now,
            expiration=now + timedelta(seconds=lifetime))
        session.add(hit)
        self._remember_token(session, "CreateHIT", token, hit.hit_id)
        try:
            session.flush()
        except IntegrityError:
            # The same token raced in from another connection: it won, we did nothing.
            session.rollback()
            raise self._fail(operation_name, "HitAlreadyExists",
                             f'A HIT already exists for UniqueRequestToken "{token}".')
        return {"HIT": self._hit_dicts(session, [hit], now)[0]}

    @operation("CreateHIT")
    def create_hit(self, **params: Any) -> Response:
        with self._session(write=True) as session:
            hit_type = self._hit_type(session, "CreateHIT", params)
            return self._new_hit(session, "CreateHIT", hit_type, params)

    @operation("CreateHITWithHITType")
    def create_hit_with_hit_type(self, **params: Any) -> Response:
        with self._session(write=True) as session:
            hit_type = session.scalar(select(MarketHITType).where(
                MarketHITType.hit_type_id == params["HITTypeId"],
                MarketHITType.requester_id == self.requester_id))
            if hit_type is None:
                raise self._fail("CreateHITWithHITType", "HITTypeDoesNotExist",
                                 f"HITType {params['HITTypeId']} does not exist.")
            return self._new_hit(session, "CreateHITWithHITType", hit_type, params)

    @operation("GetHIT")
    def get_hit(self, *, HITId: str) -> Response:
        with self._session() as session:
            hit = self._hit(session, "GetHIT", HITId)
            return {"HIT": self._hit_dicts(session, [hit], self._now())[0]}

    def _list_hit_page(self, session: Session, query: Any, after: int, size: int
                       ) -> tuple[list[MarketHIT], int | None]:
        hits = list(session.scalars(
            query.where(MarketHIT.seq > after).order_by(MarketHIT.seq).limit(size + 1)))
        more = len(hits) > size
        hits = hits[:size]
        return hits, (hits[-1].seq if more and hits else None)

    @operation("ListHITs")
    def list_hits(self, *, NextToken: str | None = None, MaxResults: int | None = None
                  ) -> Response:
        after = self._decode_token("ListHITs", NextToken)
        with self._session() as session:
            query = select(MarketHIT).where(MarketHIT.requester_id == self.requester_id,
                                            MarketHIT.disposed.is_(False))
            hits, last = self._list_hit_page(session, query, after, self._page_size(MaxResults))
            result: Response = {"NumResults": len(hits),
                                "HITs": self._hit_dicts(session, hits, self._now())}
        if last is not None:
            result["NextToken"] = self._encode_token(last)
        return result

    @operation("ListReviewableHITs")
    def list_reviewable_hits(self, *, HITTypeId: str | None = None,
                             Status: str = HITStatus.REVIEWABLE.value,
                             NextToken: str | None = None, MaxResults: int | None = None
                             ) -> Response:
        after = self._decode_token("ListReviewableHITs", NextToken)
        size = self._page_size(MaxResults)
        now = self._now()
        found: list[Response] = []
        last: int | None = None
        with self._session() as session:
            query = select(MarketHIT).where(MarketHIT.requester_id == self.requester_id,
                                            MarketHIT.disposed.is_(False))
            if HITTypeId:
                query = query.where(MarketHIT.hit_type_id == HITTypeId)
            if Status == HITStatus.REVIEWING.value:
                query = query.where(MarketHIT.reviewing.is_(True))
            cursor = after
            while len(found) < size:
                hits, _ = self._list_hit_page(session, query, cursor, 200)
                if not hits:
                    last = None
                    break
                for data, hit in zip(self._hit_dicts(session, hits, now), hits, strict=True):
                    cursor = hit.seq
                    if data["HITStatus"] == Status:
                        found.append(data)
                        last = hit.seq
                        if len(found) == size:
                            break
                else:
                    continue
                break
            more = len(found) == size and session.scalar(
                query.where(MarketHIT.seq > cursor).limit(1)) is not None
        result: Response = {"NumResults": len(found), "HITs": found}
        if more and last is not None:
            result["NextToken"] = self._encode_token(last)
        return result

    @operation("UpdateExpirationForHIT")
    def update_expiration_for_hit(self, *, HITId: str, ExpireAt: datetime) -> Response:
        with self._session(write=True) as session:
            hit = self._hit(session, "UpdateExpirationForHIT", HITId, lock=True)
            if hit.disposed:
                raise self._fail("UpdateExpirationForHIT", "InvalidHITState",
                                 f"Hit {HITId} has been deleted.")
            now = self._now()
            expire_at = _aware(ExpireAt)
            # A time in the past expires the HIT at once, as on MTurk.
            hit.expiration = now if expire_at <= now else expire_at
        return {}

    @operation("UpdateHITReviewStatus")
    def update_hit_review_status(self, *, HITId: str, Revert: bool = False) -> Response:
        with self._session(write=True) as session:
            hit = self._hit(session, "UpdateHITReviewStatus", HITId, lock=True)
            now = self._now()
            status, _ = hit_status(hit, self._hit_counts(session, [HITId], now).get(
                HITId, (0, 0, 0)), now)
            wanted = HITStatus.REVIEWING.value if Revert else HITStatus.REVIEWABLE.value
            if status != wanted:
                raise self._fail("UpdateHITReviewStatus", "InvalidHITState",
                                 f"This operation can be called with a status of: {wanted}")
            hit.reviewing = not Revert
        return {}

    @operation("CreateAdditionalAssignmentsForHIT")
    def create_additional_assignments_for_hit(
        self, *, HITId: str, NumberOfAdditionalAssignments: int,
        UniqueRequestToken: str | None = None,
    ) -> Response:
        name = "CreateAdditionalAssignmentsForHIT"
        with self._session(write=True) as session:
            if self._remembered_token(session, name, UniqueRequestToken) is not None:
                raise self._fail(name, "DuplicateRequest",
                                 f'The request with UniqueRequestToken "{UniqueRequestToken}" '
                                 "has already been processed.")
            hit = self._hit(session, name, HITId, lock=True)
            extra = int(NumberOfAdditionalAssignments)
            if extra < 1:
                raise self._fail(name, "ParameterOutOfRange",
                                 "NumberOfAdditionalAssignments must be at least 1.")
            if hit.disposed:
                raise self._fail(name, "InvalidHITState", f"Hit {HITId} has been deleted.")
            if hit.max_assignments < 10 <= hit.max_assignments + extra:
                raise self._fail(
                    name, "InvalidMaximumAssignmentsIncrease",
                    "A HIT created with fewer than 10 assignments cannot be extended to 10 or "
                    "more assignments.")
            hit_type = session.get(MarketHITType, hit.hit_type_id)
            assert hit_type is not None
            available, _ = self._available_cents(session)
            if extra * _cost(hit_type, hit.max_assignments) > available:
                raise self._fail(name, "InsufficientFunds",
                                 "Your account balance is too low for these assignments.")
            hit.max_assignments += extra
            self._remember_token(session, name, UniqueRequestToken, HITId)
        return {}

    @operation("DeleteHIT")
    def delete_hit(self, *, HITId: str) -> Response:
        with self._session(write=True) as session:
            hit = self._hit(session, "DeleteHIT", HITId, lock=True)
            if hit.disposed:
                return {}
            now = self._now()
            counts = self._hit_counts(session, [HITId], now).get(HITId, (0, 0, 0))
            status, _ = hit_status(hit, counts, now)
            if status in (HITStatus.ASSIGNABLE.value, HITStatus.UNASSIGNABLE.value) or counts[1]:
                raise self._fail(
                    "DeleteHIT", "InvalidHITState",
                    f"This HIT is currently in the state '{status}' with {counts[1]} submitted "
                    "assignment(s). This operation can be called with a status of: Reviewable, "
                    "once every submitted assignment is approved or rejected.")
            hit.disposed = True
        return {}

    # -- assignments ------------------------------------------------------------------------

    @operation("ListAssignmentsForHIT")
    def list_assignments_for_hit(
        self, *, HITId: str, NextToken: str | None = None, MaxResults: int | None = None,
        AssignmentStatuses: list[str] | None = None,
    ) -> Response:
        after = self._decode_token("ListAssignmentsForHIT", NextToken)
        size = self._page_size(MaxResults)
        statuses = [s for s in (AssignmentStatuses or VISIBLE_STATUSES) if s in VISIBLE_STATUSES]
        with self._session() as session:
            self._hit(session, "ListAssignmentsForHIT", HITId)
            rows = list(session.scalars(
                select(MarketAssignment)
                .where(MarketAssignment.hit_id == HITId, MarketAssignment.status.in_(statuses),
                       MarketAssignment.seq > after)
                .order_by(MarketAssignment.seq).limit(size + 1)))
        more = len(rows) > size
        rows = rows[:size]
        result: Response = {"NumResults": len(rows),
                            "Assignments": [assignment_dict(a) for a in rows]}
        if more:
            result["NextToken"] = self._encode_token(rows[-1].seq)
        return result

    @operation("GetAssignment")
    def get_assignment(self, *, AssignmentId: str) -> Response:
        with self._session() as session:
            assignment, hit = self._assignment(session, "GetAssignment", AssignmentId)
            return {"Assignment": assignment_dict(assignment),
                    "HIT": self._hit_dicts(session, [hit], self._now())[0]}

    @operation("ApproveAssignment")
    def approve_assignment(self, *, AssignmentId: str, RequesterFeedback: str | None = None,
                           OverrideRejection: bool = False) -> Response:
        name = "ApproveAssignment"
        _check_feedback(self, name, RequesterFeedback, required=False)
        with self._session(write=True) as session:
            self._refuse_paid_elsewhere(session, name)
            assignment, hit = self._assignment(session, name, AssignmentId, lock=True)
            now = self._now()
            if assignment.status == REJECTED and OverrideRejection:
                if hit.disposed:
                    raise self._fail(name, "InvalidAssignmentState",
                                     "The rejection cannot be overridden: the HIT was deleted.")
                if assignment.submit_time and assignment.submit_time < now - OVERRIDE_WINDOW:
                    raise self._fail(
                        name, "InvalidAssignmentState",
                        "A rejection can only be overridden within 30 days of submission.")
            elif assignment.status != SUBMITTED:
                raise self._fail(name, "InvalidAssignmentState",
                                 f"This operation can be called with a status of: Submitted "
                                 f"(the assignment is {assignment.status}).")
            hit_type = session.get(MarketHITType, hit.hit_type_id)
            assert hit_type is not None
            payment = reward_payment(assignment, hit, hit_type, now)
            if assignment.status == REJECTED:
                available, _ = self._available_cents(session)
                if payment.amount_cents + payment.fee_cents > available:
                    raise self._fail(name, "InsufficientFunds",
                                     "Your account balance is too low to approve this.")
            assignment.status = APPROVED
            assignment.approval_time = now
            assignment.rejection_time = None
            if RequesterFeedback is not None:
                assignment.requester_feedback = RequesterFeedback
            record_payment(session, payment)
        return {}

    @operation("RejectAssignment")
    def reject_assignment(self, *, AssignmentId: str, RequesterFeedback: str) -> Response:
        name = "RejectAssignment"
        _check_feedback(self, name, RequesterFeedback, required=True)
        with self._session(write=True) as session:
            assignment, _hit = self._assignment(session, name, AssignmentId, lock=True)
            if assignment.status != SUBMITTED:
                raise self._fail(name, "InvalidAssignmentState",
                                 f"This operation can be called with a status of: Submitted "
                                 f"(the assignment is {assignment.status}).")
            assignment.status = REJECTED
            assignment.rejection_time = self._now()
            assignment.requester_feedback = RequesterFeedback
        return {}

    # -- money ------------------------------------------------------------------------------

    @operation("SendBonus")
    def send_bonus(self, *, WorkerId: str, BonusAmount: str, AssignmentId: str, Reason: str,
                   UniqueRequestToken: str | None = None) -> Response:
        name = "SendBonus"
        try:
            amount = parse_usd(BonusAmount, what="bonus")
        except InvalidAmount as exc:
            raise self._fail(name, "ParameterOutOfRange", str(exc))
        if not Reason.strip():
            raise self._fail(name, "ParameterOutOfRange", "A bonus needs a Reason.")
        with self._session(write=True) as session:
            self._refuse_paid_elsewhere(session, name)
            seen = self._remembered_token(session, name, UniqueRequestToken)
            if seen is not None:
                raise self._fail(
                    name, "DuplicateRequest",
                    f'The bonus with UniqueRequestToken "{UniqueRequestToken}" was already '
                    f"paid (request {seen.result}).")
            assignment, hit = self._assignment(session, name, AssignmentId, lock=True)
            if assignment.worker_id != WorkerId:
                raise self._fail(name, "ParameterOutOfRange",
                                 f"Assignment {AssignmentId} was not done by worker {WorkerId}.")
            fee = bonus_fee_cents(amount)
            available, _ = self._available_cents(session)
            if amount + fee > available:
                raise self._fail(name, "InsufficientFunds",
                                 "Your account balance is too low to pay this bonus.")
            payment = Payment(requester_id=self.requester_id, kind="bonus",
                              assignment_id=AssignmentId, hit_id=hit.hit_id, worker_id=WorkerId,
                              amount_cents=amount, fee_cents=fee, reason=Reason,
                              created_at=self._now())
            record_payment(session, payment)
            session.flush()
            self._remember_token(session, name, UniqueRequestToken, f"bonus-{payment.seq}")
            try:
                session.flush()
            except IntegrityError:
                session.rollback()
                raise self._fail(name, "DuplicateRequest",
                                 f'The bonus with UniqueRequestToken "{UniqueRequestToken}" '
                                 "was already paid.")
        return {}

    @operation("ListBonusPayments")
    def list_bonus_payments(self, *, HITId: str | None = None, AssignmentId: str | None = None,
                            NextToken: str | None = None, MaxResults: int | None = None
                            ) -> Response:
        name = "ListBonusPayments"
        if bool(HITId) == bool(AssignmentId):
            raise self._fail(name, "ParameterOutOfRange",
                             "Specify exactly one of HITId and AssignmentId.")
        after = self._decode_token(name, NextToken)
        size = self._page_size(MaxResults)
        with self._session() as session:
            query = select(Payment).where(Payment.requester_id == self.requester_id,
                                          Payment.kind == "bonus", Payment.seq > after)
            if HITId:
                self._hit(session, name, HITId)
                query = query.where(Payment.hit_id == HITId)
            else:
                query = query.where(Payment.assignment_id == AssignmentId)
            rows = list(session.scalars(query.order_by(Payment.seq).limit(size + 1)))
        more = len(rows) > size
        rows = rows[:size]
        result: Response = {"NumResults": len(rows), "BonusPayments": [
            {"WorkerId": p.worker_id, "BonusAmount": format_usd(p.amount_cents),
             "AssignmentId": p.assignment_id, "Reason": p.reason or "", "GrantTime": p.created_at}
            for p in rows]}
        if more:
            result["NextToken"] = self._encode_token(rows[-1].seq)
        return result

    @operation("GetAccountBalance")
    def get_account_balance(self) -> Response:
        with self._session() as session:
            available, held = self._available_cents(session)
        return {"AvailableBalance": format_usd(available), "OnHoldBalance": format_usd(held)}

    # -- blocks and messages ----------------------------------------------------------------

    @operation("CreateWorkerBlock")
    def create_worker_block(self, *, WorkerId: str, Reason: str) -> Response:
        if not Reason.strip():
            raise self._fail("CreateWorkerBlock", "ParameterOutOfRange",
                             "A block needs a Reason.")
        with self._session(write=True) as session:
            block = session.get(WorkerBlock, (self.requester_id, WorkerId))
            if block is None:
                session.add(WorkerBlock(requester_id=self.requester_id, worker_id=WorkerId,
                                        reason=Reason, created_at=self._now()))
            else:
                block.reason = Reason
        return {}

    @operation("DeleteWorkerBlock")
    def delete_worker_block(self, *, WorkerId: str, Reason: str | None = None) -> Response:
        with self._session(write=True) as session:
            session.execute(delete(WorkerBlock).where(
                WorkerBlock.requester_id == self.requester_id, WorkerBlock.worker_id == WorkerId))
        return {}

    @operation("ListWorkerBlocks")
    def list_worker_blocks(self, *, NextToken: str | None = None,
                           MaxResults: int | None = None) -> Response:
        offset = self._decode_token("ListWorkerBlocks", NextToken)
        size = self._page_size(MaxResults)
        with self._session() as session:
            rows = list(session.scalars(
                select(WorkerBlock).where(WorkerBlock.requester_id == self.requester_id)
                .order_by(WorkerBlock.worker_id).offset(offset).limit(size + 1)))
        more = len(rows) > size
        rows = rows[:size]
        result: Response = {"NumResults": len(rows), "WorkerBlocks": [
            {"WorkerId": b.worker_id, "Reason": b.reason} for b in rows]}
        if more:
            result["NextToken"] = self._encode_token(offset + size)
        return result

    @operation("NotifyWorkers")
    def notify_workers(self, *, Subject: str, MessageText: str, WorkerIds: list[str]
                       ) -> Response:
        name = "NotifyWorkers"
        if not 1 <= len(WorkerIds) <= NOTIFY_MAX_WORKERS:
            raise self._fail(name, "ParameterOutOfRange",
                             "WorkerIds must list between 1 and 100 workers.")
        if not Subject.strip() or len(Subject) > NOTIFY_MAX_SUBJECT:
            raise self._fail(name, "ParameterOutOfRange",
                             "The Subject must be 1 to 200 characters.")
        if not MessageText.strip() or len(MessageText) > NOTIFY_MAX_MESSAGE:
            raise self._fail(name, "ParameterOutOfRange",
                             "The MessageText must be 1 to 4096 characters.")
        failures: list[Response] = []
        with self._session(write=True) as session:
            worked_for_us = set(session.scalars(
                select(MarketAssignment.worker_id).distinct()
                .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
                .where(MarketHIT.requester_id == self.requester_id,
                       MarketAssignment.worker_id.in_(WorkerIds))))
            for worker_id in dict.fromkeys(WorkerIds):
                if worker_id not in worked_for_us:
                    failures.append({
                        "NotifyWorkersFailureCode": "HardFailure",
                        "NotifyWorkersFailureMessage":
                            "Cannot send a notification to a worker who has not worked for you.",
                        "WorkerId": worker_id})
                    continue
                session.add(WorkerMessage(requester_id=self.requester_id, worker_id=worker_id,
                                          subject=Subject, body=MessageText,
                                          sent_at=self._now()))
        return {"NotifyWorkersFailureStatuses": failures}

    # -- for the marketplace's own bookkeeping ----------------------------------------------

    def deposit(self, cents: int) -> None:
        """Add money to this requester's local balance (a local marketplace has no bank)."""
        with self._session(write=True) as session:
            self._requester(session).deposit_cents += int(cents)

    def assignment_counts(self) -> dict[str, int]:
        """Assignments of this requester by internal status (for tests and diagnostics)."""
        with self._session() as session:
            rows = session.execute(
                select(MarketAssignment.status, func.count())
                .join(MarketHIT, MarketHIT.hit_id == MarketAssignment.hit_id)
                .where(MarketHIT.requester_id == self.requester_id)
                .group_by(MarketAssignment.status)).all()
        return {status: int(count) for status, count in rows}

    def payments(self, kind: str | None = None) -> list[Response]:
        """Every payment this requester made, oldest first (for audits and tests)."""
        with self._session() as session:
            query = select(Payment).where(Payment.requester_id == self.requester_id)
            if kind:
                query = query.where(Payment.kind == kind)
            return [
                {"kind": p.kind, "AssignmentId": p.assignment_id, "WorkerId": p.worker_id,
                 "amount_cents": p.amount_cents, "fee_cents": p.fee_cents, "Reason": p.reason,
                 "at": p.created_at}
                for p in session.scalars(query.order_by(Payment.seq))
            ]

    def _refuse_paid_elsewhere(self, session: Session, name: str) -> None:
        """No reward or bonus is paid here for a requester whose workers Prolific pays."""
        if pays_elsewhere(session, self.requester_id) == PROLIFIC:
            raise self._fail(name, "RequesterPaysElsewhere",
                             "This requester's participants are paid on Prolific: approve, "
                             "reject and bonus their submissions there (the workbench does).")

    def is_blocked(self, session: Session, worker_id: str, requester_id: str) -> bool:
        return session.get(WorkerBlock, (requester_id, worker_id)) is not None

    def active_assignment(self, session: Session, worker_id: str, hit_id: str
                          ) -> MarketAssignment | None:
        return session.scalar(select(MarketAssignment).where(
            MarketAssignment.hit_id == hit_id, MarketAssignment.worker_id == worker_id,
            or_(MarketAssignment.status.in_(VISIBLE_STATUSES),
                and_(MarketAssignment.status == ACCEPTED,
                     MarketAssignment.deadline > self._now()))))


def _cost(hit_type: MarketHITType, max_assignments: int) -> int:
    from workbench.domain.money import assignment_cost_cents

    return assignment_cost_cents(hit_type.reward_cents, max_assignments)


def _aware(value: datetime) -> datetime:
    from workbench.domain.clock import as_utc

    return as_utc(value)


def _check_feedback(core: MarketCore, operation_name: str, feedback: str | None, *,
                    required: bool) -> None:
    if feedback is None or not feedback.strip():
        if required:
            raise core._fail(operation_name, "ParameterOutOfRange",
                             "RequesterFeedback is required to reject an assignment.")
        return
    if len(feedback) > MAX_FEEDBACK:
        raise core._fail(operation_name, "ParameterOutOfRange",
                         f"RequesterFeedback is longer than {MAX_FEEDBACK} characters.")
