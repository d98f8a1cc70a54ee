import pytest
from django.core import mail

from accounts.models import User
from tests.accounts.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_english_urls_answer_directly_even_for_gaelic_browsers(client, course):
    response = client.get("/courses/living-well/", HTTP_ACCEPT_LANGUAGE="gd")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_gaelic_pages_live_under_gd_with_translated_chrome(client, course):
    response = client.get("/gd/courses/living-well/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="gd">' in html
    assert "Clàraich a-steach" in html  # "Log in"
    assert '<h1 lang="en">Living Well</h1>' in html  # English content is marked as such


@pytest.mark.parametrize("start, language, expected", [
    ("/courses/living-well/", "gd", "/gd/courses/living-well/"),
    ("/gd/courses/living-well/", "en", "/courses/living-well/"),
    ("/gd/privacy/", "en", "/privacy/"),
])
def test_the_switcher_lands_on_the_same_page_in_the_other_language(
        client, course, start, language, expected):
    # An English language cookie must not confuse a Gaelic "next" address (and vice versa).
    client.cookies["django_language"] = "en" if language == "gd" else "gd"
    response = client.post("/i18n/setlang/", {"language": language, "next": start})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_anonymous_visitors_switch_with_a_plain_link_to_the_same_page(client, course):
    html = client.get("/courses/living-well/?page=2").content.decode()
    assert 'href="/gd/courses/living-well/?page=2" hreflang="gd"' in html
    assert "csrfmiddlewaretoken" not in html  # nothing stops the page being kept for everyone
    html = client.get("/gd/courses/living-well/").content.decode()
    assert 'href="/courses/living-well/" hreflang="en"' in html


def test_the_switcher_remembers_a_logged_in_persons_choice(client, course, pat):
    client.force_login(pat)
    client.post("/i18n/setlang/", {"language": "gd", "next": "/courses/"})
    pat.refresh_from_db()
    assert pat.preferred_language == "gd"


def test_the_switcher_ignores_languages_we_do_not_offer(client, course, pat):
    client.force_login(pat)
    response = client.post("/i18n/setlang/", {"language": "xx", "next": "/courses/"})
    assert response.status_code == 302
    pat.refresh_from_db()
    assert pat.preferred_language == "en"


def test_logging_in_lands_on_the_page_in_the_preferred_language(client, course, pat):
    User.objects.filter(pk=pat.pk).update(preferred_language="gd")
    response = client.post("/accounts/login/?next=/courses/living-well/",
                           {"login": pat.email, "password": PASSWORD})
    assert response["Location"] == "/gd/courses/living-well/"


def test_account_e_mails_follow_the_preferred_language(client, home, pat):
    User.objects.filter(pk=pat.pk).update(preferred_language="gd")
    client.post("/accounts/password/reset/", {"email": pat.email})
    assert len(mail.outbox) == 1
    assert "facal-faire" in mail.outbox[0].subject.lower()
