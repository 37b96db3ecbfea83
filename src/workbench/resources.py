"""Finding the application's resource files (icons, styles, template presets), frozen or not."""

from __future__ import annotations

import site
import sys
import sysconfig
from functools import cache
from importlib import metadata
from pathlib import Path

SHARE_NAME = "requester-workbench"
DISTRIBUTION = "requester-workbench"


def _installed_share() -> list[Path]:
    """Where pip put the wheel's data files: ``share/`` under the scheme it installed with.

    A venv or system install uses sys.prefix; ``pip install --user`` uses site.USER_BASE
    (~/.local, %APPDATA%\\Python, ~/Library/Python/3.x); --prefix and --root use their own.
    The installed files' record knows which.
    """
    try:
        files = metadata.distribution(DISTRIBUTION).files or []
    except metadata.PackageNotFoundError:
        return []
    marker = ("share", SHARE_NAME, "resources", "templates")
    for file in files:
        parts = Path(str(file)).parts
        if any(parts[i:i + len(marker)] == marker for i in range(len(parts))):
            # .../share/requester-workbench/resources/templates/<file>
            return [Path(str(file.locate())).resolve().parents[1]]
    return []


@cache
def resource_root() -> Path:
    """The ``resources`` folder: beside a frozen build, in a source checkout, or installed."""
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    candidates.extend(_installed_share())
    for base in (sys.prefix, sysconfig.get_path("data"), site.getuserbase()):
        candidates.append(Path(base) / "share" / SHARE_NAME / "resources")
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
