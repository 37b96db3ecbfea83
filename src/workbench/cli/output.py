"""What the command line prints: progress on stderr, tables on stdout."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import TextIO


class StderrProgress:
    """Progress on stderr: a live line on a terminal, a line every few seconds otherwise."""

    def __init__(self, stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.live = self.stream.isatty()
        self._last_print = 0.0
        self._last_message = ""

    def __call__(self, done: int, total: int, message: str) -> None:
        if self.quiet:
            return
        now = time.monotonic()
        final = total and done >= total
        if not self.live and not final and message == self._last_message and \
                now - self._last_print < 3:
            return
        self._last_print = now
        self._last_message = message
        text = f"{message}: {done}/{total}" if total else f"{message}: {done}"
        if self.live:
            self.stream.write("\r\x1b[2K" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def done(self) -> None:
        if self.live and not self.quiet:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], stream: TextIO) -> None:
    """A plain text table with columns as wide as their widest cell."""
    cells = [[str(c) for c in headers]] + [["" if c is None else str(c) for c in row]
                                           for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for number, row in enumerate(cells):
        stream.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                     + "\n")
        if number == 0:
            stream.write("  ".join("-" * w for w in widths) + "\n")
