"""The co-design app's models, one module per concept."""

from .feedback import MIN_GROUP, FeedbackMark, ModuleChange
from .reviews import ModuleReview, ReviewComment, SignOff
from .stories import (
    USES_ELSEWHERE,
    Story,
    StoryConsent,
    StoryNaming,
    StoryStatus,
    StoryUse,
)
from .working_parties import (
    LIVED_EXPERIENCE_ROLES,
    Action,
    Meeting,
    MeetingAttendance,
    MemberRole,
    WorkingParty,
    WorkingPartyMember,
)

__all__ = [
    "MIN_GROUP",
    "FeedbackMark",
    "ModuleChange",
    "LIVED_EXPERIENCE_ROLES",
    "Action",
    "Meeting",
    "MeetingAttendance",
    "MemberRole",
    "ModuleReview",
    "ReviewComment",
    "SignOff",
    "WorkingParty",
    "WorkingPartyMember",
    "USES_ELSEWHERE",
    "Story",
    "StoryConsent",
    "StoryNaming",
    "StoryStatus",
    "StoryUse",
]
