"""Where the window keeps its geometry, splitters and column widths (QSettings, as INI)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from workbench.services.settings import config_dir


def window_settings() -> QSettings:
    path = config_dir() / "window.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def load_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
