"""Certificates: issued once when a run closes, e-mailed with the PDF, revoked and reissued,
downloaded only by their owner, and checked by anyone with the code."""

import os
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from courses.models import Certificate, EnrolmentStatus, OutboxMessage
from courses.services import certificates, completion
from courses.services import enrolment as enrolment_service
from courses.services.attendance import record_attendance
from courses.services.outbox import sweep_outbox
from courses.tasks import close_finished_runs_task, send_email_task
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


def _certificate_mails():
    return [m for m in mail.outbox if m.attachments and m.attachments[0][0].endswith(".pdf")]


def test_closing_a_run_issues_one_certificate_to_each_person_who_completed(finished, pat):
    run, done, short = finished
    completion.close_run(run)
    certificate = Certificate.objects.get()
    assert certificate.enrolment == done and certificate.user == pat
    assert (certificate.name, certificate.course_title) == (pat.full_name, "Living Well")
    assert (certificate.sessions_attended, certificate.sessions_total) == (5, 6)
    assert certificate.started_on == timezone.localdate(run.sessions.first().starts_at)
    assert certificate.issued_by is None  # by the rule, not by a person
    assert OutboxMessage.objects.filter(kind="certificate_issued").count() == 1


def test_the_e_mail_carries_the_pdf_and_links_to_the_certificate(finished, pat):
    completion.close_run(finished[0])
    sweep_outbox()
    [email] = _certificate_mails()
    certificate = Certificate.objects.get()
    assert email.to == [pat.email]
    name, content, mimetype = email.attachments[0]
    assert (name, mimetype) == (f"certificate-{certificate.code}.pdf", "application/pdf")
    assert content.startswith(b"%PDF")
    assert f"/certificates/verify/{certificate.code}/" in email.body
    assert f"/certificates/{certificate.code}/" in email.body


def test_a_gaelic_speaker_gets_the_e_mail_and_the_certificate_in_gaelic(finished, pat):
    pat.preferred_language = "gd"
    pat.save()
    completion.close_run(finished[0])
    sweep_outbox()
    [email] = _certificate_mails()
    assert Certificate.objects.get().language == "gd"
    assert email.subject.startswith("An teisteanas agad")
    assert "/gd/certificates/verify/" in email.body


def test_two_triggers_a_retried_task_and_the_periodic_close_give_one_certificate_one_e_mail(
        finished):
    run, done, _short = finished
    completion.close_run(run)
    first = Certificate.objects.get()
    done.refresh_from_db()
    assert certificates.issue_for_enrolment(done) == first  # a second trigger
    assert close_finished_runs_task.apply().get() == 0      # the periodic close
    message = OutboxMessage.objects.get(kind="certificate_issued")
    assert send_email_task.apply(args=[[message.pk]]).get() == 1
    assert send_email_task.apply(args=[[message.pk]]).get() == 0  # the task run again
    assert sweep_outbox() == 0
    assert Certificate.objects.count() == 1
    assert len(_certificate_mails()) == 1


def test_a_rolled_back_completion_issues_nothing(finished, django_capture_on_commit_callbacks):
    run = finished[0]
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            completion.close_run(run)
            assert Certificate.objects.count() == 1
            raise RuntimeError("the close failed after the certificates were written")
    assert not Certificate.objects.exists()
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


def test_a_correction_that_completes_someone_issues_their_certificate(finished, sam, tara):
    run, _done, short = finished
    completion.close_run(run)
    assert not Certificate.objects.filter(user=sam).exists()
    for session in run.sessions.order_by("starts_at")[2:5]:
        record_attendance(session, short, "present", by=tara, method="trainer")
    short.refresh_from_db()
    assert short.status == EnrolmentStatus.COMPLETED
    assert Certificate.objects.filter(user=sam, enrolment=short).count() == 1


def test_a_certificate_revoked_before_its_e_mail_went_is_not_sent(finished, cora):
    completion.close_run(finished[0])
    certificates.revoke(Certificate.objects.get(), by=cora, reason="Issued by mistake")
    sweep_outbox()
    assert _certificate_mails() == []
    assert OutboxMessage.objects.get(kind="certificate_issued").skipped


def test_revoking_needs_a_reason_and_happens_once(finished, cora):
    completion.close_run(finished[0])
    certificate = Certificate.objects.get()
    with pytest.raises(certificates.CertificateError):
        certificates.revoke(certificate, by=cora, reason="  ")
    certificates.revoke(certificate, by=cora, reason="Attendance was recorded wrongly")
    with pytest.raises(certificates.CertificateError):
        certificates.revoke(certificate, by=cora, reason="again")
    certificate.refresh_from_db()
    assert (certificate.revoke_reason, certificate.revoked_by) == (
        "Attendance was recorded wrongly", cora)


def test_reissuing_after_a_name_correction_makes_a_new_code_and_sends_it(finished, pat, cora):
    completion.close_run(finished[0])
    sweep_outbox()
    old = Certificate.objects.get()
    pat.full_name = "Pàdraig Mac Aonghais"
    pat.save()
    new = certificates.reissue(old, by=cora)
    old.refresh_from_db()
    assert old.revoked_at is not None and new.code != old.code
    assert (new.name, new.issued_by, new.enrolment) == ("Pàdraig Mac Aonghais", cora,
                                                        old.enrolment)
    sweep_outbox()
    assert len(_certificate_mails()) == 2
    assert Certificate.objects.valid().get() == new


# --- who may have it -----------------------------------------------------------------------

@pytest.fixture
def issued(finished):
    completion.close_run(finished[0])
    return Certificate.objects.get()


@pytest.mark.parametrize("path", ["/certificates/{code}/", "/certificates/{code}/download/"])
def test_only_the_owner_can_read_or_download_a_certificate(client, issued, pat, sam, path):
    url = path.format(code=issued.code)
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    client.force_login(sam)
    assert client.get(url).status_code == 404
    client.force_login(pat)
    response = client.get(url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_the_download_is_the_pdf_and_is_stored_once(client, issued, pat):
    client.force_login(pat)
    first = client.get(f"/certificates/{issued.code}/download/")
    assert first["Content-Type"] == "application/pdf"
    assert first["Content-Disposition"] == f'attachment; filename="certificate-{issued.code}.pdf"'
    issued.refresh_from_db()
    assert issued.pdf.name == f"certificates/{issued.code}.pdf"
    assert client.get(f"/certificates/{issued.code}/download/").content == first.content


def test_the_stored_pdf_is_not_under_the_public_media_url(settings, issued, client, pat):
    client.force_login(pat)
    client.get(f"/certificates/{issued.code}/download/")
    issued.refresh_from_db()
    assert str(settings.PRIVATE_MEDIA_ROOT) in issued.pdf.path
    assert not issued.pdf.path.startswith(str(settings.MEDIA_ROOT) + "/")


def test_the_html_version_has_real_headings_and_the_same_facts(client, issued, pat):
    client.force_login(pat)
    html = client.get(f"/certificates/{issued.code}/").content.decode()
    assert "<h1" in html and f"<h2>{pat.full_name}</h2>" in html
    assert "Living Well" in html and "5 of 6" in html and issued.code in html
    assert "designed together by people with lived experience" in html


def test_my_page_lists_my_certificates_and_not_other_peoples(client, issued, pat, sam):
    client.force_login(pat)
    assert f"/certificates/{issued.code}/download/" in client.get("/my/").content.decode()
    client.force_login(sam)
    assert issued.code not in client.get("/my/").content.decode()


# --- public verification -------------------------------------------------------------------

def test_verifying_a_valid_certificate_shows_only_name_course_and_date(client, issued, pat):
    response = client.get(f"/certificates/verify/{issued.code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in html
    assert pat.full_name in html and "Living Well" in html
    assert pat.email not in html and "5 of 6" not in html and "Tara" not in html


def test_verifying_a_revoked_certificate_says_so(client, issued, cora):
    certificates.revoke(issued, by=cora, reason="Attendance was recorded wrongly")
    html = client.get(f"/certificates/verify/{issued.code}/").content.decode()
    assert "This certificate has been revoked." in html
    assert "This certificate is valid." not in html
    assert "Attendance was recorded wrongly" not in html  # the reason is for coordinators


def test_an_unknown_code_is_plainly_not_found(client, issued):
    response = client.get("/certificates/verify/ZZZZ-ZZZZ-ZZZZ/")
    assert response.status_code == 404
    assert "Not found." in response.content.decode()


@pytest.mark.parametrize("code", ["<script>alert(1)", "x" * 300, "%25", "K7P2-QX4M",
                                  "'; drop table courses_certificate; --"])
def test_an_address_that_cannot_hold_a_code_is_not_found(client, issued, code):
    response = client.get(f"/certificates/verify/{code}/")
    assert response.status_code == 404
    assert "<script>alert" not in response.content.decode()


@pytest.mark.parametrize("typed", ["%", "🙂", "K7P2", "K7P2-QX4M-9TBD-EXTRA", "ÉÉÉÉ-ÉÉÉÉ-ÉÉÉÉ"])
def test_the_form_says_what_a_code_looks_like(client, issued, typed):
    response = client.get("/certificates/verify/", {"code": typed})
    assert response.status_code == 200
    assert "A code has 12 letters and numbers" in response.content.decode()


def test_the_form_forgives_spaces_case_and_missing_dashes(client, issued):
    typed = issued.code.replace("-", " ").lower()
    response = client.get("/certificates/verify/", {"code": typed})
    assert response.status_code == 302
    assert response.url == f"/certificates/verify/{issued.code}/"


@pytest.mark.parametrize("typed, message", [
    ("", "Enter the code printed on the certificate."),
    ("A" * 30, "A code has 12 letters and numbers"),
])
def test_the_form_explains_what_is_wrong(client, db, typed, message):
    response = client.get("/certificates/verify/", {"code": typed})
    assert response.status_code == 200
    assert message in response.content.decode()


def test_a_code_is_unguessable_and_readable():
    codes = {certificates.Certificate._meta.get_field("code").default() for _ in range(2000)}
    assert len(codes) == 2000
    for code in list(codes)[:50]:
        assert len(code) == 14 and code.count("-") == 2
        assert not set(code.replace("-", "")) & set("01IO")


def test_a_person_who_completes_two_runs_has_two_certificates(course, tara):
    person = UserFactory()
    for weeks in (20, 10):
        run = CourseRunFactory(course=course, sessions=2,
                               sessions__first_session_at=timezone.now() - timedelta(weeks=weeks))
        enrolment = enrolment_service.enrol(run, person, by_coordinator=True)
        for session in run.sessions.all():
            record_attendance(session, enrolment, "present", by=tara, method="trainer")
        completion.close_run(run)
    assert Certificate.objects.valid().filter(user=person).count() == 2


def test_deleting_a_person_erases_their_certificate_and_it_verifies_as_gone(
        client, issued, pat):
    client.force_login(pat)
    client.get(f"/certificates/{issued.code}/download/")
    issued.refresh_from_db()
    stored = issued.pdf.path
    pat.delete()
    issued.refresh_from_db()
    assert issued.erased_at is not None and issued.user is None and issued.enrolment is None
    assert issued.name == "" and not issued.pdf
    assert not os.path.exists(stored)
    html = client.get(f"/certificates/verify/{issued.code}/").content.decode()
    assert "This certificate is no longer available." in html and "Pat Participant" not in html
