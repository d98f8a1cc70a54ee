"""The referral form at /refer/ (and /gd/refer/), its throttle and its plain errors; and the
coordinators' triage in the admin, used by Cora, who is not a superuser."""

import re

import pytest
from django.core import mail
from django.test import Client

from accounts.models import User
from courses.models import Enrolment, OutboxMessage, Referral, ReferralStatus
from courses.services.referrals import PersonReferred, move_referral, refer

pytestmark = pytest.mark.django_db
SHORE = "1 Shore Street\nUllapool\nIV26 2UJ"

FORM = {
    "referrer_name": "Lena Link", "referrer_role": "Link worker, Highland TSI",
    "referrer_email": "lena@thirdsector.example.org", "referrer_phone": "",
    "full_name": "Morven Fòn", "phone": "07911 123456", "email": "", "postal_address": "",
    "language": "en", "course": "", "note": "Mornings are best.", "person_agreed": "on",
    "consent_to_hear_back": "on",
}


def _post(client, path="/refer/", **changes):
    return client.post(path, {**FORM, **changes})


def test_it_shows_the_form_in_fieldsets_with_legends_labels_and_a_token(client, home, course):
    html = client.get("/refer/").content.decode()
    assert html.count("<fieldset class=\"fieldset form-section\">") == 4
    for legend in ("About you", "The person you are referring", "What they are interested in",
                   "Their agreement"):
        assert legend in html
    assert '<label class="label" for="id_phone">Their phone number</label>' in html
    assert "We do not need any clinical details" in html
    assert "csrfmiddlewaretoken" in html
    assert f'<option value="{course.pk}">Living Well</option>' in html


def test_it_refuses_a_post_without_the_token(home):
    assert Client(enforce_csrf_checks=True).post("/refer/", FORM).status_code == 403
    assert not Referral.objects.exists()


def test_it_takes_a_referral_with_only_a_phone_and_says_nothing_of_the_person(client, home):
    response = _post(client)
    assert response.status_code == 302 and response.url == "/refer/thanks/"
    referral = Referral.objects.get()
    assert str(referral.person.phone) == "+447911123456" and referral.person.email is None
    thanks = client.get(response.url).content.decode()
    assert "Thank you for your referral" in thanks
    assert "Morven" not in thanks and "07911" not in thanks


def test_it_answers_someone_already_known_exactly_as_anyone_else(client, home, pat):
    fresh = _post(client, email="new@example.org", phone="")
    known = _post(client, email="pat@example.org", phone="", full_name="Pat")
    assert (fresh.status_code, fresh.url) == (known.status_code, known.url)
    assert Referral.objects.get(person=pat).already_known
    assert User.objects.filter(email="pat@example.org").count() == 1


def test_it_keeps_the_gaelic_referrer_in_gaelic(client, home):
    response = _post(client, "/gd/refer/")
    assert response.url == "/gd/refer/thanks/"
    assert Referral.objects.get().referrer_language == "gd"
    assert client.get(response.url).status_code == 200


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"phone": "12345"}, "phone", "is not a phone number we can read"),
    ({"phone": ""}, "phone", "Give at least one way to reach them"),
    ({"referrer_email": "", "referrer_phone": ""}, "referrer_email",
     "Give your e-mail address or phone number"),
    ({"referrer_phone": "+1 (555) ☎"}, "referrer_phone", "is not a phone number we can read"),
    ({"person_agreed": ""}, "person_agreed", "only take a referral the person has agreed to"),
    ({"note": "x" * 5000}, "note", "at most 2000 characters"),
    ({"full_name": "M" * 500}, "full_name", "at most 200 characters"),
    ({"email": "not-an-address"}, "email", "Enter an e-mail address like"),
    ({"course": "99999"}, "course", "Choose a course from the list"),
    ({"language": "xx"}, "language", "Select a valid choice"),
])
def test_it_explains_bad_input_at_the_top_and_on_the_field(client, home, changes, field,
                                                           message):
    response = _post(client, **changes)
    html = response.content.decode()
    assert response.status_code == 400
    start = html.index('class="error-summary"')
    summary = html[start:html.index("</ul>", start)]
    assert re.search(rf'<a href="#id_{field}(_0)?">[^<]*{re.escape(message)}', summary), summary
    assert f'id="id_{field}_error"' in html
    assert not Referral.objects.exists() and not User.objects.filter(
        full_name__startswith="M").exists()


def test_it_takes_odd_punctuation_in_names_and_notes(client, home):
    name = "Seònaid O'Neill-MacLeòid “Jo” <b>&amp;</b>"
    assert _post(client, full_name=name, note="Call after 2pm; not Tues/Weds!").status_code == 302
    assert Referral.objects.get().person.full_name == name
    assert User.objects.get(full_name=name)


def test_it_refuses_nul_characters_plainly(client, home):
    assert _post(client, full_name="Mor\x00ven").status_code == 400
    assert not Referral.objects.exists()


def test_it_throttles_one_address_sending_many(client, home, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "refer": "2/h/ip"}
    assert [_post(client, phone=f"07911 12345{n}").status_code for n in range(2)] == [302, 302]
    response = _post(client, phone="07911 123459")
    assert response.status_code == 429
    assert "Too many referrals at once" in response.content.decode()
    assert Referral.objects.count() == 2
    assert client.get("/refer/").status_code == 200  # reading the form is never throttled


def test_the_person_referred_sees_nothing_of_the_referral_on_their_own_pages(client, home, pat):
    _post(client, email="pat@example.org", phone="", note="Referrer's private note.")
    client.force_login(pat)
    for path in ("/my/", "/my/data/"):
        html = client.get(path).content.decode()
        assert "Lena" not in html and "private note" not in html, path


# --- the coordinators' triage ----------------------------------------------------------------

@pytest.fixture
def referred(home, linda, morven, course):
    return refer(linda, morven, course=course, person_agreed=True, consent_to_hear_back=True)


def test_cora_sees_the_referrals_newest_first_and_filters_them(client, cora, referred, linda,
                                                              hana):
    other = refer(linda, PersonReferred(full_name="Ailsa Post", postal_address=SHORE),
                  person_agreed=True)
    move_referral(other, ReferralStatus.DECLINED, by=cora)
    client.force_login(cora)
    html = client.get("/admin/referrals/").content.decode()
    assert html.index("Ailsa Post") < html.index("Morven Fòn")
    assert "Lena Link" in html and "Living Well" in html and "ago" in html
    filtered = client.get("/admin/referrals/?status=new").content.decode()
    assert "Morven Fòn" in filtered and "Ailsa Post" not in filtered
    assert client.get("/admin/referrals/?status=nonsense").status_code == 200
    client.force_login(hana)
    assert client.get("/admin/referrals/").status_code == 403


def test_cora_moves_a_referral_on_and_the_referrer_is_told_once(
        client, cora, referred, django_capture_on_commit_callbacks):
    client.force_login(cora)
    page = client.get(f"/admin/referrals/{referred.pk}/").content.decode()
    assert "Mark as Contacted" in page and "Morven Fòn" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/referrals/{referred.pk}/move/", {"status": "contacted",
                                                             "note": "Rang, she is keen."})
        client.post(f"/admin/referrals/{referred.pk}/move/", {"status": "enrolled"})
        client.post(f"/admin/referrals/{referred.pk}/move/", {"status": "enrolled"})
    referred.refresh_from_db()
    assert referred.status == ReferralStatus.ENROLLED
    assert [change.by for change in referred.changes.all()] == [cora, cora]
    assert OutboxMessage.objects.filter(kind="referral_outcome").count() == 1
    assert [email.to for email in mail.outbox] == [["lena@thirdsector.example.org"]]
    page = client.get(f"/admin/referrals/{referred.pk}/").content.decode()
    assert "This referral is closed." in page and "Rang, she is keen." in page


def test_a_move_that_is_not_allowed_is_a_message_not_an_error(client, cora, referred):
    client.force_login(cora)
    client.post(f"/admin/referrals/{referred.pk}/move/", {"status": "declined"})
    response = client.post(f"/admin/referrals/{referred.pk}/move/", {"status": "contacted"},
                           follow=True)
    assert "cannot become" in response.content.decode()
    response = client.post(f"/admin/referrals/{referred.pk}/move/", {"status": "bogus"},
                           follow=True)
    assert response.status_code == 200


def test_cora_puts_the_person_referred_on_a_run(client, cora, referred, run):
    client.force_login(cora)
    page = client.get(f"/admin/referrals/{referred.pk}/").content.decode()
    assert f'<option value="{run.pk}"' in page
    response = client.post(f"/admin/referrals/{referred.pk}/enrol/", {"run": run.pk})
    assert response.status_code == 302
    assert Enrolment.objects.get(run=run, user=referred.person).status == "confirmed"
    referred.refresh_from_db()
    assert referred.status == ReferralStatus.ENROLLED


def test_a_trainer_and_the_person_referred_cannot_open_a_referral(client, tara, referred):
    for person in (tara, referred.person):
        client.force_login(person)
        assert client.get(f"/admin/referrals/{referred.pk}/").status_code == 403
        assert client.post(f"/admin/referrals/{referred.pk}/move/",
                           {"status": "declined"}).status_code == 403
    assert Referral.objects.get().status == ReferralStatus.NEW
