"""What the peer support groups hold about a person, registered with ``accounts.personal_data``:
the groups they joined (or waited for), which meetings they came to, the groups they organise
or are linked to as a trainer, and the registers they recorded."""

from accounts import personal_data
from community.models import (
    GroupDate,
    GroupException,
    GroupMeeting,
    GroupMembership,
    MeetingAttendance,
    SupportGroup,
)
from community.services.group_membership import leave


def _groups(user) -> dict:
    memberships = (GroupMembership.objects.filter(person=user).select_related("group")
                   .prefetch_related("attendances__meeting").order_by("asked_at", "pk"))
    return {
        "memberships": [{
            "group": membership.group.name, "status": membership.status,
            "organiser": membership.is_organiser, "asked_to_join_at": membership.asked_at,
            "member_since": membership.joined_at, "left_at": membership.left_at,
            "meetings_you_came_to": [attendance.meeting.starts_at
                                     for attendance in membership.attendances.all()],
        } for membership in memberships],
        "groups_linked_to_you_as_trainer": list(SupportGroup.objects.filter(
            trainer__user=user).values_list("name", flat=True)),
        "registers_you_recorded": list(GroupMeeting.objects.filter(recorded_by=user).values(
            "group__name", "starts_at", "members_present", "visitors")),
    }


def _erase(user) -> None:
    """They leave every group (a freed place goes to the next person waiting); their rows
    stay, anonymous with their account, so meetings' head counts and members over time still
    add up."""
    for membership in GroupMembership.objects.current().filter(person=user):
        leave(membership)


def register_group_data() -> None:
    personal_data.register(
        "peer_support_groups",
        models=(GroupMembership, MeetingAttendance, GroupMeeting, SupportGroup, GroupDate,
                GroupException),
        export=_groups, erase=_erase)
