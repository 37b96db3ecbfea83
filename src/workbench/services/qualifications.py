"""Qualification types, workers' scores and qualification requests of an account.

Types are created, changed and deleted on the marketplace at once (nothing is paid or
decided), then mirrored into the store. Granting, changing and revoking scores, and deciding
requests, are decisions: they go through the outbox like approvals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from botocore.exceptions import ClientError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workbench.domain.clock import as_utc, format_duration
from workbench.domain.ids import WORKER_ID
from workbench.domain.text import translate
from workbench.formats.answer_keys import (
    AnswerKey,
    AnswerKeyError,
    TestScore,
    key_problems,
    parse_answer_key,
    score_xml,
)
from workbench.formats.answers import MalformedAnswers
from workbench.formats.qualification_tests import TestFormatError, parse_question_form
from workbench.marketplace.errors import error_message
from workbench.marketplace.interface import Marketplace
from workbench.marketplace.paging import items
from workbench.services import outbox
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.requirement_advice import CustomType
from workbench.services.settings import config_dir
from workbench.store.schema import (
    OutboxAction,
    QualificationRequest,
    QualificationScore,
    QualificationType,
)

MAX_NAME = 200  # botocore's model does not bound it; MTurk's web UI takes this many
MAX_DESCRIPTION = 2000
MAX_KEYWORDS = 1000
MAX_REQUESTS_SHOWN = 5000
_TYPE_ID = re.compile(r"^[A-Za-z0-9]{1,64}$")


class QualificationError(ValueError):
    """A qualification change that cannot be made; the message says why."""


@dataclass(frozen=True)
class QualificationTypeInfo:
    """A qualification type of the account, as the store mirrors it."""

    type_id: str
    name: str
    description: str
    keywords: str
    status: str
    auto_granted: bool
    auto_granted_value: int | None
    retry_delay_s: int | None
    test_xml: str | None
    answer_key_xml: str | None
    test_duration_s: int | None
    creation_time: datetime | None
    holders: int = 0
    pending: int = 0

    @property
    def active(self) -> bool:
        return self.status == "Active"

    @property
    def has_test(self) -> bool:
        return bool(self.test_xml)

    def as_custom(self) -> CustomType:
        """What the requirement advice needs to know of it."""
        return CustomType(self.type_id, self.name, self.active, self.has_test, self.auto_granted,
                          self.answer_key_xml)


@dataclass(frozen=True)
class TypeSpec:
    """What a user sets on a qualification type (create or update)."""

    name: str
    description: str
    keywords: str = ""
    active: bool = True
    auto_granted: bool = False
    auto_granted_value: int = 1
    retry_delay_s: int | None = None
    test_xml: str | None = None
    answer_key_xml: str | None = None
    test_duration_s: int | None = None


def how_workers_get_it(qtype: QualificationTypeInfo) -> str:
    """In a few words: "Test (auto-scored), 15m", "Granted on request (1)", "You grant it"."""
    if qtype.auto_granted:
        return f"Granted on request ({qtype.auto_granted_value})"
    if qtype.has_test:
        scored = "auto-scored" if qtype.answer_key_xml else "you review"
        return f"Test ({scored}), {format_duration(qtype.test_duration_s or 0)}"
    return "You grant it"


def type_info(row: QualificationType, holders: int = 0, pending: int = 0
              ) -> QualificationTypeInfo:
    return QualificationTypeInfo(
        type_id=row.qualification_type_id, name=row.name, description=row.description or "",
        keywords=row.keywords or "", status=row.status, auto_granted=bool(row.auto_granted),
        auto_granted_value=row.auto_granted_value, retry_delay_s=row.retry_delay_s,
        test_xml=row.test_xml, answer_key_xml=row.answer_key_xml,
        test_duration_s=row.test_duration_s, creation_time=row.creation_time,
        holders=holders, pending=pending)


def list_types(wb: Workbench, account: AccountInfo) -> list[QualificationTypeInfo]:
    """The account's qualification types known to the store, by name, with their counts."""
    with wb.store.read() as session:
        holders = dict(session.execute(
            select(QualificationScore.qualification_type_id, func.count())
            .where(QualificationScore.account_id == account.id,
                   QualificationScore.status == "Granted")
            .group_by(QualificationScore.qualification_type_id)).all())
        pending = dict(session.execute(
            select(QualificationRequest.qualification_type_id, func.count())
            .where(QualificationRequest.account_id == account.id,
                   QualificationRequest.state == "pending")
            .group_by(QualificationRequest.qualification_type_id)).all())
        rows = session.scalars(select(QualificationType).where(
            QualificationType.account_id == account.id).order_by(
            func.lower(QualificationType.name)))
        return [type_info(r, int(holders.get(r.qualification_type_id, 0)),
                          int(pending.get(r.qualification_type_id, 0))) for r in rows]


def get_type(wb: Workbench, account: AccountInfo, type_id: str) -> QualificationTypeInfo:
    with wb.store.read() as session:
        row = _type_row(session, account, type_id)
        return type_info(row)


def _type_row(session: Session, account: AccountInfo, type_id: str) -> QualificationType:
    row = session.scalar(select(QualificationType).where(
        QualificationType.account_id == account.id,
        QualificationType.qualification_type_id == type_id))
    if row is None:
        raise QualificationError(translate(
            "QualificationsService", "no qualification type {type} in account {account}"
        ).format(type=type_id, account=account.name))
    return row


# -- checking and saving types ---------------------------------------------------------------

def spec_problems(spec: TypeSpec, *, before: QualificationTypeInfo | None = None) -> list[str]:
    """Why MTurk would refuse this type (or this change to ``before``); empty when fine."""
    problems: list[str] = []
    if not spec.name.strip():
        problems.append(translate("QualificationsService", "give the qualification a name"))
    elif len(spec.name) > MAX_NAME:
        problems.append(translate(
            "QualificationsService", "the name is longer than {most} characters"
        ).format(most=MAX_NAME))
    if not spec.description.strip():
        problems.append(translate(
            "QualificationsService", "give the qualification a description (workers see it)"))
    elif len(spec.description) > MAX_DESCRIPTION:
        problems.append(translate(
            "QualificationsService", "the description is longer than {most} characters"
        ).format(most=f"{MAX_DESCRIPTION:,}"))
    if len(spec.keywords) > MAX_KEYWORDS:
        problems.append(translate(
            "QualificationsService", "the keywords are longer than {most} characters"
        ).format(most=f"{MAX_KEYWORDS:,}"))
    if spec.auto_granted and spec.test_xml:
        problems.append(translate(
            "QualificationsService", "a qualification with a test cannot also be granted "
            "automatically"))
    if spec.retry_delay_s is not None and spec.retry_delay_s < 0:
        problems.append(translate("QualificationsService", "the retry delay cannot be negative"))
    if before is not None:
        if spec.name != before.name:
            problems.append(translate(
                "QualificationsService", "MTurk does not let a qualification type be renamed; "
                "create a new one instead"))
        if before.retry_delay_s is not None and spec.retry_delay_s is None:
            problems.append(translate(
                "QualificationsService", "retries, once allowed, cannot be turned off on MTurk; "
                "create a new qualification type without retries instead"))
    if spec.answer_key_xml and not spec.test_xml:
        problems.append(translate("QualificationsService", "an answer key needs a test"))
    if spec.test_xml:
        if not spec.test_duration_s or spec.test_duration_s < 1:
            problems.append(translate("QualificationsService", "a test needs a time limit"))
        try:
            test = parse_question_form(spec.test_xml)
        except TestFormatError as exc:
            problems.append(translate(
                "QualificationsService", "the test cannot be used: {error}").format(error=exc))
        else:
            if spec.answer_key_xml:
                try:
                    key = parse_answer_key(spec.answer_key_xml)
                except AnswerKeyError as exc:
                    problems.append(translate(
                        "QualificationsService", "the answer key cannot be used: {error}"
                    ).format(error=exc))
                else:
                    problems.extend(key_problems(key, test))
    return problems


def _create_params(spec: TypeSpec) -> dict[str, Any]:
    params: dict[str, Any] = {
        "Name": spec.name.strip(), "Description": spec.description.strip(),
        "QualificationTypeStatus": "Active" if spec.active else "Inactive"}
    if spec.keywords.strip():
        params["Keywords"] = spec.keywords.strip()
    if spec.retry_delay_s is not None:
        params["RetryDelayInSeconds"] = spec.retry_delay_s
    if spec.test_xml:
        params["Test"] = spec.test_xml
        params["TestDurationInSeconds"] = spec.test_duration_s
        if spec.answer_key_xml:
            params["AnswerKey"] = spec.answer_key_xml
    if spec.auto_granted:
        params["AutoGranted"] = True
        params["AutoGrantedValue"] = spec.auto_granted_value
    return params


def mirror_type(session: Session, account: AccountInfo, data: dict[str, Any]
                ) -> QualificationType:
    """Write a QualificationType (boto3 shape) into the store."""
    type_id = data["QualificationTypeId"]
    row = session.scalar(select(QualificationType).where(
        QualificationType.account_id == account.id,
        QualificationType.qualification_type_id == type_id))
    if row is None:
        row = QualificationType(account_id=account.id, qualification_type_id=type_id,
                                name=data["Name"])
        session.add(row)
    row.name = data["Name"]
    row.description = data.get("Description", "") or ""
    row.keywords = data.get("Keywords", "") or ""
    row.status = data.get("QualificationTypeStatus", "Active")
    row.is_requestable = bool(data.get("IsRequestable", True))
    row.auto_granted = bool(data.get("AutoGranted", False))
    row.auto_granted_value = data.get("AutoGrantedValue")
    row.retry_delay_s = data.get("RetryDelayInSeconds")
    row.test_xml = data.get("Test")
    row.answer_key_xml = data.get("AnswerKey")
    row.test_duration_s = data.get("TestDurationInSeconds")
    created = data.get("CreationTime")
    row.creation_time = as_utc(created) if isinstance(created, datetime) else row.creation_time
    session.flush()
    return row


def _market_call(what: str, call: Any, **params: Any) -> dict[str, Any]:
    try:
        result: dict[str, Any] = call(**params)
    except ClientError as exc:
        raise QualificationError(translate(
            "QualificationsService", "the marketplace refused to {what}: {error}"
        ).format(what=what, error=error_message(exc))
                                 ) from None
    return result


def create_type(wb: Workbench, account: AccountInfo, spec: TypeSpec,
                market: Marketplace | None = None) -> QualificationTypeInfo:
    """Create a qualification type on the marketplace and in the store."""
    problems = spec_problems(spec)
    if problems:
        raise QualificationError("; ".join(problems))
    market = market or wb.marketplace(account)
    created = _market_call(
        translate("QualificationsService", "create the qualification type"),
        market.create_qualification_type, **_create_params(spec))["QualificationType"]
    with wb.store.session(write=True) as session:
        row = mirror_type(session, account, created)
        record(session, actor=wb.actor, event="qualification.created",
               subject=row.qualification_type_id, account_id=account.id, name=row.name)
        return type_info(row)


def update_type(wb: Workbench, account: AccountInfo, type_id: str, spec: TypeSpec,
                market: Marketplace | None = None) -> QualificationTypeInfo:
    """Change a type's description, status, test, key, retry delay or auto-granting."""
    before = get_type(wb, account, type_id)
    problems = spec_problems(spec, before=before)
    if problems:
        raise QualificationError("; ".join(problems))
    params: dict[str, Any] = {
        "QualificationTypeId": type_id, "Description": spec.description.strip(),
        "QualificationTypeStatus": "Active" if spec.active else "Inactive",
        "AutoGranted": spec.auto_granted}
    if spec.auto_granted:
        params["AutoGrantedValue"] = spec.auto_granted_value
    if spec.retry_delay_s is not None:
        params["RetryDelayInSeconds"] = spec.retry_delay_s
    if spec.test_xml:
        params["Test"] = spec.test_xml
        params["TestDurationInSeconds"] = spec.test_duration_s
        if spec.answer_key_xml:
            params["AnswerKey"] = spec.answer_key_xml
    market = market or wb.marketplace(account)
    updated = _market_call(
        translate("QualificationsService", "change the qualification type"),
        market.update_qualification_type, **params)["QualificationType"]
    with wb.store.session(write=True) as session:
        row = mirror_type(session, account, updated)
        record(session, actor=wb.actor, event="qualification.updated", subject=type_id,
               account_id=account.id, status=row.status)
        return type_info(row)


def set_active(wb: Workbench, account: AccountInfo, type_id: str, active: bool,
               market: Marketplace | None = None) -> QualificationTypeInfo:
    """Activate or deactivate a type (an inactive one takes no new requests)."""
    market = market or wb.marketplace(account)
    updated = _market_call(translate("QualificationsService", "change the qualification type"),
                           market.update_qualification_type, QualificationTypeId=type_id,
                           QualificationTypeStatus="Active" if active else "Inactive"
                           )["QualificationType"]
    with wb.store.session(write=True) as session:
        row = mirror_type(session, account, updated)
        record(session, actor=wb.actor, event="qualification.status", subject=type_id,
               account_id=account.id, status=row.status)
        return type_info(row)


def delete_type(wb: Workbench, account: AccountInfo, type_id: str,
                market: Marketplace | None = None) -> None:
    """Delete a type on the marketplace; the store forgets it, its scores and requests."""
    market = market or wb.marketplace(account)
    _market_call(translate("QualificationsService", "delete the qualification type"),
                 market.delete_qualification_type, QualificationTypeId=type_id)
    with wb.store.session(write=True) as session:
        for table in (QualificationScore, QualificationRequest, QualificationType):
            session.execute(delete(table).where(table.account_id == account.id,
                                                table.qualification_type_id == type_id))
        record(session, actor=wb.actor, event="qualification.deleted", subject=type_id,
               account_id=account.id)


def pull_type(wb: Workbench, account: AccountInfo, type_id: str,
              market: Marketplace | None = None) -> QualificationTypeInfo:
    """Fetch one type, its holders and its pending requests from the marketplace."""
    market = market or wb.marketplace(account)
    data = _market_call(translate("QualificationsService", "look up the qualification type"),
                        market.get_qualification_type,
                        QualificationTypeId=type_id)["QualificationType"]
    scores = list(items(market.list_workers_with_qualification_type,
                        "ListWorkersWithQualificationType", QualificationTypeId=type_id))
    requests = list(items(market.list_qualification_requests, "ListQualificationRequests",
                          QualificationTypeId=type_id))
    with wb.store.session(write=True) as session:
        row = mirror_type(session, account, data)
        existing = {s.worker_id: s for s in session.scalars(select(QualificationScore).where(
            QualificationScore.account_id == account.id,
            QualificationScore.qualification_type_id == type_id))}
        for held in scores:
            item = existing.get(held["WorkerId"])
            if item is None:
                item = QualificationScore(account_id=account.id, qualification_type_id=type_id,
                                          worker_id=held["WorkerId"])
                session.add(item)
            item.integer_value = held.get("IntegerValue")
            item.locale = held.get("LocaleValue")
            item.status = held.get("Status", "Granted")
            granted = held.get("GrantTime")
            item.grant_time = as_utc(granted) if isinstance(granted, datetime) else None
        open_ids = {r["QualificationRequestId"] for r in requests}
        known = {r.request_id: r for r in session.scalars(select(QualificationRequest).where(
            QualificationRequest.account_id == account.id,
            QualificationRequest.qualification_type_id == type_id))}
        for request in requests:
            if request["QualificationRequestId"] not in known:
                submitted = request.get("SubmitTime")
                session.add(QualificationRequest(
                    account_id=account.id, request_id=request["QualificationRequestId"],
                    qualification_type_id=type_id, worker_id=request["WorkerId"],
                    test_answer=request.get("Answer"),
                    submit_time=as_utc(submitted) if isinstance(submitted, datetime) else None,
                    state="pending"))
        for request_id, known_request in known.items():
            if request_id not in open_ids and known_request.state == "pending":
                known_request.state = "decided"
        session.flush()
        return type_info(row)


# -- keys kept in the workbench for reviewing by hand ----------------------------------------

def _review_key_path(type_id: str) -> Path:
    if not _TYPE_ID.match(type_id):
        raise QualificationError(translate(
            "QualificationsService", "{type} is not a qualification type id"
        ).format(type=repr(type_id)))
    return config_dir() / "review_keys" / f"{type_id}.xml"


def save_review_key(type_id: str, answer_key_xml: str | None) -> None:
    """Keep (or forget) an answer key that scores requests for review but is not sent."""
    path = _review_key_path(type_id)
    if not answer_key_xml:
        path.unlink(missing_ok=True)
        return
    parse_answer_key(answer_key_xml)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(answer_key_xml, encoding="utf-8")
    temporary.replace(path)


def review_key(type_id: str) -> str | None:
    """The answer key kept in the workbench for a type reviewed by hand, if any."""
    try:
        return _review_key_path(type_id).read_text(encoding="utf-8")
    except (OSError, QualificationError):
        return None


def scoring_key(qtype: QualificationTypeInfo) -> AnswerKey | None:
    """The key that scores a type's answers: the marketplace's, else the one kept here."""
    for xml in (qtype.answer_key_xml, review_key(qtype.type_id)):
        if xml:
            try:
                return parse_answer_key(xml)
            except AnswerKeyError:
                continue
    return None


# -- requests --------------------------------------------------------------------------------

@dataclass(frozen=True)
class RequestInfo:
    """A pending request with the worker's answers and the score the key gives them."""

    request_id: str
    type_id: str
    type_name: str
    worker_id: str
    submit_time: datetime | None
    answer_xml: str | None
    score: TestScore | None = None
    unreadable: str | None = None  # why the answers could not be scored
    queued: str | None = None  # the decision already queued for this worker, if any

    @property
    def suggested_value(self) -> int | None:
        return self.score.value if self.score is not None else None


def pending_requests(wb: Workbench, account: AccountInfo, type_id: str | None = None,
                     limit: int = MAX_REQUESTS_SHOWN) -> list[RequestInfo]:
    """Pending requests (oldest first), each scored by the type's key where there is one."""
    with wb.store.read() as session:
        types = {t.qualification_type_id: type_info(t) for t in session.scalars(
            select(QualificationType).where(QualificationType.account_id == account.id))}
        query = select(QualificationRequest).where(
            QualificationRequest.account_id == account.id,
            QualificationRequest.state == "pending")
        if type_id:
            query = query.where(QualificationRequest.qualification_type_id == type_id)
        rows = list(session.scalars(query.order_by(QualificationRequest.submit_time,
                                                   QualificationRequest.id).limit(limit)))
        queued = {a.decision_key: a for a in session.scalars(select(OutboxAction).where(
            OutboxAction.account_id == account.id,
            OutboxAction.decision_key.like(f"qual:{account.id}:%")))}
    keys: dict[str, AnswerKey | None] = {}
    found = []
    for row in rows:
        qtype = types.get(row.qualification_type_id)
        if qtype is not None and qtype.type_id not in keys:
            keys[qtype.type_id] = scoring_key(qtype)
        key = keys.get(row.qualification_type_id)
        result: TestScore | None = None
        unreadable = None
        if key is not None and row.test_answer:
            try:
                result = score_xml(key, row.test_answer)
            except MalformedAnswers as exc:
                unreadable = str(exc)
        live = queued.get(outbox.qualification_key(account.id, row.qualification_type_id,
                                                   row.worker_id))
        found.append(RequestInfo(
            row.request_id, row.qualification_type_id,
            qtype.name if qtype is not None else row.qualification_type_id, row.worker_id,
            row.submit_time, row.test_answer, result, unreadable,
            outbox.action_info(live).description if live is not None else None))
    return found


@dataclass
class DecisionReport:
    """What a bulk decision queued, and what it left alone (with why)."""

    queued: list[int] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def summary(self) -> str:
        text = translate("QualificationsService", "{count} queued").format(count=len(self.queued))
        if self.skipped:
            if len(self.skipped) > 1:
                skipped = translate("QualificationsService", ", {count} skipped ({reason}, …)")
            else:
                skipped = translate("QualificationsService", ", {count} skipped ({reason})")
            text += skipped.format(count=len(self.skipped), reason=self.skipped[0][1])
        return text


def grant_requests(wb: Workbench, account: AccountInfo, requests: Sequence[RequestInfo],
                   value: int | None = None) -> DecisionReport:
    """Queue granting requests: ``value`` for all, or each request's computed score."""
    report = DecisionReport()
    for request in requests:
        chosen = value if value is not None else request.suggested_value
        if chosen is None:
            report.skipped.append((request.worker_id,
                                   translate("QualificationsService", "no score: give one")))
            continue
        try:
            action = outbox.queue_grant_qualification(
                wb, account, request.type_id, request.worker_id, chosen,
                request_id=request.request_id, name=request.type_name)
        except outbox.OutboxError as exc:
            report.skipped.append((request.worker_id, str(exc)))
            continue
        report.queued.append(action.id)
    return report


def reject_requests(wb: Workbench, account: AccountInfo, requests: Sequence[RequestInfo],
                    reason: str) -> DecisionReport:
    """Queue rejecting requests; the worker sees the reason."""
    if not reason.strip():
        raise QualificationError(translate(
            "QualificationsService", "tell the workers why their requests were rejected"))
    report = DecisionReport()
    for request in requests:
        try:
            action = outbox.queue_revoke_qualification(
                wb, account, request.type_id, request.worker_id, reason,
                request_id=request.request_id, name=request.type_name)
        except outbox.OutboxError as exc:
            report.skipped.append((request.worker_id, str(exc)))
            continue
        report.queued.append(action.id)
    return report


# -- scores ----------------------------------------------------------------------------------

def _worker_ids(worker_ids: Iterable[str]) -> list[str]:
    ids = list(dict.fromkeys(w.strip() for w in worker_ids if w.strip()))
    bad = [w for w in ids if not WORKER_ID.match(w)]
    if bad:
        raise QualificationError(translate(
            "QualificationsService", "{worker} is not a worker id"
        ).format(worker=repr(bad[0][:40])))
    if not ids:
        raise QualificationError(translate("QualificationsService", "no workers given"))
    return ids


def _queue_each(worker_ids: Iterable[str], queue: Callable[[str], Any]) -> DecisionReport:
    """Queue one outbox action per worker; refusals (already queued…) are reported, not raised."""
    report = DecisionReport()
    for worker_id in _worker_ids(worker_ids):
        try:
            action = queue(worker_id)
        except outbox.OutboxError as exc:
            report.skipped.append((worker_id, str(exc)))
            continue
        report.queued.append(action.id)
    return report


def grant_scores(wb: Workbench, account: AccountInfo, type_id: str, worker_ids: Iterable[str],
                 value: int) -> DecisionReport:
    """Queue granting (or changing to) ``value`` for these workers."""
    qtype = get_type(wb, account, type_id)
    return _queue_each(worker_ids, lambda worker_id: outbox.queue_grant_qualification(
        wb, account, type_id, worker_id, value, name=qtype.name))


def revoke_scores(wb: Workbench, account: AccountInfo, type_id: str, worker_ids: Iterable[str],
                  reason: str) -> DecisionReport:
    """Queue revoking the qualification from these workers."""
    qtype = get_type(wb, account, type_id)
    return _queue_each(worker_ids, lambda worker_id: outbox.queue_revoke_qualification(
        wb, account, type_id, worker_id, reason, name=qtype.name))


def current_scores(wb: Workbench, account: AccountInfo, type_ids: Sequence[str] | None = None
                   ) -> dict[tuple[str, str], int | None]:
    """(type id, worker id) -> score of every granted qualification (of these types)."""
    with wb.store.read() as session:
        query = select(QualificationScore.qualification_type_id, QualificationScore.worker_id,
                       QualificationScore.integer_value).where(
            QualificationScore.account_id == account.id,
            QualificationScore.status == "Granted")
        if type_ids is not None:
            query = query.where(QualificationScore.qualification_type_id.in_(list(type_ids)))
        return {(t, w): v for t, w, v in session.execute(query)}
