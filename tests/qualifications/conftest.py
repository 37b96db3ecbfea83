"""Shared helpers for the qualification tests: MTurk's schemas and a realistic test."""

from __future__ import annotations

from pathlib import Path

import pytest
import xmlschema

from workbench.formats.answer_keys import AnswerKey, AnswerOption, PercentageMapping, QuestionKey
from workbench.formats.qualification_tests import Choice, QualificationTest, TestQuestion

XSD = Path(__file__).parent.parent / "fixtures" / "xsd"


@pytest.fixture(scope="session")
def schemas() -> dict[str, xmlschema.XMLSchema]:
    """MTurk's schemas (see tests/fixtures/xsd/SOURCES.md), by name."""
    return {name: xmlschema.XMLSchema(str(XSD / f"{name}.xsd")) for name in (
        "QuestionForm-2017-11-06", "QuestionForm-2005-10-01", "AnswerKey-2005-10-01",
        "QuestionFormAnswers-2005-10-01")}


def bird_test() -> QualificationTest:
    """A screening test for a bird-labelling batch: two single, one multiple, one free text."""
    return QualificationTest(
        title="Bird identification screening",
        instructions="Look at each description and pick the bird it describes.\n\n"
                     "You need 80% to work on our bird-labelling HITs.",
        questions=(
            TestQuestion("robin", "Red breast, brown back, sings at dawn in gardens.",
                         choices=(Choice("a", "European robin"), Choice("b", "Blackbird"),
                                  Choice("c", "Great tit"))),
            TestQuestion("heron", "Tall grey wader standing still at the water's edge.",
                         choices=(Choice("a", "Grey heron"), Choice("b", "Mute swan"),
                                  Choice("c", "Cormorant"))),
            TestQuestion("corvids", "Which of these are crows (corvids)? Pick every one.",
                         kind="multiple",
                         choices=(Choice("jay", "Jay"), Choice("magpie", "Magpie"),
                                  Choice("wren", "Wren"), Choice("rook", "Rook"))),
            TestQuestion("why", "In a sentence: how do you tell a rook from a crow?",
                         kind="free_text", required=False),
        ))


def bird_key() -> AnswerKey:
    """Full marks for the right answers, partial credit for nearly right corvids."""
    return AnswerKey((
        QuestionKey("robin", (AnswerOption(("a",), 10),)),
        QuestionKey("heron", (AnswerOption(("a",), 10), AnswerOption(("c",), 2))),
        QuestionKey("corvids", (AnswerOption(("jay", "magpie", "rook"), 10),
                                AnswerOption(("jay", "magpie"), 5),
                                AnswerOption(("magpie", "rook"), 5)), default_score=0),
    ), PercentageMapping(30))


@pytest.fixture
def local(wb, clock):  # type: ignore[no-untyped-def]
    """(workbench, default local account, its marketplace) on the test clock."""
    from workbench.marketplace.local.market import LocalMarketplace
    from workbench.services.accounts import get_account

    wb.clock = clock
    account = get_account(wb)
    return wb, account, LocalMarketplace(wb.store.engine, account.requester_id or "",
                                         clock=clock)
