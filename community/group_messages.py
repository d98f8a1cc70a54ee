"""The peer support groups' kinds of message, built like courses' own
(``courses.services.emails``) and registered with it when the app is ready. Each re-reads
what it is about and says nothing once it no longer holds (a meeting cancelled since, a member
who left)."""

from django.urls import reverse
from django.utils import timezone

from community.models import (
    GroupMeeting,
    GroupMembership,
    GroupStatus,
    MeetingStatus,
    MembershipStatus,
)
from courses.models import OutboxMessage
from courses.services.emails import Message, absolute_url, compose, register_builder


def group_meeting_reminder(message: OutboxMessage) -> Message | None:
    """Only for a meeting still on and still to come, to someone still a member."""
    meeting = (GroupMeeting.objects.select_related("group__venue")
               .filter(pk=message.context.get("meeting"), status=MeetingStatus.PLANNED,
                       starts_at__gt=timezone.now(), group__status=GroupStatus.ACTIVE,
                       group__memberships__person=message.recipient,
                       group__memberships__status=MembershipStatus.MEMBER).first())
    if meeting is None:
        return None
    return compose("group_meeting_reminder", message, {
        "meeting": meeting, "group": meeting.group, "venue": meeting.group.venue,
        "group_url": absolute_url(reverse("community:group", args=[meeting.group_id]))})


def group_place_free(message: OutboxMessage) -> Message | None:
    """Only while they are still a member of the group that gave them the place."""
    membership = (GroupMembership.objects.select_related("group__venue")
                  .filter(pk=message.context.get("membership"), person=message.recipient,
                          status=MembershipStatus.MEMBER).first())
    if membership is None:
        return None
    return compose("group_place_free", message, {
        "group": membership.group, "venue": membership.group.venue,
        "group_url": absolute_url(reverse("community:group", args=[membership.group_id]))})


def register_group_messages() -> None:
    register_builder("group_meeting_reminder", group_meeting_reminder)
    register_builder("group_place_free", group_place_free)
