"""The domain's messages (amounts, durations) in German when the window has a language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.i18n.helpers import ROOT, missing_translations
from workbench.domain.clock import parse_duration
from workbench.domain.money import InvalidAmount, parse_usd
from workbench.views.i18n import install_translators, remove_translators

SOURCES = [ROOT / "src/workbench/domain" / name for name in ("money.py", "clock.py", "ids.py")]


def test_every_domain_message_has_german(tmp_path: Path) -> None:
    ts = ROOT / "resources/translations/workbench_de_domain.ts"
    assert missing_translations(SOURCES, ts, tmp_path) == []


def test_an_invalid_reward_is_explained_in_german_and_in_english_without_a_language(
        qapp: Any) -> None:
    translators = install_translators(qapp, "de")
    try:
        with pytest.raises(InvalidAmount) as german:
            parse_usd("0.051", what="bonus")
        with pytest.raises(ValueError) as duration:
            parse_duration("soon")
    finally:
        remove_translators(qapp, translators)
    assert str(german.value) == ("Bonus '0.051' ist kein US-Dollar-Betrag mit höchstens zwei "
                                 "Nachkommastellen (z. B. 0.05)")
    assert str(duration.value).startswith("keine Dauer: 'soon'")
    with pytest.raises(InvalidAmount, match=r"^reward '-1' is not a US dollar amount"):
        parse_usd("-1")


def test_limits_refuse_in_german(qapp: Any) -> None:
    from workbench.domain.ids import InvalidWorkerId, check_worker_id
    from workbench.domain.money import MAX_BONUS_CENTS

    translators = install_translators(qapp, "de")
    try:
        with pytest.raises(InvalidAmount) as amount:
            parse_usd("99999999999999999999999", what="bonus", maximum_cents=MAX_BONUS_CENTS)
        with pytest.raises(InvalidWorkerId) as worker:
            check_worker_id("A1\nB")
    finally:
        remove_translators(qapp, translators)
    assert str(amount.value) == ("Bonus '99999999999999999999999' ist mehr als $10000.00, der "
                                 "höchste zulässige Betrag")
    assert str(worker.value) == ("'A1\\nB' ist keine Worker-ID: eine Worker-ID besteht aus 2 bis "
                                 "64 Großbuchstaben und Ziffern")
