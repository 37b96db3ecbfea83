"""The commands that move files in and out: ``export`` and ``import-results``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any

from workbench.cli.arguments import record_id, whole_number
from workbench.cli.output import StderrProgress

EXPORT_HELP = """\
Export assignments with their HITs, inputs and answers.

--format csv writes MTurk's batch-results CSV (same columns, names, timestamps in US
Pacific time, "$0.05" rewards, "97% (35/36)" approval rates), so scripts written for
MTurk's downloads read it unchanged. --format xlsx writes an Excel workbook: Results (one
row per assignment, answers one field per column, typed cells), Consensus (majority answer
per HIT and field, with its agreement), Workers, Bonuses and Summary (spend with fees).

Both end with empty Approve and Reject columns: that makes them review sheets. Mark x in
Approve or write a reason in Reject, then `workbench import-results` the file.
"""

IMPORT_HELP = """\
Import MTurk batch results (a CSV downloaded from MTurk, or a review sheet exported by
`workbench export`, as .csv or .xlsx).

Without --account, the rows go to the account already holding them (a review sheet of your
own), or else to the account "MTurk archive" (kind mturk, made on first use), so that
decisions on MTurk HITs are sent to MTurk and never to the local marketplace. Importing the
same file again changes nothing; a newer download of a batch updates its statuses. A bad
file is refused with the reason and nothing is imported.

Rows marked in Approve (x) or Reject (a reason for the worker) are decisions: the command
prints what it would queue and what it leaves out (already decided, already queued, marked
both ways, no reason). It queues them only with --yes; `workbench sync` then sends them.
"""

ENCODING_NAMES = {"utf-8-sig": "UTF-8 CSV", "cp1252": "Windows-1252 CSV", "utf-16": "UTF-16 CSV",
                  "xlsx": "Excel workbook"}


@contextmanager
def _workbench(args: argparse.Namespace) -> Iterator[Any]:
    from workbench.services.context import Workbench

    wb = Workbench.open(args.db)
    try:
        yield wb
    finally:
        wb.close()


def _day_or_time(text: str | None, *, end: bool = False) -> datetime | None:
    """A date (local midnight) or an ISO date and time (local unless it names a zone).

    As the end of a range, a date alone means the whole of that day.
    """
    from workbench.cli import UsageError

    if text is None:
        return None
    raw = text.strip()
    try:
        if len(raw) == 10:
            moment = datetime.combine(date.fromisoformat(raw), time())
            if end:
                moment += timedelta(days=1)
        else:
            moment = datetime.fromisoformat(raw)
    except ValueError:
        raise UsageError(f"{_shown(text)} is not a date like 2024-01-31 or 2024-01-31T14:00"
                         ) from None
    except OverflowError:
        raise UsageError(f"{_shown(text)} is too far in the future") from None
    try:
        return moment.astimezone() if moment.tzinfo is None else moment
    except (ValueError, OverflowError):
        # Python's calendar ends at year 1 and 9999; local time may step beyond either.
        raise UsageError(f"{_shown(text)} is too far in the past or the future") from None


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "…")


def export(args: argparse.Namespace) -> int:
    from workbench.services.accounts import get_account
    from workbench.services.export import export_csv, export_xlsx

    since, until = _day_or_time(args.since), _day_or_time(args.until, end=True)
    write = export_xlsx if args.format == "xlsx" else export_csv
    progress = StderrProgress(quiet=args.quiet)
    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        report = write(wb, account, args.out, batch_ids=args.batch or None,
                       statuses=args.status or None, submitted_from=since,
                       submitted_to=until, progress=progress)
    progress.done()
    print(f"Wrote {report.rows} assignment(s) to {report.path}")
    if report.truncated_cells:
        print(f"{report.truncated_cells} cell(s) were longer than Excel allows and were cut "
              "(the CSV export keeps them whole)")
    return 0


def import_results(args: argparse.Namespace) -> int:
    from workbench.cli import UsageError
    from workbench.formats.batch_csv_reader import ResultsFileError
    from workbench.services.accounts import get_account
    from workbench.services.importing import ResultsImportError
    from workbench.services.importing import import_results as run_import
    from workbench.services.transfer.review import queue_review

    progress = StderrProgress(quiet=args.quiet)
    with _workbench(args) as wb:
        account = get_account(wb, args.account) if args.account else None
        try:
            report = run_import(wb, args.file, account=account, dry_run=args.dry_run,
                                progress=progress)
        except (ResultsFileError, ResultsImportError) as exc:
            raise UsageError(str(exc)) from None
        progress.done()
        verb = "Would import" if report.dry_run else "Imported"
        encoding = ENCODING_NAMES.get(report.encoding, report.encoding)
        print(f"{verb} {report.path.name} ({encoding}) into "
              f"{report.account.name}: {report.rows} row(s); {report.hits_added} HIT(s) and "
              f"{report.assignments_added} assignment(s) added, "
              f"{report.assignments_updated} updated, {report.assignments_unchanged} unchanged.")
        for batch in report.batches:
            state = "new" if batch.created else "existing"
            print(f"  batch {batch.batch_id} ({state}): {batch.name}")
        if report.assignments_left_to_sync:
            print(f"{report.assignments_left_to_sync} assignment(s) belong to HITs that "
                  f"{report.account.name} syncs from its marketplace: run `workbench sync`.")
        if report.ignored_columns:
            print("Ignored column(s): " + ", ".join(report.ignored_columns[:10]))
        plan = report.review
        if plan is None or not plan.marked:
            return 0
        for line in plan.preview(limit=args.show):
            print(line)
        if not plan.decisions:
            return 0
        if report.dry_run or not args.yes:
            print(f"Nothing queued: run again with --yes to queue these "
                  f"{len(plan.decisions)} decision(s) (importing the file again changes "
                  "nothing else).")
            return 0
        outcome = queue_review(wb, plan)
    for skipped in outcome.skipped:
        sys.stderr.write(f"workbench: line {skipped.line}: {skipped.assignment_id} not queued: "
                         f"{skipped.reason}\n")
    print(f"Queued {len(outcome.queued)} decision(s). Run `workbench sync` to send them.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export`` and ``import-results`` to the command line."""
    account_help = "the account (default: the default account)"
    fmt = argparse.RawDescriptionHelpFormatter

    exp = sub.add_parser("export", help="export results: MTurk's batch-results CSV or an "
                                        "Excel workbook", description=EXPORT_HELP,
                         formatter_class=fmt)
    exp.add_argument("--format", choices=["xlsx", "csv"], required=True,
                     help="an Excel workbook, or MTurk's batch-results CSV")
    exp.add_argument("--out", required=True, metavar="PATH",
                     help="the file to write (appears only when complete)")
    exp.add_argument("--batch", type=record_id, action="append", metavar="ID",
                     help="only this batch (repeat for several)")
    exp.add_argument("--status", action="append", choices=["Submitted", "Approved", "Rejected"],
                     help="only assignments in this status (repeat for several); "
                          "--status Submitted makes a sheet of the work still to review")
    exp.add_argument("--from", dest="since", metavar="DATE",
                     help="only work submitted on or after this date (local time)")
    exp.add_argument("--to", dest="until", metavar="DATE",
                     help="only work submitted up to this date, inclusive (local time)")
    exp.add_argument("--account", help=account_help)
    exp.set_defaults(handler=export)

    imp = sub.add_parser("import-results", help="import MTurk batch results or a marked "
                                                "review sheet", description=IMPORT_HELP,
                         formatter_class=fmt)
    imp.add_argument("file", metavar="FILE", help="a .csv (UTF-8 or Windows-1252) or .xlsx")
    imp.add_argument("--account", help="the account to import into (default: see above)")
    imp.add_argument("--yes", action="store_true",
                     help="queue the decisions marked in the file (after the preview)")
    imp.add_argument("--dry-run", action="store_true",
                     help="show what would be imported and queued; change nothing")
    imp.add_argument("--show", type=whole_number(0, 1_000_000), default=50, metavar="N",
                     help="list at most N decisions in the preview (default 50)")
    imp.set_defaults(handler=import_results)
