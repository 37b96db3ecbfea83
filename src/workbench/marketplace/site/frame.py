"""The task page in its frame: the requester's HTML as is, and the answers it posts back.

The page is served unchanged but for two things the worker's offline browser needs: the
Crowd HTML Elements script is loaded from this site instead of assets.crowd.aws, and a small
script comes first that gives classic pages MTurk's helpers (``turkGetParam``...) and sends
forms aimed at MTurk's ``/mturk/externalSubmit`` to this assignment's own submit link.

Posted fields become a QuestionFormAnswers document exactly as MTurk stores them: every
field but ``assignmentId`` is an answer (repeated fields joined with ``|``), and a crowd-form's
``taskAnswers`` must be the JSON array of one object that crowd-form sends.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from workbench.formats.answers import TASK_ANSWERS, answers_to_xml
from workbench.formats.qualification_tests import QualificationTest
from workbench.marketplace.site.security import Refused

CROWD_SCRIPT_URL = re.compile(r"https?://assets\.crowd\.aws/crowd-html-elements\.js",
                              re.IGNORECASE)
LOCAL_CROWD_SCRIPT = "/static/crowd-html-elements.js"
FRAME_SCRIPT = '<script src="/static/task-frame.js"></script>'
_HEAD = re.compile(r"<head(\s[^>]*)?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"^\ufeff?\s*(<!--.*?-->\s*)*<!doctype[^>]*>", re.IGNORECASE | re.DOTALL)
MAX_FIELD_NAME = 255
PREVIEW_ASSIGNMENT = "ASSIGNMENT_ID_NOT_AVAILABLE"


def task_page(html: str) -> str:
    """The requester's page, its crowd script served locally and the frame script first."""
    html = CROWD_SCRIPT_URL.sub(LOCAL_CROWD_SCRIPT, html)
    head = _HEAD.search(html)
    if head is not None:
        return html[:head.end()] + FRAME_SCRIPT + html[head.end():]
    # No <head>: after the doctype (a script before it would put the page in quirks mode).
    doctype = _DOCTYPE.match(html)
    at = doctype.end() if doctype else 0
    return html[:at] + FRAME_SCRIPT + html[at:]


def answers_xml(fields: Iterable[tuple[str, str]], assignment_id: str) -> str:
    """The answer document for a posted task form; Refused (400) for anything malformed."""
    grouped: dict[str, list[str]] = {}
    posted_assignment: str | None = None
    for name, value in fields:
        if name == "assignmentId":
            if posted_assignment is not None and posted_assignment != value:
                raise Refused(400, "The form names two different assignments.")
            posted_assignment = value
            continue
        if not name.strip() or len(name) > MAX_FIELD_NAME:
            raise Refused(400, "The form has a field with an empty or overlong name.")
        grouped.setdefault(name, []).append(value)
    if posted_assignment != assignment_id:
        raise Refused(400, "The form does not belong to this assignment (its assignmentId "
                           "is missing or different).")
    if not grouped:
        raise Refused(400, "The form sent no answers.")
    if TASK_ANSWERS in grouped:
        _check_task_answers(grouped[TASK_ANSWERS])
    return answers_to_xml({name: "|".join(values) for name, values in grouped.items()})


def _check_task_answers(values: list[str]) -> None:
    if len(values) != 1:
        raise Refused(400, "The form sent taskAnswers more than once.")
    try:
        data = json.loads(values[0])
    except (ValueError, RecursionError):
        data = None
    if not (isinstance(data, list) and len(data) == 1 and isinstance(data[0], dict)):
        raise Refused(400, "taskAnswers is not what a crowd-form sends (a JSON array of one "
                           "object).")


def question_form_answers(test: QualificationTest, fields: Iterable[tuple[str, str]], *,
                          assignment_id: str | None = None) -> str:
    """Answers to a QuestionForm (a test, or a HIT asking one): selections for choices."""
    answers: dict[str, str | list[str]] = {}
    posted_assignment: str | None = None
    for name, value in fields:
        if name == "csrf":
            continue
        if name == "assignmentId" and assignment_id is not None:
            posted_assignment = value
            continue
        question = test.question(name)
        if question is None:
            raise Refused(400, f"There is no question {name[:60]!r} here.")
        if question.is_choice:
            if value not in {choice.identifier for choice in question.choices}:
                raise Refused(400, f"{value[:60]!r} is not one of the choices of "
                                   f"{name[:60]!r}.")
            chosen = answers.setdefault(name, [])
            assert isinstance(chosen, list)
            if value not in chosen:
                chosen.append(value)
        elif name in answers:
            raise Refused(400, f"{name[:60]!r} was answered twice.")
        else:
            answers[name] = value
    if assignment_id is not None and posted_assignment != assignment_id:
        raise Refused(400, "The form does not belong to this assignment (its assignmentId "
                           "is missing or different).")
    if not answers:
        raise Refused(400, "The form sent no answers.")
    return answers_to_xml(answers)
