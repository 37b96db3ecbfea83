"""The domain's messages (amounts, durations) in German when the window has a language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.i18n.helpers import ROOT, missing_translations
from workbench.domain.clock import parse_duration
from workbench.domain.money import InvalidAmount, parse_usd
from workbench.views.i18n import install_translators, remove_translators

SOURCES = [ROOT / "src/workbench/domain/money.py", ROOT / "src/workbench/domain/clock.py"]


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
