"""The API key an ``endpoint`` account signs with: checked, stored, rotated, never in the store.

A hosted site's keys are made on the server (``workbench serve-keys``); the client side
keeps its pair in the AWS shared credentials file (``~/.aws/credentials``, or wherever
``AWS_SHARED_CREDENTIALS_FILE`` points), under a profile named for the account, readable by
its owner only: boto3 reads it natively, so scripts use the same profile. The account is
pointed at that profile through the settings (as the Settings dialog does), not the store,
which may be shared by several people with keys of their own. The OS keyring was weighed
and not taken: on Linux it needs a running Secret Service, which servers, containers and
CI lack, and boto3 cannot read it without a helper process of ours.

A key is checked with a signed call before it is stored, so a typo never replaces a key
that works. Rotation: the server adds a new key (both work), the account switches to it,
the server removes the old one, and a last signed call confirms that it is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.text import translate
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.workforce import (
    HostedSite,
    KeyRefused,
    RemoteWorkforce,
    WorkforceError,
    account_profile,
)

PROFILE_PREFIX = "workbench-"
_ACCESS = re.compile(r"aws_access_key_id\s*[=:]\s*([A-Za-z0-9]{16,128})")
_SECRET = re.compile(r"aws_secret_access_key\s*[=:]\s*(\S{16,128})")
_ACCESS_SHAPE = re.compile(r"^[A-Z0-9]{16,128}$")


class ApiKeyError(WorkforceError):
    """A key pair that cannot be used or stored; the message says why."""


@dataclass(frozen=True)
class KeyPair:
    """An access key id and its secret (the secret never shown or logged)."""

    access_key_id: str
    secret_access_key: str

    def __repr__(self) -> str:
        return f"KeyPair({self.access_key_id!r})"

    def credentials(self) -> dict[str, str]:
        return {"aws_access_key_id": self.access_key_id,
                "aws_secret_access_key": self.secret_access_key}


@dataclass(frozen=True)
class StoredKey:
    """Where a key was stored: the profile and the credentials file."""

    profile: str
    path: Path
    access_key_id: str


def profile_for(account_name: str) -> str:
    """The AWS profile named for an account: "workbench-hosted-site"."""
    slug = re.sub(r"[^a-z0-9]+", "-", account_name.lower()).strip("-") or "account"
    return PROFILE_PREFIX + slug[:60]


def credentials_path() -> Path:
    """The AWS shared credentials file boto3 reads (its own rule, environment included)."""
    import botocore.session

    configured = botocore.session.Session().get_config_variable("credentials_file")
    return Path(str(configured or "~/.aws/credentials")).expanduser()


def parse_key_pair(text: str, secret: str | None = None) -> KeyPair:
    """A pair from what ``serve-keys`` printed, or an access key id and a secret typed apart."""
    access = _ACCESS.search(text)
    found_secret = _SECRET.search(text)
    if access and found_secret:
        pair = KeyPair(access.group(1), found_secret.group(1))
    elif secret is not None and text.strip():
        pair = KeyPair(text.strip(), secret.strip())
    else:
        raise ApiKeyError(translate(
            "ApiKeys", "paste both lines the server printed (aws_access_key_id = … and "
            "aws_secret_access_key = …)"))
    if not _ACCESS_SHAPE.match(pair.access_key_id):
        raise ApiKeyError(translate(
            "ApiKeys", "{text} is not an access key id (16 or more capital letters and "
            "digits, e.g. AKWB…)").format(text=repr(pair.access_key_id[:30])))
    if not 16 <= len(pair.secret_access_key) <= 128 or any(
            c.isspace() for c in pair.secret_access_key):
        raise ApiKeyError(translate(
            "ApiKeys", "the secret access key is 16 to 128 characters without spaces"))
    return pair


def current_pair(account: AccountInfo) -> KeyPair | None:
    """The pair the account signs with now (from its profile or the AWS chain), if any."""
    import boto3

    try:
        found = boto3.Session(profile_name=account_profile(account)).get_credentials()
    except Exception:  # a profile that is gone, or an unreadable file: no key
        return None
    if found is None:
        return None
    frozen = found.get_frozen_credentials()
    if not frozen.access_key or not frozen.secret_key:
        return None
    return KeyPair(frozen.access_key, frozen.secret_key)


def check_key(account: AccountInfo, pair: KeyPair) -> HostedSite:
    """The hosted site as this pair sees it: a signed call the server must accept."""
    return RemoteWorkforce.connect(account, credentials=pair.credentials()).site()


def key_refused(account: AccountInfo, pair: KeyPair) -> bool:
    """Whether the server refuses this pair (True once it has been removed there)."""
    try:
        check_key(account, pair)
    except KeyRefused:
        return True
    return False


def store_key(wb: Workbench, account: AccountInfo, pair: KeyPair, *,
              path: Path | None = None) -> StoredKey:
    """Keep ``pair`` under the account's profile and make the account sign with it."""
    from workbench.formats.private_ini import locked, read_text, replace_section, write_private
    from workbench.services.settings import load_settings, save_settings

    path = path or credentials_path()
    profile = profile_for(account.name)
    try:
        with locked(path):
            text = read_text(path)
            write_private(path, replace_section(text, profile, [
                ("aws_access_key_id", pair.access_key_id),
                ("aws_secret_access_key", pair.secret_access_key)]))
    except (OSError, TimeoutError) as exc:
        raise ApiKeyError(translate("ApiKeys", "cannot write {path}: {reason}").format(
            path=path, reason=getattr(exc, "strerror", None) or exc)) from None
    settings = load_settings()
    if settings.aws_profiles.get(account.name) != profile:
        settings.aws_profiles = {**settings.aws_profiles, account.name: profile}
        save_settings(settings)
    with wb.store.session(write=True) as session:
        record(session, actor=wb.actor, event="account.api_key", subject=account.name,
               account_id=account.id, access_key_id=pair.access_key_id, profile=profile)
    return StoredKey(profile, path, pair.access_key_id)
