"""Commands that look after the store itself: check it, back it up, restore a backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.output import StderrProgress


def check(args: argparse.Namespace) -> int:
    from workbench.services.context import Workbench

    with Workbench.open(args.db) as wb:
        report = wb.store.check(whole=True)
        where = str(wb.store.path or wb.store.url)
    if report.sound:
        print(f"{where} is sound ({report.scope} checked in {report.seconds:.1f} s).")
        return 0
    print(f"{where} is damaged ({len(report.problems)} problem(s) in {report.scope}):")
    for line in report.problems:
        print(f"  {line}")
    from workbench.sql.errors import RECOVERY_HINT

    print(f"To recover, {RECOVERY_HINT}.")
    return 1


def backup(args: argparse.Namespace) -> int:
    from workbench.services.backup import BackupError, backup_store
    from workbench.services.context import Workbench

    with Workbench.open(args.db) as wb:
        try:
            report = backup_store(wb.store, args.out,
                                  progress=StderrProgress(quiet=args.quiet))
        except BackupError as exc:
            from workbench.cli import UsageError

            raise UsageError(str(exc)) from None
    print(f"Backed up the store to {report.path} ({report.size_bytes / 2**20:.1f} MB).")
    return 0


def restore(args: argparse.Namespace) -> int:
    from workbench.cli import UsageError
    from workbench.services.backup import BackupError, check_backup, restore_store
    from workbench.sql.engine import database_url, sqlite_path
    from workbench.store.database import default_store_location

    store_path = sqlite_path(database_url(args.db or str(default_store_location())))
    if store_path is None:
        raise UsageError("only an SQLite store can be restored here; restore a server "
                         "database with its own tools (e.g. pg_restore)")
    try:
        check_backup(args.backup)
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("restoring replaces the store (queued decisions not yet sent "
                             "included); add --yes to confirm")
        answer = input(f"Replace {store_path} with {args.backup}? Anything done since the "
                       "backup will be gone from the store (it is kept beside it). [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Not restored.")
            return 1
    try:
        kept = restore_store(args.backup, store_path)
    except BackupError as exc:
        raise UsageError(str(exc)) from None
    print(f"Restored {store_path} from {args.backup}."
          + (f" The previous store was kept as {kept}." if kept else ""))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check_parser = sub.add_parser(
        "check", help="check the whole store for damage",
        description="Check every page of the store for damage (PRAGMA quick_check). Exit "
                    "status 0 when sound, 1 when damaged. Commands check before their first "
                    "write anyway; this checks everything, at any size (for cron).")
    check_parser.set_defaults(handler=check)

    backup_parser = sub.add_parser(
        "backup", help="write a consistent copy of the store",
        description="Write a consistent copy of an SQLite store while it is in use.")
    backup_parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                               help="the backup file to write (appears only when whole)")
    backup_parser.set_defaults(handler=backup)

    restore_parser = sub.add_parser(
        "restore", help="replace the store with a backup",
        description="Replace the SQLite store with a backup. Refused while the window, a "
                    "command or `workbench serve` has the store open. The replaced store is "
                    "kept beside it.")
    restore_parser.add_argument("backup", type=Path, metavar="BACKUP",
                                help="the backup file (made by `workbench backup` or the "
                                     "window's File → Back up…)")
    restore_parser.add_argument("--yes", action="store_true",
                                help="do not ask for confirmation")
    restore_parser.set_defaults(handler=restore)
