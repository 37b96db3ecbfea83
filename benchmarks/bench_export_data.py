"""A large store for the export and import benchmarks, written with bulk inserts.

Realistic shapes, made fast: one imported batch of HITs with three inputs each, several
assignments per HIT by a pool of workers, and ``fields`` answer fields per assignment
(labels, ratings, free text, checkboxes), as an MTurk archive would hold them.

    python benchmarks/bench_export_data.py STORE.sqlite3 [--assignments 100000] [--fields 20]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from workbench.services.accounts import add_account
from workbench.services.context import Workbench
from workbench.store.schema import HIT, AnswerField, Assignment, Batch, BatchRow, Worker

LABELS = ("cat", "dog", "bird", "fish", "other")
WORDS = ("clear", "blurry", "the animal is small", "two animals", "hard to tell", "outdoors",
         "indoors", "looks like a puppy", "partly hidden", "a cartoon, not a photo")
CHUNK = 5_000


def answer_values(rng: random.Random, fields: int) -> dict[str, str]:
    """One assignment's answers: a label, ratings, checkboxes and a comment, ``fields`` in all."""
    out: dict[str, str] = {"label": rng.choice(LABELS)}
    kinds = ("rating", "checkbox", "text", "number")
    for index in range(1, fields):
        kind = kinds[index % len(kinds)]
        name = f"q{index:02d}_{kind}"
        if kind == "rating":
            out[name] = str(rng.randint(1, 5))
        elif kind == "checkbox":
            out[name] = rng.choice(("true", "false"))
        elif kind == "text":
            out[name] = rng.choice(WORDS) + (f", {rng.choice(WORDS)}" if rng.random() < 0.3
                                             else "")
        else:
            out[name] = f"{rng.uniform(0, 100):.1f}"
    return out


def build_store(path: Path, *, assignments: int = 100_000, fields: int = 20,
                per_hit: int = 3, workers: int = 400, seed: int = 7) -> int:
    """Fill a new store at ``path``; returns the id of the account holding the work."""
    rng = random.Random(seed)
    wb = Workbench.open(path)
    account = add_account(wb, "Benchmark archive", "mturk")
    start = datetime(2024, 3, 4, 16, 0, tzinfo=UTC)
    hits = (assignments + per_hit - 1) // per_hit
    pool = [f"A{rng.randrange(16**12):012X}B" for _ in range(workers)]
    with wb.store.session(write=True) as session:
        batch = Batch(account_id=account.id, name="Benchmark batch (MTurk batch 4000001)",
                      origin="import", state="published", external_id="4000001",
                      title="Label the animal", reward_cents=5, max_assignments=per_hit,
                      input_columns=["image_url", "caption", "source"], created_at=start)
        session.add(batch)
        session.flush()
        made = 0
        for first in range(0, hits, CHUNK):
            count = min(CHUNK, hits - first)
            row_ids = session.execute(insert(BatchRow).returning(
                BatchRow.id, sort_by_parameter_order=True), [
                {"batch_id": batch.id, "row_index": first + i,
                 "values": {"image_url": f"https://images.example.com/{first + i:07d}.jpg",
                            "caption": rng.choice(WORDS), "source": rng.choice(("web", "app"))},
                 "request_token": f"bench-{first + i}", "hit_id": f"3BENCH{first + i:024d}"}
                for i in range(count)]).scalars().all()
            created = [start + timedelta(seconds=first + i) for i in range(count)]
            hit_pks = session.execute(insert(HIT).returning(
                HIT.id, sort_by_parameter_order=True), [
                {"account_id": account.id, "hit_id": f"3BENCH{first + i:024d}",
                 "hit_type_id": "3BENCHTYPE00000000000000000000", "batch_id": batch.id,
                 "batch_row_id": row_ids[i], "title": "Label the animal",
                 "description": "Say which animal the photo shows", "keywords": "image, label",
                 "reward_cents": 5, "max_assignments": per_hit, "status": "Reviewable",
                 "creation_time": created[i], "expiration": created[i] + timedelta(days=7),
                 "assignment_duration_s": 600, "auto_approval_delay_s": 259200,
                 "requester_annotation": "BatchId:4000001;", "qualification_requirements": []}
                for i in range(count)]).scalars().all()
            rows, answer_sets = [], []
            for i, hit_pk in enumerate(hit_pks):
                for worker in rng.sample(pool, per_hit):
                    if made >= assignments:
                        break
                    accept = created[i] + timedelta(minutes=rng.randint(1, 600))
                    submit = accept + timedelta(seconds=rng.randint(20, 400))
                    status = rng.choices(("Approved", "Rejected", "Submitted"), (8, 1, 1))[0]
                    rows.append({
                        "account_id": account.id, "assignment_id": f"3ASSIGN{made:023d}",
                        "hit_pk": hit_pk, "worker_id": worker, "status": status,
                        "accept_time": accept, "submit_time": submit,
                        "auto_approval_time": submit + timedelta(days=3),
                        "approval_time": submit + timedelta(days=1)
                        if status == "Approved" else None,
                        "rejection_time": submit + timedelta(days=1)
                        if status == "Rejected" else None,
                        "requester_feedback": "Wrong animal" if status == "Rejected" else None,
                        "work_time_s": int((submit - accept).total_seconds()),
                        "answer_xml": "", "answer_summary": "", "answer_format": "csv",
                        "extra": {"LifetimeApprovalRate": "98% (490/500)"}})
                    answer_sets.append(answer_values(rng, fields))
                    made += 1
            pks = session.execute(insert(Assignment).returning(
                Assignment.id, sort_by_parameter_order=True), rows).scalars().all()
            session.connection().execute(insert(AnswerField.__table__), [
                {"assignment_pk": pk, "name": name, "value": value}
                for pk, answers in zip(pks, answer_sets, strict=True)
                for name, value in answers.items()])
        session.execute(insert(Worker), [{"account_id": account.id, "worker_id": w,
                                          "first_seen": start, "last_seen": start}
                                         for w in pool])
    wb.close()
    return account.id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path)
    parser.add_argument("--assignments", type=int, default=100_000)
    parser.add_argument("--fields", type=int, default=20)
    args = parser.parse_args()
    if args.store.exists():
        sys.exit(f"{args.store} exists; give a new file")
    began = time.perf_counter()
    build_store(args.store, assignments=args.assignments, fields=args.fields)
    print(f"built {args.store} in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
