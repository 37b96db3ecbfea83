"""``python -m workbench``: the same as the ``workbench`` command (and the frozen app's start)."""

import sys

from workbench.cli import main

sys.exit(main())
