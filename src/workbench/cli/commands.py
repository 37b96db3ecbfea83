"""The command line's commands; each opens the store, calls a service, and reports."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from workbench.cli.output import StderrProgress, table

Handler = Callable[[argparse.Namespace], int]


@contextmanager
def _workbench(args: argparse.Namespace) -> Iterator[Any]:
    from workbench.services.context import Workbench

    wb = Workbench.open(args.db)
    try:
        yield wb
    finally:
        wb.close()


def _progress(args: argparse.Namespace) -> StderrProgress:
    return StderrProgress(quiet=args.quiet)


def _money(cents: int | None) -> str:
    from workbench.domain.money import format_dollars

    return "" if cents is None else format_dollars(cents)


def _when(value: Any) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


# -- accounts ---------------------------------------------------------------------------------

def accounts_add(args: argparse.Namespace) -> int:
    from workbench.services.accounts import add_account

    with _workbench(args) as wb:
        account = add_account(wb, args.name, args.kind, endpoint_url=args.endpoint,
                              aws_profile=args.profile, make_default=args.default,
                              options={"max_attempts": args.max_attempts}
                              if args.max_attempts else None)
    default = " (default)" if account.is_default else ""
    print(f"Added account {account.name}: {account.kind_label}{default}")
    return 0


def accounts_list(args: argparse.Namespace) -> int:
    from workbench.services.accounts import list_accounts

    with _workbench(args) as wb:
        accounts = list_accounts(wb)
    if not accounts:
        print("No accounts yet. `workbench demo` creates a local one; "
              "`workbench accounts add NAME --kind ...` adds another.")
        return 0
    table(["", "NAME", "KIND", "ENDPOINT / PROFILE", "BALANCE", "LAST SYNC"],
          [["*" if a.is_default else "", a.name, a.kind,
            a.endpoint_url or a.aws_profile or "", _money(a.balance_cents),
            _when(a.last_synced_at)] for a in accounts], sys.stdout)
    return 0


# -- demo, sync, hits, export -----------------------------------------------------------------

def demo(args: argparse.Namespace) -> int:
    from workbench.services.demo import run_demo

    progress = _progress(args)
    with _workbench(args) as wb:
        report = run_demo(wb, account_name=args.account, hits=args.hits,
                          assignments=args.assignments, workers=args.workers, seed=args.seed,
                          progress=progress)
    progress.done()
    print(f"{report.batch_name}: {report.hits} HITs published to {report.account.name}; "
          f"{report.workers} simulated workers submitted {report.assignments_submitted} "
          f"assignments; synced {report.pull.assignments} into the store (batch id "
          f"{report.batch_id}).")
    return 0


def sync(args: argparse.Namespace) -> int:
    from workbench.cli.marketplace import confirm_spending_here
    from workbench.services.accounts import get_account
    from workbench.services.sync import sync as run_sync

    progress = _progress(args)
    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        confirm_spending_here(wb, account, yes=args.yes)
        report = run_sync(wb, account, full=args.full, progress=progress)
    progress.done()
    push, pull = report.push, report.pull
    print(f"Sent {push.sent} queued action(s)"
          + (f", {push.reconciled} found already done" if push.reconciled else "")
          + (f", {push.failed} refused" if push.failed else "")
          + (f", {push.deferred} to retry" if push.deferred else "")
          + f"; {pull.hits_checked} HITs checked, {pull.hits_fetched} updated, "
          f"{pull.assignments} assignments pulled ({pull.total_calls} calls).")
    for action_id, message in push.failures:
        sys.stderr.write(f"workbench: action {action_id} refused: {message}\n")
    if push.throttled:
        sys.stderr.write("workbench: the marketplace is throttling; run sync again later\n")
    if push.held:
        sys.stderr.write(f"workbench: {push.held} action(s) that spend real money were not sent; "
                         "run `workbench sync --yes` to send them\n")
    return 1 if push.failed or push.deferred or push.held else 0


def hits(args: argparse.Namespace) -> int:
    from workbench.services.accounts import get_account
    from workbench.services.queries import HitFilter, list_hits

    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        rows = list_hits(wb, HitFilter(account.id, batch_id=args.batch, status=args.status))
    headers = ["HITId", "Batch", "Title", "Status", "Reward", "Max", "Available", "Pending",
               "Submitted", "Approved", "Rejected", "Created", "Expires"]
    values: list[list[object]] = [[h.hit_id, h.batch_name, h.title, h.status,
                                   _money(h.reward_cents),
               h.max_assignments, h.available, h.pending, h.submitted, h.approved, h.rejected,
               _when(h.creation_time), _when(h.expiration)] for h in rows]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(values)
    else:
        for row in values:
            title = str(row[2])
            row[2] = title[:40] + "…" if len(title) > 41 else title
        table(headers, values, sys.stdout)
    return 0


# -- publish ----------------------------------------------------------------------------------

def publish(args: argparse.Namespace) -> int:
    from pathlib import Path

    from workbench.cli import UsageError
    from workbench.domain.money import format_dollars
    from workbench.formats.inputs import read_input_table
    from workbench.services.accounts import get_account
    from workbench.services.publish import (
        HITProperties,
        check_batch,
        create_batch,
        publish_batch,
    )
    from workbench.services.requirements import parse_requirement

    template = Path(args.template)
    if not template.is_file():
        raise UsageError(f"template {template} does not exist")
    try:
        html = template.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"template {template} is not UTF-8 text") from None
    table_ = read_input_table(args.input, sheet=args.sheet)
    props = HITProperties.parse(
        title=args.title, description=args.description, reward=args.reward,
        assignments=args.assignments, keywords=args.keywords or "", lifetime=args.lifetime,
        duration=args.duration, auto_approve=args.auto_approve,
        requirements=[parse_requirement(spec) for spec in args.require or []])
    check_batch(html, table_, props)
    cost = props.cost_cents(len(table_.rows))
    print(f"{len(table_.rows)} HITs × {props.max_assignments} assignment(s) at "
          f"{format_dollars(props.reward_cents)}: up to {format_dollars(cost)} with fees.")
    progress = _progress(args)
    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        if account.moves_real_money and not args.yes:
            raise UsageError(f"{account.name} spends real money: add --yes to publish "
                             f"(up to {format_dollars(cost)})")
        batch_id = create_batch(wb, account, name=args.name or args.title,
                                template_html=html, table=table_, props=props)
        report = publish_batch(wb, account, batch_id, progress=progress)
    progress.done()
    print(f"Published batch {batch_id}: {report.published}/{report.total} HITs "
          f"(HIT type {report.hit_type_id}).")
    return 0


# -- review -----------------------------------------------------------------------------------

def review(args: argparse.Namespace) -> int:
    from workbench.services import outbox
    from workbench.services.accounts import get_account

    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        if args.action == "approve":
            queued = outbox.queue_approve(wb, account, args.ids, feedback=args.feedback)
        elif args.action == "reject":
            queued = outbox.queue_reject(wb, account, args.ids, feedback=args.feedback)
        elif args.action == "bonus":
            queued = [outbox.queue_bonus(wb, account, args.id, args.amount, reason=args.reason)]
        elif args.action == "block":
            queued = [outbox.queue_block(wb, account, args.worker, reason=args.reason)]
        else:
            queued = [outbox.queue_unblock(wb, account, args.worker, reason=args.reason or "")]
    for action in queued:
        print(f"Queued #{action.id}: {action.description}")
    print("Run `workbench sync` to send them.")
    return 0


def outbox_list(args: argparse.Namespace) -> int:
    from workbench.services import outbox
    from workbench.services.accounts import get_account

    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        if args.undo:
            action = outbox.undo(wb, args.undo)
            print(f"Undone #{action.id}: {action.description}")
            return 0
        if args.retry:
            action = outbox.retry(wb, args.retry)
            print(f"Queued again #{action.id}: {action.description}")
            return 0
        actions = outbox.list_actions(wb, account, args.state or None, limit=args.limit)
    table(["#", "STATE", "QUEUED", "BY", "TRIES", "ACTION", "LAST ERROR"],
          [[a.id, a.state, _when(a.created_at), a.created_by, a.attempts,
            a.description[:70], (a.last_error or "")[:60]] for a in actions], sys.stdout)
    return 0


# -- the parser -------------------------------------------------------------------------------

def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    account_help = "the account (default: the default account)"

    accounts = sub.add_parser("accounts", help="add and list marketplace accounts")
    accounts_sub = accounts.add_subparsers(dest="accounts_command", metavar="ACTION",
                                           required=True)
    add = accounts_sub.add_parser("add", help="add an account")
    add.add_argument("name")
    add.add_argument("--kind", required=True,
                     choices=["local", "mturk-sandbox", "mturk", "endpoint"])
    add.add_argument("--endpoint", help="the endpoint URL (kind endpoint)")
    add.add_argument("--profile", help="the AWS profile holding the credentials")
    add.add_argument("--default", action="store_true", help="make it the default account")
    add.add_argument("--max-attempts", type=_positive, metavar="N",
                     help="attempts per MTurk call, retries included (default 8)")
    add.set_defaults(handler=accounts_add)
    accounts_sub.add_parser("list", help="list accounts").set_defaults(handler=accounts_list)

    demo_parser = sub.add_parser("demo", help="publish a demo batch to a local account and let "
                                              "simulated workers complete it")
    demo_parser.add_argument("--account", help=account_help)
    demo_parser.add_argument("--hits", type=_positive, default=50)
    demo_parser.add_argument("--assignments", type=_positive, default=3)
    demo_parser.add_argument("--workers", type=_positive, default=10)
    demo_parser.add_argument("--seed", type=int)
    demo_parser.set_defaults(handler=demo)

    sync_parser = sub.add_parser("sync", help="push queued actions, then pull from the "
                                              "marketplace")
    sync_parser.add_argument("--account", help=account_help)
    sync_parser.add_argument("--full", action="store_true",
                             help="fetch every HIT again, not just the changed ones")
    sync_parser.add_argument("--yes", action="store_true",
                             help="send actions that spend real money without asking")
    sync_parser.set_defaults(handler=sync)

    hits_parser = sub.add_parser("hits", help="list HITs")
    hits_parser.add_argument("--batch", type=int)
    hits_parser.add_argument("--status", choices=["Assignable", "Unassignable", "Reviewable",
                                                  "Reviewing", "Disposed"])
    hits_parser.add_argument("--account", help=account_help)
    hits_parser.add_argument("--format", choices=["table", "csv"], default="table")
    hits_parser.set_defaults(handler=hits)

    from workbench.cli import transfer as transfer_commands  # export and import-results

    transfer_commands.register(sub)

    pub = sub.add_parser("publish", help="publish a batch: one HIT per input row")
    pub.add_argument("--template", required=True, metavar="FILE.html")
    pub.add_argument("--input", required=True, metavar="FILE.csv|FILE.xlsx")
    pub.add_argument("--sheet", help="the Excel sheet (default: the first)")
    pub.add_argument("--title", required=True)
    pub.add_argument("--description", required=True)
    pub.add_argument("--reward", required=True, help="US dollars per assignment, e.g. 0.05")
    pub.add_argument("--assignments", required=True, help="assignments per HIT")
    pub.add_argument("--lifetime", default="3d")
    pub.add_argument("--duration", default="30m")
    pub.add_argument("--auto-approve", default="3d")
    pub.add_argument("--keywords")
    pub.add_argument("--name", help="the batch's name (default: the title)")
    pub.add_argument("--require", action="append", metavar="SPEC",
                     help='a qualification requirement, e.g. "approval-rate>=95", '
                          '"approved-hits>=1000", "locale in US,CA", "masters", '
                          '"QUALID>=80"')
    pub.add_argument("--account", help=account_help)
    pub.add_argument("--yes", action="store_true", help="publish to a real-money account")
    pub.set_defaults(handler=publish)

    rev = sub.add_parser("review", help="queue review decisions (sent by `workbench sync`)")
    rev_sub = rev.add_subparsers(dest="action", metavar="ACTION", required=True)
    approve = rev_sub.add_parser("approve", help="approve assignments")
    approve.add_argument("ids", nargs="+", metavar="ASSIGNMENT_ID")
    approve.add_argument("--feedback")
    reject = rev_sub.add_parser("reject", help="reject assignments (feedback required)")
    reject.add_argument("ids", nargs="+", metavar="ASSIGNMENT_ID")
    reject.add_argument("--feedback", required=True)
    bonus = rev_sub.add_parser("bonus", help="pay a bonus for an assignment")
    bonus.add_argument("id", metavar="ASSIGNMENT_ID")
    bonus.add_argument("--amount", required=True)
    bonus.add_argument("--reason", required=True)
    block = rev_sub.add_parser("block", help="block a worker from your HITs")
    block.add_argument("worker", metavar="WORKER_ID")
    block.add_argument("--reason", required=True)
    unblock = rev_sub.add_parser("unblock", help="unblock a worker")
    unblock.add_argument("worker", metavar="WORKER_ID")
    unblock.add_argument("--reason")
    for parser in (approve, reject, bonus, block, unblock):
        parser.add_argument("--account", help=account_help)
        parser.set_defaults(handler=review)

    out = sub.add_parser("outbox", help="list queued actions; undo or retry one")
    out.add_argument("--account", help=account_help)
    out.add_argument("--state", action="append",
                     choices=["pending", "sending", "sent", "failed", "cancelled"])
    out.add_argument("--limit", type=_positive, default=200)
    out.add_argument("--undo", type=_positive, metavar="ID", help="undo a pending action")
    out.add_argument("--retry", type=_positive, metavar="ID", help="retry a failed action")
    out.set_defaults(handler=outbox_list)

    from workbench.cli import marketplace as marketplace_commands

    marketplace_commands.register(sub)
