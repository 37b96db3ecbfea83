"""``python -m workbench``: the same as the ``workbench`` command (and the frozen app's start)."""

import os
import sys

# The window's executable of a Windows build has no console, hence no stdout or stderr:
# printing --version, a one-line reason or the smoke test's verdict would raise. The exit
# status still tells, and the log file keeps the reasons.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from workbench.cli import main  # noqa: E402 (after the streams exist)

sys.exit(main())
