"""/my/equality/: the questions, answered, changed and deleted by the person alone; offered on
/my/ and under a new place on a run's page; never on a trainer's page."""

import re

import pytest
from django.urls import reverse

from accounts.models import ConsentPurpose
from accounts.services.consent import has_consent
from courses.models import Facilitation, FacilitationRole
from courses.services import enrolment
from reports.models import EqualityAnswers, EqualityCondition
from tests.courses.factories import TrainerProfileFactory
from tests.reports.factories import answer, load_both

pytestmark = pytest.mark.django_db
URL = "/my/equality/"


def _post(client, **data):
    return client.post(URL, {"consent": "on", **data})


def test_the_page_explains_why_we_ask_and_is_never_stored(client, pat, home):
    client.force_login(pat)
    response = client.get(URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    for words in ("Answering is never required", "Your trainers never see your answers",
                  "any number smaller than 5", "Then we delete the postcode"):
        assert words in page
    assert page.count('<legend class="fieldset__legend">') == 8  # six questions, kinds, where
    assert page.count('value="prefer_not"') == 7  # each question and the kinds of condition
    assert reverse("reports:equality") == URL


def test_anonymous_people_are_sent_to_log_in(client, home):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_it_saves_two_answers_and_leaves_the_rest(client, pat, home):
    client.force_login(pat)
    response = _post(client, age_band="65_74", unpaid_carer="yes")
    assert response.status_code == 302 and response["Location"] == URL
    saved = EqualityAnswers.objects.get(user=pat)
    assert (saved.age_band, saved.unpaid_carer, saved.sex, saved.disability) == (
        "65_74", "yes", "", "")
    assert has_consent(pat, ConsentPurpose.EQUALITY_MONITORING)
    assert "your answers are saved" in client.get(URL).content.decode()


def test_without_the_box_ticked_nothing_is_kept(client, pat, home):
    client.force_login(pat)
    response = client.post(URL, {"age_band": "65_74"})
    assert response.status_code == 400
    assert "Tick the box to agree" in response.content.decode()
    assert not EqualityAnswers.objects.exists()


def test_kinds_of_condition_without_a_yes_are_shown_as_an_error(client, pat, home):
    client.force_login(pat)
    response = _post(client, disability="no", conditions=["sight"])
    page = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_conditions_0"' in page and "answer \u201cYes\u201d" in page
    assert not EqualityAnswers.objects.exists()
    assert _post(client, disability="yes", conditions=["sight", "hearing"]).status_code == 302
    assert EqualityCondition.objects.count() == 2


def test_a_bad_postcode_is_shown_at_the_box(client, pat, home):
    client.force_login(pat)
    response = _post(client, postcode="not a postcode")
    assert response.status_code == 400
    assert 'href="#id_postcode"' in response.content.decode()
    assert "Enter a UK postcode" in response.content.decode()
    assert _post(client, postcode="x" * 5000).status_code == 400


def test_a_postcode_waits_for_the_lookups_and_the_person_is_told(client, pat, home):
    client.force_login(pat)
    _post(client, postcode="iv3 5ne")
    page = client.get(URL).content.decode()
    assert "as soon as we can, and then delete the postcode" in page
    assert 'value="IV3 5NE"' in page  # still theirs to see and change


def test_once_the_area_is_known_the_postcode_is_gone_and_an_empty_box_keeps_it(
        client, pat, home):
    load_both({"IV3 5NE": (3, 2)})
    client.force_login(pat)
    _post(client, postcode="IV3 5NE")
    page = client.get(URL).content.decode()
    assert "IV3 5NE" not in page and "already worked out your area" in page
    _post(client, age_band="75_plus")
    saved = EqualityAnswers.objects.get(user=pat)
    assert (saved.age_band, saved.simd_quintile, saved.urban_rural) == ("75_plus", 3, 2)


def test_the_page_shows_my_answers_to_change(client, pat, home):
    answer(pat, age_band="55_64", disability="yes", conditions=("sight",))
    client.force_login(pat)
    page = client.get(URL).content.decode()
    for name, value in (("age_band", "55_64"), ("disability", "yes"), ("conditions", "sight"),
                        ("consent", "on")):
        assert re.search(rf'name="{name}"[^>]*(value="{value}"[^>]*)?checked', page), name
    assert len(re.findall(r"<input[^>]*checked", page)) == 4


def test_deleting_erases_my_answers_and_withdraws_the_consent(client, pat, sam, home):
    answer(pat, age_band="55_64")
    answer(sam, age_band="25_34")
    client.force_login(pat)
    confirm = client.get("/my/equality/delete/")
    assert confirm.status_code == 200 and "Yes, delete my answers" in confirm.content.decode()
    assert "no-store" in confirm["Cache-Control"]
    response = client.post("/my/equality/delete/")
    assert response.status_code == 302 and response["Location"] == "/my/"
    assert not EqualityAnswers.objects.filter(user=pat).exists()
    assert not has_consent(pat, ConsentPurpose.EQUALITY_MONITORING)
    assert EqualityAnswers.objects.filter(user=sam).exists()
    assert "We hold no equality answers" in client.get("/my/equality/delete/").content.decode()


def test_my_page_offers_the_questions_to_people_who_have_had_a_place(client, pat, hana, run):
    client.force_login(hana)  # CPD only: never on a course run
    assert URL not in client.get("/my/").content.decode()
    enrolment.enrol(run, pat)
    client.force_login(pat)
    page = client.get("/my/").content.decode()
    assert "Answer the equality questions" in page and f'href="{URL}"' in page
    answer(pat, age_band="55_64")
    assert "Change or delete your equality answers" in client.get("/my/").content.decode()
    assert 'href="/gd/my/equality/"' in client.get("/gd/my/").content.decode()


def test_after_enrolling_the_run_page_offers_the_questions_until_answered(client, pat, run):
    client.force_login(pat)
    response = client.post(f"/runs/{run.pk}/enrol/", {})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "You have a place on this course run." in page
    assert f'<a href="{URL}">Answer the equality questions</a>' in page
    answer(pat, age_band="55_64")
    assert URL not in client.get(f"/runs/{run.pk}/").content.decode()


def test_the_run_page_does_not_offer_them_to_someone_without_a_place(client, sam, run):
    client.force_login(sam)
    assert URL not in client.get(f"/runs/{run.pk}/").content.decode()
    client.logout()
    assert URL not in client.get(f"/runs/{run.pk}/").content.decode()


def test_a_trainer_never_sees_anyones_answers(client, pat, tara, run):
    lead = TrainerProfileFactory(user=tara)
    Facilitation.objects.create(run=run, trainer=lead, role=FacilitationRole.LEAD)
    enrolment.enrol(run, pat)
    answer(pat, age_band="75_plus", ethnic_group="asian_bangladeshi", disability="yes",
           conditions=("hearing",), unpaid_carer="yes")
    client.force_login(tara)
    session = run.sessions.order_by("starts_at").first()
    roster = client.get(f"/trainer/sessions/{session.pk}/")
    assert "Pat Participant" in roster.content.decode()  # she is on the page the trainer sees
    for response in (client.get("/trainer/"), roster, client.get(f"/runs/{run.pk}/")):
        assert response.status_code == 200
        page = response.content.decode()
        for label in ("Bangladeshi", "75 or over", "Deafness", "equality", "Equality"):
            assert label not in page, (response.wsgi_request.path, label)
