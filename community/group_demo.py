"""Demo peer support groups, dated from today and made through the same services coordinators
and organisers use: a weekly walking group and a monthly carers' café in the Highlands (the
café full, with someone waiting, where the demo volunteer helps), and a fortnightly circle in
Glasgow, where the demo participant completed a course, so /my/ shows it as a group near them.
Their Gaelic is ours, awaiting review by a native speaker."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import timezone

from accounts.models import User
from community.models import Frequency, GroupMembership, SupportGroup, Weekday, WeekOfMonth
from community.services import group_membership, groups
from courses.demo.follow_ups import VOLUNTEER
from courses.demo.scheduling import extra_participant_email
from courses.models import Area, Venue
from courses.services import volunteering
from trainers.models import ExpenseKind, TrainerProfile, Volunteer, VolunteeringRole

LONDON = ZoneInfo("Europe/London")
ORGANISER = extra_participant_email(3)
NOTES = {
    "participant@example.org": "a peer support group near him on /my/",
    ORGANISER: "organises the Highland walking group: /my/ links to recording who came",
    "carer@example.org": "organises the carers' café (full, with someone waiting)",
}

WALKING = {
    "name": "Riverside Walking Group", "name_gd": "Buidheann Coiseachd Taobh na h-Aibhne",
    "description": "A gentle hour's walk along the river at everyone's own pace, then tea at "
                   "the hub. Started by people who met on a Living Well course. Walking "
                   "sticks and wheelchairs welcome: the path is flat and paved.",
    "description_gd": "Cuairt shocair uair a thìde ri taobh na h-aibhne, aig astar gach "
                      "neach, agus an uairsin tì aig an ionad. Thòisich daoine a choinnich "
                      "air cùrsa Beò Gu Math i.",
    "frequency": Frequency.WEEKLY, "weekday": Weekday.WEDNESDAY,
    "start_time": time(10, 0), "end_time": time(11, 30), "access_features": ["step_free"],
}
CAFE = {
    "name": "Carers' Café", "name_gd": "Cafaidh Luchd-cùraim",
    "description": "Tea, cake and a chat for unpaid carers, on the second Tuesday of the "
                   "month. Bring the person you care for if you like; there is a quiet room.",
    "description_gd": "Tì, cèic agus còmhradh do luchd-cùraim gun phàigheadh, air an dàrna "
                      "Dimàirt den mhìos.",
    "frequency": Frequency.MONTHLY, "weekday": Weekday.TUESDAY,
    "week_of_month": WeekOfMonth.SECOND, "start_time": time(14, 0), "end_time": time(16, 0),
    "max_members": 6,
}
CIRCLE = {
    "name": "Southside Living Well Circle", "name_gd": "Cearcall Beò gu Math a’ Chinn a Deas",
    "description": "Every other Thursday: a cuppa, a chat about what is working, and a short "
                   "relaxation at the end. For anyone who has been on a course, or not.",
    "description_gd": "Gach dàrna Diardaoin: cupa tì, còmhradh mu na tha ag obair, agus "
                      "beagan fois aig an deireadh. Do dhuine sam bith, às dèidh cùrsa no "
                      "às aonais.",
    "frequency": Frequency.FORTNIGHTLY, "weekday": Weekday.THURSDAY,
    "start_time": time(13, 30), "end_time": time(15, 0),
}


def seed_groups(people: dict[str, User]) -> None:
    if SupportGroup.objects.exists() or not Venue.objects.filter(
            name="Riverside Community Hub").exists():
        return
    today = timezone.localdate()
    highland, glasgow = Area.objects.get(slug="highland"), Area.objects.get(slug="glasgow")
    hub = Venue.objects.get(name="Riverside Community Hub")
    trainer = TrainerProfile.objects.filter(user__email="trainer@example.org").first()
    walking = _group(WALKING, highland, hub, today - timedelta(weeks=10), _person(ORGANISER),
                     [_person(extra_participant_email(n)) for n in (5, 6, 7, 9, 12)],
                     trainer=trainer)
    _cancel_third_meeting(walking, "The hub is closed for a holiday")
    _record_meetings(walking, _person(ORGANISER), visitors=[2, 0, 4, 1, 3, 0, 2, 5, 1, 2])
    cafe = _group(CAFE, highland, hub, today - timedelta(days=120), people["carer"],
                  [_person(extra_participant_email(n)) for n in (9, 10, 11, 12, 5, 7)])
    _record_meetings(cafe, people["carer"], visitors=[3, 1, 2, 4])
    _volunteer_helps(cafe, people["coordinator"])
    circle = _group(CIRCLE, glasgow, Venue.objects.get(name="Southside Wellbeing Centre"),
                    today - timedelta(weeks=6), _person(extra_participant_email(2)),
                    [_person(extra_participant_email(n)) for n in (1, 4)])
    _record_meetings(circle, _person(extra_participant_email(2)), visitors=[1, 0, 2])


def _person(email: str) -> User:
    return User.objects.get(email=email)


def _group(details: dict, area: Area, venue: Venue, started: date, organiser: User,
           members: list[User], *, trainer: TrainerProfile | None = None) -> SupportGroup:
    """The group as it was set up on ``started``, its organiser named then and its members
    joining over the next weeks (into a full group's waiting list once it is full)."""
    then = datetime.combine(started, time(9, 0), tzinfo=LONDON)
    group = SupportGroup(area=area, venue=venue, starts_on=started, trainer=trainer, **details)
    groups.save_group(group, organisers=[organiser], now=then)
    for week, person in enumerate(members, start=1):
        group_membership.join(group, person, now=then + timedelta(days=3 * week))
    while then < timezone.now():  # the meetings planned day by day since, as the task does
        then += timedelta(days=60)
        groups.plan_meetings(group, now=min(then, timezone.now()))
    return group


def _cancel_third_meeting(group: SupportGroup, why: str) -> None:
    third = group.meetings.upcoming().order_by("starts_at")[2]
    groups.save_group(group, cancelled=[(third.on, why)])


def _volunteer_helps(group: SupportGroup, coordinator: User) -> None:
    """The demo volunteer helped at the group's last two meetings and was paid back for the
    cake she bought for the latest, her claim approved (and the message saying so owed)."""
    volunteer = Volunteer.objects.filter(user__email=VOLUNTEER[0], status="active").first()
    meetings = list(group.meetings.held().order_by("-starts_at")[:2])
    if volunteer is None or not meetings:
        return
    for meeting in meetings:
        volunteering.log_hours(volunteer, by=volunteer.user,
                               on=timezone.localdate(meeting.starts_at), hours=Decimal("2"),
                               role=VolunteeringRole.SESSION_HELPER, group=group,
                               note="Made the tea and sat with people new to the café")
    cake = volunteering.claim_expense(
        volunteer, by=volunteer.user, spent_on=timezone.localdate(meetings[0].starts_at),
        amount=Decimal("8.75"), kind=ExpenseKind.REFRESHMENTS,
        description="A cake for the café", group=group)
    volunteering.decide_claim(cake, "approved", by=coordinator, note="Thank you, Ceitidh!")


def _record_meetings(group: SupportGroup, organiser: User, *, visitors: list[int]) -> None:
    """Who came to each meeting held, as the organiser recorded it just after: most members,
    a different one missing each time, and some drop-in visitors."""
    held = list(group.meetings.held().order_by("starts_at"))
    for number, meeting in enumerate(held):
        members = list(GroupMembership.objects.filter(
            group=group, joined_at__lte=meeting.starts_at).order_by("pk"))
        came = [m.pk for index, m in enumerate(members) if index % 4 != number % 4]
        group_membership.record_attendance(meeting, present=came, by=organiser,
                                           visitors=visitors[number % len(visitors)],
                                           now=meeting.ends_at)
