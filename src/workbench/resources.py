"""Finding the application's resource files (icons, styles, template presets), frozen or not."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

SHARE_NAME = "requester-workbench"


@cache
def resource_root() -> Path:
    """The ``resources`` folder: beside a frozen build, in a source checkout, or installed."""
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    candidates.append(Path(sys.prefix) / "share" / SHARE_NAME / "resources")
    for candidate in candidates:
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError(
        "the application's resources folder is missing; searched: "
        + ", ".join(str(c) for c in candidates))


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``; raises FileNotFoundError naming it if it is missing."""
    path = resource_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {path}")
    return path


def template_preset(name: str) -> str:
    """The HTML of a template preset shipped in ``resources/templates``."""
    return resource_path("templates", f"{name}.html").read_text(encoding="utf-8")
