"""Two triggers at the same moment (the coordinator's "finish" and the periodic close, say) give
one certificate and one e-mail, on PostgreSQL with real threads.

Every thread is held at a barrier just before it writes, so all of them try to write a
certificate at the same moment. The negative control runs the same race with the partial unique
index taken away: it must end with one certificate per thread, which shows the main test would
see the race.
"""

import threading

import pytest
from django.db import connection

from courses.models import Certificate, EnrolmentStatus, OutboxMessage
from courses.services import certificates

pytestmark = [pytest.mark.postgres,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]
THREADS = 6


def _issue_at_once(enrolment):
    ready = threading.Barrier(THREADS, timeout=30)
    issue_all = certificates._issue_all
    codes, errors = [], []

    def issue_when_everyone_is_ready(link, wanted):
        ready.wait()
        return issue_all(link, wanted)

    def attempt():
        try:
            codes.append(certificates.issue_for_enrolment(enrolment).code)
        except Exception as error:  # collected and asserted on below
            errors.append(error)
        finally:
            connection.close()

    certificates._issue_all = issue_when_everyone_is_ready
    try:
        threads = [threading.Thread(target=attempt) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        certificates._issue_all = issue_all
    return codes, errors


@pytest.fixture
def completed(finished):
    _run, done, _short = finished
    type(done).objects.filter(pk=done.pk).update(status=EnrolmentStatus.COMPLETED)
    return done


def test_simultaneous_triggers_issue_one_certificate_and_owe_one_e_mail(completed):
    codes, errors = _issue_at_once(completed)
    assert errors == []
    assert len(codes) == THREADS and len(set(codes)) == 1
    assert Certificate.objects.count() == 1
    assert OutboxMessage.objects.filter(kind="certificate_issued").count() == 1


def test_negative_control_without_the_unique_index_the_race_issues_several(completed):
    constraint = next(c for c in Certificate._meta.constraints
                      if c.name == "one_valid_certificate_per_enrolment")
    with connection.schema_editor() as editor:
        editor.remove_constraint(Certificate, constraint)
    try:
        _codes, errors = _issue_at_once(completed)
        assert errors == []
        assert Certificate.objects.filter(enrolment=completed).count() == THREADS
    finally:
        Certificate.objects.all().delete()
        with connection.schema_editor() as editor:
            editor.add_constraint(Certificate, constraint)
