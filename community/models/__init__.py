"""The community app's models, one module per concept."""

from community.models.directory import (
    DUE_A_CHECK_AFTER,
    HIDDEN_AFTER,
    Category,
    Cost,
    DirectoryEntry,
    EntryCategory,
    Networker,
)
from community.models.groups import (
    Frequency,
    GroupDate,
    GroupException,
    GroupMeeting,
    GroupMembership,
    GroupStatus,
    MeetingAttendance,
    MeetingStatus,
    MembershipStatus,
    SupportGroup,
    Weekday,
    WeekOfMonth,
)

__all__ = [
    "Category", "Cost", "DUE_A_CHECK_AFTER", "DirectoryEntry", "EntryCategory", "Frequency",
    "GroupDate", "GroupException", "GroupMeeting", "GroupMembership", "GroupStatus",
    "HIDDEN_AFTER", "MeetingAttendance", "MeetingStatus", "MembershipStatus", "Networker",
    "SupportGroup", "WeekOfMonth", "Weekday"
]
