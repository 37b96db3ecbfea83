"""The statuses MTurk gives HITs and assignments, and the ones our outbox gives actions."""

from __future__ import annotations

from enum import StrEnum


class HITStatus(StrEnum):
    ASSIGNABLE = "Assignable"
    UNASSIGNABLE = "Unassignable"
    REVIEWABLE = "Reviewable"
    REVIEWING = "Reviewing"
    DISPOSED = "Disposed"


class HITReviewStatus(StrEnum):
    NOT_REVIEWED = "NotReviewed"
    MARKED_FOR_REVIEW = "MarkedForReview"
    REVIEWED_APPROPRIATE = "ReviewedAppropriate"
    REVIEWED_INAPPROPRIATE = "ReviewedInappropriate"


class AssignmentStatus(StrEnum):
    SUBMITTED = "Submitted"
    APPROVED = "Approved"
    REJECTED = "Rejected"


class AccountKind(StrEnum):
    LOCAL = "local"
    MTURK_SANDBOX = "mturk-sandbox"
    MTURK = "mturk"
    ENDPOINT = "endpoint"
    # Work done on MTurk, imported from its files: history, with no marketplace behind it.
    MTURK_ARCHIVE = "mturk-archive"

    @property
    def moves_real_money(self) -> bool:
        return self is AccountKind.MTURK

    @property
    def is_archive(self) -> bool:
        return self is AccountKind.MTURK_ARCHIVE


class ActionKind(StrEnum):
    """What an outbox action asks the marketplace to do."""

    APPROVE = "approve"
    REJECT = "reject"
    BONUS = "bonus"
    BLOCK = "block"
    UNBLOCK = "unblock"
    ADD_ASSIGNMENTS = "add_assignments"
    UPDATE_EXPIRATION = "update_expiration"
    NOTIFY = "notify"
    GRANT_QUALIFICATION = "grant_qualification"
    REVOKE_QUALIFICATION = "revoke_qualification"

    @property
    def moves_money(self) -> bool:
        return self in (ActionKind.APPROVE, ActionKind.BONUS, ActionKind.ADD_ASSIGNMENTS)


class ActionState(StrEnum):
    PENDING = "pending"      # queued, not yet sent; can be undone
    SENDING = "sending"      # claimed by a pusher; an attempt is under way or was cut off
    SENT = "sent"            # the marketplace accepted it
    FAILED = "failed"        # refused for a reason that will not change; retry by hand
    CANCELLED = "cancelled"  # undone before it was sent


TERMINAL_ASSIGNMENT_STATUSES = (AssignmentStatus.APPROVED, AssignmentStatus.REJECTED)
