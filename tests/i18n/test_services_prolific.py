"""Translations of the Prolific services' messages (what the outbox and the window will show)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations
from workbench.services.outbox import OutboxError
from workbench.services.prolific import check_rejection
from workbench.services.prolific_actions import describe
from workbench.views.i18n import install_translators, remove_translators

SOURCES = [ROOT / "src" / "workbench" / "services" / name
           for name in ("prolific.py", "prolific_actions.py")]
TS = TRANSLATIONS / "workbench_de_services_prolific.ts"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    try:
        yield
    finally:
        remove_translators(qapp, translators)


def test_every_prolific_message_has_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []


def test_in_german(german: None) -> None:
    with pytest.raises(OutboxError, match=r"^Prolific verlangt eine Ablehnungsnachricht von "
                                          r"mindestens 100 Zeichen \(4 angegeben\)"):
        check_rejection("Nein", "LOW_EFFORT")
    bonus = {"bonuses": [{"amount_cents": 150}, {"amount_cents": 75}], "currency": "GBP",
             "name": "Straßenfotos"}
    assert describe("prolific_bonus", "key", bonus) == (
        "Bonus £2.25 an 2 Teilnehmende der Prolific-Studie Straßenfotos")


def test_without_a_language_they_stay_english() -> None:
    assert describe("prolific_approve", "S1", {}) == "Approve the Prolific submission S1"
