"""A coordinator on a phone takes a call from someone with no e-mail who wants to come to the
carers' course with the person they care for: adds both at once (the companion shares the
landline and the address), sees them as a pair on the schedule, and prints both letters."""

import io
from pathlib import Path

from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.models import ContactChannel, User
from courses.models import CourseRun, EnrolmentStatus, OutboxMessage
from tests.browser.conftest import PHONE, _watch_policy, log_in
from tests.browser.test_people_without_email_journey import (
    COORDINATOR,
    DEMO_PASSWORD,
    audit,
    open_menu,
)

CALLER, COMPANION = "Seonaidh Mhoireasdan", "Raonaid Mhoireasdan"
ADDRESS = ["3 Mill Lane", "Dingwall", "IV15 9QR"]


def test_a_coordinator_adds_a_carer_and_the_person_she_cares_for_and_prints_their_letters(
        browser, live_server, demo):
    run = CourseRun.objects.get(enrolments__user__full_name="Ceit NicAoidh")
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    blocked = _watch_policy(page)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        log_in(page, COORDINATOR, DEMO_PASSWORD)
        page.goto(f"/admin/course_runs/{run.pk}/schedule/")
        audit(page)
        expect(page.get_by_text("Enrolled with Dòmhnall MacAoidh")).to_be_visible()

        # 1. Add a person, by phone only, with the person coming with her.
        page.get_by_role("link", name="Add a person").click()
        page.wait_for_url(f"**/admin/course_runs/{run.pk}/people/add/")
        audit(page)
        page.get_by_label("Their full name").fill(CALLER)
        page.get_by_label("Their phone number").fill("01349 862000")
        page.get_by_label("Their postal address").fill("\n".join(ADDRESS))
        channels = page.locator(".w-field__wrapper").filter(
            has_text="How they would like to hear from us")
        channels.get_by_label("Letter", exact=True).check()
        page.get_by_label("Someone coming with them: full name").fill(COMPANION)
        page.get_by_label("They (and their companion) have agreed").check()
        page.get_by_role("button", name="Add a person").click()
        page.wait_for_url(f"**/admin/course_runs/{run.pk}/schedule/")
        rows = page.locator("#people-heading ~ div tr")
        for name, other in ((CALLER, COMPANION), (COMPANION, CALLER)):
            row = rows.filter(has_text=f"Enrolled with {other}").filter(has_text=name)
            expect(row.get_by_role("cell").nth(1)).to_have_text("Place confirmed")
        expect(page.get_by_role("button", name=f"Withdraw {CALLER} only ({COMPANION} stays)")
               ).to_be_visible()
        audit(page)

        caller, companion = (User.objects.get(full_name=name) for name in (CALLER, COMPANION))
        assert companion.email is None and str(companion.phone) == str(caller.phone)
        assert companion.postal_address.splitlines() == ADDRESS
        assert companion.contact_channels == [ContactChannel.LETTER]
        pair = run.enrolments.get(user=caller)
        assert pair.partner().user == companion
        assert {pair.status, pair.partner().status} == {EnrolmentStatus.CONFIRMED}

        # 2. Reports → Calls and letters: a letter each, printed in one PDF.
        open_menu(page, "Reports", "Calls and letters")
        page.wait_for_url("**/admin/calls-and-letters/")
        audit(page)
        expect(page.get_by_role("heading", name="3 letters to print")).to_be_visible()
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Print the letters (PDF)").click()
        reader = PdfReader(io.BytesIO(Path(download_info.value.path()).read_bytes()))
        pages = [" ".join(page_.extract_text().split()) for page_ in reader.pages]
        assert len(pages) == 3
        for name in (CALLER, COMPANION):
            [letter] = [text for text in pages if name in text]
            assert all(line in letter for line in ADDRESS), letter
        page.reload()
        expect(page.get_by_role("heading", name="0 letters to print")).to_be_visible()
        audit(page)
        assert not OutboxMessage.objects.for_staff().filter(
            recipient__in=[caller, companion]).exists()
        assert errors == []
    finally:
        context.close()
    assert blocked == [], "\n".join(blocked)
