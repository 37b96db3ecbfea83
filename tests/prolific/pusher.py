"""A separate process that pushes a Prolific account's outbox, and can be killed mid-way.

``python -m tests.prolific.pusher STORE ACCOUNT [CRASH_POINT]``: the process SIGKILLs itself
at CRASH_POINT of the bonus flow ("after_setup", "before_pay", "after_pay"). Its calls go
over real HTTP, each checked against Prolific's OpenAPI document on the way.
"""

from __future__ import annotations

import os
import signal
import sys

import httpx

from tests.prolific.contract import Exchanges, ValidatingTransport
from workbench.services import prolific, prolific_actions
from workbench.services.accounts import get_account
from workbench.services.context import Workbench
from workbench.services.push import push_outbox
from workbench.services.spend import confirm_spending


def main(store: str, account_name: str, crash: str | None) -> int:
    seen = Exchanges()
    prolific.use_transport(lambda base_url: ValidatingTransport(httpx.HTTPTransport(), seen))
    if crash:
        def die(where: str) -> None:
            if where == crash:
                os.kill(os.getpid(), signal.SIGKILL)

        prolific_actions._crash_point = die
    with Workbench.open(store) as wb:
        account = get_account(wb, account_name)
        confirm_spending(wb, account)
        report = push_outbox(wb, account)
    print(f"sent={report.sent} reconciled={report.reconciled} failed={report.failed} "
          f"deferred={report.deferred} checked={seen.total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None))
