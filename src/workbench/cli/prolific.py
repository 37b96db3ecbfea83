"""Prolific on the command line: adding and testing an account, its studies, and review.

``workbench accounts add NAME --kind prolific`` asks for the API token (or reads it from
``WORKBENCH_PROLIFIC_TOKEN``, or from standard input with ``--token-stdin``), checks it with
``users/me`` before anything is stored, and keeps it in an owner-only file, never the store.
``review approve|reject|bonus|block|unblock`` act on Prolific submissions when the account is
a Prolific one (an assignment id stands for the session that worked it); what has no MTurk
equivalent (studies, return requests, screen-outs, messages) is under ``workbench prolific``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from workbench.cli.output import table


def _usage(message: str) -> Exception:
    from workbench.cli import UsageError

    return UsageError(message)


@contextmanager
def _prolific_errors() -> Iterator[None]:
    """Prolific's refusals are bad input (exit 2); the rest is a failure (exit 1)."""
    from workbench.marketplace.prolific.client import ProlificError
    from workbench.services.prolific import ProlificUnavailable

    try:
        yield
    except ProlificUnavailable as exc:
        raise _usage(str(exc)) from None
    except ProlificError as exc:
        if exc.outcome == "refused":
            raise _usage(f"Prolific refused: {exc}") from None
        sys.stderr.write(f"workbench: Prolific: {exc}\n")
        raise SystemExit(1) from None


def read_token(args: argparse.Namespace) -> str:
    """The API token: the environment's, standard input's (--token-stdin), or typed."""
    from workbench.marketplace.prolific.credentials import TOKEN_ENV

    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token and getattr(args, "token_stdin", False):
        token = sys.stdin.readline().strip()
    elif not token and sys.stdin.isatty():
        token = getpass.getpass("Prolific API token (Settings → API tokens on Prolific): ")
    if not token:
        raise _usage(f"a Prolific account needs its API token: set {TOKEN_ENV}, pass "
                     "--token-stdin, or run this at a terminal to type it")
    return token.strip()


def _amount(text: str, currency: str) -> int:
    from workbench.marketplace.prolific.fees import parse_amount

    try:
        return parse_amount(text, currency)
    except ValueError as exc:
        raise _usage(str(exc)) from None


def _balance(cents: int | None, currency: str | None) -> str:
    from workbench.marketplace.prolific.fees import format_amount

    return "unknown" if cents is None else format_amount(cents, currency or "GBP")


def add_prolific_account(args: argparse.Namespace, wb: Any) -> int:
    """Check the token with users/me, then add the account and keep the token apart."""
    from workbench.services import prolific
    from workbench.services.accounts import AccountError, add_account, get_account

    token = read_token(args)
    with _prolific_errors():
        if any(a.name == args.name.strip() for a in _accounts(wb)):
            raise AccountError(f"an account named {args.name.strip()!r} already exists")
        with prolific.client_for(token, args.endpoint or None) as client:
            found = client.account(args.workspace)
        account = add_account(wb, args.name, "prolific", endpoint_url=args.endpoint,
                              make_default=args.default,
                              options={"workspace_id": found.workspace_id} if found.workspace_id
                              else None)
        prolific.store_token(account, token)
        prolific.test_connection(wb, get_account(wb, account.name))
    print(f"Added account {account.name}: Prolific workspace {found.workspace_title!r} "
          f"({found.workspace_id}) of {found.email}; available balance "
          f"{_balance(found.available_balance_cents, found.currency)}")
    return 0


def _accounts(wb: Any) -> list[Any]:
    from workbench.services.accounts import list_accounts

    return list_accounts(wb)


def accounts_test(args: argparse.Namespace) -> int:
    """``users/me`` for a Prolific account; the balance call for an MTurk or local one."""
    from workbench.cli.commands import _workbench
    from workbench.domain.money import format_dollars
    from workbench.services import prolific
    from workbench.services.accounts import get_account

    with _workbench(args) as wb:
        account = get_account(wb, args.name)
        if account.kind == "prolific":
            with _prolific_errors():
                found = prolific.test_connection(wb, account)
            print(f"Connected to Prolific as {found.email}: workspace "
                  f"{found.workspace_title!r} ({found.workspace_id}), available balance "
                  f"{_balance(found.available_balance_cents, found.currency)}")
            return 0
        balance = wb.marketplace(account).get_account_balance()
    from workbench.domain.money import parse_usd

    cents = parse_usd(str(balance.get("AvailableBalance", "0")), minimum_cents=-10**12)
    print(f"Connected to {account.name} ({account.kind_label}): available balance "
          f"{format_dollars(cents)}")
    return 0


def accounts_token(args: argparse.Namespace) -> int:
    """Replace a Prolific account's token (checked with users/me first)."""
    from workbench.cli.commands import _workbench
    from workbench.services import prolific
    from workbench.services.accounts import get_account

    token = read_token(args)
    with _workbench(args) as wb:
        account = get_account(wb, args.name)
        with _prolific_errors():
            found = prolific.test_connection(wb, account, token=token)
            prolific.store_token(account, token)
    print(f"Token of {account.name} replaced; it reaches workspace {found.workspace_id}.")
    return 0


# -- review on a Prolific account --------------------------------------------------------------

def _submissions_of(wb: Any, account: Any, ids: list[str]) -> list[str]:
    """Submission ids for what was given: submission ids, or assignment ids of a session."""
    from workbench.services import prolific

    mapped = prolific.submissions_for_assignments(wb, account, ids)
    known = {s.submission_id for s in prolific.submissions_of(wb, account)}
    out: list[str] = []
    for given in ids:
        chosen = given if given in known else mapped.get(given)
        if chosen is None:
            raise _usage(f"{given} is neither a Prolific submission nor an assignment worked "
                         f"in one, in account {account.name} (sync first?)")
        if chosen not in out:
            out.append(chosen)
    return out


def review(args: argparse.Namespace, wb: Any, account: Any) -> list[Any]:
    """``workbench review …`` on a Prolific account."""
    from workbench.services import prolific

    with _prolific_errors():
        if args.action == "approve":
            return prolific.queue_approve(wb, account, _submissions_of(wb, account, args.ids))
        if args.action == "reject":
            if not args.category:
                raise _usage("Prolific needs a rejection category: --category "
                             "TOO_QUICKLY|TOO_SLOWLY|FAILED_INSTRUCTIONS|INCOMP_LONGITUDINAL|"
                             "FAILED_CHECK|LOW_EFFORT|MALINGERING|NO_CODE|BAD_CODE|NO_DATA|"
                             "UNSUPP_DEVICE|OTHER")
            prolific.check_rejection(args.feedback, args.category)
            return prolific.queue_reject(wb, account, _submissions_of(wb, account, args.ids),
                                         message=args.feedback, category=args.category)
        if args.action == "bonus":
            (submission_id,) = _submissions_of(wb, account, [args.id])
            study = _study_of_submission(wb, account, submission_id)
            cents = _amount(args.amount, study.currency)
            return [prolific.queue_bonuses(wb, account, study, [(submission_id, cents)],
                                           reason=args.reason)]
        if args.action == "block":
            return [prolific.queue_block(wb, account, args.worker, reason=args.reason)]
        return [prolific.queue_block(wb, account, args.worker, reason=args.reason or "",
                                     unblock=True)]


def _study_of_submission(wb: Any, account: Any, submission_id: str) -> Any:
    from workbench.services import prolific

    for item in prolific.submissions_of(wb, account):
        if item.submission_id == submission_id:
            return prolific.get_study(wb, account, item.study_id)
    raise _usage(f"no Prolific submission {submission_id}")


# -- workbench prolific … ------------------------------------------------------------------------

def _open(args: argparse.Namespace) -> Iterator[tuple[Any, Any]]:
    from workbench.cli.commands import _workbench
    from workbench.services.accounts import get_account

    with _workbench(args) as wb:
        account = get_account(wb, args.account)
        if account.kind != "prolific":
            raise _usage(f"account {account.name} is not a Prolific account (use --account)")
        yield wb, account


_open_account = contextmanager(_open)


def _queued(actions: list[Any]) -> int:
    for action in actions:
        print(f"Queued #{action.id}: {action.description}")
    print("Run `workbench sync` to send them.")
    return 0


def study_create(args: argparse.Namespace) -> int:
    from workbench.services import prolific

    with _open_account(args) as (wb, account), _prolific_errors():
        currency = str(account.options.get("currency") or "GBP")
        study = prolific.queue_create_study(
            wb, account, name=args.name, description=args.description,
            external_url=prolific.study_url(args.site), places=args.places,
            reward_cents=_amount(args.reward, currency), estimated_minutes=args.minutes,
            hits_per_place=args.per_place, batch_id=args.batch)
        actions = []
        if args.publish:
            actions.append(prolific.queue_publish(wb, account, study))
    print(f"Queued study {study.name!r} (key {study.request_key}, completion code "
          f"{study.completion_code}): {study.total_places} places.")
    return _queued(actions)


def study_control(args: argparse.Namespace) -> int:
    from workbench.services import prolific

    with _open_account(args) as (wb, account), _prolific_errors():
        study = prolific.get_study(wb, account, args.study)
        if args.control == "publish":
            action = prolific.queue_publish(wb, account, study)
        elif args.control == "add-places":
            action = prolific.queue_add_places(wb, account, study, args.count)
        else:
            action = prolific.queue_transition(
                wb, account, study, {"pause": "PAUSE", "resume": "START",
                                     "stop": "STOP"}[args.control])
    return _queued([action])


def studies(args: argparse.Namespace) -> int:
    from workbench.marketplace.prolific.fees import format_amount
    from workbench.services import prolific

    with _open_account(args) as (wb, account):
        rows = prolific.list_studies(wb, account)
    table(["#", "STUDY", "NAME", "STATUS", "PLACES", "REWARD", "CODE"],
          [[s.id, s.study_id or "(not created yet)", s.name, s.status or "queued",
            s.total_places, format_amount(s.reward_cents, s.currency), s.completion_code]
           for s in rows], sys.stdout)
    return 0


def submissions(args: argparse.Namespace) -> int:
    from workbench.services import prolific

    with _open_account(args) as (wb, account), _prolific_errors():
        study = prolific.get_study(wb, account, args.study) if args.study else None
        rows = prolific.submissions_of(wb, account, study, args.status)
    table(["SUBMISSION", "PARTICIPANT", "STATUS", "CODE", "ASSIGNMENTS", "BONUSES"],
          [[s.submission_id, s.participant_id, s.status, s.study_code or "",
            len(s.assignment_ids), " ".join(map(str, s.bonus_payments))] for s in rows],
          sys.stdout)
    return 0


def bonus(args: argparse.Namespace) -> int:
    from workbench.services import prolific

    with _open_account(args) as (wb, account), _prolific_errors():
        study = prolific.get_study(wb, account, args.study)
        rows = []
        for item in args.bonuses:
            who, sep, amount = item.partition("=")
            if not sep or not who.strip():
                raise _usage(f"{item!r}: give each bonus as PARTICIPANT_OR_SUBMISSION=AMOUNT")
            rows.append((who.strip(), _amount(amount, study.currency)))
        action = prolific.queue_bonuses(wb, account, study, rows, reason=args.reason or "")
    return _queued([action])


def decide(args: argparse.Namespace) -> int:
    from workbench.services import prolific

    with _open_account(args) as (wb, account), _prolific_errors():
        ids = _submissions_of(wb, account, args.ids)
        if args.decision == "return":
            actions = prolific.queue_return_request(wb, account, ids, reason=args.reason)
        else:
            actions = prolific.queue_screen_out(wb, account, ids)
    return _queued(actions)


def message(args: argparse.Namespace) -> int:
    from workbench.services import prolific

    with _open_account(args) as (wb, account), _prolific_errors():
        study = prolific.get_study(wb, account, args.study)
        action = prolific.queue_message(wb, account, study, args.participants, args.body)
    return _queued([action])


def simulate(args: argparse.Namespace) -> int:
    """Serve the Prolific simulator for a rehearsal without money, until interrupted."""
    import secrets

    from workbench.marketplace.prolific.simulator import ProlificSimulator
    from workbench.marketplace.wire.server import (
        ServerOptions,
        bound_url,
        listening_socket,
        serve_on,
    )

    token = args.token or secrets.token_urlsafe(24)
    simulator = ProlificSimulator(token=token, currency=args.currency.upper())
    try:
        sock = listening_socket(args.host, args.port)
    except OSError as exc:
        raise _usage(f"cannot listen on {args.host}:{args.port}: "
                     f"{exc.strerror or exc}") from None
    url = bound_url(sock, args.host)
    sys.stderr.write(
        f"A Prolific simulator (no real money) at {url}; its token: {token}\n"
        f"  WORKBENCH_PROLIFIC_TOKEN={token} workbench accounts add rehearsal "
        f"--kind prolific --endpoint {url}\n")
    sys.stderr.flush()
    with suppress(KeyboardInterrupt):
        serve_on(simulator.asgi_app(), sock, ServerOptions(args.host, args.port))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             accounts_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from workbench.cli.arguments import positive, record_id, whole_number

    counted = positive(10_000)
    account_help = "the Prolific account (default: the default account)"
    test = accounts_sub.add_parser("test", help="check an account's connection (Prolific: "
                                   "users/me, the workspace and its balance)")
    test.add_argument("name", help="the account to check")
    test.set_defaults(handler=accounts_test)
    token = accounts_sub.add_parser("token", help="replace a Prolific account's API token")
    token.add_argument("name", help="the Prolific account")
    token.add_argument("--token-stdin", action="store_true",
                       help="read the token from standard input")
    token.set_defaults(handler=accounts_token)

    top = sub.add_parser("prolific", help="Prolific studies, submissions, bonuses, messages")
    group = top.add_subparsers(dest="prolific_command", metavar="ACTION", required=True)
    create = group.add_parser("create-study", help="queue a study for a published batch")
    create.add_argument("--batch", type=record_id, required=True, metavar="BATCH_ID",
                        help="the published batch whose HITs the participants work")
    create.add_argument("--name", required=True, help="the study's name on Prolific")
    create.add_argument("--description", required=True,
                        help="what participants read before they start")
    create.add_argument("--site", required=True, metavar="URL",
                        help="the worker site's public address")
    create.add_argument("--places", type=counted, required=True,
                        help="how many participants may take part")
    create.add_argument("--per-place", type=counted, default=1, metavar="K",
                        help="HITs each participant works (default 1)")
    create.add_argument("--reward", required=True, help="per participant, e.g. 1.50")
    create.add_argument("--minutes", type=positive(24 * 60), required=True,
                        help="estimated minutes a participant needs")
    create.add_argument("--publish", action="store_true", help="publish it once created")
    create.set_defaults(handler=study_create)
    for name, helptext in (("publish", "publish a draft study"), ("pause", "pause a study"),
                           ("resume", "resume a paused study"), ("stop", "stop a study"),
                           ("add-places", "add places to a study")):
        control = group.add_parser(name, help=helptext)
        control.add_argument("study", metavar="STUDY", help="the study's id or name")
        if name == "add-places":
            control.add_argument("count", type=counted, help="places to add")
        control.set_defaults(handler=study_control, control=name)
    group.add_parser("studies", help="list the account's studies").set_defaults(
        handler=studies)
    subs = group.add_parser("submissions", help="list mirrored submissions (after sync)")
    subs.add_argument("study", nargs="?", metavar="STUDY",
                      help="only this study's submissions (default: all)")
    subs.add_argument("--status", help='e.g. "AWAITING REVIEW"')
    subs.set_defaults(handler=submissions)
    give = group.add_parser("bonus", help="queue one bulk bonus of a study")
    give.add_argument("study", metavar="STUDY", help="the study's id or name")
    give.add_argument("bonuses", nargs="+", metavar="ID=AMOUNT",
                      help="participant or submission id and the amount, e.g. 5f3…=0.50")
    give.add_argument("--reason", help="what the bonus is for")
    give.set_defaults(handler=bonus)
    back = group.add_parser("return", help="ask participants to return their submissions")
    back.add_argument("ids", nargs="+", metavar="SUBMISSION_ID",
                      help="submissions to ask back")
    back.add_argument("--reason", required=True, help="why (the participant reads it)")
    back.set_defaults(handler=decide, decision="return")
    out = group.add_parser("screen-out", help="screen out submissions (studies that allow it)")
    out.add_argument("ids", nargs="+", metavar="SUBMISSION_ID", help="submissions to screen out")
    out.set_defaults(handler=decide, decision="screen-out")
    say = group.add_parser("message", help="message participants of a study")
    say.add_argument("study", metavar="STUDY", help="the study's id or name")
    say.add_argument("participants", nargs="+", metavar="PARTICIPANT_ID",
                     help="who receives the message")
    say.add_argument("--body", required=True, help="the message")
    say.set_defaults(handler=message)
    rehearse = group.add_parser("simulate", help="serve a Prolific simulator (no real "
                                "money) to rehearse with an account pointed at it")
    rehearse.add_argument("--host", default="127.0.0.1",
                          help="the address to listen on (default 127.0.0.1)")
    rehearse.add_argument("--port", type=whole_number(0, 65535), default=8766,
                          help="0 picks a free port (default 8766)")
    rehearse.add_argument("--token", help="the token it accepts (default: a new one)")
    rehearse.add_argument("--currency", choices=["GBP", "USD", "gbp", "usd"], default="GBP",
                          help="the workspace's currency (default GBP)")
    rehearse.set_defaults(handler=simulate)
    for parser in (create, subs, give, back, out, say, *[
            group.choices[n] for n in ("publish", "pause", "resume", "stop", "add-places",
                                       "studies")]):
        parser.add_argument("--account", help=account_help)

