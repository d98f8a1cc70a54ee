"""Joining (following) and leaving a group, its waiting list when it has a maximum, and the
organisers a coordinator names."""

from datetime import timedelta

import pytest
from django.utils import timezone

from community.models import GroupMembership, MembershipStatus
from community.services import group_membership, groups
from community.services.group_membership import GroupError
from courses.models import OutboxMessage
from tests.accounts.factories import UserFactory
from tests.community.factories import SupportGroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_group():
    return SupportGroupFactory(max_members=2)


def _join_in_turn(group, people):
    start = timezone.now()
    return [group_membership.join(group, person, now=start + timedelta(minutes=n))
            for n, person in enumerate(people)]


def test_joining_makes_a_member_and_joining_again_changes_nothing(pat):
    group = SupportGroupFactory()
    first = group_membership.join(group, pat)
    assert (first.status, first.joined_at is not None) == (MembershipStatus.MEMBER, True)
    assert group_membership.join(group, pat) == first
    assert GroupMembership.objects.count() == 1


def test_a_full_group_puts_people_on_its_waiting_list_in_order(small_group):
    people = [UserFactory() for _ in range(4)]
    joined = _join_in_turn(small_group, people)
    assert [m.status for m in joined] == ["member", "member", "waiting", "waiting"]
    assert [group_membership.waiting_position(m) for m in joined] == [None, None, 1, 2]


def test_someone_leaving_gives_the_next_person_waiting_the_place_and_tells_them_once(
        small_group):
    people = [UserFactory() for _ in range(4)]
    first, _second, third, fourth = _join_in_turn(small_group, people)
    group_membership.leave(first)
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert (third.status, fourth.status) == (MembershipStatus.MEMBER, MembershipStatus.WAITING)
    assert group_membership.waiting_position(fourth) == 1
    group_membership.leave(first)  # twice: nothing more happens
    told = OutboxMessage.objects.filter(kind="group_place_free")
    assert list(told.values_list("recipient", flat=True)) == [people[2].pk]


def test_leaving_the_waiting_list_frees_no_place(small_group):
    people = [UserFactory() for _ in range(4)]
    joined = _join_in_turn(small_group, people)
    group_membership.leave(joined[2])
    joined[3].refresh_from_db()
    assert joined[3].status == MembershipStatus.WAITING
    assert group_membership.waiting_position(joined[3]) == 1


def test_someone_who_left_can_come_back_as_a_new_member(pat):
    group = SupportGroupFactory()
    first = group_membership.join(group, pat)
    group_membership.leave(first)
    again = group_membership.join(group, pat)
    assert again.pk != first.pk and again.status == MembershipStatus.MEMBER
    first.refresh_from_db()
    assert first.status == MembershipStatus.LEFT and first.left_at is not None


def test_a_group_that_stopped_meeting_takes_nobody(pat):
    group = SupportGroupFactory(status="closed")
    with pytest.raises(GroupError) as refused:
        group_membership.join(group, pat)
    assert refused.value.code == "group_closed"


def test_raising_the_maximum_gives_places_to_people_waiting(small_group):
    joined = _join_in_turn(small_group, [UserFactory() for _ in range(4)])
    small_group.max_members = 3
    groups.save_group(small_group)
    statuses = list(GroupMembership.objects.filter(pk__in=[m.pk for m in joined])
                    .order_by("asked_at").values_list("status", flat=True))
    assert statuses == ["member", "member", "member", "waiting"]


def test_no_maximum_means_no_waiting_list():
    group = SupportGroupFactory(max_members=None)
    joined = _join_in_turn(group, [UserFactory() for _ in range(30)])
    assert {m.status for m in joined} == {MembershipStatus.MEMBER}


def test_a_coordinator_names_organisers_who_become_members(small_group, pat, sam, tara):
    _join_in_turn(small_group, [sam, UserFactory()])  # full
    groups.save_group(small_group, organisers=[pat, sam])
    organisers = small_group.memberships.organisers()
    assert set(organisers.values_list("person", flat=True)) == {pat.pk, sam.pk}
    assert group_membership.may_organise(pat, small_group)
    assert not group_membership.may_organise(tara, small_group)
    groups.save_group(small_group, organisers=[pat])
    assert not group_membership.may_organise(sam, small_group)
    assert small_group.memberships.members().filter(person=sam).exists()  # still a member


def test_an_organiser_who_leaves_stops_organising(pat):
    group = SupportGroupFactory()
    groups.save_group(group, organisers=[pat])
    group_membership.leave(group.memberships.get(person=pat))
    assert not group_membership.may_organise(pat, group)


def test_a_coordinator_may_organise_any_group(cora):
    assert group_membership.may_organise(cora, SupportGroupFactory())
