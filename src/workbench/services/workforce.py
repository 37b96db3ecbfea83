"""Your own workforce: invite workers, list them, revoke them, set where they live and read.

One function per operation, each with validated inputs and a typed result; the window and
the command line both call these, never the marketplace's tables. A ``Workforce`` is the
marketplace side of it: a local account's marketplace (``LocalWorkforce``), or a hosted
site's over its signed administration API (``RemoteWorkforce``, for an ``endpoint``
account), with the same operations and results.

Countries, subdivisions and languages are checked by ``workbench.domain.locales`` (the
server's administration API checks them with the same functions).
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal, Protocol

from workbench.domain.locales import (
    WorkforceError,
    country_code,
    email_address,
    language_tag,
    subdivision_code,
    worker_name,
)
from workbench.domain.qualifications import LOCALE_ID, check_requirement
from workbench.domain.text import translate
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench

State = Literal["invited", "signed in", "revoked"]
UNCHANGED: Any = object()  # a profile field a change leaves as it is
CSV_COLUMNS = ("name", "email", "country", "language")  # subdivision is optional too
# Languages offered first in the window (any other BCP 47 tag can be typed).
COMMON_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "pt-BR", "nl", "pl", "ru", "uk", "tr",
                    "ar", "hi", "bn", "ur", "fa", "zh-Hans", "zh-Hant", "ja", "ko", "vi",
                    "th", "id", "ms", "fil", "sw")


@dataclass(frozen=True)
class WorkerProfile:
    """Where a worker lives and what they read (validated)."""

    country: str
    subdivision: str | None = None
    language: str | None = None

    @property
    def locale(self) -> str:
        """"DE" or "DE-BY", as a Location requirement writes it."""
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country


@dataclass(frozen=True)
class NewWorker:
    """A worker to invite (validated by ``new_worker``)."""

    name: str
    email: str | None
    profile: WorkerProfile


@dataclass(frozen=True)
class Worker:
    """A worker of your workforce, as the requester sees them (never with a token)."""

    worker_id: str
    name: str
    email: str | None
    country: str
    subdivision: str | None
    language: str | None
    country_assumed: bool  # invited before a country could be given: counted as in the US
    state: State
    invited_at: datetime | None
    last_sign_in: datetime | None
    revoked_at: datetime | None

    @property
    def locale(self) -> str:
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country

    @property
    def active(self) -> bool:
        return self.state != "revoked"


@dataclass(frozen=True)
class InvitedWorker:
    """A new invitation: the worker and their secret sign-in token, shown only now."""

    worker: Worker
    token: str
    site_url: str | None = None  # where a hosted site says its worker site is

    def link(self, base_url: str | None = None) -> str:
        """The sign-in link: the token rides in the fragment, which browsers never send.

        ``base_url`` is the worker site's address; without it, the one the site gave.
        """
        base = base_url or self.site_url
        if not base:
            raise WorkforceError(translate(
                "Workforce", "the worker site's address is not known: give it"))
        return f"{base.rstrip('/')}/sign-in#{self.token}"


class WorkforceUnavailable(WorkforceError):
    """A hosted site that cannot be reached, or that refuses the account's key."""


class KeyRefused(WorkforceUnavailable):
    """A hosted site that does not accept the key the account signs with."""


class InvitedInPart(WorkforceError):
    """Some of the workers were invited before the rest failed: their links are in ``issued``."""

    def __init__(self, message: str, issued: Sequence[InvitedWorker]) -> None:
        super().__init__(message)
        self.issued = list(issued)


@dataclass(frozen=True)
class RevokeResult:
    """Whose access ended, and which ids had no active invitation."""

    revoked: tuple[str, ...]
    unknown: tuple[str, ...]


@dataclass(frozen=True)
class RequirementReach:
    """How many of the known workers meet one requirement."""

    index: int
    words: str
    meeting: int


@dataclass(frozen=True)
class Reach:
    """How many known workers could accept HITs with these requirements."""

    known: int
    meeting_all: int
    requirements: tuple[RequirementReach, ...]
    assumed_countries: int = 0  # known workers whose country was never given

    @property
    def nobody(self) -> bool:
        return self.known > 0 and self.meeting_all == 0

    def warnings(self) -> list[str]:
        """What the requester must hear before publishing: who can never accept the HITs."""
        if self.known == 0:
            return []
        found = [translate(
            "Workforce", "{meeting} of {known} invited workers meet “{requirement}”.").format(
                meeting=r.meeting, known=self.known, requirement=r.words)
            for r in self.requirements if r.meeting == 0]
        if not found and self.meeting_all == 0:
            found.append(translate(
                "Workforce", "No invited worker meets all the requirements together "
                "({known} invited).").format(known=self.known))
        if found:
            found.append(translate(
                "Workforce", "Nobody you invited could accept these HITs: change the "
                "requirements, or set your workers' countries (Invite a worker…, beside "
                "\"Open to my workers\")."))
            if self.assumed_countries:
                found.append(translate(
                    "Workforce", "{count} of them were invited before a country could be "
                    "given and are counted as in the US.").format(count=self.assumed_countries))
        return found

    def summary(self) -> str:
        """One line for when everyone can be reached: "7 of 12 invited workers meet them"."""
        if self.known == 0 or not self.requirements:
            return ""
        return translate("Workforce", "{meeting} of {known} invited workers meet every "
                         "requirement.").format(meeting=self.meeting_all, known=self.known)


class Workforce(Protocol):
    """A marketplace's own workers: what ``LocalWorkforce`` and a hosted site both offer."""

    def invite(self, workers: Sequence[NewWorker], *, invited_by: str | None,
               worker_id: str | None = None) -> list[InvitedWorker]: ...

    def workers(self, *, include_revoked: bool) -> list[Worker]: ...

    def revoke(self, worker_ids: Sequence[str]) -> RevokeResult: ...

    def set_profile(self, worker_id: str, *, name: str | None, email: str | None,
                    country: str | None, subdivision: Any, language: Any) -> Worker: ...

    def reach(self, requirements: Sequence[Mapping[str, Any]]
              ) -> tuple[int, list[int], int, int]: ...

    def resend(self, worker_ids: Sequence[str]) -> list[InvitedWorker]: ...


def _pycountry() -> Any:
    import pycountry  # its databases load on first use (~30 ms each)

    return pycountry


def new_worker(*, name: str | None = "", email: str | None = None, country: str,
               subdivision: str | None = None, language: str | None = None) -> NewWorker:
    """A worker to invite, every field checked; WorkforceError says what is wrong."""
    code = country_code(country)
    return NewWorker(worker_name(name), email_address(email),
                     WorkerProfile(code, subdivision_code(code, subdivision),
                                   language_tag(language)))


def read_workers_csv(path: str | Path) -> list[NewWorker]:
    """Workers to invite from a CSV or Excel file with columns name, email, country, language
    (and optionally subdivision); every row is checked before anyone is invited."""
    from workbench.formats.inputs import InputFileError, read_input_table

    try:
        table = read_input_table(str(path))
    except (InputFileError, OSError) as exc:
        raise WorkforceError(str(exc)) from None
    columns = {c.strip().lower(): c for c in table.columns}
    missing = [c for c in ("name", "email", "country") if c not in columns]
    if missing:
        raise WorkforceError(translate(
            "Workforce", "{file} has no column {columns} (it needs name, email, country and "
            "optionally language and subdivision)").format(
                file=Path(path).name, columns=", ".join(missing)))
    found: list[NewWorker] = []
    emails: dict[str, int] = {}
    for number, row in enumerate(table.rows, start=2):  # the header is line 1

        def cell(name: str, row: Mapping[str, Any] = row) -> str:
            column = columns.get(name)
            return str(row.get(column) or "").strip() if column else ""

        try:
            worker = new_worker(name=cell("name"), email=cell("email"), country=cell("country"),
                                subdivision=cell("subdivision"), language=cell("language"))
        except WorkforceError as exc:
            raise WorkforceError(translate("Workforce", "{file}, line {line}: {problem}").format(
                file=Path(path).name, line=number, problem=exc)) from None
        if worker.email is not None:
            earlier = emails.setdefault(worker.email.lower(), number)
            if earlier != number:
                raise WorkforceError(translate(
                    "Workforce", "{file}, line {line}: {email} is on line {earlier} too").format(
                        file=Path(path).name, line=number, email=worker.email, earlier=earlier))
        found.append(worker)
    if not found:
        raise WorkforceError(translate("Workforce", "{file} lists no workers").format(
            file=Path(path).name))
    return found


# -- names for the window --------------------------------------------------------------------


@cache
def _names(domain: str, language: str) -> gettext.NullTranslations:
    try:
        return gettext.translation(domain, _pycountry().LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def country_choices(language: str = "en") -> list[tuple[str, str]]:
    """(code, name) of every ISO 3166-1 country, named in ``language``, by name."""
    names = _names("iso3166-1", language.split("-")[0].split("_")[0])
    found = [(c.alpha_2, names.gettext(getattr(c, "common_name", None) or c.name))
             for c in _pycountry().countries]
    return sorted(found, key=lambda item: item[1].casefold())


def subdivision_choices(country: str, language: str = "en") -> list[tuple[str, str]]:
    """(code without the country, name) of the ISO 3166-2 subdivisions of ``country``."""
    names = _names("iso3166-2", language.split("-")[0].split("_")[0])
    found = _pycountry().subdivisions.get(country_code=country.upper()) or []
    return sorted(((s.code.split("-", 1)[1], names.gettext(s.name)) for s in found),
                  key=lambda item: item[1].casefold())


def language_name(tag: str, language: str = "en") -> str:
    """A language tag's name in ``language`` ("de" → "German", "pt-BR" → "Portuguese (BR)")."""
    names = _names("iso639-3", language.split("-")[0].split("_")[0])
    parts = tag.split("-")
    primary = parts[0].lower()
    found = (_pycountry().languages.get(alpha_2=primary) if len(primary) == 2
             else _pycountry().languages.get(alpha_3=primary))
    name = names.gettext(found.name) if found is not None else tag
    rest = [p for p in parts[1:] if p]
    return f"{name} ({'-'.join(rest)})" if rest else name


def language_choices(language: str = "en") -> list[tuple[str, str]]:
    """(tag, name) of the languages offered first; any other BCP 47 tag may be typed."""
    return [(tag, language_name(tag, language)) for tag in COMMON_LANGUAGES]


# -- the local marketplace's workforce -------------------------------------------------------


class LocalWorkforce:
    """The workforce of a local marketplace: its invited workers and their profiles."""

    def __init__(self, engine: Any, *, clock: Any = None) -> None:
        from workbench.marketplace.local.invitations import Invitations

        self.invitations = Invitations(engine, **({"clock": clock} if clock else {}))

    def invite(self, workers: Sequence[NewWorker], *, invited_by: str | None,
               worker_id: str | None = None) -> list[InvitedWorker]:
        from workbench.marketplace.local.invitations import InvitationError, Profile

        entries = [(worker_id, Profile(display_name=w.name or None, email=w.email,
                                       country=w.profile.country,
                                       subdivision=w.profile.subdivision,
                                       language=w.profile.language)) for w in workers]
        try:
            issued = self.invitations.invite_many(entries, invited_by=invited_by)
        except InvitationError as exc:
            raise WorkforceError(str(exc)) from None
        by_id = {w.worker_id: w for w in self.workers(include_revoked=False)}
        return [InvitedWorker(by_id[i.worker_id], i.token) for i in issued]

    def workers(self, *, include_revoked: bool) -> list[Worker]:
        return [_worker(r) for r in self.invitations.workers(include_revoked=include_revoked)]

    def revoke(self, worker_ids: Sequence[str]) -> RevokeResult:
        revoked: list[str] = []
        unknown: list[str] = []
        for worker_id in worker_ids:
            (revoked if self.invitations.revoke(worker_id) else unknown).append(worker_id)
        return RevokeResult(tuple(revoked), tuple(unknown))

    def set_profile(self, worker_id: str, *, name: str | None, email: str | None,
                    country: str | None, subdivision: Any, language: Any) -> Worker:
        from workbench.marketplace.local.invitations import UNCHANGED as KEEP
        from workbench.marketplace.local.invitations import InvitationError, Profile

        profile = Profile(display_name=name, email=email, country=country,
                          subdivision=KEEP if subdivision is UNCHANGED else subdivision,
                          language=KEEP if language is UNCHANGED else language)
        try:
            return _worker(self.invitations.set_profile(worker_id, profile))
        except InvitationError as exc:
            raise WorkforceError(str(exc)) from None

    def reach(self, requirements: Sequence[Mapping[str, Any]]
              ) -> tuple[int, list[int], int, int]:
        known, each, everyone = self.invitations.reach(requirements)
        assumed = sum(1 for w in self.invitations.workers() if w.country_assumed) \
            if any(r.get("QualificationTypeId") == LOCALE_ID for r in requirements) else 0
        return known, each, everyone, assumed

    def resend(self, worker_ids: Sequence[str]) -> list[InvitedWorker]:
        from workbench.marketplace.local.invitations import InvitationError, Profile

        known = {w.worker_id for w in self.workers(include_revoked=True)}
        unknown = [w for w in worker_ids if w not in known]
        if unknown:
            raise _no_such_workers(unknown)
        try:
            issued = self.invitations.invite_many([(w, Profile()) for w in worker_ids],
                                                  invited_by=None)
        except InvitationError as exc:
            raise WorkforceError(str(exc)) from None
        by_id = {w.worker_id: w for w in self.workers(include_revoked=False)}
        return [InvitedWorker(by_id[i.worker_id], i.token) for i in issued]


def _no_such_workers(worker_ids: Sequence[str]) -> WorkforceError:
    return WorkforceError(translate(
        "Workforce", "there is no invited worker {workers}; nobody got a new link").format(
            workers=", ".join(w[:70] for w in worker_ids[:10])))


def _worker(record: Any) -> Worker:
    state: State = "revoked" if record.revoked_at is not None else (
        "signed in" if record.last_sign_in is not None else "invited")
    return Worker(record.worker_id, record.display_name, record.email, record.country,
                  record.subdivision, record.language, record.country_assumed, state,
                  record.invited_at, record.last_sign_in, record.revoked_at)


def workforce_for(wb: Workbench, account: AccountInfo) -> Workforce:
    """The workforce of an account: a local account's marketplace, or the hosted site an
    ``endpoint`` account speaks to (over its signed administration API)."""
    from workbench.domain.statuses import AccountKind

    if account.kind == AccountKind.ENDPOINT.value and account.endpoint_url:
        return RemoteWorkforce.connect(account)
    if account.kind != AccountKind.LOCAL.value or not account.requester_id:
        raise WorkforceError(translate(
            "Workforce", "{account} is not a local marketplace or a hosted site: its workers "
            "are not yours to invite").format(account=account.name))
    return LocalWorkforce(wb.market_engine(account.options.get("market_url")), clock=wb.clock)


def has_workforce(account: AccountInfo | None) -> bool:
    """Whether an account has workers of its own to invite (a local or a hosted site's)."""
    from workbench.domain.statuses import AccountKind

    return account is not None and (
        (account.kind == AccountKind.LOCAL.value and bool(account.requester_id))
        or (account.kind == AccountKind.ENDPOINT.value and bool(account.endpoint_url)))


def account_profile(account: AccountInfo) -> str | None:
    """The AWS profile that signs for an account: the Settings dialog's, else its own."""
    from workbench.services.settings import load_settings

    return load_settings().aws_profiles.get(account.name) or account.aws_profile


# -- a hosted site's workforce ---------------------------------------------------------------

INVITE_CHUNK = 500  # workers per InviteWorkers call (the model's limit)
_STATES: dict[str, State] = {"Invited": "invited", "SignedIn": "signed in",
                             "Revoked": "revoked"}


@dataclass(frozen=True)
class HostedSite:
    """What a hosted site says of itself: its worker site's address, whether it serves it."""

    url: str
    served: bool
    version: str
    active_workers: int


class RemoteWorkforce:
    """The workforce of a site run by ``workbench serve``, over its administration API.

    Every call is signed with the account's key (``WorkbenchAdminV1.<Operation>``); what
    the server refuses arrives as a WorkforceError with the server's reason.
    """

    def __init__(self, client: Any, *, name: str = "") -> None:
        self.client = client
        self.name = name or str(client.meta.endpoint_url)

    @classmethod
    def connect(cls, account: AccountInfo, *, credentials: dict[str, str] | None = None
                ) -> RemoteWorkforce:
        """The workforce of an endpoint account (its profile's key, or ``credentials``)."""
        from workbench.marketplace.mturk import ClientSettings, MarketplaceConfigError
        from workbench.marketplace.wire.admin_client import admin_client

        try:
            settings = ClientSettings.from_options(
                sandbox=False, endpoint_url=account.endpoint_url,
                profile=account_profile(account), options=account.options)
            client = admin_client(settings, credentials=credentials)
        except (MarketplaceConfigError, ValueError) as exc:
            raise WorkforceError(str(exc)) from None
        except Exception as exc:  # botocore raises many kinds for a bad profile or config
            raise WorkforceError(translate("Workforce", "cannot set up {account}: {reason}"
                                           ).format(account=account.name, reason=exc)) from None
        return cls(client, name=account.name)

    def _call(self, operation: str, **params: Any) -> dict[str, Any]:
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            NoCredentialsError,
            ParamValidationError,
        )

        from workbench.marketplace.errors import error_message, is_throttling

        try:
            result: dict[str, Any] = getattr(self.client, operation)(**params)
            return result
        except ClientError as exc:
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
            if status == 403:
                raise KeyRefused(translate(
                    "Workforce", "{site} refused the key of this account: {reason}").format(
                        site=self.name, reason=error_message(exc))) from None
            if status >= 500 or is_throttling(exc):
                raise WorkforceUnavailable(translate(
                    "Workforce", "{site} could not do it now: {reason}").format(
                        site=self.name, reason=error_message(exc))) from None
            raise WorkforceError(error_message(exc)) from None
        except NoCredentialsError:
            raise WorkforceUnavailable(translate(
                "Workforce", "no API key for {site}: create one on the server (workbench "
                "serve-keys create) and store it with Account > API key of the hosted "
                "site…").format(site=self.name)) from None
        except ParamValidationError as exc:
            raise WorkforceError(error_message(exc)) from None
        except BotoCoreError as exc:
            raise WorkforceUnavailable(translate(
                "Workforce", "cannot reach {site}: {reason}").format(
                    site=self.name, reason=error_message(exc))) from None

    def invite(self, workers: Sequence[NewWorker], *, invited_by: str | None,
               worker_id: str | None = None) -> list[InvitedWorker]:
        from workbench.domain.ids import worker_id as new_worker_id

        entries = []
        for worker in workers:
            entry: dict[str, Any] = {"Country": worker.profile.country}
            # A worker without an e-mail address gets their id here: a call repeated after a
            # lost answer then invites the same worker again, not a second one.
            chosen = worker_id or (None if worker.email else new_worker_id())
            for key, value in (("WorkerId", chosen), ("Name", worker.name),
                               ("Email", worker.email),
                               ("Subdivision", worker.profile.subdivision),
                               ("Language", worker.profile.language)):
                if value:
                    entry[key] = value
            entries.append(entry)
        issued: list[InvitedWorker] = []
        for start in range(0, len(entries), INVITE_CHUNK):
            try:
                answer = self._call("invite_workers", Workers=entries[start:start + INVITE_CHUNK])
            except WorkforceError as exc:
                if issued:
                    raise InvitedInPart(translate(
                        "Workforce", "{invited} of {count} workers were invited before this "
                        "failed: {reason}").format(invited=len(issued), count=len(entries),
                                                    reason=exc), issued) from None
                raise
            issued.extend(_invited(item, answer.get("SiteUrl"))
                          for item in answer.get("Invitations", []))
        return issued

    def resend(self, worker_ids: Sequence[str]) -> list[InvitedWorker]:
        issued: list[InvitedWorker] = []
        for worker_id in worker_ids:
            try:
                answer = self._call("resend_invitation", WorkerId=worker_id)
            except WorkforceError as exc:
                if issued:
                    raise InvitedInPart(str(exc), issued) from None
                raise
            issued.append(_invited(answer["Invitation"], answer.get("SiteUrl")))
        return issued

    def workers(self, *, include_revoked: bool) -> list[Worker]:
        found: list[Worker] = []
        params: dict[str, Any] = {"IncludeRevoked": include_revoked, "MaxResults": 100}
        while True:
            answer = self._call("list_workers", **params)
            found.extend(_remote_worker(item) for item in answer.get("Workers", []))
            token = answer.get("NextToken")
            if not token:
                return found
            params["NextToken"] = token

    def revoke(self, worker_ids: Sequence[str]) -> RevokeResult:
        revoked: list[str] = []
        unknown: list[str] = []
        for start in range(0, len(worker_ids), 100):
            answer = self._call("revoke_invitations", WorkerIds=list(worker_ids[start:start + 100]))
            revoked.extend(answer.get("Revoked", []))
            unknown.extend(answer.get("Unknown", []))
        return RevokeResult(tuple(revoked), tuple(unknown))

    def set_profile(self, worker_id: str, *, name: str | None, email: str | None,
                    country: str | None, subdivision: Any, language: Any) -> Worker:
        params: dict[str, Any] = {"WorkerId": worker_id}
        for key, value in (("Name", name), ("Email", email), ("Country", country),
                           ("Subdivision", None if subdivision is UNCHANGED else
                            subdivision or ""),
                           ("Language", None if language is UNCHANGED else language or "")):
            if value is not None:
                params[key] = value
        return _remote_worker(self._call("update_worker", **params)["Worker"])

    def reach(self, requirements: Sequence[Mapping[str, Any]]
              ) -> tuple[int, list[int], int, int]:
        answer = self._call("get_requirement_reach",
                            QualificationRequirements=[dict(r) for r in requirements])
        return (int(answer.get("InvitedWorkers", 0)), list(answer.get("MeetingEach", [])),
                int(answer.get("MeetingAll", 0)), int(answer.get("AssumedCountries", 0)))

    def site(self) -> HostedSite:
        """The hosted worker site's address and state (a signed call: it also tests the key)."""
        answer = self._call("get_worker_site")
        return HostedSite(str(answer.get("SiteUrl", "")), bool(answer.get("SiteServed")),
                          str(answer.get("ServerVersion", "")),
                          int(answer.get("ActiveWorkers", 0)))


def _remote_worker(item: Mapping[str, Any]) -> Worker:
    return Worker(str(item["WorkerId"]), str(item.get("Name") or ""), item.get("Email"),
                  str(item.get("Country") or "US"), item.get("Subdivision"),
                  item.get("Language"), bool(item.get("CountryAssumed")),
                  _STATES.get(str(item.get("State")), "invited"), item.get("InvitedAt"),
                  item.get("LastSignInAt"), item.get("RevokedAt"))


def _invited(item: Mapping[str, Any], site_url: str | None) -> InvitedWorker:
    return InvitedWorker(_remote_worker(item["Worker"]), str(item["SignInToken"]),
                         site_url or None)


# -- the operations --------------------------------------------------------------------------


def invite_worker(workforce: Workforce, *, name: str | None = "", email: str | None = None,
                  country: str | None = None, subdivision: str | None = None,
                  language: str | None = None, invited_by: str | None = None,
                  worker_id: str | None = None) -> InvitedWorker:
    """Invite one worker (a new link for an invited ``worker_id``; their old one stops)."""
    if worker_id is not None and country is None:
        if subdivision or language:
            raise WorkforceError(translate(
                "Workforce", "give the country with the subdivision or language"))
        known = {w.worker_id: w for w in workforce.workers(include_revoked=True)}
        worker = known.get(worker_id.strip().upper())
        if worker is None:
            raise WorkforceError(translate(
                "Workforce", "there is no invited worker {worker}; give a country to invite a "
                "new worker with this id").format(worker=worker_id.strip()[:70]))
        again = NewWorker(worker_name(name) or worker.name,
                          email_address(email) or worker.email,
                          WorkerProfile(worker.country, worker.subdivision, worker.language))
        issued = workforce.invite([again], invited_by=invited_by, worker_id=worker.worker_id)
        return issued[0]
    if country is None:
        country_code("")  # raises: a new worker needs a country
    assert country is not None
    made = new_worker(name=name, email=email, country=country, subdivision=subdivision,
                      language=language)
    return workforce.invite([made], invited_by=invited_by, worker_id=worker_id)[0]


def invite_workers(workforce: Workforce, workers: Sequence[NewWorker], *,
                   invited_by: str | None = None) -> list[InvitedWorker]:
    """Invite checked workers (``new_worker``, ``read_workers_csv``) all at once, or none."""
    if not workers:
        raise WorkforceError(translate("Workforce", "no workers to invite"))
    return workforce.invite(workers, invited_by=invited_by)


def resend_invitations(workforce: Workforce, worker_ids: Sequence[str]) -> list[InvitedWorker]:
    """New sign-in links for invited (or revoked) workers, profiles as they are; each one's
    earlier link stops working. An unknown id refuses the whole call, before any link."""
    ids = list(dict.fromkeys(w.strip().upper() for w in worker_ids if w.strip()))
    if not ids:
        raise WorkforceError(translate("Workforce", "name the workers to send new links to"))
    known = {w.worker_id for w in workforce.workers(include_revoked=True)}
    unknown = [w for w in ids if w not in known]
    if unknown:
        raise _no_such_workers(unknown)
    return workforce.resend(ids)


def list_workers(workforce: Workforce, *, include_revoked: bool = False) -> list[Worker]:
    """The invited workers with their country, language and state (revoked ones when asked)."""
    return workforce.workers(include_revoked=include_revoked)


def revoke_workers(workforce: Workforce, worker_ids: Sequence[str]) -> RevokeResult:
    """End workers' access: their links stop working and their sessions end. An id without
    an active invitation refuses the whole call, before anyone is revoked."""
    ids = list(dict.fromkeys(w.strip().upper() for w in worker_ids if w.strip()))
    if not ids:
        raise WorkforceError(translate("Workforce", "name the workers to revoke"))
    active = {w.worker_id for w in workforce.workers(include_revoked=False)}
    unknown = [w for w in ids if w not in active]
    if unknown:
        raise WorkforceError(translate(
            "Workforce", "no active invitation for {workers}; nobody was revoked").format(
                workers=", ".join(w[:70] for w in unknown[:10])))
    return workforce.revoke(ids)


def set_worker_profile(workforce: Workforce, worker_id: str, *, name: str | None = None,
                       email: str | None = None, country: str | None = None,
                       subdivision: Any = UNCHANGED, language: Any = UNCHANGED) -> Worker:
    """Change a worker's country, subdivision, language, name or e-mail address.

    A new country drops the old subdivision unless one is given; "" clears a subdivision or
    a language.
    """
    if all(v is None for v in (name, email, country)) and subdivision is UNCHANGED \
            and language is UNCHANGED:
        raise WorkforceError(translate(
            "Workforce", "nothing to change: give a country, subdivision, language, name or "
            "e-mail address"))
    worker_id = worker_id.strip().upper()
    current = {w.worker_id: w for w in workforce.workers(include_revoked=True)}.get(worker_id)
    if current is None:
        raise WorkforceError(translate("Workforce", "there is no invited worker {worker}").format(
            worker=worker_id[:70]))
    code = country_code(country) if country is not None else None
    if subdivision is not UNCHANGED:
        subdivision = subdivision_code(code or current.country, subdivision)
    if language is not UNCHANGED:
        language = language_tag(language)
    return workforce.set_profile(
        worker_id, name=worker_name(name) if name is not None else None,
        email=(email_address(email) or "") if email is not None else None, country=code,
        subdivision=subdivision, language=language)


def requirement_reach(workforce: Workforce, requirements: Sequence[Mapping[str, Any]],
                      names: Mapping[str, str] | None = None) -> Reach:
    """How many invited workers meet each requirement and all of them (sound ones only)."""
    from workbench.services.requirement_advice import requirement_words

    sound = [(i, dict(r)) for i, r in enumerate(requirements)
             if r.get("QualificationTypeId") and not check_requirement(r)]
    known, each, everyone, assumed = workforce.reach([r for _i, r in sound])
    return Reach(known, everyone, tuple(
        RequirementReach(index, requirement_words(requirement, names), count)
        for (index, requirement), count in zip(sound, each, strict=True)), assumed)
