"""On a phone (390×844), axe on every page: a networker marks an entry of her area as checked
and adds a new one; an anonymous visitor filters the directory by area and category and opens
the list to print."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from community.models import DirectoryEntry
from community.services import directory
from tests.accounts.factories import UserFactory
from tests.browser.conftest import log_in
from tests.browser.test_people_without_email_journey import audit
from tests.community.factories import DirectoryEntryFactory
from tests.courses.factories import AreaFactory


@pytest.fixture
def cast(home):
    """Nina keeps Highland's directory: a walking group due a check and a carers' café; and
    walking football in Glasgow."""
    highland, glasgow = AreaFactory(name="Highland"), AreaFactory(name="Glasgow")
    cora = UserFactory(full_name="Cora Coordinator", roles=["Coordinator"])
    nina = UserFactory(full_name="Nina Networker")
    directory.appoint_networker(nina, areas=[highland], by=cora)
    walks = DirectoryEntryFactory(name="Riverside walks", area=highland,
                                  categories=["physical_activity", "social"],
                                  checked_on=timezone.localdate() - timedelta(days=200))
    DirectoryEntryFactory(name="Carers’ café", area=highland, categories=["carers", "social"],
                          offers="Tea, cake and a chat with other carers.")
    DirectoryEntryFactory(name="Walking football", area=glasgow,
                          categories=["physical_activity"])
    return {"nina": nina, "walks": walks}


def test_a_networker_checks_an_entry_and_adds_one(phone_page, cast):
    page, walks = phone_page, cast["walks"]
    log_in(page, cast["nina"])
    page.goto("/community/networker/")
    audit(page)
    expect(page.get_by_text("Due a check")).to_be_visible()
    page.get_by_role("button", name="Checked today – Riverside walks").click()
    page.wait_for_url("**/community/networker/")
    audit(page)
    expect(page.get_by_text("Riverside walks is marked as checked today.")).to_be_visible()
    walks.refresh_from_db()
    assert (walks.checked_on, walks.checked_by) == (timezone.localdate(), cast["nina"])

    page.get_by_role("link", name="Add an entry").click()
    page.wait_for_url("**/community/networker/entries/add/")
    audit(page)
    page.get_by_role("button", name="Add to the directory").click()  # nothing filled in
    audit(page)
    expect(page.get_by_role("link", name="Choose at least one thing it helps with.")
           ).to_be_visible()
    page.get_by_label("Name", exact=True).fill("Knit and natter")
    page.get_by_label("What it offers", exact=True).fill("Knitting, tea and company.")
    page.get_by_label("Area", exact=True).select_option(label="Highland")
    page.get_by_label("Social groups and company").check()
    page.get_by_label("Website").fill("javascript:alert(1)")
    page.get_by_role("button", name="Add to the directory").click()
    audit(page)
    expect(page.get_by_role("link", name="A website must start with https:// or http://. "
                            "Other kinds of link are not shown.")).to_be_visible()
    page.get_by_label("Website").fill("www.example.org/knit")
    page.get_by_role("button", name="Add to the directory").click()
    page.wait_for_url("**/community/networker/")
    audit(page)
    expect(page.get_by_text("The entry is in the directory.")).to_be_visible()
    added = DirectoryEntry.objects.get(name="Knit and natter")
    assert (added.website, added.checked_by) == ("https://www.example.org/knit", cast["nina"])


def test_a_visitor_filters_the_directory_and_opens_the_list_to_print(phone_page, cast):
    page = phone_page
    page.goto("/support/")
    audit(page)
    page.get_by_label("Area").select_option(label="Highland")
    page.get_by_label("Help with").select_option(label="Support for carers")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/support/?*area=*")
    audit(page)
    expect(page.get_by_role("link", name="Carers’ café")).to_be_visible()
    expect(page.get_by_role("link", name="Riverside walks")).to_have_count(0)
    expect(page.get_by_role("link", name="Walking football")).to_have_count(0)
    page.get_by_role("link", name="A list of these for Highland to print").click()
    page.wait_for_url("**/support/print/?*")
    audit(page)
    expect(page.get_by_role("heading", name="Local support in Highland: Support for carers")
           ).to_be_visible()
    expect(page.get_by_role("button", name="Print this list")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.get_by_role("link", name="Back to the directory")).to_be_hidden()
    expect(page.get_by_text("Tea, cake and a chat with other carers.")).to_be_visible()
