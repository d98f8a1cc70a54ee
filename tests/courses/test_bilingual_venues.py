"""Venues and areas in both languages: the Gaelic versions a coordinator writes show on Gaelic
pages and in Gaelic e-mails; where there is none, the English shows, marked as English."""

import pytest
from django.core import mail
from django.utils import translation

from accounts.models import User
from cms.bilingual import InLanguage
from courses.services import enrolment as enrolment_service
from courses.services.calendar import sessions_calendar
from tests.courses.factories import VenueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_gaelic(run):
    venue, area = run.venue, run.venue.area
    venue.name_gd, venue.access_notes_gd = "Talla a’ Bhaile", "Slighe a-steach rèidh."
    venue.save()
    area.name_gd = "A’ Ghàidhealtachd"
    area.save()
    return run


def test_the_local_version_follows_the_language_and_falls_back_to_english(in_gaelic):
    venue = in_gaelic.venue
    with translation.override("gd"):
        assert venue.local_name == "Talla a’ Bhaile" and venue.local_name.language == "gd"
        assert venue.local_joining_instructions.language == "en"  # none written: English
    with translation.override("en"):
        assert venue.local_name == venue.name and isinstance(venue.local_name, InLanguage)


def test_the_gaelic_run_page_shows_the_gaelic_venue_and_the_english_page_the_english(
        client, in_gaelic):
    run = in_gaelic
    gaelic = client.get(f"/gd/runs/{run.pk}/").content.decode()
    assert "<span>Talla a’ Bhaile</span>" in gaelic  # Gaelic on a Gaelic page: no lang mark
    assert "<p>Slighe a-steach rèidh.</p>" in gaelic
    assert "<span>A’ Ghàidhealtachd</span>" in gaelic
    assert run.venue.access_notes not in gaelic
    english = client.get(f"/runs/{run.pk}/").content.decode()
    assert run.venue.name in english and "Talla a’ Bhaile" not in english


def test_without_a_gaelic_version_the_gaelic_page_marks_the_english(client, run):
    page = client.get(f"/gd/runs/{run.pk}/").content.decode()
    assert f'<span lang="en">{run.venue.name}</span>' in page


def test_a_gaelic_speaker_s_e_mail_and_calendar_give_the_venue_in_gaelic(
        in_gaelic, pat, django_capture_on_commit_callbacks):
    User.objects.filter(pk=pat.pk).update(preferred_language="gd")
    pat.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_service.enrol(in_gaelic, pat)
    [email] = mail.outbox
    assert "Talla a’ Bhaile" in email.body and "Slighe a-steach rèidh." in email.body
    with translation.override("gd"):
        ics = sessions_calendar(in_gaelic.sessions.all(), name="Mo chùrsaichean").decode()
    assert "Talla a’ Bhaile" in ics


def test_a_coordinator_writes_the_gaelic_versions_in_the_admin(client, cora, run):
    venue = run.venue
    client.force_login(cora)  # a coordinator, not a superuser
    form = client.get(f"/admin/venue/edit/{venue.pk}/")
    assert form.status_code == 200 and 'name="access_notes_gd"' in form.content.decode()
    response = client.post(f"/admin/venue/edit/{venue.pk}/", {
        "name": venue.name, "area": venue.area_id, "address": venue.address,
        "postcode": venue.postcode, "access_notes": venue.access_notes,
        "joining_instructions": "", "name_gd": "Talla a’ Bhaile",
        "access_notes_gd": "Slighe a-steach rèidh.", "joining_instructions_gd": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    venue.refresh_from_db()
    assert (venue.name_gd, venue.access_notes_gd) == ("Talla a’ Bhaile", "Slighe a-steach rèidh.")


def test_coordinators_see_what_is_still_to_write_in_gaelic(client, cora, pat, in_gaelic, course):
    translated = in_gaelic.venue
    untranslated = VenueFactory(name="Harbour Hall")
    client.force_login(cora)  # a coordinator, not a superuser
    page = client.get("/admin/gaelic-versions/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Harbour Hall" in text and f"/admin/venue/edit/{untranslated.pk}/" in text
    assert f"/admin/venue/edit/{translated.pk}/" not in text  # its name and notes are done
    assert "access notes in Gaelic" in text
    client.force_login(pat)
    assert client.get("/admin/gaelic-versions/").status_code == 403
