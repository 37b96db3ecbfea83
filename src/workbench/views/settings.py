"""Where the window keeps its geometry, splitters and column widths (QSettings, as INI)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

APP_NAME = "RequesterWorkbench"


def config_dir() -> Path:
    """The user's config folder (WORKBENCH_CONFIG_DIR overrides it, e.g. for tests)."""
    override = os.environ.get("WORKBENCH_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))


def window_settings() -> QSettings:
    path = config_dir() / "window.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def load_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
