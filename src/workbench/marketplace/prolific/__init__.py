"""Prolific, the participant pool with a documented API, as a marketplace beside MTurk."""

from workbench.marketplace.prolific.client import (
    Account,
    ProlificClient,
    ProlificError,
    RetryPolicy,
)
from workbench.marketplace.prolific.model import (
    DEFAULT_BASE_URL,
    MIN_REJECTION_MESSAGE,
    RejectionCategory,
    StudyAction,
    StudyStatus,
    Submission,
    SubmissionStatus,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "MIN_REJECTION_MESSAGE",
    "Account",
    "ProlificClient",
    "ProlificError",
    "RejectionCategory",
    "RetryPolicy",
    "StudyAction",
    "StudyStatus",
    "Submission",
    "SubmissionStatus",
]
