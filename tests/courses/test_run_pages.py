"""The participant side of scheduling: course page, run page, enrol, withdraw, /my/."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import ConsentPurpose
from accounts.services.consent import has_consent
from courses.models import EnrolmentStatus
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from tests.accounts.factories import UserFactory
from tests.courses.factories import AreaFactory, CourseRunFactory, VenueFactory

pytestmark = pytest.mark.django_db


def test_the_course_page_lists_upcoming_open_runs_with_places(client, course):
    open_run = CourseRunFactory(course=course, capacity=3, sessions=2)
    enrolment_service.enrol(open_run, UserFactory())
    CourseRunFactory(course=course, status="draft", sessions=2)
    started = CourseRunFactory(course=course, sessions=2,
                               sessions__first_session_at=timezone.now() - timedelta(days=1))
    html = client.get("/courses/living-well/").content.decode()
    assert f'href="/runs/{open_run.pk}/"' in html
    assert f'href="/runs/{started.pk}/"' not in html
    assert "2 places left" in html
    assert html.count('href="/runs/') == 1


def test_the_course_page_filters_runs_by_area_and_language(client, course):
    glasgow = VenueFactory(area=AreaFactory(name="Glasgow"))
    online = VenueFactory(area=None, is_online=True, name="Video call")
    highland = CourseRunFactory(course=course, sessions=1)
    in_glasgow = CourseRunFactory(course=course, venue=glasgow, sessions=1)
    gaelic_online = CourseRunFactory(course=course, venue=online, language="gd", sessions=1)

    def listed(query):
        html = client.get(f"/courses/living-well/?{query}").content.decode()
        return {run.pk for run in (highland, in_glasgow, gaelic_online)
                if f'href="/runs/{run.pk}/"' in html}

    assert listed("area=glasgow") == {in_glasgow.pk}
    assert listed("area=online") == {gaelic_online.pk}
    assert listed("language=gd") == {gaelic_online.pk}
    assert listed("") == {highland.pk, in_glasgow.pk, gaelic_online.pk}
    assert listed("area=<nonsense>&language=xx") == {highland.pk, in_glasgow.pk,
                                                      gaelic_online.pk}


def test_the_run_page_shows_sessions_venue_access_and_trainers(client, run, tara_profile):
    scheduling.assign_trainer(run, tara_profile, "lead")
    html = client.get(f"/runs/{run.pk}/").content.decode()
    assert html.count("<tr>") == 7  # a header and six sessions
    assert "Step-free entrance at the side" in html
    assert "Tara Trainer" in html and "Lived experience" in html


def test_a_draft_run_is_not_found(client, course):
    draft = CourseRunFactory(course=course, status="draft", sessions=1)
    assert client.get(f"/runs/{draft.pk}/").status_code == 404
    assert client.post(f"/runs/{draft.pk}/enrol/").status_code == 404


def test_pressing_enrol_anonymously_goes_through_log_in_and_back(client, run):
    page = client.get(f"/runs/{run.pk}/").content.decode()
    assert f'href="/accounts/login/?next=/runs/{run.pk}/">Enrol</a>' in page
    assert "csrfmiddlewaretoken" not in page  # the page is the same for every visitor
    response = client.post(f"/runs/{run.pk}/enrol/")
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next=/runs/{run.pk}/"
    assert not run.enrolments.exists()


def test_enrolling_from_the_run_page(client, run, pat):
    client.force_login(pat)
    response = client.post(f"/runs/{run.pk}/enrol/", {
        "access_needs": "I use a wheelchair.", "share_access_needs": "on"}, follow=True)
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.CONFIRMED
    assert "You have a place" in response.content.decode()
    assert has_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
    assert client.post(f"/runs/{run.pk}/enrol/").status_code == 302  # twice is harmless
    assert run.enrolments.count() == 1


def test_an_enrolment_error_is_a_message_not_a_500(client, course, pat):
    run = CourseRunFactory(course=course, enrolment_closes=timezone.now() - timedelta(hours=1),
                           sessions=1)
    client.force_login(pat)
    response = client.post(f"/runs/{run.pk}/enrol/", {"access_needs": ""}, follow=True)
    assert response.status_code == 200
    assert "Enrolment for this run has closed." in response.content.decode()


def test_an_overlong_access_needs_answer_is_refused_with_a_message(client, run, pat):
    client.force_login(pat)
    response = client.post(f"/runs/{run.pk}/enrol/", {"access_needs": "x" * 2001})
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert not run.enrolments.exists()


def test_withdrawing_asks_first_then_frees_the_place(client, run, pat):
    enrolment_service.enrol(run, pat)
    client.force_login(pat)
    assert "Give up your place?" in client.get(f"/runs/{run.pk}/withdraw/").content.decode()
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.CONFIRMED
    client.post(f"/runs/{run.pk}/withdraw/")
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.WITHDRAWN


def test_accepting_an_offer_from_the_run_page(client, course, pat):
    run = CourseRunFactory(course=course, capacity=1, sessions=2)
    holder = enrolment_service.enrol(run, UserFactory())
    enrolment_service.enrol(run, pat)
    enrolment_service.withdraw(holder)
    client.force_login(pat)
    assert "Accept the place" in client.get(f"/runs/{run.pk}/").content.decode()
    client.post(f"/runs/{run.pk}/accept/")
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.CONFIRMED


def test_nobody_can_withdraw_or_accept_for_someone_else(client, run, pat, sam):
    enrolment_service.enrol(run, pat)
    client.force_login(sam)
    assert client.post(f"/runs/{run.pk}/withdraw/").status_code == 404
    assert client.post(f"/runs/{run.pk}/accept/").status_code == 404
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.CONFIRMED


def test_joining_instructions_show_only_to_people_with_a_place(client, course, pat, sam):
    online = VenueFactory(area=None, is_online=True, name="Video call",
                          joining_instructions="Meeting code 123 456")
    run = CourseRunFactory(course=course, venue=online, sessions=1)
    enrolment_service.enrol(run, pat)
    client.force_login(sam)
    assert "Meeting code" not in client.get(f"/runs/{run.pk}/").content.decode()
    client.force_login(pat)
    assert "Meeting code 123 456" in client.get(f"/runs/{run.pk}/").content.decode()


def test_my_page_lists_my_places_waiting_positions_and_sessions(client, course, pat, sam):
    mine = CourseRunFactory(course=course, sessions=2)
    full = CourseRunFactory(course=course, capacity=1, sessions=1)
    enrolment_service.enrol(mine, pat)
    enrolment_service.enrol(full, sam)
    enrolment_service.enrol(full, pat)
    client.force_login(pat)
    html = client.get("/my/").content.decode()
    assert "On the waiting list: number 1" in html
    assert "Place confirmed" in html
    assert html.count(f'href="/runs/{mine.pk}/"') >= 3  # two sessions and the place
    assert "Sam Stranger" not in html


def test_my_page_needs_an_account(client, db):
    response = client.get("/my/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/my/")
