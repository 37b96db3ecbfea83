"""``workbench workers invite|list|revoke``: who may sign in to the worker site."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.cli.arguments import worker_id

DEFAULT_PORT = 8765


def _market(wb: Any, account_name: str | None) -> tuple[Any, Any]:
    """(the local account, its marketplace engine) that invitations are for."""
    from workbench.cli import UsageError
    from workbench.domain.statuses import AccountKind
    from workbench.services.accounts import get_account

    account = get_account(wb, account_name)
    if account.kind != AccountKind.LOCAL.value:
        if account_name:
            raise UsageError(f"{account.name} is not a local account; workers are invited to "
                             "a local marketplace")
        from workbench.services.accounts import list_accounts

        local = [a for a in list_accounts(wb) if a.kind == AccountKind.LOCAL.value]
        if not local:
            raise UsageError("there is no local account; add one with "
                             "`workbench accounts add NAME --kind local`")
        account = local[0]
    return account, wb.market_engine(account.options.get("market_url"))


def invite(args: argparse.Namespace) -> int:
    """Invite a worker and print their sign-in link (the token is shown only now)."""
    from workbench.cli import UsageError
    from workbench.marketplace.local.invitations import InvitationError, Invitations
    from workbench.marketplace.wire.served import shared_url
    from workbench.services.context import Workbench

    with Workbench.open(args.db) as wb:
        account, engine = _market(wb, args.account)
        try:
            issued = Invitations(engine).invite(display_name=args.name or "",
                                                worker_id=args.worker_id,
                                                invited_by=account.requester_id)
        except InvitationError as exc:
            raise UsageError(str(exc)) from None
    base = args.url or shared_url("0.0.0.0", DEFAULT_PORT)
    who = f"{issued.invitation.display_name} ({issued.worker_id})" \
        if issued.invitation.display_name else issued.worker_id
    print(f"Invited {who}. Send them this sign-in link; it is shown only now (only a hash "
          f"is kept):\n  {issued.link(base)}\nor the token alone: {issued.token}")
    if not args.url:
        sys.stderr.write("workbench: the link assumes `workbench serve --host 0.0.0.0` on "
                         f"port {DEFAULT_PORT} (or the window's \"Open to my workers\"); "
                         "--url sets another address\n")
    return 0


def list_invitations(args: argparse.Namespace) -> int:
    """Print who is invited (and, with --all, who was)."""
    from workbench.cli.output import table
    from workbench.marketplace.local.invitations import Invitations
    from workbench.services.context import Workbench

    with Workbench.open(args.db) as wb:
        _account, engine = _market(wb, args.account)
        invitations = Invitations(engine).list(include_revoked=args.all)

    def when(moment: Any) -> str:
        return moment.strftime("%Y-%m-%d %H:%M") if moment else ""

    rows = [(i.worker_id, i.display_name, when(i.created_at), when(i.last_sign_in),
             "active" if i.active else f"revoked {when(i.revoked_at)}") for i in invitations]
    if not rows:
        print("No workers are invited yet; `workbench workers invite --name NAME` invites one.")
        return 0
    table(("Worker", "Name", "Invited (UTC)", "Last sign-in (UTC)", "Status"), rows, sys.stdout)
    return 0


def revoke(args: argparse.Namespace) -> int:
    """Revoke workers' invitations: their links stop working and their sessions end."""
    from workbench.cli import UsageError
    from workbench.marketplace.local.invitations import Invitations
    from workbench.services.context import Workbench

    with Workbench.open(args.db) as wb:
        _account, engine = _market(wb, args.account)
        invitations = Invitations(engine)
        unknown = [w for w in args.worker_ids if invitations.revoke(w) == 0]
    if unknown:
        raise UsageError(f"no active invitation for {', '.join(unknown)}")
    print(f"Revoked {len(args.worker_ids)} invitation(s); those workers are signed out.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``workers invite|list|revoke`` to the command line."""
    parser = sub.add_parser("workers", help="invite workers to the worker site, list, revoke")
    commands = parser.add_subparsers(dest="workers_command", required=True)
    add = commands.add_parser("invite", help="invite a worker and print their sign-in link")
    add.add_argument("--name", help="the worker's name, as you will recognise it")
    add.add_argument("--worker-id", type=worker_id,
                     help="an id to use (e.g. their old MTurk worker id) or an invited "
                          "worker's, to send them a new link")
    add.add_argument("--url", help="the worker site's address to put in the link (default: "
                                   f"this machine's network address, port {DEFAULT_PORT})")
    add.add_argument("--account", help="the local account (default: the default account)")
    add.set_defaults(handler=invite)
    show = commands.add_parser("list", help="list invited workers")
    show.add_argument("--all", action="store_true", help="include revoked invitations")
    show.add_argument("--account", help="the local account (default: the default account)")
    show.set_defaults(handler=list_invitations)
    remove = commands.add_parser("revoke", help="revoke workers' invitations and sign them out")
    remove.add_argument("worker_ids", nargs="+", metavar="WORKER_ID", type=worker_id)
    remove.add_argument("--account", help="the local account (default: the default account)")
    remove.set_defaults(handler=revoke)
