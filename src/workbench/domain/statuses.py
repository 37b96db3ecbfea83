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
    # Prolific's participant pool; its HITs are served by the worker site.
    PROLIFIC = "prolific"

    @property
    def moves_real_money(self) -> bool:
        return self in (AccountKind.MTURK, AccountKind.PROLIFIC)

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
    # Prolific's own actions (services/prolific_actions.py declares each one).
    PROLIFIC_CREATE_STUDY = "prolific_create_study"
    PROLIFIC_PUBLISH = "prolific_publish"
    PROLIFIC_TRANSITION = "prolific_transition"
    PROLIFIC_ADD_PLACES = "prolific_add_places"
    PROLIFIC_APPROVE = "prolific_approve"
    PROLIFIC_REJECT = "prolific_reject"
    PROLIFIC_RETURN = "prolific_return"
    PROLIFIC_SCREEN_OUT = "prolific_screen_out"
    PROLIFIC_BONUS = "prolific_bonus"
    PROLIFIC_MESSAGE = "prolific_message"
    PROLIFIC_BLOCK = "prolific_block"
    PROLIFIC_UNBLOCK = "prolific_unblock"

    @property
    def moves_money(self) -> bool:
        return self in (ActionKind.APPROVE, ActionKind.BONUS, ActionKind.ADD_ASSIGNMENTS,
                        ActionKind.PROLIFIC_PUBLISH, ActionKind.PROLIFIC_ADD_PLACES,
                        ActionKind.PROLIFIC_APPROVE, ActionKind.PROLIFIC_SCREEN_OUT,
                        ActionKind.PROLIFIC_BONUS)

    @property
    def is_prolific(self) -> bool:
        return self.value.startswith("prolific_")


class ActionState(StrEnum):
    PENDING = "pending"      # queued, not yet sent; can be undone
    SENDING = "sending"      # claimed by a pusher; an attempt is under way or was cut off
    SENT = "sent"            # the marketplace accepted it
    FAILED = "failed"        # refused for a reason that will not change; retry by hand
    CANCELLED = "cancelled"  # undone before it was sent


TERMINAL_ASSIGNMENT_STATUSES = (AssignmentStatus.APPROVED, AssignmentStatus.REJECTED)
