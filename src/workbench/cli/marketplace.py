"""Commands about marketplaces: `serve`, `archive`, and asking before real money moves."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from workbench.cli.arguments import decimal_number, whole_number

KEYS_FILE_NAME = "serve-keys.ini"
MAX_SERVE_WORKERS = 64
# A minute late is already a rehearsal of a broken server; a million requests a second, of none.
MAX_DELAY_MS = 60_000
MAX_RATE = 1_000_000


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


def _checked_tls(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The certificate and key files, refused in one line if they cannot serve HTTPS."""
    import ssl

    from workbench.cli import UsageError

    if not args.certfile and not args.keyfile:
        return None, None
    if not args.certfile:
        raise UsageError("--keyfile needs --certfile (the certificate it belongs to)")
    certfile = str(Path(args.certfile).expanduser().resolve())
    keyfile = str(Path(args.keyfile).expanduser().resolve()) if args.keyfile else None
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(certfile, keyfile)
    except (OSError, ssl.SSLError) as exc:
        reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or str(exc)
        raise UsageError(f"cannot serve HTTPS with the certificate {args.certfile}"
                         + (f" and the key {args.keyfile}" if args.keyfile else "")
                         + f": {reason}") from None
    return certfile, keyfile


def _checked_public_url(value: str | None) -> str | None:
    from urllib.parse import urlsplit

    from workbench.cli import UsageError

    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query \
            or parts.fragment or parts.path not in ("", "/"):
        raise UsageError(f"--public-url {value[:80]!r} must look like "
                         "https://tasks.example.com (scheme and host, no path)")
    return f"{parts.scheme}://{parts.netloc}"


def serve(args: argparse.Namespace) -> int:
    """Serve the local marketplace (the MTurk API and the worker site) until stopped."""
    import os
    from dataclasses import asdict
    from functools import partial

    from workbench.cli import UsageError, _say
    from workbench.marketplace.wire.faults import FaultPlan, FaultPlanError
    from workbench.marketplace.wire.logs import LogOptions, configure_logging
    from workbench.marketplace.wire.served import ServeSettings, build_app
    from workbench.marketplace.wire.server import (
        ForwardedAllowError,
        ServerOptions,
        bound_url,
        listening_socket,
        serve_on,
        trusted_proxies,
    )
    from workbench.marketplace.wire.supervisor import ServingFailed, Supervisor
    from workbench.services.context import Workbench

    try:
        proxies = trusted_proxies(args.forwarded_allow_ips or "")
    except ForwardedAllowError as exc:
        raise UsageError(f"--forwarded-allow-ips: {exc}") from None
    certfile, keyfile = _checked_tls(args)
    public_url = _checked_public_url(args.public_url)
    keys_path = Path(args.keys).expanduser() if args.keys else default_keys_path()
    try:
        if args.faults:
            FaultPlan(Path(args.faults))
    except FaultPlanError as exc:
        raise UsageError(str(exc)) from None
    log_format = args.log_format
    level = os.environ.get("WORKBENCH_LOG", "").upper()
    if level and level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise UsageError(f"WORKBENCH_LOG={level[:20]} is not a log level (DEBUG, INFO, "
                         "WARNING, ERROR or CRITICAL)")
    logs = LogOptions(
        format=log_format,
        folder=(args.log_dir or _default_log_folder()) if args.log_dir is not None else None,
        access=args.access_log if args.access_log is not None else log_format == "json",
        level=level or ("INFO" if log_format == "json" else "WARNING"))
    options = ServerOptions(args.host, args.port, certfile, keyfile, proxies, args.grace)
    wb = Workbench.open(args.db)
    sock = None
    try:
        keys, created = _server_keys(wb, keys_path, create=not args.keys)
        site_account = _site_account(wb)
        site_market_url = site_account.market_url if site_account is not None else None
        # Every marketplace database served is migrated here, once, before any process uses it.
        for url in {key.market_url for key in keys} | {site_market_url}:
            wb.market_engine(url)
        settings = ServeSettings.of(
            wb.store.engine.url.render_as_string(hide_password=False), keys,
            keys_file=str(keys_path.resolve()),
            accounts=[asdict(a) for a in _local_accounts(wb)], site=not args.no_site,
            delay=args.delay / 1000.0, rate=args.rate,
            faults=str(Path(args.faults).resolve()) if args.faults else None,
            strict=args.strict, site_market_url=site_market_url, public_url=public_url,
            server=options, logs=logs)
        try:
            sock = listening_socket(args.host, args.port)
        except OSError as exc:
            raise UsageError(f"cannot listen on {args.host}:{args.port}: "
                             f"{exc.strerror or exc}") from None
        try:
            configure_logging(logs)
        except OSError as exc:
            raise UsageError(f"cannot write logs to {logs.folder}: {exc.strerror or exc}"
                             ) from None
        url = bound_url(sock, args.host, options.scheme)
        if created:
            print(f"Created {keys_path} with a new key ({created}) for account "
                  f"{keys[0].name}; use that key pair as an AWS profile to call this server.")
        names = ", ".join(sorted({k.name for k in keys}))
        processes = f" in {args.workers} processes" if args.workers > 1 else ""
        print(f"Serving the local marketplace ({names}) over the MTurk API at {url} "
              f"with {len(keys)} key(s) from {keys_path}{processes}. Ctrl+C stops.", flush=True)
        if public_url:
            print(f"Public address: {public_url}/", flush=True)
        if not args.no_site:
            site = f"{public_url}/" if public_url else _shared(args.host, url)
            print(f"Worker site: {site} (invite workers with `workbench workers invite`)",
                  flush=True)
        try:
            if args.workers == 1:
                app = build_app(settings, engine_for=wb.market_engine)
                if not serve_on(app, sock, options, log_level=logs.level.lower()):
                    _say("the server could not start (see the log above)")
                    return 1
            else:
                Supervisor(partial(build_app, settings), options, logs, sock,
                           args.workers).run()
        except ServingFailed as exc:
            _say(str(exc))
            return 1
    finally:
        if sock is not None:
            sock.close()
        wb.close()
    return 0


def _default_log_folder() -> str:
    from workbench.diagnostics import log_dir

    return str(log_dir() / "serve")


def _site_account(wb: Any) -> Any:
    """The local account whose marketplace the worker site serves: the default if local."""
    from workbench.services.accounts import get_account

    local = _local_accounts(wb)
    default = get_account(wb).name
    return next((a for a in local if a.name == default), local[0] if local else None)


def _shared(host: str, url: str) -> str:
    from workbench.marketplace.wire.served import shared_url

    port = int(url.rsplit(":", 1)[1].strip("/"))
    return shared_url(host, port, url.split(":", 1)[0])


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
    parser.add_argument("--host", default="127.0.0.1",
                        help="the address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=whole_number(0, 65535), default=8765,
                        help="0 picks a free port")
    parser.add_argument("--keys", metavar="FILE",
                        help="the keys the server accepts, in AWS credentials format, one "
                             "section per key with `account = LOCAL_ACCOUNT` (default: "
                             f"{KEYS_FILE_NAME} in your config folder, created on first use)")
    parser.add_argument("--delay", type=decimal_number(0, MAX_DELAY_MS), default=0.0,
                        metavar="MS",
                        help="answer every request this many milliseconds late (rehearse a "
                             "distant server)")
    parser.add_argument("--rate", type=decimal_number(0, MAX_RATE, low_open=True), metavar="N",
                        help="throttle each key to N requests a second, as MTurk throttles")
    parser.add_argument("--faults", metavar="PLAN.json",
                        help="inject faults from this plan (re-read when it changes): "
                             "throttling, 500s, dropped connections, answers lost after the "
                             "operation was carried out")
    parser.add_argument("--strict", action="store_true",
                        help="also check every response against the API model")
    parser.add_argument("--workers", type=whole_number(1, MAX_SERVE_WORKERS), default=1,
                        metavar="N",
                        help="serve with N processes sharing the database (for many workers "
                             "at once; --rate and --faults then count per process)")
    parser.add_argument("--no-site", action="store_true",
                        help="serve only the MTurk API, not the worker site")
    hosting = parser.add_argument_group(
        "hosting", "serving on the internet: HTTPS, a reverse proxy, logs (docs/hosting.md)")
    hosting.add_argument("--certfile", metavar="PEM",
                         help="serve HTTPS with this certificate (chain) file")
    hosting.add_argument("--keyfile", metavar="PEM",
                         help="the certificate's private key (if not in --certfile)")
    hosting.add_argument("--forwarded-allow-ips", metavar="IPS",
                         help="comma-separated addresses or networks of reverse proxies whose "
                              "X-Forwarded-For and X-Forwarded-Proto headers are believed "
                              "(default: none; e.g. 127.0.0.1 for a proxy on this machine)")
    hosting.add_argument("--public-url", metavar="URL",
                         help="the address workers and clients use, e.g. "
                              "https://tasks.example.com (shown, and with https every cookie "
                              "is Secure)")
    hosting.add_argument("--grace", type=decimal_number(0, 3600), default=10.0, metavar="SECONDS",
                         help="on SIGTERM or Ctrl+C, how long open requests may take to "
                              "finish (default 10)")
    hosting.add_argument("--log-format", choices=("text", "json"), default="text",
                         help="json: one JSON object per line (access and errors)")
    hosting.add_argument("--log-dir", nargs="?", const="", metavar="DIR",
                         help="write access.log and error.log to DIR (without DIR: the "
                              "platform's log folder) instead of stdout and stderr")
    hosting.add_argument("--access-log", action=argparse.BooleanOptionalAction, default=None,
                         help="one line per request (default: on with --log-format json)")
    parser.set_defaults(handler=serve)

    arch = sub.add_parser("archive", help="pull everything the marketplace still returns "
                                          "(resumable; for leaving MTurk)")
    arch.add_argument("--account", help="the account (default: the default account)")
    arch.add_argument("--restart", action="store_true",
                      help="start over instead of resuming an interrupted archive")
    arch.set_defaults(handler=archive)

    from workbench.cli import invitations, serve_keys

    invitations.register(sub)
    serve_keys.register(sub)

