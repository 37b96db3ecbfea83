"""Prolific's fee rule, amounts as people type them, and where the API token is kept."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.prolific.contract import ValidatingTransport
from workbench.marketplace.prolific.client import ProlificClient
from workbench.marketplace.prolific.credentials import (
    TOKEN_ENV,
    TokenMissing,
    forget_token,
    load_token,
    save_token,
    tokens_path,
)
from workbench.marketplace.prolific.fees import (
    format_amount,
    minimum_hourly_reward_cents,
    parse_amount,
    prolific_fee_cents,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_fee_is_a_third_plus_vat_unless_the_account_says_otherwise() -> None:
    assert prolific_fee_cents(150) == 50  # 33.33% of £1.50, rounded half up
    assert prolific_fee_cents(0) == 0
    assert prolific_fee_cents(1000, {"fee_percent": "42.8"}) == 428
    assert prolific_fee_cents(1000, {"fee_percent": "42.8", "vat_percent": "20"}) == 428 + 86
    assert prolific_fee_cents(1000, {"fee_percent": "lots"}) == 333  # nonsense: the default


def test_minimum_hourly_reward_and_amounts() -> None:
    assert minimum_hourly_reward_cents("GBP") == 600
    assert minimum_hourly_reward_cents("usd") == 800
    assert parse_amount("£1.50", "GBP") == 150
    assert parse_amount("1,5", "GBP") == 150
    assert parse_amount("2", "USD") == 200
    assert format_amount(12345, "GBP") == "£123.45"
    for bad in ("", "abc", "1.234", "0", "-1"):
        with pytest.raises(ValueError):
            parse_amount(bad, "GBP")


def test_the_token_is_kept_readable_by_its_owner_only(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    with pytest.raises(TokenMissing, match="workbench accounts token pro"):
        load_token(tmp_path, "pro")
    path = save_token(tmp_path, "pro", " secret-1 ")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    save_token(tmp_path, "other", "secret-2")
    save_token(tmp_path, "pro", "secret-3")
    assert (load_token(tmp_path, "pro"), load_token(tmp_path, "other")) == ("secret-3",
                                                                              "secret-2")
    assert stat.S_IMODE(tokens_path(tmp_path).stat().st_mode) == 0o600
    monkeypatch.setenv(TOKEN_ENV, "from-env")
    assert load_token(tmp_path, "pro") == "from-env"
    monkeypatch.delenv(TOKEN_ENV)
    forget_token(tmp_path, "pro")
    with pytest.raises(TokenMissing):
        load_token(tmp_path, "pro")
    with pytest.raises(ValueError):
        save_token(tmp_path, "pro", "two words")


def test_the_simulator_can_be_served_for_a_rehearsal() -> None:
    import httpx

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"),
                                                        os.environ.get("PYTHONPATH", "")])}
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", "prolific", "simulate", "--port", "0", "--token",
         "rehearsal-token"], stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        url = re.search(r"at (http://\S+);", line)
        assert url, line
        transport = ValidatingTransport(httpx.HTTPTransport())
        with ProlificClient("rehearsal-token", url.group(1), transport=transport) as client:
            assert client.account().available_balance_cents == 1_000_000
    finally:
        process.send_signal(signal.SIGINT)
        deadline = time.monotonic() + 10
        while process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if process.poll() is None:
            process.kill()
        process.wait()
