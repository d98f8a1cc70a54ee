"""Marking attendance and self check-in, tested where the rules live."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import Attendance, AttendanceStatus, MarkingMethod
from courses.services import enrolment as enrolment_service
from courses.services.attendance import AttendanceError, check_in, record_attendance
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(run):
    """The run's first session, which started ten minutes ago."""
    return under_way(run.sessions.order_by("starts_at").first())


def under_way(session):
    session.starts_at = timezone.now() - timedelta(minutes=10)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()
    return session


def test_marking_records_who_and_how(session, run, pat, tara):
    enrolment = enrolment_service.enrol(run, pat)
    mark = record_attendance(session, enrolment, AttendanceStatus.PRESENT, by=tara,
                             method=MarkingMethod.TRAINER)
    assert (mark.status, mark.marked_by, mark.method) == ("present", tara, "trainer")


def test_marking_the_same_again_changes_nothing(session, run, pat, tara, cora):
    enrolment = enrolment_service.enrol(run, pat)
    first = record_attendance(session, enrolment, "present", by=tara, method="trainer")
    again = record_attendance(session, enrolment, "present", by=cora, method="coordinator")
    assert again.pk == first.pk
    assert (again.marked_by, again.method) == (tara, "trainer")
    assert Attendance.objects.count() == 1


def test_a_correction_replaces_the_mark_and_says_who_made_it(session, run, pat, tara, cora):
    enrolment = enrolment_service.enrol(run, pat)
    record_attendance(session, enrolment, "absent", by=tara, method="trainer")
    corrected = record_attendance(session, enrolment, "excused", by=cora, method="coordinator")
    assert (corrected.status, corrected.marked_by, corrected.method) == (
        "excused", cora, "coordinator")
    assert Attendance.objects.count() == 1


@pytest.mark.parametrize("status", ["maybe", "", "PRESENT"])
def test_it_refuses_statuses_that_do_not_exist(session, run, pat, tara, status):
    enrolment = enrolment_service.enrol(run, pat)
    with pytest.raises(AttendanceError) as error:
        record_attendance(session, enrolment, status, by=tara, method="trainer")
    assert error.value.code == "bad_status"


def test_only_people_with_a_place_are_on_the_register(course, session, run, pat, sam, tara):
    withdrawn = enrolment_service.enrol(run, pat)
    enrolment_service.withdraw(withdrawn)
    other_run = CourseRunFactory(course=course, sessions=1,
                                 sessions__first_session_at=timezone.now())
    elsewhere = enrolment_service.enrol(other_run, sam)
    for enrolment in (withdrawn, elsewhere):
        with pytest.raises(AttendanceError) as error:
            record_attendance(session, enrolment, "present", by=tara, method="trainer")
        assert error.value.code == "not_on_register"


@pytest.mark.parametrize("method", ["trainer", "import", "coordinator"])
def test_nobody_is_marked_for_a_session_that_has_not_begun(run, pat, tara, method):
    later = run.sessions.order_by("starts_at").last()
    enrolment = enrolment_service.enrol(run, pat)
    with pytest.raises(AttendanceError) as error:
        record_attendance(later, enrolment, "present", by=tara, method=method)
    assert error.value.code == "not_started"
    assert "has not started yet" in error.value.message
    assert not Attendance.objects.exists()
    half_an_hour_before = later.starts_at - timedelta(minutes=30)
    assert record_attendance(later, enrolment, "present", by=tara, method=method,
                             now=half_an_hour_before).status == "present"


def test_check_in_opens_half_an_hour_before_and_closes_after_the_session(session, run, pat):
    enrolment_service.enrol(run, pat)
    with pytest.raises(AttendanceError) as error:
        check_in(session, pat, now=session.starts_at - timedelta(minutes=31))
    assert error.value.code == "too_early"
    with pytest.raises(AttendanceError) as error:
        check_in(session, pat, now=session.ends_at + timedelta(minutes=31))
    assert error.value.code == "too_late"
    mark = check_in(session, pat, now=session.starts_at - timedelta(minutes=29))
    assert (mark.status, mark.method, mark.marked_by) == ("present", "self_check_in", pat)


def test_checking_in_well_after_the_start_counts_as_late(session, run, pat):
    enrolment_service.enrol(run, pat)
    assert check_in(session, pat, now=session.starts_at + timedelta(minutes=20)).status == "late"


def test_checking_in_twice_is_harmless(session, run, pat):
    enrolment_service.enrol(run, pat)
    first = check_in(session, pat, now=session.starts_at)
    second = check_in(session, pat, now=session.starts_at + timedelta(minutes=40))
    assert second.pk == first.pk and second.status == "present"


def test_checking_in_replaces_an_absent_mark(session, run, pat, tara):
    enrolment = enrolment_service.enrol(run, pat)
    record_attendance(session, enrolment, "absent", by=tara, method="trainer")
    assert check_in(session, pat, now=session.starts_at).status == "present"


def test_only_people_with_a_place_can_check_in(session, run, sam):
    with pytest.raises(AttendanceError) as error:
        check_in(session, sam, now=session.starts_at)
    assert error.value.code == "not_on_register"
    waiting_run = CourseRunFactory(course=run.course, capacity=1, sessions=1)
    enrolment_service.enrol(waiting_run, UserFactory())
    enrolment_service.enrol(waiting_run, sam)
    with pytest.raises(AttendanceError):
        check_in(waiting_run.sessions.first(), sam, now=timezone.now())
