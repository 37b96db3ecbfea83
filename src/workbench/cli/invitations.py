"""``workbench workers invite|list|revoke|set``: your own workers, their countries and
languages, and who may sign in to the worker site (through services.workforce)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.cli.arguments import worker_id

DEFAULT_PORT = 8765


def _workforce(wb: Any, account_name: str | None) -> tuple[Any, Any]:
    """(the local account, its workforce) that the command is about."""
    from workbench.cli import UsageError
    from workbench.domain.statuses import AccountKind
    from workbench.services.accounts import get_account, list_accounts
    from workbench.services.workforce import WorkforceError, workforce_for

    account = get_account(wb, account_name)
    if account.kind != AccountKind.LOCAL.value and not account_name:
        local = [a for a in list_accounts(wb) if a.kind == AccountKind.LOCAL.value]
        if not local:
            raise UsageError("there is no local account; add one with "
                             "`workbench accounts add NAME --kind local`")
        account = local[0]
    try:
        return account, workforce_for(wb, account)
    except WorkforceError as exc:
        raise UsageError(str(exc)) from None


def _locale(worker: Any) -> str:
    return f"{worker.locale} (assumed)" if worker.country_assumed else worker.locale


def _who(worker: Any) -> str:
    return f"{worker.name} ({worker.worker_id})" if worker.name else worker.worker_id


def invite(args: argparse.Namespace) -> int:
    """Invite workers and print their sign-in links (each token is shown only now)."""
    from workbench.cli import UsageError
    from workbench.marketplace.wire.served import shared_url
    from workbench.services.context import Workbench
    from workbench.services.workforce import (
        WorkforceError,
        invite_worker,
        invite_workers,
        read_workers_csv,
    )

    one = [f"--{flag.replace('_', '-')}" for flag in ("name", "email", "country", "subdivision",
                                                       "language", "worker_id")
           if getattr(args, flag) is not None]
    if args.from_csv and one:
        raise UsageError(f"--from-csv invites the file's workers; leave out {', '.join(one)}")
    with Workbench.open(args.db) as wb:
        account, workforce = _workforce(wb, args.account)
        try:
            if args.from_csv:
                issued = invite_workers(workforce, read_workers_csv(args.from_csv),
                                        invited_by=account.requester_id)
            else:
                issued = [invite_worker(
                    workforce, name=args.name, email=args.email, country=args.country,
                    subdivision=args.subdivision, language=args.language,
                    invited_by=account.requester_id, worker_id=args.worker_id)]
        except WorkforceError as exc:
            raise UsageError(str(exc)) from None
    base = args.url or shared_url("0.0.0.0", DEFAULT_PORT)
    for made in issued:
        worker = made.worker
        about = ", ".join(p for p in (_locale(worker), worker.language or "", worker.email or "")
                          if p)
        print(f"Invited {_who(worker)}, {about}:\n  {made.link(base)}")
    print("workbench: send each worker their link; it is shown only now (only a hash is kept). "
          "Inviting a worker again makes a new link and the old one stops working.",
          file=sys.stderr)
    if not args.url:
        sys.stderr.write("workbench: the links assume `workbench serve --host 0.0.0.0` on "
                         f"port {DEFAULT_PORT} (or the window's \"Open to my workers\"); "
                         "--url sets another address\n")
    return 0


def list_invitations(args: argparse.Namespace) -> int:
    """Print the invited workers with their country, language and state."""
    import csv

    from workbench.cli.output import table
    from workbench.services.context import Workbench
    from workbench.services.workforce import list_workers

    with Workbench.open(args.db) as wb:
        _account, workforce = _workforce(wb, args.account)
        workers = list_workers(workforce, include_revoked=args.all)

    def when(moment: Any) -> str:
        return moment.strftime("%Y-%m-%d %H:%M") if moment else ""

    headers = ("Worker", "Name", "Email", "Country", "Language", "State", "Invited (UTC)",
               "Last sign-in (UTC)")
    rows = [(w.worker_id, w.name, w.email or "", _locale(w), w.language or "",
             w.state if w.active else f"revoked {when(w.revoked_at)}", when(w.invited_at),
             when(w.last_sign_in)) for w in workers]
    if args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(headers)
        writer.writerows(rows)
        return 0
    if not rows:
        print("No workers are invited yet; `workbench workers invite --name NAME --country CC` "
              "invites one.")
        return 0
    table(headers, rows, sys.stdout)
    assumed = sum(1 for w in workers if w.country_assumed)
    if assumed:
        sys.stderr.write(f"workbench: {assumed} worker(s) were invited before a country could be "
                         "given and are counted as in the US; set theirs with `workbench "
                         "workers set WORKER_ID --country CC`\n")
    return 0


def revoke(args: argparse.Namespace) -> int:
    """Revoke workers' invitations: their links stop working and their sessions end."""
    from workbench.cli import UsageError
    from workbench.services.context import Workbench
    from workbench.services.workforce import WorkforceError, revoke_workers

    with Workbench.open(args.db) as wb:
        _account, workforce = _workforce(wb, args.account)
        try:
            result = revoke_workers(workforce, args.worker_ids)
        except WorkforceError as exc:
            raise UsageError(str(exc)) from None
    if result.unknown:  # revoked meanwhile by someone else
        print(f"Already revoked: {', '.join(result.unknown)}.", file=sys.stderr)
    print(f"Revoked {len(result.revoked)} invitation(s); those workers are signed out.")
    return 0


def set_profile(args: argparse.Namespace) -> int:
    """Set an invited worker's country, subdivision, language, name or e-mail address."""
    from workbench.cli import UsageError
    from workbench.services.context import Workbench
    from workbench.services.workforce import UNCHANGED, WorkforceError, set_worker_profile

    with Workbench.open(args.db) as wb:
        _account, workforce = _workforce(wb, args.account)
        try:
            worker = set_worker_profile(
                workforce, args.worker_id, name=args.name, email=args.email,
                country=args.country,
                subdivision=UNCHANGED if args.subdivision is None else args.subdivision,
                language=UNCHANGED if args.language is None else args.language)
        except WorkforceError as exc:
            raise UsageError(str(exc)) from None
    print(f"{_who(worker)}: {_locale(worker)}, language {worker.language or '(none)'}"
          + (f", {worker.email}" if worker.email else ""))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``workers invite|list|revoke|set`` to the command line."""
    parser = sub.add_parser("workers", help="your own workers: invite, list, revoke, set "
                                            "their country and language")
    commands = parser.add_subparsers(dest="workers_command", required=True)
    add = commands.add_parser(
        "invite", help="invite workers and print their sign-in links",
        description="Invite one worker (--country is needed for a new one) or every worker "
                    "of a file (--from-csv); each sign-in link is printed once.")
    add.add_argument("--name", help="the worker's name, as you will recognise it")
    add.add_argument("--email", help="their e-mail address (inviting it again sends a new "
                                     "link to the same worker)")
    add.add_argument("--country", metavar="CC",
                     help="where they live: an ISO 3166-1 code such as US, DE or IN (what a "
                          "HIT's Location requirement compares)")
    add.add_argument("--subdivision", help="an ISO 3166-2 subdivision of the country, such "
                                           "as NY (US-NY) or BY (DE-BY)")
    add.add_argument("--language", help="the language they read, a BCP 47 tag such as en, de "
                                        "or pt-BR")
    add.add_argument("--from-csv", metavar="FILE",
                     help="invite every worker of a CSV (or Excel) file with columns name, "
                          "email, country, language (and optionally subdivision)")
    add.add_argument("--worker-id", type=worker_id,
                     help="an id to use (e.g. their old MTurk worker id) or an invited "
                          "worker's, to send them a new link")
    add.add_argument("--url", help="the worker site's address to put in the links (default: "
                                   f"this machine's network address, port {DEFAULT_PORT})")
    add.add_argument("--account", help="the local account (default: the default account)")
    add.set_defaults(handler=invite)
    show = commands.add_parser("list", help="list invited workers with their country, "
                                            "language and state")
    show.add_argument("--all", action="store_true", help="include revoked invitations")
    show.add_argument("--format", choices=("table", "csv"), default="table",
                      help="a table to read or CSV for scripts (default table)")
    show.add_argument("--account", help="the local account (default: the default account)")
    show.set_defaults(handler=list_invitations)
    remove = commands.add_parser("revoke", help="revoke workers' invitations and sign them out")
    remove.add_argument("worker_ids", nargs="+", metavar="WORKER_ID", type=worker_id,
                        help="workers whose invitation ends (they are signed out)")
    remove.add_argument("--account", help="the local account (default: the default account)")
    remove.set_defaults(handler=revoke)
    change = commands.add_parser(
        "set", help="set an invited worker's country, subdivision, language, name or e-mail",
        description="A new --country drops the old subdivision unless --subdivision is given; "
                    "--subdivision \"\" or --language \"\" clears it.")
    change.add_argument("worker_id", metavar="WORKER_ID", type=worker_id,
                        help="the worker to change")
    change.add_argument("--country", metavar="CC", help="an ISO 3166-1 code such as DE")
    change.add_argument("--subdivision", help="an ISO 3166-2 subdivision such as BY")
    change.add_argument("--language", help="a BCP 47 tag such as de")
    change.add_argument("--name", help="their name")
    change.add_argument("--email", help="their e-mail address")
    change.add_argument("--account", help="the local account (default: the default account)")
    change.set_defaults(handler=set_profile)
