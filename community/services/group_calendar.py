"""A peer support group's meetings as an iCalendar feed (RFC 5545), in Europe/London time, built
the way courses' calendars are (``courses.services.calendar``)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Event

from community.models import GroupMeeting, SupportGroup
from courses.services.calendar import LONDON, event_uid, new_calendar

SINCE = timedelta(days=31)  # a month of past meetings stays in subscribers' calendars


def group_calendar(group: SupportGroup, *, now: datetime | None = None) -> bytes:
    """The group's meetings from a month ago on, cancelled ones marked so. Two queries."""
    now = now or timezone.now()
    calendar = new_calendar(str(group.local_name))
    meetings = group.meetings.filter(starts_at__gte=now - SINCE).order_by("starts_at")
    stamp = timezone.now()
    for meeting in meetings:
        calendar.add_component(_event(group, meeting, stamp))
    return calendar.to_ical()


def _event(group: SupportGroup, meeting: GroupMeeting, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid("group-meeting", meeting.pk))
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.starts_at.astimezone(LONDON))
    event.add("dtend", meeting.ends_at.astimezone(LONDON))
    event.add("summary", str(group.local_name))
    event.add("location", _where(group))
    if meeting.is_cancelled:
        event.add("status", "CANCELLED")
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("community:group",
                                                               args=[group.pk])
    event.add("url", url)
    event.add("description", url)
    return event


def _where(group: SupportGroup) -> str:
    """Where it meets (the joining details of an online group are for members only)."""
    venue = group.venue
    if venue is None:
        return _("Online")
    return ", ".join(part for part in [venue.local_name, venue.address.replace("\n", ", "),
                                       venue.postcode] if part)
