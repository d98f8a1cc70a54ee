"""On phones (390×844), axe on every page: a participant who completed a course in the Highlands
finds a peer support group near them on /my/, joins it and downloads its calendar; the group's
organiser records who came to last week's meeting: three members and four visitors."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from accounts import roles
from community.models import GroupMeeting
from community.services import group_membership, groups
from courses.models import Enrolment
from tests.accounts.factories import UserFactory
from tests.browser.conftest import PHONE, _watch_policy, log_in
from tests.browser.test_people_without_email_journey import audit
from tests.community.factories import SupportGroupFactory
from tests.courses.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseRunFactory,
    VenueFactory,
)

MEMBERS = ["Ailsa Grannd", "Callum Begg", "Hamish Fraser", "Janet Wilson", "Kirsty Rothach"]


@pytest.fixture
def cast(home):
    """Pat completed Living Well in the Highlands. Dòmhnall organises the Riverside Walkers
    there, who met a week ago, with five other members."""
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                               slug="living-well")
    venue = VenueFactory(name="Riverside Community Hub")
    run = CourseRunFactory(course=course, venue=venue, status="finished")
    pat = UserFactory(full_name="Pat Participant", roles=[roles.PARTICIPANT])
    Enrolment.objects.create(run=run, user=pat, status="completed")
    organiser = UserFactory(full_name="Dòmhnall MacLeòid", roles=[roles.PARTICIPANT])
    week_ago = timezone.localtime() - timedelta(days=7)
    group = groups.save_group(
        SupportGroupFactory(name="Riverside Walkers", area=venue.area, venue=venue,
                            weekday=week_ago.weekday(),
                            starts_on=week_ago.date() - timedelta(days=1)),
        organisers=[organiser], now=week_ago - timedelta(days=1))
    for name in MEMBERS:
        group_membership.join(group, UserFactory(full_name=name))
    return {"pat": pat, "organiser": organiser, "group": group}


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE,
                                  accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    blocked = _watch_policy(page)
    yield page
    context.close()
    assert blocked == [], "\n".join(blocked)


def test_a_participant_finds_a_group_near_them_joins_it_and_takes_its_calendar(
        phone, cast, tmp_path):
    group = cast["group"]
    log_in(phone, cast["pat"])
    phone.goto("/my/")
    audit(phone)
    expect(phone.get_by_role("heading", name="Groups near you")).to_be_visible()
    phone.get_by_role("link", name="Riverside Walkers").click()
    phone.wait_for_url(f"**/groups/{group.pk}/")
    audit(phone)
    for name in MEMBERS:
        expect(phone.get_by_text(name)).to_have_count(0)
    phone.get_by_role("button", name="Join the group").click()
    phone.wait_for_url(f"**/groups/{group.pk}/")
    audit(phone)
    expect(phone.get_by_text("You have joined the group.")).to_be_visible()
    expect(phone.get_by_text("You are a member of this group.")).to_be_visible()
    with phone.expect_download() as download:
        phone.get_by_role("link", name="Add the group's meetings to your calendar").click()
    saved = tmp_path / "group.ics"
    download.value.save_as(saved)
    events = Calendar.from_ical(Path(saved).read_bytes()).walk("VEVENT")
    assert len(events) == group.meetings.count() and str(events[0]["SUMMARY"]) == \
        "Riverside Walkers"
    phone.goto("/my/")
    audit(phone)
    expect(phone.get_by_role("heading", name="Your groups")).to_be_visible()


def test_an_organiser_records_three_members_and_four_visitors(phone, cast):
    group = cast["group"]
    meeting = group.meetings.held().order_by("-starts_at").first()
    log_in(phone, cast["organiser"])
    phone.goto("/my/")
    audit(phone)
    phone.get_by_role("link", name="Record who came").click()
    phone.wait_for_url(f"**/groups/{group.pk}/organise/")
    audit(phone)
    phone.get_by_role("link", name="Record who came").first.click()
    phone.wait_for_url(f"**/groups/{group.pk}/meetings/{meeting.pk}/attendance/")
    audit(phone)
    phone.get_by_role("button", name="Save who came").click()  # the number left out
    audit(phone)
    expect(phone.get_by_role("link", name="Give the number of others who came (0 if "
                                          "nobody).")).to_be_visible()
    for name in MEMBERS[:3]:
        phone.get_by_label(name).check()
    phone.get_by_label("How many others came?").fill("4")
    phone.get_by_role("button", name="Save who came").click()
    phone.wait_for_url(f"**/groups/{group.pk}/organise/")
    audit(phone)
    expect(phone.get_by_text("Thank you. Who came is recorded.")).to_be_visible()
    expect(phone.get_by_text("7 came: 3 members, 4 others.")).to_be_visible()
    meeting = GroupMeeting.objects.get(pk=meeting.pk)
    assert (meeting.members_present, meeting.visitors, meeting.recorded_by) == (
        3, 4, cast["organiser"])
    assert sorted(meeting.attendances.values_list("membership__person__full_name", flat=True)
                  ) == MEMBERS[:3]
