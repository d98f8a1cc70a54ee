"""When a group meets: its pattern read as a dateutil rule in UK time, cancelled dates (only
days it would meet), and the meetings kept three months ahead — right across the clock
changes, idempotent, and leaving meetings that have started alone."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from community.models import GroupMeeting, MeetingStatus
from community.services import groups
from community.services.groups import GroupError
from tests.community.factories import SupportGroupFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


def _new_group(now: datetime, cancelled=None, **details):
    return groups.save_group(SupportGroupFactory(**details), now=now, cancelled=cancelled)


def test_it_keeps_ten_oclock_at_ten_across_the_march_clock_change(time_machine):
    now = _at(date(2027, 3, 15))
    time_machine.move_to(now)
    group = _new_group(now, starts_on=date(2027, 3, 1), weekday=2)  # Wednesdays
    meetings = list(group.meetings.order_by("starts_at"))
    before, after = meetings[1], meetings[2]  # 24 March (GMT), 31 March (BST)
    assert (before.on, after.on) == (date(2027, 3, 24), date(2027, 3, 31))
    assert before.starts_at.astimezone(UTC).hour == 10 and after.starts_at.astimezone(UTC).hour == 9
    assert {m.starts_at.astimezone(LONDON).time() for m in meetings} == {time(10, 0)}
    assert {m.ends_at.astimezone(LONDON).time() for m in meetings} == {time(11, 30)}


def test_it_keeps_ten_oclock_at_ten_across_the_october_clock_change(time_machine):
    now = _at(date(2027, 10, 1))
    time_machine.move_to(now)
    group = _new_group(now, starts_on=date(2027, 1, 6), weekday=2)
    by_day = {m.on: m.starts_at.astimezone(UTC) for m in group.meetings.all()}
    assert by_day[date(2027, 10, 27)] == datetime(2027, 10, 27, 9, 0, tzinfo=UTC)  # BST
    assert by_day[date(2027, 11, 3)] == datetime(2027, 11, 3, 10, 0, tzinfo=UTC)  # GMT
    assert {m.starts_at.astimezone(LONDON).hour for m in group.meetings.all()} == {10}


def test_it_plans_about_three_months_ahead_and_nothing_before_now(time_machine):
    now = _at(date(2027, 3, 15))
    time_machine.move_to(now)
    group = _new_group(now, starts_on=date(2027, 1, 6), weekday=2)
    days = sorted(group.meetings.values_list("on", flat=True))
    assert days[0] == date(2027, 3, 17) and days[-1] == date(2027, 6, 9)
    assert all((b - a) == timedelta(days=7) for a, b in zip(days, days[1:], strict=False))


def test_it_meets_on_the_second_tuesday_of_each_month(time_machine):
    now = _at(date(2027, 1, 1))
    time_machine.move_to(now)
    group = _new_group(now, frequency="monthly", weekday=1, week_of_month=2,
                       starts_on=date(2027, 1, 1), start_time=time(14), end_time=time(16))
    assert list(group.meetings.order_by("on").values_list("on", flat=True)) == [
        date(2027, 1, 12), date(2027, 2, 9), date(2027, 3, 9)]
    assert groups.describe(group) == "The second Tuesday of each month, 14:00–16:00"


def test_it_meets_on_the_last_friday_and_every_other_week(time_machine):
    now = _at(date(2027, 1, 1))
    time_machine.move_to(now)
    last = _new_group(now, frequency="monthly", weekday=4, week_of_month=-1,
                      starts_on=date(2027, 1, 1))
    assert list(last.meetings.order_by("on").values_list("on", flat=True))[:2] == [
        date(2027, 1, 29), date(2027, 2, 26)]
    fortnightly = _new_group(now, frequency="fortnightly", weekday=3,
                             starts_on=date(2027, 1, 7))
    days = list(fortnightly.meetings.order_by("on").values_list("on", flat=True))
    assert days[:3] == [date(2027, 1, 7), date(2027, 1, 21), date(2027, 2, 4)]


def test_it_meets_on_dates_added_one_by_one(time_machine):
    now = _at(date(2027, 1, 1))
    time_machine.move_to(now)
    group = SupportGroupFactory(frequency="dates", weekday=None, starts_on=date(2027, 1, 1))
    groups.save_group(group, dates=[date(2027, 2, 3), date(2027, 1, 20), date(2027, 9, 1)],
                      now=now)
    assert list(group.meetings.order_by("on").values_list("on", flat=True)) == [
        date(2027, 1, 20), date(2027, 2, 3)]  # September is further ahead than we plan


def test_a_cancelled_date_shows_as_a_cancelled_meeting(time_machine):
    now = _at(date(2027, 12, 1))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6),
                       cancelled=[(date(2027, 12, 29), "Between Christmas and New Year")])
    meeting = group.meetings.get(on=date(2027, 12, 29))
    assert meeting.status == MeetingStatus.CANCELLED
    assert meeting.cancelled_because == "Between Christmas and New Year"
    assert group.meetings.get(on=date(2027, 12, 22)).status == MeetingStatus.PLANNED


def test_a_date_the_group_does_not_meet_on_cannot_be_cancelled(time_machine):
    now = _at(date(2027, 12, 1))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6))
    with pytest.raises(GroupError) as refused:
        groups.save_group(group, cancelled=[(date(2027, 12, 25), "Christmas Day")], now=now)
    assert refused.value.code == "not_on_pattern"
    assert "Saturday 25 December 2027" in refused.value.message
    assert not group.exceptions.exists()


def test_a_second_tuesday_group_refuses_the_first_tuesday(time_machine):
    now = _at(date(2027, 1, 1))
    time_machine.move_to(now)
    group = _new_group(now, frequency="monthly", weekday=1, week_of_month=2,
                       starts_on=date(2027, 1, 1))
    with pytest.raises(GroupError):
        groups.save_group(group, cancelled=[(date(2027, 2, 2), "")], now=now)
    groups.save_group(group, cancelled=[(date(2027, 2, 9), "Half term")], now=now)
    assert group.meetings.get(on=date(2027, 2, 9)).status == MeetingStatus.CANCELLED


def test_lifting_a_cancellation_brings_the_meeting_back_with_a_new_sequence(time_machine):
    now = _at(date(2027, 12, 1))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6),
                       cancelled=[(date(2027, 12, 29), "Holiday")])
    groups.save_group(group, cancelled=[], now=now)
    meeting = group.meetings.get(on=date(2027, 12, 29))
    assert (meeting.status, meeting.cancelled_because, meeting.sequence) == (
        MeetingStatus.PLANNED, "", 1)


def test_planning_again_changes_nothing(time_machine):
    now = _at(date(2027, 3, 15))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6))
    before = list(group.meetings.values_list("pk", "on", "starts_at", "sequence"))
    assert not groups.plan_meetings(group, now=now)
    assert not groups.plan_meetings(group, now=now)
    assert list(group.meetings.values_list("pk", "on", "starts_at", "sequence")) == before


def test_the_window_moves_on_day_by_day(time_machine):
    now = _at(date(2027, 3, 15))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6))
    later = now + timedelta(days=7)
    planned = groups.plan_meetings(group, now=later)
    assert (planned.added, planned.removed) == (1, 0)
    assert group.meetings.order_by("on").last().on == date(2027, 6, 16)


def test_a_new_pattern_moves_meetings_to_come_and_leaves_the_past_alone(time_machine):
    now = _at(date(2027, 3, 15))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6))
    held = group.meetings.order_by("starts_at").first()  # 17 March
    time_machine.move_to(_at(date(2027, 3, 18)))
    group.weekday, group.start_time, group.end_time = 3, time(18), time(19)  # Thursdays
    groups.save_group(group)
    assert GroupMeeting.objects.filter(pk=held.pk, on=date(2027, 3, 17)).exists()
    coming = group.meetings.filter(on__gt=date(2027, 3, 18))
    assert {m.on.weekday() for m in coming} == {3}
    assert {m.starts_at.astimezone(LONDON).time() for m in coming} == {time(18)}


def test_a_changed_time_bumps_the_sequence_calendars_go_by(time_machine):
    now = _at(date(2027, 3, 15))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6))
    group.start_time = time(10, 30)
    groups.save_group(group, now=now)
    assert set(group.meetings.values_list("sequence", flat=True)) == {1}


def test_a_group_that_stops_loses_its_meetings_to_come(time_machine):
    now = _at(date(2027, 3, 15))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6))
    group.status = "closed"
    groups.save_group(group, now=now)
    assert not group.meetings.exists()


@pytest.mark.parametrize("change, code", [
    ({"weekday": None}, "no_weekday"),
    ({"frequency": "monthly", "week_of_month": None}, "no_week"),
    ({"ends_on": date(2026, 12, 1)}, "ends_before_start"),
    ({"starts_on": date(2206, 1, 1)}, "implausible_year"),
])
def test_it_refuses_a_pattern_that_cannot_be_read(change, code, time_machine):
    time_machine.move_to(_at(date(2027, 1, 1)))
    group = SupportGroupFactory(**change)
    with pytest.raises(GroupError) as refused:
        groups.save_group(group)
    assert refused.value.code == code


def test_a_venue_in_another_area_is_refused():
    group = SupportGroupFactory()
    group.venue = SupportGroupFactory(area__name="Glasgow").venue
    with pytest.raises(GroupError) as refused:
        groups.save_group(group)
    assert refused.value.code == "venue_elsewhere"


def test_the_daily_task_plans_every_group_once(time_machine):
    from community.tasks import plan_group_meetings_task

    now = _at(date(2027, 3, 15))
    time_machine.move_to(now)
    first, second = SupportGroupFactory(), SupportGroupFactory(weekday=4)
    assert plan_group_meetings_task() == 2
    assert plan_group_meetings_task() == 0
    assert first.meetings.count() == second.meetings.count() == 13


def test_a_cancelled_date_in_an_impossible_year_is_refused(time_machine):
    now = _at(date(2027, 1, 1))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6))
    with pytest.raises(GroupError) as refused:
        groups.save_group(group, cancelled=[(date(9999, 12, 29), "")], now=now)
    assert refused.value.code == "implausible_year"


def test_many_cancelled_dates_are_checked_in_one_walk_of_the_pattern(time_machine):
    now = _at(date(2027, 1, 1))
    time_machine.move_to(now)
    group = _new_group(now, weekday=2, starts_on=date(2027, 1, 6))
    wednesdays = [date(2027, 1, 6) + timedelta(weeks=n) for n in range(200)]
    groups.save_group(group, cancelled=[(day, "") for day in wednesdays], now=now)
    assert group.exceptions.count() == 200
    assert not group.meetings.filter(status="planned").exists()
