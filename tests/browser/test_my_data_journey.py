"""A participant on a phone looks after their data: changes a consent, downloads everything,
and closes their account — every page accessible."""

import json

from playwright.sync_api import expect

from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent, has_consent
from courses.services import enrolment as enrolment_service
from tests.accounts.factories import PASSWORD
from tests.browser.conftest import assert_accessible, assert_no_sideways_scroll, log_in


def test_a_participant_changes_a_consent_downloads_their_data_and_leaves(phone, pat, run):
    enrolment_service.enrol(run, pat)
    give_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)
    log_in(phone, pat)

    phone.goto("/my/")
    phone.get_by_role("link", name="See what you agreed to, download your data").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("My data")
    assert_accessible(phone)
    assert_no_sideways_scroll(phone)
    sharing = phone.get_by_label("Sharing my access needs with my trainers")
    expect(sharing).to_be_checked()
    sharing.uncheck()
    phone.get_by_role("button", name="Save my choices").click()
    expect(phone.get_by_text("Your choices are saved.")).to_be_visible()
    assert not has_consent(pat, ConsentPurpose.SHARE_ACCESS_NEEDS)

    with phone.expect_download() as download:
        phone.get_by_role("link", name="Download my data").click()
    data = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert data["profile"]["email"] == pat.email
    assert data["enrolments"][0]["status"] == "confirmed"

    phone.get_by_role("link", name="Close my account and erase my data").click()
    assert_accessible(phone)
    phone.get_by_role("button", name="Close my account and erase my data").click()
    expect(phone.get_by_role("link", name="Tick the box to confirm that you want to leave."))\
        .to_be_visible()
    assert_accessible(phone)
    phone.get_by_label("I understand that my account").check()
    phone.get_by_label("Your password").fill(PASSWORD)
    phone.get_by_role("button", name="Close my account and erase my data").click()
    expect(phone.get_by_text("Your account is closed and your data erased.")).to_be_visible()
    assert User.objects.get(pk=pat.pk).erased_at is not None
