"""Prolific accounts: connecting, studies, decisions on submissions, bonuses, and sync.

Everything that changes something on Prolific is queued in the outbox first (the kinds are
declared in services/prolific_actions.py) and sent by the pusher, exactly as for MTurk; this
module checks what is queued (one clear reason when it cannot be) and pulls Prolific's state.

A Prolific account's HITs live on the local marketplace that the worker site serves. A
participant arriving from Prolific works one unit of HITs there in one session; the site
records which assignments each session (Prolific's SESSION_ID, the submission's id) worked,
through ``record_session_assignments``. Sync pulls each study's submissions and carries
Prolific's decision onto the assignments of that session.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import httpx
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workbench.domain.ids import request_token
from workbench.domain.statuses import AccountKind, ActionKind, ActionState
from workbench.domain.text import translate
from workbench.marketplace.prolific import participants
from workbench.marketplace.prolific.client import Account as ProlificAccount
from workbench.marketplace.prolific.client import ProlificClient, ProlificError
from workbench.marketplace.prolific.credentials import TokenMissing, load_token, save_token
from workbench.marketplace.prolific.fees import minimum_hourly_reward_cents, prolific_fee_cents
from workbench.marketplace.prolific.model import (
    MIN_REJECTION_MESSAGE,
    RejectionCategory,
    StudyAction,
    StudyStatus,
    Submission,
    SubmissionStatus,
)
from workbench.marketplace.prolific.participants import ProlificSite
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import MarketplaceUnavailable, Workbench
from workbench.services.outbox import (
    ActionInfo,
    AlreadyDecided,
    OutboxError,
    action_info,
    block_key,
    decision_key,
    queue_action,
)
from workbench.services.progress import Progress, no_progress
from workbench.services.prolific_actions import marker, mirror_submission_status
from workbench.services.settings import config_dir
from workbench.store.schema import (
    HIT,
    Account,
    Assignment,
    OutboxAction,
    ProlificSessionAssignment,
    ProlificStudy,
    ProlificSubmission,
    SyncState,
)

BLOCK_GROUP_OPTION = "block_group_id"
WORKSPACE_OPTION = "workspace_id"
# The hosted worker site's public address, remembered for the next study.
SITE_URL_OPTION = "site_url"
GROUP_ID = re.compile(r"^[0-9a-fA-F]{24}$")
DEVICES = ("desktop", "tablet", "mobile")
# What the workbench's study URL asks Prolific to fill in.
URL_PARAMETERS = "PROLIFIC_PID={{%PROLIFIC_PID%}}&STUDY_ID={{%STUDY_ID%}}" \
                 "&SESSION_ID={{%SESSION_ID%}}"

# Tests and rehearsals route Prolific's calls (by base URL) through a transport of theirs.
_transport_for: Callable[[str | None], httpx.BaseTransport | None] | None = None


class ProlificUnavailable(MarketplaceUnavailable):
    """A Prolific account cannot be used (no token, not a Prolific account); says why."""


def use_transport(factory: Callable[[str | None], httpx.BaseTransport | None] | None
                  ) -> None:
    """Route Prolific calls through ``factory``'s transport (tests, a rehearsal simulator)."""
    global _transport_for
    _transport_for = factory


def client_for(token: str, base_url: str | None, *, timeout_s: float | None = None
               ) -> ProlificClient:
    """A client with this token, for Prolific or the address given."""
    transport = _transport_for(base_url) if _transport_for is not None else None
    if timeout_s:
        return ProlificClient(token, base_url or None, transport=transport,
                              timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0)))
    return ProlificClient(token, base_url or None, transport=transport)


def _require_prolific(account: AccountInfo) -> None:
    if account.kind != AccountKind.PROLIFIC.value:
        raise ProlificUnavailable(translate(
            "ProlificService", "account {name} is not a Prolific account").format(
                name=account.name))


def connect(wb: Workbench, account: AccountInfo, *, token: str | None = None
            ) -> ProlificClient:
    """A client for the account's workspace, with the token kept outside the store."""
    _require_prolific(account)
    try:
        secret = token or load_token(config_dir(), account.name)
    except TokenMissing as exc:
        raise ProlificUnavailable(str(exc)) from None
    # An account may wait less (or more) than the default 30 s for an answer.
    timeout = account.options.get("timeout_s")
    return client_for(secret, account.endpoint_url,
                      timeout_s=float(timeout) if timeout else None)


def store_token(account: AccountInfo, token: str) -> None:
    """Keep the account's API token (owner-only file in the config folder)."""
    _require_prolific(account)
    try:
        save_token(config_dir(), account.name, token)
    except ValueError as exc:
        raise ProlificUnavailable(str(exc)) from None


def test_connection(wb: Workbench, account: AccountInfo, *, token: str | None = None
                    ) -> ProlificAccount:
    """``users/me``, the workspace and its balance; remembers workspace and balance."""
    with connect(wb, account, token=token) as client:
        found = client.account(account.options.get(WORKSPACE_OPTION) or None)
    with wb.store.session(write=True) as session:
        row = session.get(Account, account.id)
        assert row is not None
        options = dict(row.options or {})
        if found.workspace_id:
            options[WORKSPACE_OPTION] = found.workspace_id
        if found.currency:
            options["currency"] = found.currency
        row.options = options
        row.balance_cents = found.available_balance_cents
        row.balance_checked_at = wb.clock()
        record(session, actor=wb.actor, event="prolific.connected", subject=account.name,
               account_id=account.id, workspace=found.workspace_id)
    return found


def check_token(token: str, endpoint_url: str | None = None) -> ProlificAccount:
    """Who a token is on Prolific (``users/me``), its workspace and balance; nothing stored."""
    token = token.strip()
    if not token or any(c.isspace() for c in token):
        raise ProlificUnavailable(translate("ProlificService", "a Prolific API token is one "
                                            "word without spaces"))
    try:
        with client_for(token, endpoint_url or None, timeout_s=20.0) as client:
            return client.account()
    except ProlificError as exc:
        raise ProlificUnavailable(translate("ProlificService", "Prolific: {reason}").format(
            reason=exc)) from None


def add_account_with_token(wb: Workbench, name: str, token: str, found: ProlificAccount, *,
                           endpoint_url: str | None = None) -> AccountInfo:
    """Add a Prolific account whose token ``check_token`` found good; the token kept apart."""
    from workbench.services.accounts import add_account

    options: dict[str, Any] = {}
    if found.workspace_id:
        options[WORKSPACE_OPTION] = found.workspace_id
    if found.currency:
        options["currency"] = found.currency
    account = add_account(wb, name, AccountKind.PROLIFIC.value,
                          endpoint_url=endpoint_url or None, options=options)
    store_token(account, token)
    with wb.store.session(write=True) as session:
        row = session.get(Account, account.id)
        assert row is not None
        row.balance_cents = found.available_balance_cents
        row.balance_checked_at = wb.clock()
        record(session, actor=wb.actor, event="prolific.connected", subject=account.name,
               account_id=account.id, workspace=found.workspace_id)
    return _refresh(wb, account)


@dataclass(frozen=True)
class CostEstimate:
    """What a study would cost in all, and where the figure comes from."""

    total_cents: int
    currency: str
    # "prolific" (its cost calculator answered) or "estimate" (our fee rule, offline).
    source: str


def estimate_cost(wb: Workbench, account: AccountInfo, reward_cents: int, places: int
                  ) -> CostEstimate:
    """A study's total with fees and VAT: Prolific's cost calculator, else our fee rule."""
    currency = str(account.options.get("currency") or "GBP")
    try:
        with connect(wb, account) as client:
            return CostEstimate(client.calculate_cost(reward_cents, places), currency,
                                "prolific")
    except (ProlificError, ProlificUnavailable):
        rewards = reward_cents * places
        return CostEstimate(rewards + prolific_fee_cents(rewards, account.options), currency,
                            "estimate")


def minimum_hourly_reward(wb: Workbench, account: AccountInfo) -> tuple[int, str]:
    """Prolific's minimum reward per hour (cents, currency): asked, else the documented one."""
    currency = str(account.options.get("currency") or "GBP")
    workspace = account.options.get(WORKSPACE_OPTION)
    if workspace:
        try:
            with connect(wb, account) as client:
                for item in client.reward_recommendations(str(workspace), currency):
                    if item.get("currency") == currency and item.get("min_reward_per_hour"):
                        return int(item["min_reward_per_hour"]), currency
        except (ProlificError, ProlificUnavailable):
            pass
    return minimum_hourly_reward_cents(currency), currency


def _refresh(wb: Workbench, account: AccountInfo) -> AccountInfo:
    from workbench.services.accounts import account_info

    with wb.store.read() as session:
        row = session.get(Account, account.id)
        assert row is not None
        return account_info(row)


# -- studies ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class StudyInfo:
    """A study as the workbench knows it."""

    id: int
    request_key: str
    study_id: str | None
    name: str
    status: str
    total_places: int
    reward_cents: int
    currency: str
    completion_code: str
    hits_per_place: int
    batch_id: int | None


def _study_info(row: ProlificStudy) -> StudyInfo:
    return StudyInfo(row.id, row.request_key, row.study_id, row.name, row.status,
                     row.total_places, row.reward_cents, row.currency, row.completion_code,
                     row.hits_per_place, row.batch_id)


def study_url(site_url: str) -> str:
    """The worker site's Prolific entrance, with Prolific's participant parameters."""
    base = site_url.rstrip("/") + "/prolific"
    return f"{base}?{URL_PARAMETERS}"


def check_group_ids(ids: Iterable[str]) -> None:
    """OutboxError unless each is a participant group id of Prolific's shape."""
    wrong = [g.strip() for g in ids if g.strip() and not GROUP_ID.match(g.strip())]
    if wrong:
        raise OutboxError(translate("ProlificService", "“{id}” is not a participant group "
                                    "id: Prolific shows them as 24 letters and digits "
                                    "(a–f, 0–9)").format(id=wrong[0]))


def queue_create_study(wb: Workbench, account: AccountInfo, *, name: str, description: str,
                       external_url: str, places: int, reward_cents: int,
                       estimated_minutes: int, hits_per_place: int = 1,
                       batch_id: int | None = None, devices: Sequence[str] = ("desktop",),
                       block_list: bool = True, maximum_minutes: int | None = None,
                       request_key: str | None = None, allow_groups: Sequence[str] = (),
                       block_groups: Sequence[str] = (), filter_set_id: str | None = None
                       ) -> StudyInfo:
    """Queue a draft study (create-study); publishing is another action.

    Participants can be limited to participant groups (``allow_groups``) and kept out by
    others (``block_groups``, and the account's own block list unless ``block_list`` is
    off); or chosen by a filter set, which Prolific takes instead of any such filter.
    """
    _require_prolific(account)
    problems = []
    try:
        check_group_ids((*allow_groups, *block_groups))
    except OutboxError as exc:
        problems.append(str(exc))
    if filter_set_id and (allow_groups or block_groups):
        problems.append(translate("ProlificService", "Prolific takes a filter set or "
                                  "participant groups, not both: add the groups to the "
                                  "filter set"))
    if not devices:
        problems.append(translate("ProlificService", "choose at least one kind of device"))
    if not name.strip():
        problems.append(translate("ProlificService", "a study needs a name"))
    if not description.strip():
        problems.append(translate("ProlificService", "a study needs a description"))
    if places < 1:
        problems.append(translate("ProlificService", "a study needs at least one place"))
    if reward_cents < 1:
        problems.append(translate("ProlificService", "the reward must be at least 0.01"))
    if estimated_minutes < 1:
        problems.append(translate("ProlificService", "the estimated time must be at least "
                                  "one minute"))
    if not re.match(r"^https?://", external_url):
        problems.append(translate("ProlificService", "the study URL must be http(s)"))
    if problems:
        raise OutboxError("; ".join(problems))
    key = request_key or request_token()
    code = "WB" + key[:10].upper()
    study: dict[str, Any] = {
        "name": name.strip(), "internal_name": f"{name.strip()} {marker(key)}",
        "description": description.strip(), "external_study_url": external_url,
        "prolific_id_option": "url_parameters",
        "completion_codes": [{"code": code, "code_type": "COMPLETED",
                              "actions": [{"action": "MANUALLY_REVIEW"}]}],
        "total_available_places": places, "estimated_completion_time": estimated_minutes,
        "reward": reward_cents, "device_compatibility": list(devices),
        "peripheral_requirements": [], "study_labels": ["annotation"]}
    if maximum_minutes:
        study["maximum_allowed_time"] = maximum_minutes
    filters: list[dict[str, Any]] = []
    allowed = list(dict.fromkeys(g.strip().lower() for g in allow_groups if g.strip()))
    if allowed:
        filters.append({"filter_id": "participant_group_allowlist",
                        "selected_values": allowed})
    blocked = [g.strip().lower() for g in block_groups if g.strip()]
    group = account.options.get(BLOCK_GROUP_OPTION)
    if block_list and group and not filter_set_id:
        blocked.insert(0, str(group))
    if blocked:
        filters.append({"filter_id": "participant_group_blocklist",
                        "selected_values": list(dict.fromkeys(blocked))})
    if filter_set_id:
        study["filter_set_id"] = filter_set_id.strip()
    elif filters:
        study["filters"] = filters
    currency = str(account.options.get("currency") or "GBP")
    try:
        with wb.store.session(write=True) as session:
            existing = session.scalar(select(ProlificStudy).where(
                ProlificStudy.account_id == account.id, ProlificStudy.request_key == key))
            if existing is not None:
                return _study_info(existing)  # the same request again: nothing new
            row = ProlificStudy(
                account_id=account.id, request_key=key, batch_id=batch_id, name=name.strip(),
                internal_name=study["internal_name"], status="", total_places=places,
                reward_cents=reward_cents, currency=currency,
                estimated_minutes=estimated_minutes, hits_per_place=hits_per_place,
                completion_code=code, external_url=external_url, created_at=wb.clock(),
                details=study)
            session.add(row)
            session.flush()
            queue_action(session, wb, account, ActionKind.PROLIFIC_CREATE_STUDY, key,
                         {"study": study, "name": name.strip()})
            return _study_info(row)
    except IntegrityError:
        with wb.store.read() as session:
            again = session.scalar(select(ProlificStudy).where(
                ProlificStudy.account_id == account.id, ProlificStudy.request_key == key))
            if again is None:
                raise
            return _study_info(again)


@dataclass(frozen=True)
class StudyPlan:
    """What the publish wizard gathered for a study of one batch."""

    name: str
    description: str
    reward_cents: int
    places: int
    hits_per_place: int
    estimated_minutes: int
    site_url: str
    devices: tuple[str, ...] = ("desktop",)
    maximum_minutes: int | None = None
    block_list: bool = True
    allow_groups: tuple[str, ...] = ()
    block_groups: tuple[str, ...] = ()
    filter_set_id: str | None = None


def check_site_url(url: str) -> str:
    """The worker site's public address (http(s), no query), or OutboxError."""
    url = url.strip().rstrip("/")
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query \
            or parts.fragment or parts.username or parts.password:
        raise OutboxError(translate("ProlificService", "the worker site's address is an "
                                    "http(s) address such as https://work.example.org, "
                                    "reachable by participants"))
    return url


def places_for(rows: int, assignments: int, hits_per_place: int) -> int:
    """Places that give every assignment of a batch to one participant's unit."""
    return max(1, -(-(rows * assignments) // max(1, hits_per_place)))


def publish_study(wb: Workbench, account: AccountInfo, batch_id: int, plan: StudyPlan, *,
                  request_key: str) -> StudyInfo:
    """Queue a batch's study and its publishing; ``request_key`` makes a second call a no-op."""
    site = check_site_url(plan.site_url)
    study = queue_create_study(
        wb, account, name=plan.name, description=plan.description,
        external_url=study_url(site), places=plan.places, reward_cents=plan.reward_cents,
        estimated_minutes=plan.estimated_minutes, hits_per_place=plan.hits_per_place,
        batch_id=batch_id, devices=plan.devices, block_list=plan.block_list,
        maximum_minutes=plan.maximum_minutes, request_key=request_key,
        allow_groups=plan.allow_groups, block_groups=plan.block_groups,
        filter_set_id=plan.filter_set_id)
    with wb.store.session(write=True) as session:
        row = session.get(Account, account.id)
        assert row is not None
        row.options = {**(row.options or {}), SITE_URL_OPTION: site}
        published = session.scalar(select(OutboxAction.id).where(
            OutboxAction.account_id == account.id,
            OutboxAction.kind == ActionKind.PROLIFIC_PUBLISH.value,
            OutboxAction.target == study.request_key).limit(1))
    if published is None and study.status in ("", StudyStatus.UNPUBLISHED.value):
        queue_publish(wb, account, study)
    return study


def study_for_batch(wb: Workbench, account: AccountInfo, batch_id: int) -> StudyInfo | None:
    """The (latest) study published for a batch, if any."""
    with wb.store.read() as session:
        row = session.scalar(select(ProlificStudy).where(
            ProlificStudy.account_id == account.id, ProlificStudy.batch_id == batch_id)
            .order_by(ProlificStudy.id.desc()).limit(1))
        return _study_info(row) if row is not None else None


def filter_sets(wb: Workbench, account: AccountInfo) -> list[tuple[str, str]]:
    """The workspace's filter sets (id, name), asked of Prolific."""
    workspace = account.options.get(WORKSPACE_OPTION)
    if not workspace:
        return []
    try:
        with connect(wb, account) as client:
            return [(str(f.get("id")), str(f.get("name") or f.get("id")))
                    for f in client.filter_sets(str(workspace)) if f.get("id")]
    except ProlificError as exc:
        raise ProlificUnavailable(translate("ProlificService", "Prolific: {reason}").format(
            reason=exc)) from None


@dataclass(frozen=True)
class StudyOverview:
    """A study with its submissions and money, for the study window."""

    study: StudyInfo
    external_url: str
    published_at: datetime | None
    synced_at: datetime | None
    submissions: list[ProlificSubmissionInfo]
    queued: int
    rewards_cents: int
    reward_fees_cents: int
    bonus_cents: int
    bonus_fees_cents: int

    def count(self, status: str) -> int:
        return sum(1 for s in self.submissions if s.status == status)

    @property
    def places_taken(self) -> int:
        return sum(1 for s in self.submissions if s.status not in (
            SubmissionStatus.RETURNED.value, SubmissionStatus.TIMED_OUT.value))

    @property
    def spent_cents(self) -> int:
        return (self.rewards_cents + self.reward_fees_cents + self.bonus_cents
                + self.bonus_fees_cents)


def study_overview(wb: Workbench, account: AccountInfo, reference: str) -> StudyOverview:
    """A study, its mirrored submissions, what it paid so far, and its queued actions."""
    study = get_study(wb, account, reference)
    found = submissions_of(wb, account, study) if study.study_id else []
    with wb.store.read() as session:
        row = session.get(ProlificStudy, study.id)
        assert row is not None
        queued = session.scalar(select(func.count()).select_from(OutboxAction).where(
            OutboxAction.account_id == account.id,
            OutboxAction.state.in_((ActionState.PENDING.value, ActionState.SENDING.value)),
            (OutboxAction.target == study.request_key)
            | OutboxAction.target.in_([s.submission_id for s in found]))) or 0
        external, published, synced = row.external_url, row.published_at, row.synced_at
    approved = sum(1 for s in found if s.status == SubmissionStatus.APPROVED.value)
    rewards = approved * study.reward_cents
    bonuses = sum(sum(s.bonus_payments) for s in found)
    return StudyOverview(study, external, published, synced, found, int(queued), rewards,
                         prolific_fee_cents(rewards, account.options), bonuses,
                         prolific_fee_cents(bonuses, account.options))


def get_study(wb: Workbench, account: AccountInfo, reference: str) -> StudyInfo:
    """A study by Prolific's id, the workbench's key, or its number in the store."""
    with wb.store.read() as session:
        query = select(ProlificStudy).where(ProlificStudy.account_id == account.id)
        row = session.scalar(query.where(
            (ProlificStudy.study_id == reference) | (ProlificStudy.request_key == reference)))
        if row is None and reference.isdigit():
            row = session.scalar(query.where(ProlificStudy.id == int(reference)))
        if row is None:
            raise OutboxError(translate("ProlificService", "no Prolific study {study} in "
                                        "account {account}").format(study=reference,
                                                                    account=account.name))
        return _study_info(row)


def list_studies(wb: Workbench, account: AccountInfo) -> list[StudyInfo]:
    with wb.store.read() as session:
        return [_study_info(r) for r in session.scalars(select(ProlificStudy).where(
            ProlificStudy.account_id == account.id).order_by(ProlificStudy.id))]


def _study_action(wb: Workbench, account: AccountInfo, study: StudyInfo, kind: ActionKind,
                  payload: dict[str, Any]) -> ActionInfo:
    with wb.store.session(write=True) as session:
        return action_info(queue_action(session, wb, account, kind, study.request_key,
                                        {"study_key": study.request_key, "name": study.name,
                                         **payload}))


def queue_publish(wb: Workbench, account: AccountInfo, study: StudyInfo) -> ActionInfo:
    """Queue publishing a draft study (it reserves the study's cost in the workspace)."""
    if study.status not in ("", StudyStatus.UNPUBLISHED.value):
        raise OutboxError(translate("ProlificService", "the study is {status}; only a draft "
                                    "can be published").format(status=study.status))
    return _study_action(wb, account, study, ActionKind.PROLIFIC_PUBLISH,
                         {"amount_cents": study.reward_cents * study.total_places,
                          "total": study.total_places, "before": 0})


def queue_transition(wb: Workbench, account: AccountInfo, study: StudyInfo,
                     action: StudyAction | str) -> ActionInfo:
    """Queue pausing, resuming (START) or stopping a study."""
    try:
        chosen = StudyAction(str(action).upper())
    except ValueError:
        chosen = None
    if chosen not in (StudyAction.PAUSE, StudyAction.START, StudyAction.STOP):
        raise OutboxError(translate("ProlificService", "a study can be paused, started or "
                                    "stopped, not {action}").format(action=action))
    return _study_action(wb, account, study, ActionKind.PROLIFIC_TRANSITION,
                         {"action": chosen.value})


def queue_add_places(wb: Workbench, account: AccountInfo, study: StudyInfo, count: int
                     ) -> ActionInfo:
    """Queue raising the study's places by ``count`` (Prolific only lets them grow)."""
    if count < 1:
        raise OutboxError(translate("ProlificService", "add at least one place"))
    with wb.store.session(write=True) as session:
        # From the places known and those still queued, not the caller's copy: a second
        # "add 5" before the first is sent adds 5 more, rather than asking for the same total.
        row = session.scalar(select(ProlificStudy).where(
            ProlificStudy.account_id == account.id,
            ProlificStudy.request_key == study.request_key))
        before = row.total_places if row is not None else study.total_places
        for payload in session.scalars(select(OutboxAction.payload).where(
                OutboxAction.account_id == account.id,
                OutboxAction.kind == ActionKind.PROLIFIC_ADD_PLACES.value,
                OutboxAction.target == study.request_key,
                OutboxAction.state.in_((ActionState.PENDING.value, ActionState.SENDING.value)))):
            before = max(before, int(payload.get("total") or 0))
        return action_info(queue_action(
            session, wb, account, ActionKind.PROLIFIC_ADD_PLACES, study.request_key,
            {"study_key": study.request_key, "name": study.name, "total": before + count,
             "before": before, "amount_cents": study.reward_cents * count}))


# -- submissions -----------------------------------------------------------------------------

def _submissions(session: Session, account: AccountInfo, ids: Sequence[str]
                 ) -> dict[str, ProlificSubmission]:
    found = {s.submission_id: s for s in session.scalars(select(ProlificSubmission).where(
        ProlificSubmission.account_id == account.id,
        ProlificSubmission.submission_id.in_(list(ids))))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise OutboxError(translate(
            "ProlificService", "unknown Prolific submission(s) in account {account}: {ids} "
            "(sync first)").format(account=account.name, ids=", ".join(missing[:5])))
    return found


def _study_key(session: Session, account: AccountInfo, study_id: str) -> str:
    key = session.scalar(select(ProlificStudy.request_key).where(
        ProlificStudy.account_id == account.id, ProlificStudy.study_id == study_id))
    return str(key or study_id)


def _queue_decisions(wb: Workbench, account: AccountInfo, submission_ids: Iterable[str],
                     kind: ActionKind, payload: dict[str, Any],
                     allowed: Sequence[str] = (SubmissionStatus.AWAITING_REVIEW.value,)
                     ) -> list[ActionInfo]:
    _require_prolific(account)
    ids = list(dict.fromkeys(i.strip() for i in submission_ids if i.strip()))
    if not ids:
        raise OutboxError(translate("ProlificService", "no submissions given"))
    try:
        with wb.store.session(write=True) as session:
            found = _submissions(session, account, ids)
            queued = []
            for submission_id in ids:
                row = found[submission_id]
                key = decision_key(account.id, submission_id)
                live = session.scalar(select(OutboxAction).where(
                    OutboxAction.decision_key == key))
                if live is not None:
                    raise AlreadyDecided(translate(
                        "ProlificService", "submission {submission} already has a queued "
                        "decision ({kind}) by {who}").format(
                            submission=submission_id, kind=live.kind, who=live.created_by),
                        by=live.created_by, at=live.created_at)
                if row.status not in allowed:
                    raise OutboxError(translate(
                        "ProlificService", "submission {submission} is {status} on Prolific; "
                        "it cannot be {verb}").format(submission=submission_id,
                                                      status=row.status,
                                                      verb=_verb(kind)))
                study = session.scalar(select(ProlificStudy).where(
                    ProlificStudy.account_id == account.id,
                    ProlificStudy.study_id == row.study_id))
                extra: dict[str, Any] = {"study_key": study.request_key if study else row.study_id,
                         "participant_id": row.participant_id}
                if kind is ActionKind.PROLIFIC_APPROVE and study is not None:
                    extra["amount_cents"] = study.reward_cents
                    extra["currency"] = study.currency
                queued.append(action_info(queue_action(
                    session, wb, account, kind, submission_id, {**payload, **extra},
                    key=key if kind is not ActionKind.PROLIFIC_RETURN else None)))
            return queued
    except IntegrityError:
        raise AlreadyDecided(translate(
            "ProlificService", "another decision on these submissions was queued just now"
        )) from None


def _verb(kind: ActionKind) -> str:
    return {ActionKind.PROLIFIC_APPROVE: translate("ProlificService", "approved"),
            ActionKind.PROLIFIC_REJECT: translate("ProlificService", "rejected"),
            ActionKind.PROLIFIC_SCREEN_OUT: translate("ProlificService", "screened out"),
            }.get(kind, translate("ProlificService", "asked to return"))


def queue_approve(wb: Workbench, account: AccountInfo, submission_ids: Iterable[str]
                  ) -> list[ActionInfo]:
    """Queue approvals (sent in bulk where several wait); all or nothing."""
    return _queue_decisions(wb, account, submission_ids, ActionKind.PROLIFIC_APPROVE, {})


def check_rejection(message: str, category: str) -> RejectionCategory:
    """Prolific's rules for a rejection: a message of 100+ characters and a category."""
    text = " ".join(message.split())
    if len(text) < MIN_REJECTION_MESSAGE:
        raise OutboxError(translate(
            "ProlificService", "Prolific needs a rejection message of at least {least} "
            "characters ({count} given): tell the participant what was wrong").format(
                least=MIN_REJECTION_MESSAGE, count=len(text)))
    try:
        return RejectionCategory(category.strip().upper())
    except ValueError:
        raise OutboxError(translate(
            "ProlificService", "the rejection category must be one of: {known}").format(
                known=", ".join(c.value for c in RejectionCategory))) from None


def queue_reject(wb: Workbench, account: AccountInfo, submission_ids: Iterable[str], *,
                 message: str, category: str) -> list[ActionInfo]:
    """Queue rejections with Prolific's required message and category; all or nothing."""
    chosen = check_rejection(message, category)
    return _queue_decisions(wb, account, submission_ids, ActionKind.PROLIFIC_REJECT,
                            {"message": " ".join(message.split()), "category": chosen.value})


def queue_return_request(wb: Workbench, account: AccountInfo, submission_ids: Iterable[str],
                         *, reason: str) -> list[ActionInfo]:
    """Queue asking participants to return their submissions (the place is freed)."""
    if not reason.strip():
        raise OutboxError(translate("ProlificService", "a return request needs a reason"))
    return _queue_decisions(
        wb, account, submission_ids, ActionKind.PROLIFIC_RETURN, {"reasons": [reason.strip()]},
        allowed=(SubmissionStatus.ACTIVE.value, SubmissionStatus.AWAITING_REVIEW.value))


def queue_screen_out(wb: Workbench, account: AccountInfo, submission_ids: Iterable[str]
                     ) -> list[ActionInfo]:
    """Queue screening out (studies set up with a fixed screen-out payment only)."""
    return _queue_decisions(
        wb, account, submission_ids, ActionKind.PROLIFIC_SCREEN_OUT, {},
        allowed=(SubmissionStatus.ACTIVE.value, SubmissionStatus.AWAITING_REVIEW.value))


def queue_bonuses(wb: Workbench, account: AccountInfo, study: StudyInfo,
                  amounts: Sequence[tuple[str, int]], *, reason: str = "",
                  request_key: str | None = None) -> ActionInfo:
    """Queue one bulk bonus: (submission or participant id, cents) rows of one study."""
    from workbench.marketplace.prolific.model import BULK_LIMIT

    _require_prolific(account)
    if not amounts:
        raise OutboxError(translate("ProlificService", "no bonuses given"))
    if len(amounts) > BULK_LIMIT:
        raise OutboxError(translate("ProlificService", "at most {most} bonuses at once"
                                    ).format(most=BULK_LIMIT))
    if any(cents < 1 for _who, cents in amounts):
        raise OutboxError(translate("ProlificService", "every bonus must be at least 0.01"))
    with wb.store.session(write=True) as session:
        if request_key:
            again = session.scalar(select(OutboxAction).where(
                OutboxAction.request_token == request_key))
            if again is not None:
                return action_info(again)
        mine = {s.submission_id: s for s in session.scalars(select(ProlificSubmission).where(
            ProlificSubmission.account_id == account.id,
            ProlificSubmission.study_id == study.study_id))}
        by_participant = {s.participant_id: s for s in mine.values()}
        rows: list[dict[str, Any]] = []
        unknown: list[str] = []
        for who, cents in amounts:
            submission = mine.get(who) or by_participant.get(who)
            if submission is None:
                unknown.append(who)
                continue
            rows.append({"submission_id": submission.submission_id,
                         "participant_id": submission.participant_id,
                         "amount_cents": int(cents)})
        if unknown:
            raise OutboxError(translate(
                "ProlificService", "not a submission or participant of study {study}: {ids}"
            ).format(study=study.name, ids=", ".join(unknown[:5])))
        seen = [r["submission_id"] for r in rows]
        if len(set(seen)) != len(seen):
            raise OutboxError(translate("ProlificService", "a participant appears twice; "
                                        "give each one bonus in one payment"))
        total = sum(r["amount_cents"] for r in rows)
        return action_info(queue_action(
            session, wb, account, ActionKind.PROLIFIC_BONUS, study.request_key,
            {"study_key": study.request_key, "name": study.name, "bonuses": rows,
             "currency": study.currency, "reason": reason.strip(), "amount_cents": total},
            token=request_key))


def queue_message(wb: Workbench, account: AccountInfo, study: StudyInfo,
                  participant_ids: Sequence[str], body: str) -> ActionInfo:
    ids = list(dict.fromkeys(p.strip() for p in participant_ids if p.strip()))
    if not ids:
        raise OutboxError(translate("ProlificService", "no participants given"))
    if not body.strip():
        raise OutboxError(translate("ProlificService", "the message is empty"))
    return _study_action(wb, account, study, ActionKind.PROLIFIC_MESSAGE,
                         {"participant_ids": ids, "body": body.strip()})


def ensure_block_group(wb: Workbench, account: AccountInfo) -> str:
    """The account's block-list participant group, created on Prolific the first time."""
    account = _refresh(wb, account)
    group = account.options.get(BLOCK_GROUP_OPTION)
    if group:
        return str(group)
    with connect(wb, account) as client:
        made = client.create_participant_group(
            f"Blocked by the workbench ({account.name})",
            workspace_id=account.options.get(WORKSPACE_OPTION) or None)
    with wb.store.session(write=True) as session:
        row = session.get(Account, account.id)
        assert row is not None
        options = dict(row.options or {})
        options.setdefault(BLOCK_GROUP_OPTION, str(made["id"]))
        row.options = options
        return str(options[BLOCK_GROUP_OPTION])


def queue_block(wb: Workbench, account: AccountInfo, participant_id: str, *, reason: str,
                unblock: bool = False) -> ActionInfo:
    """Queue adding (or removing) a participant to the account's block-list group."""
    _require_prolific(account)
    participant_id = participant_id.strip()
    if not participant_id:
        raise OutboxError(translate("ProlificService", "no participant given"))
    if not unblock and not reason.strip():
        raise OutboxError(translate("ProlificService", "a block needs a reason"))
    group = ensure_block_group(wb, account)
    key = block_key(account.id, participant_id)
    kind = ActionKind.PROLIFIC_UNBLOCK if unblock else ActionKind.PROLIFIC_BLOCK
    try:
        with wb.store.session(write=True) as session:
            return action_info(queue_action(session, wb, account, kind, participant_id,
                                            {"group_id": group, "reason": reason.strip()},
                                            key=key))
    except IntegrityError:
        raise AlreadyDecided(translate("ProlificService", "participant {who} already has a "
                                       "queued block or unblock").format(who=participant_id)
                             ) from None


# -- the session → assignment map ---------------------------------------------------------

def record_session_assignments(wb: Workbench, account: AccountInfo, *, session_id: str,
                               study_id: str, participant_id: str,
                               assignment_ids: Iterable[str]) -> int:
    """Note which assignments a participant worked in one Prolific session; how many new."""
    added = 0
    with wb.store.session(write=True) as session:
        for assignment_id in dict.fromkeys(assignment_ids):
            known = session.scalar(select(ProlificSessionAssignment).where(
                ProlificSessionAssignment.account_id == account.id,
                ProlificSessionAssignment.assignment_id == assignment_id))
            if known is not None:
                if known.session_id != session_id:
                    raise OutboxError(translate(
                        "ProlificService", "assignment {assignment} belongs to session "
                        "{other}, not {session}").format(assignment=assignment_id,
                                                         other=known.session_id,
                                                         session=session_id))
                continue
            session.add(ProlificSessionAssignment(
                account_id=account.id, session_id=session_id, study_id=study_id,
                participant_id=participant_id, assignment_id=assignment_id,
                recorded_at=wb.clock()))
            added += 1
    return added


# -- the worker site: studies it serves, sessions it recorded, decisions it shows ------------

SITE_SEQ_KEY = "prolific.site_seq"
DECIDED = {SubmissionStatus.APPROVED.value: "Approved",
           SubmissionStatus.REJECTED.value: "Rejected"}


def site_of(wb: Workbench, account: AccountInfo) -> ProlificSite:
    """The marketplace side of the account's worker site."""
    return ProlificSite(wb.market_engine(account.options.get("market_url")), clock=wb.clock)


def mark_requester(wb: Workbench, account: AccountInfo) -> None:
    """Tell the account's marketplace that Prolific pays its participants (never it)."""
    _require_prolific(account)
    if account.requester_id:
        site_of(wb, account).mark_requester(account.requester_id)


def completion_url_for(account: AccountInfo, code: str) -> str:
    """Prolific's completion URL with ``code``; a stand-in's when the account points at one."""
    endpoint = (account.endpoint_url or "").rstrip("/")
    host = urlparse(endpoint).hostname or ""
    if not endpoint or host.endswith("prolific.com") or host.endswith("prolific.co"):
        return participants.completion_url(code)
    return participants.completion_url(code, endpoint)


def open_on_site(wb: Workbench, account: AccountInfo, study_key: str,
                 study_id: str | None = None) -> bool:
    """Let the worker site serve a study: its code, its batch's HITs, how many make a place.

    Called before a study is published (participants may arrive at once) and at every sync.
    Returns False when the study has no Prolific id yet.
    """
    _require_prolific(account)
    if not account.requester_id:
        raise ProlificUnavailable(translate("ProlificService", "account {name} has no "
                                            "marketplace requester").format(name=account.name))
    with wb.store.read() as session:
        row = session.scalar(select(ProlificStudy).where(
            ProlificStudy.account_id == account.id, ProlificStudy.request_key == study_key))
        if row is None:
            raise OutboxError(translate("ProlificService", "no Prolific study {study} in "
                                        "account {account}").format(study=study_key,
                                                                    account=account.name))
        study_id = study_id or row.study_id
        if not study_id:
            return False
        hit_ids: tuple[str, ...] = ()
        if row.batch_id is not None:
            hit_ids = tuple(session.scalars(select(HIT.hit_id).where(
                HIT.account_id == account.id, HIT.batch_id == row.batch_id).order_by(HIT.id)))
        opening = participants.StudyOpening(
            study_id=study_id, study_key=row.request_key, name=row.name,
            completion_code=row.completion_code,
            completion_url=completion_url_for(account, row.completion_code),
            hits_per_place=max(1, row.hits_per_place), hit_ids=hit_ids,
            open=row.status != StudyStatus.COMPLETED.value)
    site_of(wb, account).open_study(account.requester_id, opening)
    return True


def copy_site_sessions(wb: Workbench, account: AccountInfo) -> int:
    """Copy the sessions the worker site recorded since the last copy; assignments added."""
    _require_prolific(account)
    if not account.requester_id:
        return 0
    with wb.store.read() as session:
        state = session.get(SyncState, (account.id, SITE_SEQ_KEY))
        after = int((state.value or {}).get("seq", 0)) if state is not None else 0
    records = site_of(wb, account).session_records(account.requester_id, after)
    if not records:
        return 0
    added = 0
    now = wb.clock()
    with wb.store.session(write=True) as session:
        ids = [a for r in records for a in r.assignment_ids]
        known = {a: s for a, s in session.execute(
            select(ProlificSessionAssignment.assignment_id, ProlificSessionAssignment.session_id)
            .where(ProlificSessionAssignment.account_id == account.id,
                   ProlificSessionAssignment.assignment_id.in_(ids)))}
        for record in records:
            for assignment_id in record.assignment_ids:
                if assignment_id in known:
                    continue  # the site never moves an assignment to another session
                session.add(ProlificSessionAssignment(
                    account_id=account.id, session_id=record.session_id,
                    study_id=record.study_id, participant_id=record.participant_id,
                    assignment_id=assignment_id, recorded_at=now))
                known[assignment_id] = record.session_id
                added += 1
        state = session.get(SyncState, (account.id, SITE_SEQ_KEY))
        if state is None:
            session.add(SyncState(account_id=account.id, key=SITE_SEQ_KEY,
                                  value={"seq": records[-1].seq}))
        else:
            state.value = {"seq": max(records[-1].seq, int((state.value or {}).get("seq", 0)))}
    return added


def carry_decisions_to_site(wb: Workbench, account: AccountInfo) -> int:
    """Show Prolific's decisions on the site's assignments (paying nothing there).

    The local pull reads the marketplace's statuses; without this, each sync would set the
    assignments of a decided submission back to Submitted until the Prolific pull ran again.
    """
    _require_prolific(account)
    if not account.requester_id:
        return 0
    with wb.store.read() as session:
        rows = session.execute(
            select(Assignment.assignment_id, ProlificSubmission.status,
                   Assignment.approval_time, Assignment.rejection_time,
                   Assignment.requester_feedback)
            .join(ProlificSessionAssignment,
                  (ProlificSessionAssignment.assignment_id == Assignment.assignment_id)
                  & (ProlificSessionAssignment.account_id == Assignment.account_id))
            .join(ProlificSubmission,
                  (ProlificSubmission.submission_id == ProlificSessionAssignment.session_id)
                  & (ProlificSubmission.account_id == Assignment.account_id))
            .where(Assignment.account_id == account.id,
                   ProlificSubmission.status.in_(list(DECIDED)))).all()
    now = wb.clock()
    decisions = {assignment_id: (DECIDED[status], approved or rejected or now, feedback)
                 for assignment_id, status, approved, rejected, feedback in rows}
    if not decisions:
        return 0
    return site_of(wb, account).record_decisions(account.requester_id, decisions)


def prepare_pull(wb: Workbench, account: AccountInfo) -> None:
    """Before the local pull of a Prolific account: the site shows Prolific's decisions."""
    mark_requester(wb, account)
    carry_decisions_to_site(wb, account)


# -- sync ------------------------------------------------------------------------------------

@dataclass
class ProlificPullReport:
    studies: int = 0
    submissions: int = 0
    changed: int = 0
    mapped: int = 0
    # Assignments the worker site recorded for sessions, copied to the store.
    recorded: int = 0
    # Assignments whose Prolific decision was written onto the site's marketplace.
    carried: int = 0


def pull_prolific(wb: Workbench, account: AccountInfo, client: ProlificClient | None = None,
                  *, progress: Progress = no_progress) -> ProlificPullReport:
    """Bring the account's studies and their submissions into the store."""
    _require_prolific(account)
    report = ProlificPullReport()
    own = client is None
    client = client or connect(wb, account)
    try:
        _pull(wb, account, client, report, progress)
    except ProlificError as exc:
        raise ProlificUnavailable(translate("ProlificService", "Prolific: {reason}").format(
            reason=exc)) from exc
    finally:
        if own:
            client.close()
    return report


def _pull(wb: Workbench, account: AccountInfo, client: ProlificClient,
          report: ProlificPullReport, progress: Progress) -> None:
    mark_requester(wb, account)
    report.recorded = copy_site_sessions(wb, account)
    with wb.store.read() as session:
        studies = [(s.id, s.study_id) for s in session.scalars(select(ProlificStudy).where(
            ProlificStudy.account_id == account.id, ProlificStudy.study_id.is_not(None)))]
    for number, (row_id, study_id) in enumerate(studies, 1):
        assert study_id is not None
        progress(number - 1, len(studies), translate("ProlificService",
                                                     "Fetching Prolific submissions"))
        study = client.get_study(study_id)
        submissions = client.list_submissions(study_id)
        report.studies += 1
        report.submissions += len(submissions)
        with wb.store.session(write=True) as session:
            row = session.get(ProlificStudy, row_id)
            assert row is not None
            row.status = str(study.get("status") or row.status)
            row.total_places = int(study.get("total_available_places")
                                   or row.total_places)
            row.synced_at = wb.clock()
            changed, mapped = _merge_submissions(session, wb, account, row, submissions)
            report.changed += changed
            report.mapped += mapped
            key = row.request_key
        open_on_site(wb, account, key)
    report.carried = carry_decisions_to_site(wb, account)
    workspace = account.options.get(WORKSPACE_OPTION)
    if workspace:
        balance = client.workspace_balance(str(workspace))
        with wb.store.session(write=True) as session:
            acc = session.get(Account, account.id)
            assert acc is not None
            acc.balance_cents = int(balance.get("available_balance") or 0)
            acc.balance_checked_at = wb.clock()
            acc.last_synced_at = wb.clock()


def _merge_submissions(session: Session, wb: Workbench, account: AccountInfo,
                       study: ProlificStudy, submissions: list[Submission]) -> tuple[int, int]:
    now = wb.clock()
    known = {s.submission_id: s for s in session.scalars(select(ProlificSubmission).where(
        ProlificSubmission.account_id == account.id,
        ProlificSubmission.study_id == study.study_id))}
    changed = mapped = 0
    for item in submissions:
        row = known.get(item.id)
        if row is None:
            row = ProlificSubmission(account_id=account.id, study_id=str(study.study_id),
                                     submission_id=item.id, participant_id=item.participant_id,
                                     status=item.status, bonus_payments=[])
            session.add(row)
            changed += 1
        elif row.status != item.status:
            changed += 1
        row.started_at = item.started_at
        row.completed_at = item.completed_at
        row.study_code = item.study_code
        row.return_requested_at = item.return_requested
        row.synced_at = now
        session.flush()
        mapped += _map_by_participant(session, account, study, item, now)
        mirror_submission_status(session, account.id, item.id, item.status, now)
    return changed, mapped


def _map_by_participant(session: Session, account: AccountInfo, study: ProlificStudy,
                        item: Submission, now: datetime) -> int:
    """Without the site's record, a participant's assignments of the study's batch are theirs.

    Only when nothing is recorded for the session yet, the study belongs to a batch, and the
    participant has exactly this one submission in the study (so it is not a guess).
    """
    if study.batch_id is None or session.scalar(select(ProlificSessionAssignment.id).where(
            ProlificSessionAssignment.account_id == account.id,
            ProlificSessionAssignment.session_id == item.id).limit(1)) is not None:
        return 0
    theirs = session.scalars(select(ProlificSubmission.submission_id).where(
        ProlificSubmission.account_id == account.id,
        ProlificSubmission.study_id == study.study_id,
        ProlificSubmission.participant_id == item.participant_id)).all()
    if len(theirs) != 1:
        return 0
    assignment_ids = session.scalars(
        select(Assignment.assignment_id).join(HIT, HIT.id == Assignment.hit_pk)
        .where(Assignment.account_id == account.id, HIT.batch_id == study.batch_id,
               Assignment.worker_id == item.participant_id)
        .where(Assignment.assignment_id.not_in(select(
            ProlificSessionAssignment.assignment_id).where(
                ProlificSessionAssignment.account_id == account.id)))).all()
    for assignment_id in assignment_ids:
        session.add(ProlificSessionAssignment(
            account_id=account.id, session_id=item.id, study_id=str(study.study_id),
            participant_id=item.participant_id, assignment_id=assignment_id, recorded_at=now))
    session.flush()
    return len(assignment_ids)


def submissions_of(wb: Workbench, account: AccountInfo, study: StudyInfo | None = None,
                   status: str | None = None) -> list[ProlificSubmissionInfo]:
    """The mirrored submissions (of one study, of one status), with their assignments."""
    with wb.store.read() as session:
        query = select(ProlificSubmission).where(ProlificSubmission.account_id == account.id)
        if study is not None:
            query = query.where(ProlificSubmission.study_id == study.study_id)
        if status:
            query = query.where(ProlificSubmission.status == status)
        rows = list(session.scalars(query.order_by(ProlificSubmission.started_at,
                                                   ProlificSubmission.id)))
        sessions: dict[str, list[str]] = {}
        for session_id, assignment_id in session.execute(
                select(ProlificSessionAssignment.session_id,
                       ProlificSessionAssignment.assignment_id)
                .where(ProlificSessionAssignment.account_id == account.id)
                .order_by(ProlificSessionAssignment.id)):
            sessions.setdefault(session_id, []).append(assignment_id)
        return [ProlificSubmissionInfo(r.submission_id, r.study_id, r.participant_id, r.status,
                                       r.completed_at is not None, r.study_code,
                                       tuple(int(c) for c in r.bonus_payments or []),
                                       tuple(sessions.get(r.submission_id, [])))
                for r in rows]


@dataclass(frozen=True)
class ProlificSubmissionInfo:
    """A mirrored submission and the assignments its session worked."""

    submission_id: str
    study_id: str
    participant_id: str
    status: str
    completed: bool
    study_code: str | None
    bonus_payments: tuple[int, ...]
    assignment_ids: tuple[str, ...]


def submissions_for_assignments(wb: Workbench, account: AccountInfo,
                                assignment_ids: Iterable[str]) -> dict[str, str]:
    """assignment id → the submission (session) that worked it, for those that have one."""
    ids = list(assignment_ids)
    with wb.store.read() as session:
        return {a: s for a, s in session.execute(
            select(ProlificSessionAssignment.assignment_id, ProlificSessionAssignment.session_id)
            .where(ProlificSessionAssignment.account_id == account.id,
                   ProlificSessionAssignment.assignment_id.in_(ids)))}

