"""Debian's chromium, headless, driven by Playwright (which never downloads a browser here)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

CHROMIUM = os.environ.get("WORKBENCH_CHROMIUM", "/usr/bin/chromium")
# As root on a machine with no network, chromium needs these to start and to stay quiet.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


def chromium_or_skip() -> str:
    """The chromium binary; CI must have it (.ci/run installs it), elsewhere the test skips."""
    if shutil.which(CHROMIUM) is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have Debian's chromium at {CHROMIUM}")
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless chromium (Playwright gives it a fresh profile); yields the Browser."""
    sync_api = pytest.importorskip("playwright.sync_api")
    binary = chromium_or_skip()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=binary, headless=True,
                                             chromium_sandbox=False, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()
