import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Consent, ConsentPurpose
from accounts.services.consent import give_consent, has_consent, withdraw_consent

pytestmark = pytest.mark.django_db


def test_giving_consent_twice_records_it_once(pat):
    first = give_consent(pat, ConsentPurpose.TAKING_PART)
    second = give_consent(pat, ConsentPurpose.TAKING_PART)
    assert first.pk == second.pk
    assert Consent.objects.filter(user=pat).count() == 1


def test_withdrawing_keeps_the_history_and_giving_again_adds_a_row(pat):
    give_consent(pat, ConsentPurpose.TAKING_PART, wording_version="2026-01")
    assert withdraw_consent(pat, ConsentPurpose.TAKING_PART) == 1
    assert not has_consent(pat, ConsentPurpose.TAKING_PART)
    give_consent(pat, ConsentPurpose.TAKING_PART, wording_version="2026-11")
    assert has_consent(pat, ConsentPurpose.TAKING_PART)
    versions = sorted(Consent.objects.filter(user=pat).values_list("wording_version", flat=True))
    assert versions == ["2026-01", "2026-11"]


def test_withdrawing_what_was_never_given_changes_nothing(pat):
    assert withdraw_consent(pat, ConsentPurpose.TAKING_PART) == 0


def test_the_database_refuses_two_current_consents_to_one_purpose(pat):
    now = timezone.now()
    Consent.objects.create(user=pat, purpose=ConsentPurpose.TAKING_PART,
                           wording_version="a", given_at=now)
    with pytest.raises(IntegrityError), transaction.atomic():
        Consent.objects.create(user=pat, purpose=ConsentPurpose.TAKING_PART,
                               wording_version="b", given_at=now)


def test_the_database_refuses_a_withdrawal_before_the_consent(pat):
    now = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        Consent.objects.create(user=pat, purpose=ConsentPurpose.TAKING_PART, wording_version="a",
                               given_at=now, withdrawn_at=now - timezone.timedelta(days=1))
