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


# --- first downloads at once -------------------------------------------------------------------

def _download_at_once(certificate, *, render):
    """THREADS first downloads of one certificate's PDF, each held at a barrier inside drawing
    it, so that every thread that draws does so at the same moment."""
    from courses.services import certificate_pdf

    ready = threading.Barrier(THREADS, timeout=5)
    draw = certificate_pdf.render_pdf
    drawn, errors = [], []

    def draw_when_everyone_is_ready(locked):
        drawn.append(1)
        try:
            ready.wait()
        except threading.BrokenBarrierError:
            pass  # the others are waiting for the lock, as they should
        return draw(locked)

    def attempt():
        try:
            render(Certificate.objects.get(pk=certificate.pk))
        except Exception as error:  # collected and asserted on below
            errors.append(error)
        finally:
            connection.close()

    certificate_pdf.render_pdf = draw_when_everyone_is_ready
    try:
        threads = [threading.Thread(target=attempt) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        certificate_pdf.render_pdf = draw
    return drawn, errors


def _files_for(certificate) -> list[str]:
    _folders, files = Certificate.pdf.field.storage.listdir("certificates")
    return [name for name in files if name.startswith(certificate.code)]


def _issued_without_a_pdf(enrolment) -> Certificate:
    """A certificate whose PDF has not been drawn yet (issuing e-mails it, which draws it)."""
    certificate = certificates.issue_for_enrolment(enrolment)
    certificates._delete_pdfs([certificate.code])
    Certificate.objects.filter(pk=certificate.pk).update(pdf="")
    return Certificate.objects.get(pk=certificate.pk)


def _unlocked_old_way(certificate):
    """How the PDF used to be stored: no lock, and the storage picks a free name."""
    from django.core.files.base import ContentFile

    from courses.services import certificate_pdf

    data = certificate_pdf.render_pdf(certificate)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(data), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(pdf=certificate.pdf.name)


def test_simultaneous_first_downloads_draw_and_store_one_pdf(completed):
    from courses.services.certificate_pdf import pdf_bytes

    certificate = _issued_without_a_pdf(completed)
    drawn, errors = _download_at_once(certificate, render=pdf_bytes)
    assert errors == []
    assert len(drawn) == 1
    assert _files_for(certificate) == [f"{certificate.code}.pdf"]
    certificates.erase_for(completed.user)
    assert _files_for(certificate) == []


def test_negative_control_without_the_lock_several_copies_are_left(completed):
    certificate = _issued_without_a_pdf(completed)
    drawn, errors = _download_at_once(certificate, render=_unlocked_old_way)
    assert errors == []
    assert len(drawn) == THREADS
    assert len(_files_for(certificate)) == THREADS
    certificates.erase_for(completed.user)
    assert _files_for(certificate) == []  # erasure now finds every copy by its code
