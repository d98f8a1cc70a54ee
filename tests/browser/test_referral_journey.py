"""On a phone (390 × 844): a link worker refers someone who has only a phone number, first
making a mistake the form explains, then sending it; a coordinator (not a superuser) finds it
under Referrals, marks it contacted and then enrolled; the link worker's outcome message is
owed once. axe-core on every page."""

from playwright.sync_api import expect

from accounts.models import User
from courses.models import OutboxMessage, Referral, ReferralStatus
from tests.browser.conftest import (
    PHONE,
    _watch_policy,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

COORDINATOR, DEMO_PASSWORD = "coordinator@example.org", "demo-courses-2026"
PERSON = "Seonag Fòn"


def audit(page) -> None:
    messages = page.locator(".messages > ul")
    if messages.count():
        expect(messages).to_have_css("opacity", "1")
    assert_accessible(page)
    assert_no_sideways_scroll(page)


def fill_referral(page, phone: str) -> None:
    page.get_by_label("Your name").fill("Lena Link")
    page.get_by_label("Your role and organisation").fill("Link worker, Skye GP practices")
    page.get_by_label("Your e-mail address").fill("lena@thirdsector.example.org")
    page.get_by_label("Their full name").fill(PERSON)
    page.get_by_label("Their phone number").fill(phone)
    page.get_by_label("Anything that would help us (optional)").fill("Mornings are best.")
    page.get_by_label("They have agreed to be referred").check()
    page.get_by_label("They have agreed that we may tell you").check()


def test_a_link_worker_refers_someone_and_a_coordinator_triages_it(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    blocked = _watch_policy(page)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        # 1. The link worker, with no account: a wrong number is explained at the top.
        page.goto("/refer/")
        expect(page.get_by_role("heading", name="Refer someone to a course")).to_be_visible()
        expect(page.get_by_role("group", name="The person you are referring")).to_be_visible()
        audit(page)
        fill_referral(page, "12345")
        page.get_by_role("button", name="Send the referral").click()
        summary = page.locator(".error-summary")
        expect(summary).to_be_focused()
        expect(summary.get_by_role("link")).to_have_count(1)
        expect(summary.get_by_role("link")).to_contain_text("is not a phone number we can read")
        audit(page)
        summary.get_by_role("link").click()
        expect(page.get_by_label("Their phone number")).to_be_focused()
        assert not Referral.objects.filter(name_given=PERSON).exists()

        # ...then sent: the thank-you page says nothing about the person.
        page.get_by_label("Their phone number").fill("07912 111222")
        page.get_by_role("button", name="Send the referral").click()
        page.wait_for_url("**/refer/thanks/")
        expect(page.get_by_role("heading", name="Thank you for your referral")).to_be_visible()
        expect(page.get_by_text(PERSON)).to_have_count(0)
        audit(page)
        referral = Referral.objects.get(name_given=PERSON)
        assert str(referral.person.phone) == "+447912111222" and referral.person.email is None
        assert User.objects.filter(full_name=PERSON).count() == 1

        # 2. The coordinator: Referrals in the menu, the newest first.
        log_in(page, COORDINATOR, DEMO_PASSWORD)
        page.goto("/admin/")
        page.get_by_role("button", name="Toggle sidebar").click()
        page.get_by_role("navigation", name="Main menu").get_by_role(
            "link", name="Referrals", exact=True).click()
        page.wait_for_url("**/admin/referrals/")
        first = page.locator("table.listing tbody tr").first
        expect(first.get_by_role("rowheader")).to_have_text(PERSON)
        expect(first).to_contain_text("Lena Link")
        audit(page)
        page.get_by_label("Status").select_option("new")
        page.get_by_role("button", name="Filter").click()
        page.wait_for_url("**/admin/referrals/?status=new")
        audit(page)
        page.get_by_role("link", name=PERSON).click()
        page.wait_for_url(f"**/admin/referrals/{referral.pk}/")
        audit(page)

        # contacted, then enrolled: each a button, each with a message.
        page.get_by_label("Note (optional)").fill("Rang her; she would like Living Well.")
        page.get_by_role("button", name="Mark as Contacted").click()
        expect(page.get_by_text("The referral is now “Contacted”.")).to_be_visible()
        audit(page)
        page.get_by_role("button", name="Mark as Enrolled").click()
        expect(page.get_by_text("The referral is now “Enrolled”.")).to_be_visible()
        expect(page.get_by_text("This referral is closed.")).to_be_visible()
        audit(page)

        referral.refresh_from_db()
        assert referral.status == ReferralStatus.ENROLLED
        assert [c.to_status for c in referral.changes.all()] == ["contacted", "enrolled"]
        assert all(c.by.email == COORDINATOR for c in referral.changes.all())
        owed = OutboxMessage.objects.filter(kind="referral_outcome",
                                            key=f"referral_outcome:{referral.pk}")
        assert owed.count() == 1 and owed.get().channel == "email"
        page.reload()  # nothing more is owed however often the page is seen
        assert OutboxMessage.objects.filter(kind="referral_outcome",
                                            recipient=referral.person).count() == 1
        assert errors == []
    finally:
        context.close()
    assert blocked == [], "\n".join(blocked)
