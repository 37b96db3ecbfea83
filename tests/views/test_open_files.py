"""Files opened with the app (the desktop entry's %F) are imported, a marked sheet previewed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tests.views.test_transfer_dialogs import marked_sheet
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.store.schema import Batch, OutboxAction
from workbench.views.transfer import ReviewImportDialog

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_files_named_on_the_command_line_are_imported_and_a_marked_sheet_previewed(
        qtbot: Any, demo_wb: Workbench, tmp_path: Path) -> None:
    from workbench.views.main_window import MainWindow

    sheet, _ids = marked_sheet(demo_wb, get_account(demo_wb), tmp_path)
    results = FIXTURES / "mluck_Batch_3753862_batch_results.csv"
    with demo_wb.store.read() as session:
        batches_before = session.scalar(select(func.count()).select_from(Batch))
    window = MainWindow(demo_wb)
    qtbot.addWidget(window)
    window.show()
    try:
        window.import_files([str(results), str(sheet)])
        qtbot.waitUntil(lambda: bool(window.findChildren(ReviewImportDialog)), timeout=60_000)
        dialog = window.findChildren(ReviewImportDialog)[0]
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)
        assert dialog.windowTitle() == "Decisions marked in marked.csv"
        qtbot.waitUntil(lambda: not window.runner.long_tasks, timeout=60_000)
        dialog.grab().save(str(tmp_path / "opened-sheet.png"))
    finally:
        window.runner.shutdown()
    with demo_wb.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Batch)) == batches_before + 1
        # The preview asks first: nothing is queued before the person says yes.
        assert session.scalar(select(func.count()).select_from(OutboxAction)) == 0
