"""On a phone (390×844), axe on every page: a working-party member with lived experience, who
has no admin rights, finds the co-design space from /my/, opens her working party and the new
version of the Pacing module put up for review, reads it, comments, and signs it off; the
coordinator then publishes exactly that version from the review's page."""

import pytest
from playwright.sync_api import expect

from accounts import roles
from codesign.models import SignOff
from codesign.services import reviews
from codesign.services import working_parties as service
from courses.models import ModulePage
from tests.accounts.factories import UserFactory
from tests.browser.conftest import PHONE, _watch_policy, log_in
from tests.browser.test_people_without_email_journey import audit
from tests.courses.factories import (
    AreaFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
    activity,
)

NOTE = "Start with your own example of a bust."


@pytest.fixture
def cast(home):
    """Living Well's Pacing module, with a new version up for review by the Highland working
    party: Mòrag (lived experience) and Dr Grannd (no account) are its members."""
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                               slug="living-well")
    cora = UserFactory(full_name="Cora Coordinator", roles=[roles.COORDINATOR])
    pacing = ModulePageFactory(parent=course, title="Pacing", slug="pacing", body=[
        activity("Boom and bust", 20), ("trainer_notes", {"notes": f"<p>{NOTE}</p>"})])
    pacing.save_revision(user=cora).publish(user=cora)
    pacing = ModulePage.objects.get(pk=pacing.pk)
    pacing.summary = "A shorter drawing exercise, and more time to talk."
    pacing.save_revision(user=cora)
    party = service.save_party(None, name="Highland working party",
                               area=AreaFactory(name="Highland"), courses=[course])
    morag = UserFactory(full_name="Mòrag Nic a' Phì", roles=[roles.VOLUNTEER])
    member = service.add_member(party, role="lived_experience", person=morag)
    service.add_member(party, role="professional", name="Dr Alasdair Grannd")
    review = reviews.open_review(pacing, party, by=cora)
    return {"morag": morag, "member": member, "cora": cora, "review": review,
            "pacing": pacing}


def _phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page, _watch_policy(page)


def test_a_member_signs_off_the_new_version_and_the_coordinator_publishes_it(
        browser, live_server, cast):
    review, contexts, blocked = cast["review"], [], []
    try:
        context, member, policy = _phone(browser, live_server)
        contexts.append(context)
        blocked.append(policy)
        log_in(member, cast["morag"])
        member.goto("/my/")
        audit(member)
        expect(member.get_by_text("1 version waiting for your sign-off")).to_be_visible()
        member.get_by_role("link", name="Go to the co-design space").click()
        member.wait_for_url("**/codesign/")
        audit(member)
        member.get_by_role("link", name="Highland working party").click()
        member.wait_for_url(f"**/codesign/parties/{review.party_id}/")
        audit(member)
        expect(member.get_by_text("Dr Alasdair Grannd")).to_be_visible()
        member.get_by_role("link", name="Open for review: read and sign off").click()
        member.wait_for_url(f"**/codesign/reviews/{review.pk}/")
        audit(member)
        expect(member.get_by_text("A shorter drawing exercise, and more time to talk.")
               ).to_be_visible()
        expect(member.get_by_text(NOTE)).to_be_visible()  # the whole module, notes too

        member.get_by_role("button", name="Sign off this version").click()  # box not ticked
        audit(member)
        expect(member.get_by_role("link", name="Tick the box to say you agree")).to_be_visible()
        member.get_by_label("Your comment").fill("Much better: people need the time to talk.")
        member.get_by_role("button", name="Add my comment").click()
        member.wait_for_url(f"**/codesign/reviews/{review.pk}/#comments")
        audit(member)
        expect(member.get_by_text("Much better: people need the time to talk.")).to_be_visible()
        member.get_by_label("I agree this module can be used").check()
        member.get_by_role("button", name="Sign off this version").click()
        member.wait_for_url(f"**/codesign/reviews/{review.pk}/#sign-off")
        audit(member)
        expect(member.get_by_text("You signed off this version on")).to_be_visible()
        signed = SignOff.objects.get()
        assert (signed.member, signed.review.revision_id) == (cast["member"],
                                                              cast["pacing"].latest_revision_id)

        context, coordinator, policy = _phone(browser, live_server)
        contexts.append(context)
        blocked.append(policy)
        log_in(coordinator, cast["cora"])
        coordinator.goto(f"/admin/codesign/reviews/{review.pk}/")
        audit(coordinator)
        expect(coordinator.get_by_text("Much better: people need the time to talk.")
               ).to_be_visible()
        coordinator.get_by_role("button", name="Publish this version").click()
        coordinator.wait_for_url(f"**/admin/codesign/reviews/{review.pk}/")
        audit(coordinator)
        expect(coordinator.get_by_text("The version the working party signed off is now live.")
               ).to_be_visible()
        pacing = ModulePage.objects.get(pk=cast["pacing"].pk)
        assert pacing.live_revision_id == review.revision_id
        assert reviews.live_versions_signed_on([pacing])
    finally:
        for context in contexts:
            context.close()
    assert [line for policy in blocked for line in policy] == []
