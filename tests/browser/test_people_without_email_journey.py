"""A coordinator on a phone adds someone with no e-mail address (a landline and a postal
address, who wants letters), is told plainly when a phone number is wrong, then works through
Reports → Calls and letters: marks the demo's call made and prints the letters owed as one
PDF, which marks them sent."""

import io
import re
from pathlib import Path

from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.models import ContactChannel, User
from courses.models import CourseRun, Enrolment, EnrolmentStatus, OutboxMessage
from tests.browser.conftest import (
    PHONE,
    _watch_policy,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

COORDINATOR, DEMO_PASSWORD = "coordinator@example.org", "demo-courses-2026"
NEW_PERSON = "Iain Mac a' Phearsain"
ADDRESS = ["12 Church Street", "Inverness", "IV1 1EA"]
BAD_NUMBER_ERROR = ("This does not look like a phone number. Check the digits, and start an "
                    "international number with +.")


def audit(page) -> None:
    """axe-core on the page once Wagtail's messages have faded in (half-faded, their colours
    would be judged on a blend); and nothing on it scrolls sideways on the phone."""
    messages = page.locator(".messages > ul")
    if messages.count():
        expect(messages).to_have_css("opacity", "1")
    assert_accessible(page)
    assert_no_sideways_scroll(page)


def open_menu(page, section: str, item: str) -> None:
    """Through the sidebar, folded away behind its toggle on a phone."""
    page.get_by_role("button", name="Toggle sidebar").click()
    page.get_by_role("navigation", name="Main menu").get_by_role("button", name=section).click()
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name=item, exact=True).click()


def test_a_coordinator_adds_someone_without_email_then_calls_and_prints_letters(
        browser, live_server, demo):
    run = CourseRun.objects.get(enrolments__user__full_name="Peigi Fòn")
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    blocked = _watch_policy(page)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        log_in(page, COORDINATOR, DEMO_PASSWORD)
        page.goto("/admin/")
        audit(page)

        # 1. Scheduling → Course runs → the Aberdeen run → Add a person: a landline, an address.
        open_menu(page, "Scheduling", "Course runs")
        page.wait_for_url("**/admin/course_runs/")
        audit(page)
        # The run of Peigi's, by its link: the demo has an earlier, finished run in that hall.
        page.locator(f'a[href="/admin/course_runs/{run.pk}/schedule/"]').click()
        page.wait_for_url(f"**/admin/course_runs/{run.pk}/schedule/")
        audit(page)
        people_before = User.objects.count()

        page.get_by_role("link", name="Add a person").click()
        page.wait_for_url(f"**/admin/course_runs/{run.pk}/people/add/")
        audit(page)
        expect(page.get_by_label("Their e-mail address")).to_be_empty()
        page.get_by_label("Their full name").fill(NEW_PERSON)
        page.get_by_label("Their phone number").fill("01463 123456")
        page.get_by_label("Their postal address").fill("\n".join(ADDRESS))
        # (The choices are not a named group, so find them by the words above them.)
        channels = page.locator(".w-field__wrapper").filter(
            has_text="How they would like to hear from us")
        channels.get_by_label("Letter", exact=True).check()
        page.get_by_label("have agreed to our privacy notice").check()
        page.get_by_role("button", name="Add a person").click()
        page.wait_for_url(f"**/admin/course_runs/{run.pk}/schedule/")
        expect(page.get_by_text("The person is on the run (or its waiting list).")).to_be_visible()
        newcomer = page.locator("#people-heading ~ div tr").filter(has_text=NEW_PERSON)
        expect(newcomer.get_by_role("cell").nth(1)).to_have_text("Place confirmed")
        audit(page)

        person = User.objects.get(full_name=NEW_PERSON)
        assert person.email is None
        assert str(person.phone) == "+441463123456"
        assert person.postal_address.splitlines() == ADDRESS
        assert person.contact_channels == [ContactChannel.LETTER]
        assert not person.has_usable_password()
        enrolment = Enrolment.objects.get(run=run, user=person)
        assert enrolment.status == EnrolmentStatus.CONFIRMED
        assert OutboxMessage.objects.get(recipient=person).channel == ContactChannel.LETTER
        assert User.objects.count() == people_before + 1

        # 2. A number that is not one: the error is on the field, and nobody is added.
        enrolments_before = run.enrolments.count()
        page.get_by_role("link", name="Add a person").click()
        page.wait_for_url(f"**/admin/course_runs/{run.pk}/people/add/")
        page.get_by_label("Their full name").fill("Ailig Àireamh")
        page.get_by_label("Their phone number").fill("12345")
        page.get_by_label("have agreed to our privacy notice").check()
        page.get_by_role("button", name="Add a person").click()
        phone_field = page.locator(".w-field__wrapper").filter(
            has=page.get_by_label("Their phone number"))
        expect(phone_field.locator(".error-message")).to_have_text(BAD_NUMBER_ERROR)
        expect(page.locator(".error-message")).to_have_count(1)
        expect(page.get_by_label("Their phone number")).to_have_value("12345")
        audit(page)
        assert User.objects.count() == people_before + 1
        assert not User.objects.filter(full_name="Ailig Àireamh").exists()
        assert run.enrolments.count() == enrolments_before

        # 3. Reports → Calls and letters: Peigi's call and the new person's letter wait there.
        open_menu(page, "Reports", "Calls and letters")
        page.wait_for_url("**/admin/calls-and-letters/")
        audit(page)
        letters_owed = OutboxMessage.objects.for_staff().filter(
            channel=ContactChannel.LETTER).count()
        assert letters_owed == 2  # the demo's Murchadh Litir and the new person
        expect(page.get_by_role("heading", name="1 call to make")).to_be_visible()
        expect(page.get_by_role("heading", name="2 letters to print")).to_be_visible()
        peigi = page.get_by_role("row").filter(
            has=page.get_by_role("rowheader", name="Peigi Fòn", exact=True))
        expect(peigi.get_by_role("link", name="01463 712345")).to_have_attribute(
            "href", "tel:+441463712345")
        expect(peigi.get_by_role("cell").nth(1)).to_contain_text(
            "your place on the course is confirmed")
        letters = page.locator("#letters-heading ~ ul > li")
        expect(letters.filter(has_text=NEW_PERSON)).to_have_text(
            f"{NEW_PERSON}: Your place on {run.course.title} is confirmed")
        expect(letters.filter(has_text="Murchadh Litir")).to_have_count(1)

        # Its name reads "Called: Peigi Fòn" (Chromium puts a space before the hidden part).
        peigi.get_by_role("button", name=re.compile(r"^Called\s?: Peigi Fòn$")).click()
        page.wait_for_url("**/admin/calls-and-letters/")
        expect(page.get_by_text("Marked as called: Peigi Fòn.")).to_be_visible()
        expect(page.get_by_role("heading", name="0 calls to make")).to_be_visible()
        expect(page.get_by_role("rowheader", name="Peigi Fòn")).to_have_count(0)
        audit(page)
        call = OutboxMessage.objects.get(recipient__full_name="Peigi Fòn",
                                         channel=ContactChannel.PHONE)
        assert call.sent_at is not None and call.sent_by.email == COORDINATOR

        # 4. Print the letters: one PDF, a page a letter, and they are marked sent.
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Print the letters (PDF)").click()
        download = download_info.value
        assert download.suggested_filename == "letters.pdf"
        pdf = Path(download.path()).read_bytes()
        assert pdf.startswith(b"%PDF-")
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == letters_owed
        pages = [" ".join(page_.extract_text().split()) for page_ in reader.pages]
        new_persons = [text for text in pages if NEW_PERSON in text]
        assert len(new_persons) == 1, pages
        assert all(line in new_persons[0] for line in ADDRESS), new_persons[0]
        assert re.search(rf"Your place on {re.escape(run.course.title)} is confirmed",
                         new_persons[0]), new_persons[0]
        assert any("Murchadh Litir" in text and "IV26 2UJ" in text for text in pages), pages

        page.reload()
        expect(page.get_by_role("heading", name="0 letters to print")).to_be_visible()
        expect(page.locator("#letters-heading ~ ul")).to_have_count(0)
        expect(page.get_by_role("button", name="Print the letters (PDF)")).to_have_count(0)
        audit(page)
        printed = OutboxMessage.objects.filter(channel=ContactChannel.LETTER,
                                               recipient__full_name__in=[NEW_PERSON,
                                                                         "Murchadh Litir"])
        assert printed.count() == 2
        assert all(letter.sent_at and letter.sent_by.email == COORDINATOR for letter in printed)
        assert errors == []
    finally:
        context.close()
    assert blocked == [], "\n".join(blocked)
