"""A long-lived process holding a store, as the window or `workbench serve` does.

Driven line by line on stdin by tests/store/test_shared_store.py; answers one line each:
``stray`` opens and closes the store's files as a file dialog sniffing their type does,
``approve ID`` queues an approval, ``outbox`` lists the queued actions' assignment ids.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    from workbench.services import outbox
    from workbench.services.accounts import get_account
    from workbench.services.context import Workbench

    location = sys.argv[1]
    wb = Workbench.open(location)
    account = get_account(wb)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        try:
            if command == "stray":
                path = sys.argv[2]
                for name in (path, f"{path}-wal", f"{path}-shm"):
                    if os.path.exists(name):
                        os.close(os.open(name, os.O_RDONLY))
                print("ok", flush=True)
            elif command == "approve":
                outbox.queue_approve(wb, account, [argument], feedback="")
                print("ok", flush=True)
            elif command == "outbox":
                ids = sorted(a.target for a in outbox.list_actions(wb, account))
                print(" ".join(ids), flush=True)
            elif command == "quit":
                break
        except Exception as exc:  # the test reads the failure as a line
            print(f"error {type(exc).__name__}: {str(exc).splitlines()[0]}", flush=True)
    wb.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
