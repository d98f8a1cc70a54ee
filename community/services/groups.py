"""Peer support groups: their pattern of meetings, the meetings made from it ahead of time,
reminders before each one, and the figures networkers and coordinators read.

A group's pattern is kept as its parts (``SupportGroup.frequency``, ``weekday``,
``week_of_month``, dates, times) and read as a ``dateutil`` rule (``pattern_of``), in UK wall
-clock time: a group meeting at 10:00 meets at 10:00 on both sides of a clock change. From it,
``plan_meetings`` keeps ``AHEAD`` of meetings as rows (idempotent: on every save of the group,
and daily), so reminders, calendars and attendance each point at one meeting.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from accounts.models import ContactChannel, User
from community.models import (
    Frequency,
    GroupDate,
    GroupException,
    GroupMeeting,
    GroupMembership,
    GroupStatus,
    MeetingStatus,
    MembershipStatus,
    SupportGroup,
    Weekday,
    WeekOfMonth,
)
from community.services.group_membership import (
    GroupError,
    fill_places,
    purge_group_pages,
    set_organisers,
)
from config.page_cache import forget_pages
from courses.models import Area, CourseRun, Enrolment, EnrolmentStatus, RunStatus
from courses.services.outbox import owe_email

LONDON = ZoneInfo("Europe/London")
AHEAD = timedelta(days=92)  # about three months of meetings are kept as rows
RECENT = timedelta(days=90)  # "lately", for the networkers' figures
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100
DAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]
REMINDED_BY = (ContactChannel.EMAIL, ContactChannel.TEXT)  # never a weekly call or letter

# --- the pattern ----------------------------------------------------------------------------

def pattern_of(group: SupportGroup, *, dates: list[date] | None = None,
               exceptions: list[date] | None = None) -> rrule.rruleset:
    """The group's meetings as a dateutil rule set of naive UK start times: its rule (or its
    dates, for a group without one) less its cancelled dates. ``dates`` and ``exceptions``
    default to the saved ones."""
    pattern = rrule.rruleset()
    if group.frequency == Frequency.DATES:
        for day in dates if dates is not None else _saved_dates(group):
            pattern.rdate(datetime.combine(day, group.start_time))
    else:
        pattern.rrule(_rule(group))
    for day in exceptions if exceptions is not None else _saved_exceptions(group):
        pattern.exdate(datetime.combine(day, group.start_time))
    return pattern


def _rule(group: SupportGroup) -> rrule.rrule:
    until = datetime.combine(group.ends_on, group.start_time) if group.ends_on else None
    start = datetime.combine(group.starts_on, group.start_time)
    day = DAYS[group.weekday]
    if group.frequency == Frequency.MONTHLY:
        return rrule.rrule(rrule.MONTHLY, dtstart=start, until=until,
                           byweekday=day(group.week_of_month))
    interval = 2 if group.frequency == Frequency.FORTNIGHTLY else 1
    return rrule.rrule(rrule.WEEKLY, interval=interval, dtstart=start, until=until,
                       byweekday=day)


def _saved_dates(group: SupportGroup) -> list[date]:
    return list(GroupDate.objects.filter(group=group).values_list("on", flat=True)) \
        if group.pk else []


def _saved_exceptions(group: SupportGroup) -> list[date]:
    return list(GroupException.objects.filter(group=group).values_list("on", flat=True)) \
        if group.pk else []


def describe(group: SupportGroup) -> str:
    """The pattern in a few words: "Every Tuesday, 10:00–11:30"."""
    times = f"{group.start_time:%H:%M}–{group.end_time:%H:%M}"
    if group.frequency == Frequency.DATES:
        return _("On set dates, %(times)s") % {"times": times}
    day = Weekday(group.weekday).label
    if group.frequency == Frequency.MONTHLY:
        which = WeekOfMonth(group.week_of_month).label.lower()
        return _("The %(which)s %(day)s of each month, %(times)s") % {
            "which": which, "day": day, "times": times}
    if group.frequency == Frequency.FORTNIGHTLY:
        return _("Every other %(day)s, %(times)s") % {"day": day, "times": times}
    return _("Every %(day)s, %(times)s") % {"day": day, "times": times}


# --- saving a group ---------------------------------------------------------------------------

def save_group(group: SupportGroup, *, dates: list[date] | None = None,
               cancelled: list[tuple[date, str]] | None = None,
               organisers: list[User] | None = None,
               now: datetime | None = None) -> SupportGroup:
    """Create or change a group (its details set on ``group`` by the caller). ``dates`` are
    the days a group without a regular pattern meets; ``cancelled`` the days it does not
    (each must be a day the pattern gives, or it is refused); ``organisers`` the members who
    run it. A raised maximum gives places to people waiting; meetings are planned afresh."""
    now = now or timezone.now()
    with transaction.atomic():
        _check_pattern(group, [*(dates or []), *(day for day, _why in cancelled or [])])
        if cancelled is not None:
            _check_cancelled(group, dates, cancelled, now)
        group.full_clean()
        group.save()
        if dates is not None and group.frequency == Frequency.DATES:
            _replace(GroupDate, group, [GroupDate(group=group, on=day) for day in set(dates)])
        if cancelled is not None:
            _replace(GroupException, group, [GroupException(group=group, on=day, reason=why)
                                             for day, why in dict(cancelled).items()])
        locked = SupportGroup.objects.locked(group.pk)
        if organisers is not None:
            set_organisers(locked, organisers, now=now)
        fill_places(locked, now=now)
        plan_meetings(locked, now=now)
        purge_group_pages(locked)
        return group


def _check_pattern(group: SupportGroup, dates: list[date]) -> None:
    """The pattern can be read, and every date in it (``dates``: its own and its cancelled
    ones) falls in years a group could meet in (a typo like 2206 is caught, and dates stay far
    from the calendar's end, where walking the rule would overflow)."""
    if group.frequency != Frequency.DATES and group.weekday is None:
        raise GroupError("no_weekday", _("Choose the day of the week the group meets on."))
    if group.frequency == Frequency.MONTHLY and group.week_of_month is None:
        raise GroupError("no_week", _("Choose which one in the month, for example the second."))
    if group.ends_on and group.starts_on and group.ends_on < group.starts_on:
        raise GroupError("ends_before_start", _("The last meeting cannot come before the first."))
    for day in [group.starts_on, group.ends_on, *dates]:
        if day and not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
            raise GroupError("implausible_year", _(
                "Check the year: groups can meet from %(first)d to %(last)d.")
                % {"first": EARLIEST_YEAR, "last": LATEST_YEAR})
    venue = group.venue if group.venue_id else None
    if venue is not None and venue.area_id and venue.area_id != group.area_id:
        raise GroupError("venue_elsewhere", _("That venue is in another area."))


def _check_cancelled(group: SupportGroup, dates: list[date] | None,
                     cancelled: list[tuple[date, str]], now: datetime) -> None:
    """A cancelled date from today on must be a day the group would meet (past ones stay as
    they were)."""
    today = timezone.localdate(now)
    coming = sorted(day for day, _why in cancelled if day >= today)
    if not coming:
        return
    pattern = pattern_of(group, dates=dates if dates is not None else _saved_dates(group),
                         exceptions=[])
    # One walk through the pattern for all of them, however many dates are given.
    meets = {occurrence.date() for occurrence in pattern.between(
        datetime.combine(coming[0], time.min), datetime.combine(coming[-1], time.max),
        inc=True)}
    for day in coming:
        if day not in meets:
            raise GroupError("not_on_pattern", _(
                "The group does not meet on %(date)s, so that date cannot be cancelled. "
                "Check the date, or the pattern.") % {
                "date": formats.date_format(day, "l j F Y")})


def _replace(model, group: SupportGroup, rows: list) -> None:
    model.objects.filter(group=group).delete()
    model.objects.bulk_create(rows)


# --- meetings ahead ----------------------------------------------------------------------------

@dataclass
class Planned:
    added: int = 0
    changed: int = 0
    removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def plan_meetings(group: SupportGroup, *, now: datetime | None = None) -> Planned:
    """Make the group's meetings from now to ``AHEAD`` match its pattern: add missing ones,
    move or cancel (or reinstate) changed ones, remove those the pattern no longer gives.
    Meetings that have started are history and stay as they are. Idempotent."""
    now = now or timezone.now()
    with transaction.atomic():
        group = SupportGroup.objects.locked(group.pk)
        wanted = _wanted(group, now)
        started = set(group.meetings.filter(on__gte=timezone.localdate(now), starts_at__lte=now)
                      .values_list("on", flat=True))
        existing = {meeting.on: meeting for meeting in group.meetings.filter(starts_at__gt=now)}
        planned = Planned()
        gone = [day for day in existing if day not in wanted]
        planned.removed = group.meetings.filter(on__in=gone).delete()[0] if gone else 0
        new = []
        for day, meeting in wanted.items():
            if day in started:
                continue
            if day not in existing:
                new.append(meeting)
            elif _update(existing[day], meeting):
                planned.changed += 1
        planned.added = len(GroupMeeting.objects.bulk_create(new))
        if planned:
            forget_pages()  # bulk writes send no signal
            purge_group_pages(group)
        return planned


def _wanted(group: SupportGroup, now: datetime) -> dict[date, GroupMeeting]:
    """The meetings the pattern gives from ``now`` to ``AHEAD``, cancelled dates included (as
    cancelled meetings, so members see them), by date."""
    if group.status != GroupStatus.ACTIVE:
        return {}
    cancelled = dict(group.exceptions.values_list("on", "reason"))
    pattern = pattern_of(group, exceptions=[])
    start = timezone.localtime(now, LONDON).replace(tzinfo=None)
    wanted = {}
    for occurrence in pattern.between(start, start + AHEAD):
        day = occurrence.date()
        wanted[day] = GroupMeeting(
            group=group, on=day,
            # The wall-clock time in UK time that day: BST or GMT as the date falls.
            starts_at=occurrence.replace(tzinfo=LONDON),
            ends_at=datetime.combine(day, group.end_time, tzinfo=LONDON),
            status=MeetingStatus.CANCELLED if day in cancelled else MeetingStatus.PLANNED,
            cancelled_because=cancelled.get(day, ""))
    return wanted


def _update(meeting: GroupMeeting, wanted: GroupMeeting) -> bool:
    fields = ["starts_at", "ends_at", "status", "cancelled_because"]
    if all(getattr(meeting, name) == getattr(wanted, name) for name in fields):
        return False
    for name in fields:
        setattr(meeting, name, getattr(wanted, name))
    meeting.sequence += 1
    meeting.save(update_fields=[*fields, "sequence"])
    return True


def plan_all_meetings(*, now: datetime | None = None) -> int:
    """Every group's meetings ahead (daily, so the window moves on). Returns how many groups
    changed."""
    return sum(bool(plan_meetings(group, now=now)) for group in
               SupportGroup.objects.filter(Q(status=GroupStatus.ACTIVE)
                                           | Q(meetings__starts_at__gt=now or timezone.now()))
               .distinct())


# --- reminders ----------------------------------------------------------------------------------

def queue_meeting_reminders(*, now: datetime | None = None, hours: int = 24) -> int:
    """Owe a reminder to each member of a group meeting within ``hours``, by e-mail or text
    (a weekly call or letter would be too much). Safe to run as often as you like: each
    reminder is owed once per meeting, person and time. Returns how many were newly owed."""
    now = now or timezone.now()
    meetings = list(GroupMeeting.objects.filter(
        starts_at__gt=now, starts_at__lte=now + timedelta(hours=hours),
        status=MeetingStatus.PLANNED, group__status=GroupStatus.ACTIVE))
    members = {}
    for membership in (GroupMembership.objects.members().select_related("person")
                       .filter(group_id__in={meeting.group_id for meeting in meetings})):
        members.setdefault(membership.group_id, []).append(membership.person)
    owed = 0
    for meeting in meetings:
        for person in members.get(meeting.group_id, []):
            channel = next((way for way in person.reachable_by() if way in REMINDED_BY), None)
            if channel is not None:
                owed += owe_email(
                    "group_meeting_reminder", person, channel=channel, meeting=meeting.pk,
                    key=f"group-reminder:{meeting.pk}:{person.pk}:{meeting.starts_at.isoformat()}")
    return owed


# --- what pages and figures read ---------------------------------------------------------------

def next_meetings(*, now: datetime | None = None):
    """The first planned meeting still to come, for annotating groups (``next_starts_at``)."""
    return Subquery(GroupMeeting.objects.upcoming(now).filter(
        group=OuterRef("pk"), status=MeetingStatus.PLANNED)
        .order_by("starts_at").values("starts_at")[:1])


def groups_for_person(user: User):
    """In one query, the groups ``user`` is in or waiting for (``my_status`` set, and
    ``my_organiser``) and the groups meeting in the areas where they completed a course
    (``my_status`` None), each with its next meeting (``next_starts_at``); theirs first."""
    areas = Enrolment.objects.filter(user=user, status=EnrolmentStatus.COMPLETED,
                                     run__venue__area__isnull=False).values("run__venue__area")
    mine = GroupMembership.objects.current().filter(person=user, group=OuterRef("pk"))
    return (SupportGroup.objects
            .filter(Exists(mine) | Q(status=GroupStatus.ACTIVE, area__in=areas))
            .select_related("area", "venue")
            .annotate(my_status=Subquery(mine.values("status")[:1]),
                      my_organiser=Subquery(mine.values("is_organiser")[:1]),
                      next_starts_at=next_meetings())
            .order_by("area__name", "name", "pk"))


def groups_for_course(course, *, limit: int = 6):
    """Groups meeting in the areas where ``course`` runs (or is about to): one query."""
    areas = (CourseRun.objects.of_course(course).published().exclude(status=RunStatus.CANCELLED)
             .filter(venue__area__isnull=False).values("venue__area"))
    return (SupportGroup.objects.active().filter(area__in=areas)
            .select_related("area", "venue").order_by("area__name", "name")[:limit])


@dataclass
class AreaGroupNumbers:
    """A networker's figures for one area: groups meeting, their members now, and the
    meetings held in the last 90 days with everyone who came (members and others)."""

    area: Area
    groups: int = 0
    members: int = 0
    meetings_held: int = 0
    head_count: int = 0


def numbers_for_areas(areas, *, now: datetime | None = None) -> dict[int, AreaGroupNumbers]:
    """Per area (by id), in two queries whatever the number of groups or meetings."""
    now = now or timezone.now()
    areas = list(areas)
    numbers = {area.pk: AreaGroupNumbers(area) for area in areas}
    members = Count("memberships", filter=Q(memberships__status=MembershipStatus.MEMBER))
    for row in (SupportGroup.objects.active().filter(area__in=areas).values("area")
                .annotate(groups=Count("pk", distinct=True), members=members)):
        numbers[row["area"]].groups, numbers[row["area"]].members = row["groups"], row["members"]
    for row in (GroupMeeting.objects.held(now).recorded()
                .filter(group__area__in=areas, starts_at__gte=now - RECENT)
                .values("group__area")
                .annotate(meetings=Count("pk"), present=Sum("members_present"),
                          others=Sum("visitors"))):
        entry = numbers[row["group__area"]]
        entry.meetings_held = row["meetings"]
        entry.head_count = (row["present"] or 0) + (row["others"] or 0)
    return numbers
