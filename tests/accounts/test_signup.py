import re

import pytest
from django.core import mail

from accounts import roles
from accounts.models import Consent, ConsentPurpose, User
from accounts.services.consent import PRIVACY_NOTICE_VERSION

pytestmark = pytest.mark.django_db

SIGNUP = {
    "full_name": "Seònaid Nic an t-Saoir",
    "email": "Seonaid@Example.org",
    "password1": "a-good-long-passphrase",
    "password2": "a-good-long-passphrase",
    "preferred_language": "gd",
    "consent_taking_part": "on",
}


def test_it_creates_a_participant_with_their_name_language_and_consent(client, home):
    response = client.post("/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(email="seonaid@example.org")
    assert user.full_name == "Seònaid Nic an t-Saoir"
    assert user.preferred_language == "gd"
    assert roles.has_role(user, roles.PARTICIPANT)
    consent = Consent.objects.get(user=user)
    assert consent.purpose == ConsentPurpose.TAKING_PART
    assert consent.wording_version == PRIVACY_NOTICE_VERSION
    assert consent.is_current


def _confirm_from_the_e_mail(client) -> str:
    """Follow the link in the confirmation e-mail and press Confirm; returns where it lands."""
    link = re.search(r"http://testserver(/\S+)", mail.outbox[-1].body)[1]
    assert client.get(link).status_code == 200
    return client.post(link)["Location"]


def test_it_lands_a_gaelic_speaker_on_the_gaelic_site_once_the_address_is_confirmed(client,
                                                                                      home):
    response = client.post("/accounts/signup/", SIGNUP)
    assert response["Location"] == "/accounts/confirm-email/"
    assert client.get("/my/").status_code == 302  # not logged in until the address is confirmed
    assert _confirm_from_the_e_mail(client) == "/gd/my/"
    assert client.get("/gd/my/").status_code == 200


def test_signing_up_with_an_address_that_has_an_account_looks_the_same(client, home, pat):
    new = client.post("/accounts/signup/", SIGNUP)
    existing = client.post("/accounts/signup/", {**SIGNUP, "email": "PAT@example.org"})
    assert existing.status_code == new.status_code == 302
    assert existing["Location"] == new["Location"] == "/accounts/confirm-email/"
    assert "already" not in client.get(existing["Location"]).content.decode()
    assert User.objects.filter(email__iexact="pat@example.org").count() == 1
    told = mail.outbox[-1]
    assert told.to == ["pat@example.org"]
    assert told.subject == "You already have an account with us"
    assert "/accounts/password/reset/" in told.body
    assert "Dear Pat," in told.body


def test_account_e_mails_are_signed_with_the_service_not_the_server_address(client, home):
    client.post("/accounts/signup/", {**SIGNUP, "preferred_language": "en"})
    body = mail.outbox[0].body
    assert "testserver!" not in body and "Hello from" not in body
    assert "Self-management courses" in body


def test_it_refuses_sign_up_without_consent_and_says_why(client, home):
    response = client.post("/accounts/signup/", {**SIGNUP, "consent_taking_part": ""})
    assert response.status_code == 200
    assert not User.objects.exists()
    html = response.content.decode()
    assert "There is a problem" in html
    assert "You need to agree to this to create an account." in html
    assert 'href="#id_consent_taking_part"' in html


def test_it_keeps_what_was_typed_when_the_form_has_errors(client, home):
    response = client.post("/accounts/signup/", {**SIGNUP, "password2": "different"})
    assert response.status_code == 200
    assert "Seònaid Nic an t-Saoir" in response.content.decode()
    assert not User.objects.exists()


def test_it_sends_the_confirmation_e_mail_in_the_chosen_language(client, home):
    client.post("/accounts/signup/", SIGNUP)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["seonaid@example.org"]


def test_signing_up_from_a_run_comes_back_to_it(client, run):
    login = client.get(f"/accounts/login/?next=/runs/{run.pk}/").content.decode()
    assert f'href="/accounts/signup/?next=%2Fruns%2F{run.pk}%2F"' in login
    client.post(f"/accounts/signup/?next=/runs/{run.pk}/",
                {**SIGNUP, "preferred_language": "en", "next": f"/runs/{run.pk}/"})
    assert _confirm_from_the_e_mail(client) == f"/runs/{run.pk}/"
