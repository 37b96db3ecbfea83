"""``workbench qualifications``: types, tests, requests and scores from the command line.

Grants, revokes and request decisions are queued in the outbox (as review decisions are);
``workbench sync`` sends them. Creating, changing and deleting a type talks to the
marketplace at once.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workbench.cli.arguments import duration, whole_number, worker_id
from workbench.cli.output import StderrProgress, table
from workbench.domain.limits import MAX_DURATION_S, MAX_SCORE, MIN_SCORE

HELP = """\
Qualification types, their tests and answer keys, workers' scores and pending requests.

  list                      the account's types, with holders and waiting requests
  create NAME ...           a new type; --test/--answer-key take QuestionForm/AnswerKey files
  show TYPE                 one type (TYPE is its id or its name)
  requests [TYPE]           pending requests, with the score the answer key gives
  grant TYPE WORKER...      queue a score (--value) for workers
  revoke TYPE WORKER...     queue revoking it (--reason)
  decide REQUEST...         queue --grant [--value N] or --reject --reason TEXT
  export --out FILE.csv     MTurk's worker CSV (UPDATE-<name> and Revoke columns)
  import FILE.csv           queue what its UPDATE- columns say (with --yes)
  activate|deactivate TYPE  open or close a type to new requests
  delete TYPE               delete a type on the marketplace
  simulate TYPE             simulated workers ask for it (local marketplace only)

Queued actions are sent by `workbench sync`; `workbench outbox --undo ID` takes one back.
"""


@contextmanager
def _session(args: argparse.Namespace) -> Iterator[tuple[Any, Any]]:
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench

    wb = Workbench.open(args.db)
    try:
        yield wb, get_account(wb, args.account)
    finally:
        wb.close()


def _bad_input(handler: Callable[[argparse.Namespace], int]
               ) -> Callable[[argparse.Namespace], int]:
    """Our own refusals are bad input (exit 2, one line), like the rest of the CLI's."""
    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from workbench.cli import UsageError
        from workbench.formats.answer_keys import AnswerKeyError
        from workbench.formats.qualification_tests import TestFormatError
        from workbench.formats.worker_csv import WorkerCsvError
        from workbench.services.qualifications import QualificationError

        try:
            return handler(args)
        except (QualificationError, TestFormatError, AnswerKeyError) as exc:
            raise UsageError(str(exc)) from None
        except WorkerCsvError as exc:
            raise UsageError(str(exc).replace("\n", "; ")) from None
    return run


def _type(wb: Any, account: Any, ref: str) -> Any:
    from workbench.cli import UsageError
    from workbench.services.qualifications import list_types

    types = list_types(wb, account)
    found = [t for t in types if ref in (t.type_id, t.name)] or \
        [t for t in types if t.name.lower() == ref.lower()]
    if len(found) != 1:
        known = ", ".join(t.name for t in types) or "none yet"
        raise UsageError(f"no qualification type {ref!r} in {account.name} (types: {known})")
    return found[0]


def _read(path: str | None, what: str) -> str | None:
    from workbench.cli import UsageError

    if not path:
        return None
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the {what} {path}: {exc}") from None


# A qualification score: MTurk's IntegerValue is a 32-bit integer.
score = whole_number(MIN_SCORE, MAX_SCORE)


@_bad_input
def list_command(args: argparse.Namespace) -> int:
    from workbench.services.qualifications import how_workers_get_it, list_types

    with _session(args) as (wb, account):
        rows = [(t.type_id, t.name, t.status, how_workers_get_it(t), t.holders, t.pending)
                for t in list_types(wb, account)]
    table(["Id", "Name", "Status", "How workers get it", "Holders", "Waiting"], rows,
          sys.stdout)
    return 0


@_bad_input
def create_command(args: argparse.Namespace) -> int:
    from workbench.services.qualifications import TypeSpec, create_type, save_review_key

    test_xml = _read(args.test, "test")
    key_xml = _read(args.answer_key, "answer key")
    spec = TypeSpec(
        name=args.name, description=args.description, keywords=args.keywords or "",
        active=not args.inactive, auto_granted=args.auto_grant is not None,
        auto_granted_value=args.auto_grant if args.auto_grant is not None else 1,
        retry_delay_s=args.retry_delay, test_xml=test_xml,
        answer_key_xml=None if args.review else key_xml,
        test_duration_s=args.duration if test_xml else None)
    with _session(args) as (wb, account):
        created = create_type(wb, account, spec)
        if args.review and key_xml:
            save_review_key(created.type_id, key_xml)
    print(created.type_id)
    return 0


@_bad_input
def show_command(args: argparse.Namespace) -> int:
    from workbench.services.qualifications import how_workers_get_it

    with _session(args) as (wb, account):
        qtype = _type(wb, account, args.type)
    for label, value in (("Id", qtype.type_id), ("Name", qtype.name),
                         ("Description", qtype.description), ("Keywords", qtype.keywords),
                         ("Status", qtype.status),
                         ("How workers get it", how_workers_get_it(qtype)),
                         ("Retry delay", f"{qtype.retry_delay_s} s" if qtype.retry_delay_s
                          is not None else "none (one request per worker)"),
                         ("Holders", qtype.holders), ("Waiting requests", qtype.pending)):
        print(f"{label + ':':20} {value}")
    return 0


@_bad_input
def requests_command(args: argparse.Namespace) -> int:
    from workbench.services.qualifications import pending_requests

    with _session(args) as (wb, account):
        type_id = _type(wb, account, args.type).type_id if args.type else None
        found = pending_requests(wb, account, type_id)
    table(["Request", "Qualification", "Worker", "Score", "Full marks", "Queued"],
          [(r.request_id, r.type_name, r.worker_id,
            "" if r.suggested_value is None else r.suggested_value,
            f"{r.score.correct}/{len(r.score.questions)}" if r.score else "", r.queued or "")
           for r in found], sys.stdout)
    return 0


def _report(report: Any, verb: str) -> int:
    print(f"{verb}: {report.summary}; `workbench sync` sends them")
    for worker, why in report.skipped:
        sys.stderr.write(f"workbench: {worker}: {why}\n")
    return 0 if report.queued or not report.skipped else 2


@_bad_input
def grant_command(args: argparse.Namespace) -> int:
    from workbench.services.qualifications import grant_scores

    with _session(args) as (wb, account):
        qtype = _type(wb, account, args.type)
        return _report(grant_scores(wb, account, qtype.type_id, args.workers, args.value),
                       "Queued")


@_bad_input
def revoke_command(args: argparse.Namespace) -> int:
    from workbench.services.qualifications import revoke_scores

    with _session(args) as (wb, account):
        qtype = _type(wb, account, args.type)
        return _report(revoke_scores(wb, account, qtype.type_id, args.workers, args.reason),
                       "Queued")


@_bad_input
def decide_command(args: argparse.Namespace) -> int:
    from workbench.cli import UsageError
    from workbench.services.qualifications import (
        grant_requests,
        pending_requests,
        reject_requests,
    )

    if args.reject and not args.reason:
        raise UsageError("rejecting needs --reason (the worker reads it)")
    with _session(args) as (wb, account):
        pending = {r.request_id: r for r in pending_requests(wb, account)}
        unknown = [r for r in args.requests if r not in pending]
        if unknown:
            raise UsageError(f"no pending request {unknown[0]} (see `workbench qualifications "
                             "requests`)")
        chosen = [pending[r] for r in dict.fromkeys(args.requests)]
        if args.reject:
            return _report(reject_requests(wb, account, chosen, args.reason), "Queued")
        return _report(grant_requests(wb, account, chosen, args.value), "Queued")


@_bad_input
def export_command(args: argparse.Namespace) -> int:
    from workbench.services.worker_scores import export_worker_csv

    with _session(args) as (wb, account):
        type_ids = [_type(wb, account, t).type_id for t in args.type] if args.type else None
        progress = StderrProgress(quiet=args.quiet)
        count = export_worker_csv(wb, account, Path(args.out), type_ids, progress=progress)
        progress.done()
    print(f"Wrote {count:,} workers to {args.out}")
    return 0


@_bad_input
def import_command(args: argparse.Namespace) -> int:
    from workbench.cli import UsageError
    from workbench.services.qualifications import QualificationError
    from workbench.services.worker_scores import apply_import, plan_worker_csv, read_csv_file

    try:
        text = read_csv_file(Path(args.file))
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {exc}") from None
    with _session(args) as (wb, account):
        plan = plan_worker_csv(wb, account, text)
        print(plan.summary)
        for planned in plan.scores[:50]:
            after = "revoke" if planned.value is None else planned.value
            print(f"  {planned.worker_id}  {planned.name}: {planned.before} -> {after}")
        if plan.empty:
            return 0
        if not args.yes:
            sys.stderr.write("workbench: nothing queued; add --yes to queue these changes\n")
            return 0
        try:
            return _report(apply_import(wb, account, plan), "Queued")
        except QualificationError as exc:
            raise UsageError(str(exc)) from None


def _status(active: bool) -> Callable[[argparse.Namespace], int]:
    @_bad_input
    def run(args: argparse.Namespace) -> int:
        from workbench.services.qualifications import set_active

        with _session(args) as (wb, account):
            changed = set_active(wb, account, _type(wb, account, args.type).type_id, active)
        print(f"{changed.name} is {changed.status}")
        return 0
    return run


@_bad_input
def delete_command(args: argparse.Namespace) -> int:
    from workbench.services.qualifications import delete_type

    with _session(args) as (wb, account):
        qtype = _type(wb, account, args.type)
        delete_type(wb, account, qtype.type_id)
    print(f"Deleted {qtype.name}")
    return 0


@_bad_input
def simulate_command(args: argparse.Namespace) -> int:
    from workbench.services.qualification_simulation import simulate_requests

    with _session(args) as (wb, account):
        qtype = _type(wb, account, args.type)
        progress = StderrProgress(quiet=args.quiet)
        report = simulate_requests(wb, account, qtype.type_id, workers=args.workers,
                                   seed=args.seed, progress=progress)
        progress.done()
    print(report.summary)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``workbench qualifications ...`` to the command line."""
    type_help = "the qualification type: its id or its name"
    parser = sub.add_parser("qualifications", help="qualification types, tests, requests and "
                                                   "scores", description=HELP,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="qualifications_command", metavar="ACTION",
                                    required=True)

    def action(name: str, handler: Callable[[argparse.Namespace], int], text: str
               ) -> argparse.ArgumentParser:
        command = actions.add_parser(name, help=text, description=text)
        command.add_argument("--account", help="the account (default: the default account)")
        command.set_defaults(handler=handler)
        return command

    action("list", list_command, "list the account's qualification types")
    create = action("create", create_command, "create a qualification type")
    create.add_argument("name", help="the qualification's name, as workers see it")
    create.add_argument("--description", required=True, help="what workers read about it")
    create.add_argument("--keywords", help="comma-separated words workers can search for")
    create.add_argument("--test", metavar="FILE.xml", help="a QuestionForm test")
    create.add_argument("--answer-key", metavar="FILE.xml", help="its AnswerKey")
    create.add_argument("--review", action="store_true",
                        help="keep the answer key here to suggest scores; review each request")
    create.add_argument("--duration", default="30m", type=duration(1, MAX_DURATION_S),
                        help="time to take the test (default 30m)")
    create.add_argument("--retry-delay", metavar="DURATION", type=duration(0, MAX_DURATION_S),
                        help="let workers ask again after this long (cannot be undone later)")
    create.add_argument("--auto-grant", type=score, metavar="VALUE",
                        help="grant this score to every worker who asks")
    create.add_argument("--inactive", action="store_true", help="closed to requests for now")
    action("show", show_command, "show one qualification type").add_argument(
        "type", help=type_help)
    requests = action("requests", requests_command, "list pending qualification requests")
    requests.add_argument("type", nargs="?", help="only this type's requests (default: all)")
    grant = action("grant", grant_command, "queue granting a score to workers")
    grant.add_argument("type", help=type_help)
    grant.add_argument("workers", nargs="+", metavar="WORKER", type=worker_id,
                       help="workers to grant it to")
    grant.add_argument("--value", type=score, required=True, help="the score they hold")
    revoke = action("revoke", revoke_command, "queue revoking a qualification from workers")
    revoke.add_argument("type", help=type_help)
    revoke.add_argument("workers", nargs="+", metavar="WORKER", type=worker_id,
                        help="workers to take it from")
    revoke.add_argument("--reason", default="", help="the worker reads it")
    decide = action("decide", decide_command, "queue decisions on pending requests")
    decide.add_argument("requests", nargs="+", metavar="REQUEST",
                        help="request ids, as `qualifications requests` lists them")
    how = decide.add_mutually_exclusive_group(required=True)
    how.add_argument("--grant", action="store_true",
                     help="grant (with --value, or the score the answer key gives)")
    how.add_argument("--reject", action="store_true", help="reject the requests")
    decide.add_argument("--value", type=score, help="the score granted (default: the test's)")
    decide.add_argument("--reason", help="why a request is rejected (the worker reads it)")
    export = action("export", export_command, "write MTurk's worker CSV")
    export.add_argument("--out", required=True, metavar="FILE.csv", help="the CSV file to write")
    export.add_argument("--type", action="append", metavar="TYPE",
                        help="only these types (repeat; default: all)")
    imported = action("import", import_command, "queue the changes in an edited worker CSV")
    imported.add_argument("file", metavar="FILE.csv",
                          help="a worker CSV, as `qualifications export` writes")
    imported.add_argument("--yes", action="store_true", help="queue them (otherwise only show)")
    action("activate", _status(True), "open a type to requests").add_argument(
        "type", help=type_help)
    action("deactivate", _status(False), "close a type to new requests").add_argument(
        "type", help=type_help)
    action("delete", delete_command, "delete a qualification type").add_argument(
        "type", help=type_help)
    simulate = action("simulate", simulate_command,
                      "simulated workers ask for a type (local marketplace)")
    simulate.add_argument("type", help=type_help)
    simulate.add_argument("--workers", type=whole_number(1, 10_000), default=20,
                          help="simulated workers taking the test (default 20)")
    simulate.add_argument("--seed", type=whole_number(0, 2**63 - 1),
                          help="repeat the same simulation")
