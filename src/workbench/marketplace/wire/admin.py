"""Managing your own workers over the signed API: ``X-Amz-Target: WorkbenchAdminV1.<Op>``.

MTurk's API has no operation for a requester's own workforce, so these live beside it under
a prefix of their own rather than MTurk's ``MTurkRequesterServiceV20170117``: a name MTurk
could never take, that no SDK's MTurk model knows (boto3 refuses to send it by mistake),
and that access logs and proxies can tell apart at a glance. They are described by a
botocore service model (``models/workbench-admin``) exactly as MTurk's operations are by
botocore's: the server validates every request against it and writes every response from
it, and the client (``workbench.services.workforce.RemoteWorkforce``, or any boto3 script
that adds the model's folder to its search path) is a boto3 client of that model. The
same keys sign both (SigV4, service ``mturk-requester``); nothing of the worker site's
sessions or cookies reaches these operations.

Every value is checked as the window checks it (``workbench.domain.locales``); a refusal is
MTurk's ``RequestError`` with a ``TurkErrorCode`` of our own (``Workbench.<Code>``).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from botocore.model import ServiceModel
from sqlalchemy import Engine

from workbench import __version__
from workbench.domain.clock import Clock, as_utc, utcnow
from workbench.domain.ids import InvalidWorkerId, check_worker_id
from workbench.domain.locales import (
    WorkforceError,
    country_code,
    email_address,
    language_tag,
    subdivision_code,
    worker_name,
)
from workbench.domain.qualifications import LOCALE_ID, check_requirement
from workbench.marketplace.local.core import exceeded_maximum
from workbench.marketplace.local.invitations import (
    UNCHANGED,
    InvitationError,
    Invitations,
    Profile,
    WorkerRecord,
)
from workbench.marketplace.wire.protocol import Operation, WireError, unknown_operation

ADMIN_SERVICE = "workbench-admin"
MODELS_FOLDER = Path(__file__).with_name("models")
ERROR_PREFIX = "Workbench."
MAX_RESULTS = 100
STATES = {"invited": "Invited", "signed in": "SignedIn", "revoked": "Revoked"}


@cache
def admin_model() -> ServiceModel:
    """The botocore model of the administration operations."""
    folder = MODELS_FOLDER / ADMIN_SERVICE
    version = max(p.name for p in folder.iterdir() if p.is_dir())
    with (folder / version / "service-2.json").open(encoding="utf-8") as stream:
        return ServiceModel(json.load(stream), service_name=ADMIN_SERVICE)


@cache
def admin_prefix() -> str:
    """``WorkbenchAdminV1``: what ``X-Amz-Target`` starts with for these operations."""
    return str(admin_model().metadata["targetPrefix"])


def admin_operation(target: str) -> Operation | None:
    """The administration operation an ``X-Amz-Target`` names; None for another prefix."""
    prefix, _, name = target.partition(".")
    if prefix != admin_prefix():
        return None
    if name not in admin_model().operation_names:
        raise unknown_operation(target)
    return Operation(name, admin_model().operation_model(name))


def is_admin(operation: Operation) -> bool:
    return operation.model.service_model.service_name == ADMIN_SERVICE


def refused(code: str, message: str) -> WireError:
    """A request refused outright (nothing done), as MTurk's RequestError."""
    return WireError(400, "RequestError", message, {"TurkErrorCode": ERROR_PREFIX + code})


@dataclass(frozen=True)
class Site:
    """What a response says about the worker site: its address and whether it is served."""

    url: str
    served: bool


def _worker(record: WorkerRecord) -> dict[str, Any]:
    state = "revoked" if record.revoked_at is not None else (
        "signed in" if record.last_sign_in is not None else "invited")
    found: dict[str, Any] = {
        "WorkerId": record.worker_id, "Name": record.display_name, "Email": record.email,
        "Country": record.country, "Subdivision": record.subdivision,
        "Language": record.language, "CountryAssumed": record.country_assumed,
        "State": STATES[state], "InvitedAt": _utc(record.invited_at),
        "LastSignInAt": _utc(record.last_sign_in), "RevokedAt": _utc(record.revoked_at)}
    return {k: v for k, v in found.items() if v is not None}


def _utc(moment: datetime | None) -> datetime | None:
    return as_utc(moment) if moment is not None else None


def _link(site: Site, token: str) -> str:
    return f"{site.url.rstrip('/')}/sign-in#{token}"


class WorkerAdmin:
    """The administration operations of one requester on one marketplace database."""

    def __init__(self, engine: Engine, requester_id: str, *, clock: Clock = utcnow) -> None:
        self.requester_id = requester_id
        self.invitations = Invitations(engine, clock=clock)
        self._operations: dict[str, Callable[[dict[str, Any], Site], dict[str, Any]]] = {
            "InviteWorkers": self.invite_workers, "ResendInvitation": self.resend_invitation,
            "ListWorkers": self.list_workers, "RevokeInvitations": self.revoke_invitations,
            "UpdateWorker": self.update_worker,
            "GetRequirementReach": self.get_requirement_reach,
            "GetWorkerSite": self.get_worker_site}

    def call(self, name: str, params: dict[str, Any], site: Site) -> dict[str, Any]:
        """Run an operation whose request the model has already validated."""
        # botocore's validator checks minimums only; maximums are checked as MTurk does.
        problem = exceeded_maximum(params, admin_model().operation_model(name).input_shape)
        if problem:
            raise refused("ParameterOutOfRange", problem)
        try:
            return self._operations[name](params, site)
        except (WorkforceError, InvalidWorkerId, InvitationError) as exc:
            raise refused("InvalidParameterValue", _sentence(str(exc))) from None

    # -- the operations -----------------------------------------------------------------------

    def invite_workers(self, params: dict[str, Any], site: Site) -> dict[str, Any]:
        entries: list[tuple[str | None, Profile]] = []
        seen: dict[str, int] = {}
        for index, given in enumerate(params["Workers"]):
            where = f"Workers[{index}]"
            worker_id = self._worker_id(given.get("WorkerId"), where) \
                if given.get("WorkerId") is not None else None
            try:
                country = country_code(given["Country"])
                profile = Profile(display_name=worker_name(given.get("Name")),
                                  email=email_address(given.get("Email")), country=country,
                                  subdivision=subdivision_code(country, given.get("Subdivision")),
                                  language=language_tag(given.get("Language")))
            except WorkforceError as exc:
                raise refused("InvalidParameterValue", f"{where}: {_sentence(str(exc))}"
                              ) from None
            # The same worker twice in one request would leave only the second link working.
            for key in (worker_id, (profile.email or "").lower() or None):
                if key is not None and seen.setdefault(key, index) != index:
                    raise refused("InvalidParameterValue",
                                  f"{where}: {key} is given for Workers[{seen[key]}] too.")
            entries.append((worker_id, profile))
        issued = self.invitations.invite_many(entries, invited_by=self.requester_id)
        records = self._records({i.worker_id for i in issued})
        return {"SiteUrl": site.url, "Invitations": [
            {"Worker": _worker(records[i.worker_id]), "SignInToken": i.token,
             "SignInUrl": _link(site, i.token)} for i in issued]}

    def resend_invitation(self, params: dict[str, Any], site: Site) -> dict[str, Any]:
        worker_id = self._worker_id(params["WorkerId"], "WorkerId")
        self._existing(worker_id)
        issued = self.invitations.invite_many([(worker_id, Profile())],
                                              invited_by=self.requester_id)[0]
        record = self._records({worker_id})[worker_id]
        return {"SiteUrl": site.url, "Invitation": {
            "Worker": _worker(record), "SignInToken": issued.token,
            "SignInUrl": _link(site, issued.token)}}

    def list_workers(self, params: dict[str, Any], site: Site) -> dict[str, Any]:
        records = self.invitations.workers(include_revoked=bool(params.get("IncludeRevoked")))
        size = min(MAX_RESULTS, int(params.get("MaxResults") or MAX_RESULTS))
        start = 0
        if params.get("NextToken"):
            after = _read_token(str(params["NextToken"]))
            # Keyset: the first worker listed after the last one of the previous page, so
            # workers invited meanwhile (they come first) do not shift the pages.
            order = [_sort_key(r) for r in records]
            start = next((i for i, key in enumerate(order) if key > after), len(records))
        page = records[start:start + size]
        result: dict[str, Any] = {"Workers": [_worker(r) for r in page],
                                  "NumResults": len(page)}
        if start + size < len(records):
            result["NextToken"] = _write_token(_sort_key(page[-1]))
        return result

    def revoke_invitations(self, params: dict[str, Any], site: Site) -> dict[str, Any]:
        ids = list(dict.fromkeys(self._worker_id(w, "WorkerIds") for w in params["WorkerIds"]))
        revoked: list[str] = []
        unknown: list[str] = []
        for worker_id in ids:
            (revoked if self.invitations.revoke(worker_id) else unknown).append(worker_id)
        return {"Revoked": revoked, "Unknown": unknown}

    def update_worker(self, params: dict[str, Any], site: Site) -> dict[str, Any]:
        worker_id = self._worker_id(params["WorkerId"], "WorkerId")
        fields = ("Name", "Email", "Country", "Subdivision", "Language")
        if all(params.get(name) is None for name in fields):
            raise refused("InvalidParameterValue", "Nothing to change: give a Country, "
                          "Subdivision, Language, Name or Email.")
        current = self._existing(worker_id)
        country = country_code(params["Country"]) if params.get("Country") is not None \
            else None
        subdivision: Any = UNCHANGED
        if params.get("Subdivision") is not None:
            subdivision = subdivision_code(country or current.country, params["Subdivision"])
        language: Any = UNCHANGED
        if params.get("Language") is not None:
            language = language_tag(params["Language"])
        email = (email_address(params["Email"]) or "") if params.get("Email") is not None \
            else None
        name = worker_name(params["Name"]) if params.get("Name") is not None else None
        record = self.invitations.set_profile(worker_id, Profile(
            display_name=name, email=email, country=country, subdivision=subdivision,
            language=language))
        return {"Worker": _worker(record)}

    def get_requirement_reach(self, params: dict[str, Any], site: Site) -> dict[str, Any]:
        requirements: Sequence[Mapping[str, Any]] = params["QualificationRequirements"]
        for index, requirement in enumerate(requirements):
            problem = check_requirement(requirement)
            if problem:
                raise refused("InvalidParameterValue",
                              f"QualificationRequirements[{index}]: {_sentence(problem)}")
        known, each, everyone = self.invitations.reach(requirements)
        assumed = sum(1 for w in self.invitations.workers() if w.country_assumed) \
            if any(r.get("QualificationTypeId") == LOCALE_ID for r in requirements) else 0
        return {"InvitedWorkers": known, "MeetingEach": each, "MeetingAll": everyone,
                "AssumedCountries": assumed}

    def get_worker_site(self, params: dict[str, Any], site: Site) -> dict[str, Any]:
        return {"SiteUrl": site.url, "SiteServed": site.served, "ServerVersion": __version__,
                "ActiveWorkers": len(self.invitations.workers())}

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _worker_id(text: str, where: str) -> str:
        try:
            return check_worker_id(str(text).upper())
        except InvalidWorkerId as exc:
            raise refused("InvalidParameterValue", f"{where}: {_sentence(str(exc))}") from None

    def _existing(self, worker_id: str) -> WorkerRecord:
        found = self._records({worker_id}).get(worker_id)
        if found is None:
            raise refused("WorkerDoesNotExist", f"There is no invited worker {worker_id}.")
        return found

    def _records(self, worker_ids: set[str]) -> dict[str, WorkerRecord]:
        return {r.worker_id: r for r in self.invitations.workers(include_revoked=True)
                if r.worker_id in worker_ids}


def _sort_key(record: WorkerRecord) -> tuple[float, str]:
    """The list's order as one comparable key: newest invitation first, then the id."""
    invited = as_utc(record.invited_at).timestamp() if record.invited_at else 0.0
    return (-invited, record.worker_id)


def _write_token(key: tuple[float, str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key)).encode()).decode()


def _read_token(token: str) -> tuple[float, str]:
    try:
        moment, worker_id = json.loads(base64.urlsafe_b64decode(token.encode()).decode())
        return (float(moment), str(worker_id))
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise refused("InvalidNextToken", "The NextToken is not valid.") from None


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
