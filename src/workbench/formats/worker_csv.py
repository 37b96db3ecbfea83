"""The worker CSV of MTurk's requester web site (Manage > Workers), written and read back.

One row per worker: ``Worker ID``, ``UPDATE BLOCK STATUS`` and ``BLOCK_REASON``, the approval
rates, then for each qualification type ``CURRENT-<name>`` (the score held) and
``UPDATE-<name>`` (what to change it to: a whole number, or ``Revoke``). The requester fills
the UPDATE columns in a spreadsheet and uploads the file; blank cells change nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from workbench.domain.ids import WORKER_ID as WORKER_ID_PATTERN
from workbench.domain.text import translate
from workbench.formats.batch_csv import neutralise_formula

WORKER_ID = "Worker ID"
BLOCK_STATUS = "UPDATE BLOCK STATUS"
BLOCK_REASON = "BLOCK_REASON"
RATE_COLUMNS = ("Lifetime Approval Rate", "Last 30 Days", "Last 7 Days")
CURRENT_PREFIX = "CURRENT-"
UPDATE_PREFIX = "UPDATE-"
REVOKE = "Revoke"
MAX_BYTES = 64 * 1024 * 1024
MAX_PROBLEMS = 20
INT32 = (-2_147_483_648, 2_147_483_647)
_QUOTED = re.compile(r"^'[=+\-@\t\r]")


class WorkerCsvError(ValueError):
    """A worker CSV that cannot be taken as it is; the message lists the problems by line."""


@dataclass(frozen=True)
class WorkerRow:
    """What the export writes for one worker."""

    worker_id: str
    blocked: bool = False
    block_reason: str = ""
    rates: tuple[str, str, str] = ("", "", "")
    scores: dict[str, int | None] = field(default_factory=dict)  # by qualification name


@dataclass(frozen=True)
class ScoreChange:
    """An UPDATE cell: a new score for a worker, or None to revoke."""

    line: int
    worker_id: str
    qualification: str
    value: int | None


@dataclass(frozen=True)
class BlockChange:
    line: int
    worker_id: str
    block: bool
    reason: str


@dataclass
class WorkerCsvChanges:
    """Everything an uploaded worker CSV asks for."""

    scores: list[ScoreChange] = field(default_factory=list)
    blocks: list[BlockChange] = field(default_factory=list)
    rows: int = 0


def header(qualification_names: Sequence[str]) -> list[str]:
    """The columns of a worker CSV for these qualification types."""
    columns = [WORKER_ID, BLOCK_STATUS, BLOCK_REASON, *RATE_COLUMNS]
    for name in qualification_names:
        columns += [CURRENT_PREFIX + name, UPDATE_PREFIX + name]
    return columns


def write_worker_csv(out: TextIO, qualification_names: Sequence[str],
                     rows: Iterable[WorkerRow]) -> int:
    """Write the CSV; returns the number of workers written."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise_formula(c) for c in header(qualification_names)])
    count = 0
    for row in rows:
        cells = [row.worker_id, "", neutralise_formula(row.block_reason) if row.blocked else "",
                 *row.rates]
        for name in qualification_names:
            held = row.scores.get(name)
            cells += ["" if held is None else str(held), ""]
        writer.writerow(cells)
        count += 1
    return count


def _unquote(text: str) -> str:
    return text[1:] if _QUOTED.match(text) else text


def _value(text: str) -> int | str | None:
    """A cell of an UPDATE column: a score, None (revoke), or why it cannot be read."""
    if text.lower() == REVOKE.lower():
        return None
    if not re.fullmatch(r"[+-]?\d+", text):
        return translate("WorkerCsv", "{value} is neither a whole number nor {revoke}"
                         ).format(value=repr(text[:40]), revoke=REVOKE)
    value = int(text)
    if not INT32[0] <= value <= INT32[1]:
        return translate("WorkerCsv", "{value} is too large for a qualification score"
                         ).format(value=text[:40])
    return value


def read_worker_csv(text: str, known_names: Collection[str]) -> WorkerCsvChanges:
    """The changes an uploaded worker CSV asks for; WorkerCsvError lists what is wrong."""
    if len(text) > MAX_BYTES:
        raise WorkerCsvError(translate("WorkerCsv", "the file is larger than {size} MB"
                                       ).format(size=MAX_BYTES // (1024 * 1024)))
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        columns = [_unquote(c.strip()) for c in next(reader)]
    except StopIteration:
        raise WorkerCsvError(translate("WorkerCsv", "the file is empty")) from None
    except csv.Error as exc:
        raise WorkerCsvError(translate("WorkerCsv", "line {line}: {problem}"
                                       ).format(line=1, problem=exc)) from None
    problems: list[str] = []
    if WORKER_ID not in columns:
        raise WorkerCsvError(translate(
            "WorkerCsv", "there is no {column} column: is this MTurk's worker CSV?"
        ).format(column=repr(WORKER_ID)))
    duplicated = sorted({c for c in columns if columns.count(c) > 1 and c})
    if duplicated:
        problems.append(translate("WorkerCsv", "line 1: the column(s) {columns} appear twice"
                                  ).format(columns=", ".join(duplicated)))
    known = set(known_names)
    fixed = {WORKER_ID, BLOCK_STATUS, BLOCK_REASON, *RATE_COLUMNS}
    unknown = [c for c in columns if c and c not in fixed
               and not c.startswith((CURRENT_PREFIX, UPDATE_PREFIX))]
    if unknown:
        problems.append(translate("WorkerCsv", "line 1: unknown column(s): {columns}"
                                  ).format(columns=", ".join(repr(c) for c in unknown[:8])))
    updates = {i: c[len(UPDATE_PREFIX):] for i, c in enumerate(columns)
               if c.startswith(UPDATE_PREFIX)}
    strangers = [n for n in updates.values() if n not in known]
    if strangers:
        problems.append(translate("WorkerCsv", "line 1: no qualification type named {names}"
                                  ).format(names=", ".join(repr(n) for n in strangers[:8])))
    if problems:
        raise WorkerCsvError("\n".join(problems))
    where = {name: columns.index(name) for name in (WORKER_ID, BLOCK_STATUS, BLOCK_REASON)
             if name in columns}
    changes = WorkerCsvChanges()
    seen: dict[str, int] = {}
    line = 1
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            changes.rows += 1
            if len(cells) > len(columns):
                problems.append(translate("WorkerCsv", "line {line}: {cells} cells under {columns} "
                                          "columns").format(line=line, cells=len(cells),
                                                            columns=len(columns)))
                continue
            cells += [""] * (len(columns) - len(cells))
            worker_id = cells[where[WORKER_ID]].strip()
            if not WORKER_ID_PATTERN.match(worker_id):
                problems.append(translate("WorkerCsv", "line {line}: {worker} is not a worker id"
                                          ).format(line=line, worker=repr(worker_id[:40])))
                continue
            if worker_id in seen:
                problems.append(translate("WorkerCsv", "line {line}: worker {worker} is also on "
                                          "line {other}").format(line=line, worker=worker_id,
                                                                 other=seen[worker_id]))
                continue
            seen[worker_id] = line
            for index, name in updates.items():
                cell = cells[index].strip()
                if not cell:
                    continue
                value = _value(cell)
                if isinstance(value, str):
                    problems.append(translate("WorkerCsv", "line {line}, {column}: {problem}"
                                              ).format(line=line, column=UPDATE_PREFIX + name,
                                                       problem=value))
                else:
                    changes.scores.append(ScoreChange(line, worker_id, name, value))
            if BLOCK_STATUS in where:
                status = cells[where[BLOCK_STATUS]].strip().lower()
                reason = _unquote(cells[where[BLOCK_REASON]].strip()) \
                    if BLOCK_REASON in where else ""
                if status in ("block", "blocked"):
                    if not reason:
                        problems.append(translate(
                            "WorkerCsv", "line {line}: blocking {worker} needs a {column}"
                        ).format(line=line, worker=worker_id, column=BLOCK_REASON))
                    else:
                        changes.blocks.append(BlockChange(line, worker_id, True, reason))
                elif status in ("unblock", "unblocked"):
                    changes.blocks.append(BlockChange(line, worker_id, False, reason))
                elif status:
                    problems.append(translate(
                        "WorkerCsv", "line {line}: {column} should be Block or Unblock, not {value}"
                    ).format(line=line, column=BLOCK_STATUS, value=repr(status[:20])))
            if len(problems) >= MAX_PROBLEMS:
                break
    except csv.Error as exc:
        problems.append(translate("WorkerCsv", "line {line}: {problem}").format(line=line,
                                                                          problem=exc))
    if problems:
        more = translate("WorkerCsv", " (and more)") if len(problems) >= MAX_PROBLEMS else ""
        raise WorkerCsvError("\n".join(problems[:MAX_PROBLEMS]) + more)
    return changes
