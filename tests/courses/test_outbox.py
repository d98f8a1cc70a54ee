"""The outbox: owed in the same transaction, sent after commit, never twice, never lost."""

from datetime import timedelta
from smtplib import SMTPServerDisconnected

import pytest
from django.core import mail
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from courses.models import OutboxMessage
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from courses.services.outbox import send_outbox_message, sweep_outbox
from courses.tasks import queue_session_reminders_task, send_email_task, sweep_outbox_task

pytestmark = pytest.mark.django_db
UNREACHABLE_BROKER = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def test_the_e_mail_is_sent_after_commit(run, pat, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enrolment_service.enrol(run, pat)
        assert mail.outbox == []  # nothing leaves before the change is committed
    for callback in callbacks:
        callback()
    assert [m.to for m in mail.outbox] == [[pat.email]]
    assert OutboxMessage.objects.get().sent_at is not None


def test_a_task_run_twice_sends_once(run, pat):
    enrolment_service.enrol(run, pat)
    message = OutboxMessage.objects.get()
    assert send_email_task.apply(args=[[message.pk]]).get() == 1
    assert send_email_task.apply(args=[[message.pk]]).get() == 0
    assert send_email_task.apply(args=[message.pk]).get() == 0  # as queued by older code
    assert sweep_outbox_task.apply().get() == 0
    assert len(mail.outbox) == 1


def test_a_rolled_back_change_owes_and_sends_nothing(run, pat, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            enrolment_service.enrol(run, pat)
            raise RuntimeError("something after the enrolment failed")
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


@override_settings(CELERY_TASK_ALWAYS_EAGER=False, CELERY_BROKER_URL=UNREACHABLE_BROKER)
def test_with_the_broker_down_enrolling_succeeds_and_the_sweep_sends(
        client, run, pat, django_capture_on_commit_callbacks):
    client.force_login(pat)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/runs/{run.pk}/enrol/", {"access_needs": ""})
    assert response.status_code == 302
    assert run.enrolments.get(user=pat).status == "confirmed"
    assert mail.outbox == []
    assert sweep_outbox() == 1
    assert sweep_outbox() == 0
    assert len(mail.outbox) == 1


def test_a_failed_send_is_retried_later_and_given_up_in_the_end(run, pat, monkeypatch, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 2
    enrolment_service.enrol(run, pat)
    message = OutboxMessage.objects.get()

    def broken_send(self, *args, **kwargs):
        raise SMTPServerDisconnected("mail server went away")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken_send)
    assert send_outbox_message(message.pk) is False
    message.refresh_from_db()
    assert message.sent_at is None and message.claimed_at is None
    assert message.not_before > timezone.now()
    assert "mail server went away" in message.last_error
    assert sweep_outbox() == 0  # not due again yet
    OutboxMessage.objects.filter(pk=message.pk).update(not_before=None)
    assert send_outbox_message(message.pk) is False
    message.refresh_from_db()
    assert message.failed_at is not None  # second failure: staff see it, no more tries
    OutboxMessage.objects.filter(pk=message.pk).update(not_before=None)
    assert sweep_outbox() == 0


def test_a_message_claimed_by_a_worker_that_died_is_sent_later(run, pat):
    enrolment_service.enrol(run, pat)
    message = OutboxMessage.objects.get()
    OutboxMessage.objects.filter(pk=message.pk).update(claimed_at=timezone.now())
    assert sweep_outbox() == 0  # someone else is sending it
    OutboxMessage.objects.filter(pk=message.pk).update(
        claimed_at=timezone.now() - timedelta(minutes=11))
    assert sweep_outbox() == 1


def test_an_e_mail_that_no_longer_applies_is_skipped(run, pat):
    enrolment = enrolment_service.enrol(run, pat)
    enrolment_service.withdraw(enrolment)
    assert sweep_outbox() == 0
    message = OutboxMessage.objects.get(kind="enrolment_confirmed")
    assert message.skipped and message.sent_at is not None
    assert mail.outbox == []


def test_the_reminder_task_run_twice_sends_each_reminder_once(run, pat, time_machine):
    enrolment_service.enrol(run, pat)
    sweep_outbox()
    mail.outbox.clear()
    time_machine.move_to(run.sessions.first().starts_at - timedelta(hours=20))
    queue_session_reminders_task.apply()
    queue_session_reminders_task.apply()
    sweep_outbox_task.apply()
    sweep_outbox_task.apply()
    assert len(mail.outbox) == 1
    assert "Reminder" in mail.outbox[0].subject


def test_a_moved_session_reminds_again_at_its_new_time(run, pat, time_machine):
    enrolment_service.enrol(run, pat)
    session = run.sessions.first()
    time_machine.move_to(session.starts_at - timedelta(hours=20))
    scheduling.queue_session_reminders()
    scheduling.change_session(session, starts_at=session.starts_at + timedelta(hours=2),
                              ends_at=session.ends_at + timedelta(hours=2), module=None)
    scheduling.queue_session_reminders()
    assert OutboxMessage.objects.filter(kind="session_reminder").count() == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_request_hands_every_e_mail_it_owes_to_the_broker_at_once(client, cora, run, pat,
                                                                        sam, monkeypatch):
    from celery import current_app

    for person in (pat, sam):
        enrolment_service.enrol(run, person)
    handed = []
    task = current_app.tasks["courses.tasks.send_email_task"]
    monkeypatch.setattr(task, "apply_async", lambda args, **kw: handed.append(args[0]))
    client.force_login(cora)
    client.post(f"/admin/course_runs/{run.pk}/cancel/", {"reason": "The hall flooded."})
    assert len(handed) == 1 and len(handed[0]) == 2  # one message for both people


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(CELERY_TASK_ALWAYS_EAGER=False, CELERY_BROKER_URL=UNREACHABLE_BROKER)
def test_with_the_broker_down_cancelling_a_full_run_is_quick_and_owes_everyone(
        client, cora, course):
    import time

    from accounts.models import User
    from tests.accounts.factories import UserFactory
    from tests.courses.factories import CourseRunFactory

    full = CourseRunFactory(course=course, sessions=2)
    for number in range(12):
        enrolment_service.enrol(full, UserFactory(email=f"person{number}@example.org"))
    assert User.objects.count() >= 12
    client.force_login(cora)
    started = time.monotonic()
    response = client.post(f"/admin/course_runs/{full.pk}/cancel/",
                           {"reason": "The hall flooded."})
    assert response.status_code == 302
    assert time.monotonic() - started < 3
    assert OutboxMessage.objects.filter(kind="run_cancelled").count() == 12
    assert sweep_outbox() == 12
