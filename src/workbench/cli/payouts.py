"""``workbench payouts …``: what your own workers are owed, payout runs and their files.

Scripts depend on these: ``owed`` lists each worker's earned, paid and owed amounts; ``run``
records a run and writes its file, printing the run id and total; ``list``, ``mark-paid``
and ``cancel`` follow a run through. Exit status 0, 2 for bad input (one line on stderr,
nothing changed; also when nothing is owed), 1 when a file could not be written (the run
is then cancelled).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

EXIT_FILE_FAILED = 1


@contextmanager
def _account(args: argparse.Namespace) -> Iterator[tuple[Any, Any]]:
    """(the workbench, the own-workforce account the command is about)."""
    from workbench.cli import UsageError
    from workbench.domain.currency import InvalidMoney
    from workbench.domain.fee_schedules import InvalidFee, is_own_workforce
    from workbench.services.accounts import get_account, list_accounts
    from workbench.services.context import Workbench
    from workbench.services.payouts import PayoutError

    with Workbench.open(args.db) as wb:
        account = get_account(wb, args.account)
        if not args.account and not is_own_workforce(account.kind):
            # The default account is an MTurk one: the payouts are the own workforce's.
            own = [a for a in list_accounts(wb) if is_own_workforce(a.kind)]
            if len(own) != 1:
                raise UsageError(f"{account.name} is an MTurk account; name the account of "
                                 "your own workers with --account")
            account = own[0]
        try:
            yield wb, account
        except (PayoutError, InvalidMoney, InvalidFee) as exc:
            raise UsageError(str(exc)) from None


def _money(cents: int, currency: str) -> str:
    from workbench.domain.currency import format_money

    return format_money(cents, currency)


def _when(value: Any) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def owed(args: argparse.Namespace) -> int:
    """Each worker's earned, paid and owed amounts (and what is in runs not yet paid)."""
    from workbench.cli.output import table
    from workbench.services.payouts import ledger, payout_settings

    with _account(args) as (wb, account):
        balances = ledger(wb, account)
        currency = payout_settings(account).currency
    headers = ["WORKER", "NAME", "EMAIL", "EARNED", "PAID", "IN RUNS", "OWED"]
    rows = [[b.worker_id, b.name, b.email, _money(b.earned_cents, currency),
             _money(b.paid_cents, currency), _money(b.in_runs_cents, currency),
             _money(b.owed_cents, currency)] for b in balances]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([h.lower().replace(" ", "_") for h in headers] + ["currency"])
        writer.writerows([[b.worker_id, b.name, b.email, *(f"{c / 100:.2f}" for c in (
            b.earned_cents, b.paid_cents, b.in_runs_cents, b.owed_cents)), currency]
            for b in balances])
        return 0
    if not rows:
        print(f"No worker of {account.name} has earned anything yet.")
        return 0
    rows.append(["TOTAL", "", "", *(_money(sum(getattr(b, f) for b in balances), currency)
                                    for f in ("earned_cents", "paid_cents", "in_runs_cents",
                                              "owed_cents"))])
    table(headers, rows, sys.stdout)
    return 0


def run(args: argparse.Namespace) -> int:
    """Record a run of what is owed, then write its file; print the run id and total."""
    from workbench.domain.currency import parse_money
    from workbench.services.payouts import PayoutFileError, payout_settings, start_run

    with _account(args) as (wb, account):
        currency = payout_settings(account).currency
        minimum = parse_money(args.min, currency, what="--min") if args.min else 1
        try:
            outcome = start_run(wb, account, file_format=args.format, out=args.out,
                                minimum_cents=minimum, worker_ids=args.workers)
        except PayoutFileError as exc:
            sys.stderr.write(f"workbench: {exc}\n")
            return EXIT_FILE_FAILED
    for worker, why in outcome.left_out:
        sys.stderr.write(f"workbench: left out {worker}: {why}\n")
    payout = outcome.run
    print(f"Payout run {payout.id}: {_money(payout.total_cents, payout.currency)} to "
          f"{payout.workers} worker(s) ({payout.entries} amounts); file {payout.file_path}")
    if payout.fee_cents:
        print(f"The payout service's fee ({payout.fee_percent}%): about "
              f"{_money(payout.fee_cents, payout.currency)}.")
    print(f"Once the payout service has paid it: workbench payouts mark-paid {payout.id}")
    return 0


def list_runs(args: argparse.Namespace) -> int:
    """Every payout run of the account, newest first."""
    from workbench.cli.output import table
    from workbench.services.payouts import list_runs as runs_of
    from workbench.services.payouts import publish_paid_runs

    with _account(args) as (wb, account):
        runs = runs_of(wb, account, worker_id=args.worker)
        publish_paid_runs(wb, account)
    if not runs:
        print(f"No payout runs for {account.name} yet; `workbench payouts run` makes one.")
        return 0
    table(["RUN", "STATE", "CREATED", "BY", "WORKERS", "TOTAL", "FORMAT", "PAID", "FILE"],
          [[r.id, r.state, _when(r.created_at), r.created_by, r.workers,
            _money(r.total_cents, r.currency), r.file_format, _when(r.paid_at),
            r.file_path or ""] for r in runs], sys.stdout)
    unwritten = [r.id for r in runs if r.state == "recorded"]
    if unwritten:
        sys.stderr.write(f"workbench: run(s) {', '.join(map(str, unwritten))} were recorded but "
                         "their file was never written (interrupted?): `workbench payouts write "
                         "RUN --out FILE` writes it, `workbench payouts cancel RUN` gives the "
                         "amounts back\n")
    return 0


def show(args: argparse.Namespace) -> int:
    """One run's payments, one line a worker."""
    from workbench.cli.output import table
    from workbench.services.payouts import list_runs as runs_of
    from workbench.services.payouts import run_lines

    with _account(args) as (wb, account):
        lines = run_lines(wb, account, args.run)
        found = next(r for r in runs_of(wb, account) if r.id == args.run)
    print(f"Payout run {found.id}: {found.state_text}, {_money(found.total_cents, found.currency)}"
          f" to {found.workers} worker(s)")
    table(["WORKER", "NAME", "EMAIL", "AMOUNT", "AMOUNTS", "REFERENCE"],
          [[line.worker_id, line.name, line.email, _money(line.amount_cents, found.currency),
            line.entries, line.reference] for line in lines], sys.stdout)
    return 0


def mark_paid(args: argparse.Namespace) -> int:
    """The payout service paid the run."""
    from workbench.services.payouts import mark_paid as mark

    with _account(args) as (wb, account):
        outcome = mark(wb, account, args.run)
    run_ = outcome.run
    if not outcome.changed:
        print(f"Payout run {run_.id} was already marked paid ({_when(run_.paid_at)} by "
              f"{run_.paid_by}); nothing changed.")
        return 0
    print(f"Payout run {run_.id} marked paid: {_money(run_.total_cents, run_.currency)} to "
          f"{run_.workers} worker(s)."
          + (" Workers see it on the worker site." if outcome.site_told else ""))
    return 0


def cancel(args: argparse.Namespace) -> int:
    """Cancel a run that was not paid: its amounts are owed again."""
    from workbench.services.payouts import cancel_run

    with _account(args) as (wb, account):
        outcome = cancel_run(wb, account, args.run, reason=args.reason or "")
    run_ = outcome.run
    if not outcome.changed:
        print(f"Payout run {run_.id} was already cancelled; nothing changed.")
        return 0
    print(f"Payout run {run_.id} cancelled: {_money(run_.total_cents, run_.currency)} is owed "
          "again" + (f"; its file {run_.file_path} was removed" if run_.file_path else "") + ".")
    return 0


def write(args: argparse.Namespace) -> int:
    """Write a run's file again (it was lost, or its writing was interrupted)."""
    from workbench.services.payouts import PayoutFileError, write_run_file

    with _account(args) as (wb, account):
        try:
            run_ = write_run_file(wb, account, args.run, args.out)
        except PayoutFileError as exc:
            sys.stderr.write(f"workbench: {exc}\n")
            return EXIT_FILE_FAILED
    print(f"Payout run {run_.id}: file {run_.file_path} "
          f"({_money(run_.total_cents, run_.currency)} to {run_.workers} worker(s)).")
    return 0


def payee(args: argparse.Namespace) -> int:
    """Set where a worker is paid."""
    from workbench.cli import UsageError
    from workbench.services.payouts import set_payee

    if args.email is None and args.name is None:
        raise UsageError("give --email ADDRESS (\"\" clears it) and/or --name NAME")
    with _account(args) as (wb, account):
        found = set_payee(wb, account, args.worker, email=args.email, name=args.name)
    print(f"{found.worker_id}: {found.name or '(no name)'} <{found.email or 'no e-mail'}>")
    return 0


def settings(args: argparse.Namespace) -> int:
    """Show, or set, the account's currency and the payout service's fee."""
    from workbench.domain.fee_schedules import fee_schedule
    from workbench.services.payouts import payout_settings, set_payout_settings

    with _account(args) as (wb, account):
        if args.currency is not None or args.fee_percent is not None:
            account = set_payout_settings(wb, account, currency=args.currency,
                                          fee_percent=args.fee_percent)
    found = payout_settings(account)
    print(f"{account.name}: currency {found.currency}; fees: "
          f"{fee_schedule(account.kind, account.options).describe()}")
    return 0


def _run_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a run number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("a run number is at least 1")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``payouts owed|run|list|show|mark-paid|cancel|write|payee|settings``."""
    parser = sub.add_parser("payouts", help="pay your own workers: what is owed, payout runs",
                            description="Pay your own workers (local and endpoint accounts), "
                                        "each amount exactly once.")
    commands = parser.add_subparsers(dest="payouts_command", metavar="ACTION", required=True)
    account_help = ("the account of your own workers (default: the default account, or the "
                    "only local/endpoint one)")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_: str
            ) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_, description=help_)
        command.add_argument("--account", help=account_help)
        command.set_defaults(handler=handler)
        return command

    owed_parser = add("owed", owed, "each worker's earned, paid and owed amounts")
    owed_parser.add_argument("--format", choices=["table", "csv"], default="table",
                             help="a table to read, or CSV for a spreadsheet (default: table)")
    run_parser = add("run", run, "record a payout run of what is owed and write its file "
                                 "(exit 2 when nothing is owed: no file is written)")
    run_parser.add_argument("--format", required=True, choices=["paypal", "csv"],
                            help="paypal: PayPal Payouts' bulk file; csv: worker, email, "
                                 "amount, currency, reference")
    run_parser.add_argument("--out", required=True, metavar="FILE",
                            help="where to write the payout file")
    run_parser.add_argument("--min", metavar="AMOUNT",
                            help="only workers owed at least this much (e.g. 5.00)")
    run_parser.add_argument("--workers", nargs="+", metavar="ID", help="only these workers")
    list_parser = add("list", list_runs, "list payout runs, newest first")
    list_parser.add_argument("--worker", metavar="ID", help="only runs paying this worker")
    show_parser = add("show", show, "show one run's payments")
    show_parser.add_argument("run", type=_run_id, metavar="RUN", help="the run's number")
    paid_parser = add("mark-paid", mark_paid, "the payout service paid the run: mark it paid")
    paid_parser.add_argument("run", type=_run_id, metavar="RUN", help="the run's number")
    cancel_parser = add("cancel", cancel, "cancel a run not yet paid: its amounts are owed "
                                          "again and its file is removed")
    cancel_parser.add_argument("run", type=_run_id, metavar="RUN", help="the run's number")
    cancel_parser.add_argument("--reason", help="why it is cancelled (kept with the run)")
    write_parser = add("write", write, "write a run's file again (lost, or interrupted)")
    write_parser.add_argument("run", type=_run_id, metavar="RUN", help="the run's number")
    write_parser.add_argument("--out", required=True, metavar="FILE",
                              help="where to write the run's file")
    payee_parser = add("payee", payee, "set the e-mail address (and name) a worker is paid at")
    payee_parser.add_argument("worker", metavar="WORKER_ID", help="the worker to be paid")
    payee_parser.add_argument("--email", metavar="ADDRESS",
                              help="the address the payout service pays (\"\" clears it)")
    payee_parser.add_argument("--name", help="the worker's name, as the payout file shows it")
    settings_parser = add("settings", settings, "show or set the account's currency and the "
                                                "payout service's fee")
    settings_parser.add_argument("--currency", choices=["USD", "EUR", "GBP"],
                                 type=str.upper, help="the account's currency (only until "
                                                      "the first payout run)")
    settings_parser.add_argument("--fee-percent", metavar="P",
                                 help="the payout service's fee, e.g. 2.9 (0 for none)")
