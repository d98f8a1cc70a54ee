"""What a Gaelic speaker is sent and handed names the course and its sessions in Gaelic where
the course has been translated, in English (marked) where it has not; and their confidence
questions are in Gaelic, their answers counted with everyone else's."""

import io
import re

import pytest
from django.core import mail
from icalendar import Calendar
from pypdf import PdfReader
from wagtail.models import Locale

from accounts.models import User
from cms.translation import synchronise_language_trees
from courses.demo.translations import translate
from courses.models import Certificate, ConfidenceAnswer, OutboxMessage
from courses.services import completion
from courses.services import enrolment as enrolment_service
from courses.services.certificate_pdf import render_pdf
from courses.services.outbox import sweep_outbox
from tests.courses.factories import ConfidenceScaleFactory

pytestmark = pytest.mark.django_db
GAELIC_TITLES = {"Living Well": "Beò gu Math", "Pacing": "Riaghladh astair"}


@pytest.fixture
def gaelic(db) -> Locale:
    return Locale.objects.get(language_code="gd")


@pytest.fixture
def translated(home, course, module, gaelic):
    synchronise_language_trees()
    translate(course, gaelic, GAELIC_TITLES)
    translate(module, gaelic, GAELIC_TITLES)


@pytest.fixture
def morag(pat):
    User.objects.filter(pk=pat.pk).update(preferred_language="gd", full_name="Mòrag Chaimbeul")
    pat.refresh_from_db()
    return pat


def _sent(kind):
    sweep_outbox()
    message = OutboxMessage.objects.get(kind=kind)
    assert message.sent_at is not None, message.last_error
    return [m for m in mail.outbox if m.to == [message.recipient.email]][-1]


def test_her_confirmation_names_the_course_and_sessions_in_gaelic(translated, run, module,
                                                                   morag):
    run.sessions.update(module=module)
    enrolment_service.enrol(run, morag)
    email = _sent("enrolment_confirmed")
    assert "Beò gu Math" in email.subject
    assert email.body.startswith("A Mhòrag, a charaid,")
    assert "Riaghladh astair" in email.body and "Living Well" not in email.body
    calendar = Calendar.from_ical(email.attachments[0][1])
    assert {str(event["summary"]) for event in calendar.walk("VEVENT")} == {
        "Beò gu Math: Riaghladh astair"}


def test_an_english_speaker_on_the_same_run_gets_the_english_titles(translated, run, sam):
    enrolment_service.enrol(run, sam)
    assert "Living Well" in _sent("enrolment_confirmed").subject


def test_an_untranslated_course_is_named_in_english(home, course, run, morag):
    enrolment_service.enrol(run, morag)
    assert "Living Well" in _sent("enrolment_confirmed").subject


def test_her_certificate_prints_the_gaelic_title(translated, finished, morag):
    completion.close_run(finished[0])
    certificate = Certificate.objects.get(user=morag)
    assert certificate.course_title == "Beò gu Math"
    text = " ".join(PdfReader(io.BytesIO(render_pdf(certificate))).pages[0]
                    .extract_text().split())
    assert "Beò gu Math" in text


def test_a_certificate_issued_before_the_translation_keeps_what_it_printed(
        home, course, finished, morag, gaelic):
    completion.close_run(finished[0])
    synchronise_language_trees()
    translate(course, gaelic, GAELIC_TITLES)
    assert Certificate.objects.get(user=morag).course_title == "Living Well"


@pytest.fixture
def scale(course, gaelic):
    scale = ConfidenceScaleFactory(statements=["I can pace myself.", "I can ask for help."])
    course.confidence_scale = scale
    course.save_revision().publish()
    translate(scale, gaelic, {"I can pace myself.": "’S urrainn dhomh m’ astar a riaghladh.",
                              "Not at all confident": "Gun mhisneachd idir"})
    return scale


def test_the_rating_form_asks_in_gaelic_and_records_the_english_statements(
        client, home, scale, run, morag):
    enrolment = enrolment_service.enrol(run, morag)
    client.force_login(morag)
    html = client.get(f"/gd/my/ratings/{enrolment.pk}/before/").content.decode()
    assert "’S urrainn dhomh m’ astar a riaghladh." in html
    assert '<legend class="fieldset__legend" lang="en">I can ask for help.</legend>' in html
    assert '<span lang="en">Completely confident</span>' in html  # an anchor not translated
    assert "Gun mhisneachd idir" in html
    english = list(scale.statements.order_by("sort_order"))
    client.post(f"/gd/my/ratings/{enrolment.pk}/before/",
                {f"statement_{english[0].pk}": "7", f"statement_{english[1].pk}": "4"})
    answers = ConfidenceAnswer.objects.filter(rating__enrolment=enrolment)
    assert {(a.statement_id, a.value) for a in answers} == {(english[0].pk, 7),
                                                          (english[1].pk, 4)}


def test_the_run_s_page_and_calendar_are_named_in_gaelic(client, translated, run):
    assert "<title>Beò gu Math –" in client.get(f"/gd/runs/{run.pk}/").content.decode()
    feed = client.get(f"/gd/runs/{run.pk}/calendar.ics").content.decode()
    assert "X-WR-CALNAME:Beò gu Math" in feed


def test_signing_up_on_the_gaelic_site_offers_gaelic_first(client, db):
    html = client.get("/gd/accounts/signup/").content.decode()
    assert re.search(r'value="gd"[^>]*checked', html)
    assert not re.search(r'value="en"[^>]*checked', html)
