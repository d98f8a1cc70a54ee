"""On a phone (390×844), axe on every page: someone who finished a course offers to help from
/my/; a coordinator (not a superuser) welcomes her as a session helper in the admin; she logs
the hours of a session and of a peer support group's meeting, and claims her bus fare; the
coordinator approves the claim, she sees it approved and is told so."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts import roles
from courses.models import EnrolmentStatus, OutboxMessage
from courses.services import enrolment
from tests.accounts.factories import UserFactory
from tests.browser.conftest import PHONE, _watch_policy, log_in
from tests.browser.test_people_without_email_journey import audit
from tests.community.factories import SupportGroupFactory
from tests.courses.factories import CourseIndexPageFactory, CoursePageFactory, CourseRunFactory
from trainers.models import ExpenseClaim, HoursEntry, Volunteer


@pytest.fixture
def cast(home):
    """Màiri completed a run that had its last session yesterday; Cora coordinates."""
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                               slug="living-well")
    run = CourseRunFactory(course=course, sessions=2,
                           sessions__first_session_at=timezone.now() - timedelta(days=8))
    mairi = UserFactory(full_name="Màiri Chaimbeul", roles=[roles.PARTICIPANT])
    place = enrolment.enrol(run, mairi)
    type(place).objects.filter(pk=place.pk).update(status=EnrolmentStatus.COMPLETED)
    cora = UserFactory(full_name="Cora Coordinator", roles=[roles.COORDINATOR])
    group = SupportGroupFactory(name="Riverside Walkers", area=run.venue.area)
    return {"run": run, "mairi": mairi, "cora": cora, "group": group}


def _phone(browser, live_server, contexts, blocked):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    contexts.append(context)
    blocked.append(_watch_policy(page))
    return page


def test_a_participant_offers_is_welcomed_logs_hours_and_is_paid_back(browser, live_server,
                                                                      cast):
    mairi, cora, run = cast["mairi"], cast["cora"], cast["run"]
    contexts, blocked = [], []
    try:
        her = _phone(browser, live_server, contexts, blocked)
        log_in(her, mairi)
        her.goto("/my/")
        her.get_by_label("Session helper: Setting up the room", exact=False).check()
        her.get_by_label("You may contact me about volunteering").check()
        her.get_by_role("button", name="I would like to hear more").click()
        expect(her.get_by_text("A coordinator will be in touch")).to_have_count(2)
        audit(her)

        admin = _phone(browser, live_server, contexts, blocked)
        log_in(admin, cora)
        admin.goto("/admin/volunteer/")
        admin.get_by_role("link", name="Màiri Chaimbeul").click()
        admin.locator("#id_status").select_option("active")
        admin.get_by_label("Started on").fill(timezone.localdate().isoformat())
        admin.get_by_role("button", name="Save").click()
        expect(admin.get_by_role("cell", name="Volunteering")).to_be_visible()
        admin.reload()  # judged once Wagtail's fading message has gone
        audit(admin)

        her.goto("/my/volunteering/")
        her.get_by_label("Date", exact=True).fill(timezone.localdate().isoformat())
        her.get_by_label("Hours", exact=True).fill("2.5")
        her.get_by_label("As", exact=True).select_option("session_helper")
        her.get_by_label("At a course (optional)").select_option(str(run.pk))
        her.get_by_role("button", name="Log these hours").click()
        expect(her.get_by_text("your hours are logged")).to_be_visible()
        her.get_by_label("Date", exact=True).fill(timezone.localdate().isoformat())
        her.get_by_label("Hours", exact=True).fill("1.5")
        her.get_by_label("At a peer support group (optional)").select_option(
            label="Riverside Walkers")
        her.get_by_role("button", name="Log these hours").click()
        expect(her.locator(".entries__item", has_text="Riverside Walkers")).to_contain_text(
            "hours given 1.5")
        her.get_by_label("Date you spent it").fill(timezone.localdate().isoformat())
        her.get_by_label("Amount in pounds").fill("4.80")
        her.get_by_label("Travel: fares, mileage or parking").check()
        her.get_by_label("What it was for").fill("Bus there and back")
        her.get_by_role("button", name="Send my claim").click()
        expect(her.locator(".entries__item", has_text="Bus there and back")).to_contain_text(
            "Waiting for approval")
        audit(her)

        admin.goto("/admin/expenseclaim/")
        admin.get_by_role("link", name="Màiri Chaimbeul", exact=False).first.click()
        admin.locator("#id_status").select_option("approved")
        admin.get_by_role("textbox", name="Note to the volunteer").fill("Thank you, paid on Friday")
        admin.get_by_role("button", name="Save").click()
        expect(admin.locator(".messages .success")).to_be_visible()
        admin.reload()  # the listing as it stays, once Wagtail's fading message has gone
        expect(admin.get_by_role("cell", name="Approved, to be paid")).to_be_visible()
        audit(admin)

        her.reload()
        expect(her.get_by_text("Approved, to be paid")).to_be_visible()
        audit(her)
    finally:
        for context in contexts:
            context.close()
    assert all(policy == [] for policy in blocked), blocked
    assert sorted(HoursEntry.objects.values_list("hours", "group__name")) == [
        (1.5, "Riverside Walkers"), (2.5, None)]
    assert ExpenseClaim.objects.get().decided_by == cora
    told = OutboxMessage.objects.get(kind="claim_decided")
    assert (told.recipient, told.context["status"]) == (mairi, "approved")
    assert Volunteer.objects.get().roles.get().role == "session_helper"
