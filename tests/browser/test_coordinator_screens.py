"""The coordinator's screens read like a person wrote them: UK dates, words not True/False,
exports and the audit log in plain labels; the schedule page's buttons fit a phone, the
trainer-delivery page runs without a script error, the outcomes table fits a laptop."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from courses.services import enrolment as enrolment_service
from courses.services import exports
from tests.browser.conftest import PHONE, assert_accessible, assert_no_sideways_scroll, log_in
from tests.courses.factories import CourseRunFactory, VenueFactory

LONDON = ZoneInfo("Europe/London")
US_STYLE = re.compile(r"\b(Sept?\.|a\.m\.|p\.m\.|noon)")


@pytest.fixture
def scheduled(course, pat, cora):
    run = CourseRunFactory(course=course, sessions=3, sessions__first_session_at=datetime(
        2027, 9, 28, 10, tzinfo=LONDON))
    VenueFactory(name="Video call", area=None, is_online=True)
    enrolment_service.enrol(run, pat, by_coordinator=True)
    record = exports.record_export(cora, exports.build_export(
        "attendance", {"area": str(run.venue.area_id)}), "csv", rows=0)
    return run, record


def test_screens_speak_plainly_and_in_uk_dates(page, cora, scheduled):
    run, _record = scheduled
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, cora)

    page.goto(f"/admin/course_runs/{run.pk}/schedule/")
    text = page.locator("main").inner_text()
    assert "28 Sep 2027, 10:00" in text or "Tue 28 Sep 2027, 10:00" in text
    assert not US_STYLE.search(text), US_STYLE.search(text)

    page.goto("/admin/venue/")
    venues = page.locator("main").inner_text()
    assert "Online" in venues and "In person" in venues
    assert "True" not in venues and "False" not in venues

    page.goto("/admin/exportrecord/")
    log = page.locator("main").inner_text()
    assert "Attendance" in log and f"Area: {run.venue.area.name}" in log
    assert "{'area'" not in log

    page.goto("/admin/auditentry/")
    audit = page.locator("main").inner_text()
    assert "Course run" in audit and str(run.course.title) in audit
    assert "courses.courserun" not in audit

    page.goto("/admin/trainer-delivery/")
    expect(page.get_by_role("button", name="Show figures")).to_be_visible()
    assert errors == []


def test_the_schedule_page_fits_a_phone(browser, live_server, cora, scheduled):
    run, _record = scheduled
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    phone = context.new_page()
    try:
        log_in(phone, cora)
        phone.goto(f"/admin/course_runs/{run.pk}/schedule/")
        buttons = phone.locator("main section > .actions .button")
        assert buttons.count() >= 6
        for index in range(buttons.count()):
            box = buttons.nth(index).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], \
                buttons.nth(index).inner_text()
        assert_no_sideways_scroll(phone)  # wide tables scroll inside their own box
    finally:
        context.close()


def test_the_outcomes_table_fits_a_laptop_screen(browser, live_server, cora, scheduled):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280,
                                                                      "height": 800})
    laptop = context.new_page()
    try:
        log_in(laptop, cora)
        laptop.goto("/admin/outcomes/")
        assert_no_sideways_scroll(laptop)
        assert_accessible(laptop)
    finally:
        context.close()
