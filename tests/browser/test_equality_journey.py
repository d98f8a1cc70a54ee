"""Equality monitoring in Chromium, axe on every page: a participant enrols, follows the offer
under her new place, answers two questions and skips the rest (on a phone, then the page again
at desktop width); a coordinator who is not a superuser uploads a tiny lookup made here, is
shown what is wrong with a bad one first, and the waiting postcode is worked out."""

from playwright.sync_api import expect

from accounts.models import ConsentPurpose
from accounts.services.consent import has_consent
from reports.models import EqualityAnswers, LookupUpload, PostcodeLookup
from tests.browser.conftest import log_in
from tests.browser.test_people_without_email_journey import audit
from tests.reports.factories import answer

DESKTOP = {"width": 1024, "height": 800}


def test_a_participant_answers_two_questions_and_skips_the_rest(phone_page, pat, run):
    page = phone_page
    log_in(page, pat)
    page.goto(f"/runs/{run.pk}/")
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_text("You have a place on this course run.")).to_be_visible()
    audit(page)
    page.get_by_role("link", name="Answer the equality questions").click()
    page.wait_for_url("**/my/equality/")
    audit(page)
    expect(page.get_by_text("Your trainers never see your answers.")).to_be_visible()

    page.get_by_role("group", name="How old are you?").get_by_label("65 to 74").check()
    carer = page.get_by_role("group", name="Do you look after, or give help or support to")
    carer.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Save my answers").click()  # without agreeing
    audit(page)
    summary_link = page.get_by_role("link", name="Tick the box to agree")
    expect(summary_link).to_be_visible()
    assert not EqualityAnswers.objects.exists()

    page.get_by_label("I agree that you may keep my answers").check()
    page.get_by_role("button", name="Save my answers").click()
    page.wait_for_url("**/my/equality/")
    expect(page.get_by_text("Thank you: your answers are saved.")).to_be_visible()
    audit(page)
    saved = EqualityAnswers.objects.get(user=pat)
    assert (saved.age_band, saved.unpaid_carer) == ("65_74", "yes")
    assert (saved.sex, saved.gender_identity, saved.ethnic_group, saved.disability,
            saved.postcode, saved.postcode_prefer_not) == ("", "", "", "", "", False)
    assert has_consent(pat, ConsentPurpose.EQUALITY_MONITORING)

    page.set_viewport_size(DESKTOP)
    page.reload()
    expect(page.get_by_role("group", name="How old are you?").get_by_label("65 to 74")
           ).to_be_checked()
    audit(page)
    page.goto("/my/")
    expect(page.get_by_role("link", name="Change or delete your equality answers")
           ).to_be_visible()
    audit(page)


def test_a_coordinator_uploads_a_tiny_lookup(page, cora, sam, tmp_path):
    assert not cora.is_superuser
    answer(sam, postcode="IV3 5NE")
    bad = tmp_path / "simd-typo.csv"
    bad.write_text("Postcode,SIMD2020v2_Quintile\nIV3 5NE,3\niv35ne,3\n", encoding="utf-8")
    good = tmp_path / "simd-2020v2.csv"
    good.write_text("Postcode,DZ,SIMD2020v2_Quintile\nIV3 5NE,S01010206,3\n"
                    "G42 7AA,S01009700,1\n", encoding="utf-8")
    log_in(page, cora)
    page.goto("/admin/")
    page.get_by_role("navigation", name="Main menu").get_by_role("button",
                                                                 name="Reports").click()
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Postcode lookups", exact=True).click()
    page.wait_for_url("**/admin/postcode-lookups/")
    expect(page.get_by_text("1 person’s postcode is waiting for a lookup")).to_be_visible()
    audit(page)

    page.get_by_label("SIMD quintiles by postcode").check()
    page.get_by_label("File").set_input_files(bad)
    page.get_by_role("button", name="Check and load").click()
    expect(page.get_by_text("IV3 5NE is in row 2 and again in row 3.")).to_be_visible()
    audit(page)
    assert not PostcodeLookup.objects.exists()

    page.get_by_label("SIMD quintiles by postcode").check()
    page.get_by_label("File").set_input_files(good)
    page.get_by_role("button", name="Check and load").click()
    page.wait_for_url("**/admin/postcode-lookups/")
    expect(page.get_by_text("SIMD quintiles by postcode loaded: 2 postcodes.")).to_be_visible()
    expect(page.get_by_role("row", name="SIMD quintiles by postcode simd-2020v2.csv 2")
           ).to_be_visible()
    audit(page)
    assert LookupUpload.objects.get().uploaded_by == cora
    sams = EqualityAnswers.objects.get(user=sam)
    # The urban/rural lookup is still to come, so the postcode waits for it.
    assert (sams.simd_quintile, sams.postcode) == (3, "IV3 5NE")
