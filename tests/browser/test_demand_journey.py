"""On a phone, a visitor with no account finds no dates of the carers course that offer the
parking she needs, asks to be told when there are (with her mobile number), a coordinator
opens a Glasgow run that fits, and the worker sends her one text through the real SMS client
to our stand-in provider; running the task and the sweep again sends nothing more. The
coordinator then sees the demand report. axe-core checks every page on the way."""

import pytest
from playwright.sync_api import expect

from accounts.models import ContactChannel, User
from cms.translation import originals
from courses.models import CoursePage, CourseRun, DemandRequest, DemandStatus, OutboxMessage
from courses.services import scheduling
from courses.services.outbox import sweep_outbox
from courses.tasks import tell_people_about_run_task
from tests.browser.conftest import (
    PHONE,
    _watch_policy,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)
from tests.sms_server import SMSServer, point_notify_at
from trainers.models import TrainerProfile

COORDINATOR, DEMO_PASSWORD = "coordinator@example.org", "demo-courses-2026"
THANKS = "Thank you. We will tell you when this course has dates that suit you."


@pytest.fixture
def provider(settings):
    with SMSServer() as server:
        point_notify_at(server, settings, timeout=2)
        yield server


def audit(page) -> None:
    assert_accessible(page)
    assert_no_sideways_scroll(page)


def open_the_glasgow_run() -> CourseRun:
    """What the coordinator does on the run's schedule page: two trainers, then Open."""
    run = CourseRun.objects.get(venue__name="Southside Wellbeing Centre", status="draft")
    scheduling.assign_trainer(run, TrainerProfile.objects.get(user__email="trainer3@example.org"),
                              "lead")
    scheduling.assign_trainer(run, TrainerProfile.objects.get(user__email="trainer2@example.org"),
                              "co_trainer")
    return scheduling.open_run(run)


def test_a_visitor_asks_to_be_told_and_gets_one_text_when_a_run_fits(browser, live_server,
                                                                     demo, provider):
    caring = originals(CoursePage.objects).get(slug="caring-for-yourself-too")
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    blocked = _watch_policy(page)
    try:
        # 1. No date of the carers course offers parking: the page offers to tell her.
        page.goto("/courses/caring-for-yourself-too/")
        page.get_by_role("group", name="I need").get_by_label("Parking").check()
        page.get_by_role("button", name="Show dates").click()
        expect(page.get_by_text("There are no dates open for enrolment that match.")
               ).to_be_visible()
        audit(page)
        page.get_by_role("link", name="Tell me when there is a course that suits me").click()
        page.wait_for_url(f"**/demand/{caring.pk}/?**")

        # 2. The form: sent without a way to reach her, it says so at the top and on the field.
        expect(page.get_by_role("group", name="I need").get_by_label("Parking")).to_be_checked()
        audit(page)
        page.get_by_label("Where would you like to go to the course?").select_option(
            label="Glasgow")
        page.get_by_label("In the daytime").check()
        page.get_by_label("Your name").fill("Mhairi NicLeòid")
        page.get_by_label("You may keep these details").check()
        page.get_by_role("button", name="Tell me when").click()
        summary = page.get_by_role("alert")
        expect(summary).to_contain_text("Give a phone number or an e-mail address")
        audit(page)
        summary.get_by_role("link").click()
        expect(page.get_by_label("Your phone number")).to_be_focused()
        page.get_by_label("Your phone number").fill("07911 123456")
        page.get_by_label("You may keep these details").check()
        page.get_by_role("button", name="Tell me when").click()
        # (The browser keeps the #id_phone the error summary's link added.)
        page.wait_for_url(lambda url: "/courses/caring-for-yourself-too/" in url)
        expect(page.get_by_text(THANKS)).to_be_visible()
        audit(page)

        request = DemandRequest.objects.get(person__full_name="Mhairi NicLeòid")
        person = request.person
        assert person.email is None and person.reachable_by() == [ContactChannel.TEXT]
        assert (request.area.name, request.times, request.access_needs) == (
            "Glasgow", "daytime", ["parking"])

        # 3. A coordinator opens a run that fits; the worker sends her text, once.
        run = open_the_glasgow_run()
        texts = [sent for sent in provider.requests
                 if sent["body"]["phone_number"] == "+447911123456"]
        assert len(texts) == 1, provider.requests
        body = texts[0]["body"]["personalisation"]["body"]
        assert body.startswith("Dear Mhairi, the course you asked us about has new dates")
        assert f"/runs/{run.pk}/" in body and caring.title not in body
        assert tell_people_about_run_task.apply(args=[run.pk]).get() == 0
        assert sweep_outbox() == 0
        assert len([sent for sent in provider.requests
                    if sent["body"]["phone_number"] == "+447911123456"]) == 1
        message = OutboxMessage.objects.get(recipient=person, kind="course_nearby")
        assert message.sent_at is not None
        request.refresh_from_db()
        assert request.status == DemandStatus.TOLD

        # 4. The coordinator sees who is still waiting, per course and area.
        log_in(page, COORDINATOR, DEMO_PASSWORD)
        page.goto("/admin/demand/")
        expect(page.get_by_role("heading", name="Demand for courses")).to_be_visible()
        glasgow = page.get_by_role("row").filter(
            has=page.get_by_role("rowheader", name=caring.title)).filter(has_text="Glasgow")
        expect(glasgow.get_by_role("cell").nth(1)).to_have_text("1")  # waiting
        expect(glasgow.get_by_role("cell").nth(2)).to_have_text("1")  # told of a run
        audit(page)
        assert User.objects.get(pk=person.pk).is_active
    finally:
        context.close()
    assert blocked == [], "\n".join(blocked)
