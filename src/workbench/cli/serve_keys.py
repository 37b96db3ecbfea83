"""``workbench serve-keys create|rotate|remove|list``: the API keys a hosted site accepts.

Run on the server (``docker compose exec server workbench serve-keys …``). The keys file is
the one ``workbench serve`` reads (``--keys``, default ``serve-keys.ini`` in the config
folder), kept readable by its owner only; a running server notices each change at its next
request. A new key's pair is printed for the client: the window's "API key of the hosted
site…" takes it as it is printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def _keys_file(args: argparse.Namespace) -> Any:
    from workbench.cli.marketplace import default_keys_path
    from workbench.marketplace.wire.keys import KeysFile

    return KeysFile(Path(args.keys).expanduser() if args.keys else default_keys_path())


def _refused(exc: Exception) -> Exception:
    from workbench.cli import UsageError

    return UsageError(str(exc))


def _print_pair(made: Any, path: Path) -> None:
    print(f"aws_access_key_id = {made.access_key_id}\n"
          f"aws_secret_access_key = {made.secret_access_key}")
    sys.stderr.write(
        f"workbench: key {made.access_key_id} for account {made.account} is in {path} (readable "
        "by you only); a running server takes it at its next request. Give the pair above to "
        "the window (Account > API key of the hosted site…) or put it in an AWS profile.\n")


def create(args: argparse.Namespace) -> int:
    """Add a key acting as a local account of this server's store."""
    from workbench.cli import UsageError
    from workbench.cli.marketplace import _local_accounts, _site_account
    from workbench.marketplace.wire.auth import KeysFileError
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench

    keys = _keys_file(args)
    with Workbench.open(args.db) as wb:
        get_account(wb)  # an empty store gets its local account, as `serve` gives it
        local = _local_accounts(wb)
        if args.account:
            if args.account not in {a.name for a in local}:
                known = ", ".join(a.name for a in local) or "none"
                raise UsageError(f"{args.account!r} is not a local account of this store "
                                 f"(local accounts: {known})")
            account = args.account
        else:
            served = _site_account(wb)
            if served is None:
                raise UsageError("there is no local account to act as; add one with "
                                 "`workbench accounts add NAME --kind local`")
            account = served.name
    try:
        made = keys.create(account)
    except (KeysFileError, OSError) as exc:
        raise _refused(exc) from None
    _print_pair(made, keys.path)
    return 0


def rotate(args: argparse.Namespace) -> int:
    """Add a new key for the account of an old one; the old one works until removed."""
    from workbench.marketplace.wire.auth import KeysFileError

    keys = _keys_file(args)
    try:
        made = keys.rotate(args.access_key_id)
    except (KeysFileError, OSError) as exc:
        raise _refused(exc) from None
    _print_pair(made, keys.path)
    sys.stderr.write(f"workbench: {args.access_key_id} keeps working until you remove it: once "
                     "the clients use the new key, run `workbench serve-keys remove "
                     f"{args.access_key_id}`\n")
    return 0


def remove(args: argparse.Namespace) -> int:
    """Remove a key: the server refuses it from its next request."""
    from workbench.marketplace.wire.auth import KeysFileError

    keys = _keys_file(args)
    try:
        old = keys.remove(args.access_key_id)
    except (KeysFileError, OSError) as exc:
        raise _refused(exc) from None
    print(f"Removed {old.access_key_id} (account {old.account}); the server refuses it from its "
          "next request.")
    return 0


def list_keys(args: argparse.Namespace) -> int:
    """List the keys (never their secrets)."""
    from workbench.cli.output import table
    from workbench.marketplace.wire.auth import KeysFileError

    keys = _keys_file(args)
    try:
        found = keys.keys()
    except (KeysFileError, OSError) as exc:
        raise _refused(exc) from None
    table(("Access key id", "Account", "Created (UTC)", "Replaces"),
          [(k.access_key_id, k.account, k.created.replace("T", " ").rstrip("Z"), k.replaces)
           for k in found], sys.stdout)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``serve-keys create|rotate|remove|list`` to the command line."""
    parser = sub.add_parser("serve-keys", help="the API keys `workbench serve` accepts: create, "
                                               "rotate, remove, list (run on the server)")
    commands = parser.add_subparsers(dest="keys_command", required=True)

    def keys_option(command: argparse.ArgumentParser) -> None:
        command.add_argument("--keys", metavar="FILE",
                             help="the keys file (default: the one `workbench serve` reads, "
                                  "serve-keys.ini in your config folder)")

    made = commands.add_parser("create", help="add a key and print its pair for the client")
    made.add_argument("--account", help="the local account the key acts as (default: the one "
                                        "whose worker site the server serves)")
    keys_option(made)
    made.set_defaults(handler=create)
    turned = commands.add_parser(
        "rotate", help="add a new key for the account of an old one (both work until you "
                       "remove the old one)")
    turned.add_argument("access_key_id", metavar="ACCESS_KEY_ID", help="the key to replace")
    keys_option(turned)
    turned.set_defaults(handler=rotate)
    gone = commands.add_parser("remove", help="remove a key; the server refuses it at once")
    gone.add_argument("access_key_id", metavar="ACCESS_KEY_ID", help="the key to remove")
    keys_option(gone)
    gone.set_defaults(handler=remove)
    shown = commands.add_parser("list", help="list the keys (never their secrets)")
    keys_option(shown)
    shown.set_defaults(handler=list_keys)
