"""MTurk's worker CSV: exported, edited as a requester would, imported through the outbox."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FakeClock
from workbench.formats.worker_csv import (
    WorkerCsvError,
    WorkerRow,
    header,
    read_worker_csv,
    write_worker_csv,
)
from workbench.marketplace.local.workers import WorkerSide
from workbench.services import outbox
from workbench.services import qualifications as quals
from workbench.services.push import push_outbox
from workbench.services.worker_scores import (
    apply_import,
    export_worker_csv,
    plan_worker_csv,
    read_csv_file,
)


def edit(text: str, changes: dict[tuple[str, str], str]) -> str:
    """Fill cells as a requester would in a spreadsheet: (worker, column) -> text."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    columns = rows[0]
    for row in rows[1:]:
        for (worker, column), value in changes.items():
            if row[0] == worker:
                row[columns.index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.fixture
def scored(local: Any, clock: FakeClock) -> Any:
    """Two types; three workers, two holding scores on the first."""
    wb, account, market = local
    spotter = quals.create_type(wb, account, quals.TypeSpec("Bird spotter", "Knows birds"),
                                market)
    quals.create_type(wb, account, quals.TypeSpec("=cmd|' /C calc'!A0", "A hostile name"),
                      market)
    side = WorkerSide(wb.store.engine, clock=clock)
    workers = [side.register(f"AWORKER{i:07d}") for i in range(3)]
    quals.grant_scores(wb, account, spotter.type_id, workers[:2], 80)
    push_outbox(wb, account, market)
    return wb, account, market, spotter, workers


def test_the_worker_csv_round_trip(scored: Any, tmp_path: Path) -> None:
    wb, account, market, spotter, workers = scored
    path = tmp_path / "workers.csv"
    assert export_worker_csv(wb, account, path) == 2
    text = read_csv_file(path)
    columns = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert columns[:6] == ["Worker ID", "UPDATE BLOCK STATUS", "BLOCK_REASON",
                           "Lifetime Approval Rate", "Last 30 Days", "Last 7 Days"]
    # No cell starts as a formula, whatever a qualification is called.
    assert "CURRENT-Bird spotter" in columns and "UPDATE-=cmd|' /C calc'!A0" in columns
    assert not any(c.startswith(("=", "+", "-", "@")) for c in columns)
    edited = edit(text, {(workers[0], "UPDATE-Bird spotter"): "95",
                         (workers[1], "UPDATE-Bird spotter"): "revoke"})
    # A worker the export did not list (no work for us yet) can be added as a new line.
    new_row = [""] * len(columns)
    new_row[:3] = [workers[2], "Block", "Copied answers"]
    new_row[columns.index("UPDATE-Bird spotter")] = "70"
    edited += ",".join(new_row) + "\r\n"
    plan = plan_worker_csv(wb, account, edited)
    assert [(s.worker_id, s.value, s.before) for s in plan.scores] == [
        (workers[0], 95, 80), (workers[1], None, 80), (workers[2], 70, None)]
    assert plan.blocks == [(workers[2], "Copied answers")]
    assert "3 workers read" in plan.summary
    report = apply_import(wb, account, plan)
    assert len(report.queued) == 4 and not report.skipped
    push_outbox(wb, account, market)
    assert quals.current_scores(wb, account) == {(spotter.type_id, workers[0]): 95,
                                                 (spotter.type_id, workers[2]): 70}
    assert market.list_worker_blocks()["WorkerBlocks"][0]["WorkerId"] == workers[2]
    # Exported again, the file shows what now holds; importing it unchanged changes nothing.
    export_worker_csv(wb, account, path)
    again = read_csv_file(path)
    rows = {r[0]: r for r in csv.reader(io.StringIO(again.lstrip("\ufeff")))}
    current = rows["Worker ID"].index("CURRENT-Bird spotter")
    assert (rows[workers[0]][current], rows[workers[1]][current],
            rows[workers[2]][current]) == ("95", "", "70")
    assert rows[workers[2]][2] == "Copied answers"
    assert plan_worker_csv(wb, account, again).empty


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"),
    ("Name,Score\r\nA1,3\r\n", "no 'Worker ID' column"),
    ("Worker ID,Favourite colour\r\nA1,blue\r\n", "unknown column(s): 'Favourite colour'"),
    ("Worker ID,UPDATE-Owl watcher\r\nA1,3\r\n", "no qualification type named 'Owl watcher'"),
    ("Worker ID,UPDATE-Bird spotter\r\nA1,ninety\r\n", "line 2, UPDATE-Bird spotter: 'ninety'"),
    ("Worker ID,UPDATE-Bird spotter\r\nA1,12.5\r\n", "neither a whole number nor Revoke"),
    ("Worker ID,UPDATE-Bird spotter\r\nA1,99999999999\r\n", "too large"),
    ("Worker ID,UPDATE-Bird spotter\r\nA1,1\r\nA1,2\r\n", "line 3: worker A1 is also on line 2"),
    ("Worker ID,UPDATE-Bird spotter\r\nA 1,1\r\n", "'A 1' is not a worker id"),
    ("Worker ID,UPDATE BLOCK STATUS,BLOCK_REASON\r\nA1,Block,\r\n", "needs a BLOCK_REASON"),
    ("Worker ID,UPDATE BLOCK STATUS\r\nA1,Ban\r\n", "should be Block or Unblock"),
    ("Worker ID,Worker ID\r\nA1,A1\r\n", "appear twice"),
])
def test_bad_worker_csvs_are_refused_and_queue_nothing(local: Any, text: str,
                                                       reason: str) -> None:
    wb, account, market = local
    quals.create_type(wb, account, quals.TypeSpec("Bird spotter", "Knows birds"), market)
    before = len(outbox.list_actions(wb, account))
    with pytest.raises(WorkerCsvError) as refused:
        plan_worker_csv(wb, account, text)
    assert reason in str(refused.value)
    assert len(outbox.list_actions(wb, account)) == before


def test_a_worker_with_a_queued_change_is_reported_not_doubled(scored: Any) -> None:
    wb, account, _market, spotter, workers = scored
    quals.grant_scores(wb, account, spotter.type_id, [workers[0]], 10)
    plan = plan_worker_csv(wb, account, f"Worker ID,UPDATE-Bird spotter\r\n{workers[0]},20\r\n")
    report = apply_import(wb, account, plan)
    assert report.queued == [] and "already has a queued" in report.skipped[0][1]


def test_the_format_round_trips_without_a_store() -> None:
    out = io.StringIO()
    rows = [WorkerRow("A1", scores={"Q": 5}), WorkerRow("A2", True, "spam", ("90% (9/10)",) * 3)]
    assert write_worker_csv(out, ["Q"], rows) == 2
    assert out.getvalue().splitlines()[0] == ",".join(header(["Q"]))
    changes = read_worker_csv(out.getvalue(), ["Q"])
    assert changes.rows == 2 and changes.scores == [] and changes.blocks == []
