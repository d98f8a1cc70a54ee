"""Every kind of e-mail renders, as text and HTML, in the recipient's language."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from accounts.models import User
from courses.models import OutboxMessage
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from courses.services.outbox import sweep_outbox
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


def _sent(kind):
    sweep_outbox()
    message = OutboxMessage.objects.get(kind=kind)
    assert message.sent_at is not None and not message.skipped, message.last_error
    found = [m for m in mail.outbox if m.to == [message.recipient.email]]
    return found[-1]


def _html(email):
    return email.alternatives[0][0]


def test_the_confirmation_has_the_sessions_and_a_calendar_file(run, pat):
    enrolment_service.enrol(run, pat)
    email = _sent("enrolment_confirmed")
    assert email.subject == "Your place on Living Well is confirmed"
    assert "Community Hall" in email.body and "Step-free entrance" in email.body
    assert "<table" in _html(email)
    name, content, mimetype = email.attachments[0]
    assert (name, mimetype) == ("course.ics", "text/calendar; charset=utf-8")
    assert len(Calendar.from_ical(content).walk("VEVENT")) == 6


def test_a_gaelic_speaker_gets_the_e_mail_in_gaelic(run, pat):
    User.objects.filter(pk=pat.pk).update(preferred_language="gd", full_name="Mòrag Chaimbeul")
    pat.refresh_from_db()
    enrolment_service.enrol(run, pat)
    email = _sent("enrolment_confirmed")
    assert email.subject.startswith("Tha d’ àite air Living Well")
    assert '<html lang="gd">' in _html(email)
    assert "/gd/runs/" in email.body
    assert email.body.startswith("A Mhòrag, a charaid,")  # her name as she is addressed
    assert "A Mhòrag, a charaid," in _html(email)


def test_waiting_offered_and_expired_e_mails(course, pat):
    run = CourseRunFactory(course=course, capacity=1, sessions=2,
                           sessions__first_session_at=timezone.now() + timedelta(days=9))
    holder = enrolment_service.enrol(run, UserFactory())
    enrolment_service.enrol(run, pat)
    assert "number 1 in the queue" in _sent("waitlisted").body
    enrolment_service.withdraw(holder)
    offer = _sent("place_offered")
    assert "accept it by" in offer.body
    enrolment_service.expire_offers(now=timezone.now() + timedelta(days=3))
    assert "passed" in _sent("offer_expired").subject


def test_the_moved_session_e_mail_says_old_and_new_times(run, pat):
    enrolment_service.enrol(run, pat)
    session = run.sessions.first()
    old = timezone.localtime(session.starts_at)
    new_start = session.starts_at + timedelta(days=1, hours=1)
    scheduling.change_session(session, starts_at=new_start,
                              ends_at=new_start + timedelta(hours=2), module=None)
    email = _sent("session_moved")
    assert old.strftime("%H:%M") in email.body
    assert timezone.localtime(new_start).strftime("%H:%M") in email.body
    event = Calendar.from_ical(email.attachments[0][1]).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == 1


def test_the_cancellation_gives_the_reason(run, pat):
    enrolment_service.enrol(run, pat)
    scheduling.cancel_run(run, reason="The hall has flooded.")
    email = _sent("run_cancelled")
    assert "cancelled" in email.subject
    assert "The hall has flooded." in email.body


def test_the_reminder_names_the_session(run, pat, time_machine):
    enrolment_service.enrol(run, pat)
    time_machine.move_to(run.sessions.first().starts_at - timedelta(hours=10))
    scheduling.queue_session_reminders()
    email = _sent("session_reminder")
    assert email.subject.startswith("Reminder: Living Well")
    assert "Community Hall" in email.body


def test_plain_text_keeps_apostrophes_and_ampersands_as_typed(course, home):
    from courses.models import CoursePage

    CoursePage.objects.filter(pk=course.pk).update(title="Carers' Café & Chat")
    run = CourseRunFactory(course=CoursePage.objects.get(pk=course.pk), sessions=2)
    oneill = UserFactory(full_name="D'Arcy O'Neill", email="oneill@example.org")
    enrolment_service.enrol(run, oneill)
    email = _sent("enrolment_confirmed")
    assert email.subject == "Your place on Carers' Café & Chat is confirmed"
    assert "Dear D'Arcy," in email.body and "Carers' Café & Chat" in email.body
    assert "&#x27;" not in email.body + email.subject and "&amp;" not in email.body
    assert "Carers&#x27; Café &amp; Chat" in _html(email)  # the HTML part stays escaped
