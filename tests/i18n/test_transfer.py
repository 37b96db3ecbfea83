"""Translations of the export dialog and the review-sheet preview."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.i18n.helpers import ROOT, missing_translations, untranslated
from tests.transfer.conftest import as_dicts, from_dicts, read_rows, write_rows
from workbench.models.tasks import TaskRunner
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.export import export_csv
from workbench.services.importing import import_results
from workbench.views.i18n import install_translators, remove_translators
from workbench.views.transfer import ExportDialog, ReviewImportDialog, review_after_import
from workbench.views.transfer.review_dialog import SKIPPED

SOURCES = [ROOT / "src/workbench/views/transfer" / name
           for name in ("__init__.py", "export_dialog.py", "review_dialog.py")]
TS = ROOT / "resources/translations/workbench_de_transfer.ts"


@pytest.fixture
def demo(wb: Workbench) -> Workbench:
    from workbench.services.demo import run_demo

    run_demo(wb, hits=8, assignments=3, workers=5, seed=3)
    return wb


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown(wait=True)


def review_dialog(wb: Workbench, runner: TaskRunner, tmp_path: Path) -> ReviewImportDialog:
    sheet = tmp_path / "sheet.csv"
    export_csv(wb, get_account(wb), sheet)
    header, rows = read_rows(sheet, encoding="utf-8")
    records = as_dicts(header, rows)
    records[0].update(Approve="x")
    records[1].update(Reject="Please read the review first")
    records[2].update(Approve="x", Reject="both")
    marked = write_rows(tmp_path / "marked.csv", header, from_dicts(header, records))
    dialog = review_after_import(None, wb, import_results(wb, marked), runner)
    assert dialog is not None
    return dialog


def test_the_dialogs_show_no_untranslated_text(qtbot: Any, pseudo: None, demo: Workbench,
                                               runner: TaskRunner, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    export = ExportDialog(demo, get_account(demo), runner)
    qtbot.addWidget(export)
    qtbot.waitUntil(lambda: export.count == 24, timeout=10_000)
    export.path_edit.setText(str(tmp_path / "all.xlsx"))
    export.start_export()
    qtbot.waitUntil(lambda: export.report is not None, timeout=30_000)
    assert untranslated(export, allow=["local"]) == []
    assert "[" in export.message.text() and "[" in export.count_label.text()
    batch = export.batch_list.item(0).text()
    assert batch.startswith("[Demo: review sentiment #1 (24 åššîĝñ") and batch.endswith("~]")

    review = review_dialog(demo, runner, tmp_path)
    qtbot.addWidget(review)
    assert untranslated(review) == []
    # The service's reason for a mark it leaves out reads in the window's language too.
    reasons = [reason for _, _, kind, reason in review.rows() if kind == SKIPPED]
    assert reasons and all(r.startswith("[") for r in reasons), review.rows()
    review.queue()
    qtbot.waitUntil(lambda: review.outcome is not None, timeout=10_000)
    assert untranslated(review) == []


def test_every_string_has_a_german_translation(tmp_path: Path) -> None:
    assert missing_translations(SOURCES, TS, tmp_path) == []


def test_german(qtbot: Any, qapp: QApplication, demo: Workbench, runner: TaskRunner,
                tmp_path: Path) -> None:
    translators = install_translators(qapp, "de")
    try:
        export = ExportDialog(demo, get_account(demo), runner)
        qtbot.addWidget(export)
        assert export.windowTitle() == "Ergebnisse exportieren"
        assert export.export_button.text() == "Exportieren"
        qtbot.waitUntil(lambda: export.count == 24, timeout=10_000)
        assert export.count_label.text() == "24 Zuweisungen passen zu diesen Filtern."
        review = review_dialog(demo, runner, tmp_path)
        qtbot.addWidget(review)
        assert review.queue_button.text() == "2 Entscheidungen einreihen"
        header = review.table.horizontalHeaderItem(3)
        assert header is not None and header.text() == "Entscheidung"
    finally:
        remove_translators(qapp, translators)
