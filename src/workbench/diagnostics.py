"""Logs in the platform's log folder, rotated, so an unexpected error can be looked into."""

from __future__ import annotations

import logging
import os
import re
from itertools import pairwise
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

APP_NAME = "RequesterWorkbench"
LOG_FILE = "workbench.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
# logging's ``extra`` key for a record whose message the user has already been told.
ALREADY_SAID = "already_said"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


MASK = "***"
# What looks like a secret in a log line. Each pattern's group "secret" is replaced by MASK.
_SECRETS = [
    # key = value, key: value, "key": "value", key=value& (query strings, config, JSON)
    re.compile(r"(?i)(?:secret|token|password|passwd|pwd|api[_-]?key|access[_-]?key"
               r"|session[_-]?id|credential|signature|cookie|csrf)[\w-]*[\"']?\s*[=:]\s*"
               r"[\"']?(?P<secret>[^\s\"',;&]{4,})"),
    # Authorization: Bearer x, AWS4-HMAC-SHA256 Credential=..., Basic x
    re.compile(r"(?i)\b(?:bearer|basic)\s+(?P<secret>[A-Za-z0-9._~+/=-]{8,})"),
    # a URL's password: scheme://user:password@host
    re.compile(r"://[^/\s:@]*:(?P<secret>[^@\s/]+)@"),
    # a sign-in link: the token rides in the fragment
    re.compile(r"sign-in#(?P<secret>\S+)"),
    # AWS-shaped access key ids (ours start AKWB)
    re.compile(r"\b(?P<secret>(?:AKIA|ASIA|AKWB)[A-Z0-9]{16})\b"),
    # the worker site's sign-in token: 24 hex digits, a dot, the verifier
    re.compile(r"\b(?P<secret>[0-9a-f]{24}\.[A-Za-z0-9_-]{20,})"),
    # long hex (the site's own secrets; our ids are 32 hex digits and stay readable)
    re.compile(r"\b(?P<secret>[0-9a-f]{48,})\b"),
]
# Key-shaped words: 24+ letters, digits, - and _ with upper and lower case letters and a digit
# (token_urlsafe), or AWS's 40-character secret keys, which may hold / and +.
_KEY_SHAPED = re.compile(r"(?<![\w/+=-])(?:[A-Za-z0-9_-]{24,}|[A-Za-z0-9/+]{40})(?![\w/+=-])")


def _kind(character: str) -> int:
    return 0 if character.isupper() else 1 if character.islower() else 2 if character.isdigit() \
        else 3


def _looks_random(word: str) -> bool:
    """Upper and lower case letters and digits, switching kinds as often as random text does.

    A random key switches between upper case, lower case and digits at about every other
    character; a file name (``Batch_3753862_batch_results``) hardly at all.
    """
    kinds = [_kind(c) for c in word]
    if not {0, 1, 2} <= set(kinds):
        return False
    switches = sum(1 for a, b in pairwise(kinds) if a != b and 3 not in (a, b))
    return switches >= max(8, len(word) // 3)


def mask_secrets(text: str) -> str:
    """``text`` with anything that looks like a key, token or password replaced by ***."""
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: m.group(0).replace(m.group("secret"), MASK), text)
    return _KEY_SHAPED.sub(lambda m: MASK if _looks_random(m.group(0)) else m.group(0), text)


class SecretMask(logging.Filter):
    """Masks secrets in a record's message and traceback before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_workbench_masked", False):
            return True
        record.msg = mask_secrets(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_secrets(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_secrets(record.stack_info)
        setattr(record, "_workbench_masked", True)  # noqa: B010 (not a LogRecord field)
        return True


def console_streams() -> None:
    """Make stdout and stderr safe to print any text to, on every platform.

    A Windows build's window has no console (sys.stdout is None), and output piped or
    redirected on Windows is encoded in the ANSI code page (cp1252), which has no letters for
    a Japanese account name or a "→": printing it would raise after the work was done. Such
    characters are shown as "?" instead (PYTHONUTF8=1 gives UTF-8 output).
    """
    import sys

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
            continue
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding not in ("utf8", "utf16", "utf32") and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def log_dir() -> Path:
    """The platform's log folder for the app (WORKBENCH_LOG_DIR overrides it)."""
    override = os.environ.get("WORKBENCH_LOG_DIR")
    return Path(override) if override else Path(user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup_logging(level: str | None = None, *, to_file: bool = True) -> Path | None:
    """Log to stderr (warnings) and, if possible, to a rotating file (info); returns its path."""
    root = logging.getLogger()
    if getattr(root, "_workbench_configured", False):
        return log_path() if to_file else None
    root.setLevel(logging.DEBUG)
    # A log that cannot be written (a full disk, a file-size limit) says nothing on stderr:
    # the command's own one line is what a person reads.
    logging.raiseExceptions = False
    console = logging.StreamHandler()
    console.setLevel((level or os.environ.get("WORKBENCH_LOG") or "WARNING").upper())
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    # A command's own one-line reason is on stderr already; the log file keeps it too.
    console.addFilter(lambda record: not getattr(record, ALREADY_SAID, False))
    console.addFilter(SecretMask())
    root.addHandler(console)
    path: Path | None = None
    if to_file:
        try:
            log_dir().mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(log_path(), maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                          encoding="utf-8")
            handler.setLevel(logging.INFO)
            handler.setFormatter(logging.Formatter(FORMAT))
            # Secrets never reach the file (keys, tokens, passwords in URLs, sign-in links).
            handler.addFilter(SecretMask())
            root.addHandler(handler)
            path = log_path()
        except OSError as exc:
            # A read-only home must not stop the app; the console still gets warnings.
            logging.getLogger(__name__).warning("cannot write logs to %s: %s", log_dir(), exc)
    # Third-party chatter at INFO would bury our own lines.
    for noisy in ("botocore", "boto3", "urllib3", "sqlalchemy", "alembic", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    root._workbench_configured = True  # type: ignore[attr-defined]
    return path
