"""Excel and CSV in and out, in the window: the export dialog and the review-sheet preview.

The main window calls ``open_export`` (Account → Export results…) and, when an import has
finished, ``review_after_import`` with its report.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from workbench.models.tasks import TaskRunner
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.importing import ImportReport
from workbench.services.transfer.review import ReviewOutcome
from workbench.views.transfer.export_dialog import ExportDialog
from workbench.views.transfer.review_dialog import ReviewImportDialog

__all__ = ["ExportDialog", "ReviewImportDialog", "open_export", "review_after_import"]


def open_export(parent: QWidget | None, wb: Workbench, account: AccountInfo,
                runner: TaskRunner) -> ExportDialog:
    """Show the export dialog (window-modal; it deletes itself when closed)."""
    dialog = ExportDialog(wb, account, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def review_after_import(parent: QWidget | None, wb: Workbench, report: ImportReport,
                        runner: TaskRunner, *,
                        on_queued: Callable[[ReviewOutcome], None] | None = None
                        ) -> ReviewImportDialog | None:
    """After an import: if the file marked rows in Approve or Reject, show what to queue.

    ``report`` is the ImportReport; without marked rows (or in a dry run) nothing shows.
    ``on_queued`` runs on the GUI thread once the decisions are in the outbox.
    """
    plan = report.review
    if plan is None or not plan.marked or report.dry_run:
        return None
    dialog = ReviewImportDialog(wb, plan, runner, file_name=report.path.name,
                                on_queued=on_queued, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
