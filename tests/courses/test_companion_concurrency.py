"""Pairs and single people racing for the last places, on PostgreSQL with real threads: the run
is never overbooked and a pair is never split (both placed, or both waiting).

The negative control takes the run's lock away and holds every thread at a barrier between
counting the places and saving: the same crowd must then overbook, which shows this test
would see a race if the service let one through.
"""

import threading

import pytest
from django.db import connection

from courses.models import Companions, CourseRun, Enrolment, EnrolmentStatus
from courses.services import enrolment as enrolment_service
from tests.accounts.factories import UserFactory
from tests.courses.factories import CoursePageFactory, CourseRunFactory

pytestmark = [pytest.mark.postgres,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PAIRS, SINGLES, PLACES = 8, 10, 9


@pytest.fixture
def crowd(catalogue):
    course = CoursePageFactory(parent=catalogue, audience="carers",
                               companions=Companions.TAKE_PLACES)
    run = CourseRunFactory(course=course, capacity=PLACES, sessions=6)
    pairs = [(UserFactory(), UserFactory()) for _ in range(PAIRS)]
    return run, pairs + [(UserFactory(), None) for _ in range(SINGLES)]


def _enrol_at_once(run, applicants):
    start = threading.Barrier(len(applicants), timeout=30)
    errors = []

    def attempt(person, companion):
        try:
            start.wait()
            enrolment_service.enrol(run, person, companion=companion)
        except Exception as error:  # collected and asserted on below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=applicant) for applicant in applicants]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


def _split_pairs(run, applicants) -> list:
    status = dict(Enrolment.objects.filter(run=run).values_list("user_id", "status"))
    return [(person, companion) for person, companion in applicants
            if companion is not None and status[person.pk] != status[companion.pk]]


def test_pairs_and_singles_at_once_fill_the_places_exactly_and_no_pair_is_split(crowd):
    run, applicants = crowd
    assert _enrol_at_once(run, applicants) == []
    assert run.enrolments.holding_places().count() == PLACES
    assert run.enrolments.count() == 2 * PAIRS + SINGLES
    assert _split_pairs(run, applicants) == []
    assert run.enrolments.filter(status=EnrolmentStatus.WAITLISTED).count() == (
        2 * PAIRS + SINGLES - PLACES)


def test_negative_control_without_the_lock_the_same_crowd_overbooks(crowd, monkeypatch):
    run, applicants = crowd
    counted = threading.Barrier(len(applicants), timeout=30)
    count_places = enrolment_service._places_taken

    def count_then_wait(run):
        taken = count_places(run)
        counted.wait()  # nobody saves until everybody has counted
        return taken

    monkeypatch.setattr(type(CourseRun.objects), "locked",
                        lambda runs, pk: runs.select_related("course").get(pk=pk))
    monkeypatch.setattr(enrolment_service, "_places_taken", count_then_wait)
    assert _enrol_at_once(run, applicants) == []
    assert run.enrolments.holding_places().count() > PLACES
