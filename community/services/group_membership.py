"""Who is in a peer support group: joining (following) and leaving, the waiting list of a group
with a maximum, the organisers a coordinator names, and the attendance organisers record.

Every change locks the group's row first (``SupportGroup.objects.locked``) and only then
counts members, so two people joining the last place at once cannot both get it.
"""

from collections.abc import Iterable
from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from community.models import (
    GroupMeeting,
    GroupMembership,
    GroupStatus,
    MeetingAttendance,
    MembershipStatus,
    SupportGroup,
)
from courses import cdn
from courses.services.errors import DomainError
from courses.services.outbox import owe_email

MOST_VISITORS = 999


class GroupError(DomainError):
    pass


def join(group: SupportGroup, person: User, *, now: datetime | None = None) -> GroupMembership:
    """Make ``person`` a member of ``group``, or put them on its waiting list when it is full.
    Idempotent: someone already in the group (or waiting) keeps what they have."""
    now = now or timezone.now()
    with transaction.atomic():
        group = SupportGroup.objects.locked(group.pk)
        if group.status != GroupStatus.ACTIVE:
            raise GroupError("group_closed", _("This group has stopped meeting."))
        current = group.memberships.current().filter(person=person).first()
        if current is not None:
            return current
        full = group.max_members is not None and _members(group) >= group.max_members
        membership = GroupMembership.objects.create(
            group=group, person=person, asked_at=now,
            status=MembershipStatus.WAITING if full else MembershipStatus.MEMBER,
            joined_at=None if full else now)
        purge_group_pages(group)
        return membership


def leave(membership: GroupMembership, *, now: datetime | None = None) -> GroupMembership:
    """Take someone out of a group or off its waiting list; a freed place goes to the next
    person waiting. Leaving twice is harmless."""
    now = now or timezone.now()
    with transaction.atomic():
        group = SupportGroup.objects.locked(membership.group_id)
        membership = GroupMembership.objects.select_for_update().get(pk=membership.pk)
        if membership.status == MembershipStatus.LEFT:
            return membership
        freed_a_place = membership.status == MembershipStatus.MEMBER
        membership.status, membership.left_at = MembershipStatus.LEFT, now
        membership.is_organiser = False
        membership.save(update_fields=["status", "left_at", "is_organiser"])
        if freed_a_place:
            fill_places(group, now=now)
        purge_group_pages(group)
        return membership


def fill_places(group: SupportGroup, *, now: datetime | None = None) -> list[GroupMembership]:
    """Give the free places to the people waiting, in the order they asked, and tell each of
    them once. Call with the group locked."""
    now = now or timezone.now()
    waiting = group.memberships.waiting_in_order().select_related("person")
    if group.max_members is not None:
        waiting = waiting[:max(group.max_members - _members(group), 0)]
    promoted = list(waiting)
    for membership in promoted:
        membership.status, membership.joined_at = MembershipStatus.MEMBER, now
        membership.save(update_fields=["status", "joined_at"])
        owe_email("group_place_free", membership.person, key=f"group-place:{membership.pk}",
                  membership=membership.pk)
    return promoted


def set_organisers(group: SupportGroup, people: Iterable[User], *,
                   now: datetime | None = None) -> None:
    """Make exactly ``people`` the group's organisers (a coordinator's choice). Each becomes a
    member if they were not one, even in a full group: they run it. Call with the group locked.
    """
    now = now or timezone.now()
    chosen = {person.pk: person for person in people}
    group.memberships.organisers().exclude(person_id__in=chosen).update(is_organiser=False)
    current = {m.person_id: m for m in group.memberships.current().filter(person_id__in=chosen)}
    for person_id, person in chosen.items():
        membership = current.get(person_id) or GroupMembership(group=group, person=person,
                                                               asked_at=now)
        if membership.status != MembershipStatus.MEMBER:
            membership.status, membership.joined_at = MembershipStatus.MEMBER, now
        membership.is_organiser = True
        membership.save()


def may_organise(user: User, group: SupportGroup) -> bool:
    return SupportGroup.objects.organised_by(user).filter(pk=group.pk).exists()


def record_attendance(meeting: GroupMeeting, *, present: Iterable[int], visitors: int,
                      by: User, now: datetime | None = None) -> GroupMeeting:
    """What an organiser records after a meeting: the members who came (membership ids) and how
    many others came, counted without names. Recording again replaces what was recorded."""
    now = now or timezone.now()
    present = set(present)
    with transaction.atomic():
        group = SupportGroup.objects.locked(meeting.group_id)
        meeting = GroupMeeting.objects.select_for_update().get(pk=meeting.pk)
        _check_may_record(meeting, group, by, visitors, now)
        came = list(group.memberships.filter(pk__in=present, joined_at__isnull=False))
        if len(came) != len(present):
            raise GroupError("not_a_member", _("Someone ticked is not a member of this group."))
        meeting.attendances.exclude(membership__in=came).delete()
        MeetingAttendance.objects.bulk_create(
            [MeetingAttendance(meeting=meeting, membership=m) for m in came],
            ignore_conflicts=True)
        meeting.members_present, meeting.visitors = len(came), visitors
        meeting.recorded_at, meeting.recorded_by = now, by
        meeting.save(update_fields=["members_present", "visitors", "recorded_at",
                                    "recorded_by"])
        return meeting


def _check_may_record(meeting, group, by, visitors, now) -> None:
    if not may_organise(by, group):
        raise GroupError("not_organiser", _("Only the group's organisers can record who came."))
    if meeting.is_cancelled:
        raise GroupError("meeting_cancelled", _("This meeting was cancelled."))
    if meeting.starts_at > now:
        raise GroupError("not_yet", _("You can record who came once the meeting has started."))
    if not 0 <= visitors <= MOST_VISITORS:
        raise GroupError("bad_count", _("Give a number of other people from 0 to %(most)s.")
                         % {"most": MOST_VISITORS})


def register_for(meeting: GroupMeeting):
    """The people an organiser ticks for ``meeting``: today's members and anyone already
    recorded as there (who may have left since), by name."""
    return (meeting.group.memberships
            .filter(Q(status=MembershipStatus.MEMBER) | Q(attendances__meeting=meeting))
            .select_related("person").distinct().order_by("person__full_name", "pk"))


def waiting_position(membership: GroupMembership) -> int | None:
    """1 for the next person to get a place; None for someone not waiting."""
    if membership.status != MembershipStatus.WAITING:
        return None
    ahead = membership.group.memberships.waiting_in_order().filter(
        Q(asked_at__lt=membership.asked_at) | Q(asked_at=membership.asked_at,
                                                pk__lt=membership.pk))
    return ahead.count() + 1


def purge_group_pages(group: SupportGroup) -> None:
    """A CDN in front of the site forgets the group's public pages (the site's own page cache
    forgets them through its signals)."""
    cdn.purge_paths([reverse("community:groups"), reverse("community:group", args=[group.pk]),
                     reverse("community:group_calendar", args=[group.pk])])


def _members(group: SupportGroup) -> int:
    return group.memberships.members().count()
