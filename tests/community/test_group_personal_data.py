"""A person's groups in their data: their memberships, the meetings they came to, the groups
they organise and the registers they recorded go into their download (nobody else's); leaving
takes them out of every group, gives their place to the next person waiting and keeps the
figures."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from accounts.services import my_data
from community.models import GroupMeeting, MembershipStatus
from community.services import group_membership, groups
from tests.community.factories import SupportGroupFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def pats_group(pat, sam, tara, time_machine):
    """Pat organises a full group of two (with Sam); Tara waits. Pat recorded the first
    meeting, where both came with one visitor."""
    time_machine.move_to(datetime(2027, 3, 1, 9, tzinfo=LONDON))
    group = groups.save_group(SupportGroupFactory(name="Pat's Walkers", max_members=2),
                              organisers=[pat])
    sam_place = group_membership.join(group, sam)
    group_membership.join(group, tara)
    meeting = group.meetings.order_by("starts_at").first()
    time_machine.move_to(meeting.ends_at)
    group_membership.record_attendance(
        meeting, present=[group.memberships.get(person=pat).pk, sam_place.pk], visitors=1,
        by=pat)
    return group


def test_my_download_has_my_groups_and_the_meetings_i_came_to(pats_group, pat):
    data = my_data.export_data(pat)["peer_support_groups"]
    [membership] = data["memberships"]
    assert (membership["group"], membership["status"], membership["organiser"]) == (
        "Pat's Walkers", "member", True)
    assert len(membership["meetings_you_came_to"]) == 1
    assert data["registers_you_recorded"][0]["visitors"] == 1
    assert "Sam" not in str(data) and "Tara" not in str(data)


def test_leaving_takes_me_out_of_my_groups_and_keeps_the_head_counts(pats_group, pat, tara):
    my_data.erase(pat)
    assert pats_group.memberships.get(person=pat).status == MembershipStatus.LEFT
    assert not group_membership.may_organise(pat, pats_group)
    assert pats_group.memberships.get(person=tara).status == MembershipStatus.MEMBER
    meeting = GroupMeeting.objects.get(recorded_at__isnull=False)
    assert (meeting.head_count, meeting.attendances.count()) == (3, 2)
