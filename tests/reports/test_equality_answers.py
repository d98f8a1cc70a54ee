"""Saving a person's equality answers: every question optional, "prefer not to say" on each,
kinds of condition only after a yes, and nothing kept without the equality consent."""

import pytest

from accounts.models import Consent, ConsentPurpose
from accounts.services.consent import has_consent
from reports.models import EqualityAnswers, EqualityCondition
from reports.services import equality
from reports.services.equality import EqualityDetails, EqualityError
from tests.reports.factories import answer

pytestmark = pytest.mark.django_db
PURPOSE = ConsentPurpose.EQUALITY_MONITORING


def test_it_keeps_nothing_without_the_consent(pat):
    with pytest.raises(EqualityError) as refused:
        equality.save_answers(pat, EqualityDetails(age_band="65_74"), consented=False)
    assert (refused.value.code, refused.value.field) == ("no_consent", "consent")
    assert not EqualityAnswers.objects.exists()
    assert not has_consent(pat, PURPOSE)


def test_it_records_the_consent_with_the_answers(pat):
    answer(pat, age_band="65_74")
    assert has_consent(pat, PURPOSE)
    answer(pat, age_band="75_plus")  # answering again gives it once
    assert Consent.objects.filter(user=pat, purpose=PURPOSE).count() == 1


def test_it_lets_every_question_be_skipped(pat):
    saved = answer(pat)
    assert (saved.age_band, saved.sex, saved.gender_identity, saved.ethnic_group,
            saved.disability, saved.unpaid_carer, saved.postcode) == ("",) * 7
    assert saved.simd_quintile is None and saved.urban_rural is None


def test_it_keeps_two_answers_and_leaves_the_rest_unanswered(pat):
    saved = answer(pat, age_band="55_64", unpaid_carer="yes")
    saved.refresh_from_db()
    assert (saved.age_band, saved.unpaid_carer, saved.sex, saved.ethnic_group) == (
        "55_64", "yes", "", "")


def test_it_takes_prefer_not_to_say_on_every_question(pat):
    saved = answer(pat, age_band="prefer_not", sex="prefer_not", gender_identity="prefer_not",
                   ethnic_group="prefer_not", disability="prefer_not",
                   unpaid_carer="prefer_not", postcode_prefer_not=True)
    saved.refresh_from_db()
    assert {saved.age_band, saved.sex, saved.gender_identity, saved.ethnic_group,
            saved.disability, saved.unpaid_carer} == {"prefer_not"}
    assert saved.postcode_prefer_not and saved.postcode == ""


def test_it_replaces_earlier_answers(pat):
    answer(pat, age_band="55_64", sex="female", disability="yes", conditions=("sight",))
    answer(pat, age_band="65_74")
    saved = EqualityAnswers.objects.get(user=pat)
    assert (saved.age_band, saved.sex, saved.disability) == ("65_74", "", "")
    assert not EqualityCondition.objects.exists()


def test_it_keeps_kinds_of_condition_after_a_yes(pat):
    answer(pat, disability="yes", conditions=("sight", "mental_health"))
    answer(pat, disability="yes", conditions=("mental_health", "physical"))
    assert sorted(EqualityCondition.objects.values_list("group", flat=True)) == [
        "mental_health", "physical"]


@pytest.mark.parametrize("disability", ["", "no", "prefer_not"])
def test_it_refuses_kinds_of_condition_without_a_yes(pat, disability):
    with pytest.raises(EqualityError) as refused:
        answer(pat, disability=disability, conditions=("sight",))
    assert (refused.value.code, refused.value.field) == ("conditions_without_yes", "conditions")
    assert not EqualityAnswers.objects.exists() and not has_consent(pat, PURPOSE)


def test_it_refuses_kinds_of_condition_beside_prefer_not_to_say(pat):
    with pytest.raises(EqualityError) as refused:
        answer(pat, disability="yes", conditions=("sight", "prefer_not"))
    assert refused.value.code == "conditions_and_prefer_not"
    answer(pat, disability="yes", conditions=("prefer_not",))  # on its own, fine


@pytest.mark.parametrize("question", ["age_band", "sex", "gender_identity", "ethnic_group",
                                      "disability", "unpaid_carer"])
def test_it_refuses_an_answer_that_is_not_one_of_the_choices(pat, question):
    with pytest.raises(EqualityError) as refused:
        answer(pat, **{question: "not-a-choice"})
    assert (refused.value.code, refused.value.field) == ("bad_answer", question)


def test_withdrawing_erases_the_answers_and_the_consent(pat, sam):
    answer(pat, age_band="65_74", disability="yes", conditions=("sight",))
    answer(sam, age_band="25_34")
    assert equality.withdraw_answers(pat) is True
    assert not EqualityAnswers.objects.filter(user=pat).exists()
    assert not EqualityCondition.objects.filter(answers__user=pat).exists()
    assert not has_consent(pat, PURPOSE)
    assert Consent.objects.get(user=pat, purpose=PURPOSE).withdrawn_at is not None
    assert EqualityAnswers.objects.filter(user=sam).exists() and has_consent(sam, PURPOSE)
    assert equality.withdraw_answers(pat) is False  # again: nothing more to do


def test_withdrawing_the_consent_any_other_way_erases_them_too(client, pat, cora, home):
    """A coordinator records on pat's page that she withdrew it (she phoned, say)."""
    answer(pat, age_band="65_74", disability="yes", conditions=("sight",))
    client.force_login(cora)
    response = client.post(f"/admin/people/{pat.pk}/consents/{PURPOSE}/withdraw/")
    assert response.status_code == 302
    assert not has_consent(pat, PURPOSE)
    assert not EqualityAnswers.objects.filter(user=pat).exists()
    assert not EqualityCondition.objects.exists()
