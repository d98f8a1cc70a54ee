"""Members are reminded before each meeting, by e-mail or text, through courses' outbox: once
per meeting and person however often the task runs, and never for a meeting cancelled or a
group left since."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail

from accounts.models import User
from community.services import group_membership, groups
from community.tasks import queue_group_reminders_task
from courses.models import OutboxMessage
from courses.services.emails import Text, build_message
from courses.services.outbox import sweep_outbox
from tests.accounts.factories import UserFactory
from tests.community.factories import SupportGroupFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def group(pat, sam, time_machine):
    """Pat and Sam are members of a weekly group meeting Wednesdays at 10:00; it is Tuesday
    morning, a day before the first meeting."""
    time_machine.move_to(datetime(2027, 3, 2, 11, tzinfo=LONDON))
    group = groups.save_group(SupportGroupFactory(name="Riverside Walkers"))
    for person in (pat, sam):
        group_membership.join(group, person)
    mail.outbox.clear()
    OutboxMessage.objects.all().delete()
    return group


def test_the_reminder_task_runs_twice_and_reminds_once(group, pat, sam):
    assert queue_group_reminders_task() == 2
    assert queue_group_reminders_task() == 0
    reminders = OutboxMessage.objects.filter(kind="group_meeting_reminder")
    assert sorted(reminders.values_list("recipient", flat=True)) == sorted([pat.pk, sam.pk])
    first = group.meetings.order_by("starts_at").first()
    assert {r.context["meeting"] for r in reminders} == {first.pk}


def test_only_meetings_within_the_hours_are_reminded(group):
    assert groups.queue_meeting_reminders(hours=12) == 0
    assert groups.queue_meeting_reminders(hours=24) == 2


def test_the_reminder_e_mail_says_when_and_where(group, pat):
    groups.queue_meeting_reminders()
    sweep_outbox()
    to_pat = next(message for message in mail.outbox if message.to == [pat.email])
    assert to_pat.subject == "Reminder: Riverside Walkers, Wednesday 10:00"
    assert "Wednesday 3 March 2027, 10:00, until 11:30" in to_pat.body
    assert group.venue.name in to_pat.body
    assert f"/groups/{group.pk}/" in to_pat.body


def test_a_text_reminder_names_no_group(group, sam):
    User.objects.filter(pk=sam.pk).update(phone="+447700900123", contact_channels=["text"])
    groups.queue_meeting_reminders()
    message = OutboxMessage.objects.get(recipient=sam)
    assert message.channel == "text"
    text = build_message(message)
    assert isinstance(text, Text)
    assert "Riverside" not in text.body and "Wed 3 Mar at 10:00" in text.body


def test_people_reached_by_call_or_letter_get_no_weekly_reminder(group, sam):
    User.objects.filter(pk=sam.pk).update(phone="+441463123456", contact_channels=["phone"])
    assert groups.queue_meeting_reminders() == 1
    assert not OutboxMessage.objects.filter(recipient=sam).exists()


def test_a_cancelled_meeting_is_not_reminded(group):
    first = group.meetings.order_by("starts_at").first()
    groups.save_group(group, cancelled=[(first.on, "Storm")])
    assert groups.queue_meeting_reminders() == 0


def test_someone_who_left_before_it_went_is_not_sent_it(group, pat):
    groups.queue_meeting_reminders()
    group_membership.leave(group.memberships.get(person=pat))
    message = OutboxMessage.objects.get(recipient=pat)
    assert build_message(message) is None


def test_a_moved_meeting_is_reminded_again(group, time_machine):
    groups.queue_meeting_reminders()
    group.start_time, group.end_time = datetime(2027, 1, 1, 11).time(), \
        datetime(2027, 1, 1, 12).time()
    groups.save_group(group)
    assert groups.queue_meeting_reminders() == 2


def test_a_member_on_the_waiting_list_is_not_reminded(group):
    group.max_members = 2
    groups.save_group(group)
    group_membership.join(group, UserFactory())
    assert groups.queue_meeting_reminders() == 2


def test_the_place_free_message_goes_only_while_they_are_a_member(group, pat):
    group.max_members = 2
    groups.save_group(group)
    waiting = group_membership.join(group, UserFactory(full_name="Wendy Waiting"))
    group_membership.leave(group.memberships.get(person=pat))
    message = OutboxMessage.objects.get(kind="group_place_free")
    assert message.recipient_id == waiting.person_id
    email = build_message(message)
    assert "Riverside Walkers" in email.subject and "you are a member now" in email.body
    group_membership.leave(group.memberships.get(person=waiting.person))
    assert build_message(message) is None


def test_no_reminder_for_a_meeting_that_has_begun(group, time_machine):
    time_machine.move_to(group.meetings.order_by("starts_at").first().starts_at
                         + timedelta(minutes=1))
    groups.queue_meeting_reminders(hours=1)
    assert not OutboxMessage.objects.exists()
