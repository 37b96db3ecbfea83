"""Logs in the platform's log folder, rotated, so an unexpected error can be looked into."""

from __future__ import annotations

import logging
import os
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
    console = logging.StreamHandler()
    console.setLevel((level or os.environ.get("WORKBENCH_LOG") or "WARNING").upper())
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    # A command's own one-line reason is on stderr already; the log file keeps it too.
    console.addFilter(lambda record: not getattr(record, ALREADY_SAID, False))
    root.addHandler(console)
    path: Path | None = None
    if to_file:
        try:
            log_dir().mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(log_path(), maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                          encoding="utf-8")
            handler.setLevel(logging.INFO)
            handler.setFormatter(logging.Formatter(FORMAT))
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
