"""Calendar files are valid RFC 5545 in Europe/London time, parseable by icalendar."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from courses.services import enrolment as enrolment_service
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def _events(body: bytes):
    calendar = Calendar.from_ical(body)
    assert calendar["VERSION"] == "2.0"
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    return calendar.walk("VEVENT")


def test_the_run_calendar_has_every_session_in_london_time(client, course):
    first = datetime(2027, 3, 23, 10, 0, tzinfo=LONDON)  # the second session is after BST starts
    run = CourseRunFactory(course=course, sessions=2, sessions__first_session_at=first)
    response = client.get(f"/runs/{run.pk}/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = _events(response.content)
    starts = [event.decoded("DTSTART") for event in events]
    assert [str(start.tzinfo) for start in starts] == ["Europe/London"] * 2
    assert [start.strftime("%H:%M %Z") for start in starts] == ["10:00 GMT", "10:00 BST"]
    assert "TZID=Europe/London" in response.content.decode()
    assert len({event["UID"] for event in events}) == 2
    assert events[0]["SUMMARY"] == "Living Well"
    assert "Community Hall" in events[0]["LOCATION"]


def test_the_personal_feed_holds_only_my_confirmed_sessions(client, course, pat, sam):
    mine = CourseRunFactory(course=course, sessions=3)
    theirs = CourseRunFactory(course=course, sessions=2)
    enrolment_service.enrol(mine, pat)
    enrolment_service.enrol(theirs, sam)
    client.force_login(pat)
    client.post("/my/calendar/")
    token = pat.calendar_feed.token
    client.logout()
    response = client.get(f"/my/calendar/{token}.ics")
    assert response.status_code == 200
    assert len(_events(response.content)) == 3


def test_a_new_feed_address_retires_the_old_one(client, pat):
    client.force_login(pat)
    client.post("/my/calendar/")
    old = pat.calendar_feed.token
    client.post("/my/calendar/")
    pat.calendar_feed.refresh_from_db()
    assert pat.calendar_feed.token != old
    assert client.get(f"/my/calendar/{old}.ics").status_code == 404


def test_an_unknown_feed_token_is_not_found(client, db):
    assert client.get("/my/calendar/not-a-real-token.ics").status_code == 404
