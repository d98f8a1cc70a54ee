"""Referrals: Lena, a link worker, refers Morven (who has only a mobile) with her agreement; the
person is made once, or found when already known, without the referrer learning which;
coordinators move a referral along allowed steps, each recorded; Lena hears the outcome once,
and only when Morven agreed to that."""

from dataclasses import replace

import pytest
from django.core import mail

from accounts.models import ConsentPurpose, ContactChannel, User
from accounts.services.consent import has_consent
from courses.models import Enrolment, OutboxMessage, Referral, ReferralStatus
from courses.services import referrals
from courses.services.emails import build_message
from courses.services.outbox import send_outbox_messages
from courses.services.referrals import PersonReferred, ReferralError, move_referral, refer
from courses.tasks import send_email_task

pytestmark = pytest.mark.django_db


def _refer(linda, morven, **options) -> Referral:
    return refer(linda, morven, **{"person_agreed": True, **options})


def _error(call) -> str:
    with pytest.raises(ReferralError) as raised:
        call()
    return raised.value.code


def test_it_makes_the_person_and_the_referral_together(linda, morven, course):
    referral = _refer(linda, morven, course=course, note="Prefers mornings.",
                      consent_to_hear_back=True)
    person = referral.person
    assert (person.full_name, str(person.phone), person.email) == (
        "Morven Fòn", "+447911123456", None)
    assert person.contact_channels == [ContactChannel.TEXT]
    assert has_consent(person, ConsentPurpose.TAKING_PART)
    assert (referral.status, referral.course, referral.already_known) == (
        ReferralStatus.NEW, course, False)
    assert referral.referrer_email == "lena@thirdsector.example.org"


def test_it_refuses_a_referral_the_person_did_not_agree_to(linda, morven):
    assert _error(lambda: refer(linda, morven, person_agreed=False)) == "no_agreement"
    assert not User.objects.filter(full_name="Morven Fòn").exists()


@pytest.mark.parametrize(("change", "code"), [
    ({"email": "", "phone": ""}, "no_referrer_contact"),
    ({"name": "  "}, "no_referrer_name"),
    ({"phone": "12345"}, "bad_referrer_phone"),
])
def test_it_refuses_a_referrer_we_could_not_answer(linda, morven, change, code):
    assert _error(lambda: _refer(replace(linda, **change), morven)) == code
    assert not Referral.objects.exists() and not User.objects.filter(
        full_name="Morven Fòn").exists()


@pytest.mark.parametrize(("change", "code"), [
    ({"phone": ""}, "unreachable"),
    ({"phone": "0791 OOPS"}, "bad_phone"),
    ({"full_name": " "}, "no_name"),
])
def test_it_refuses_a_person_we_could_not_reach_or_name(linda, morven, change, code):
    assert _error(lambda: _refer(linda, replace(morven, **change))) == code
    assert not Referral.objects.exists() and User.objects.count() == 0


def test_it_refuses_a_note_longer_than_the_form_allows(linda, morven):
    note = "x" * (referrals.NOTE_MAX_LENGTH + 1)
    assert _error(lambda: _refer(linda, morven, note=note)) == "note_too_long"


def test_it_takes_the_same_referral_sent_twice_once(linda, morven):
    first = _refer(linda, morven)
    assert _refer(linda, morven) == first
    assert Referral.objects.count() == 1 and User.objects.count() == 1


def test_it_links_someone_already_known_by_phone_instead_of_making_a_second(linda, morven, hana):
    first = _refer(linda, morven)
    again = _refer(replace(linda, name="Dr Hana Health", email=hana.email),
                   replace(morven, full_name="M. Fon", phone="+44 7911 123456"))
    assert again.person == first.person and again.already_known
    assert again.name_given == "M. Fon"
    assert first.person.full_name == "Morven Fòn"  # a referrer never changes a record
    assert User.objects.filter(phone="+447911123456").count() == 1


def test_it_links_someone_already_known_by_e_mail(linda, pat):
    referral = _refer(linda, PersonReferred(full_name="Pat", email="PAT@example.org"))
    assert referral.person == pat and referral.already_known


def test_it_never_links_to_someone_whose_data_was_erased(linda, morven):
    gone = _refer(linda, morven).person
    User.objects.filter(pk=gone.pk).update(erased_at=gone.date_joined)
    assert _refer(linda, morven).person != gone


def test_it_moves_along_allowed_steps_recording_who_when_and_why(linda, morven, cora):
    referral = _refer(linda, morven)
    move_referral(referral, ReferralStatus.CONTACTED, by=cora, note="Left a message.")
    move_referral(referral, ReferralStatus.ENROLLED, by=cora)
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ENROLLED
    assert [(c.from_status, c.to_status, c.by, c.note) for c in referral.changes.all()] == [
        ("new", "contacted", cora, "Left a message."), ("contacted", "enrolled", cora, "")]


@pytest.mark.parametrize(("path", "wanted"), [
    (["enrolled"], "contacted"),
    (["declined"], "enrolled"),
    (["could_not_reach"], "enrolled"),
    (["contacted"], "new"),
])
def test_it_refuses_moves_that_are_not_allowed(linda, morven, cora, path, wanted):
    referral = _refer(linda, morven)
    for status in path:
        move_referral(referral, status, by=cora)
    assert _error(lambda: move_referral(referral, wanted, by=cora)) == "not_allowed"
    assert Referral.objects.get().status == path[-1]


def test_it_refuses_a_status_that_does_not_exist(linda, morven, cora):
    referral = _refer(linda, morven)
    assert _error(lambda: move_referral(referral, "lost", by=cora)) == "unknown_status"


def test_it_takes_someone_we_could_not_reach_back_when_they_get_in_touch(linda, morven, cora):
    referral = _refer(linda, morven)
    move_referral(referral, ReferralStatus.COULD_NOT_REACH, by=cora)
    assert move_referral(referral, ReferralStatus.CONTACTED, by=cora).status == "contacted"


def test_it_does_nothing_when_moved_to_where_it_already_is(linda, morven, cora):
    referral = _refer(linda, morven)
    move_referral(referral, ReferralStatus.CONTACTED, by=cora)
    move_referral(referral, ReferralStatus.CONTACTED, by=cora)  # pressed twice
    assert referral.changes.count() == 1


@pytest.mark.parametrize("outcome", ["enrolled", "declined", "could_not_reach"])
def test_it_tells_the_referrer_the_outcome_once_by_e_mail(linda, morven, cora, outcome):
    referral = _refer(linda, morven, consent_to_hear_back=True)
    move_referral(referral, ReferralStatus.CONTACTED, by=cora)
    assert not OutboxMessage.objects.exists()  # no outcome yet
    move_referral(referral, outcome, by=cora)
    message = OutboxMessage.objects.get()
    assert (message.kind, message.channel, message.recipient) == (
        "referral_outcome", ContactChannel.EMAIL, referral.person)
    assert send_email_task.apply(args=[[message.pk]]).get() == 1
    assert send_email_task.apply(args=[[message.pk]]).get() == 0  # runs twice, sent once
    [email] = mail.outbox
    assert email.to == ["lena@thirdsector.example.org"]
    assert f"our reference {referral.pk}" in email.subject
    assert email.body.startswith("Dear Lena,")
    assert "Morven" not in email.body  # nothing that names the person or their health


def test_it_tells_the_referrer_only_once_however_the_referral_moves_after(linda, morven, cora):
    referral = _refer(linda, morven, consent_to_hear_back=True)
    move_referral(referral, ReferralStatus.COULD_NOT_REACH, by=cora)
    move_referral(referral, ReferralStatus.CONTACTED, by=cora)
    move_referral(referral, ReferralStatus.ENROLLED, by=cora)
    assert OutboxMessage.objects.filter(kind="referral_outcome").count() == 1


def test_it_tells_the_referrer_nothing_without_the_persons_agreement(linda, morven, cora):
    referral = _refer(linda, morven, consent_to_hear_back=False)
    move_referral(referral, ReferralStatus.ENROLLED, by=cora)
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


def test_it_texts_a_referrer_who_gave_only_a_mobile(linda, morven, cora):
    referral = _refer(replace(linda, email="", phone="07912 345678"), morven,
                      consent_to_hear_back=True)
    move_referral(referral, ReferralStatus.DECLINED, by=cora)
    message = OutboxMessage.objects.get()
    text = build_message(message)
    assert (message.channel, text.to) == (ContactChannel.TEXT, "+447912345678")
    assert "decided not to take part" in text.body and "Morven" not in text.body


def test_it_owes_nothing_to_a_referrer_with_only_a_landline(linda, morven, cora):
    referral = _refer(replace(linda, email="", phone="01463 123456"), morven,
                      consent_to_hear_back=True)
    move_referral(referral, ReferralStatus.DECLINED, by=cora)
    assert not OutboxMessage.objects.exists()


def test_it_sends_nothing_once_the_referral_is_gone(linda, morven, cora):
    referral = _refer(linda, morven, consent_to_hear_back=True)
    move_referral(referral, ReferralStatus.DECLINED, by=cora)
    message = OutboxMessage.objects.get()
    Referral.objects.filter(pk=referral.pk).update(consent_to_hear_back=False)
    assert send_outbox_messages([message.pk]) == 0
    assert mail.outbox == []


def test_it_enrols_the_person_referred_and_marks_the_referral_enrolled(linda, morven, cora, run):
    referral = _refer(linda, morven, consent_to_hear_back=True)
    place = referrals.enrol_referred(referral, run, by=cora)
    referral.refresh_from_db()
    assert place == Enrolment.objects.get(run=run, user=referral.person)
    assert referral.status == ReferralStatus.ENROLLED
    assert OutboxMessage.objects.filter(kind="referral_outcome").count() == 1


def test_it_enrols_nobody_from_a_declined_referral(linda, morven, cora, run):
    referral = _refer(linda, morven)
    move_referral(referral, ReferralStatus.DECLINED, by=cora)
    assert _error(lambda: referrals.enrol_referred(referral, run, by=cora)) == "not_allowed"
    assert not Enrolment.objects.exists()
