"""``workbench workers invite|resend|list|revoke|set``: your own workers, their countries and
languages, and who may sign in to the worker site (through services.workforce).

They work the same for a local account (its marketplace database) and for an ``endpoint``
account of a hosted site (over the site's signed administration API). ``--links-csv``
writes each new link with a ready-to-send message in the worker's language.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from workbench.cli.arguments import worker_id

DEFAULT_PORT = 8765


def _workforce(wb: Any, account_name: str | None) -> tuple[Any, Any]:
    """(the account, its workforce) that the command is about: the one named, else the
    default account if it has workers of its own, else the first local account."""
    from workbench.cli import UsageError
    from workbench.domain.statuses import AccountKind
    from workbench.services.accounts import get_account, list_accounts
    from workbench.services.workforce import WorkforceError, has_workforce, workforce_for

    account = get_account(wb, account_name)
    if not has_workforce(account) and not account_name:
        local = [a for a in list_accounts(wb) if a.kind == AccountKind.LOCAL.value]
        if not local:
            raise UsageError("there is no local account; add one with "
                             "`workbench accounts add NAME --kind local`")
        account = local[0]
    try:
        return account, workforce_for(wb, account)
    except WorkforceError as exc:
        raise UsageError(str(exc)) from None


@contextlib.contextmanager
def _refusals() -> Iterator[None]:
    """A refusal of bad input is exit status 2; a site that cannot be reached, 1."""
    from workbench.cli import UsageError
    from workbench.services.context import MarketplaceUnavailable
    from workbench.services.workforce import (
        InvitedInPart,
        WorkforceError,
        WorkforceUnavailable,
    )

    try:
        yield
    except (WorkforceUnavailable, InvitedInPart) as exc:  # some of it may have been done
        raise MarketplaceUnavailable(str(exc)) from None
    except WorkforceError as exc:
        raise UsageError(str(exc)) from None


def _locale(worker: Any) -> str:
    return f"{worker.locale} (assumed)" if worker.country_assumed else worker.locale


def _who(worker: Any) -> str:
    return f"{worker.name} ({worker.worker_id})" if worker.name else worker.worker_id


def invite(args: argparse.Namespace) -> int:
    """Invite workers and print their sign-in links (each token is shown only now)."""
    from workbench.cli import UsageError
    from workbench.services.context import Workbench
    from workbench.services.workforce import (
        InvitedInPart,
        invite_worker,
        invite_workers,
        read_workers_csv,
    )

    one = [f"--{flag.replace('_', '-')}" for flag in ("name", "email", "country", "subdivision",
                                                       "language", "worker_id")
           if getattr(args, flag) is not None]
    if args.from_csv and one:
        raise UsageError(f"--from-csv invites the file's workers; leave out {', '.join(one)}")
    _check_links_csv(args.links_csv)
    with Workbench.open(args.db) as wb:
        account, workforce = _workforce(wb, args.account)
        with _refusals():
            try:
                if args.from_csv:
                    issued = invite_workers(workforce, read_workers_csv(args.from_csv),
                                            invited_by=account.requester_id)
                else:
                    issued = [invite_worker(
                        workforce, name=args.name, email=args.email, country=args.country,
                        subdivision=args.subdivision, language=args.language,
                        invited_by=account.requester_id, worker_id=args.worker_id)]
            except InvitedInPart as exc:
                _hand_out(args, exc.issued)  # those invited must not lose their links
                raise
    _hand_out(args, issued)
    print("workbench: send each worker their link; it is shown only now (only a hash is kept). "
          "Inviting a worker again makes a new link and the old one stops working.",
          file=sys.stderr)
    if not args.url and not any(made.site_url for made in issued):
        sys.stderr.write("workbench: the links assume `workbench serve --host 0.0.0.0` on "
                         f"port {DEFAULT_PORT} (or the window's \"Open to my workers\"); "
                         "--url sets another address\n")
    return 0


def resend(args: argparse.Namespace) -> int:
    """New sign-in links for invited workers; each one's earlier link stops working."""
    from workbench.services.context import Workbench
    from workbench.services.workforce import InvitedInPart, resend_invitations

    _check_links_csv(args.links_csv)
    with Workbench.open(args.db) as wb:
        _account, workforce = _workforce(wb, args.account)
        with _refusals():
            try:
                issued = resend_invitations(workforce, args.worker_ids)
            except InvitedInPart as exc:
                _hand_out(args, exc.issued)
                raise
    _hand_out(args, issued)
    print("workbench: the earlier links of these workers no longer work.", file=sys.stderr)
    return 0


def _check_links_csv(path: str | None) -> None:
    """Refuse a --links-csv that cannot be written before anyone is invited."""
    if path:
        from workbench.services.export import check_target

        check_target(path)


def _hand_out(args: argparse.Namespace, issued: Sequence[Any]) -> None:
    """Print each new link, and write them with their messages to --links-csv if asked."""
    from workbench.marketplace.wire.served import shared_url
    from workbench.services.invitation_messages import messages_for, write_links_csv

    base = args.url or (None if all(made.site_url for made in issued)
                        else shared_url("0.0.0.0", DEFAULT_PORT))
    for made in issued:
        worker = made.worker
        about = ", ".join(p for p in (_locale(worker), worker.language or "", worker.email or "")
                          if p)
        print(f"Invited {_who(worker)}, {about}:\n  {made.link(base)}")
    if args.links_csv and issued:
        from workbench.views.workers.languages import translator_for

        target = write_links_csv(args.links_csv, messages_for(
            issued, base, sender=args.sender or "", translator_for=translator_for))
        print(f"workbench: wrote {len(issued)} link(s) with their messages to {target} "
              "(readable by you only: the links sign workers in)", file=sys.stderr)


def list_invitations(args: argparse.Namespace) -> int:
    """Print the invited workers with their country, language and state."""
    import csv

    from workbench.cli.output import table
    from workbench.services.context import Workbench
    from workbench.services.workforce import list_workers

    with Workbench.open(args.db) as wb, _refusals():
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
    from workbench.services.context import Workbench
    from workbench.services.workforce import revoke_workers

    with Workbench.open(args.db) as wb:
        _account, workforce = _workforce(wb, args.account)
        with _refusals():
            result = revoke_workers(workforce, args.worker_ids)
    if result.unknown:  # revoked meanwhile by someone else
        print(f"Already revoked: {', '.join(result.unknown)}.", file=sys.stderr)
    print(f"Revoked {len(result.revoked)} invitation(s); those workers are signed out.")
    return 0


def set_profile(args: argparse.Namespace) -> int:
    """Set an invited worker's country, subdivision, language, name or e-mail address."""
    from workbench.services.context import Workbench
    from workbench.services.workforce import UNCHANGED, set_worker_profile

    with Workbench.open(args.db) as wb:
        _account, workforce = _workforce(wb, args.account)
        with _refusals():
            worker = set_worker_profile(
                workforce, args.worker_id, name=args.name, email=args.email,
                country=args.country,
                subdivision=UNCHANGED if args.subdivision is None else args.subdivision,
                language=UNCHANGED if args.language is None else args.language)
    print(f"{_who(worker)}: {_locale(worker)}, language {worker.language or '(none)'}"
          + (f", {worker.email}" if worker.email else ""))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``workers invite|resend|list|revoke|set`` to the command line."""
    account_help = ("the account: a local one, or an endpoint account of a hosted site "
                    "(default: the default account if it has workers, else the first local)")
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
                                   "a hosted site's own; for a local account, this machine's "
                                   f"network address, port {DEFAULT_PORT})")
    _links_options(add)
    add.add_argument("--account", help=account_help)
    add.set_defaults(handler=invite)
    again = commands.add_parser(
        "resend", help="send invited workers new sign-in links (their old ones stop working)")
    again.add_argument("worker_ids", nargs="+", metavar="WORKER_ID", type=worker_id,
                       help="invited (or revoked) workers who get a new link")
    again.add_argument("--url", help="the worker site's address to put in the links (as for "
                                     "invite)")
    _links_options(again)
    again.add_argument("--account", help=account_help)
    again.set_defaults(handler=resend)
    show = commands.add_parser("list", help="list invited workers with their country, "
                                            "language and state")
    show.add_argument("--all", action="store_true", help="include revoked invitations")
    show.add_argument("--format", choices=("table", "csv"), default="table",
                      help="a table to read or CSV for scripts (default table)")
    show.add_argument("--account", help=account_help)
    show.set_defaults(handler=list_invitations)
    remove = commands.add_parser("revoke", help="revoke workers' invitations and sign them out")
    remove.add_argument("worker_ids", nargs="+", metavar="WORKER_ID", type=worker_id,
                        help="workers whose invitation ends (they are signed out)")
    remove.add_argument("--account", help=account_help)
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
    change.add_argument("--account", help=account_help)
    change.set_defaults(handler=set_profile)


def _links_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--links-csv", metavar="FILE",
                        help="also write each link with a ready-to-send message (subject and "
                             "body in the worker's language) to this CSV, for a mail merge")
    parser.add_argument("--sender", metavar="NAME",
                        help="the name the messages are from (e.g. your team's)")
