"""The ``workbench`` command: the window with no arguments, the services without one.

Exit status: 0 on success, 2 on bad usage or bad input (one line on stderr), 1 otherwise.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from workbench import __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

log = logging.getLogger("workbench.cli")


class UsageError(Exception):
    """Bad usage or bad input: exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    from workbench.cli import commands
    from workbench.cli.arguments import OneLineParser

    parser: argparse.ArgumentParser = OneLineParser(
        prog="workbench",
        description="Requester Workbench: design, publish, review, pay and export micro-tasks "
                    "on MTurk or your own local marketplace. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL",
                        default=os.environ.get("WORKBENCH_DB") or None,
                        help="the store: an SQLAlchemy URL or an SQLite file path "
                             "(default: in your user data folder; env WORKBENCH_DB)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, check that it and its resources work, and quit "
                             "(for packaging tests)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    _finish(parser)
    return parser


def _finish(parser: argparse.ArgumentParser) -> None:
    """Every command says what it does in its own --help, and takes -q wherever it is put."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help for choice in action._choices_actions}
        for name, command in action.choices.items():
            if not command.description and helps.get(name):
                text = str(helps[name])
                command.description = text[:1].upper() + text[1:] + "."
            if not any("-q" in a.option_strings for a in command._actions):
                # SUPPRESS: absent after the command, the top-level -q (or its default) stands.
                command.add_argument("-q", "--quiet", action="store_true",
                                     default=argparse.SUPPRESS,
                                     help="no progress on stderr")
            _finish(command)


def _run_command(args: argparse.Namespace) -> int:
    from botocore.exceptions import BotoCoreError, ClientError
    from sqlalchemy.exc import DatabaseError

    from workbench.domain.ids import InvalidWorkerId
    from workbench.domain.money import InvalidAmount
    from workbench.formats.inputs import InputFileError
    from workbench.formats.templates import UnknownPlaceholders
    from workbench.marketplace.errors import error_message
    from workbench.services.accounts import AccountError
    from workbench.services.context import MarketplaceUnavailable
    from workbench.services.export import ExportError
    from workbench.services.outbox import OutboxError
    from workbench.services.progress import Cancelled
    from workbench.services.publish import PublishError
    from workbench.services.requirements import RequirementError
    from workbench.sql.engine import DatabaseUnusable, database_url, sqlite_path
    from workbench.sql.errors import describe_database_error
    from workbench.store.database import default_store_location

    try:
        result: int = args.handler(args)
        return result
    except (UsageError, DatabaseUnusable, AccountError, PublishError, OutboxError,
            InputFileError, ExportError, InvalidAmount, InvalidWorkerId, UnknownPlaceholders,
            RequirementError) as exc:
        _say(str(exc))
        return EXIT_BAD_INPUT
    except DatabaseError as exc:
        message, bad_input = describe_database_error(exc, sqlite_path(database_url(
            args.db or str(default_store_location()))))
        _say(message)
        return EXIT_BAD_INPUT if bad_input else EXIT_FAILURE
    except (MarketplaceUnavailable, ClientError, BotoCoreError) as exc:
        _say(f"the marketplace: {error_message(exc)}")
        return EXIT_FAILURE
    except Cancelled:
        _say("cancelled; what was finished is kept")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        _say("interrupted; what was finished is kept")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _say(message: str) -> None:
    from workbench.diagnostics import ALREADY_SAID

    sys.stderr.write(f"workbench: {message}\n")
    # The log file keeps what the person was told (stderr has it already).
    log.warning("%s", message, extra={ALREADY_SAID: True})


# Suffixes of the files the window imports when they are named on its command line.
WINDOW_FILE_SUFFIXES = (".csv", ".xlsx")


def window_files(parser: argparse.ArgumentParser,
                 argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(files named for the window, the other arguments): ``workbench results.csv``.

    The desktop entry's ``Exec=requester-workbench %F`` passes the files a person opens
    with the app. argparse cannot tell them from a subcommand, so they are taken out first:
    the first positional argument that is no command name starts them.
    """
    commands: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
    rest: list[str] = []
    files: list[str] = []
    tokens = list(argv)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "--":
            files.extend(tokens[index + 1:])
            break
        if token.startswith("-") and token != "-":
            rest.append(token)
            option = parser._option_string_actions.get(token)
            if option is not None and option.nargs != 0 and index + 1 < len(tokens):
                rest.append(tokens[index + 1])  # the option's value (e.g. --db URL)
                index += 1
            index += 1
            continue
        if token in commands or not (os.path.exists(token) or token.lower().endswith(
                WINDOW_FILE_SUFFIXES) or os.sep in token):
            # A command (or what argparse should call an invalid one): the rest is its own.
            return files, rest + tokens[index:]
        files.append(token)
        index += 1
    return files, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``workbench`` command."""
    from workbench.diagnostics import console_streams, setup_logging

    console_streams()  # a windowed build has none; Windows pipes cannot encode every letter
    setup_logging()
    parser = build_parser()
    files, argv = window_files(parser, sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        if stop.code == EXIT_BAD_INPUT:
            return EXIT_BAD_INPUT  # its one-line reason is on stderr already
        raise
    if args.db is None:
        from workbench.services.settings import load_settings

        # The store the window uses is the store the commands use.
        args.db = load_settings().store_location or None
    if args.command is None:
        from workbench.cli.gui import launch_window

        missing = [name for name in files if not os.path.isfile(name)]
        if missing:
            _say(f"no such file to import: {missing[0]}")
            return EXIT_BAD_INPUT
        return launch_window(args.db, smoke_test=args.smoke_test, files=files)
    if files:
        _say(f"{files[0]}: files open in the window only; to import on the command line "
             "use `workbench import-results FILE`")
        return EXIT_BAD_INPUT
    try:
        status = _run_command(args)
    except Exception:
        log.exception("workbench %s failed", args.command)
        raise
    # Each command's outcome, for looking into what happened later.
    log.info("workbench %s ended with exit status %d", args.command, status)
    return status


if __name__ == "__main__":
    sys.exit(main())
