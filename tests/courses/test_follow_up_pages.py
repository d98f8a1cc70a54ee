"""The pages of follow-ups: the question on the enrolment form and on /my/data/, the trainer's
and the volunteer's lists, a task's page with the person's contact details (only there), its
outcome form, and the coordinators' list in the admin, fast however many tasks there are."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent, has_consent
from courses.models import (
    Companions,
    EnrolmentStatus,
    FollowUp,
    FollowUpOutcome,
    FollowUpStatus,
)
from courses.services import enrolment, follow_up, scheduling
from courses.services.attendance import record_attendance
from tests.accounts.factories import UserFactory
from tests.courses.factories import AccreditationFactory, CoursePageFactory, CourseRunFactory

pytestmark = pytest.mark.django_db
FOLLOW_UP = ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE
QUESTION = "If I miss a session, someone from the course may get in touch to see how I am."


@pytest.fixture
def task(run, pat, tara_profile):
    """Pat (who agreed, and prefers a phone call) missed session 1 of Tara's run."""
    User.objects.filter(pk=pat.pk).update(phone="07700 900123", contact_channels=["phone"])
    scheduling.assign_trainer(run, tara_profile, "lead")
    give_consent(pat, FOLLOW_UP)
    place = enrolment.enrol(run, pat)
    session = run.sessions.order_by("starts_at").first()
    record_attendance(session, place, "absent", by=tara_profile.user, method="trainer",
                      now=session.starts_at + timedelta(minutes=5))
    return FollowUp.objects.get()


def test_the_enrolment_form_asks_in_plain_words_and_the_answer_is_kept(client, run, pat):
    client.force_login(pat)
    page = client.get(f"/runs/{run.pk}/").content.decode()
    assert QUESTION in page and 'name="follow_up_ok"' in page
    assert 'name="follow_up_ok" checked' not in page  # no, unless they say yes
    client.post(f"/runs/{run.pk}/enrol/", {"follow_up_ok": "on"})
    assert has_consent(pat, FOLLOW_UP)


def test_it_is_changed_on_my_data_like_the_other_consents(client, pat):
    client.force_login(pat)
    assert "Being contacted by someone from my course if I miss a session" in client.get(
        "/my/data/").content.decode()
    client.post("/my/data/consents/", {"follow_up_after_absence": "on"})
    assert has_consent(pat, FOLLOW_UP)
    client.post("/my/data/consents/", {})
    assert not has_consent(pat, FOLLOW_UP)


def test_the_trainer_sees_the_task_and_the_phone_number_only_inside_it(client, task, tara):
    client.force_login(tara)
    dashboard = client.get("/trainer/").content.decode()
    assert f'href="/trainer/follow-ups/{task.pk}/"' in dashboard and "Pat Participant" in dashboard
    assert "07700" not in dashboard
    inside = client.get(f"/trainer/follow-ups/{task.pk}/").content.decode()
    assert "07700 900123" in inside and "Phone call" in inside


def test_recording_an_outcome_closes_the_task(client, task, tara):
    client.force_login(tara)
    response = client.post(f"/trainer/follow-ups/{task.pk}/", {
        "outcome": FollowUpOutcome.LEFT_MESSAGE, "note": "Voicemail."})
    assert response.status_code == 302 and response.url == "/trainer/follow-ups/"
    task.refresh_from_db()
    assert (task.status, task.outcome, task.closed_by) == (FollowUpStatus.CLOSED,
                                                           FollowUpOutcome.LEFT_MESSAGE, tara)
    assert f"/trainer/follow-ups/{task.pk}/" not in client.get("/trainer/").content.decode()


def test_an_outcome_must_be_chosen(client, task, tara):
    client.force_login(tara)
    response = client.post(f"/trainer/follow-ups/{task.pk}/", {"note": "?"})
    assert response.status_code == 400 and "Choose what happened." in response.content.decode()


def test_leaving_one_of_a_pair_asks_about_the_other_first(client, catalogue, pat, tara_profile):
    course = CoursePageFactory(parent=catalogue, companions=Companions.TAKE_PLACES)
    run = CourseRunFactory(course=course, sessions=2)
    AccreditationFactory(trainer=tara_profile, course=course)
    scheduling.assign_trainer(run, tara_profile, "lead")
    give_consent(pat, FOLLOW_UP)
    carer = UserFactory(full_name="Cara Carer")
    place = enrolment.enrol(run, pat, companion=carer)
    session = run.sessions.order_by("starts_at").first()
    record_attendance(session, place, "absent", by=None, method="trainer",
                      now=session.starts_at + timedelta(minutes=5))
    task = FollowUp.objects.get()
    client.force_login(tara_profile.user)
    page = client.get(f"/trainer/follow-ups/{task.pk}/").content.decode()
    assert "will Cara Carer still come?" in page
    response = client.post(f"/trainer/follow-ups/{task.pk}/",
                           {"outcome": FollowUpOutcome.WITHDRAWN})
    assert response.status_code == 400
    assert "Say whether the person they come with stays." in response.content.decode()
    client.post(f"/trainer/follow-ups/{task.pk}/", {"outcome": FollowUpOutcome.WITHDRAWN,
                                                    "companion": "stays"})
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.WITHDRAWN
    assert run.enrolments.get(user=carer).status == EnrolmentStatus.CONFIRMED


def test_a_volunteer_sees_only_the_tasks_given_to_them(client, task, cora):
    vic = UserFactory(full_name="Vic Volunteer", roles=[roles.VOLUNTEER])
    other = UserFactory(roles=[roles.VOLUNTEER])
    client.force_login(vic)
    assert "0 people to get in touch with" in client.get("/my/").content.decode()
    assert client.get(f"/trainer/follow-ups/{task.pk}/").status_code == 404
    follow_up.assign(task, vic, by=cora)
    assert "1 person to get in touch with" in client.get("/my/").content.decode()
    assert "Pat Participant" in client.get("/trainer/follow-ups/").content.decode()
    assert client.get(f"/trainer/follow-ups/{task.pk}/").status_code == 200
    assert client.get("/trainer/").status_code == 403  # not a trainer: no sessions pages
    client.force_login(other)
    assert client.get(f"/trainer/follow-ups/{task.pk}/").status_code == 404


def test_coordinators_list_tasks_and_give_one_to_a_volunteer(client, task, cora):
    vic = UserFactory(full_name="Vic Volunteer", roles=[roles.VOLUNTEER])
    client.force_login(cora)
    listing = client.get("/admin/follow-ups/").content.decode()
    assert "Pat Participant" in listing and "The run's trainers" in listing
    page = client.get(f"/admin/follow-ups/{task.pk}/").content.decode()
    assert "Vic Volunteer" in page  # offered in the choice
    response = client.post(f"/admin/follow-ups/{task.pk}/", {"volunteer": vic.pk})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.volunteer == vic
    assert "Vic Volunteer" in client.get("/admin/follow-ups/").content.decode()
    assert "No follow-ups match." in client.get("/admin/follow-ups/?status=closed"
                                                ).content.decode()


def test_a_coordinator_who_may_only_look_cannot_assign(client, task):
    looker = UserFactory()
    looker.user_permissions.add(*Permission.objects.filter(
        codename__in=["access_admin", "view_followup"]))
    client.force_login(looker)
    assert client.get(f"/admin/follow-ups/{task.pk}/").status_code == 200
    assert client.post(f"/admin/follow-ups/{task.pk}/", {"volunteer": ""}).status_code == 403


def _more_tasks(run, count: int) -> None:
    session = run.sessions.order_by("starts_at").first()
    people = User.objects.bulk_create(User(email=f"many{n}@example.org", full_name=f"Many {n}")
                                      for n in range(count))
    places = [enrolment.enrol(run, person, by_coordinator=True) for person in people]
    FollowUp.objects.bulk_create(FollowUp(enrolment=place, session=session, last_missed=session,
                                          last_missed_at=session.starts_at) for place in places)


def test_the_coordinators_list_takes_the_same_queries_however_many_tasks(client, task, cora,
                                                                          run):
    client.force_login(cora)
    client.get("/admin/follow-ups/")
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/follow-ups/")
    run.capacity = 100
    run.save()
    _more_tasks(run, 60)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/admin/follow-ups/")
    assert "61 follow-ups" in response.content.decode()
    assert len(many) == len(few)


def test_the_delivery_view_says_who_is_being_followed_up_to_those_who_run_it(
        client, task, tara, run):
    session = run.sessions.order_by("starts_at")[1]
    client.force_login(tara)
    page = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert f'href="/trainer/follow-ups/{task.pk}/"' in page
    assert "Missed a session: someone is getting in touch" in page
    assert "07700" not in page
    follow_up.record_outcome(task, FollowUpOutcome.TALKED, by=tara, note="")
    page = client.get(f"/trainer/sessions/{session.pk}/").content.decode()
    assert "Missed a session" not in page
