"""The groups' pages: the public list and a group's page (never with members' names), joining and
leaving, the calendar feed, the organisers' pages (only the group's organisers; 403 for someone
who organises nothing, 404 for another group's), /my/ and the course page."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from community.models import GroupMeeting, GroupMembership, MeetingAttendance, MembershipStatus
from community.services import group_membership, groups
from courses.models import Enrolment
from tests.accounts.factories import UserFactory
from tests.community.factories import SupportGroupFactory
from tests.courses.factories import CourseRunFactory, VenueFactory
from tests.test_cdn import cdn, cdn_on

pytestmark = pytest.mark.django_db
__all__ = ["cdn", "cdn_on"]  # the CDN's fixtures, shared
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def group(home, tara, time_machine):
    """Tara organises a weekly Highland group with two other members (Wilma and Will); its
    first meeting was this morning."""
    time_machine.move_to(datetime(2027, 3, 1, 9, tzinfo=LONDON))
    group = groups.save_group(SupportGroupFactory(name="Riverside Walkers", max_members=4),
                              organisers=[tara])
    for name in ("Wilma Walker", "Will Walker"):
        group_membership.join(group, UserFactory(full_name=name))
    time_machine.move_to(datetime(2027, 3, 3, 12, tzinfo=LONDON))
    return group


def test_the_list_shows_groups_meeting_and_filters_by_area(client, group):
    SupportGroupFactory(name="Southside Circle", area__name="Glasgow")
    SupportGroupFactory(name="Stopped Group", status="closed")
    page = client.get("/groups/").content.decode()
    assert "Riverside Walkers" in page and "Southside Circle" in page
    assert "Stopped Group" not in page
    highland = client.get("/groups/?area=highland").content.decode()
    assert "Riverside Walkers" in highland and "Southside Circle" not in highland
    assert "Every Wednesday, 10:00–11:30" in highland


@pytest.mark.parametrize("query", ["area=nowhere", "area=%3Cb%3E", "page=999", "page=x",
                                   "area=" + "a" * 150])
def test_odd_filters_never_break_the_list(client, group, query):
    assert client.get(f"/groups/?{query}").status_code == 200


def test_a_groups_page_names_no_member(client, group, tara):
    page = client.get(f"/groups/{group.pk}/").content.decode()
    assert "Riverside Walkers" in page and "1 place left" in page
    for name in ("Tara Trainer", "Wilma Walker", "Will Walker"):
        assert name not in page
    assert "Join the group" in page and "csrfmiddlewaretoken" not in page


def test_joining_from_the_page(client, group, pat):
    assert client.get(f"/groups/{group.pk}/join/")["Location"].startswith("/accounts/login/")
    client.force_login(pat)
    assert client.get(f"/groups/{group.pk}/join/")["Location"] == f"/groups/{group.pk}/"
    response = client.post(f"/groups/{group.pk}/join/", follow=True)
    assert "You have joined the group." in response.content.decode()
    assert "You are a member of this group." in response.content.decode()
    assert group.memberships.members().filter(person=pat).exists()


def test_joining_a_full_group_says_where_you_are_in_the_queue(client, group, pat, sam):
    group_membership.join(group, sam)  # the last place
    client.force_login(pat)
    page = client.post(f"/groups/{group.pk}/join/", follow=True).content.decode()
    assert "you are on its waiting list" in page
    assert "number 1 in the queue" in page


def test_leaving_asks_first_and_only_members_can(client, group, pat, sam):
    group_membership.join(group, pat)
    client.force_login(sam)
    assert client.get(f"/groups/{group.pk}/leave/").status_code == 404
    client.force_login(pat)
    assert "Leave the group?" in client.get(f"/groups/{group.pk}/leave/").content.decode()
    assert group.memberships.current().filter(person=pat).exists()
    client.post(f"/groups/{group.pk}/leave/")
    assert not group.memberships.current().filter(person=pat).exists()


def test_the_calendar_has_each_meeting_in_uk_time_and_marks_cancelled_ones(client, group):
    groups.save_group(group, cancelled=[(datetime(2027, 4, 7).date(), "Easter")])
    response = client.get(f"/groups/{group.pk}/calendar.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    events = {event.decoded("DTSTART").date(): event for event in calendar.walk("VEVENT")}
    assert events[datetime(2027, 3, 24).date()].decoded("DTSTART").strftime("%H:%M %Z") == \
        "10:00 GMT"
    assert events[datetime(2027, 3, 31).date()].decoded("DTSTART").strftime("%H:%M %Z") == \
        "10:00 BST"
    assert events[datetime(2027, 4, 7).date()]["STATUS"] == "CANCELLED"
    assert str(events[datetime(2027, 3, 3).date()]["SUMMARY"]) == "Riverside Walkers"
    assert len({event["UID"] for event in events.values()}) == len(events)


def test_the_organisers_page_is_only_for_the_groups_organisers(client, group, tara, pat, sam,
                                                               cora):
    path = f"/groups/{group.pk}/organise/"
    assert client.get(path)["Location"].startswith("/accounts/login/")
    client.force_login(pat)
    assert client.get(path).status_code == 403  # organises nothing
    groups.save_group(SupportGroupFactory(), organisers=[sam])
    client.force_login(sam)
    assert client.get(path).status_code == 404  # organises another group
    for person in (tara, cora):
        client.force_login(person)
        response = client.get(path)
        assert response.status_code == 200
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_an_organiser_records_who_came(client, group, tara):
    meeting = group.meetings.order_by("starts_at").first()
    path = f"/groups/{group.pk}/meetings/{meeting.pk}/attendance/"
    client.force_login(tara)
    page = client.get(path).content.decode()
    assert "Wilma Walker" in page and "Will Walker" in page
    present = list(group.memberships.members().values_list("pk", flat=True))
    response = client.post(path, {"present": [str(pk) for pk in present[:2]], "visitors": "4"})
    assert response["Location"] == f"/groups/{group.pk}/organise/"
    meeting.refresh_from_db()
    assert (meeting.members_present, meeting.visitors, meeting.head_count) == (2, 4, 6)
    organise = client.get(f"/groups/{group.pk}/organise/").content.decode()
    assert "6 came: 2 members, 4 others." in organise


@pytest.mark.parametrize("data, error", [
    ({"visitors": ""}, "Give the number of others who came (0 if nobody)."),
    ({"visitors": "-2"}, "The number of others cannot be below 0."),
    ({"visitors": "99999"}, "Give a number of others up to 999."),
    ({"visitors": "three"}, "Give the number of others as a whole number, such as 3."),
    ({"visitors": "1", "present": ["999999"]}, "Tick only people listed here."),
])
def test_a_wrong_register_is_sent_back_with_the_error(client, group, tara, data, error):
    meeting = group.meetings.order_by("starts_at").first()
    client.force_login(tara)
    response = client.post(f"/groups/{group.pk}/meetings/{meeting.pk}/attendance/", data)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not MeetingAttendance.objects.exists()


def test_a_meeting_to_come_cannot_be_recorded_yet(client, group, tara):
    later = group.meetings.order_by("starts_at")[1]
    client.force_login(tara)
    response = client.post(f"/groups/{group.pk}/meetings/{later.pk}/attendance/",
                           {"visitors": "2"})
    assert response.status_code == 400
    assert "once the meeting has started" in response.content.decode()


def test_another_groups_meeting_is_not_found(client, group, tara):
    other = groups.save_group(SupportGroupFactory())
    meeting = other.meetings.first()
    client.force_login(tara)
    assert client.get(f"/groups/{group.pk}/meetings/{meeting.pk}/attendance/").status_code == 404
    assert client.get(f"/groups/{other.pk}/meetings/{meeting.pk}/attendance/").status_code == 404


def _a_year_of_meetings(group, tara):
    """A meeting a week for the past year, each with who came, straight into the tables."""
    start = timezone.now() - timedelta(weeks=52)
    membership = group.memberships.members().first()
    meetings = GroupMeeting.objects.bulk_create([GroupMeeting(
        group=group, on=(start + timedelta(weeks=n)).date(),
        starts_at=start + timedelta(weeks=n), ends_at=start + timedelta(weeks=n, hours=1),
        members_present=1, visitors=3, recorded_at=start, recorded_by=tara)
        for n in range(52)])
    MeetingAttendance.objects.bulk_create([MeetingAttendance(meeting=m, membership=membership)
                                           for m in meetings])


def test_a_groups_pages_take_the_same_queries_with_a_year_of_meetings(
        client, group, tara, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    paths = [f"/groups/{group.pk}/", "/groups/", f"/groups/{group.pk}/calendar.ics"]
    counts = {}
    for path in paths:
        client.get(path)  # the site's settings and menu are kept after the first page
        with CaptureQueriesContext(connection) as before:
            assert client.get(path).status_code == 200
        counts[path] = len(before)
    _a_year_of_meetings(group, tara)
    for path in paths:
        with django_assert_num_queries(counts[path]):
            client.get(path)
    client.force_login(tara)
    with CaptureQueriesContext(connection) as organiser:
        client.get(f"/groups/{group.pk}/organise/")
    assert len(organiser) <= 12


def test_my_page_shows_groups_near_where_i_completed_a_course(client, group, pat, course,
                                                              django_assert_max_num_queries):
    run = CourseRunFactory(course=course, venue=VenueFactory(area=group.area))
    client.force_login(pat)
    assert "Groups near you" not in client.get("/my/").content.decode()
    Enrolment.objects.create(run=run, user=pat, status="completed")
    page = client.get("/my/").content.decode()
    assert "Groups near you" in page and "Riverside Walkers" in page
    group_membership.join(group, pat)
    page = client.get("/my/").content.decode()
    assert "Your groups" in page and "Groups near you" not in page


def test_my_page_links_organisers_to_recording_who_came(client, group, tara):
    client.force_login(tara)
    page = client.get("/my/").content.decode()
    assert f'href="/groups/{group.pk}/organise/"' in page


def test_the_my_panel_costs_one_query_whatever_the_groups(client, group, pat, course):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from community.group_panels import _my_groups_panel

    for _ in range(5):
        group_membership.join(groups.save_group(SupportGroupFactory()), pat)
    for _ in range(7):
        groups.save_group(SupportGroupFactory())
    run = CourseRunFactory(course=course, venue=VenueFactory(area=group.area))
    Enrolment.objects.create(run=run, user=pat, status="completed")
    with CaptureQueriesContext(connection) as queries:
        panel = _my_groups_panel(pat)
    assert len(queries) == 1
    assert len(panel["mine"]) == 5 and len(panel["near"]) == 5  # of eight near, the first five


def test_a_course_page_shows_groups_where_it_runs(client, group, course):
    SupportGroupFactory(name="Southside Circle", area__name="Glasgow")
    CourseRunFactory(course=course, venue=VenueFactory(area=group.area), sessions=2)
    page = client.get("/courses/living-well/").content.decode()
    assert "Keep going after the course" in page and "Riverside Walkers" in page
    assert "Southside Circle" not in page


def test_a_course_that_runs_nowhere_with_groups_shows_none(client, group, course):
    CourseRunFactory(course=course, venue=VenueFactory(area__name="Aberdeen"), sessions=2)
    assert "Keep going after the course" not in client.get("/courses/living-well/").content \
        .decode()


def test_a_kept_group_page_shows_a_change_on_the_next_request(
        client, group, pat, settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 300
    path = f"/groups/{group.pk}/"
    assert "1 place left" in client.get(path).content.decode()
    assert client.get(path)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        group_membership.join(group, pat)
    again = client.get(path)
    assert again["X-Page-Cache"] == "miss" and "Full: waiting list" in again.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        groups.save_group(group, cancelled=[(group.meetings.order_by("on")[1].on, "Snow")])
    assert "Snow" in client.get(path).content.decode()


def test_leaving_by_a_member_who_joined_is_recorded_not_deleted(group, pat):
    membership = group_membership.join(group, pat)
    group_membership.leave(membership)
    assert GroupMembership.objects.get(pk=membership.pk).status == MembershipStatus.LEFT


def test_joining_tells_a_cdn_to_drop_the_groups_pages_in_both_languages(
        cdn_on, group, pat, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        group_membership.join(group, pat)
    purged = {path for _host, path in cdn_on.purged}
    assert {f"/groups/{group.pk}/", f"/gd/groups/{group.pk}/", "/groups/", "/gd/groups/",
            f"/groups/{group.pk}/calendar.ics"} <= purged


def test_the_course_page_kept_for_everyone_shows_a_new_group_at_once(
        client, group, course, settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 300
    CourseRunFactory(course=course, venue=VenueFactory(area=group.area), sessions=2)
    assert "Riverside Walkers" in client.get("/courses/living-well/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        groups.save_group(SupportGroupFactory(name="Ness Boccia Club", area=group.area,
                                              venue=group.venue))
    assert "Ness Boccia Club" in client.get("/courses/living-well/").content.decode()
