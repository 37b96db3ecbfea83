"""A stand-in for Prolific's API with its semantics, for tests and for rehearsing without money.

It answers the operations the workbench uses, as the OpenAPI document shapes them, and keeps
Prolific's rules: study statuses and their transition table, submission statuses (only a
submission awaiting review can be approved or rejected; a rejection needs a message of at
least 100 characters and a category), bonus set-up then pay (paying twice pays twice: the
call is not idempotent), bulk limits, and throttling. Faults can be injected per operation:
a 429 with ``Retry-After``, a 5xx before anything happens, or an answer lost after the change
was committed (the caller sees a timeout, Prolific has acted).

``ProlificSimulator`` is plain Python; ``transport()`` serves it in-process to httpx, and
``asgi_app()`` over real HTTP (uvicorn). Paths under ``/_simulator/`` are not Prolific's:
they let participants take part and let a test read the money ledger and set faults.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import parse_qs

import httpx

from workbench.marketplace.prolific.model import (
    API_PREFIX,
    BULK_LIMIT,
    MIN_REJECTION_MESSAGE,
    STUDY_TRANSITIONS,
    RejectionCategory,
    StudyAction,
    StudyStatus,
    SubmissionStatus,
)

FEE_RATE = Decimal("0.3333")
# The simulator's own "signed in on Prolific" cookie (app.prolific.com has a session).
PARTICIPANT_COOKIE = "sim_participant"
# Submissions that no longer hold a place ("places_taken … excluding timed out and returned").
FREEING = (SubmissionStatus.RETURNED.value, SubmissionStatus.TIMED_OUT.value)
# Operations whose documented 400 answer is ``Error`` ({"error": {...}}); the others answer
# with a bare ``ErrorDetail``.
WRAPPED_ERRORS = frozenset({
    "get-user", "get-study", "delete-study", "update-study", "publish-study",
    "get-submission", "transition-submission", "request-submission-return",
    "create-bonus-payments", "pay-bonus-payments", "create-participant-group",
    "get-participant-group-participants", "add-to-participant-group",
    "remove-from-participant-group", "get-workspaces", "get-workspace-balance",
    "get-filter-sets"})


class SimulatedError(Exception):
    """An answer other than success, as Prolific would give it."""

    def __init__(self, status: int, detail: Any, *, title: str = "") -> None:
        super().__init__(str(detail))
        self.status = status
        self.detail = detail
        self.title = title or {400: "Bad request", 401: "Unauthorized", 403: "Forbidden",
                               404: "Not found"}.get(status, "Error")


@dataclass
class Fault:
    """What to do to the next ``times`` calls of ``operation`` ("*" for any)."""

    operation: str
    kind: str  # "throttle" | "error" | "lost"
    times: int = 1
    retry_after: float = 0.0
    status: int = 503


@dataclass
class Answer:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    # The change was committed but the answer must not reach the caller.
    lost: bool = False


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment else None


def _new_id() -> str:
    return secrets.token_hex(12)  # Prolific's ids are 24 hex digits (Mongo ObjectIds)


class ProlificSimulator:
    """Prolific's API for one researcher with one workspace, in memory and thread-safe."""

    def __init__(self, *, token: str = "test-token", currency: str = "GBP",
                 balance_cents: int = 1_000_000, clock: Callable[[], datetime] = _now,
                 pay_delay: timedelta = timedelta(0), vat_rate: Decimal = Decimal(0)) -> None:
        self.tokens = {token}
        self.clock = clock
        self.currency = currency
        self.pay_delay = pay_delay
        self.vat_rate = vat_rate
        self.user = {"id": _new_id(), "email": "researcher@example.org", "name": "Researcher"}
        self.workspace = {"id": _new_id(), "title": "Workbench tests",
                          "description": "Simulated workspace", "owner": self.user["id"]}
        self.balance_cents = balance_cents
        self.studies: dict[str, dict[str, Any]] = {}
        self.submissions: dict[str, dict[str, Any]] = {}
        self.bulk_bonuses: dict[str, dict[str, Any]] = {}
        self.groups: dict[str, dict[str, Any]] = {}
        self.messages: list[dict[str, Any]] = []
        # Filter sets the workspace holds (a test may add some; the API only lists them).
        self.filter_set_list: list[dict[str, Any]] = []
        # Every money movement: ("reward" | "bonus" | "screen_out", submission id, cents, ref).
        self.ledger: list[tuple[str, str, int, str]] = []
        self.pay_calls: dict[str, int] = {}
        # Every call answered: (operationId, status), in order.
        self.log: list[tuple[str, int]] = []
        self.faults: list[Fault] = []
        self._pending_pay: list[tuple[datetime, str]] = []
        self._lock = threading.RLock()
        self._routes = _routes(self)

    # -- faults -------------------------------------------------------------------------------

    def inject(self, operation: str, kind: str, *, times: int = 1, retry_after: float = 0.0,
               status: int = 503) -> None:
        """Make the next ``times`` calls of ``operation`` fail as ``kind`` says."""
        if kind not in ("throttle", "error", "lost"):
            raise ValueError(f"unknown fault {kind!r}")
        with self._lock:
            self.faults.append(Fault(operation, kind, times, retry_after, status))

    def _take_fault(self, operation: str) -> Fault | None:
        for fault in self.faults:
            if fault.times > 0 and fault.operation in (operation, "*"):
                fault.times -= 1
                if fault.times == 0:
                    self.faults.remove(fault)
                return fault
        return None

    # -- the one entry point ------------------------------------------------------------------

    def handle(self, method: str, path: str, query: dict[str, list[str]],
               headers: dict[str, str], body: bytes) -> Answer:
        """Answer one HTTP request (path without scheme and host)."""
        if path.startswith("/_simulator/"):
            return self._control(method, path, body)
        for route_method, pattern, operation, handler in self._routes:
            if route_method != method:
                continue
            match = pattern.fullmatch(path)
            if match is None:
                continue
            with self._lock:
                self._settle_payments()
                answer = self._answer(operation, handler, match.groupdict(), query, headers,
                                      body)
                self.log.append((operation, answer.status))
                return answer
        return Answer(404, {"error": {"status": 404, "error_code": 140100, "title": "Not found",
                                      "detail": f"no such endpoint {method} {path}"}})

    def _answer(self, operation: str, handler: Callable[..., tuple[int, Any]],
                params: dict[str, str], query: dict[str, list[str]], headers: dict[str, str],
                body: bytes) -> Answer:
        auth = headers.get("authorization", "")
        if not auth.startswith("Token ") or auth[6:].strip() not in self.tokens:
            return self._error(operation, SimulatedError(401, "Invalid token."))
        fault = self._take_fault(operation)
        if fault is not None and fault.kind == "throttle":
            return Answer(429, {"detail": "Request was throttled."},
                          {"Retry-After": f"{fault.retry_after:g}"})
        if fault is not None and fault.kind == "error":
            return Answer(fault.status, {"detail": "Service unavailable"})
        try:
            payload = json.loads(body) if body else None
        except ValueError:
            return self._error(operation, SimulatedError(400, "The body is not JSON."))
        try:
            status, result = handler(params=params, query=query, body=payload)
        except SimulatedError as exc:
            return self._error(operation, exc)
        return Answer(status, result, lost=fault is not None and fault.kind == "lost")

    def _error(self, operation: str, exc: SimulatedError) -> Answer:
        detail = {"status": exc.status, "error_code": 140000 + exc.status,
                  "title": exc.title, "detail": exc.detail}
        return Answer(exc.status, {"error": detail} if operation in WRAPPED_ERRORS else detail)

    # -- what a participant does (not Prolific's API: the simulator's own) ---------------------

    def start_submission(self, study_id: str, participant_id: str) -> str:
        """A participant takes a place in an active study; the submission's id (SESSION_ID)."""
        with self._lock:
            study = self._study(study_id)
            if study["status"] != StudyStatus.ACTIVE:
                raise SimulatedError(400, f"the study is {study['status']}, not ACTIVE")
            allowed = self._allowed(study)
            if participant_id in self._blocked(study) or (
                    allowed is not None and participant_id not in allowed):
                raise SimulatedError(403, "the participant is not eligible for this study")
            mine = [s for s in self.submissions.values() if s["study_id"] == study_id
                    and s["participant"] == participant_id]
            if any(s["status"] not in FREEING for s in mine):
                raise SimulatedError(400, "the participant has taken part already")
            if self._places_taken(study_id) >= int(study["total_available_places"]):
                raise SimulatedError(400, "the study is full")
            submission_id = _new_id()
            self.submissions[submission_id] = {
                "id": submission_id, "study_id": study_id, "participant": participant_id,
                "status": SubmissionStatus.ACTIVE.value, "started_at": self.clock(),
                "completed_at": None, "entered_code": None, "bonus_payments": [],
                "return_requested": None}
            self._update_study_status(study)
            return submission_id

    def complete_submission(self, submission_id: str, code: str) -> str:
        """The participant comes back with a completion code; the submission's new status."""
        with self._lock:
            submission = self._submission(submission_id)
            if submission["status"] != SubmissionStatus.ACTIVE:
                raise SimulatedError(400, f"the submission is {submission['status']}")
            study = self._study(submission["study_id"])
            codes = {c.get("code"): c for c in study.get("completion_codes") or []}
            submission["entered_code"] = code
            submission["completed_at"] = self.clock()
            matched = codes.get(code)
            actions = {a.get("action") for a in (matched or {}).get("actions", [])}
            if matched is not None and "AUTOMATICALLY_APPROVE" in actions:
                self._approve(submission, study)
            else:
                submission["status"] = SubmissionStatus.AWAITING_REVIEW.value
            self._update_study_status(study)
            return str(submission["status"])

    def return_submission(self, submission_id: str) -> None:
        """The participant gives the place back."""
        with self._lock:
            submission = self._submission(submission_id)
            if submission["status"] not in (SubmissionStatus.ACTIVE,
                                            SubmissionStatus.AWAITING_REVIEW):
                raise SimulatedError(400, f"the submission is {submission['status']}")
            submission["status"] = SubmissionStatus.RETURNED.value
            self._update_study_status(self._study(submission["study_id"]))

    def study_link(self, study_id: str, participant_id: str, session_id: str) -> str:
        """The study's URL with Prolific's placeholders filled in, as a participant opens it."""
        with self._lock:
            url = str(self._study(study_id).get("external_study_url") or "")
        for name, value in (("PROLIFIC_PID", participant_id), ("STUDY_ID", study_id),
                            ("SESSION_ID", session_id)):
            url = url.replace("{{%" + name + "%}}", value)
        return url

    def complete_by_code(self, participant_id: str, code: str) -> str:
        """A participant lands on the completion URL with ``code``: their active submission of
        the study that has this code is completed (what app.prolific.com does)."""
        with self._lock:
            for submission in self.submissions.values():
                if submission["participant"] != participant_id \
                        or submission["status"] != SubmissionStatus.ACTIVE:
                    continue
                study = self._study(submission["study_id"])
                if any(c.get("code") == code for c in study.get("completion_codes") or []):
                    return self.complete_submission(submission["id"], code)
            raise SimulatedError(400, "No active submission of yours has this completion code.")

    def bonuses_paid(self, submission_id: str) -> list[int]:
        with self._lock:
            return list(self._submission(submission_id)["bonus_payments"])

    def money(self, kind: str) -> list[tuple[str, str, int, str]]:
        with self._lock:
            return [entry for entry in self.ledger if entry[0] == kind]

    # -- helpers ------------------------------------------------------------------------------

    def _study(self, study_id: str) -> dict[str, Any]:
        study = self.studies.get(study_id)
        if study is None:
            raise SimulatedError(404, f"Study {study_id} not found.")
        return study

    def _submission(self, submission_id: str) -> dict[str, Any]:
        submission = self.submissions.get(submission_id)
        if submission is None:
            raise SimulatedError(404, f"Submission {submission_id} not found.")
        return submission

    def _blocked(self, study: dict[str, Any]) -> set[str]:
        blocked: set[str] = set()
        for item in study.get("filters") or []:
            if item.get("filter_id") == "participant_group_blocklist":
                for group_id in item.get("selected_values", []):
                    blocked.update(self.groups.get(group_id, {}).get("members", {}))
        return blocked

    def _allowed(self, study: dict[str, Any]) -> set[str] | None:
        """The members of the study's allow-list groups; None: everyone may take part."""
        allowed: set[str] | None = None
        for item in study.get("filters") or []:
            if item.get("filter_id") == "participant_group_allowlist":
                allowed = allowed or set()
                for group_id in item.get("selected_values", []):
                    allowed.update(self.groups.get(group_id, {}).get("members", {}))
        return allowed

    def _places_taken(self, study_id: str) -> int:
        return sum(1 for s in self.submissions.values()
                   if s["study_id"] == study_id and s["status"] not in FREEING)

    def _fee(self, cents: int) -> int:
        return int((Decimal(cents) * FEE_RATE).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def _vat(self, fee_cents: int) -> int:
        return int((Decimal(fee_cents) * self.vat_rate).quantize(Decimal(1),
                                                                 rounding=ROUND_HALF_UP))

    def _cost(self, reward: int, places: int) -> int:
        rewards = reward * places
        fees = self._fee(rewards)
        return rewards + fees + self._vat(fees)

    def _update_study_status(self, study: dict[str, Any]) -> None:
        """ACTIVE with every place taken and nothing under way waits for review, then completes."""
        if study["status"] not in (StudyStatus.ACTIVE, StudyStatus.AWAITING_REVIEW):
            return
        mine = [s for s in self.submissions.values() if s["study_id"] == study["id"]]
        holding = [s for s in mine if s["status"] not in FREEING]
        full = len(holding) >= int(study["total_available_places"])
        under_way = any(s["status"] in (SubmissionStatus.ACTIVE, SubmissionStatus.RESERVED)
                        for s in mine)
        awaiting = any(s["status"] == SubmissionStatus.AWAITING_REVIEW for s in mine)
        if full and not under_way:
            study["status"] = (StudyStatus.AWAITING_REVIEW if awaiting
                               else StudyStatus.COMPLETED).value
        elif not full:
            study["status"] = StudyStatus.ACTIVE.value

    def _approve(self, submission: dict[str, Any], study: dict[str, Any]) -> None:
        submission["status"] = SubmissionStatus.APPROVED.value
        reward = int(study["reward"])
        self.ledger.append(("reward", submission["id"], reward, study["id"]))

    def _settle_payments(self) -> None:
        now = self.clock()
        due = [item for item in self._pending_pay if item[0] <= now]
        for item in due:
            self._pending_pay.remove(item)
            self._pay_now(item[1])

    def _pay_now(self, bulk_id: str) -> None:
        bulk = self.bulk_bonuses[bulk_id]
        for submission_id, cents in bulk["rows"]:
            self.submissions[submission_id]["bonus_payments"].append(cents)
            self.ledger.append(("bonus", submission_id, cents, bulk_id))

    def _study_json(self, study: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in study.items() if not k.startswith("_")}
        out["places_taken"] = self._places_taken(study["id"])
        out["number_of_submissions"] = sum(1 for s in self.submissions.values()
                                           if s["study_id"] == study["id"])
        out["total_cost"] = self._cost(int(study["reward"]),
                                       int(study["total_available_places"]))
        out["is_ready_to_publish"] = True
        return out

    def _submission_short(self, s: dict[str, Any]) -> dict[str, Any]:
        return {"id": s["id"], "participant_id": s["participant"], "status": s["status"],
                "started_at": _iso(s["started_at"]), "completed_at": _iso(s["completed_at"]),
                "has_siblings": False, "study_code": s["entered_code"],
                "return_requested": _iso(s["return_requested"])}

    def _submission_detail(self, s: dict[str, Any]) -> dict[str, Any]:
        return {"id": s["id"], "completed_at": _iso(s["completed_at"]),
                "entered_code": s["entered_code"], "participant": s["participant"],
                "started_at": _iso(s["started_at"]), "status": s["status"],
                "study_id": s["study_id"], "parent_study_id": None,
                "bonus_payments": [float(c) for c in s["bonus_payments"]],
                "return_requested": _iso(s["return_requested"])}

    # -- Prolific's operations ------------------------------------------------------------------

    def get_user(self, **_: Any) -> tuple[int, Any]:
        return 200, {**self.user, "current_workspace_id": self.workspace["id"]}

    def get_workspaces(self, **_: Any) -> tuple[int, Any]:
        return 200, {"results": [dict(self.workspace)]}

    def get_workspace_balance(self, params: dict[str, str], **_: Any) -> tuple[int, Any]:
        if params["workspace_id"] != self.workspace["id"]:
            raise SimulatedError(404, "Workspace not found.")
        reserved = sum(int(s.get("_reserved", 0)) for s in self.studies.values())
        return 200, {"currency_code": self.currency,
                     "total_balance": self.balance_cents + reserved,
                     "balance_breakdown": {}, "available_balance": self.balance_cents,
                     "available_balance_breakdown": {}}

    def create_study(self, body: Any, **_: Any) -> tuple[int, Any]:
        if not isinstance(body, dict):
            raise SimulatedError(400, "A study is a JSON object.")
        problems = {name: ["This field is required."] for name in (
            "name", "description", "external_study_url", "prolific_id_option",
            "total_available_places", "estimated_completion_time", "reward")
            if body.get(name) in (None, "")}
        if not problems and int(body["reward"]) < 1:
            problems["reward"] = ["The reward must be positive."]
        if not problems and int(body["total_available_places"]) < 1:
            problems["total_available_places"] = ["At least one place."]
        if problems:
            raise SimulatedError(400, problems)
        study_id = _new_id()
        study = {**body, "id": study_id, "status": StudyStatus.UNPUBLISHED.value,
                 "date_created": _iso(self.clock()), "published_at": None,
                 "study_type": "SINGLE", "_reserved": 0}
        study.setdefault("completion_codes", [])
        self.studies[study_id] = study
        return 201, self._study_json(study)

    def get_studies(self, query: dict[str, list[str]], **_: Any) -> tuple[int, Any]:
        wanted = set(query.get("state", []))
        results = []
        for study in self.studies.values():
            if wanted and study["status"] not in wanted:
                continue
            full = self._study_json(study)
            results.append({k: full.get(k) for k in (
                "id", "name", "internal_name", "status", "study_type",
                "estimated_completion_time", "total_available_places", "places_taken",
                "number_of_submissions", "reward", "total_cost", "published_at",
                "date_created", "is_ready_to_publish")})
        return 200, {"results": results}

    def get_study(self, params: dict[str, str], **_: Any) -> tuple[int, Any]:
        return 200, self._study_json(self._study(params["id"]))

    def update_study(self, params: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        study = self._study(params["id"])
        changes = dict(body or {})
        if study["status"] != StudyStatus.UNPUBLISHED:
            allowed = {"internal_name", "total_available_places", "submissions_config"}
            refused = sorted(set(changes) - allowed)
            if refused:
                raise SimulatedError(400, f"Only {', '.join(sorted(allowed))} can be changed "
                                          f"once a study is published, not {', '.join(refused)}.")
            if "total_available_places" in changes:
                new = int(changes["total_available_places"])
                old = int(study["total_available_places"])
                if new < old:
                    raise SimulatedError(400, "Places can only be increased.")
                extra = self._cost(int(study["reward"]), new - old)
                if extra > self.balance_cents:
                    raise SimulatedError(400, "Insufficient funds in the workspace.")
                self.balance_cents -= extra
                study["_reserved"] = int(study.get("_reserved", 0)) + extra
                study["total_available_places"] = new
                if new > old and study["status"] in (StudyStatus.COMPLETED,
                                                      StudyStatus.AWAITING_REVIEW):
                    study["status"] = StudyStatus.ACTIVE.value
                changes.pop("total_available_places")
        study.update(changes)
        self._update_study_status(study)
        return 200, self._study_json(study)

    def transition_study(self, params: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        study = self._study(params["id"])
        try:
            action = StudyAction(str((body or {}).get("action")))
        except ValueError:
            raise SimulatedError(400, "Unknown action.") from None
        target = STUDY_TRANSITIONS.get((StudyStatus(study["status"]), action))
        if target is None:
            raise SimulatedError(400, f"A study that is {study['status']} cannot {action}.")
        if action is StudyAction.PUBLISH:
            cost = self._cost(int(study["reward"]), int(study["total_available_places"]))
            if cost > self.balance_cents:
                raise SimulatedError(400, "Insufficient funds in the workspace to publish.")
            self.balance_cents -= cost
            study["_reserved"] = cost
            study["published_at"] = _iso(self.clock())
        study["status"] = target.value
        if target is StudyStatus.ACTIVE:
            self._update_study_status(study)
        return 200, self._study_json(study)

    def get_study_cost(self, params: dict[str, str], **_: Any) -> tuple[int, Any]:
        study = self._study(params["id"])
        approved = [s for s in self.submissions.values() if s["study_id"] == study["id"]
                    and s["status"] == SubmissionStatus.APPROVED]
        rewards = int(study["reward"]) * len(approved)
        bonuses = sum(c for s in self.submissions.values() if s["study_id"] == study["id"]
                      for c in s["bonus_payments"])

        def breakdown(cents: int) -> dict[str, Any]:
            fee = self._fee(cents)
            return {"rewards": {"amount": cents, "currency": self.currency},
                    "fees": {"amount": fee, "currency": self.currency},
                    "tax": {"amount": self._vat(fee), "currency": self.currency}}

        return 200, {"rewards": breakdown(rewards), "bonuses": breakdown(bonuses)}

    def calculate_cost(self, body: Any, **_: Any) -> tuple[int, Any]:
        body = body or {}
        return 200, {"total_cost": self._cost(int(body.get("reward", 0)),
                                              int(body.get("total_available_places", 0)))}

    def reward_recommendations(self, query: dict[str, list[str]], **_: Any) -> tuple[int, Any]:
        currency = (query.get("currency") or ["GBP"])[0]
        minimum, good = {"GBP": (600, 900), "USD": (800, 1200)}.get(currency, (800, 1200))
        return 200, [{"currency": currency, "min_reward_per_hour": minimum,
                      "recommended_reward_per_hour": good}]

    def count_submissions(self, params: dict[str, str], **_: Any) -> tuple[int, Any]:
        self._study(params["id"])
        counts: dict[str, float] = {s.value: 0.0 for s in SubmissionStatus
                                    if s is not SubmissionStatus.UNKNOWN}
        total = 0
        for s in self.submissions.values():
            if s["study_id"] == params["id"]:
                counts[s["status"]] = counts.get(s["status"], 0.0) + 1
                total += 1
        counts["TOTAL"] = float(total)
        return 200, counts

    def get_submissions(self, query: dict[str, list[str]], **_: Any) -> tuple[int, Any]:
        study_id = (query.get("study") or [""])[0]
        self._study(study_id)
        page = max(1, int((query.get("page") or ["1"])[0]))
        size = max(1, min(200, int((query.get("page_size") or ["100"])[0])))
        mine = sorted((s for s in self.submissions.values() if s["study_id"] == study_id),
                      key=lambda s: (s["started_at"], s["id"]))
        chunk = mine[(page - 1) * size: page * size]
        following = page * size < len(mine)
        return 200, {"results": [self._submission_short(s) for s in chunk],
                     "_links": {"self": {"href": f"?page={page}"},
                                "next": {"href": f"?page={page + 1}" if following else None}},
                     "meta": {"count": len(mine)}}

    def get_submission(self, params: dict[str, str], **_: Any) -> tuple[int, Any]:
        return 200, self._submission_detail(self._submission(params["id"]))

    def transition_submission(self, params: dict[str, str], body: Any,
                              **_: Any) -> tuple[int, Any]:
        submission = self._submission(params["id"])
        study = self._study(submission["study_id"])
        body = body or {}
        action = str(body.get("action", ""))
        status = submission["status"]
        if action == "APPROVE":
            if status != SubmissionStatus.AWAITING_REVIEW:
                raise SimulatedError(400, f"A submission that is {status} cannot be approved.")
            self._approve(submission, study)
        elif action == "REJECT":
            message = str(body.get("message") or "")
            if len(message) < MIN_REJECTION_MESSAGE:
                raise SimulatedError(400, {"message": [
                    f"Ensure this field has at least {MIN_REJECTION_MESSAGE} characters."]})
            try:
                RejectionCategory(str(body.get("rejection_category")))
            except ValueError:
                raise SimulatedError(400, {"rejection_category": [
                    "A rejection category is required."]}) from None
            if status != SubmissionStatus.AWAITING_REVIEW:
                raise SimulatedError(400, f"A submission that is {status} cannot be rejected.")
            submission["status"] = SubmissionStatus.REJECTED.value
            submission["rejection"] = (message, str(body.get("rejection_category")))
        elif action == "SCREEN_OUT":
            codes = study.get("completion_codes") or []
            fixed = next((a for c in codes for a in c.get("actions", [])
                          if a.get("action") == "FIXED_SCREEN_OUT_PAYMENT"), None)
            if fixed is None:
                raise SimulatedError(400, "This study does not allow screening out.")
            if status not in (SubmissionStatus.ACTIVE, SubmissionStatus.AWAITING_REVIEW):
                raise SimulatedError(400, f"A submission that is {status} cannot be screened "
                                          "out.")
            submission["status"] = SubmissionStatus.SCREENED_OUT.value
            submission["completed_at"] = submission["completed_at"] or self.clock()
            self.ledger.append(("screen_out", submission["id"],
                                int(fixed.get("fixed_screen_out_reward", 0)), study["id"]))
        else:
            raise SimulatedError(400, f"The action {action or '(none)'} is not one a "
                                      "researcher can take.")
        self._update_study_status(study)
        s = submission
        return 200, {"id": s["id"], "completed_at": _iso(s["completed_at"]),
                     "entered_code": s["entered_code"], "participant": s["participant"],
                     "started_at": _iso(s["started_at"]), "status": s["status"],
                     "study_id": s["study_id"]}

    def request_return(self, params: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        submission = self._submission(params["id"])
        reasons = (body or {}).get("request_return_reasons") or []
        if not reasons:
            raise SimulatedError(400, "Give at least one reason.")
        if submission["status"] not in (SubmissionStatus.ACTIVE,
                                        SubmissionStatus.AWAITING_REVIEW):
            raise SimulatedError(400, f"A submission that is {submission['status']} cannot be "
                                      "asked to return.")
        if submission["return_requested"] is not None:
            raise SimulatedError(400, "A return was already requested.")
        submission["return_requested"] = self.clock()
        return 200, {"id": submission["id"], "status": submission["status"],
                     "participant": submission["participant"],
                     "return_requested": _iso(submission["return_requested"])}

    def bulk_approve(self, body: Any, **_: Any) -> tuple[int, Any]:
        body = body or {}
        if "submission_ids" in body:
            ids = [str(i) for i in body["submission_ids"]]
        else:
            study_id = str(body.get("study_id", ""))
            wanted = {str(p) for p in body.get("participant_ids", [])}
            ids = [s["id"] for s in self.submissions.values()
                   if s["study_id"] == study_id and s["participant"] in wanted]
        if not ids:
            raise SimulatedError(400, "No submissions given.")
        if len(ids) > BULK_LIMIT:
            raise SimulatedError(400, f"At most {BULK_LIMIT} submissions at once.")
        bad = [i for i in ids if self.submissions.get(i, {}).get("status")
               != SubmissionStatus.AWAITING_REVIEW]
        if bad:
            raise SimulatedError(400, [f"Submission {i} is not awaiting review." for i in bad])
        for submission_id in ids:
            submission = self.submissions[submission_id]
            study = self._study(submission["study_id"])
            self._approve(submission, study)
            self._update_study_status(study)
        return 200, "The request to bulk approve has been made successfully."

    def setup_bonuses(self, body: Any, **_: Any) -> tuple[int, Any]:
        body = body or {}
        study = self._study(str(body.get("study_id", "")))
        lines: list[str] = [line.strip() for line in str(body.get("csv_bonuses", "")).splitlines()
                 if line.strip()]
        if not lines:
            raise SimulatedError(400, "No bonuses given.")
        if len(lines) > BULK_LIMIT:
            raise SimulatedError(400, f"At most {BULK_LIMIT} bonuses at once.")
        rows: list[tuple[str, int]] = []
        wrong: list[str] = []
        mine = {s["id"]: s for s in self.submissions.values() if s["study_id"] == study["id"]}
        by_participant = {s["participant"]: s["id"] for s in mine.values()}
        for line in lines:
            who, _comma, text = line.partition(",")
            submission_id = who if who in mine else by_participant.get(who)
            try:
                cents = int((Decimal(text.strip()) * 100).to_integral_value())
            except ArithmeticError:
                cents = 0
            if submission_id is None or cents <= 0:
                wrong.append(who)
                continue
            rows.append((submission_id, cents))
        if wrong:
            raise SimulatedError(400, f"These ids did not take part in the study or have no "
                                      f"valid amount: {', '.join(wrong)}")
        amount = sum(c for _who, c in rows)
        fees = self._fee(amount)
        vat = self._vat(fees)
        bulk_id = _new_id()
        self.bulk_bonuses[bulk_id] = {"id": bulk_id, "study": study["id"], "rows": rows,
                                      "amount": amount, "fees": fees, "vat": vat,
                                      "total_amount": amount + fees + vat}
        self.pay_calls[bulk_id] = 0
        return 201, {"id": bulk_id, "study": study["id"], "amount": float(amount),
                     "fees": float(fees), "vat": float(vat),
                     "total_amount": float(amount + fees + vat)}

    def pay_bonuses(self, params: dict[str, str], **_: Any) -> tuple[int, Any]:
        bulk = self.bulk_bonuses.get(params["id"])
        if bulk is None:
            raise SimulatedError(404, f"Bulk bonus payment {params['id']} not found.")
        if bulk["total_amount"] > self.balance_cents:
            raise SimulatedError(400, "Insufficient funds in the workspace.")
        # Not idempotent, as documented: every call pays.
        self.pay_calls[bulk["id"]] += 1
        self.balance_cents -= bulk["total_amount"]
        if self.pay_delay:
            self._pending_pay.append((self.clock() + self.pay_delay, bulk["id"]))
        else:
            self._pay_now(bulk["id"])
        return 202, "Bonuses scheduled to be paid."

    def send_message(self, body: Any, **_: Any) -> tuple[int, Any]:
        body = body or {}
        if not str(body.get("body", "")).strip():
            raise SimulatedError(400, {"body": ["This field may not be blank."]})
        self.messages.append({"to": [body.get("recipient_id")], "body": body.get("body"),
                              "study_id": body.get("study_id")})
        return 204, None

    def bulk_message(self, body: Any, **_: Any) -> tuple[int, Any]:
        body = body or {}
        if not body.get("ids") or not str(body.get("body", "")).strip():
            raise SimulatedError(400, "Give recipients and a message.")
        self.messages.append({"to": list(body["ids"]), "body": body.get("body"),
                              "study_id": body.get("study_id")})
        return 204, None

    def _group_json(self, group: dict[str, Any]) -> dict[str, Any]:
        return {"id": group["id"], "name": group["name"], "project_id": None,
                "workspace_id": group["workspace_id"], "organisation_id": None,
                "description": None, "participant_count": len(group["members"]),
                "is_deleted": False, "feeder_studies": []}

    def _members(self, group: dict[str, Any]) -> dict[str, Any]:
        return {"results": [{"participant_id": p, "datetime_created": _iso(at)}
                            for p, at in group["members"].items()]}

    def create_group(self, body: Any, **_: Any) -> tuple[int, Any]:
        body = body or {}
        if not str(body.get("name", "")).strip():
            raise SimulatedError(400, {"name": ["This field is required."]})
        group_id = _new_id()
        now = self.clock()
        self.groups[group_id] = {"id": group_id, "name": body["name"],
                                 "workspace_id": body.get("workspace_id"),
                                 "members": {str(p): now for p in body.get("participant_ids",
                                                                            [])}}
        return 201, self._group_json(self.groups[group_id])

    def _group(self, group_id: str) -> dict[str, Any]:
        group = self.groups.get(group_id)
        if group is None:
            raise SimulatedError(404, f"Participant group {group_id} not found.")
        return group

    def group_participants(self, params: dict[str, str], **_: Any) -> tuple[int, Any]:
        return 200, self._members(self._group(params["id"]))

    def add_to_group(self, params: dict[str, str], body: Any, **_: Any) -> tuple[int, Any]:
        group = self._group(params["id"])
        for participant in (body or {}).get("participant_ids", []):
            group["members"].setdefault(str(participant), self.clock())
        return 200, self._members(group)

    def remove_from_group(self, params: dict[str, str], body: Any, **_: Any
                          ) -> tuple[int, Any]:
        group = self._group(params["id"])
        for participant in (body or {}).get("participant_ids", []):
            group["members"].pop(str(participant), None)
        return 200, self._members(group)

    def filter_sets(self, **_: Any) -> tuple[int, Any]:
        return 200, {"results": [dict(f) for f in self.filter_set_list]}

    # -- the simulator's own control paths ------------------------------------------------------

    def _control(self, method: str, path: str, body: bytes) -> Answer:
        data = json.loads(body) if body else {}
        try:
            if method == "POST" and path == "/_simulator/submissions":
                return Answer(201, {"id": self.start_submission(data["study_id"],
                                                                data["participant_id"])})
            match = re.fullmatch(r"/_simulator/submissions/([^/]+)/(complete|return)", path)
            if method == "POST" and match:
                if match.group(2) == "complete":
                    return Answer(200, {"status": self.complete_submission(match.group(1),
                                                                           data["code"])})
                self.return_submission(match.group(1))
                return Answer(200, {"status": "RETURNED"})
            if method == "POST" and path == "/_simulator/faults":
                self.inject(data["operation"], data["kind"], times=int(data.get("times", 1)),
                            retry_after=float(data.get("retry_after", 0)),
                            status=int(data.get("status", 503)))
                return Answer(204, None)
            if method == "GET" and path == "/_simulator/ledger":
                with self._lock:
                    return Answer(200, {"ledger": [list(e) for e in self.ledger],
                                        "pay_calls": dict(self.pay_calls),
                                        "log": [list(e) for e in self.log],
                                        "balance": self.balance_cents})
        except SimulatedError as exc:
            return Answer(exc.status, {"detail": exc.detail})
        return Answer(404, {"detail": "unknown simulator path"})

    # -- serving ------------------------------------------------------------------------------

    def transport(self, *, on_lost: Callable[[], None] | None = None) -> httpx.MockTransport:
        """An in-process httpx transport; a lost answer raises ``httpx.ReadTimeout``."""

        def respond(request: httpx.Request) -> httpx.Response:
            query = parse_qs(request.url.query.decode(), keep_blank_values=True)
            headers = {k.lower(): v for k, v in request.headers.items()}
            answer = self.handle(request.method, request.url.path, query, headers,
                                 request.read())
            if answer.lost:
                if on_lost is not None:
                    on_lost()
                raise httpx.ReadTimeout("the answer was lost after Prolific acted",
                                        request=request)
            return _httpx_response(answer, request)

        return httpx.MockTransport(respond)

    def asgi_app(self, *, lost_delay: float = 3.0) -> Any:
        """A Starlette app serving the simulator; a lost answer arrives after ``lost_delay``."""
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import HTMLResponse, RedirectResponse, Response
        from starlette.routing import Route

        async def endpoint(request: Request) -> Response:
            body = await request.body()
            query = parse_qs(request.url.query, keep_blank_values=True)
            headers = {k.lower(): v for k, v in request.headers.items()}
            answer = await asyncio.to_thread(self.handle, request.method, request.url.path,
                                             query, headers, body)
            if answer.lost:
                # Committed; the caller gives up waiting before this answer comes.
                await asyncio.sleep(lost_delay)
            content = b"" if answer.body is None else json.dumps(answer.body).encode()
            return Response(content, status_code=answer.status, headers=answer.headers,
                            media_type="application/json" if content else None)

        async def take_part(request: Request) -> Response:
            # Prolific's "Take part in this study": a submission, then off to the study's URL.
            study_id = request.query_params.get("study", "")
            participant = request.query_params.get("participant", "")
            try:
                session_id = await asyncio.to_thread(self.start_submission, study_id,
                                                     participant)
            except SimulatedError as exc:
                return Response(str(exc.detail), status_code=exc.status,
                                media_type="text/plain")
            response = RedirectResponse(self.study_link(study_id, participant, session_id),
                                        status_code=302)
            response.set_cookie(PARTICIPANT_COOKIE, participant, path="/", httponly=True,
                                samesite="lax")
            return response

        async def complete(request: Request) -> Response:
            # app.prolific.com/submissions/complete?cc=CODE, for the participant signed in.
            participant = request.cookies.get(PARTICIPANT_COOKIE, "")
            code = request.query_params.get("cc", "")
            if not participant:
                return Response("Sign in to Prolific first.", status_code=401,
                                media_type="text/plain")
            try:
                status = await asyncio.to_thread(self.complete_by_code, participant, code)
            except SimulatedError as exc:
                return Response(str(exc.detail), status_code=exc.status,
                                media_type="text/plain")
            page = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>"
                    "Submission complete</title></head><body><h1>Submission complete</h1>"
                    f"<p id='status'>{html.escape(status)}</p></body></html>")
            return HTMLResponse(page)

        methods = ["GET", "POST", "PATCH", "PUT", "DELETE"]
        return Starlette(routes=[
            Route("/_simulator/take-part", take_part, methods=["GET"]),
            Route("/submissions/complete", complete, methods=["GET"]),
            Route("/{path:path}", endpoint, methods=methods)])


def _httpx_response(answer: Answer, request: httpx.Request) -> httpx.Response:
    if answer.body is None:
        return httpx.Response(answer.status, headers=answer.headers, request=request)
    return httpx.Response(answer.status, json=answer.body, headers=answer.headers,
                          request=request)


_ID = r"(?P<{name}>[^/]+)"


def _routes(sim: ProlificSimulator) -> list[tuple[str, re.Pattern[str], str,
                                                  Callable[..., tuple[int, Any]]]]:
    def p(path: str) -> re.Pattern[str]:
        for name in ("id", "workspace_id"):
            path = path.replace("{" + name + "}", _ID.format(name=name))
        return re.compile(re.escape(API_PREFIX).replace("\\/", "/") + path)

    table: list[tuple[str, str, str, Callable[..., tuple[int, Any]]]] = [
        ("GET", "/users/me/", "get-user", sim.get_user),
        ("GET", "/workspaces/", "get-workspaces", sim.get_workspaces),
        ("GET", "/workspaces/{workspace_id}/balance/", "get-workspace-balance",
         sim.get_workspace_balance),
        ("POST", "/studies/", "create-study", sim.create_study),
        ("GET", "/studies/", "get-studies", sim.get_studies),
        ("GET", "/studies/{id}/", "get-study", sim.get_study),
        ("PATCH", "/studies/{id}/", "update-study", sim.update_study),
        ("POST", "/studies/{id}/transition/", "publish-study", sim.transition_study),
        ("GET", "/studies/{id}/cost/", "get-study-cost", sim.get_study_cost),
        ("GET", "/studies/{id}/submissions/counts/", "count-study-submissions-by-status",
         sim.count_submissions),
        ("POST", "/study-cost-calculator/", "calculate-study-cost", sim.calculate_cost),
        ("GET", "/reward-recommendations/", "calculate-reward-recommendations",
         sim.reward_recommendations),
        ("GET", "/submissions/", "get-submissions", sim.get_submissions),
        ("POST", "/submissions/bulk-approve/", "bulk-approve-submissions", sim.bulk_approve),
        ("POST", "/submissions/bonus-payments/", "create-bonus-payments", sim.setup_bonuses),
        ("GET", "/submissions/{id}/", "get-submission", sim.get_submission),
        ("POST", "/submissions/{id}/transition/", "transition-submission",
         sim.transition_submission),
        ("POST", "/submissions/{id}/request-return/", "request-submission-return",
         sim.request_return),
        ("POST", "/bulk-bonus-payments/{id}/pay/", "pay-bonus-payments", sim.pay_bonuses),
        ("POST", "/messages/", "send-message", sim.send_message),
        ("POST", "/messages/bulk/", "bulk-message-participants", sim.bulk_message),
        ("POST", "/participant-groups/", "create-participant-group", sim.create_group),
        ("GET", "/participant-groups/{id}/participants/",
         "get-participant-group-participants", sim.group_participants),
        ("POST", "/participant-groups/{id}/participants/", "add-to-participant-group",
         sim.add_to_group),
        ("DELETE", "/participant-groups/{id}/participants/", "remove-from-participant-group",
         sim.remove_from_group),
        ("GET", "/filter-sets/", "get-filter-sets", sim.filter_sets),
    ]
    return [(method, p(path), operation, handler) for method, path, operation, handler in table]

