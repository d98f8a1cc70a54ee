"""The action plan pages: a participant makes a plan and says how it went, /my/ shows it, the
delivery view shows the plans people shared (in a constant number of queries), and a trainer
types one in from paper."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import ActionPlan
from courses.services import action_plans, scheduling
from courses.services import enrolment as enrolment_service
from courses.services.action_plans import PlanDetails
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory, TrainerProfileFactory

pytestmark = pytest.mark.django_db

PLAN = {"what": "Walk to the post box", "how_much": "ten minutes", "when": "after lunch",
        "how_often": "three days", "confidence": "8"}


@pytest.fixture
def place(run, pat, tara_profile):
    scheduling.assign_trainer(run, tara_profile, "lead")
    return enrolment_service.enrol(run, pat)


@pytest.fixture
def sessions(run):
    return list(run.sessions.order_by("starts_at"))


@pytest.fixture
def in_session_one(sessions, time_machine):
    time_machine.move_to(sessions[0].starts_at + timedelta(minutes=30))


def _plan_url(place, session) -> str:
    return f"/my/plans/{place.pk}/session/{session.pk}/"


def test_the_form_asks_how_sure_as_radio_buttons_from_0_to_10_in_a_fieldset(
        client, pat, place, sessions, in_session_one):
    client.force_login(pat)
    page = client.get(_plan_url(place, sessions[0])).content.decode()
    fieldset = page.split('<fieldset class="fieldset rating"')[1].split("</fieldset>")[0]
    assert "<legend" in fieldset and "How sure are you" in fieldset
    assert fieldset.count('type="radio"') == 11
    assert "making your plan a little smaller" in fieldset
    assert 'name="shared_with_trainers"' in page


def test_i_make_a_plan_and_see_it_on_my_page(client, pat, place, sessions, in_session_one):
    client.force_login(pat)
    response = client.post(_plan_url(place, sessions[0]), PLAN)
    assert response.status_code == 302 and response.url == "/my/"
    plan = ActionPlan.objects.get()
    assert (plan.enrolment, plan.session, plan.confidence) == (place, sessions[0], 8)
    assert not plan.shared_with_trainers
    page = client.get("/my/").content.decode()
    assert "Your action plan is saved." in page
    assert "Walk to the post box" in page and "Only you can see it." in page
    assert "your plan from session 1" in page and "Change this plan" in page


def test_a_low_confidence_is_saved_and_the_form_suggests_a_smaller_plan(
        client, pat, place, sessions, in_session_one):
    client.force_login(pat)
    url = _plan_url(place, sessions[0])
    response = client.post(url, {**PLAN, "confidence": "4"})
    assert response.status_code == 302 and response.url == url
    assert ActionPlan.objects.get().confidence == 4
    page = client.get(url).content.decode()
    assert "4 out of 10 sure" in page and "a little smaller" in page
    assert "Change your action plan" in page and 'value="Walk to the post box"' in page


def test_a_plan_with_no_words_says_what_is_missing(client, pat, place, sessions,
                                                   in_session_one):
    client.force_login(pat)
    response = client.post(_plan_url(place, sessions[0]), {**PLAN, "what": "",
                                                           "confidence": ""})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Say what you will do." in page and "Choose how sure you are" in page
    assert 'href="#id_confidence_0"' in page  # the error summary links to the first radio


def test_a_session_still_to_come_sends_me_back_to_my_page(client, pat, place, sessions):
    client.force_login(pat)
    response = client.get(_plan_url(place, sessions[1]), follow=True)
    assert response.redirect_chain[-1][0] == "/my/"
    assert "on the day of the session" in response.content.decode()


def test_someone_else_s_place_or_plan_is_not_found(client, sam, place, sessions,
                                                   in_session_one):
    plan = action_plans.make_plan(place, sessions[0], PlanDetails(what="Walk", confidence=8))
    client.force_login(sam)
    assert client.get(_plan_url(place, sessions[0])).status_code == 404
    assert client.post(_plan_url(place, sessions[0]), PLAN).status_code == 404
    assert client.get(f"/my/plans/{plan.pk}/review/").status_code == 404


def test_i_say_how_it_went_at_the_next_session(client, pat, place, sessions, time_machine):
    time_machine.move_to(sessions[0].starts_at + timedelta(minutes=30))
    plan = action_plans.make_plan(place, sessions[0], PlanDetails(what="Walk", confidence=8))
    client.force_login(pat)
    assert client.get(f"/my/plans/{plan.pk}/review/", follow=True).redirect_chain  # too soon
    time_machine.move_to(sessions[1].starts_at + timedelta(minutes=5))
    page = client.get("/my/").content.decode()
    assert "How did it go: “Walk”?" in page
    assert f"/my/plans/{place.pk}/session/{sessions[1].pk}/" in page  # and a new one to make
    response = client.post(f"/my/plans/{plan.pk}/review/", {"outcome": "partly",
                                                            "note": "Two days of three."})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert (plan.outcome, plan.reviewed_in) == ("partly", sessions[1])
    page = client.get("/my/").content.decode()
    assert "I partly did it: Two days of three." in page and "How did it go" not in page


# --- the trainer's side ------------------------------------------------------------------

@pytest.fixture
def second_session(sessions, place, sam, time_machine):
    """Session 2 under way: Pat shared the plan from session 1, Sam kept his to himself."""
    other = enrolment_service.enrol(place.run, sam)
    time_machine.move_to(sessions[0].starts_at + timedelta(minutes=30))
    action_plans.make_plan(place, sessions[0], PlanDetails(
        what="Walk to the post box", confidence=8, shared_with_trainers=True))
    action_plans.make_plan(other, sessions[0], PlanDetails(what="Sam's secret", confidence=8))
    time_machine.move_to(sessions[1].starts_at + timedelta(minutes=5))
    return sessions[1]


def test_the_delivery_view_shows_shared_plans_to_review_and_nothing_else(
        client, tara, second_session):
    client.force_login(tara)
    page = client.get(f"/trainer/sessions/{second_session.pk}/").content.decode()
    assert "Has a plan from last session to review:" in page
    assert "Walk to the post box" in page and "Sam&#x27;s secret" not in page
    assert "1 person shared a plan from last session to review." in page


def test_a_shadow_sees_nobody_s_plan(client, second_session, run):
    shadow = TrainerProfileFactory(user=UserFactory(roles=["Peer trainer"]))
    scheduling.assign_trainer(run, shadow, "shadow")
    client.force_login(shadow.user)
    page = client.get(f"/trainer/sessions/{second_session.pk}/").content.decode()
    assert "Walk to the post box" not in page and "Enter their action plan" not in page


def test_the_delivery_view_s_queries_do_not_grow_with_people_and_their_plans(
        client, tara, second_session, run, sessions, django_assert_num_queries):
    client.force_login(tara)
    url = f"/trainer/sessions/{second_session.pk}/"
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number in range(8):
        place = enrolment_service.enrol(run, UserFactory(full_name=f"Person {number}"))
        ActionPlan.objects.create(enrolment=place, session=sessions[0], what=f"Plan {number}",
                                  confidence=7, shared_with_trainers=True)
    with django_assert_num_queries(len(before)):
        page = client.get(url).content.decode()
    assert page.count("Has a plan from last session to review") == 9


def test_a_trainer_enters_a_paper_plan_and_how_the_last_one_went(client, tara, place, sessions,
                                                                  second_session):
    client.force_login(tara)
    url = f"/trainer/sessions/{second_session.pk}/plans/{place.pk}/"
    page = client.get(url).content.decode()
    assert "Their last plan" in page and "Walk to the post box" in page
    response = client.post(url, {**PLAN, "what": "Swim", "outcome": "did_it",
                                 "note": "Every day"})
    assert response.status_code == 400
    assert "agreed" in response.content.decode()
    response = client.post(url, {**PLAN, "what": "Swim", "outcome": "did_it",
                                 "note": "Every day", "agreed": "on"})
    assert response.status_code == 302
    new = ActionPlan.objects.get(enrolment=place, session=second_session)
    assert (new.what, new.entered_by) == ("Swim", tara)
    earlier = ActionPlan.objects.get(enrolment=place, session=sessions[0])
    assert (earlier.outcome, earlier.review_entered_by) == ("did_it", tara)


def test_my_page_s_queries_do_not_grow_with_my_plans(client, pat, place, sessions, course,
                                                     time_machine, django_assert_num_queries):
    time_machine.move_to(sessions[0].starts_at + timedelta(minutes=30))
    action_plans.make_plan(place, sessions[0], PlanDetails(what="Walk", confidence=8))
    client.force_login(pat)
    client.get("/my/")
    with CaptureQueriesContext(connection) as before:
        client.get("/my/")
    for _ in range(3):
        other = CourseRunFactory(course=course, sessions=2,
                                 sessions__first_session_at=sessions[0].starts_at)
        action_plans.make_plan(enrolment_service.enrol(other, pat, by_coordinator=True),
                               other.sessions.first(), PlanDetails(what="Read", confidence=9))
    with django_assert_num_queries(len(before)):
        page = client.get("/my/").content.decode()
    assert page.count("your plan from session 1") == 4
