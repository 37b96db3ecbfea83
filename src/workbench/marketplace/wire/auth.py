"""Who is calling: SigV4 signatures checked against the keys the server was given.

The server recomputes the signature with botocore's own SigV4 signer over exactly the
headers the client says it signed, so any AWS SDK's requests verify. Keys are read from a
file in the AWS shared-credentials format (one section per key, plus the requester the
key acts as); the secrets stay in that file and in memory, never in logs.
"""

from __future__ import annotations

import configparser
import hashlib
import hmac
import os
import re
import secrets
import stat
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from workbench.marketplace.wire.protocol import CORAL, WireError

SERVICE = "mturk-requester"
ALGORITHM = "AWS4-HMAC-SHA256"
MAX_CLOCK_SKEW = timedelta(minutes=15)
_AUTH_FIELD = re.compile(r"(\w+)=([^,\s]+)")
_DATE_FORMAT = "%Y%m%dT%H%M%SZ"


class KeysFileError(ValueError):
    """A keys file that cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class ServerKey:
    """An access key the server accepts, and the requester (and database) it acts as."""

    access_key_id: str
    secret_access_key: str = field(repr=False)
    requester_id: str
    name: str = ""
    market_url: str | None = None


@dataclass(frozen=True)
class Signed:
    """A request whose signature checked out: the key, the signature, and when it was made."""

    key: ServerKey
    signature: str
    signed_at: datetime

    @property
    def expires_at(self) -> datetime:
        """When a server stops accepting this signature (its date plus the allowed skew)."""
        return self.signed_at + MAX_CLOCK_SKEW


class Keyring:
    """The keys a server accepts, by access key id."""

    def __init__(self, keys: Iterable[ServerKey]) -> None:
        self._keys = {k.access_key_id: k for k in keys}

    def get(self, access_key_id: str) -> ServerKey | None:
        return self._keys.get(access_key_id)


def _missing_token() -> WireError:
    return WireError(403, CORAL + "MissingAuthenticationTokenException",
                     "Missing Authentication Token")


def _bad_signature(message: str) -> WireError:
    return WireError(403, CORAL + "InvalidSignatureException", message)


def verify(keyring: Keyring, method: str, scheme: str, path: str, query: str,
           headers: Mapping[str, str], body: bytes, *, now: datetime | None = None
           ) -> Signed:
    """Who signed this request, and how; raises a WireError as AWS would answer otherwise.

    ``headers`` must have lower-case names (as ASGI gives them).
    """
    authorization = headers.get("authorization", "")
    if not authorization:
        raise _missing_token()
    algorithm, _, rest = authorization.partition(" ")
    if algorithm != ALGORITHM:
        raise WireError(400, CORAL + "IncompleteSignatureException",
                        f"Unsupported authorization algorithm {algorithm[:40]!r}; "
                        f"sign requests with {ALGORITHM} (SigV4).")
    fields = dict(_AUTH_FIELD.findall(rest))
    credential, signed, signature = (fields.get("Credential"), fields.get("SignedHeaders"),
                                     fields.get("Signature"))
    if not credential or not signed or not signature:
        raise WireError(400, CORAL + "IncompleteSignatureException",
                        "The Authorization header needs Credential, SignedHeaders and Signature.")
    parts = credential.split("/")
    if len(parts) != 5 or parts[4] != "aws4_request":
        raise WireError(400, CORAL + "IncompleteSignatureException",
                        "The Credential must be KEY/DATE/REGION/SERVICE/aws4_request.")
    access_key_id, day, region, service = parts[:4]
    key = keyring.get(access_key_id)
    if key is None:
        raise WireError(403, CORAL + "UnrecognizedClientException",
                        "The security token included in the request is invalid.")
    if service != SERVICE:
        raise _bad_signature(f"Credential should be scoped to correct service: '{SERVICE}'.")
    stamp = headers.get("x-amz-date", "")
    try:
        signed_at = datetime.strptime(stamp, _DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise WireError(400, CORAL + "IncompleteSignatureException",
                        "The request needs an X-Amz-Date header (yyyyMMddTHHmmssZ).") from None
    if not stamp.startswith(day):
        raise _bad_signature("The Credential date does not match X-Amz-Date.")
    current = now or datetime.now(UTC)
    if abs(current - signed_at) > MAX_CLOCK_SKEW:
        raise _bad_signature(
            f"Signature expired: {stamp} is now earlier than "
            f"{(current - MAX_CLOCK_SKEW).strftime(_DATE_FORMAT)} or later than "
            f"{(current + MAX_CLOCK_SKEW).strftime(_DATE_FORMAT)}.")
    names = signed.split(";")
    if "host" not in names:
        raise _bad_signature("The host header must be signed.")
    content_hash = headers.get("x-amz-content-sha256")
    if content_hash and content_hash != "UNSIGNED-PAYLOAD" and not hmac.compare_digest(
            content_hash, hashlib.sha256(body).hexdigest()):
        raise _bad_signature("The X-Amz-Content-SHA256 header does not match the body.")
    # Rebuild the request from exactly the headers the client signed, and sign it again.
    missing = [name for name in names if name not in headers]
    if missing:
        raise _bad_signature(f"The signed header {missing[0]!r} is missing from the request.")
    request = AWSRequest(method=method, url=f"{scheme}://{headers.get('host', '')}{path}"
                         + (f"?{query}" if query else ""), data=body,
                         headers={name: headers[name] for name in names})
    request.context["timestamp"] = stamp
    signer = SigV4Auth(Credentials(access_key_id, key.secret_access_key), SERVICE, region)
    canonical = signer.canonical_request(request)
    expected = signer.signature(signer.string_to_sign(request, canonical), request)
    if not hmac.compare_digest(expected, signature):
        raise _bad_signature(
            "The request signature we calculated does not match the signature you provided. "
            "Check your AWS Secret Access Key and signing method.")
    return Signed(key, signature, signed_at)


# -- the keys file ----------------------------------------------------------------------------

def check_private(path: Path) -> None:
    """Refuse a keys file that other users may read or change (as ssh refuses such a key).

    Only on POSIX: on Windows the mode bits do not tell who may read a file (its ACL does),
    and the default keys file lives in the user's own profile.
    """
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        raise KeysFileError(f"the keys file {path} does not exist") from None
    except OSError as exc:
        raise KeysFileError(f"the keys file {path} cannot be read: {exc.strerror}") from None
    if mode & 0o066:
        who = "read" if mode & 0o044 else "changed"
        raise KeysFileError(
            f"the keys file {path} can be {who} by other users (mode {mode:04o}); its secrets "
            f"must be yours alone: run `chmod 600 {path}`")


def read_keys_file(path: Path) -> list[dict[str, str]]:
    """The sections of a keys file: aws_access_key_id, aws_secret_access_key, and who it is."""
    check_private(path)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as stream:
            parser.read_file(stream)
    except FileNotFoundError:
        raise KeysFileError(f"the keys file {path} does not exist") from None
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        first = (str(exc).splitlines() or [""])[0]
        raise KeysFileError(f"the keys file {path} cannot be read: {first}") from None
    sections: list[dict[str, str]] = []
    for name in parser.sections():
        section = {k: v.strip() for k, v in parser.items(name)}
        if not section.get("aws_access_key_id") or not section.get("aws_secret_access_key"):
            raise KeysFileError(f"[{name}] in {path} needs aws_access_key_id and "
                                "aws_secret_access_key")
        if not (section.get("requester_id") or section.get("account")):
            raise KeysFileError(f"[{name}] in {path} needs account (a local account's name) "
                                "or requester_id")
        sections.append({"name": name, **section})
    if not sections:
        raise KeysFileError(f"the keys file {path} holds no keys")
    return sections


def new_access_key() -> tuple[str, str]:
    """A fresh (access key id, secret) pair shaped like AWS's."""
    alphabet = string.ascii_uppercase + "234567"
    access = "AKWB" + "".join(secrets.choice(alphabet) for _ in range(16))
    secret = secrets.token_urlsafe(30)[:40]
    return access, secret


def write_new_keys_file(path: Path, account: str) -> str:
    """Create a keys file holding one fresh key for ``account``; returns the access key id.

    The file is created readable by its owner only, and never overwritten.
    """
    access, secret = new_access_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (f"# Keys accepted by `workbench serve`; each section is one key.\n"
            f"# Use the same pair as an AWS profile on the client side.\n"
            f"[{account}]\naws_access_key_id = {access}\naws_secret_access_key = {secret}\n"
            f"account = {account}\n")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(text)
    return access


@dataclass(frozen=True)
class LocalAccount:
    """A local account a key may act as: its name, requester, and marketplace database."""

    name: str
    requester_id: str
    market_url: str | None = None


def resolve_keys(sections: Iterable[Mapping[str, str]], accounts: Iterable[LocalAccount],
                 path: Path) -> list[ServerKey]:
    """The keys file's sections as server keys, each acting as one of the local accounts."""
    by_name = {a.name: a for a in accounts}
    by_requester = {a.requester_id: a for a in by_name.values()}
    keys: list[ServerKey] = []
    for section in sections:
        name = section.get("account")
        account = by_name.get(name) if name else by_requester.get(
            section.get("requester_id", ""))
        if account is None:
            what = f"account {name!r}" if name else f"requester {section.get('requester_id')!r}"
            raise KeysFileError(f"[{section['name']}] in {path}: {what} is not a local account "
                                "of this store")
        keys.append(ServerKey(section["aws_access_key_id"], section["aws_secret_access_key"],
                              account.requester_id, name=account.name,
                              market_url=account.market_url))
    return keys
