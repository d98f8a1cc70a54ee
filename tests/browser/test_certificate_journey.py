"""Certificates and CPD in a real browser: a coordinator finishes a run, the participant finds
the certificate, downloads it and checks it; a nurse completes a CPD module and exports the log."""

import io
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts import roles
from courses.models import Certificate, CPDEntry
from courses.services import cpd
from courses.services import enrolment as enrolment_service
from courses.services.attendance import record_attendance
from tests.accounts.factories import UserFactory
from tests.browser.conftest import PHONE, assert_accessible, assert_no_sideways_scroll, log_in
from tests.courses.factories import (
    CoDesignCreditFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseRunFactory,
    ModulePageFactory,
)


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def finished_course(home):
    catalogue = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=catalogue, title="Living Well", slug="living-well",
                               session_count=4, completion_min_sessions=3)
    CoDesignCreditFactory(page=course, name="Mòrag Consented")
    run = CourseRunFactory(course=course, sessions=4,
                           sessions__first_session_at=timezone.now() - timedelta(weeks=5))
    coordinator = UserFactory(full_name="Cora Coordinator", roles=[roles.COORDINATOR])
    person = UserFactory(full_name="Seònaid Ó Ceallaigh")
    place = enrolment_service.enrol(run, person, by_coordinator=True)
    for session in run.sessions.all():
        record_attendance(session, place, "present", by=coordinator, method="trainer")
    return run, coordinator, person


def test_finishing_a_run_puts_a_verifiable_certificate_on_my_page(
        browser, live_server, finished_course, tmp_path, settings):
    settings.WAGTAILADMIN_BASE_URL = live_server.url  # the address printed on certificates
    run, coordinator, person = finished_course
    admin = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    phone = browser.new_context(base_url=live_server.url, viewport=PHONE, accept_downloads=True)
    try:
        desk = admin.new_page()
        log_in(desk, coordinator)
        desk.goto(f"/admin/course_runs/{run.pk}/schedule/")
        desk.get_by_role("button", name="Finish the run and work out completions").click()
        expect(desk.get_by_text("The run is finished")).to_be_visible()

        page = phone.new_page()
        log_in(page, person)
        page.goto("/my/")
        certificates = page.get_by_role("region", name="Your certificates")
        expect(certificates.get_by_role("heading", name="Living Well")).to_be_visible()
        assert_accessible(page)
        assert_no_sideways_scroll(page)

        with page.expect_download() as download:
            certificates.get_by_role(
                "link", name=re.compile(r"Download \(PDF\)\s*: Living Well")).click()
        saved = tmp_path / "certificate.pdf"
        download.value.save_as(saved)
        text = _pdf_text(saved)
        code = Certificate.objects.get().code
        assert "Seònaid Ó Ceallaigh" in text and "Living Well" in text and code in text

        certificates.get_by_role(
            "link", name=re.compile(r"Read it as a web page\s*: Living Well")).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Certificate of completion")
        expect(page.get_by_role("heading", name="Seònaid Ó Ceallaigh")).to_be_visible()
        assert_accessible(page)
        assert_no_sideways_scroll(page)

        page.get_by_role("link", name=f"/certificates/verify/{code}/").click()
        expect(page.get_by_text("This certificate is valid.")).to_be_visible()
        expect(page.locator(".panel--valid")).to_contain_text("Seònaid Ó Ceallaigh")
        assert_accessible(page)

        desk.goto("/admin/certificates/")
        desk.get_by_role("link", name=code).click()
        desk.get_by_label("Why is it revoked?").fill("Attendance was recorded on the wrong run")
        desk.get_by_role("button", name="Revoke the certificate").click()
        expect(desk.get_by_text("The certificate is revoked.")).to_be_visible()
        page.reload()
        expect(page.get_by_text("This certificate has been revoked.")).to_be_visible()
    finally:
        admin.close()
        phone.close()


@pytest.fixture
def cpd_module(home):
    catalogue = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=catalogue, title="Supporting Self Management",
                               slug="supporting", delivery="self_paced",
                               audience="health_staff", cpd_hours=Decimal("3"),
                               session_count=None, completion_min_sessions=None)
    for number in (1, 2):
        ModulePageFactory(parent=course, title=f"Part {number}", slug=f"part-{number}")
    nurse = UserFactory(full_name="Ùna Chaimbeul", roles=[roles.HEALTH_STAFF])
    cpd.save_staff_profile(nurse, profession="Community nurse", registration_body="NMC")
    return course, nurse


def test_a_nurse_completes_a_cpd_module_with_a_reflection_and_exports_the_log(
        page, cpd_module, tmp_path):
    course, nurse = cpd_module
    log_in(page, nurse)
    page.goto(course.url)
    page.get_by_role("link", name="Start the first module").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Part 1")
    assert_accessible(page)
    page.get_by_role("button", name="Mark as done and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Part 2")
    page.get_by_role("button", name="Mark as done and continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your reflection")
    page.get_by_role("button", name="Finish and add to my CPD log").click()  # empty first
    expect(page.get_by_text("Write a few words about what you learned.").first).to_be_visible()
    assert_accessible(page)
    # A nurse is offered the NMC's shape first; another one's questions are a button away.
    page.get_by_label("HCPC CPD record").check()
    page.get_by_role("button", name="Use this template").click()
    expect(page.get_by_label("How does it benefit the people who use your service?")) \
        .to_be_visible()
    page.get_by_label("NMC written reflective account").check()
    page.get_by_role("button", name="Use this template").click()
    page.get_by_label("What kind of CPD activity was it?").fill("An online module.")
    page.get_by_label("What did you learn from it?").fill("People know their own condition well.")
    page.get_by_label("How did you change or improve your practice as a result?").fill(
        "Ask what matters to them before anything else.")
    page.get_by_label("How is this relevant to the Code?").fill("Prioritise people.")
    page.get_by_role("button", name="Finish and add to my CPD log").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("My CPD log")
    expect(page.get_by_role("heading", name="Supporting Self Management")).to_be_visible()
    assert CPDEntry.objects.get().learned == "People know their own condition well."
    page.get_by_text("Your reflection").click()
    expect(page.get_by_text("Ask what matters to them before anything else.")).to_be_visible()
    assert_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the log (PDF)").click()
    download.value.save_as(tmp_path / "log.pdf")
    text = _pdf_text(tmp_path / "log.pdf")
    assert "Ùna Chaimbeul" in text and "Ask what matters to them before anything else." in text
    assert "How is this relevant to the Code?" in text

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the log (spreadsheet, CSV)").click()
    download.value.save_as(tmp_path / "log.csv")
    rows = (tmp_path / "log.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("Date,Learning,How") and "Supporting Self Management" in rows[1]
