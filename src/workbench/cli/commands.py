"""The command line's commands; each opens the store, calls a service, and reports."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from workbench.cli.arguments import (
    decimal_number,
    dollars,
    duration,
    positive,
    record_id,
    whole_number,
    worker_id,
)
from workbench.cli.output import StderrProgress, table
from workbench.domain.limits import (
    MAX_ASSIGNMENTS_PER_HIT,
    MAX_AUTO_APPROVAL_S,
    MAX_DURATION_S,
    MIN_DURATION_S,
)
from workbench.domain.money import (
    LARGE_BONUS_CENTS,
    MAX_BONUS_CENTS,
    MAX_REWARD_CENTS,
    format_dollars,
)

Handler = Callable[[argparse.Namespace], int]

# Bounds of the options that take a count (amounts and durations are in the domain).
MAX_ATTEMPTS = 100
MAX_DEMO_HITS = 100_000
MAX_DEMO_ASSIGNMENTS = 100
MAX_DEMO_WORKERS = 10_000
MAX_LISTED = 1_000_000
# publish_batch allows no more (services.publish.MAX_CONCURRENCY; not imported here, so that
# building the parser stays quick).
MAX_CONCURRENCY = 32


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


def _balance(account: Any) -> str:
    """An account's balance in its currency (a Prolific workspace's may be pounds)."""
    if account.kind == "prolific" and account.balance_cents is not None:
        from workbench.marketplace.prolific.fees import format_amount

        return format_amount(account.balance_cents, account.options.get("currency") or "GBP")
    return _money(account.balance_cents)


def _when(value: Any) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


# -- accounts ---------------------------------------------------------------------------------

def accounts_add(args: argparse.Namespace) -> int:
    from workbench.services.accounts import add_account

    with _workbench(args) as wb:
        if args.kind == "prolific":
            from workbench.cli.prolific import add_prolific_account

            return add_prolific_account(args, wb)
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
            a.endpoint_url or a.aws_profile or "", _balance(a),
            _when(a.last_synced_at)] for a in accounts], sys.stdout)
    return 0


def accounts_display_name(args: argparse.Namespace) -> int:
    from workbench.services.accounts import display_name, set_display_name

    with _workbench(args) as wb:
        account = set_display_name(wb, args.name, args.display_name)
    print(f"Workers now see {account.name} as {display_name(account)!r}")
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
    """Publish a batch (or resume one): cost and fair pay first, then one HIT per row."""
    from pathlib import Path

    from workbench.cli import UsageError
    from workbench.domain.clock import format_duration
    from workbench.domain.money import format_dollars
    from workbench.formats.inputs import read_input_table
    from workbench.services.accounts import get_account
    from workbench.services.batches import previous_work_time
    from workbench.services.publish import (
        DEFAULT_CONCURRENCY,
        HITProperties,
        batch_fingerprint,
        check_batch,
        create_batch,
        empty_placeholder_cells,
        estimate_cost,
        find_same_batch,
        publish_batch,
    )
    from workbench.services.requirements import parse_requirement

    concurrency = args.concurrency or DEFAULT_CONCURRENCY
    if args.resume is not None:
        return _resume_publishing(args, concurrency)
    missing = [flag for flag, value in (("--template", args.template), ("--input", args.input),
                                        ("--title", args.title),
                                        ("--description", args.description),
                                        ("--reward", args.reward),
                                        ("--assignments", args.assignments)) if not value]
    if missing:
        raise UsageError(f"publish needs {', '.join(missing)} (or --resume BATCH_ID)")
    with _workbench(args) as wb:
        from workbench.services.accounts import find_account, refuse_archive

        # Before any word on the files: an archive takes nothing, whatever they hold. Only
        # looked up: a store without accounts gets its local one once the files are good.
        named = find_account(wb, args.account)
        if named is not None:
            refuse_archive(named, "publish")
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
        assignments=args.assignments, keywords=args.keywords or "",
        lifetime=str(args.lifetime), duration=str(args.duration),
        auto_approve=str(args.auto_approve),
        requirements=[parse_requirement(spec) for spec in args.require or []])
    check_batch(html, table_, props)
    for empty in empty_placeholder_cells(html, table_):
        sys.stderr.write(f"workbench: warning: {empty.message()}: those HITs show nothing "
                         "there\n")
    _say_template_checks(html, table_.columns)
    cost = estimate_cost(props, len(table_.rows))
    print(f"{cost.hits:,} HITs × {cost.assignments_per_hit} assignment(s) at "
          f"{format_dollars(cost.reward_cents)} + {format_dollars(cost.fee_cents)} fee = "
          f"{format_dollars(cost.per_assignment_cents)} an assignment, "
          f"{format_dollars(cost.per_hit_cents)} a HIT: up to "
          f"{format_dollars(cost.total_cents)} with fees.")
    if cost.surcharge:
        print(f"MTurk adds 20% to the fee for HITs of 10 or more assignments: "
              f"{cost.split_hits_per_row} HITs of at most 9 assignments per row would cost "
              f"{format_dollars(cost.split_total_cents)} (saving "
              f"{format_dollars(cost.split_saving_cents)}).")
    task_seconds = max(1, round(args.minutes * 60)) if args.minutes else None
    basis = f"At {args.minutes:g} min a task" if task_seconds else ""
    progress = _progress(args)
    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        if task_seconds is None:
            # No estimate given: how long workers took on an earlier batch of this page.
            worked = previous_work_time(wb, account.id, html)
            if worked is not None and worked.median_s > 0:
                task_seconds = worked.median_s
                basis = (f"At {format_duration(worked.median_s)} a task (the median of batch "
                         f"{worked.batch_id}, {worked.batch_name!r})")
        if task_seconds:
            _say_fair_pay(basis, props.reward_cents, task_seconds)
        if args.dry_run:
            print("Checked every row; nothing was published (--dry-run).")
            return 0
        if account.moves_real_money and not args.yes:
            raise UsageError(f"{account.name} spends real money: add --yes to publish "
                             f"(up to {format_dollars(cost.total_cents)})")
        earlier = None if args.again else find_same_batch(
            wb, account, batch_fingerprint(html, table_, props))
        if earlier is not None and earlier.published_rows == earlier.total_rows:
            raise UsageError(
                f"this template, input and properties were already published as batch "
                f"{earlier.id} ({earlier.name!r}, {earlier.total_rows} HITs); add --again to "
                "publish a second copy")
        if earlier is not None:
            print(f"Resuming batch {earlier.id} ({earlier.name!r}): {earlier.published_rows} of "
                  f"{earlier.total_rows} HITs were already published.")
            batch_id = earlier.id
        else:
            batch_id = create_batch(wb, account, name=args.name or args.title,
                                    template_html=html, table=table_, props=props,
                                    estimated_task_s=task_seconds)
        report = publish_batch(wb, account, batch_id, progress=progress,
                               concurrency=concurrency)
    progress.done()
    print(f"Published batch {batch_id}: {report.published}/{report.total} HITs "
          f"(HIT type {report.hit_type_id}).")
    return 0


def _say_template_checks(html: str, columns: list[str]) -> None:
    """What the designer's checks say about the page (a page without a form gets one)."""
    from workbench.formats.template_scan import check_template

    for problem in check_template(html, columns):
        kind = "note" if problem.severity == "info" else "warning"
        sys.stderr.write(f"workbench: {kind}: {problem.message}\n")


def _say_fair_pay(basis: str, reward_cents: int, task_seconds: int) -> None:
    from workbench.domain.money import format_dollars
    from workbench.services.publish import fair_pay
    from workbench.services.settings import load_settings

    wage = load_settings().fair_wage_cents_per_hour
    pay = fair_pay(reward_cents, task_seconds, wage)
    hourly = format_dollars(pay.hourly_cents)
    line = f"{basis}, {format_dollars(reward_cents)} pays {hourly} an hour"
    if pay.below_fair:
        sys.stderr.write(f"workbench: warning: {line}, below your fair wage of "
                         f"{format_dollars(wage)} an hour (a reward of "
                         f"{format_dollars(pay.fair_reward_cents)} reaches it)\n")
    else:
        print(line + ".")


def _resume_publishing(args: argparse.Namespace, concurrency: int) -> int:
    from workbench.cli import UsageError
    from workbench.services.accounts import get_account
    from workbench.services.batches import batch_details
    from workbench.services.publish import publish_batch

    progress = _progress(args)
    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        details = batch_details(wb, args.resume)
        if details is None:
            raise UsageError(f"there is no batch {args.resume}")
        if account.moves_real_money and not args.yes:
            raise UsageError(f"{account.name} spends real money: add --yes to publish")
        report = publish_batch(wb, account, args.resume, progress=progress,
                               concurrency=concurrency)
    progress.done()
    print(f"Published batch {args.resume}: {report.published}/{report.total} HITs "
          f"({report.created} created now, {report.recovered + report.reconciled} found "
          f"already made, {report.already_published} published before).")
    return 0


# -- review -----------------------------------------------------------------------------------

def review(args: argparse.Namespace) -> int:
    from workbench.services import outbox
    from workbench.services.accounts import get_account

    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        if account.kind == "prolific":
            from workbench.cli.prolific import review as review_on_prolific

            queued = review_on_prolific(args, wb, account)
        elif getattr(args, "category", None):
            from workbench.cli import UsageError

            raise UsageError("--category is for Prolific accounts only")
        elif args.action == "approve":
            queued = outbox.queue_approve(wb, account, args.ids, feedback=args.feedback)
        elif args.action == "reject":
            queued = outbox.queue_reject(wb, account, args.ids, feedback=args.feedback)
        elif args.action == "bonus":
            queued = [outbox.queue_bonus(wb, account, args.id, args.amount, reason=args.reason,
                                         confirmed=args.yes)]
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

def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    account_help = "the account (default: the default account)"

    accounts = sub.add_parser("accounts", help="add and list marketplace accounts")
    accounts_sub = accounts.add_subparsers(dest="accounts_command", metavar="ACTION",
                                           required=True)
    add = accounts_sub.add_parser("add", help="add an account")
    add.add_argument("name", help="a name for the account, e.g. \"MTurk live\"")
    add.add_argument("--kind", required=True, help="where its work goes",
                     choices=["local", "mturk-sandbox", "mturk", "endpoint", "prolific",
                              "mturk-archive"])
    add.add_argument("--endpoint", help="the endpoint URL (kind endpoint; for prolific, "
                     "another API address than Prolific's)")
    add.add_argument("--workspace", help="the Prolific workspace (default: the token's first)")
    add.add_argument("--token-stdin", action="store_true",
                     help="read the Prolific API token from standard input (else "
                          "WORKBENCH_PROLIFIC_TOKEN, else asked at the terminal)")
    add.add_argument("--profile", help="the AWS profile holding the credentials")
    add.add_argument("--default", action="store_true", help="make it the default account")
    add.add_argument("--max-attempts", type=positive(MAX_ATTEMPTS), metavar="N",
                     help="attempts per MTurk call, retries included (default 8)")
    add.set_defaults(handler=accounts_add)
    accounts_sub.add_parser("list", help="list accounts").set_defaults(handler=accounts_list)
    shown = accounts_sub.add_parser("display-name", help="the name workers see for a local "
                                                         "account on the worker site")
    shown.add_argument("name", help="the account")
    shown.add_argument("display_name", metavar="DISPLAY_NAME",
                       help="e.g. \"Acme Research\" (empty: the account's name)")
    shown.set_defaults(handler=accounts_display_name)

    from workbench.cli import prolific as prolific_commands

    prolific_commands.register(sub, accounts_sub)

    demo_parser = sub.add_parser("demo", help="publish a demo batch to a local account and let "
                                              "simulated workers complete it")
    demo_parser.add_argument("--account", help=account_help)
    demo_parser.add_argument("--hits", type=positive(MAX_DEMO_HITS), default=50,
                             help="HITs in the demo batch (default 50)")
    demo_parser.add_argument("--assignments", type=positive(MAX_DEMO_ASSIGNMENTS), default=3,
                             help="assignments per HIT (default 3)")
    demo_parser.add_argument("--workers", type=positive(MAX_DEMO_WORKERS), default=10,
                             help="simulated workers, one of them careless (default 10)")
    demo_parser.add_argument("--seed", type=whole_number(0, 2**63 - 1),
                             help="repeat the same demo (same answers and timings)")
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
    hits_parser.add_argument("--batch", type=record_id, metavar="ID",
                             help="only this batch's HITs (ids as `workbench hits` shows)")
    hits_parser.add_argument("--status", help="only HITs in this state",
                             choices=["Assignable", "Unassignable", "Reviewable", "Reviewing",
                                      "Disposed"])
    hits_parser.add_argument("--account", help=account_help)
    hits_parser.add_argument("--format", choices=["table", "csv"], default="table",
                             help="a table to read or CSV for scripts (default table)")
    hits_parser.set_defaults(handler=hits)

    from workbench.cli import transfer as transfer_commands  # export and import-results

    transfer_commands.register(sub)

    pub = sub.add_parser("publish", help="publish a batch: one HIT per input row",
                         description="Publish a batch: one HIT per input row, each created "
                                     "exactly once. Running the same command again resumes "
                                     "an interrupted batch instead of publishing twice.")
    pub.add_argument("--template", metavar="FILE.html",
                     help="the task page with ${column} placeholders (an MTurk template works)")
    pub.add_argument("--input", metavar="FILE.csv|FILE.xlsx",
                     help="one row per HIT; its columns fill the placeholders")
    pub.add_argument("--sheet", help="the Excel sheet (default: the first)")
    pub.add_argument("--title", help="what workers see in the list of tasks")
    pub.add_argument("--description", help="a sentence on what the task asks")
    pub.add_argument("--reward", type=dollars("reward", MAX_REWARD_CENTS),
                     help="US dollars per assignment, e.g. 0.05 (at most "
                          f"{format_dollars(MAX_REWARD_CENTS)})")
    pub.add_argument("--assignments", type=positive(MAX_ASSIGNMENTS_PER_HIT,
                                                     unit="assignment(s)"),
                     help="assignments per HIT")
    # Durations are checked here against MTurk's ranges and given on as seconds.
    pub.add_argument("--lifetime", default="3d", type=duration(MIN_DURATION_S, MAX_DURATION_S),
                     help="how long the HITs are offered (30s to 365d; default 3d)")
    pub.add_argument("--duration", default="30m", type=duration(MIN_DURATION_S, MAX_DURATION_S),
                     help="how long a worker has for one (30s to 365d; default 30m)")
    pub.add_argument("--auto-approve", default="3d", type=duration(0, MAX_AUTO_APPROVAL_S),
                     help="submitted work is approved after this long (at most 30d; default 3d)")
    pub.add_argument("--keywords", help="comma-separated words workers can search for")
    pub.add_argument("--name", help="the batch's name (default: the title)")
    pub.add_argument("--require", action="append", metavar="SPEC",
                     help='a qualification requirement, e.g. "approval-rate>=95", '
                          '"approved-hits>=1000", "locale in US,CA", "masters", '
                          '"QUALID>=80"')
    pub.add_argument("--minutes", type=decimal_number(0, MAX_DURATION_S / 60, low_open=True),
                     metavar="M",
                     help="how long one task takes, in minutes: prints the hourly wage and "
                          "warns below your fair wage setting")
    pub.add_argument("--concurrency", type=positive(MAX_CONCURRENCY), metavar="N",
                     help=f"requests in flight at once (default 8, at most {MAX_CONCURRENCY})")
    pub.add_argument("--resume", type=record_id, metavar="BATCH_ID",
                     help="finish publishing an interrupted batch")
    pub.add_argument("--again", action="store_true",
                     help="publish a second copy of a batch already published")
    pub.add_argument("--dry-run", action="store_true",
                     help="check every row and print the cost; publish nothing")
    pub.add_argument("--account", help=account_help)
    pub.add_argument("--yes", action="store_true", help="publish to a real-money account")
    pub.set_defaults(handler=publish)

    rev = sub.add_parser("review", help="queue review decisions (sent by `workbench sync`)")
    rev_sub = rev.add_subparsers(dest="action", metavar="ACTION", required=True)
    approve = rev_sub.add_parser("approve", help="approve assignments")
    approve.add_argument("ids", nargs="+", metavar="ASSIGNMENT_ID", help="assignments to approve")
    approve.add_argument("--feedback", help="a note the workers see (optional)")
    reject = rev_sub.add_parser("reject", help="reject assignments (feedback required)")
    reject.add_argument("ids", nargs="+", metavar="ASSIGNMENT_ID", help="assignments to reject")
    reject.add_argument("--feedback", required=True,
                        help="why, in words the workers understand (they see it; Prolific: at "
                             "least 100 characters)")
    reject.add_argument("--category", help="Prolific's rejection category (e.g. LOW_EFFORT)")
    bonus = rev_sub.add_parser("bonus", help="pay a bonus for an assignment")
    bonus.add_argument("id", metavar="ASSIGNMENT_ID", help="the assignment the bonus is for")
    bonus.add_argument("--amount", required=True, type=dollars("bonus", MAX_BONUS_CENTS),
                       help=f"US dollars, e.g. 0.50 (at most {format_dollars(MAX_BONUS_CENTS)}; "
                            f"above {format_dollars(LARGE_BONUS_CENTS)} only with --yes)")
    bonus.add_argument("--reason", required=True, help="what the bonus is for (the worker sees it)")
    bonus.add_argument("--yes", action="store_true",
                       help=f"confirm a bonus above {format_dollars(LARGE_BONUS_CENTS)}")
    block = rev_sub.add_parser("block", help="block a worker from your HITs")
    block.add_argument("worker", metavar="WORKER_ID", type=worker_id, help="the worker to block")
    block.add_argument("--reason", required=True, help="why (kept with the block)")
    unblock = rev_sub.add_parser("unblock", help="unblock a worker")
    unblock.add_argument("worker", metavar="WORKER_ID", type=worker_id,
                         help="the worker to unblock")
    unblock.add_argument("--reason", help="why (kept with the change; optional)")
    for parser in (approve, reject, bonus, block, unblock):
        parser.add_argument("--account", help=account_help)
        parser.set_defaults(handler=review)

    out = sub.add_parser("outbox", help="list queued actions; undo or retry one")
    out.add_argument("--account", help=account_help)
    out.add_argument("--state", action="append", help="only actions in this state (repeatable)",
                     choices=["pending", "sending", "sent", "failed", "cancelled"])
    out.add_argument("--limit", type=positive(MAX_LISTED), default=200,
                     help="at most this many actions, newest first (default 200)")
    out.add_argument("--undo", type=record_id, metavar="ID", help="undo a pending action")
    out.add_argument("--retry", type=record_id, metavar="ID", help="retry a failed action")
    out.set_defaults(handler=outbox_list)

    from workbench.cli import marketplace as marketplace_commands

    marketplace_commands.register(sub)
    __import__("workbench.cli.qualifications", fromlist=["register"]).register(sub)
    __import__("workbench.cli.store_commands", fromlist=["register"]).register(sub)
    __import__("workbench.cli.payouts", fromlist=["register"]).register(sub)
