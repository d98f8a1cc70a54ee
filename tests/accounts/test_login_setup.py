"""Someone we added by phone gets a login later without losing anything: a coordinator texts
them a one-time link, they choose an e-mail address and a password, and their places stay
theirs. A landline cannot take the link; a used or wrong link opens nothing."""

import re

import pytest

from accounts.models import ContactChannel, User
from accounts.services.profile import create_participant_for
from courses.models import OutboxMessage
from courses.services import enrolment as enrolment_service
from courses.services.emails import Text, build_message
from courses.services.errors import DomainError
from courses.services.logins import send_login_setup

pytestmark = pytest.mark.django_db
PASSWORD = "a long walk by the loch"


@pytest.fixture
def mhairi(run):
    person = create_participant_for("", "Mhairi Phone", phone="07911 123456")
    enrolment_service.enrol(run, person, by_coordinator=True)
    return person


@pytest.fixture
def coordinator(client, cora):
    client.force_login(cora)
    return client


def _link(person) -> str:
    message = OutboxMessage.objects.get(recipient=person, kind="login_setup")
    text = build_message(message)
    assert isinstance(text, Text) and text.to == "+447911123456"
    return re.search(r"https?://[^/\s]+(/\S+/)", text.body)[1]


def test_a_coordinator_texts_a_set_up_link_from_the_persons_page(coordinator, mhairi):
    page = coordinator.get(f"/admin/people/{mhairi.pk}/").content.decode()
    assert "Text them a link to set up a login" in page
    response = coordinator.post(f"/admin/people/{mhairi.pk}/login-setup/")
    assert response.status_code == 302
    message = OutboxMessage.objects.get(recipient=mhairi, kind="login_setup")
    assert message.channel == ContactChannel.TEXT
    assert "/accounts/set-up/" in _link(mhairi)


def test_following_the_link_gives_a_login_and_keeps_everything(client, mhairi, run):
    send_login_setup(mhairi)
    link = _link(mhairi)
    page = client.get(link)
    assert "Set up your login" in page.content.decode()
    assert page["Cache-Control"] == "private, no-store"
    response = client.post(link, {"email": "Mhairi@Example.org", "password1": PASSWORD,
                                  "password2": PASSWORD})
    assert response.status_code == 302
    mhairi = User.objects.get(pk=mhairi.pk)
    assert mhairi.email == "mhairi@example.org" and mhairi.check_password(PASSWORD)
    assert mhairi.contact_channels == [ContactChannel.TEXT, ContactChannel.EMAIL]
    assert run.enrolments.get().user == mhairi
    assert client.get(link).status_code == 404  # it worked once


def test_the_link_refuses_an_address_someone_else_logs_in_with(client, mhairi, pat):
    send_login_setup(mhairi)
    response = client.post(_link(mhairi), {"email": pat.email, "password1": PASSWORD,
                                           "password2": PASSWORD})
    assert response.status_code == 400
    assert "belongs to another login" in response.content.decode()
    assert not User.objects.get(pk=mhairi.pk).has_usable_password()


def test_the_passwords_must_match_and_be_strong_enough(client, mhairi):
    send_login_setup(mhairi)
    link = _link(mhairi)
    response = client.post(link, {"email": "m@example.org", "password1": PASSWORD,
                                  "password2": PASSWORD + "!"})
    assert "The two passwords are not the same." in response.content.decode()
    response = client.post(link, {"email": "m@example.org", "password1": "123",
                                  "password2": "123"})
    assert response.status_code == 400
    assert not User.objects.get(pk=mhairi.pk).has_usable_password()


@pytest.mark.parametrize("details, code", [
    ({"phone": "01463 123456"}, "no_mobile"), ({"email": "has@example.org"}, "has_login")])
def test_a_link_needs_a_mobile_and_someone_without_a_login(details, code):
    person = create_participant_for(details.get("email", ""), "Someone",
                                    phone=details.get("phone", ""))
    if code == "has_login":
        person.set_password(PASSWORD)
        person.save()
    with pytest.raises(DomainError) as error:
        send_login_setup(person)
    assert error.value.code == code
    assert not OutboxMessage.objects.filter(kind="login_setup").exists()


def test_a_landline_gets_no_button(coordinator):
    peigi = create_participant_for("", "Peigi Fòn", phone="01463 123456")
    page = coordinator.get(f"/admin/people/{peigi.pk}/").content.decode()
    assert "set up a login" not in page
