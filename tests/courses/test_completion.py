"""Completion when a run closes: the course's rule, stored as fields, applied by one service."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import EndReason, EnrolmentStatus, RunStatus
from courses.services import completion
from courses.services import enrolment as enrolment_service
from courses.services.attendance import record_attendance
from courses.services.completion import CompletionError
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_run(course):
    """A six-session run that ended yesterday; the course asks for 4 of 6."""
    start = timezone.now() - timedelta(weeks=6)
    return CourseRunFactory(course=course, sessions=6, sessions__first_session_at=start)


def _attend(run, enrolment, statuses, by):
    for session, status in zip(run.sessions.all(), statuses, strict=False):
        record_attendance(session, enrolment, status, by=by, method="trainer")


def _close_and_get(run, enrolment):
    completion.close_run(run)
    enrolment.refresh_from_db()
    return enrolment.status


def test_four_of_six_completes_and_three_does_not(past_run, pat, sam, tara):
    done = enrolment_service.enrol(past_run, pat, by_coordinator=True)
    short = enrolment_service.enrol(past_run, sam, by_coordinator=True)
    _attend(past_run, done, ["present", "late", "absent", "present", "present", "absent"], tara)
    _attend(past_run, short, ["present", "present", "absent", "present", "absent", "absent"],
            tara)
    completion.close_run(past_run)
    done.refresh_from_db()
    short.refresh_from_db()
    assert (done.status, short.status) == (EnrolmentStatus.COMPLETED,
                                           EnrolmentStatus.NOT_COMPLETED)
    past_run.refresh_from_db()
    assert past_run.status == RunStatus.FINISHED


@pytest.mark.parametrize("counts_excused, expected", [
    (False, EnrolmentStatus.NOT_COMPLETED), (True, EnrolmentStatus.COMPLETED)])
def test_excused_absences_count_only_if_the_course_says_so(
        past_run, course, pat, tara, counts_excused, expected):
    course.completion_counts_excused = counts_excused
    course.save()
    enrolment = enrolment_service.enrol(past_run, pat, by_coordinator=True)
    _attend(past_run, enrolment, ["present", "present", "excused", "present"], tara)
    assert _close_and_get(past_run, enrolment) == expected


def test_a_late_joiner_completes_on_the_sessions_they_came_to(past_run, pat, tara):
    joiner = enrolment_service.enrol(past_run, pat, by_coordinator=True)
    _attend(past_run, joiner, ["absent", "absent", "present", "present", "present", "present"],
            tara)
    assert _close_and_get(past_run, joiner) == EnrolmentStatus.COMPLETED


def test_people_who_withdrew_stay_withdrawn(past_run, pat, tara):
    enrolment = enrolment_service.enrol(past_run, pat, by_coordinator=True)
    _attend(past_run, enrolment, ["present"] * 4, tara)
    enrolment_service.withdraw(enrolment)
    assert _close_and_get(past_run, enrolment) == EnrolmentStatus.WITHDRAWN


def test_people_still_waiting_leave_the_list_when_the_run_ends(course, pat):
    start = timezone.now() - timedelta(weeks=3)
    run = CourseRunFactory(course=course, capacity=1, sessions=2,
                           sessions__first_session_at=start)
    enrolment_service.enrol(run, UserFactory(), by_coordinator=True)
    waiting = enrolment_service.enrol(run, pat, by_coordinator=True)
    completion.close_run(run)
    waiting.refresh_from_db()
    assert (waiting.status, waiting.end_reason) == (EnrolmentStatus.WITHDRAWN,
                                                    EndReason.RUN_ENDED)


def test_a_course_without_a_number_asks_for_every_session(past_run, course, pat, tara):
    course.completion_min_sessions = None
    course.save()
    enrolment = enrolment_service.enrol(past_run, pat, by_coordinator=True)
    _attend(past_run, enrolment, ["present"] * 5, tara)
    assert _close_and_get(past_run, enrolment) == EnrolmentStatus.NOT_COMPLETED


def test_a_run_cannot_finish_before_its_last_session(run):
    with pytest.raises(CompletionError) as error:
        completion.close_run(run)
    assert error.value.code == "not_over"


def test_a_correction_after_closing_re_decides_and_flags_it(past_run, pat, tara, cora):
    enrolment = enrolment_service.enrol(past_run, pat, by_coordinator=True)
    _attend(past_run, enrolment, ["present", "present", "present", "absent"], tara)
    assert _close_and_get(past_run, enrolment) == EnrolmentStatus.NOT_COMPLETED
    fourth = past_run.sessions.all()[3]
    record_attendance(fourth, enrolment, "present", by=cora, method="coordinator")
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    assert enrolment.completion_changed_at is not None


def test_the_periodic_close_finishes_due_runs_once(past_run, run, pat):
    enrolment_service.enrol(past_run, pat, by_coordinator=True)
    later = timezone.now() + timedelta(days=1)
    assert completion.close_finished_runs(now=later) == 1
    assert completion.close_finished_runs(now=later) == 0
    run.refresh_from_db()
    assert run.status == RunStatus.OPEN  # its sessions are still to come
