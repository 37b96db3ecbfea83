"""Exports: MTurk's batch-results CSV, written so scripts made for MTurk read it unchanged."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from workbench.formats.batch_csv import BatchResultsWriter
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.progress import Cancelled, CancelToken, Progress, no_progress
from workbench.services.results import (
    ResultFilter,
    iter_result_records,
    result_columns,
)
from workbench.store.schema import HIT, Assignment


class ExportError(ValueError):
    """An export that cannot be written; the message says why."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int


def count_results(wb: Workbench, filter_: ResultFilter) -> int:
    with wb.store.read() as session:
        query = filter_.apply(select(func.count()).select_from(Assignment)
                              .join(HIT, HIT.id == Assignment.hit_pk))
        return int(session.scalar(query) or 0)


def export_csv(wb: Workbench, account: AccountInfo, out: str | Path, *,
               batch_ids: list[int] | None = None, statuses: list[str] | None = None,
               progress: Progress = no_progress, cancel: CancelToken | None = None
               ) -> ExportReport:
    """Write assignments in MTurk's batch-results CSV format; the file appears only when done."""
    target = Path(out)
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name")
    if not target.parent.exists():
        raise ExportError(f"the folder {target.parent} does not exist")
    filter_ = ResultFilter(account.id, batch_ids or (), statuses or ())
    total = count_results(wb, filter_)
    handle, temp_name = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=target.parent)
    temp = Path(temp_name)
    rows = 0
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream, \
                wb.store.read() as session:
            columns = result_columns(session, filter_)
            writer = BatchResultsWriter(stream, columns.inputs, columns.answers)
            for result in iter_result_records(session, filter_, columns, wb.clock()):
                writer.write(result)
                rows += 1
                if rows % 1000 == 0:
                    if cancel is not None and cancel.cancelled:
                        raise Cancelled()
                    progress(rows, total, "Exporting")
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    progress(rows, total, "Exported")
    with wb.store.session(write=True) as session:
        record(session, actor=wb.actor, event="export.csv", subject=str(target),
               account_id=account.id, rows=rows, batch_ids=batch_ids or [],
               statuses=statuses or [])
    return ExportReport(target, rows)
