"""Mistakes the scheduling rules refuse, wherever they are tried: a run of a self-paced
module, a course change its trainers cannot deliver or its people did not book, a session
moved to another course's module or past another session without saying so, finishing a run
before it is over, and leaving a closed run with sessions to come without its trainers."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import CourseRun, RunStatus, Session
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from courses.services.errors import SchedulingError
from tests.courses.factories import (
    AccreditationFactory,
    CoursePageFactory,
    CourseRunFactory,
    ModulePageFactory,
    TrainerProfileFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def self_paced(catalogue):
    return CoursePageFactory(parent=catalogue, title="Supporting self management",
                             delivery="self_paced", audience="health_staff", cpd_hours=3)


@pytest.fixture
def other_course(catalogue):
    other = CoursePageFactory(parent=catalogue, title="Caring for yourself too")
    ModulePageFactory(parent=other, title="Looking after yourself")
    return other


@pytest.fixture
def staffed(run, tara_profile, course):
    """``run``, open, with Tara (a peer) leading and Kim co-training, both accredited for
    ``course`` only."""
    kim = TrainerProfileFactory(kind="professional")
    AccreditationFactory(trainer=kim, course=course)
    scheduling.assign_trainer(run, tara_profile, "lead")
    scheduling.assign_trainer(run, kim, "co_trainer")
    return run


def _refused(code, action, *args, **kwargs):
    with pytest.raises(SchedulingError) as error:
        action(*args, **kwargs)
    assert error.value.code == code
    return error.value.message


def test_a_self_paced_module_has_no_runs(self_paced, run):
    message = _refused("self_paced", scheduling.create_run, course=self_paced,
                       venue=VenueFactory(), language="en", capacity=10)
    assert "self-paced module" in message
    _refused("self_paced", scheduling.change_run, run, course=self_paced)


def test_a_run_cannot_change_to_a_course_its_trainers_cannot_deliver(staffed, other_course):
    message = _refused("not_accredited", scheduling.change_run, staffed, course=other_course)
    assert "not accredited to deliver Caring for yourself too" in message
    assert CourseRun.objects.get(pk=staffed.pk).course_id != other_course.pk


def test_a_run_people_booked_keeps_its_course(staffed, other_course, pat, tara_profile):
    for profile in staffed.facilitations.all():
        AccreditationFactory(trainer=profile.trainer, course=other_course)
    enrolment_service.enrol(staffed, pat)
    _refused("course_booked", scheduling.change_run, staffed, course=other_course)


def test_a_changed_course_brings_its_modules_to_the_sessions(draft_run, other_course):
    scheduling.change_run(draft_run, course=other_course)
    assert [s.module and s.module.title for s in draft_run.sessions.order_by("starts_at")] == [
        "Looking after yourself", None]


@pytest.fixture
def draft_run(course):
    return CourseRunFactory(course=course, status="draft", sessions=2)


def test_a_session_covers_a_module_of_its_own_course(run, other_course):
    session = run.sessions.first()
    elsewhere = other_course.get_children().first().specific
    _refused("other_course", scheduling.change_session, session, starts_at=session.starts_at,
             ends_at=session.ends_at, module=elsewhere)
    _refused("other_course", scheduling.add_session, run, module=elsewhere,
             starts_at=session.starts_at + timedelta(days=60),
             ends_at=session.ends_at + timedelta(days=60))


def test_moving_a_session_past_another_needs_saying_so(run):
    sessions = list(run.sessions.order_by("starts_at"))
    fourth, third = sessions[3], sessions[2]
    earlier = third.starts_at - timedelta(days=1)
    message = _refused("changes_order", scheduling.change_session, fourth, starts_at=earlier,
                       ends_at=earlier + timedelta(hours=2), module=fourth.module)
    assert "session 4 to become session 3" in message
    scheduling.change_session(fourth, starts_at=earlier, ends_at=earlier + timedelta(hours=2),
                              module=fourth.module, reorder=True)
    assert list(run.sessions.order_by("starts_at"))[2].pk == fourth.pk


def test_moving_a_session_within_its_place_needs_nothing_more(run):
    first = run.sessions.order_by("starts_at").first()
    moved = scheduling.change_session(first, starts_at=first.starts_at + timedelta(hours=1),
                                      ends_at=first.ends_at + timedelta(hours=1),
                                      module=first.module)
    assert moved.sequence == 1


def test_a_closed_run_with_sessions_to_come_keeps_its_trainers(staffed):
    scheduling.close_enrolment(staffed)
    lead = staffed.facilitations.get(role="lead")
    _refused("needs_two_facilitators", scheduling.remove_trainer, lead)
    assert staffed.facilitations.count() == 2


def test_a_closed_run_that_is_over_may_lose_a_trainer(staffed):
    scheduling.close_enrolment(staffed)
    past = timezone.now() - timedelta(days=60)
    for number, session in enumerate(staffed.sessions.order_by("starts_at")):
        start = past + timedelta(weeks=number)
        Session.objects.filter(pk=session.pk).update(starts_at=start,
                                                     ends_at=start + timedelta(hours=2))
    scheduling.remove_trainer(staffed.facilitations.get(role="co_trainer"))
    assert CourseRun.objects.get(pk=staffed.pk).status == RunStatus.CLOSED


# --- the same rules through the admin ----------------------------------------------------------

@pytest.fixture
def coordinator(client, cora):
    client.force_login(cora)
    return client


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_the_admin_run_form_refuses_a_course_the_trainers_cannot_deliver(coordinator, staffed,
                                                                          other_course):
    response = coordinator.post(f"/admin/course_runs/edit/{staffed.pk}/", {
        "course": other_course.pk, "venue": staffed.venue_id, "language": "en",
        "capacity": "12", "enrolment_opens": "", "enrolment_closes": "", "notes": ""})
    assert response.status_code == 200
    assert "not accredited to deliver Caring for yourself too" in response.content.decode()
    assert CourseRun.objects.get(pk=staffed.pk).course_id != other_course.pk


def test_the_admin_refuses_a_new_run_of_a_self_paced_module(coordinator, self_paced):
    response = coordinator.post("/admin/course_runs/new/", {
        "course": self_paced.pk, "venue": VenueFactory().pk, "language": "en",
        "capacity": "12", "enrolment_opens": "", "enrolment_closes": "", "notes": ""})
    assert response.status_code == 200 and "self-paced module" in response.content.decode()
    assert not CourseRun.objects.filter(course=self_paced).exists()


def test_the_admin_session_form_keeps_a_session_on_its_run(coordinator, run, course):
    session = run.sessions.order_by("starts_at").first()
    other_run = CourseRunFactory(course=course, sessions=1)
    response = coordinator.post(f"/admin/session/edit/{session.pk}/", {
        "run": other_run.pk, "module": "", "starts_at": _local(session.starts_at),
        "ends_at": _local(session.ends_at)})
    assert response.status_code == 302
    assert Session.objects.get(pk=session.pk).run_id == run.pk


def test_the_admin_asks_before_moving_a_session_past_another(coordinator, run):
    fourth = list(run.sessions.order_by("starts_at"))[3]
    earlier = fourth.starts_at - timedelta(days=8)
    form = {"module": "", "starts_at": _local(earlier),
            "ends_at": _local(earlier + timedelta(hours=2))}
    response = coordinator.post(f"/admin/session/edit/{fourth.pk}/", form)
    assert response.status_code == 200
    assert "Change the order of sessions" in response.content.decode()
    response = coordinator.post(f"/admin/session/edit/{fourth.pk}/", {**form, "reorder": "on"})
    assert response.status_code == 302


def test_finishing_is_offered_only_once_the_last_session_is_over(coordinator, run):
    page = coordinator.get(f"/admin/course_runs/{run.pk}/schedule/").content.decode()
    assert "Finish the run" not in page
    past = timezone.now() - timedelta(days=60)
    for number, session in enumerate(run.sessions.order_by("starts_at")):
        start = past + timedelta(weeks=number)
        Session.objects.filter(pk=session.pk).update(starts_at=start,
                                                     ends_at=start + timedelta(hours=2))
    page = coordinator.get(f"/admin/course_runs/{run.pk}/schedule/").content.decode()
    assert "Finish the run" in page
