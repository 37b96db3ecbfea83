"""Where a Prolific API token is kept: never in the store, in a file only its owner can read.

One INI file in the user's config folder, ``prolific-tokens.ini``, created with mode 0600,
one section per account name. ``WORKBENCH_PROLIFIC_TOKEN`` in the environment wins (for
scripts and CI). The OS keyring was weighed and not taken: on Linux it needs a running
Secret Service (absent on servers and in CI, where it then fails), and it brings
SecretStorage, jeepney and cryptography; the workbench's other secrets (the keys file of
``workbench serve``, AWS profiles in ``~/.aws``) are owner-only files too.
"""

from __future__ import annotations

import configparser
import os
import stat
import tempfile
from pathlib import Path

TOKEN_ENV = "WORKBENCH_PROLIFIC_TOKEN"
FILE_NAME = "prolific-tokens.ini"


class TokenMissing(LookupError):
    """No token is known for an account; the message says where to put one."""


def tokens_path(config_dir: Path) -> Path:
    return config_dir / FILE_NAME


def _read(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return parser
    parser.read_string(text, source=str(path))
    return parser


def save_token(config_dir: Path, account: str, token: str) -> Path:
    """Keep ``token`` for ``account`` (replacing an older one), readable by this user only."""
    token = token.strip()
    if not token or any(c.isspace() for c in token):
        raise ValueError("a Prolific API token is one word without spaces")
    path = tokens_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    parser = _read(path)
    if not parser.has_section(account):
        parser.add_section(account)
    parser.set(account, "token", token)
    # Written to a private temporary file, then renamed: never a moment world-readable.
    descriptor, temporary = tempfile.mkstemp(prefix=".prolific-", dir=path.parent)
    try:
        os.fchmod(descriptor, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write("# Prolific API tokens of the workbench's accounts: keep private.\n")
            parser.write(stream)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def load_token(config_dir: Path, account: str) -> str:
    """The token for ``account``: the environment's, else the tokens file's."""
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        return from_env
    path = tokens_path(config_dir)
    try:
        parser = _read(path)
    except (OSError, configparser.Error) as exc:
        raise TokenMissing(f"the Prolific tokens file {path} cannot be read: {exc}") from None
    token = parser.get(account, "token", fallback="").strip()
    if not token:
        raise TokenMissing(f"no Prolific API token for account {account!r}: add one with "
                           f"`workbench accounts token {account}` or set {TOKEN_ENV}")
    return token


def forget_token(config_dir: Path, account: str) -> None:
    path = tokens_path(config_dir)
    parser = _read(path)
    if parser.remove_section(account):
        descriptor, temporary = tempfile.mkstemp(prefix=".prolific-", dir=path.parent)
        os.fchmod(descriptor, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            parser.write(stream)
        os.replace(temporary, path)
