"""A participant rates their confidence before and after a course and sees it grow."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import Session
from courses.services import completion
from courses.services import enrolment as enrolment_service
from courses.services.attendance import record_attendance
from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible, assert_no_sideways_scroll, log_in
from tests.courses.factories import (
    ConfidenceScaleFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseRunFactory,
)

STATEMENTS = ["I can plan my day around my energy.", "I can ask for help when I need it.",
              "I can talk to my GP about what matters to me."]


@pytest.fixture
def rated_course(home):
    scale = ConfidenceScaleFactory(name="Demo scale", statements=STATEMENTS)
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                               slug="living-well", confidence_scale=scale,
                               session_count=2, completion_min_sessions=2)
    run = CourseRunFactory(course=course, sessions=2)
    person = UserFactory(full_name="Ealasaid Ghrannd")
    return run, enrolment_service.enrol(run, person), person


def _answer(page, values):
    for statement, value in zip(STATEMENTS, values, strict=True):
        group = page.get_by_role("group", name=statement)
        group.get_by_text(str(value), exact=True).click()


def test_rating_before_and_at_the_end_shows_progress_as_chart_and_table(page, rated_course):
    run, enrolment, person = rated_course
    log_in(page, person)
    page.get_by_role("link", name="Living Well: before the course").click()
    assert_accessible(page)
    _answer(page, [3, 4, 5])
    page.get_by_role("button", name="Save my answers").click()
    expect(page.get_by_text("Your answers are saved")).to_be_visible()

    # The course runs its course: both sessions in the past, registers taken, run closed.
    for weeks_ago, session in zip((2, 1), run.sessions.order_by("starts_at"), strict=True):
        start = timezone.now() - timedelta(weeks=weeks_ago)
        Session.objects.filter(pk=session.pk).update(starts_at=start,
                                                     ends_at=start + timedelta(hours=2))
        record_attendance(Session.objects.get(pk=session.pk), enrolment, "present", by=None,
                          method="trainer")
    completion.close_run(run)

    page.goto("/my/")
    page.get_by_role("link", name="Living Well: at the end of the course").click()
    _answer(page, [6, 7, 8])
    page.get_by_role("button", name="Save my answers").click()
    expect(page.get_by_role("heading", name="Your progress")).to_be_visible()
    assert page.get_by_text("From before the course to the end: up 3 points.").is_visible()
    chart = page.get_by_role("img", name="Your confidence score, from 0 to 10")
    expect(chart).to_be_visible()
    table = page.get_by_role("table", name="Your scores, from 0 to 10")
    assert [cell.inner_text() for cell in table.locator("tbody td:nth-child(3)").all()] == [
        "4", "7"]
    assert_accessible(page)


@pytest.mark.parametrize("width", [390, 320])
def test_on_a_phone_the_scale_is_one_row_and_an_empty_form_says_so(browser, live_server,
                                                                    rated_course, width):
    _run, _enrolment, person = rated_course
    context = browser.new_context(base_url=live_server.url,
                                  viewport={"width": width, "height": 800})
    phone = context.new_page()
    try:
        log_in(phone, person)
        phone.get_by_role("link", name="Living Well: before the course").click()
        group = phone.get_by_role("group", name=STATEMENTS[0])
        tops = {round(group.get_by_text(str(n), exact=True).bounding_box()["y"])
                for n in range(11)}
        assert len(tops) == 1, f"0–10 wraps onto {len(tops)} rows at {width}px"
        widths = [group.get_by_text(str(n), exact=True).bounding_box()["width"]
                  for n in range(11)]
        assert min(widths) >= 24  # WCAG 2.2 target size
        assert_no_sideways_scroll(phone)
        phone.get_by_role("button", name="Save my answers").click()
        expect(phone.get_by_text("Choose a number for at least one statement")).to_be_visible()
        expect(phone.get_by_text("Your answers are saved")).not_to_be_visible()
        assert_accessible(phone)
    finally:
        context.close()
