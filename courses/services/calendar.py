"""iCalendar (RFC 5545) files for runs and personal feeds, in Europe/London time."""

from collections.abc import Iterable
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from cms.translation import title_in
from courses.models import Session

LONDON = ZoneInfo("Europe/London")


def sessions_calendar(sessions: Iterable[Session], *, name: str = "") -> bytes:
    """A calendar with one event per session. Sessions need ``run__course`` and ``run__venue``
    (and ``module``) loaded, or each costs queries."""
    calendar = new_calendar(name)
    stamp = timezone.now()
    for session in sessions:
        calendar.add_component(_event(session, stamp))
    return calendar.to_ical()


def _event(session: Session, stamp: datetime) -> Event:
    run = session.run
    event = Event()
    event.add("uid", event_uid("session", session.pk))
    event.add("sequence", session.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", session.starts_at.astimezone(LONDON))
    event.add("dtend", session.ends_at.astimezone(LONDON))
    language = get_language() or settings.LANGUAGE_CODE
    title = title_in(run.course, language)
    if session.module_id:
        title = f"{title}: {title_in(session.module, language)}"
    event.add("summary", title)
    venue = run.venue
    event.add("location", _("Online") if venue.is_online else
              ", ".join(part for part in [venue.local_name, venue.address.replace("\n", ", "),
                                          venue.postcode] if part))
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("courses:run", args=[run.pk])
    event.add("url", url)
    event.add("description", url)
    return event


def event_uid(kind: str, pk: int) -> str:
    """A calendar event's lasting identity: ``<kind>-<pk>@<our domain>`` (other apps' calendars
    use their own kinds)."""
    return f"{kind}-{pk}@{_domain()}"


def new_calendar(name: str = "") -> Calendar:
    """An empty calendar in Europe/London time, for any app's events."""
    calendar = Calendar()
    calendar.add("prodid", "-//Self-management courses//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add_component(_london())
    return calendar


def _domain() -> str:
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def _london() -> Timezone:
    """Europe/London as rules (last Sunday of March and October), valid for any year."""
    zone = Timezone()
    zone.add("tzid", "Europe/London")
    summer = TimezoneDaylight()
    summer.add("tzname", "BST")
    summer.add("dtstart", datetime(1981, 3, 29, 1, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    summer.add("tzoffsetfrom", timedelta(hours=0))
    summer.add("tzoffsetto", timedelta(hours=1))
    winter = TimezoneStandard()
    winter.add("tzname", "GMT")
    winter.add("dtstart", datetime(1996, 10, 27, 2, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    winter.add("tzoffsetfrom", timedelta(hours=1))
    winter.add("tzoffsetto", timedelta(hours=0))
    zone.add_component(summer)
    zone.add_component(winter)
    return zone
