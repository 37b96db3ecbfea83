"""The server's logs: one line per request (access) and what went wrong (errors).

As JSON lines (``--log-format json``: one object per line, for journald, Docker or a log
shipper) or as plain text; to stdout and stderr, or to ``access.log`` and ``error.log`` in a
folder (the platform's log folder by default). Every server process appends whole lines to
the same files (O_APPEND), and a file moved away by logrotate is reopened. Secrets never
reach a log: the path segments that open a task (its HMAC) are cut out, query strings and
bodies are not written, and of the Authorization header only the access key id is kept.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from logging.handlers import WatchedFileHandler
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ACCESS_LOGGER = "workbench.access"
ACCESS_FILE = "access.log"
ERROR_FILE = "error.log"
TEXT_FORMAT = "%(levelname)s %(name)s: %(message)s"
# Paths whose last segments are capabilities (HMACs that open one task for one worker).
_SECRET_SEGMENTS = (
    (re.compile(r"^(/task/[^/]+/)[^/]+"), r"\1-"),
    (re.compile(r"^(/preview-frame/[^/]+/[^/]+/)[^/]+"), r"\1-"),
)
_CREDENTIAL = re.compile(r"Credential=([A-Za-z0-9]{1,128})/")
NOISY = ("botocore", "boto3", "urllib3", "sqlalchemy", "alembic", "httpx", "multipart")


@dataclass(frozen=True)
class LogOptions:
    """Where and how a server logs."""

    format: str = "text"  # "text" or "json"
    folder: str | None = None  # None: stdout (access) and stderr (errors)
    access: bool = False
    level: str = "WARNING"


class JsonLines(logging.Formatter):
    """A record as one JSON object: time, level, logger, message, and the record's fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def _handler(options: LogOptions, file_name: str, stream: Any) -> logging.Handler:
    handler: logging.Handler
    if options.folder is not None:
        folder = Path(options.folder)
        folder.mkdir(parents=True, exist_ok=True)
        # Append mode: every process adds whole lines; logrotate may move the file away.
        handler = WatchedFileHandler(folder / file_name, mode="a", encoding="utf-8")
    else:
        handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines() if options.format == "json"
                         else logging.Formatter(TEXT_FORMAT if stream is sys.stderr
                                                else "%(message)s"))
    return handler


def configure_logging(options: LogOptions) -> None:
    """Send this process's logs where the options say (replacing the handlers it had)."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    errors = _handler(options, ERROR_FILE, sys.stderr)
    errors.setLevel(options.level.upper())
    root.addHandler(errors)
    root.setLevel(logging.DEBUG)
    for name in NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    access = logging.getLogger(ACCESS_LOGGER)
    for old in list(access.handlers):
        access.removeHandler(old)
        old.close()
    access.propagate = False
    if options.access:
        access.addHandler(_handler(options, ACCESS_FILE, sys.stdout))
        access.setLevel(logging.INFO)
    else:
        access.setLevel(logging.CRITICAL + 1)


def public_path(path: str) -> str:
    """The path as it may be logged: capability segments replaced by ``-``."""
    for pattern, replacement in _SECRET_SEGMENTS:
        path = pattern.sub(replacement, path)
    return path[:300]


class AccessLog:
    """ASGI middleware writing one access record per request, after it is answered."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.log = logging.getLogger(ACCESS_LOGGER)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        answer = {"status": 0, "bytes": 0}

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = int(message["status"])
            elif message["type"] == "http.response.body":
                answer["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            self._write(scope, answer["status"], answer["bytes"],
                        (time.perf_counter() - started) * 1000)

    def _write(self, scope: Scope, status: int, size: int, ms: float) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1", "replace")
                   for k, v in scope.get("headers", [])}
        client = scope.get("client")
        fields: dict[str, Any] = {
            "kind": "access",
            "client": client[0] if client else None,
            "method": scope.get("method", ""),
            "path": public_path(scope.get("path", "")),
            "scheme": scope.get("scheme", "http"),
            # 0: the connection was cut before an answer (a client gone, an injected drop).
            "status": status,
            "bytes": size,
            "ms": round(ms, 1),
            "user_agent": headers.get("user-agent", "")[:200],
        }
        target = headers.get("x-amz-target")
        if target:
            fields["operation"] = target.rpartition(".")[2][:80]
            key = _CREDENTIAL.search(headers.get("authorization", ""))
            if key:
                fields["access_key_id"] = key.group(1)
        self.log.info("%s %s %s%s %d %.1f ms", fields["client"], fields["method"],
                      fields["path"], f" {fields['operation']}" if target else "", status, ms,
                      extra={"fields": fields})

