"""Text messages: owed like e-mails, one row per occasion, sent through the real GOV.UK Notify
client to a server of ours that records what it was sent; short, in the person's language,
with no health information; retried with a back-off when the provider fails."""

from datetime import timedelta

import jwt
import pytest
from django.utils import timezone

from accounts.models import ContactChannel
from accounts.services.profile import create_participant_for
from courses.models import OutboxMessage
from courses.services import enrolment as enrolment_service
from courses.services import texts
from courses.services.emails import BUILDERS, build_message
from courses.services.outbox import send_outbox_messages, sweep_outbox
from courses.tasks import send_email_task
from tests.sms_server import SECRET, SERVICE, TEMPLATE, SMSServer, point_notify_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def provider(settings):
    with SMSServer() as server:
        point_notify_at(server, settings)
        yield server


def test_her_confirmation_goes_by_text_through_the_provider_once(provider, run, mhairi):
    enrolment_service.enrol(run, mhairi)
    message = OutboxMessage.objects.get()
    assert message.channel == ContactChannel.TEXT
    assert send_email_task.apply(args=[[message.pk]]).get() == 1
    assert send_email_task.apply(args=[[message.pk]]).get() == 0  # runs twice, sent once
    assert sweep_outbox() == 0
    [request] = provider.requests
    assert request["path"] == "/v2/notifications/sms"
    sent = request["body"]
    assert (sent["phone_number"], sent["template_id"], sent["reference"]) == (
        "+447911123456", TEMPLATE, str(message.pk))
    assert sent["personalisation"]["body"].startswith("Dear Mhairi, your place on the course is")
    token = request["authorization"].removeprefix("Bearer ")
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["iss"] == SERVICE


@pytest.mark.parametrize(("status", "delay"), [(500, 0.0), (503, 0.0), (201, 1.5)])
def test_a_provider_that_fails_or_hangs_is_tried_again_later(provider, run, mhairi, status,
                                                              delay):
    provider.status, provider.delay = status, delay
    enrolment_service.enrol(run, mhairi)
    message = OutboxMessage.objects.get()
    assert send_outbox_messages([message.pk]) == 0
    message.refresh_from_db()
    assert message.sent_at is None and message.attempts == 1
    assert message.last_error.startswith("TextNotSent")  # shown to staff like a failed e-mail
    assert message.not_before > timezone.now()
    provider.status, provider.delay = 201, 0.0
    OutboxMessage.objects.filter(pk=message.pk).update(
        not_before=timezone.now() - timedelta(seconds=1))
    assert sweep_outbox() == 1
    assert OutboxMessage.objects.get().sent_at is not None


@pytest.mark.parametrize("language", ["en", "gd"])
def test_every_text_is_short_and_names_no_course(run, module, language):
    """Each kind, for someone with a long name, in both languages: two segments at most, and
    no course title (a text may be read by anyone who picks up the phone)."""
    person = create_participant_for("", "Catrìona Sìne Mhoireach-NicDhòmhnaill",
                                    phone="07911 123457", language=language)
    run.sessions.update(module=module)
    enrolment = enrolment_service.enrol(run, person)
    session = run.sessions.first()
    made = 0
    for kind in BUILDERS:
        text = _text(kind, person, enrolment, session)
        if text is None:
            continue
        made += 1
        assert texts.segments(text.body) <= texts.MAX_SEGMENTS, (kind, text.body)
        assert run.course.title not in text.body and module.title not in text.body, kind
    assert made >= 4  # the others no longer apply to a confirmed place, and are not sent


def test_gaelic_fits_the_plain_sms_alphabet():
    assert texts.segments(texts.tidy("A Chatrìona, a charaid, tha d’ àite air a’ chùrsa.")) == 1
    assert texts.segments("Ŵ" * 71) == 2  # outside GSM-7: 70 characters a text


def test_a_landline_is_called_not_texted(run):
    peigi = create_participant_for("", "Peigi Fòn", phone="01463 712345")
    enrolment_service.enrol(run, peigi)
    assert sweep_outbox() == 0  # not for the worker: on the coordinators' list
    message = OutboxMessage.objects.for_staff().get()
    assert (message.channel, message.recipient) == (ContactChannel.PHONE, peigi)


def _text(kind, person, enrolment, session):
    context = {"enrolment": enrolment.pk, "session": session.pk, "certificate": 0,
               "old_starts_at": session.starts_at.isoformat(),
               "erase_on": timezone.now().isoformat()}
    message = OutboxMessage(kind=kind, recipient=person, key=f"test:{kind}", context=context,
                            channel=ContactChannel.TEXT)
    return build_message(message)
