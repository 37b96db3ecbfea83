"""A client of Prolific's REST API over httpx: token auth, throttling, retries that never pay twice.

Every failure ends in one ``ProlificError`` whose ``outcome`` says what the caller may assume:

* ``refused``: Prolific answered no (4xx); nothing happened.
* ``throttled``: still 429 after waiting as told (``Retry-After``); nothing happened.
* ``unsent``: the connection was never made; nothing happened.
* ``ambiguous``: the request may have been carried out (a timeout after sending, a dropped
  connection, a 5xx). Only the caller can find out, by asking Prolific; the outbox does.

The client itself retries throttling and unsent requests for every call, and 5xx answers and
timeouts only for idempotent calls (GET, PUT, DELETE, and calls that set an absolute value).
Paying a bulk bonus is never retried here: Prolific's document says it is not idempotent.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

import httpx

from workbench.marketplace.prolific.model import (
    API_PREFIX,
    BULK_LIMIT,
    DEFAULT_BASE_URL,
    RejectionCategory,
    StudyAction,
    Submission,
    SubmissionAction,
)

Outcome = Literal["refused", "throttled", "unsent", "ambiguous"]
PAGE_SIZE = 100
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


class ProlificError(Exception):
    """A call Prolific refused, throttled, never received, or may have carried out."""

    def __init__(self, message: str, *, outcome: Outcome, status: int | None = None,
                 operation: str = "", body: Any = None) -> None:
        super().__init__(message)
        self.outcome: Outcome = outcome
        self.status = status
        self.operation = operation
        self.body = body

    @property
    def ambiguous(self) -> bool:
        return self.outcome == "ambiguous"

    @property
    def throttled(self) -> bool:
        return self.outcome == "throttled"

    @property
    def unsent(self) -> bool:
        return self.outcome == "unsent"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long the client waits before it gives a call up."""

    attempts: int = 5
    base_delay: float = 0.5
    # The longest single wait, even if Retry-After asks for more: a person is waiting.
    max_delay: float = 60.0


@dataclass(frozen=True)
class Account:
    """What ``users/me`` and the workspace say: who the token is, and the money there."""

    user_id: str
    email: str
    workspace_id: str | None
    workspace_title: str | None
    currency: str | None
    available_balance_cents: int | None
    total_balance_cents: int | None


def error_text(body: Any, fallback: str) -> str:
    """Prolific's message from an error body (``Error`` or ``ErrorDetail``), in one line."""
    detail: Any = None
    if isinstance(body, dict):
        inner: dict[str, Any] = body["error"] if isinstance(body.get("error"), dict) else body
        detail = inner.get("detail") or inner.get("title") or inner.get("message")
        extra = inner.get("additional_information")
        if isinstance(detail, dict):
            detail = "; ".join(f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}"
                               for k, v in detail.items())
        elif isinstance(detail, list):
            detail = " ".join(map(str, detail))
        if extra and detail:
            detail = f"{detail} ({extra})"
    elif isinstance(body, str):
        detail = body
    return " ".join(str(detail or fallback).split())


def retry_after_seconds(value: str | None, now: Callable[[], datetime]) -> float | None:
    """The wait a ``Retry-After`` header asks for: seconds, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now()).total_seconds())


class ProlificClient:
    """The Prolific operations the workbench uses, by their OpenAPI ``operationId``."""

    def __init__(self, token: str, base_url: str | None = None, *,
                 transport: httpx.BaseTransport | None = None,
                 timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 retry: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not token or not token.strip():
            raise ValueError("a Prolific API token is needed")
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=self.base_url, transport=transport, timeout=timeout,
            headers={"Authorization": f"Token {token.strip()}",
                     "Accept": "application/json",
                     "User-Agent": "requester-workbench"})
        self.calls: dict[str, int] = {}

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ProlificClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the one way a call is made -----------------------------------------------------------

    def _request(self, method: str, path: str, operation: str, *, json: Any = None,
                 params: dict[str, Any] | None = None, idempotent: bool | None = None) -> Any:
        idempotent = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        url = API_PREFIX + path
        for attempt in range(1, self.retry.attempts + 1):
            last = attempt == self.retry.attempts
            self.calls[operation] = self.calls.get(operation, 0) + 1
            try:
                response = self._http.request(method, url, json=json, params=params)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                if last:
                    raise ProlificError(f"cannot reach Prolific at {self.base_url}: {exc}",
                                        outcome="unsent", operation=operation) from exc
                self._sleep(self._backoff(attempt))
                continue
            except httpx.TransportError as exc:
                # Sent (maybe in part) and no answer: Prolific may have acted on it.
                if idempotent and not last:
                    self._sleep(self._backoff(attempt))
                    continue
                raise ProlificError(f"no answer from Prolific to {operation}: "
                                    f"{type(exc).__name__} {exc}".strip(),
                                    outcome="ambiguous", operation=operation) from exc
            status = response.status_code
            if status == 429:
                if last:
                    raise ProlificError(f"Prolific is throttling {operation} (429)",
                                        outcome="throttled", status=429, operation=operation)
                wait = retry_after_seconds(response.headers.get("Retry-After"),
                                           lambda: datetime.now(UTC))
                self._sleep(min(self.retry.max_delay,
                                wait if wait is not None else self._backoff(attempt)))
                continue
            if status >= 500:
                if idempotent and not last:
                    self._sleep(self._backoff(attempt))
                    continue
                raise ProlificError(
                    f"Prolific failed {operation} ({status}): "
                    f"{error_text(_body(response), response.reason_phrase)}",
                    outcome="ambiguous", status=status, operation=operation,
                    body=_body(response))
            if status >= 400:
                body = _body(response)
                raise ProlificError(error_text(body, f"{response.reason_phrase} ({status})"),
                                    outcome="refused", status=status, operation=operation,
                                    body=body)
            return _body(response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter, so several clients do not retry in step."""
        delay = self.retry.base_delay * 2 ** (attempt - 1)
        return min(self.retry.max_delay, delay * (0.5 + random.random() / 2))

    # -- who we are -------------------------------------------------------------------------

    def me(self) -> dict[str, Any]:
        """``get-user``: the token's user (Test connection)."""
        return dict(self._request("GET", "/users/me/", "get-user"))

    def workspaces(self) -> list[dict[str, Any]]:
        return list(self._request("GET", "/workspaces/", "get-workspaces").get("results", []))

    def workspace_balance(self, workspace_id: str) -> dict[str, Any]:
        return dict(self._request("GET", f"/workspaces/{workspace_id}/balance/",
                                  "get-workspace-balance"))

    def account(self, workspace_id: str | None = None) -> Account:
        """The user, their workspace (the given one, else their only or first) and its balance."""
        user = self.me()
        spaces = self.workspaces()
        chosen = next((w for w in spaces if w.get("id") == workspace_id), None) \
            if workspace_id else (spaces[0] if spaces else None)
        if workspace_id and chosen is None:
            raise ProlificError(f"the token has no workspace {workspace_id!r} (it has: "
                                + (", ".join(str(w.get("id")) for w in spaces) or "none") + ")",
                                outcome="refused", operation="get-workspaces")
        balance = self.workspace_balance(str(chosen["id"])) if chosen else {}
        return Account(
            user_id=str(user.get("id", "")), email=str(user.get("email", "")),
            workspace_id=str(chosen["id"]) if chosen else None,
            workspace_title=str(chosen.get("title") or chosen.get("description") or "")
            if chosen else None,
            currency=balance.get("currency_code"),
            available_balance_cents=_int_or_none(balance.get("available_balance")),
            total_balance_cents=_int_or_none(balance.get("total_balance")))

    # -- studies ----------------------------------------------------------------------------

    def create_study(self, study: dict[str, Any]) -> dict[str, Any]:
        """``create-study``: a draft (UNPUBLISHED). Not idempotent: the outbox reconciles."""
        return dict(self._request("POST", "/studies/", "create-study", json=study))

    def get_study(self, study_id: str) -> dict[str, Any]:
        return dict(self._request("GET", f"/studies/{study_id}/", "get-study"))

    def list_studies(self, state: str | None = None) -> list[dict[str, Any]]:
        params = {"state": state} if state else None
        return list(self._request("GET", "/studies/", "get-studies", params=params)
                    .get("results", []))

    def update_study(self, study_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """``update-study``: fields set to absolute values, so sending it twice is harmless."""
        return dict(self._request("PATCH", f"/studies/{study_id}/", "update-study",
                                  json=changes, idempotent=True))

    def transition_study(self, study_id: str, action: StudyAction | str) -> dict[str, Any]:
        return dict(self._request("POST", f"/studies/{study_id}/transition/", "publish-study",
                                  json={"action": str(action)}))

    def publish_study(self, study_id: str) -> dict[str, Any]:
        return self.transition_study(study_id, StudyAction.PUBLISH)

    def pause_study(self, study_id: str) -> dict[str, Any]:
        return self.transition_study(study_id, StudyAction.PAUSE)

    def resume_study(self, study_id: str) -> dict[str, Any]:
        return self.transition_study(study_id, StudyAction.START)

    def stop_study(self, study_id: str) -> dict[str, Any]:
        return self.transition_study(study_id, StudyAction.STOP)

    def set_places(self, study_id: str, total_places: int) -> dict[str, Any]:
        """Raise a study's places to ``total_places`` (Prolific only lets them grow)."""
        return self.update_study(study_id, {"total_available_places": int(total_places)})

    def study_cost(self, study_id: str, *, projected: bool = False) -> dict[str, Any]:
        params = {"is_projected": "true"} if projected else None
        return dict(self._request("GET", f"/studies/{study_id}/cost/", "get-study-cost",
                                  params=params))

    def calculate_cost(self, reward_cents: int, places: int) -> int:
        """``calculate-study-cost``: what a study would cost in all, fees and VAT included."""
        answer = self._request("POST", "/study-cost-calculator/", "calculate-study-cost",
                               json={"reward": int(reward_cents),
                                     "total_available_places": int(places)},
                               idempotent=True)
        return round(float(answer["total_cost"]))

    def reward_recommendations(self, workspace_id: str, currency: str) -> list[dict[str, Any]]:
        """``calculate-reward-recommendations``: the minimum and a good hourly reward."""
        return list(self._request("GET", "/reward-recommendations/",
                                  "calculate-reward-recommendations",
                                  params={"workspace_id": workspace_id, "currency": currency}))

    def submission_counts(self, study_id: str) -> dict[str, int]:
        answer = self._request("GET", f"/studies/{study_id}/submissions/counts/",
                               "count-study-submissions-by-status")
        return {str(k): int(v) for k, v in dict(answer).items()}

    # -- submissions ------------------------------------------------------------------------

    def iter_submissions(self, study_id: str, *, page_size: int = PAGE_SIZE
                         ) -> Iterator[Submission]:
        """``get-submissions`` for one study, page by page."""
        page = 1
        while True:
            answer = self._request("GET", "/submissions/", "get-submissions",
                                   params={"study": study_id, "page": page,
                                           "page_size": page_size})
            results = list(answer.get("results", []))
            for item in results:
                yield Submission.from_json(item, study_id)
            links = answer.get("_links") or {}
            following = (links.get("next") or {}).get("href") if isinstance(links, dict) \
                else None
            if not results or (not following and len(results) < page_size):
                return
            if links and not following:
                return
            page += 1

    def list_submissions(self, study_id: str) -> list[Submission]:
        return list(self.iter_submissions(study_id))

    def get_submission(self, submission_id: str) -> Submission:
        """``get-submission``: the detail, with the bonuses paid on it."""
        return Submission.from_json(self._request("GET", f"/submissions/{submission_id}/",
                                                  "get-submission"))

    def transition_submission(self, submission_id: str, action: SubmissionAction | str, *,
                              message: str | None = None,
                              rejection_category: RejectionCategory | str | None = None
                              ) -> Submission:
        body: dict[str, Any] = {"action": str(action)}
        if message is not None:
            body["message"] = message
        if rejection_category is not None:
            body["rejection_category"] = str(rejection_category)
        return Submission.from_json(self._request(
            "POST", f"/submissions/{submission_id}/transition/", "transition-submission",
            json=body))

    def approve(self, submission_id: str) -> Submission:
        return self.transition_submission(submission_id, SubmissionAction.APPROVE)

    def reject(self, submission_id: str, message: str,
               category: RejectionCategory | str) -> Submission:
        return self.transition_submission(submission_id, SubmissionAction.REJECT,
                                          message=message, rejection_category=category)

    def screen_out(self, submission_id: str) -> Submission:
        return self.transition_submission(submission_id, SubmissionAction.SCREEN_OUT)

    def request_return(self, submission_id: str, reasons: Sequence[str]) -> dict[str, Any]:
        return dict(self._request("POST", f"/submissions/{submission_id}/request-return/",
                                  "request-submission-return",
                                  json={"request_return_reasons": list(reasons)}))

    def bulk_approve(self, submission_ids: Sequence[str]) -> None:
        """``bulk-approve-submissions``, in chunks of at most ``BULK_LIMIT``."""
        ids = list(submission_ids)
        for start in range(0, len(ids), BULK_LIMIT):
            self._request("POST", "/submissions/bulk-approve/", "bulk-approve-submissions",
                          json={"submission_ids": ids[start:start + BULK_LIMIT]})

    # -- bonuses: set up, then pay (once) ---------------------------------------------------

    def setup_bonuses(self, study_id: str, amounts: Sequence[tuple[str, str]]
                      ) -> dict[str, Any]:
        """``create-bonus-payments``: (submission or participant id, "1.50") rows; pays nothing."""
        if not amounts:
            raise ValueError("no bonuses to set up")
        if len(amounts) > BULK_LIMIT:
            raise ValueError(f"at most {BULK_LIMIT} bonuses per set-up")
        csv = "".join(f"{who},{amount}\n" for who, amount in amounts)
        return dict(self._request("POST", "/submissions/bonus-payments/",
                                  "create-bonus-payments",
                                  json={"study_id": study_id, "csv_bonuses": csv}))

    def pay_bonuses(self, bulk_id: str) -> None:
        """``pay-bonus-payments``: NOT idempotent; never retried on a 5xx or a lost answer."""
        self._request("POST", f"/bulk-bonus-payments/{bulk_id}/pay/", "pay-bonus-payments",
                      idempotent=False)

    # -- messages and participant groups ----------------------------------------------------

    def send_message(self, participant_id: str, body: str, study_id: str) -> None:
        self._request("POST", "/messages/", "send-message",
                      json={"recipient_id": participant_id, "body": body,
                            "study_id": study_id})

    def bulk_message(self, participant_ids: Sequence[str], body: str, study_id: str) -> None:
        self._request("POST", "/messages/bulk/", "bulk-message-participants",
                      json={"ids": list(participant_ids), "body": body, "study_id": study_id})

    def create_participant_group(self, name: str, *, workspace_id: str | None = None,
                                 participant_ids: Sequence[str] = ()) -> dict[str, Any]:
        body: dict[str, Any] = {"name": name}
        if workspace_id:
            body["workspace_id"] = workspace_id
        if participant_ids:
            body["participant_ids"] = list(participant_ids)
        return dict(self._request("POST", "/participant-groups/", "create-participant-group",
                                  json=body))

    def group_participants(self, group_id: str) -> list[str]:
        answer = self._request("GET", f"/participant-groups/{group_id}/participants/",
                               "get-participant-group-participants")
        return [str(m["participant_id"]) for m in answer.get("results", [])
                if m.get("participant_id")]

    def add_to_group(self, group_id: str, participant_ids: Sequence[str]) -> list[str]:
        """``add-to-participant-group``: adding a member twice leaves one membership."""
        answer = self._request("POST", f"/participant-groups/{group_id}/participants/",
                               "add-to-participant-group",
                               json={"participant_ids": list(participant_ids)},
                               idempotent=True)
        return [str(m["participant_id"]) for m in answer.get("results", [])
                if m.get("participant_id")]

    def remove_from_group(self, group_id: str, participant_ids: Sequence[str]) -> list[str]:
        answer = self._request("DELETE", f"/participant-groups/{group_id}/participants/",
                               "remove-from-participant-group",
                               json={"participant_ids": list(participant_ids)})
        return [str(m["participant_id"]) for m in answer.get("results", [])
                if m.get("participant_id")]

    def filter_sets(self, workspace_id: str) -> list[dict[str, Any]]:
        return list(self._request("GET", "/filter-sets/", "get-filter-sets",
                                  params={"workspace_id": workspace_id}).get("results", []))


def _body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None else round(float(value))
    except (TypeError, ValueError):
        return None
