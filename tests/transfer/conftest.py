"""Helpers for the import and export tests: real MTurk files, variants of them, table counts."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.conftest import FakeClock
from tests.services.conftest import local_market, publish_small_batch, work_everything
from workbench.services.accounts import AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.services.sync import pull
from workbench.store.schema import (
    HIT,
    Account,
    AnswerField,
    Assignment,
    AuditEntry,
    Batch,
    BatchRow,
    OutboxAction,
    Worker,
)

FIXTURE_CSVS = ("clarity_batch8.csv", "mluck_Batch_3753862_batch_results.csv",
                "semseg_Batch_5176945_batch_results.csv", "sigircis_qs4_output.csv")
TABLES = (Account, Batch, BatchRow, HIT, Assignment, AnswerField, Worker, OutboxAction)


def table_counts(wb: Workbench, *, audit: bool = False) -> dict[str, int]:
    """Rows per table: what an import may (or must not) change."""
    tables = (*TABLES, AuditEntry) if audit else TABLES
    with wb.store.read() as session:
        return {t.__tablename__: int(session.scalar(select(func.count()).select_from(t)) or 0)
                for t in tables}


def read_rows(path: Path, encoding: str = "utf-8-sig") -> tuple[list[str], list[list[str]]]:
    with path.open(encoding=encoding, newline="") as stream:
        rows = list(csv.reader(stream))
    return rows[0], rows[1:]


def write_rows(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]], *,
               encoding: str = "utf-8", quoting: Any = csv.QUOTE_ALL,
               newline: str = "\r\n") -> Path:
    """A batch-results file as a spreadsheet program might save it."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=quoting, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def as_dicts(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[dict[str, str]]:
    return [dict(zip(header, row, strict=False)) for row in rows]


def from_dicts(header: Sequence[str], rows: Sequence[dict[str, str]]) -> list[list[str]]:
    return [[row.get(c, "") for c in header] for row in rows]


@pytest.fixture
def archive_wb(wb: Workbench, clock: FakeClock) -> Workbench:
    """A workbench on the test clock (2026-11-02), for importing MTurk archives."""
    wb.clock = clock
    return wb


@pytest.fixture
def worked_local(wb: Workbench, clock: FakeClock) -> tuple[Workbench, AccountInfo, Any, list[str]]:
    """A local account with a published batch (4 HITs x 2) submitted and synced."""
    wb.clock = clock
    account = get_account(wb)
    market = local_market(wb, account, clock)
    publish_small_batch(wb, account, market)
    clock.advance(minutes=5)
    assignments = work_everything(wb, clock, market)
    pull(wb, account, market)
    return wb, account, market, assignments
