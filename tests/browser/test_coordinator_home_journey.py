"""The demo coordinator (not a superuser) logs in and starts the day from the admin's home:
our panels come first, each with a heading, axe-core finds nothing wrong, nothing scrolls
sideways on a phone, and a draft run that cannot open says why and links to its schedule."""

from playwright.sync_api import expect

from accounts.models import User
from tests.browser.conftest import log_in
from tests.browser.test_people_without_email_journey import COORDINATOR, DEMO_PASSWORD, audit

HEADINGS = ["Today's and tomorrow's sessions", "Runs that cannot open yet",
            "Waiting lists and offers", "Completions changed after the run closed",
            "Messages that could not be sent", "Imports waiting to be saved",
            "Follow-ups after missed sessions"]


def test_the_demo_coordinator_starts_the_day_from_the_home_panels(page, demo):
    assert not User.objects.get(email=COORDINATOR).is_superuser
    log_in(page, COORDINATOR, DEMO_PASSWORD)
    page.goto("/admin/")
    for heading in HEADINGS:
        expect(page.get_by_role("heading", name=heading, level=2)).to_be_visible()
    panels = page.locator("section.home-panel")
    expect(panels.first).to_have_id("home-sessions-soon-section")
    expect(page.locator("#home-sessions-soon-section caption").first).to_contain_text("Today")
    expect(page.locator("#home-completions-changed-section")).to_contain_text(
        "No completion has changed after a run closed recently.")
    audit(page)

    not_ready = page.locator("#home-runs-not-ready-section")
    expect(not_ready).to_contain_text("A group course needs two trainers")
    not_ready.get_by_role("link", name="Caring for Yourself Too – Southside Wellbeing Centre",
                          exact=True).click()
    expect(page.get_by_role("heading", name="Trainers")).to_be_visible()
    assert "/schedule/" in page.url


def test_the_home_panels_read_well_on_a_phone(phone_page, demo):
    log_in(phone_page, COORDINATOR, DEMO_PASSWORD)
    phone_page.goto("/admin/")
    expect(phone_page.get_by_role("heading", name="Runs that cannot open yet")).to_be_visible()
    expect(phone_page.get_by_role("region", name="Today", exact=False).first).to_be_visible()
    audit(phone_page)
