"""Who came to a meeting, as its organiser records it: members by name, everyone else as a head
count; only the group's organisers (or a coordinator) record, and only once it has started."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from community.models import MeetingAttendance
from community.services import group_membership, groups
from community.services.group_membership import GroupError
from tests.accounts.factories import UserFactory
from tests.community.factories import SupportGroupFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def group(pat, time_machine):
    """Pat organises a weekly group with five other members; its first meeting was an hour
    ago."""
    time_machine.move_to(datetime(2027, 3, 1, 9, tzinfo=LONDON))
    group = groups.save_group(SupportGroupFactory(), organisers=[pat])
    for _ in range(5):
        group_membership.join(group, UserFactory())
    time_machine.move_to(datetime(2027, 3, 3, 11, tzinfo=LONDON))
    return group


def _members(group):
    return list(group.memberships.members().order_by("pk"))


def test_three_members_and_four_visitors_make_a_head_count_of_seven(group, pat):
    meeting = group.meetings.order_by("starts_at").first()
    members = _members(group)
    recorded = group_membership.record_attendance(
        meeting, present=[m.pk for m in members[:3]], visitors=4, by=pat)
    assert (recorded.members_present, recorded.visitors, recorded.head_count) == (3, 4, 7)
    assert recorded.recorded_by == pat and recorded.recorded_at is not None
    assert set(meeting.attendances.values_list("membership", flat=True)) == {
        m.pk for m in members[:3]}


def test_recording_again_replaces_what_was_recorded(group, pat):
    meeting = group.meetings.order_by("starts_at").first()
    members = _members(group)
    group_membership.record_attendance(meeting, present=[m.pk for m in members[:3]],
                                       visitors=4, by=pat)
    again = group_membership.record_attendance(meeting, present=[members[0].pk, members[5].pk],
                                               visitors=0, by=pat)
    assert again.head_count == 2
    assert MeetingAttendance.objects.filter(meeting=meeting).count() == 2


def test_only_the_groups_organisers_record(group, sam, cora):
    meeting = group.meetings.order_by("starts_at").first()
    member = _members(group)[1].person
    for somebody in (sam, member):
        with pytest.raises(GroupError) as refused:
            group_membership.record_attendance(meeting, present=[], visitors=1, by=somebody)
        assert refused.value.code == "not_organiser"
    assert group_membership.record_attendance(meeting, present=[], visitors=1,
                                              by=cora).head_count == 1


def test_an_organiser_of_another_group_cannot_record_here(group, sam):
    groups.save_group(SupportGroupFactory(), organisers=[sam])
    meeting = group.meetings.order_by("starts_at").first()
    with pytest.raises(GroupError):
        group_membership.record_attendance(meeting, present=[], visitors=1, by=sam)


def test_someone_from_another_group_cannot_be_ticked(group, pat):
    other = group_membership.join(SupportGroupFactory(), UserFactory())
    meeting = group.meetings.order_by("starts_at").first()
    with pytest.raises(GroupError) as refused:
        group_membership.record_attendance(meeting, present=[other.pk], visitors=0, by=pat)
    assert refused.value.code == "not_a_member"
    assert not meeting.attendances.exists()


def test_a_meeting_still_to_come_cannot_be_recorded(group, pat):
    later = group.meetings.order_by("starts_at")[1]
    with pytest.raises(GroupError) as refused:
        group_membership.record_attendance(later, present=[], visitors=2, by=pat)
    assert refused.value.code == "not_yet"


def test_a_cancelled_meeting_cannot_be_recorded(group, pat, time_machine):
    later = group.meetings.order_by("starts_at")[1]
    groups.save_group(group, cancelled=[(later.on, "Snow")])
    time_machine.move_to(datetime.combine(later.on, time(12), tzinfo=LONDON))
    with pytest.raises(GroupError) as refused:
        group_membership.record_attendance(later, present=[], visitors=2, by=pat)
    assert refused.value.code == "meeting_cancelled"


@pytest.mark.parametrize("visitors", [-1, 1000])
def test_a_head_count_out_of_range_is_refused(group, pat, visitors):
    meeting = group.meetings.order_by("starts_at").first()
    with pytest.raises(GroupError) as refused:
        group_membership.record_attendance(meeting, present=[], visitors=visitors, by=pat)
    assert refused.value.code == "bad_count"


def test_the_register_lists_members_and_anyone_recorded_who_has_since_left(group, pat):
    meeting = group.meetings.order_by("starts_at").first()
    leaver = _members(group)[2]
    group_membership.record_attendance(meeting, present=[leaver.pk], visitors=0, by=pat)
    group_membership.leave(leaver)
    register = list(group_membership.register_for(meeting))
    assert leaver in register and len(register) == 6
    assert leaver not in group_membership.register_for(group.meetings.order_by("starts_at")[1])
