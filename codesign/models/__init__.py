"""The co-design app's models, one module per concept."""

from .reviews import ModuleReview, ReviewComment, SignOff
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
]
