"""Prolific's vocabulary: statuses, transitions, rejection categories and documented limits.

Every value here is Prolific's own, as its OpenAPI document (``tests/fixtures/prolific/
openapi.yml``) or its help centre states it; where a number is ours, the comment says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

DEFAULT_BASE_URL = "https://api.prolific.com"
API_PREFIX = "/api/v1"


class StudyStatus(StrEnum):
    UNPUBLISHED = "UNPUBLISHED"
    SCHEDULED = "SCHEDULED"
    PUBLISHING = "PUBLISHING"
    ACTIVE = "ACTIVE"
    AWAITING_REVIEW = "AWAITING REVIEW"
    PAUSED = "PAUSED"
    COMPLETED = "COMPLETED"


class StudyAction(StrEnum):
    """What ``POST /studies/{id}/transition/`` accepts."""

    PUBLISH = "PUBLISH"
    SCHEDULE_PUBLISH = "SCHEDULE_PUBLISH"
    CANCEL_PUBLISH = "CANCEL_PUBLISH"
    PAUSE = "PAUSE"
    START = "START"
    STOP = "STOP"


# The transition table of the OpenAPI document (``publish-study``): (from, action) -> to.
# ``AWAITING REVIEW`` is an ACTIVE study whose places are all taken: it can be stopped too.
STUDY_TRANSITIONS: dict[tuple[StudyStatus, StudyAction], StudyStatus] = {
    (StudyStatus.UNPUBLISHED, StudyAction.PUBLISH): StudyStatus.ACTIVE,
    (StudyStatus.UNPUBLISHED, StudyAction.SCHEDULE_PUBLISH): StudyStatus.SCHEDULED,
    (StudyStatus.SCHEDULED, StudyAction.CANCEL_PUBLISH): StudyStatus.UNPUBLISHED,
    (StudyStatus.ACTIVE, StudyAction.PAUSE): StudyStatus.PAUSED,
    (StudyStatus.ACTIVE, StudyAction.STOP): StudyStatus.COMPLETED,
    (StudyStatus.AWAITING_REVIEW, StudyAction.STOP): StudyStatus.COMPLETED,
    (StudyStatus.PAUSED, StudyAction.START): StudyStatus.ACTIVE,
    (StudyStatus.PAUSED, StudyAction.STOP): StudyStatus.COMPLETED,
}


def study_action_done(action: StudyAction, status: str) -> bool:
    """Whether a study in ``status`` shows that ``action`` was already carried out."""
    if action is StudyAction.PUBLISH:
        return status not in (StudyStatus.UNPUBLISHED, StudyStatus.SCHEDULED)
    if action is StudyAction.PAUSE:
        return status == StudyStatus.PAUSED
    if action is StudyAction.START:
        return status in (StudyStatus.ACTIVE, StudyStatus.AWAITING_REVIEW)
    if action is StudyAction.STOP:
        return status == StudyStatus.COMPLETED
    if action is StudyAction.SCHEDULE_PUBLISH:
        return status != StudyStatus.UNPUBLISHED
    return status == StudyStatus.UNPUBLISHED


class SubmissionStatus(StrEnum):
    RESERVED = "RESERVED"
    ACTIVE = "ACTIVE"
    TIMED_OUT = "TIMED-OUT"
    AWAITING_REVIEW = "AWAITING REVIEW"
    APPROVED = "APPROVED"
    PARTIALLY_APPROVED = "PARTIALLY APPROVED"
    RETURNED = "RETURNED"
    REJECTED = "REJECTED"
    SCREENED_OUT = "SCREENED OUT"
    UNKNOWN = "UNKNOWN"


class SubmissionAction(StrEnum):
    """What ``POST /submissions/{id}/transition/`` accepts."""

    APPROVE = "APPROVE"
    COMPLETE = "COMPLETE"
    REJECT = "REJECT"
    RETURN = "RETURN"
    START = "START"
    SCREEN_OUT = "SCREEN_OUT"
    UNREJECT = "UNREJECT"
    UNRETURN = "UNRETURN"


# The status a researcher's transition leads to (the rest are the participant's or Prolific's).
SUBMISSION_RESULT = {
    SubmissionAction.APPROVE: SubmissionStatus.APPROVED,
    SubmissionAction.REJECT: SubmissionStatus.REJECTED,
    SubmissionAction.SCREEN_OUT: SubmissionStatus.SCREENED_OUT,
}


class RejectionCategory(StrEnum):
    """``SubmissionTransitionRejectionCategory``: required with every rejection."""

    TOO_QUICKLY = "TOO_QUICKLY"
    TOO_SLOWLY = "TOO_SLOWLY"
    FAILED_INSTRUCTIONS = "FAILED_INSTRUCTIONS"
    INCOMP_LONGITUDINAL = "INCOMP_LONGITUDINAL"
    FAILED_CHECK = "FAILED_CHECK"
    LOW_EFFORT = "LOW_EFFORT"
    MALINGERING = "MALINGERING"
    NO_CODE = "NO_CODE"
    BAD_CODE = "BAD_CODE"
    NO_DATA = "NO_DATA"
    UNSUPP_DEVICE = "UNSUPP_DEVICE"
    OTHER = "OTHER"


# "It must be at least 100 chars long." (SubmissionTransition.message)
MIN_REJECTION_MESSAGE = 100
# "We recommend a maximum of 200 participant or submission IDs per request." (bonus set-up);
# we send bulk approvals in chunks of the same size, as the document states no other limit.
BULK_LIMIT = 200


@dataclass(frozen=True)
class Submission:
    """A submission as the list (``SubmissionShort``) or detail (``SubmissionDetail``) has it."""

    id: str
    study_id: str
    participant_id: str
    status: str
    started_at: datetime | None
    completed_at: datetime | None
    study_code: str | None
    return_requested: datetime | None
    # Paid bonuses in cents (the detail only; None when the answer did not say).
    bonus_payments: tuple[int, ...] | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any], study_id: str = "") -> Submission:
        bonuses = data.get("bonus_payments")
        return cls(
            id=str(data["id"]),
            study_id=str(data.get("study_id") or study_id),
            participant_id=str(data.get("participant_id") or data.get("participant") or ""),
            status=str(data.get("status") or SubmissionStatus.UNKNOWN),
            started_at=parse_time(data.get("started_at")),
            completed_at=parse_time(data.get("completed_at")),
            study_code=data.get("study_code") or data.get("entered_code"),
            return_requested=parse_time(data.get("return_requested")),
            bonus_payments=None if bonuses is None else tuple(
                round(float(b)) for b in bonuses))


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp from Prolific ("…Z" or with an offset) as an aware datetime."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        from datetime import UTC

        parsed = parsed.replace(tzinfo=UTC)
    return parsed
