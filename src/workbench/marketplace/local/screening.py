"""Workers asking for qualifications on the local marketplace: tests, scores and retries.

MTurk's rules: a worker requests a qualification type; an AutoGranted type grants at once
(with its AutoGrantedValue); a type with a test hands out the test, whose answers must come
back within TestDurationInSeconds and are scored from the answer key (granting the score)
or, without a key, wait for the requester; a type with neither waits for the requester.
Asking again is allowed only RetryDelayInSeconds after the last request, and never when the
type has no retry delay.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from workbench.domain.clock import Clock, utcnow
from workbench.domain.ids import entity_id
from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.formats.answer_keys import AnswerKey, AnswerKeyError, parse_answer_key, score
from workbench.formats.answers import Answer, MalformedAnswers, answers_to_xml, parse_answers
from workbench.formats.qualification_tests import (
    QualificationTest,
    TestFormatError,
    parse_question_form,
)
from workbench.marketplace.local.qualifications import grant
from workbench.marketplace.local.requirement_words import Words
from workbench.marketplace.local.schema import (
    MarketQualification,
    MarketQualificationRequest,
    MarketQualificationType,
    MarketWorker,
)
from workbench.marketplace.local.workers import WorkRefused
from workbench.sql.engine import session_scope

TESTING = "Testing"
PENDING = "Pending"
APPROVED = "Approved"
REJECTED = "Rejected"
EXPIRED = "Expired"
ANY_TIME = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class RequestOutcome:
    """Where a worker's request stands: a test to take, waiting, granted or refused."""

    request_id: str
    status: str
    test: str | None = None
    deadline: datetime | None = None
    value: int | None = None  # the score granted, once granted

    @property
    def granted(self) -> bool:
        return self.status == APPROVED


def _outcome(request: MarketQualificationRequest, value: int | None = None) -> RequestOutcome:
    return RequestOutcome(request.request_id, request.status,
                          request.test if request.status == TESTING else None,
                          request.test_deadline if request.status == TESTING else None,
                          value if value is not None else request.score)


def _type(session: Session, type_id: str) -> MarketQualificationType:
    qtype = session.scalar(select(MarketQualificationType).where(
        MarketQualificationType.qualification_type_id == type_id,
        MarketQualificationType.deleted.is_(False),
        MarketQualificationType.requester_id.is_not(None)))
    if qtype is None:
        raise WorkRefused(QT_TRANSLATE_NOOP("WorkerSite", "there is no such qualification"))
    return qtype


def _requests(session: Session, worker_id: str, type_id: str
              ) -> list[MarketQualificationRequest]:
    return list(session.scalars(
        select(MarketQualificationRequest)
        .where(MarketQualificationRequest.worker_id == worker_id,
               MarketQualificationRequest.qualification_type_id == type_id)
        .order_by(MarketQualificationRequest.seq)
        .with_for_update()))


def _requested_at(request: MarketQualificationRequest) -> datetime:
    return request.requested_at or request.submit_time


def expire_tests(requests: list[MarketQualificationRequest], now: datetime) -> None:
    """Tests not answered in time end as Expired (they still count as an attempt)."""
    for request in requests:
        if request.status == TESTING and request.test_deadline is not None \
                and request.test_deadline <= now:
            request.status = EXPIRED
            request.decided_at = request.test_deadline


def retry_at(qtype: MarketQualificationType, requests: list[MarketQualificationRequest]
             ) -> datetime | None:
    """When the worker may ask (again): None if never again, the epoch if at any time."""
    if not requests:
        return ANY_TIME
    if qtype.retry_delay_s is None:
        return None
    last = max(_requested_at(r) for r in requests)
    return last + timedelta(seconds=qtype.retry_delay_s)


def request_qualification_in(session: Session, worker_id: str, type_id: str, now: datetime
                             ) -> RequestOutcome:
    """A worker asks for a qualification; see the module's rules."""
    if session.get(MarketWorker, worker_id) is None:
        raise WorkRefused(f"unknown worker {worker_id}")
    qtype = _type(session, type_id)
    if qtype.status != "Active" or not qtype.is_requestable:
        raise WorkRefused(QT_TRANSLATE_NOOP(
            "WorkerSite", "this qualification is not open to requests"))
    requests = _requests(session, worker_id, type_id)
    expire_tests(requests, now)
    for request in requests:
        if request.status == TESTING:
            return _outcome(request)  # the test under way, asked for again (a reload)
        if request.status == PENDING:
            raise WorkRefused(QT_TRANSLATE_NOOP(
                "WorkerSite", "your request is waiting for the requester's decision"))
    held = session.get(MarketQualification, (type_id, worker_id))
    if held is not None and held.status == "Granted" and not qtype.test:
        raise WorkRefused(QT_TRANSLATE_NOOP("WorkerSite", "you already hold this qualification"))
    allowed = retry_at(qtype, requests)
    if allowed is None:
        raise WorkRefused(QT_TRANSLATE_NOOP(
            "WorkerSite", "this qualification can be requested only once"))
    if now < allowed:
        raise WorkRefused(Words(QT_TRANSLATE_NOOP("WorkerSite", "you can ask again after {when}"),
                                when=f"{allowed:%Y-%m-%d %H:%M} UTC"))
    request = MarketQualificationRequest(
        request_id=entity_id(), qualification_type_id=type_id, worker_id=worker_id,
        submit_time=now, requested_at=now, status=PENDING)
    session.add(request)
    if qtype.auto_granted:
        value = qtype.auto_granted_value if qtype.auto_granted_value is not None else 1
        request.status, request.score, request.decided_at = APPROVED, value, now
        grant(session, type_id, worker_id, value, now)
    elif qtype.test:
        request.status = TESTING
        request.test = qtype.test
        request.test_deadline = now + timedelta(seconds=qtype.test_duration_s or 0)
    session.flush()
    return _outcome(request)


def _check_answers(test: QualificationTest, answers: list[Answer]) -> None:
    """Answers must be to the test's questions, with its choices, and none required missing."""
    given: dict[str, Answer] = {}
    for answer in answers:
        question = test.question(answer.question_id)
        if question is None:
            raise WorkRefused(f"the test has no question {answer.question_id[:60]!r}")
        if question.is_choice:
            offered = {c.identifier for c in question.choices}
            unknown = [s for s in answer.selections if s not in offered]
            if unknown:
                raise WorkRefused(f"{unknown[0][:60]!r} is not a choice of "
                                  f"{question.identifier!r}")
            if question.kind == "single" and len(answer.selections) > 1:
                raise WorkRefused(f"{question.identifier!r} takes one choice")
        given[answer.question_id] = answer
    for question in test.questions:
        found = given.get(question.identifier)
        empty = found is None or (not found.selections and not (found.free_text or "").strip())
        if question.required and empty:
            raise WorkRefused(Words(QT_TRANSLATE_NOOP("WorkerSite", "please answer {question}"),
                                    question=repr(question.identifier)))


def submit_test_in(session: Session, worker_id: str, request_id: str, answers_xml: str,
                   now: datetime) -> RequestOutcome:
    """A worker hands in a test: scored and granted at once if the type has an answer key."""
    request = session.scalar(select(MarketQualificationRequest).where(
        MarketQualificationRequest.request_id == request_id).with_for_update())
    if request is None or request.worker_id != worker_id:
        raise WorkRefused(QT_TRANSLATE_NOOP("WorkerSite", "no such test"))
    expire_tests([request], now)
    if request.status == EXPIRED:
        raise WorkRefused(QT_TRANSLATE_NOOP(
            "WorkerSite", "the time allowed for this test has run out"))
    if request.status != TESTING:
        raise WorkRefused(f"this test was already handed in ({request.status.lower()})")
    try:
        answers = parse_answers(answers_xml)
    except MalformedAnswers as exc:
        raise WorkRefused(f"the answers could not be read: {exc}") from None
    try:
        test = parse_question_form(request.test or "")
    except TestFormatError as exc:
        raise WorkRefused(f"this test cannot be taken: {exc}") from None
    _check_answers(test, answers)
    qtype = _type(session, request.qualification_type_id)
    request.answer = answers_xml
    request.submit_time = now
    request.status = PENDING
    if qtype.answer_key:
        try:
            key = parse_answer_key(qtype.answer_key)
        except AnswerKeyError:
            return _outcome(request)  # a key we cannot read: the requester decides by hand
        value = score(key, answers).value
        request.status, request.score, request.decided_at = APPROVED, value, now
        grant(session, request.qualification_type_id, worker_id, value, now)
    session.flush()
    return _outcome(request)


class Screening:
    """Worker-side qualification requests on the local marketplace, one transaction each."""

    def __init__(self, engine: Engine, *, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with session_scope(self._sessions, write=True) as session:
            yield session

    def request_qualification(self, worker_id: str, type_id: str) -> RequestOutcome:
        with self.transaction() as session:
            return request_qualification_in(session, worker_id, type_id, self.clock())

    def submit_test(self, worker_id: str, request_id: str, answers_xml: str) -> RequestOutcome:
        # An expired test must stay expired even though the submission is refused.
        with self.transaction() as session:
            try:
                return submit_test_in(session, worker_id, request_id, answers_xml,
                                      self.clock())
            except WorkRefused as refusal:
                session.commit()
                raise refusal

    def status(self, worker_id: str, type_id: str) -> tuple[str | None, datetime | None]:
        """The worker's last request's status, and when they may ask again (None: never)."""
        with self.transaction() as session:
            qtype = _type(session, type_id)
            requests = _requests(session, worker_id, type_id)
            expire_tests(requests, self.clock())
            last = requests[-1].status if requests else None
            return last, retry_at(qtype, requests)


def answer_test(test: QualificationTest, key: AnswerKey | None, accuracy: float,
                rng: random.Random) -> str:
    """A simulated worker's answers: right (by the key) with probability ``accuracy``."""
    fields: dict[str, str | list[str]] = {}
    for question in test.questions:
        if not question.is_choice:
            fields[question.identifier] = rng.choice(
                ["Rooks have a bare grey face.", "By the beak.", "I am not sure."])
            continue
        scored = key.question(question.identifier) if key is not None else None
        if scored is not None and scored.options and rng.random() < accuracy:
            best = max(scored.options, key=lambda o: o.score)
            fields[question.identifier] = list(best.selections)
        else:
            ids = [c.identifier for c in question.choices]
            count = 1 if question.kind == "single" else rng.randint(1, len(ids))
            fields[question.identifier] = rng.sample(ids, count)
    return answers_to_xml(fields)


def take_test(screening: Screening, worker_id: str, type_id: str, accuracy: float,
              rng: random.Random) -> RequestOutcome:
    """A simulated worker requests a qualification and, if it has a test, takes it."""
    outcome = screening.request_qualification(worker_id, type_id)
    if outcome.status != TESTING or not outcome.test:
        return outcome
    with screening.transaction() as session:
        qtype = _type(session, type_id)
        key_xml = qtype.answer_key
    try:
        key = parse_answer_key(key_xml) if key_xml else None
    except AnswerKeyError:
        key = None
    test = parse_question_form(outcome.test)
    return screening.submit_test(worker_id, outcome.request_id,
                                 answer_test(test, key, accuracy, rng))
