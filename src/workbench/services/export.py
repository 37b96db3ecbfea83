"""Exports: MTurk's batch-results CSV (read unchanged by MTurk-era scripts) and Excel workbooks.

Both stream from the store with progress and cancel, and are atomic: the file appears under
its name only when complete, so a cancelled or failed export leaves nothing half written.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.text import translate
from workbench.formats import excel
from workbench.formats.batch_csv import BatchResultsWriter
from workbench.formats.excel import ExcelLimitError, ExcelWorkbook
from workbench.services.accounts import AccountInfo
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.progress import Cancelled, CancelToken, Progress, no_progress
from workbench.services.results import (
    ResultFilter,
    csv_record,
    iter_results,
    result_columns,
    worker_rates,
)
from workbench.services.transfer.workbook import WorkbookExport
from workbench.store.schema import HIT, Assignment

STATUSES = ("Submitted", "Approved", "Rejected")


class ExportError(ValueError):
    """An export that cannot be written; the message says why."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    # Excel only: cells cut to Excel's 32,767-character limit, and formula-like text kept as text.
    truncated_cells: int = 0
    neutralised_cells: int = 0


def count_results(wb: Workbench, filter_: ResultFilter) -> int:
    with wb.store.read() as session:
        query = filter_.apply(select(func.count()).select_from(Assignment)
                              .join(HIT, HIT.id == Assignment.hit_pk))
        return int(session.scalar(query) or 0)


def make_filter(account: AccountInfo, *, batch_ids: Sequence[int] | None = None,
                statuses: Sequence[str] | None = None, submitted_from: datetime | None = None,
                submitted_to: datetime | None = None) -> ResultFilter:
    """The assignments an export holds; refuses an unknown status or an empty date range."""
    unknown = [s for s in statuses or () if s not in STATUSES]
    if unknown:
        raise ExportError(translate(
            "ExportService", "unknown status {status}; use {statuses}").format(
                status=repr(unknown[0]), statuses=", ".join(STATUSES)))
    for moment in (submitted_from, submitted_to):
        if moment is not None and moment.tzinfo is None:
            raise ExportError(translate(
                "ExportService", "dates of an export's range need a time zone"))
    if submitted_from and submitted_to and submitted_from >= submitted_to:
        raise ExportError(translate(
            "ExportService", "the date range is empty: its start is not before its end"))
    return ResultFilter(account.id, tuple(batch_ids or ()), tuple(statuses or ()),
                        submitted_from, submitted_to)


def check_target(out: str | Path) -> Path:
    """The file an export will write, refused unless it is a regular file or a new name.

    The finished export is renamed over the target, so a device (/dev/full), a pipe or a
    folder would be replaced by a file: those are refused, as is a name in no folder. A
    symbolic link is followed: the file it names is replaced, never the link itself (renamed
    over, /dev/stdout would stop being the link every program writes through).
    """
    target = Path(out)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        mode = target.stat().st_mode  # through a symbolic link, to what it names
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportError(translate(
            "ExportService", "cannot use {target}: {reason}").format(
                target=target, reason=_reason(exc))) from None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise ExportError(translate(
                "ExportService", "{target} is a folder; give a file name").format(target=target))
        raise ExportError(translate(
            "ExportService", "{target} is a device, a pipe or a socket, not a file; give the "
            "name of a file to write").format(target=target))
    if not target.parent.is_dir():
        raise ExportError(translate(
            "ExportService", "the folder {parent} does not exist").format(parent=target.parent))
    return target


def _reason(error: OSError) -> str:
    """An operating system error in a few words ("No space left on device")."""
    return error.strerror or str(error) or type(error).__name__


@contextmanager
def atomic_target(out: str | Path, suffix: str) -> Iterator[tuple[Path, Path]]:
    """(temporary file, target): the temporary file replaces the target only on success.

    A failed write (a full disk, a file-size limit, a folder one may not write in) is an
    ExportError naming the reason, and leaves neither the temporary file nor a changed target.
    """
    target = check_target(out)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".export-", suffix=suffix,
                                             dir=target.parent)
    except OSError as exc:
        raise ExportError(translate(
            "ExportService", "cannot write in the folder {parent}: {reason}").format(
                parent=target.parent, reason=_reason(exc))) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp, target
        # On disk before it takes the target's name: a full disk shows here, not later.
        _flush_to_disk(temp)
        replace_file(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(translate(
            "ExportService", "could not write {target}: {reason}; nothing was written").format(
                target=target, reason=_reason(exc))) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _flush_to_disk(path: Path) -> None:
    handle = os.open(path, os.O_RDWR)  # Windows flushes only what it may write
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def replace_file(finished: Path, target: Path) -> None:
    """Put a finished file in the target's place, or say in one line why it cannot.

    On Windows a file open in Excel cannot be replaced (nor deleted): the export is kept
    nowhere and the person is told to close it, instead of a bare "Access is denied".
    """
    try:
        os.replace(finished, target)
    except PermissionError:
        raise ExportError(translate(
            "ExportService", "{target} is open in another program (Excel?) or read-only; "
            "close it and export again").format(target=target)) from None


@contextmanager
def _one_pass(session: Session) -> Iterator[None]:
    """Read through SQLite's bounded page cache instead of memory-mapping the whole file.

    An export reads every page once; mapped, each page would stay resident and count as our
    memory, so a big store would make a big process. Other databases need nothing.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA mmap_size").scalar()
    connection.exec_driver_sql("PRAGMA mmap_size = 0")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA mmap_size = {int(before or 0)}")


def _check_cancel(cancel: CancelToken | None) -> Callable[[], None]:
    def check() -> None:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
    return check


def export_csv(wb: Workbench, account: AccountInfo, out: str | Path, *,
               batch_ids: list[int] | None = None, statuses: list[str] | None = None,
               submitted_from: datetime | None = None, submitted_to: datetime | None = None,
               progress: Progress = no_progress, cancel: CancelToken | None = None
               ) -> ExportReport:
    """Write assignments in MTurk's batch-results CSV format; the file appears only when done."""
    filter_ = make_filter(account, batch_ids=batch_ids, statuses=statuses,
                          submitted_from=submitted_from, submitted_to=submitted_to)
    total = count_results(wb, filter_)
    check = _check_cancel(cancel)
    rows = 0
    with atomic_target(out, ".csv") as (temp, target), \
            temp.open("w", encoding="utf-8", newline="") as stream, \
            wb.store.read() as session, _one_pass(session):
        columns = result_columns(session, filter_)
        rates = worker_rates(session, account.id, wb.clock())
        writer = BatchResultsWriter(stream, columns.inputs, columns.answers)
        for result in iter_results(session, filter_, answer_xml=True):
            writer.write(csv_record(result, columns, rates))
            rows += 1
            if rows % 1000 == 0:
                check()
                progress(rows, total, translate(
                    "ExportService", "Exporting"))
        check()  # a cancel during the last rows still leaves no file
    progress(rows, total, translate(
        "ExportService", "Exported"))
    _audit(wb, account, "export.csv", target, rows, filter_)
    return ExportReport(target, rows)


def export_xlsx(wb: Workbench, account: AccountInfo, out: str | Path, *,
                batch_ids: list[int] | None = None, statuses: list[str] | None = None,
                submitted_from: datetime | None = None, submitted_to: datetime | None = None,
                progress: Progress = no_progress, cancel: CancelToken | None = None
                ) -> ExportReport:
    """Write an Excel workbook: Results, Consensus, Workers, Bonuses and Summary sheets."""
    filter_ = make_filter(account, batch_ids=batch_ids, statuses=statuses,
                          submitted_from=submitted_from, submitted_to=submitted_to)
    total = count_results(wb, filter_)
    if total >= excel.EXCEL_MAX_ROWS:
        raise ExportError(translate(
            "ExportService", "{count} assignments do not fit in one Excel sheet (it holds "
            "{limit}); narrow the filters or export CSV").format(
                count=f"{total:,}", limit=f"{excel.EXCEL_MAX_ROWS - 1:,}"))
    book: ExcelWorkbook | None = None
    try:
        with atomic_target(out, ".xlsx") as (temp, target):
            book = ExcelWorkbook(temp)
            with wb.store.read() as session, _one_pass(session):
                export = WorkbookExport(book, session, account, filter_, now=wb.clock(),
                                        actor=wb.actor,
                                        rates=worker_rates(session, account.id, wb.clock()),
                                        progress=progress, cancel=cancel, total=total)
                rows = export.write()
            _check_cancel(cancel)()
            progress(rows, total, translate(
                "ExportService", "Saving the workbook"))
            book.save()
    except ExcelLimitError as error:
        raise ExportError(str(error)) from None
    finally:
        if book is not None:
            book.discard()
    progress(rows, total, translate(
        "ExportService", "Exported"))
    _audit(wb, account, "export.xlsx", target, rows, filter_)
    return ExportReport(target, rows, book.truncated_cells, book.neutralised_cells)


def _audit(wb: Workbench, account: AccountInfo, event: str, target: Path, rows: int,
           filter_: ResultFilter) -> None:
    with wb.store.session(write=True) as session:
        record(session, actor=wb.actor, event=event, subject=str(target),
               account_id=account.id, rows=rows, batch_ids=list(filter_.batch_ids),
               statuses=list(filter_.statuses),
               submitted_from=filter_.submitted_from.isoformat()
               if filter_.submitted_from else None,
               submitted_to=filter_.submitted_to.isoformat() if filter_.submitted_to else None)
