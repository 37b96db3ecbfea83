"""Paying workers in German and under pseudo-localisation: every string translated, amounts
written as German writes them."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.i18n.helpers import ROOT, TRANSLATIONS, missing_translations, untranslated
from tests.payouts.conftest import _world_template  # noqa: F401 - a fixture
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.payouts.dialog import PayWorkersDialog

TS = TRANSLATIONS / "workbench_de_payouts.ts"
SOURCES = [ROOT / "src/workbench" / name for name in (
    "views/payouts/dialog.py", "views/payouts/entry.py", "models/payouts.py",
    "services/payouts.py", "domain/fee_schedules.py", "domain/currency.py")]
# Data: ids, e-mail addresses, names, amounts, paths.
_DATA = re.compile(r"^(?:A[A-Z0-9]{8,}|\S+@\S+|[\d.,\s$€£%()]+|/.*|.*\.csv)$")


@pytest.fixture
def wb(tmp_path: Path, _world_template: Path) -> Iterator[Workbench]:  # noqa: F811
    path = tmp_path / "store.sqlite3"
    shutil.copyfile(_world_template, path)
    workbench = Workbench.open(path)
    yield workbench
    workbench.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(wait=True)


def opened(qtbot: Any, wb: Workbench, runner: TaskRunner) -> PayWorkersDialog:
    dialog = PayWorkersDialog(wb, get_account(wb), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.owed_model.balances) == 5 and not runner.busy,
                    timeout=20_000)
    return dialog


def test_every_payouts_string_has_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []
    assert TS.with_suffix(".qm").exists()


def test_the_dialog_shows_no_untranslated_text(qtbot: Any, pseudo: None, wb: Workbench,
                                               runner: TaskRunner) -> None:
    dialog = opened(qtbot, wb, runner)
    # Names and currency codes are data, the same in every language.
    names = {b.name for b in dialog.owed_model.balances} | {"USD ($)", "EUR (€)", "GBP (£)"}
    assert untranslated(dialog, allow=names, allow_if=lambda text: bool(_DATA.match(text))) \
        == []


def test_in_german_amounts_read_as_german_writes_them(qtbot: Any, qapp: QApplication,
                                                      wb: Workbench, runner: TaskRunner) -> None:
    translators = install_translators(qapp, "de")
    try:
        dialog = opened(qtbot, wb, runner)
        assert dialog.windowTitle() == "Worker bezahlen – local"
        assert dialog.write_button.text() == "Auszahlungsdatei schreiben"
        assert dialog.paid_button.text() == "Als bezahlt markieren"
        assert dialog.total.text() == "Summe: 8,80\xa0$ an 5 Worker"
        header = dialog.owed_model.headerData(7, dialog.owed_table.horizontalHeader().orientation())
        assert header == "Jetzt zu zahlen"
        assert dialog.owed_model.data(dialog.owed_model.index(0, 4)).endswith("\xa0$")
    finally:
        remove_translators(qapp, translators)
