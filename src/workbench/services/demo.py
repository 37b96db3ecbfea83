"""The demo project: a sentiment batch published locally and worked by a simulated crowd.

The crowd's work is planned first and played back so that it ends now: the batch looks as
if it had been published a few hours ago and worked through since, with careful workers,
careless ones and a spammer, so every screen has something true to show.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import timedelta
from itertools import count

from sqlalchemy import func, select

from workbench.domain.statuses import AccountKind
from workbench.domain.text import translate
from workbench.formats.answers import task_answers_xml
from workbench.formats.inputs import InputTable
from workbench.marketplace.local.market import LocalMarketplace
from workbench.marketplace.local.simulation import (
    AnswerMaker,
    Diligence,
    SimulatedWorker,
    make_crowd,
    plan_span,
    plan_work,
    play,
)
from workbench.resources import template_preset
from workbench.services.accounts import AccountError, AccountInfo, get_account
from workbench.services.context import Workbench
from workbench.services.progress import CancelToken, Progress, no_progress
from workbench.services.publish import HITProperties, create_batch, publish_batch
from workbench.services.sync import PullReport, pull
from workbench.store.schema import Batch

SENTIMENTS = ("Positive", "Neutral", "Negative")
PUBLISH_STEP_S = 0.2  # simulated seconds between two publishing calls
GOLD_SHARE = 0.1

PRODUCTS = (
    "Espresso machine Café Crème 2000", "Noise-cancelling headphones", "Ergonomic office chair",
    "Größenverstellbarer Kinderhelm", "Bluetooth スピーカー mini", "Cast-iron skillet 28 cm",
    "Trail running shoes", "Smart thermostat", "Children's picture book “Le Petit Nuage”",
    "Electric toothbrush", "Yoga mat (extra thick)", "4K action camera", "Mechanical keyboard",
    "Robot vacuum", "Portable power bank 20 000 mAh", "Cookbook: Cocina mexicana fácil",
    "Wireless mouse", "Stainless steel water bottle", "Desk lamp with dimmer", "Rain jacket",
)
OPENINGS = {
    "Positive": ("Absolutely love this {p}.", "Best purchase I've made this year.",
                 "Five stars from me.", "Exceeded my expectations!", "Très bien, really happy."),
    "Neutral": ("It's a {p}, it does what it says.", "Arrived on time, works as described.",
                "Three stars.", "Mixed feelings about this one.", "Nothing special either way."),
    "Negative": ("Very disappointed with this {p}.", "Do not buy.", "Returned it after a week.",
                 "One star, and that is generous.", "Completely stopped working."),
}
MIDDLES = {
    "Positive": ("The build quality is excellent and it feels solid.",
                 "Setup took five minutes and it has worked perfectly since.",
                 "My whole family uses it every day.",
                 "Worth every cent — I'd buy it again without thinking."),
    "Neutral": ("Some things are good, some could be better.",
                "The manual could be clearer but I figured it out.",
                "Not sure yet if it was worth the price.",
                "It replaced my old one; no big difference so far."),
    "Negative": ("The material feels cheap and started cracking.",
                 "Customer service never answered my emails.",
                 "It broke the second time I used it.",
                 "Nothing like the photos: smaller and flimsier."),
}
CLOSINGS = ("", "", " Delivery was quick.", " The packaging was a bit much.",
            " Colour: dark grey.", " Bought it as a gift.", " 👍", " (Reviewed after 2 weeks.)")


@dataclass
class DemoReport:
    account: AccountInfo
    batch_id: int
    batch_name: str
    hits: int
    assignments_submitted: int
    workers: int
    pull: PullReport


def demo_rows(hits: int, rng: random.Random) -> tuple[InputTable, list[str]]:
    """Product reviews and the sentiment each was written with; one in ten is a gold item."""
    rows = []
    truth = []
    for index in range(hits):
        sentiment = rng.choice(SENTIMENTS)
        product = rng.choice(PRODUCTS)
        review = " ".join((
            rng.choice(OPENINGS[sentiment]).format(p=product.split(" (")[0].lower()),
            rng.choice(MIDDLES[sentiment]),
        )) + rng.choice(CLOSINGS)
        gold = sentiment if rng.random() < GOLD_SHARE else ""
        rows.append({"review_id": f"R{index + 1:05d}", "product": product, "review": review,
                     "gold_sentiment": gold})
        truth.append(sentiment)
    columns = ["review_id", "product", "review", "gold_sentiment"]
    return InputTable(columns, rows, "demo reviews"), truth


def _answer_maker(truth: dict[str, str]) -> AnswerMaker:
    def answer(worker: SimulatedWorker, hit_id: str, rng: random.Random) -> str:
        right = truth[hit_id]
        if worker.diligence is Diligence.SPAMMER:
            label = "Positive" if rng.random() < 0.8 else rng.choice(SENTIMENTS)
        elif rng.random() < worker.accuracy:
            label = right
        else:
            label = rng.choice([s for s in SENTIMENTS if s != right])
        return task_answers_xml({"sentiment": {"label": label}})

    return answer


def _next_demo_name(wb: Workbench, account: AccountInfo) -> str:
    with wb.store.read() as session:
        existing = int(session.scalar(select(func.count()).select_from(Batch).where(
            Batch.account_id == account.id, Batch.origin == "demo")) or 0)
    return f"Demo: review sentiment #{existing + 1}"


def run_demo(wb: Workbench, *, account_name: str | None = None, hits: int = 50,
             assignments: int = 3, workers: int = 10, seed: int | None = None,
             progress: Progress = no_progress, cancel: CancelToken | None = None) -> DemoReport:
    """Publish a demo batch to a local account, let simulated workers do it, and sync."""
    if hits < 1 or assignments < 1 or workers < 1:
        raise AccountError(translate(
            "DemoService", "--hits, --assignments and --workers must be at least 1"))
    if workers < assignments:
        raise AccountError(translate(
            "DemoService", "{assignments} assignments per HIT need at least {assignments} "
            "workers (one assignment per worker per HIT)").format(assignments=assignments))
    account = get_account(wb, account_name)
    if account.kind != AccountKind.LOCAL.value:
        raise AccountError(translate(
            "DemoService", "the demo runs on a local account; {name} is {kind}").format(
                name=account.name, kind=translate("AccountKind", account.kind_label)))
    rng = random.Random(seed)
    table, sentiments = demo_rows(hits, rng)
    props = HITProperties(
        title="What is the sentiment of this product review?",
        description="Read one short customer review and say whether it is positive, "
                    "neutral or negative.",
        keywords="sentiment, review, text, quick", reward_cents=5,
        max_assignments=assignments, lifetime_s=7 * 86400, assignment_duration_s=15 * 60,
        auto_approval_delay_s=3 * 86400)
    name = _next_demo_name(wb, account)
    batch_id = create_batch(wb, account, name=name, template_html=template_preset("sentiment"),
                            table=table, props=props, origin="demo")
    crowd = make_crowd(workers, rng)
    # Plan on row numbers before publishing, to learn how long the work takes: the batch is
    # then published that long ago, so that the crowd's last submission lands just before now.
    plan = plan_work([(str(i), assignments) for i in range(hits)], crowd, rng)
    publishing_s = PUBLISH_STEP_S * (hits + 10)
    start = wb.clock() - timedelta(seconds=plan_span(plan) + publishing_s + 300)
    ticks = count()
    market = LocalMarketplace(wb.market_engine(account.options.get("market_url")),
                              account.requester_id or "",
                              clock=lambda: start + timedelta(seconds=next(ticks) * PUBLISH_STEP_S))
    progress(0, hits, translate(
        "DemoService", "Publishing the demo batch"))
    report = publish_batch(wb, account, batch_id, market, progress=progress, cancel=cancel)
    if report.cancelled:
        raise _cancelled()
    with wb.store.read() as session:
        batch = session.get(Batch, batch_id)
        assert batch is not None
        hit_ids = [row.hit_id or "" for row in batch.rows]
    truth = dict(zip(hit_ids, sentiments, strict=True))
    plan = [replace(task, hit_id=hit_ids[int(task.hit_id)]) for task in plan]
    played = play(wb.market_engine(account.options.get("market_url")), plan,
                  start + timedelta(seconds=publishing_s), _answer_maker(truth), rng,
                  progress=lambda done, total: progress(done, total, translate(
                      "DemoService", "Simulated workers at work")),
                  cancelled=(lambda: cancel.cancelled) if cancel is not None else None)
    if cancel is not None and cancel.cancelled:
        raise _cancelled()
    pulled = pull(wb, account, progress=progress, cancel=cancel)
    return DemoReport(account, batch_id, name, len(hit_ids), played.submitted, len(crowd),
                      pulled)


def _cancelled() -> Exception:
    from workbench.services.progress import Cancelled

    return Cancelled()
