"""Simulated workers asking for a qualification on the local marketplace (and taking its test).

For rehearsal and demos: a crowd of careful, careless and spamming workers requests the type;
each takes its test as accurately as they work, then the store learns the outcome.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from workbench.domain.statuses import AccountKind
from workbench.domain.text import translate
from workbench.marketplace.local.screening import Screening, take_test
from workbench.marketplace.local.simulation import make_crowd
from workbench.marketplace.local.workers import WorkerSide, WorkRefused
from workbench.services.accounts import AccountInfo
from workbench.services.context import Workbench
from workbench.services.progress import CancelToken, Progress, no_progress
from workbench.services.qualifications import QualificationError, pull_type


@dataclass
class SimulationReport:
    """What happened when simulated workers asked for a qualification."""

    asked: int = 0
    granted: list[int] = field(default_factory=list)  # the values granted at once
    waiting: int = 0  # requests left for the requester
    refused: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        parts = [translate("QualificationSimulation", "{count} simulated workers asked"
                           ).format(count=self.asked)]
        if self.granted:
            ordered = sorted(self.granted)
            parts.append(translate("QualificationSimulation", "{count} got a score (median "
                                   "{median})").format(count=len(ordered),
                                                       median=ordered[len(ordered) // 2]))
        if self.waiting:
            parts.append(translate("QualificationSimulation", "{count} wait for your decision"
                                   ).format(count=self.waiting))
        if self.refused:
            parts.append(translate("QualificationSimulation", "{count} were refused ({reason})"
                                   ).format(count=len(self.refused), reason=self.refused[0]))
        return ", ".join(parts)


def simulate_requests(wb: Workbench, account: AccountInfo, type_id: str, *, workers: int = 20,
                      seed: int | None = None, progress: Progress = no_progress,
                      cancel: CancelToken | None = None) -> SimulationReport:
    """Have ``workers`` simulated workers request a local qualification type."""
    if account.kind != AccountKind.LOCAL.value:
        raise QualificationError(translate("QualificationSimulation", "simulated workers exist "
                                           "only on the local marketplace"))
    if not 1 <= workers <= 1000:
        raise QualificationError(translate("QualificationSimulation",
                                           "simulate between 1 and 1,000 workers"))
    market = wb.marketplace(account)
    engine = wb.market_engine(account.options.get("market_url"))
    rng = random.Random(seed)
    crowd = make_crowd(workers, rng, spammers=max(1, workers // 10))
    side = WorkerSide(engine, clock=wb.clock)
    screening = Screening(engine, clock=wb.clock)
    report = SimulationReport()
    for number, worker in enumerate(crowd, start=1):
        if cancel is not None:
            cancel.check()
        side.register(worker.worker_id, display_name=worker.diligence.value,
                      locale=worker.locale, simulated=True)
        try:
            outcome = take_test(screening, worker.worker_id, type_id, worker.accuracy, rng)
        except WorkRefused as refusal:
            report.refused.append(str(refusal))
        else:
            if outcome.granted and outcome.value is not None:
                report.granted.append(outcome.value)
            elif outcome.status == "Pending":
                report.waiting += 1
        report.asked += 1
        progress(number, workers, translate("QualificationSimulation",
                                            "Worker {number} of {count} asked"
                                            ).format(number=number, count=workers))
    pull_type(wb, account, type_id, market)
    return report
