"""The community app's models, one module per concept."""

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
    "Frequency",
    "GroupDate",
    "GroupException",
    "GroupMeeting",
    "GroupMembership",
    "GroupStatus",
    "MeetingAttendance",
    "MeetingStatus",
    "MembershipStatus",
    "SupportGroup",
    "WeekOfMonth",
    "Weekday",
]
