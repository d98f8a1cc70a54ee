"""Entries falling out of date: due a check after six months (its area's networkers are told,
once each time), hidden from the public after twelve, shown again once someone checks it."""

from datetime import date

import pytest

from accounts.models import ContactChannel, User
from community.models import DirectoryEntry
from community.services import directory
from community.tasks import flag_entries_due_a_check_task
from courses.models import OutboxMessage
from courses.services.emails import build_message
from tests.community.factories import DirectoryEntryFactory, NetworkerFactory

pytestmark = pytest.mark.django_db

CHECKED = date(2026, 1, 15)


@pytest.fixture
def walks(highland):
    return DirectoryEntryFactory(name="Health <em>walks</em>", area=highland,
                                 checked_on=CHECKED)


def _today(time_machine, day: str) -> None:
    time_machine.move_to(f"{day} 09:00:00+00:00", tick=False)


@pytest.mark.parametrize(("day", "due", "visible"), [
    ("2026-07-14", False, True),   # six months less a day
    ("2026-07-15", True, True),    # six months: due a check
    ("2027-01-14", True, True),    # a day short of a year: still shown
    ("2027-01-15", True, False),   # a year: hidden from the public
])
def test_an_entry_falls_due_after_six_months_and_is_hidden_after_twelve(
        walks, time_machine, day, due, visible):
    _today(time_machine, day)
    assert walks.is_due_a_check() is due
    assert DirectoryEntry.objects.due_a_check().exists() is due
    assert DirectoryEntry.objects.visible().exists() is visible
    assert walks.is_hidden() is not visible


def test_its_areas_networkers_are_told_once_when_it_falls_due(walks, nina, glasgow,
                                                              time_machine):
    NetworkerFactory(areas=[glasgow])  # not Highland's: never told
    _today(time_machine, "2026-07-14")
    assert directory.owe_check_reminders() == 0
    _today(time_machine, "2026-07-15")
    assert directory.owe_check_reminders() == 1
    _today(time_machine, "2026-07-16")
    assert directory.owe_check_reminders() == 0  # the same time falling due
    message = OutboxMessage.objects.get(kind="directory_check_due")
    assert message.recipient == nina
    assert message.context == {"entry": walks.pk, "checked_on": "2026-01-15"}


def test_the_task_run_twice_tells_each_networker_once(walks, nina, cora, highland,
                                                      time_machine):
    second = NetworkerFactory(user__full_name="Neil Networker", areas=[highland])
    _today(time_machine, "2026-08-01")
    assert flag_entries_due_a_check_task.apply().get() == 2
    assert flag_entries_due_a_check_task.apply().get() == 0
    assert set(OutboxMessage.objects.values_list("recipient", flat=True)) == {
        nina.pk, second.user_id}


def test_checked_and_falling_due_again_it_is_flagged_again(walks, nina, time_machine):
    _today(time_machine, "2026-08-01")
    directory.owe_check_reminders()
    directory.mark_checked(walks, by=nina)
    assert directory.owe_check_reminders() == 0
    _today(time_machine, "2027-02-01")
    assert directory.owe_check_reminders() == 1
    assert OutboxMessage.objects.filter(kind="directory_check_due").count() == 2


def test_a_hidden_entry_is_not_flagged_again(walks, nina, time_machine):
    _today(time_machine, "2027-03-01")  # hidden already: its falling due was months ago
    assert directory.owe_check_reminders() == 0


def test_the_message_says_which_entry_and_where_to_check_it(walks, nina, time_machine):
    _today(time_machine, "2026-08-01")
    directory.owe_check_reminders()
    email = build_message(OutboxMessage.objects.get())
    assert "Is Health <em>walks</em> still running?" == email.subject  # plain text: as typed
    assert "since 15 January 2026" in email.body
    assert f"/community/networker/entries/{walks.pk}/edit/" in email.body
    html = email.alternatives[0].content
    assert "Health &lt;em&gt;walks&lt;/em&gt;" in html and "<em>walks" not in html


def test_the_message_is_not_sent_once_it_was_checked_or_they_no_longer_keep_it(
        walks, nina, cora, time_machine):
    _today(time_machine, "2026-08-01")
    directory.owe_check_reminders()
    message = OutboxMessage.objects.get()
    directory.mark_checked(walks, by=cora)
    assert build_message(message) is None
    walks.checked_on = CHECKED
    walks.save()
    assert build_message(message) is not None
    directory.stand_down_networker(nina.networker, by=cora)
    assert build_message(OutboxMessage.objects.select_related("recipient").get()) is None


def test_a_networker_who_prefers_texts_gets_a_short_text(walks, nina, time_machine):
    User.objects.filter(pk=nina.pk).update(phone="07700 900123",
                                           contact_channels=[ContactChannel.TEXT])
    _today(time_machine, "2026-08-01")
    directory.owe_check_reminders()
    text = build_message(OutboxMessage.objects.select_related("recipient").get())
    assert text.to.endswith("900123")
    assert "15 Jan 2026" in text.body and "/community/networker/" in text.body
    assert "Health" not in text.body  # a text names no group: anyone may read it


def test_the_daily_flag_is_on_celery_beat_s_schedule():
    from celery import current_app
    from django.conf import settings

    scheduled = {entry["task"]: entry["schedule"] for entry in
                 settings.CELERY_BEAT_SCHEDULE.values()}
    name = "community.tasks.flag_entries_due_a_check_task"
    assert scheduled[name] == 24 * 60 * 60.0 and name in current_app.tasks
