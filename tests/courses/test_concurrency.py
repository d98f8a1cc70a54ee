"""No overbooking under concurrent enrolment, on PostgreSQL with real threads.

The negative control runs the same scenario with the lock taken away and every thread held at a
barrier between counting the places and saving its enrolment: it must overbook, which shows the
main test would see a race if the service let one through.
"""

import threading

import pytest
from django.db import connection

from courses.models import CourseRun, EnrolmentStatus
from courses.services import enrolment as enrolment_service
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = [pytest.mark.postgres,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PEOPLE = 40
PLACES = 12


def _enrol_at_once(run, users):
    """Enrol every user from its own thread and database connection, all starting together."""
    start = threading.Barrier(len(users), timeout=30)
    statuses, errors = [], []

    def attempt(user):
        try:
            start.wait()
            statuses.append(enrolment_service.enrol(run, user).status)
        except Exception as error:  # collected and asserted on below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses, errors


@pytest.fixture
def crowd(course):
    run = CourseRunFactory(course=course, capacity=PLACES, sessions=6)
    return run, [UserFactory() for _ in range(PEOPLE)]


def test_forty_people_at_once_fill_twelve_places_and_queue_the_rest(crowd):
    run, users = crowd
    statuses, errors = _enrol_at_once(run, users)
    assert errors == []
    assert statuses.count(EnrolmentStatus.CONFIRMED) == PLACES
    assert statuses.count(EnrolmentStatus.WAITLISTED) == PEOPLE - PLACES
    assert run.enrolments.holding_places().count() == PLACES
    positions = list(run.enrolments.with_waitlist_position()
                     .filter(status=EnrolmentStatus.WAITLISTED)
                     .values_list("waitlist_position", flat=True))
    assert sorted(positions) == list(range(1, PEOPLE - PLACES + 1))


def test_negative_control_without_the_lock_the_same_crowd_overbooks(crowd, monkeypatch):
    run, users = crowd
    counted = threading.Barrier(PEOPLE, timeout=30)
    count_places = enrolment_service._places_taken

    def count_then_wait(run):
        taken = count_places(run)
        counted.wait()  # nobody saves until everybody has counted
        return taken

    monkeypatch.setattr(type(CourseRun.objects), "locked",
                        lambda runs, pk: runs.select_related("course").get(pk=pk))
    monkeypatch.setattr(enrolment_service, "_places_taken", count_then_wait)
    statuses, errors = _enrol_at_once(run, users)
    assert errors == []
    assert statuses.count(EnrolmentStatus.CONFIRMED) > PLACES
    assert run.enrolments.holding_places().count() == PEOPLE
