"""Pairs on the pages people use: a participant names who comes with them when enrolling and is
asked whether they stay when leaving; a coordinator adds a pair after a phone call, sees them
as a pair and withdraws one or both; a trainer's register says who comes with whom."""

import pytest

from accounts.models import User
from courses.models import Companions, EnrolmentStatus
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from tests.courses.factories import CoursePageFactory, CourseRunFactory

pytestmark = pytest.mark.django_db
CONFIRMED, WITHDRAWN = EnrolmentStatus.CONFIRMED, EnrolmentStatus.WITHDRAWN


@pytest.fixture
def carers_run(catalogue):
    course = CoursePageFactory(parent=catalogue, audience="carers", slug="caring",
                               companions=Companions.TAKE_PLACES)
    return CourseRunFactory(course=course, capacity=6, sessions=3)


@pytest.fixture
def coordinator(client, cora):
    client.force_login(cora)
    return client


def _enrol(client, run, **fields):
    return client.post(f"/runs/{run.pk}/enrol/", {"access_needs": "", **fields})


def test_a_participant_enrols_with_the_person_they_care_for(client, pat, carers_run):
    client.force_login(pat)
    page = client.get(f"/runs/{carers_run.pk}/").content.decode()
    assert "the two of you need two places" in page
    response = _enrol(client, carers_run, companion_name="Ailsa Grant",
                      companion_phone="07912 345678", companion_agreed="on")
    assert response.status_code == 302
    ailsa = User.objects.get(full_name="Ailsa Grant")
    assert str(ailsa.phone) == "+447912345678" and ailsa.email is None
    assert carers_run.enrolments.get(user=pat).companion == ailsa
    assert carers_run.enrolments.get(user=ailsa).status == CONFIRMED
    page = client.get(f"/runs/{carers_run.pk}/").content.decode()
    assert "You are enrolled together with Ailsa Grant." in page


def test_naming_a_companion_needs_their_agreement_and_a_way_to_reach_them(
        client, pat, carers_run):
    client.force_login(pat)
    response = _enrol(client, carers_run, companion_name="Ailsa Grant")
    assert response.status_code == 400
    assert "Please check they agree first" in response.content.decode()
    # pat has only an e-mail address, so Ailsa cannot be reached through pat
    response = _enrol(client, carers_run, companion_name="Ailsa Grant", companion_agreed="on")
    assert response.status_code == 400
    assert "Give their phone number" in response.content.decode()
    assert not carers_run.enrolments.exists()
    assert not User.objects.filter(full_name="Ailsa Grant").exists()


def test_a_supporter_on_a_condition_course_is_named_without_a_place(client, pat, run):
    client.force_login(pat)
    assert "do not need a place of their own" in client.get(f"/runs/{run.pk}/").content.decode()
    _enrol(client, run, companion_name="Iain Support", companion_phone="07912 345679",
           companion_agreed="on")
    assert run.enrolments.count() == 1
    page = client.get(f"/runs/{run.pk}/").content.decode()
    assert "Iain Support is coming with you to support you." in page


def test_leaving_asks_whether_the_companion_stays(client, pat, sam, carers_run):
    enrolment_service.enrol(carers_run, pat, companion=sam)
    client.force_login(pat)
    page = client.get(f"/runs/{carers_run.pk}/withdraw/").content.decode()
    assert f"Will {sam.full_name} still come?" in page
    response = client.post(f"/runs/{carers_run.pk}/withdraw/")
    assert response.status_code == 400
    assert carers_run.enrolments.get(user=pat).status == CONFIRMED
    client.post(f"/runs/{carers_run.pk}/withdraw/", {"companion": "stays"})
    statuses = dict(carers_run.enrolments.values_list("user", "status"))
    assert statuses == {pat.pk: WITHDRAWN, sam.pk: CONFIRMED}


def test_a_coordinator_adds_a_pair_after_a_phone_call(coordinator, carers_run):
    response = coordinator.post(f"/admin/course_runs/{carers_run.pk}/people/add/", {
        "phone": "01463 123456", "full_name": "Mòrag Phone", "postal_address": "1 Road\nIV1 1AA",
        "companion_name": "Calum Phone", "consent_given": "on"})
    assert response.status_code == 302
    morag, calum = (User.objects.get(full_name=name) for name in ("Mòrag Phone", "Calum Phone"))
    assert str(calum.phone) == str(morag.phone) and calum.postal_address == "1 Road\nIV1 1AA"
    assert carers_run.enrolments.get(user=morag).partner().user == calum
    schedule = coordinator.get(f"/admin/course_runs/{carers_run.pk}/schedule/").content.decode()
    assert "Enrolled with Calum Phone" in schedule
    assert "Withdraw Mòrag Phone only (Calum Phone stays)" in schedule


def test_a_coordinator_withdraws_both_of_a_pair(coordinator, pat, sam, carers_run):
    enrolment = enrolment_service.enrol(carers_run, pat, companion=sam)
    url = f"/admin/course_runs/{carers_run.pk}/people/{enrolment.pk}/withdraw/"
    coordinator.post(url)  # no answer: nothing changes
    assert carers_run.enrolments.holding_places().count() == 2
    coordinator.post(url, {"companion": "leaves"})
    assert not carers_run.enrolments.holding_places().exists()


def test_a_companions_details_must_name_someone(coordinator, carers_run):
    response = coordinator.post(f"/admin/course_runs/{carers_run.pk}/people/add/", {
        "phone": "01463 123456", "full_name": "Mòrag Phone", "consent_given": "on",
        "companion_phone": "07912 345670"})
    assert response.status_code == 200
    assert "we need their name to make one" in response.content.decode()
    assert not carers_run.enrolments.exists()


def test_the_register_says_who_comes_with_whom(client, tara, tara_profile, run, pat, sam):
    scheduling.assign_trainer(run, tara_profile, "lead")
    enrolment_service.enrol(run, pat, companion=sam)
    client.force_login(tara)
    page = client.get(f"/trainer/sessions/{run.sessions.first().pk}/").content.decode()
    assert f"Comes with {sam.full_name}" in page


def test_a_course_page_says_whether_a_companion_takes_a_place(client, carers_run, course):
    assert "each takes a place" in client.get("/courses/caring/").content.decode()
    assert "they do not need a place" in client.get("/courses/living-well/").content.decode()
