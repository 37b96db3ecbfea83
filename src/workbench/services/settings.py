"""The user's settings: typed, with their defaults in one place, kept as JSON in the config folder.

QSettings keeps only window geometry; everything a user chooses lives here, so the command
line and the window read the same values.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

APP_NAME = "RequesterWorkbench"
FILE_NAME = "settings.json"
US_FEDERAL_MINIMUM_WAGE_CENTS = 725

log = logging.getLogger(__name__)

DEFAULT_REJECTION_REASONS = [
    "The answers do not follow the instructions.",
    "The answer is blank or unrelated to the task.",
    "The same answer was given to every question without reading them.",
    "The work failed the known-answer (gold) checks included in the task.",
]


@dataclass
class Settings:
    """Everything a user can set, with its default."""

    # Where the store lives: an SQLite path or an SQLAlchemy URL; empty = the user data folder.
    store_location: str = ""
    default_account: str = ""
    # Send each review decision as soon as it is queued, instead of at the next Sync.
    push_as_i_go: bool = False
    # The hourly wage (in cents) below which publishing warns that pay is unfair.
    fair_wage_cents_per_hour: int = US_FEDERAL_MINIMUM_WAGE_CENTS
    rejection_reasons: list[str] = field(default_factory=lambda: list(DEFAULT_REJECTION_REASONS))
    # "system", "light" or "dark".
    theme: str = "system"
    # AWS profile per MTurk account name (accounts also carry one; this overrides).
    aws_profiles: dict[str, str] = field(default_factory=dict)
    language: str = ""


def config_dir() -> Path:
    """The user's config folder (WORKBENCH_CONFIG_DIR overrides it, e.g. for tests)."""
    override = os.environ.get("WORKBENCH_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults for anything missing, unreadable or of the wrong type."""
    path = path or settings_path()
    defaults = Settings()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return defaults
    except (OSError, ValueError) as exc:
        log.warning("settings in %s could not be read (%s); using defaults", path, exc)
        return defaults
    if not isinstance(raw, dict):
        return defaults
    values: dict[str, Any] = {}
    for item in fields(Settings):
        if item.name not in raw:
            continue
        value, default = raw[item.name], getattr(defaults, item.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, int):
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif isinstance(default, list):
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        elif isinstance(default, dict):
            ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        else:
            ok = isinstance(value, str)
        if ok:
            values[item.name] = value
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically: a crash mid-write leaves the old file intact."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(asdict(settings), stream, indent=2, ensure_ascii=False)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
