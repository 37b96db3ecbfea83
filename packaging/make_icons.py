"""Make the Windows (.ico) and macOS (.icns) icons from the PNGs in resources/icons.

    python packaging/make_icons.py        # writes packaging/icons/requester-workbench.{ico,icns}

Needs Pillow (the dev extra has it). The results are committed, so a build on any platform
needs neither Pillow nor this script; run it again whenever resources/icons changes
(tests/packaging/test_packaging.py checks that the committed icons hold every size).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons"
OUT = ROOT / "packaging" / "icons"
NAME = "requester-workbench"
# Windows shows 16-256 px; macOS's .icns holds 16-512 (and 1024 as 512@2x, which we lack).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def main() -> int:
    from PIL import Image

    images = {size: Image.open(SOURCE / f"{NAME}-{size}.png").convert("RGBA")
              for size in sorted(set(ICO_SIZES) | set(ICNS_SIZES))}
    OUT.mkdir(parents=True, exist_ok=True)
    # Each size from its own hand-made PNG, not scaled down from the largest.
    largest = images[max(ICO_SIZES)]
    largest.save(OUT / f"{NAME}.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    biggest = images[max(ICNS_SIZES)]
    biggest.save(OUT / f"{NAME}.icns", format="ICNS",
                 append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
