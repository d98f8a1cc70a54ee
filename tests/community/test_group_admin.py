"""Coordinators set groups up in the admin (Community → Peer support groups), as Cora, who is not
a superuser: saving goes through the groups service, so its refusals come back as form errors."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from community.models import SupportGroup
from community.services import group_membership, groups
from tests.community.factories import SupportGroupFactory
from tests.courses.factories import VenueFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def form(home, time_machine):
    time_machine.move_to(datetime(2027, 1, 4, 9, tzinfo=LONDON))
    venue = VenueFactory()
    return {"name": "Carers' Café", "description": "Tea and a chat.", "area": venue.area_id,
            "language": "en", "venue": venue.pk, "frequency": "monthly", "weekday": "1",
            "week_of_month": "2", "starts_on": "2027-01-01", "start_time": "14:00",
            "end_time": "16:00", "status": "active", "max_members": "8",
            "cancelled_text": "", "dates_text": "", "new_organiser": ""}


def test_a_coordinator_sets_up_a_monthly_group_with_an_organiser(client, cora, pat, form):
    client.force_login(cora)
    response = client.post("/admin/supportgroup/new/", {
        **form, "new_organiser": pat.email, "cancelled_text": "09/02/2027 Half term"})
    assert response.status_code == 302, response.content.decode()[:2000]
    group = SupportGroup.objects.get()
    assert list(group.meetings.order_by("on").values_list("on", "status")) == [
        (date(2027, 1, 12), "planned"), (date(2027, 2, 9), "cancelled"),
        (date(2027, 3, 9), "planned")]
    assert group_membership.may_organise(pat, group)
    edit = client.get(f"/admin/supportgroup/edit/{group.pk}/").content.decode()
    assert "09/02/2027 Half term" in edit and "Pat Participant" in edit


def test_a_cancelled_date_off_the_pattern_is_a_form_error(client, cora, form):
    client.force_login(cora)
    response = client.post("/admin/supportgroup/new/", {
        **form, "cancelled_text": "02/02/2027 First Tuesday"})
    assert response.status_code == 200
    assert "The group does not meet on Tuesday 2 February 2027" in response.content.decode()
    assert not SupportGroup.objects.exists()


@pytest.mark.parametrize("field, value, error", [
    ("cancelled_text", "next week", "Line 1: start with a date written as 14/04/2027."),
    ("cancelled_text", "32/01/2027", "Line 1: start with a date written as 14/04/2027."),
    ("new_organiser", "nobody@example.org", "Nobody with that e-mail address has an account."),
    ("weekday", "", "Choose the day of the week the group meets on."),
])
def test_what_cannot_be_read_is_sent_back(client, cora, form, field, value, error):
    client.force_login(cora)
    response = client.post("/admin/supportgroup/new/", {**form, field: value})
    assert error in response.content.decode()
    assert not SupportGroup.objects.exists()


def test_organisers_are_ticked_off_and_on_among_the_members(client, cora, pat, sam, form):
    group = groups.save_group(SupportGroupFactory(frequency="monthly", weekday=1,
                                                  week_of_month=2), organisers=[pat])
    group_membership.join(group, sam)
    client.force_login(cora)
    data = {**form, "area": group.area_id, "venue": group.venue_id,
            "organiser_members": [str(sam.pk)]}
    response = client.post(f"/admin/supportgroup/edit/{group.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert set(group.memberships.organisers().values_list("person", flat=True)) == {sam.pk}


def test_the_listings_open_for_a_coordinator_and_nobody_else(client, cora, pat, form):
    groups.save_group(SupportGroupFactory())
    for path in ("/admin/supportgroup/", "/admin/groupmeeting/", "/admin/supportgroup/new/"):
        client.force_login(pat)
        assert client.get(path).status_code in (302, 403), path
        client.force_login(cora)
        assert client.get(path).status_code == 200, path
