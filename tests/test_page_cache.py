"""Anonymous visitors get kept pages: served from the cache, made afresh as soon as what they show
changes, and never holding anything personal."""

import pytest
from django.test import Client
from wagtail.models import Site

from accounts.models import ConsentPurpose
from accounts.services.consent import give_consent
from cms.models import SiteSettings
from config import page_cache
from courses.services import enrolment as enrolment_service
from courses.services import scheduling

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def public_pages(run, tara_profile, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        give_consent(tara_profile.user, ConsentPurpose.PUBLIC_TRAINER_PROFILE)
        scheduling.assign_trainer(run, tara_profile, "lead")
    return ["/", "/courses/", "/courses/living-well/", f"/runs/{run.pk}/", "/gd/courses/",
            f"/trainers/{tara_profile.pk}/"]


def _get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response


def test_every_public_page_is_kept_and_served_again(client, public_pages):
    for path in public_pages:
        first, second = _get(client, path), _get(client, path)
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), path
        assert second.content == first.content
        assert "csrfmiddlewaretoken" not in first.content.decode()


def test_an_enrolment_shows_one_place_fewer_on_the_next_request(
        client, run, pat, django_capture_on_commit_callbacks):
    assert "12 places left" in _get(client, "/courses/living-well/").content.decode()
    assert _get(client, "/courses/living-well/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_service.enrol(run, pat)
    page = _get(client, "/courses/living-well/")
    assert page["X-Page-Cache"] == "miss"
    assert "11 places left" in page.content.decode()


def test_a_published_change_and_a_renamed_venue_show_at_once(
        client, run, course, django_capture_on_commit_callbacks):
    _get(client, "/courses/living-well/")
    _get(client, f"/runs/{run.pk}/")
    with django_capture_on_commit_callbacks(execute=True):
        course.title = "Living Well, revised"
        course.save_revision().publish()
    assert "Living Well, revised" in _get(client, "/courses/living-well/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        run.venue.name = "The Old School"
        run.venue.save()
    assert "The Old School" in _get(client, f"/runs/{run.pk}/").content.decode()


def test_the_site_name_and_menu_are_kept_and_follow_an_edit(
        client, course, django_capture_on_commit_callbacks):
    _get(client, "/courses/")
    with django_capture_on_commit_callbacks(execute=True):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.organisation_name = "Highland Self-Management Network"
        settings.save()
    assert "Highland Self-Management Network" in _get(client, "/courses/").content.decode()


def test_pages_are_forgotten_only_once_the_change_is_committed(
        run, pat, django_capture_on_commit_callbacks):
    before = page_cache.generation()
    with django_capture_on_commit_callbacks(execute=False) as waiting:
        enrolment_service.enrol(run, pat)
    assert page_cache.generation() == before  # a page made now still shows the old data...
    for callback in waiting:
        callback()
    assert page_cache.generation() > before  # ...and is not served once the change is in


def test_nothing_personal_is_ever_kept(client, public_pages, pat, cora, run):
    enrolment_service.enrol(run, pat)
    for person in (pat, cora):
        own = Client()
        own.force_login(person)
        for path in public_pages:
            assert "X-Page-Cache" not in own.get(path)
    for path in public_pages:
        page = _get(client, path)
        assert page["X-Page-Cache"] == "miss", path  # nothing was kept for the logged-in visits
        text = page.content.decode()
        for personal in (pat.full_name, pat.email, cora.full_name, cora.email,
                         "csrfmiddlewaretoken", "Log out"):
            assert personal not in text, (path, personal)


def test_a_visitor_with_a_message_or_a_session_gets_a_page_made_for_them(client, public_pages):
    _get(client, "/courses/")
    client.cookies["messages"] = "something to say"
    assert "X-Page-Cache" not in _get(client, "/courses/")
    del client.cookies["messages"]
    client.cookies["sessionid"] = "not-a-real-session"
    assert "X-Page-Cache" not in _get(client, "/courses/")


def test_with_the_cache_off_every_page_is_made_afresh(client, public_pages, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for path in public_pages:
        assert "X-Page-Cache" not in _get(client, path)
