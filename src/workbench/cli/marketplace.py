"""Commands about marketplaces: `serve`, `archive`, and asking before real money moves."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

KEYS_FILE_NAME = "serve-keys.ini"


def default_keys_path() -> Path:
    """Where ``workbench serve`` keeps its keys unless told otherwise (the config folder)."""
    from workbench.services.settings import config_dir

    return config_dir() / KEYS_FILE_NAME


def _server_keys(wb: Any, path: Path, *, create: bool) -> tuple[list[Any], str | None]:
    """The keys in ``path`` resolved to local requesters; a first run creates one key."""
    from workbench.cli import UsageError
    from workbench.marketplace.wire.auth import (
        KeysFileError,
        read_keys_file,
        resolve_keys,
        write_new_keys_file,
    )
    from workbench.services.accounts import get_account

    created = None
    if create and not path.exists():
        default = get_account(wb)
        local = _local_accounts(wb)
        if default.name not in {a.name for a in local}:
            if not local:
                raise UsageError("there is no local account to serve; add one with "
                                 "`workbench accounts add NAME --kind local`")
            default = get_account(wb, local[0].name)
        created = write_new_keys_file(path, default.name)
    try:
        return resolve_keys(read_keys_file(path), _local_accounts(wb), path), created
    except KeysFileError as exc:
        raise UsageError(str(exc)) from None


def _local_accounts(wb: Any) -> list[Any]:
    """The store's local accounts, as the server needs them (name, requester, database)."""
    from workbench.domain.statuses import AccountKind
    from workbench.marketplace.wire.auth import LocalAccount
    from workbench.services.accounts import list_accounts

    return [LocalAccount(a.name, a.requester_id, a.options.get("market_url"))
            for a in list_accounts(wb)
            if a.kind == AccountKind.LOCAL.value and a.requester_id]


def confirm_spending_here(wb: Any, account: Any, *, yes: bool) -> None:
    """Before a push on a real-money account: ``--yes``, or ask at the terminal if there is one.

    Without either, the push holds back what spends and says so.
    """
    from workbench.services.spend import confirm_spending, needs_confirmation

    summary = needs_confirmation(wb, account)
    if summary is None:
        return
    if yes:
        confirm_spending(wb, account, summary)
        return
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return
    where = "Prolific" if account.kind == "prolific" else "MTurk"
    sys.stderr.write(f"{account.name} spends real money on {where}. Queued:\n")
    for line in summary.lines():
        sys.stderr.write(f"  {line}\n")
    sys.stderr.write("Send them? [y/N] ")
    sys.stderr.flush()
    if sys.stdin.readline().strip().lower() in ("y", "yes"):
        confirm_spending(wb, account, summary)


def serve(args: argparse.Namespace) -> int:
    """Serve the local marketplace (the MTurk API and the worker site) until interrupted."""
    from workbench.cli import UsageError
    from workbench.marketplace.wire.faults import FaultPlan, FaultPlanError
    from workbench.marketplace.wire.served import ServeSettings, build_app, settings_file
    from workbench.marketplace.wire.server import serve_forever, serve_workers
    from workbench.services.context import Workbench

    if not 0 <= args.port <= 65535:
        raise UsageError(f"port {args.port} is not between 0 and 65535")
    if args.delay < 0 or (args.rate is not None and args.rate <= 0):
        raise UsageError("--delay must not be negative and --rate must be positive")
    if not 1 <= args.workers <= 64:
        raise UsageError("--workers must be between 1 and 64")
    keys_path = Path(args.keys).expanduser() if args.keys else default_keys_path()
    try:
        if args.faults:
            FaultPlan(Path(args.faults))
    except FaultPlanError as exc:
        raise UsageError(str(exc)) from None
    wb = Workbench.open(args.db)
    try:
        keys, created = _server_keys(wb, keys_path, create=not args.keys)
        site_account = _site_account(wb)
        settings = ServeSettings.of(
            wb.store.engine.url.render_as_string(hide_password=False), keys,
            site=not args.no_site, delay=args.delay / 1000.0, rate=args.rate,
            faults=str(Path(args.faults).resolve()) if args.faults else None,
            strict=args.strict,
            site_market_url=site_account.market_url if site_account is not None else None)

        def ready(url: str) -> None:
            if created:
                print(f"Created {keys_path} with a new key ({created}) for account "
                      f"{keys[0].name}; use that key pair as an AWS profile to call this server.")
            names = ", ".join(sorted({k.name for k in keys}))
            print(f"Serving the local marketplace ({names}) over the MTurk API at {url} "
                  f"with {len(keys)} key(s) from {keys_path}. Ctrl+C stops.", flush=True)
            if not args.no_site:
                print(f"Worker site: {_shared(args.host, url)} (invite workers with "
                      "`workbench workers invite`)", flush=True)

        # Ctrl+C is how a server is stopped: uvicorn has shut down cleanly by then.
        with contextlib.suppress(KeyboardInterrupt):
            if args.workers == 1:
                app = build_app(settings, engine_for=wb.market_engine)
                serve_forever(app, args.host, args.port, on_ready=ready)
            else:
                with settings_file(settings):
                    serve_workers(args.host, args.port, args.workers, on_ready=ready)
    finally:
        wb.close()
    return 0


def _site_account(wb: Any) -> Any:
    """The local account whose marketplace the worker site serves: the default if local."""
    from workbench.services.accounts import get_account

    local = _local_accounts(wb)
    default = get_account(wb).name
    return next((a for a in local if a.name == default), local[0] if local else None)


def _shared(host: str, url: str) -> str:
    from workbench.marketplace.wire.served import shared_url

    port = int(url.rsplit(":", 1)[1].strip("/"))
    return shared_url(host, port)


def archive(args: argparse.Namespace) -> int:
    """Pull everything the marketplace still returns for an account into the store."""
    from workbench.cli.output import StderrProgress
    from workbench.services.accounts import get_account
    from workbench.services.archive import archive_account
    from workbench.services.context import Workbench

    progress = StderrProgress(quiet=args.quiet)
    wb = Workbench.open(args.db)
    try:
        account = get_account(wb, args.account)
        report = archive_account(wb, account, restart=args.restart, progress=progress)
    finally:
        wb.close()
    progress.done()
    state = "complete" if report.finished else "interrupted; run it again to resume"
    print(f"Archive of {account.name} {state}: {report.hits} HITs, {report.assignments} "
          f"assignments, {report.bonuses} bonus payments, {report.qualification_types} "
          f"qualification types ({report.calls} calls"
          + (f", resumed after {report.resumed_after} HITs" if report.resumed_after else "")
          + ").")
    return 0 if report.finished else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``serve`` and ``archive`` to the command line."""
    parser = sub.add_parser(
        "serve", help="serve the local marketplace over MTurk's API (boto3 works against it)",
        description="Serve the local marketplace over MTurk's wire protocol: point a boto3 "
                    "client (or an `endpoint` account) at the printed URL, signing with a key "
                    "from the keys file.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--keys", metavar="FILE",
                        help="the keys the server accepts, in AWS credentials format, one "
                             "section per key with `account = LOCAL_ACCOUNT` (default: "
                             f"{KEYS_FILE_NAME} in your config folder, created on first use)")
    parser.add_argument("--delay", type=float, default=0.0, metavar="MS",
                        help="answer every request this many milliseconds late (rehearse a "
                             "distant server)")
    parser.add_argument("--rate", type=float, metavar="N",
                        help="throttle each key to N requests a second, as MTurk throttles")
    parser.add_argument("--faults", metavar="PLAN.json",
                        help="inject faults from this plan (re-read when it changes): "
                             "throttling, 500s, dropped connections, answers lost after the "
                             "operation was carried out")
    parser.add_argument("--strict", action="store_true",
                        help="also check every response against the API model")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="serve with N processes sharing the database (for many workers "
                             "at once; --rate and --faults then count per process)")
    parser.add_argument("--no-site", action="store_true",
                        help="serve only the MTurk API, not the worker site")
    parser.set_defaults(handler=serve)

    arch = sub.add_parser("archive", help="pull everything the marketplace still returns "
                                          "(resumable; for leaving MTurk)")
    arch.add_argument("--account", help="the account (default: the default account)")
    arch.add_argument("--restart", action="store_true",
                      help="start over instead of resuming an interrupted archive")
    arch.set_defaults(handler=archive)

    from workbench.cli import invitations

    invitations.register(sub)

