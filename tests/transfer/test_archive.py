"""An imported MTurk archive is history: its own kind, settled auto-approvals, nothing sent.

MTurk closed on 2026-09-30. Work in a batch-results file was done (and decided, or
approved by MTurk itself at its AutoApprovalTime) years ago: the archive must never look
like live money, count down auto-approvals, offer to pay, or send a decision anywhere.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.transfer.conftest import as_dicts, from_dicts, read_rows, write_rows
from tests.transfer.test_cli import run
from workbench.domain.clock import parse_mturk_time
from workbench.services import outbox
from workbench.services.accounts import (
    AccountInfo,
    ArchiveAccountError,
    add_account,
    list_accounts,
)
from workbench.services.context import MarketplaceUnavailable, Workbench
from workbench.services.importing import import_results
from workbench.services.sync import sync
from workbench.services.tables_review import due_soon
from workbench.services.transfer.review import queue_review
from workbench.store.database import open_store
from workbench.store.schema import HIT, Account, Assignment, ReviewHit

CLOSED = "closed on 2026-09-30"


def test_an_imported_archive_is_its_own_kind_and_mturk_settled_its_auto_approvals(
        archive_wb: Workbench, fixtures_dir: Path, tmp_path: Path) -> None:
    wb = archive_wb
    header, rows = read_rows(fixtures_dir / "semseg_Batch_5176945_batch_results.csv")
    report = import_results(wb, fixtures_dir / "semseg_Batch_5176945_batch_results.csv")
    account = report.account
    assert account.kind == "mturk-archive" and account.is_archive
    assert not account.moves_real_money
    assert account.kind_label == "MTurk archive (history)"
    # All 47 were "Submitted" in the file, auto-approving in January 2024: MTurk approved
    # (and paid) them then; nothing is left to decide, nothing auto-approves "soon".
    file_rows = as_dicts(header, rows)
    with wb.store.read() as session:
        stored = {a.assignment_id: a for a in session.scalars(select(Assignment))}
    assert {a.status for a in stored.values()} == {"Approved"}
    for row in file_rows:
        due = parse_mturk_time(row["AutoApprovalTime"])
        assert stored[row["AssignmentId"]].approval_time == due
    assert due_soon(wb, account.id, wb.clock() + timedelta(days=1)) == 0
    with wb.store.read() as session:
        assert {(h.submitted_count, h.approved_count > 0) for h in session.scalars(select(HIT))} \
            == {(0, True)}


def test_work_still_within_its_auto_approval_time_stays_submitted(
        archive_wb: Workbench, fixtures_dir: Path, tmp_path: Path) -> None:
    wb = archive_wb
    header, rows = read_rows(fixtures_dir / "semseg_Batch_5176945_batch_results.csv")
    records = as_dicts(header, rows)
    later = (wb.clock() + timedelta(days=2)).astimezone(ZoneInfo("America/Los_Angeles")
                                                         ).strftime("%a %b %d %H:%M:%S %Z %Y")
    records[0]["AutoApprovalTime"] = later
    path = write_rows(tmp_path / "recent.csv", header, from_dicts(header, records))
    import_results(wb, path)
    with wb.store.read() as session:
        statuses = {a.assignment_id: a.status for a in session.scalars(select(Assignment))}
    assert statuses[records[0]["AssignmentId"]] == "Submitted"
    assert sum(1 for s in statuses.values() if s == "Approved") == len(records) - 1


def test_nothing_is_decided_paid_or_synced_from_an_archive(archive_wb: Workbench,
                                                           fixtures_dir: Path) -> None:
    wb = archive_wb
    account = import_results(wb, fixtures_dir / "clarity_batch8.csv").account
    with wb.store.read() as session:
        ids = list(session.scalars(select(Assignment.assignment_id).limit(2)))
    for attempt in (lambda: outbox.queue_approve(wb, account, ids),
                    lambda: outbox.queue_reject(wb, account, ids, feedback="Wrong"),
                    lambda: outbox.queue_bonus(wb, account, ids[0], "0.50", reason="Thanks"),
                    lambda: outbox.queue_block(wb, account, "A1H46WPLJNKW5L", reason="Spam")):
        with pytest.raises(outbox.OutboxError, match=CLOSED):
            attempt()
    assert outbox.list_actions(wb, account) == []
    with pytest.raises(ArchiveAccountError, match="no marketplace to sync with"):
        sync(wb, account)
    with pytest.raises(MarketplaceUnavailable, match="MTurk archive"):
        wb.marketplace(account)


def test_a_marked_review_sheet_of_an_archive_queues_nothing(archive_wb: Workbench,
                                                            fixtures_dir: Path,
                                                            tmp_path: Path) -> None:
    wb = archive_wb
    header, rows = read_rows(fixtures_dir / "clarity_batch8.csv")
    records = as_dicts(header, rows)
    records[0]["Approve"] = "x"
    records[1]["Reject"] = "Did not follow the instructions"
    path = write_rows(tmp_path / "marked.csv", header, from_dicts(header, records))
    report = import_results(wb, path)
    assert report.review is not None
    assert report.review.decisions == []
    assert len(report.review.skipped) == 2
    assert all(CLOSED in s.reason for s in report.review.skipped)
    assert queue_review(wb, report.review).queued == []


def test_the_command_line_refuses_in_one_line_and_the_export_owes_nothing(
        capsys: pytest.CaptureFixture[str], store_path: Path, fixtures_dir: Path,
        tmp_path: Path) -> None:
    db = str(store_path)
    assert run(capsys, "--db", db, "-q", "import-results",
               str(fixtures_dir / "semseg_Batch_5176945_batch_results.csv"))[0] == 0
    with sqlite3.connect(store_path) as connection:
        assignment_id = connection.execute("SELECT assignment_id FROM assignments").fetchone()[0]
    code, out, err = run(capsys, "--db", db, "review", "approve", assignment_id,
                         "--account", "MTurk archive")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and CLOSED in err
    code, out, err = run(capsys, "--db", db, "sync", "--account", "MTurk archive")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "no marketplace to sync with" in err
    template = tmp_path / "task.html"
    template.write_text("<crowd-form><p>${text}</p><crowd-input name='label'></crowd-input>"
                        "</crowd-form>", encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text("text\nfirst\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "-q", "publish", "--template", str(template),
                         "--input", str(rows), "--title", "Label", "--description", "Label it",
                         "--reward", "0.05", "--assignments", "1", "--account", "MTurk archive",
                         "--yes")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "nothing can be published there" in err
    assert count_rows(store_path, "batches") == 1  # the imported one only
    code, out, err = run(capsys, "--db", db, "accounts", "list")
    assert "mturk-archive" in out
    xlsx = tmp_path / "archive.xlsx"
    assert run(capsys, "--db", db, "-q", "export", "--format", "xlsx", "--out", str(xlsx),
               "--account", "MTurk archive")[0] == 0
    summary = {row[0].value: row[1].value for row in load_workbook(xlsx)["Summary"].iter_rows()}
    assert summary["Marketplace"] == "MTurk archive (history)"
    assert str(summary["Still to pay if every submitted assignment is approved"]).startswith(
        "nothing: an MTurk archive is history")
    assert summary["Submitted, awaiting review"] == 0


def test_an_archive_imported_before_is_turned_into_history_on_upgrade(
        fixtures_dir: Path, tmp_path: Path) -> None:
    """A store whose archive account was made of kind "mturk" (real money) is upgraded."""
    path = tmp_path / "old.sqlite3"
    wb = Workbench.open(path)
    import_results(wb, fixtures_dir / "semseg_Batch_5176945_batch_results.csv")
    live = import_results(wb, fixtures_dir / "clarity_batch8.csv",
                          account=_add_mturk(wb, "Production")).account
    wb.close()
    # As an earlier version left it: kind "mturk", work still "Submitted", 100 % agreement.
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE accounts SET kind = 'mturk' WHERE name = 'MTurk archive'")
        connection.execute("UPDATE assignments SET status = 'Submitted', approval_time = NULL "
                           "WHERE account_id = (SELECT id FROM accounts "
                           "WHERE name = 'MTurk archive')")
        connection.execute("UPDATE hits SET submitted_count = approved_count, "
                           "approved_count = 0 WHERE account_id = (SELECT id FROM accounts "
                           "WHERE name = 'MTurk archive')")
        connection.execute("INSERT INTO review_hits (hit_pk, basis, agreement, computed_at) "
                           "SELECT id, '1/0/0', 1.0, '2026-11-01 00:00:00' FROM hits")
        connection.execute("UPDATE alembic_version SET version_num = '0009a'")
    _as_at_revision(path, "0009a", tmp_path / "scratch.sqlite3")
    store = open_store(path)
    with store.read() as session:
        kinds = {a.name: a.kind for a in session.scalars(select(Account))}
        statuses = {s for (s,) in session.execute(
            select(Assignment.status).join(Account, Account.id == Assignment.account_id)
            .where(Account.name == "MTurk archive"))}
        counts = {(h.submitted_count, h.approved_count > 0) for h in session.scalars(
            select(HIT).join(Account, Account.id == HIT.account_id)
            .where(Account.name == "MTurk archive"))}
        stored_agreement = list(session.scalars(select(ReviewHit.hit_pk)))
    store.dispose()
    assert kinds["MTurk archive"] == "mturk-archive"
    assert kinds["Production"] == "mturk"  # a live account named by its user stays live
    assert statuses == {"Approved"} and counts == {(0, True)}
    assert stored_agreement == []  # computed again by the new rules
    assert live.kind == "mturk"


def count_rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _add_mturk(wb: Workbench, name: str) -> AccountInfo:
    return add_account(wb, name, "mturk")


def test_an_archive_account_can_be_named_at_the_command_line(
        capsys: pytest.CaptureFixture[str], store_path: Path) -> None:
    db = str(store_path)
    code, _out, err = run(capsys, "--db", db, "accounts", "add", "Lab 2019", "--kind",
                         "mturk-archive")
    assert code == 0, err
    with Workbench.open(store_path) as wb:
        assert [a.kind for a in list_accounts(wb) if a.name == "Lab 2019"] == ["mturk-archive"]


def _as_at_revision(path: Path, revision: str, scratch: Path) -> None:
    """Remove what later migrations added, as a store of that revision would not have it."""
    from alembic import command

    from workbench.sql.migrate import alembic_config
    from workbench.store.database import MIGRATIONS

    config = alembic_config(MIGRATIONS, "alembic_version")
    config.set_main_option("sqlalchemy.url", f"sqlite:///{scratch}")
    command.upgrade(config, revision)

    def objects(db: Path) -> set[tuple[int, str, str]]:
        # Triggers first, then virtual tables (which drop their own shadow tables), then tables.
        with contextlib.closing(sqlite3.connect(db)) as connection:
            return {(0 if kind == "trigger" else 1 if "VIRTUAL" in (sql or "") else 2,
                     kind, name) for kind, name, sql in connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger') "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'mk_%' "
                "AND name != 'market_alembic_version'")}

    later = objects(path) - objects(scratch)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for _, kind, name in sorted(later):
            connection.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        connection.commit()
