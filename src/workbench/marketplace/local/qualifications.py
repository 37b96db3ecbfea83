"""Qualification types, workers' scores and qualification requests on the local marketplace."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from workbench.domain.ids import entity_id
from workbench.domain.qualifications import (
    ADULT_ID,
    APPROVAL_RATE_ID,
    LOCALE_ID,
    MASTERS_SANDBOX_ID,
    NUMBER_APPROVED_ID,
    WorkerValue,
    is_masters,
)
from workbench.formats.answer_keys import AnswerKeyError, key_problems, parse_answer_key
from workbench.formats.qualification_tests import TestFormatError, parse_question_form
from workbench.formats.questions import parse_question
from workbench.marketplace.interface import Response
from workbench.marketplace.local.core import APPROVED, REJECTED, MarketCore, operation
from workbench.marketplace.local.schema import (
    MarketAssignment,
    MarketHIT,
    MarketHITType,
    MarketQualification,
    MarketQualificationRequest,
    MarketQualificationType,
    MarketWorker,
)

SYSTEM_IDS = (APPROVAL_RATE_ID, NUMBER_APPROVED_ID, LOCALE_ID, ADULT_ID)


class QualificationOperations(MarketCore):
    """The Requester operations on qualification types, scores and requests."""

    def _qualification_type(self, session: Session, operation_name: str, type_id: str, *,
                            own: bool = True) -> MarketQualificationType:
        if type_id == MASTERS_SANDBOX_ID:
            type_id = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH"
        qtype = session.scalar(select(MarketQualificationType).where(
            MarketQualificationType.qualification_type_id == type_id,
            MarketQualificationType.deleted.is_(False)))
        if qtype is None or (own and qtype.requester_id != self.requester_id):
            raise self._fail(operation_name, "QualificationTypeDoesNotExist",
                             f"QualificationType {type_id} does not exist or is not yours.")
        return qtype

    def _check_test(self, operation_name: str, params: dict[str, Any]) -> None:
        test = params.get("Test")
        if params.get("AnswerKey") and not test:
            raise self._fail(operation_name, "ParameterOutOfRange",
                             "An AnswerKey needs a Test.")
        if test:
            if params.get("AutoGranted"):
                raise self._fail(operation_name, "ParameterOutOfRange",
                                 "A qualification with a Test cannot also be AutoGranted.")
            if not params.get("TestDurationInSeconds"):
                raise self._fail(operation_name, "ParameterOutOfRange",
                                 "A Test needs TestDurationInSeconds.")
            try:
                parsed = parse_question(str(test))
            except ValueError as exc:
                raise self._fail(operation_name, "XMLParseError", f"The Test is not valid: {exc}")
            if parsed.kind != "question_form":
                raise self._fail(operation_name, "ParameterOutOfRange",
                                 "A Test must be a QuestionForm.")
            try:
                form = parse_question_form(str(test))
            except TestFormatError as exc:
                raise self._fail(operation_name, "XMLParseError", f"The Test is not valid: {exc}")
            if params.get("AnswerKey"):
                try:
                    key = parse_answer_key(str(params["AnswerKey"]))
                except AnswerKeyError as exc:
                    raise self._fail(operation_name, "XMLParseError",
                                     f"The AnswerKey is not valid: {exc}")
                problems = key_problems(key, form)
                if problems:
                    raise self._fail(operation_name, "ParameterOutOfRange",
                                     "The AnswerKey does not fit the Test: " + "; ".join(problems))

    @operation("CreateQualificationType")
    def create_qualification_type(self, **params: Any) -> Response:
        name = "CreateQualificationType"
        self._check_test(name, params)
        with self._session(write=True) as session:
            taken = session.scalar(select(MarketQualificationType.seq).where(
                MarketQualificationType.requester_id == self.requester_id,
                MarketQualificationType.deleted.is_(False),
                func.lower(MarketQualificationType.name) == str(params["Name"]).lower()))
            if taken is not None:
                raise self._fail(name, "QualificationTypeAlreadyExists",
                                 f"You have already created a QualificationType with the name "
                                 f"{params['Name']!r}.")
            qtype = MarketQualificationType(
                qualification_type_id=entity_id(), requester_id=self.requester_id,
                name=params["Name"], description=params["Description"],
                keywords=params.get("Keywords") or "",
                status=params["QualificationTypeStatus"],
                is_requestable=True,
                auto_granted=bool(params.get("AutoGranted", False)),
                auto_granted_value=params.get("AutoGrantedValue",
                                              1 if params.get("AutoGranted") else None),
                retry_delay_s=params.get("RetryDelayInSeconds"),
                test=params.get("Test"), answer_key=params.get("AnswerKey"),
                test_duration_s=params.get("TestDurationInSeconds"),
                creation_time=self._now())
            session.add(qtype)
            session.flush()
            return {"QualificationType": qualification_type_dict(qtype)}

    @operation("GetQualificationType")
    def get_qualification_type(self, *, QualificationTypeId: str) -> Response:
        with self._session() as session:
            qtype = self._qualification_type(session, "GetQualificationType",
                                             QualificationTypeId, own=False)
            return {"QualificationType": qualification_type_dict(qtype)}

    @operation("UpdateQualificationType")
    def update_qualification_type(self, **params: Any) -> Response:
        name = "UpdateQualificationType"
        with self._session(write=True) as session:
            qtype = self._qualification_type(session, name, params["QualificationTypeId"])
            merged = {"Test": qtype.test, "AnswerKey": qtype.answer_key,
                      "AutoGranted": qtype.auto_granted,
                      "TestDurationInSeconds": qtype.test_duration_s} | params
            self._check_test(name, merged)
            for key, attr in (("Description", "description"),
                              ("QualificationTypeStatus", "status"),
                              ("Test", "test"), ("AnswerKey", "answer_key"),
                              ("TestDurationInSeconds", "test_duration_s"),
                              ("RetryDelayInSeconds", "retry_delay_s"),
                              ("AutoGranted", "auto_granted"),
                              ("AutoGrantedValue", "auto_granted_value")):
                if key in params:
                    setattr(qtype, attr, params[key])
            return {"QualificationType": qualification_type_dict(qtype)}

    @operation("DeleteQualificationType")
    def delete_qualification_type(self, *, QualificationTypeId: str) -> Response:
        with self._session(write=True) as session:
            qtype = self._qualification_type(session, "DeleteQualificationType",
                                             QualificationTypeId)
            qtype.deleted = True
            qtype.status = "Inactive"
        return {}

    @operation("ListQualificationTypes")
    def list_qualification_types(self, *, MustBeRequestable: bool, Query: str | None = None,
                                 MustBeOwnedByCaller: bool = False, NextToken: str | None = None,
                                 MaxResults: int | None = None) -> Response:
        after = self._decode_token("ListQualificationTypes", NextToken)
        size = self._page_size(MaxResults)
        with self._session() as session:
            query = select(MarketQualificationType).where(
                MarketQualificationType.deleted.is_(False), MarketQualificationType.seq > after)
            if MustBeOwnedByCaller:
                query = query.where(MarketQualificationType.requester_id == self.requester_id)
            if MustBeRequestable:
                query = query.where(MarketQualificationType.is_requestable.is_(True))
            if Query:
                like = f"%{Query.lower()}%"
                query = query.where(or_(func.lower(MarketQualificationType.name).like(like),
                                        func.lower(MarketQualificationType.keywords).like(like)))
            rows = list(session.scalars(
                query.order_by(MarketQualificationType.seq).limit(size + 1)))
        more = len(rows) > size
        rows = rows[:size]
        result: Response = {"NumResults": len(rows),
                            "QualificationTypes": [qualification_type_dict(q) for q in rows]}
        if more:
            result["NextToken"] = self._encode_token(rows[-1].seq)
        return result

    @operation("AssociateQualificationWithWorker")
    def associate_qualification_with_worker(
        self, *, QualificationTypeId: str, WorkerId: str, IntegerValue: int = 1,
        SendNotification: bool = False,
    ) -> Response:
        name = "AssociateQualificationWithWorker"
        with self._session(write=True) as session:
            self._qualification_type(session, name, QualificationTypeId)
            if session.get(MarketWorker, WorkerId) is None:
                raise self._fail(name, "WorkerDoesNotExist",
                                 f"Worker {WorkerId} does not exist.")
            grant(session, QualificationTypeId, WorkerId, IntegerValue, self._now())
        return {}

    @operation("DisassociateQualificationFromWorker")
    def disassociate_qualification_from_worker(
        self, *, WorkerId: str, QualificationTypeId: str, Reason: str | None = None
    ) -> Response:
        name = "DisassociateQualificationFromWorker"
        with self._session(write=True) as session:
            self._qualification_type(session, name, QualificationTypeId)
            held = session.get(MarketQualification, (QualificationTypeId, WorkerId))
            if held is None or held.status != "Granted":
                raise self._fail(name, "QualificationDoesNotExist",
                                 f"Worker {WorkerId} does not hold {QualificationTypeId}.")
            held.status = "Revoked"
        return {}

    @operation("GetQualificationScore")
    def get_qualification_score(self, *, QualificationTypeId: str, WorkerId: str) -> Response:
        name = "GetQualificationScore"
        with self._session() as session:
            self._qualification_type(session, name, QualificationTypeId)
            held = session.get(MarketQualification, (QualificationTypeId, WorkerId))
            if held is None:
                raise self._fail(name, "QualificationDoesNotExist",
                                 f"Worker {WorkerId} has no score for {QualificationTypeId}.")
            return {"Qualification": qualification_dict(held)}

    @operation("ListWorkersWithQualificationType")
    def list_workers_with_qualification_type(
        self, *, QualificationTypeId: str, Status: str | None = None,
        NextToken: str | None = None, MaxResults: int | None = None,
    ) -> Response:
        name = "ListWorkersWithQualificationType"
        offset = self._decode_token(name, NextToken)
        size = self._page_size(MaxResults)
        with self._session() as session:
            self._qualification_type(session, name, QualificationTypeId)
            query = select(MarketQualification).where(
                MarketQualification.qualification_type_id == QualificationTypeId)
            if Status:
                query = query.where(MarketQualification.status == Status)
            rows = list(session.scalars(
                query.order_by(MarketQualification.worker_id).offset(offset).limit(size + 1)))
        more = len(rows) > size
        rows = rows[:size]
        result: Response = {"NumResults": len(rows),
                            "Qualifications": [qualification_dict(q) for q in rows]}
        if more:
            result["NextToken"] = self._encode_token(offset + size)
        return result

    @operation("ListHITsForQualificationType")
    def list_hits_for_qualification_type(
        self, *, QualificationTypeId: str, NextToken: str | None = None,
        MaxResults: int | None = None,
    ) -> Response:
        name = "ListHITsForQualificationType"
        after = self._decode_token(name, NextToken)
        size = self._page_size(MaxResults)
        with self._session() as session:
            self._qualification_type(session, name, QualificationTypeId, own=False)
            type_ids = [
                t.hit_type_id for t in session.scalars(select(MarketHITType).where(
                    MarketHITType.requester_id == self.requester_id))
                if any(r.get("QualificationTypeId") == QualificationTypeId
                       for r in t.qualification_requirements or [])
            ]
            hits = list(session.scalars(
                select(MarketHIT).where(MarketHIT.hit_type_id.in_(type_ids),
                                        MarketHIT.disposed.is_(False), MarketHIT.seq > after)
                .order_by(MarketHIT.seq).limit(size + 1)))
            more = len(hits) > size
            hits = hits[:size]
            result: Response = {"NumResults": len(hits),
                                "HITs": self._hit_dicts(session, hits, self._now())}
        if more:
            result["NextToken"] = self._encode_token(hits[-1].seq)
        return result

    @operation("ListQualificationRequests")
    def list_qualification_requests(
        self, *, QualificationTypeId: str | None = None, NextToken: str | None = None,
        MaxResults: int | None = None,
    ) -> Response:
        name = "ListQualificationRequests"
        after = self._decode_token(name, NextToken)
        size = self._page_size(MaxResults)
        with self._session() as session:
            query = (
                select(MarketQualificationRequest)
                .join(MarketQualificationType, MarketQualificationType.qualification_type_id
                      == MarketQualificationRequest.qualification_type_id)
                .where(MarketQualificationType.requester_id == self.requester_id,
                       MarketQualificationRequest.status == "Pending",
                       MarketQualificationRequest.seq > after)
            )
            if QualificationTypeId:
                query = query.where(
                    MarketQualificationRequest.qualification_type_id == QualificationTypeId)
            rows = list(session.scalars(
                query.order_by(MarketQualificationRequest.seq).limit(size + 1)))
        more = len(rows) > size
        rows = rows[:size]
        result: Response = {"NumResults": len(rows), "QualificationRequests": [
            _request_dict(r) for r in rows]}
        if more:
            result["NextToken"] = self._encode_token(rows[-1].seq)
        return result

    def _pending_request(self, session: Session, operation_name: str, request_id: str
                         ) -> MarketQualificationRequest:
        request = session.scalar(
            select(MarketQualificationRequest)
            .join(MarketQualificationType, MarketQualificationType.qualification_type_id
                  == MarketQualificationRequest.qualification_type_id)
            .where(MarketQualificationRequest.request_id == request_id,
                   MarketQualificationType.requester_id == self.requester_id))
        if request is None:
            raise self._fail(operation_name, "QualificationRequestDoesNotExist",
                             f"QualificationRequest {request_id} does not exist.")
        if request.status != "Pending":
            raise self._fail(operation_name, "InvalidQualificationRequestState",
                             f"QualificationRequest {request_id} was already {request.status}.")
        return request

    @operation("AcceptQualificationRequest")
    def accept_qualification_request(self, *, QualificationRequestId: str,
                                     IntegerValue: int | None = None) -> Response:
        name = "AcceptQualificationRequest"
        with self._session(write=True) as session:
            request = self._pending_request(session, name, QualificationRequestId)
            request.status = "Approved"
            request.decided_at = self._now()
            value = IntegerValue if IntegerValue is not None else (
                request.score if request.score is not None else 1)
            grant(session, request.qualification_type_id, request.worker_id, value, self._now())
        return {}

    @operation("RejectQualificationRequest")
    def reject_qualification_request(self, *, QualificationRequestId: str,
                                     Reason: str | None = None) -> Response:
        with self._session(write=True) as session:
            request = self._pending_request(session, "RejectQualificationRequest",
                                            QualificationRequestId)
            request.status = "Rejected"
            request.decided_at = self._now()
        return {}


def grant(session: Session, type_id: str, worker_id: str, value: int | None,
          now: datetime) -> None:
    held = session.get(MarketQualification, (type_id, worker_id))
    if held is None:
        session.add(MarketQualification(qualification_type_id=type_id, worker_id=worker_id,
                                        integer_value=value, status="Granted", grant_time=now))
    else:
        held.integer_value = value
        held.status = "Granted"
        held.grant_time = now


def worker_value(session: Session, worker: MarketWorker, type_id: str) -> WorkerValue:
    """What a worker holds for a qualification type, system ones computed from their record."""
    if type_id in (APPROVAL_RATE_ID, NUMBER_APPROVED_ID):
        approved, rejected = session.execute(
            select(func.sum(case((MarketAssignment.status == APPROVED, 1), else_=0)),
                   func.sum(case((MarketAssignment.status == REJECTED, 1), else_=0)))
            .where(MarketAssignment.worker_id == worker.worker_id)).one()
        approved, rejected = int(approved or 0), int(rejected or 0)
        if type_id == NUMBER_APPROVED_ID:
            return WorkerValue(True, approved)
        decided = approved + rejected
        # A worker with no decided work yet has a perfect record, as on MTurk.
        return WorkerValue(True, 100 if decided == 0 else (approved * 100) // decided)
    if type_id == LOCALE_ID:
        return WorkerValue(True, country=worker.locale_country,
                           subdivision=worker.locale_subdivision)
    if type_id == ADULT_ID:
        return WorkerValue(worker.is_adult, 1 if worker.is_adult else None)
    if is_masters(type_id):
        type_id = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH"
    held = session.get(MarketQualification, (type_id, worker.worker_id))
    if held is None or held.status != "Granted":
        return WorkerValue(False)
    return WorkerValue(True, held.integer_value, held.locale_country, held.locale_subdivision)


def qualification_type_dict(qtype: MarketQualificationType) -> Response:
    result: Response = {
        "QualificationTypeId": qtype.qualification_type_id,
        "CreationTime": qtype.creation_time,
        "Name": qtype.name,
        "Description": qtype.description,
        "Keywords": qtype.keywords,
        "QualificationTypeStatus": qtype.status,
        "IsRequestable": qtype.is_requestable,
        "AutoGranted": qtype.auto_granted,
    }
    for key, value in (("Test", qtype.test), ("AnswerKey", qtype.answer_key),
                       ("TestDurationInSeconds", qtype.test_duration_s),
                       ("RetryDelayInSeconds", qtype.retry_delay_s),
                       ("AutoGrantedValue", qtype.auto_granted_value)):
        if value is not None:
            result[key] = value
    return result


def qualification_dict(held: MarketQualification) -> Response:
    result: Response = {
        "QualificationTypeId": held.qualification_type_id,
        "WorkerId": held.worker_id,
        "GrantTime": held.grant_time,
        "Status": held.status,
    }
    if held.integer_value is not None:
        result["IntegerValue"] = held.integer_value
    if held.locale_country:
        locale: Response = {"Country": held.locale_country}
        if held.locale_subdivision:
            locale["Subdivision"] = held.locale_subdivision
        result["LocaleValue"] = locale
    return result


def _request_dict(request: MarketQualificationRequest) -> Response:
    result: Response = {
        "QualificationRequestId": request.request_id,
        "QualificationTypeId": request.qualification_type_id,
        "WorkerId": request.worker_id,
        "SubmitTime": request.submit_time,
    }
    if request.test:
        result["Test"] = request.test
    if request.answer:
        result["Answer"] = request.answer
    return result
