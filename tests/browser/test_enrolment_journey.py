"""Finding a run, enrolling, the calendar, withdrawing and the waiting list, in Chromium."""

import re

from django.core import mail
from icalendar import Calendar

from courses.models import CoursePage, Enrolment, EnrolmentStatus
from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible, log_in
from tests.courses.factories import CourseRunFactory, VenueFactory


def test_sign_up_find_a_run_in_an_area_enrol_and_withdraw(page, demo):
    page.goto("/accounts/signup/")
    page.get_by_label("Full name").fill("Beathag Nic Dhòmhnaill")
    page.get_by_label("E-mail address").fill("beathag@example.org")
    page.get_by_label("Password", exact=True).fill("a-long-enough-passphrase")
    page.get_by_label("Password again").fill("a-long-enough-passphrase")
    page.get_by_label("I agree that you may keep my details").check()
    page.get_by_role("button", name="Create my account").click()
    assert page.get_by_role("heading", name="Check your e-mail").is_visible()
    assert_accessible(page)
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", mail.outbox[-1].body)[1]
    page.goto(link)
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/my/")
    assert_accessible(page)

    page.get_by_role("link", name="Find a course").first.click()
    page.get_by_role("link", name="Living Well with a Long-Term Condition").first.click()
    page.get_by_label("Where").select_option(label="Aberdeen")
    page.get_by_role("button", name="Show dates").click()
    assert_accessible(page)
    runs = page.locator("#runs-heading ~ ul .card")
    assert runs.count() == 1
    assert "Harbourside Hall" in runs.first.inner_text()
    runs.first.get_by_role("link").click()
    assert_accessible(page)

    page.get_by_label("Is there anything that would help you take part?").fill(
        "I would like a seat near the door.")
    page.get_by_label("I agree that the trainers on my course may see").check()
    page.get_by_role("button", name="Enrol").click()
    assert page.get_by_text("You have a place on this course run.").is_visible()
    assert_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Add all sessions to your calendar").click()
    calendar = Calendar.from_ical(open(download.value.path(), "rb").read())
    assert len(calendar.walk("VEVENT")) == 6

    page.get_by_role("link", name="My courses").click()
    assert page.get_by_text("Place confirmed").is_visible()
    assert page.get_by_role("cell", name="Harbourside Hall").first.is_visible()
    assert_accessible(page)

    course_link = page.get_by_role("link", name="Living Well with a Long-Term Condition",
                                   exact=True)
    course_link.first.click()
    page.get_by_role("link", name="I can no longer come").click()
    assert_accessible(page)
    page.get_by_role("button", name="Yes, give up my place").click()
    assert page.get_by_text("You are no longer on this course run.").is_visible()
    enrolment = Enrolment.objects.get(user__email="beathag@example.org")
    assert enrolment.status == EnrolmentStatus.WITHDRAWN


def test_a_second_person_waits_and_is_offered_the_freed_place(browser, live_server, demo):
    course = CoursePage.objects.get(slug="caring-for-yourself-too", locale__language_code="en")
    run = CourseRunFactory(course=course, capacity=1, sessions=4,
                           venue=VenueFactory(name="Larchfield Hall"))
    first, second = UserFactory(full_name="Fiona First"), UserFactory(full_name="Sorcha Second")
    contexts = [browser.new_context(base_url=live_server.url) for _ in range(2)]
    alice, bea = (context.new_page() for context in contexts)
    try:
        log_in(alice, first.email)
        alice.goto(f"/runs/{run.pk}/")
        alice.get_by_role("button", name="Enrol").click()
        assert alice.get_by_text("You have a place on this course run.").is_visible()

        log_in(bea, second.email)
        bea.goto(f"/runs/{run.pk}/")
        assert bea.get_by_text("Full: waiting list").is_visible()
        bea.get_by_role("button", name="Join the waiting list").click()
        assert bea.get_by_text("number 1 in the queue").is_visible()
        assert_accessible(bea)

        alice.get_by_role("link", name="I can no longer come").click()
        alice.get_by_role("button", name="Yes, give up my place").click()

        bea.goto("/my/")
        assert bea.get_by_text("A place is waiting for you").is_visible()
        assert_accessible(bea)
        bea.get_by_role("button", name="Accept the place").click()
        assert bea.get_by_text("The place is yours.").is_visible()
        assert run.enrolments.get(user=second).status == EnrolmentStatus.CONFIRMED
    finally:
        for context in contexts:
            context.close()
