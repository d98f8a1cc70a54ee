"""On a phone (390×844), axe on every page: five people commented on the Pacing module this
quarter; Mòrag, a working-party member with lived experience and no admin rights, reads what
they said in the co-design space; a coordinator (not a superuser) writes a "you said, we did"
entry linked to Pat's comment and publishes it; Pat sees it on /my/ and on the module's page.
(Signing off a version is the co-design journey, tests/browser/test_codesign_journey.py.)"""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts import roles
from codesign.models import ModuleChange
from codesign.services import working_parties as service
from courses.models import ModuleFeedback, ModulePage, OutboxMessage
from courses.services import enrolment
from tests.accounts.factories import UserFactory
from tests.browser.conftest import PHONE, _watch_policy, log_in
from tests.browser.test_people_without_email_journey import audit
from tests.courses.factories import (
    AreaFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseRunFactory,
    ModulePageFactory,
    activity,
)

PAT_SAID = "The pacing exercise felt rushed; we needed more time."


@pytest.fixture
def cast(home):
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                               slug="living-well")
    cora = UserFactory(full_name="Cora Coordinator", roles=[roles.COORDINATOR])
    pacing = ModulePageFactory(parent=course, title="Pacing", slug="pacing",
                               body=[activity("Boom and bust", 20)])
    pacing.save_revision(user=cora).publish(user=cora)
    pacing = ModulePage.objects.get(pk=pacing.pk)
    party = service.save_party(None, name="Highland working party",
                               area=AreaFactory(name="Highland"), courses=[course])
    morag = UserFactory(full_name="Mòrag Nic a' Phì", roles=[roles.VOLUNTEER])
    service.add_member(party, role="lived_experience", person=morag)
    run = CourseRunFactory(course=course, sessions=1, capacity=20,
                           sessions__first_session_at=timezone.now() - timedelta(hours=3))
    session = run.sessions.get()
    session.module = pacing
    session.save()
    pat = UserFactory(full_name="Pat Participant", roles=[roles.PARTICIPANT])
    people = [pat] + [UserFactory(full_name=f"Person {n}") for n in range(4)]
    for n, person in enumerate(people):
        place = enrolment.enrol(run, person, by_coordinator=True)
        ModuleFeedback.objects.create(enrolment=place, session=session, module=pacing,
                                      comment=PAT_SAID if person == pat else f"Useful {n}.")
    return {"morag": morag, "cora": cora, "pat": pat, "pacing": pacing, "party": party}


def _phone(browser, live_server, contexts, blocked):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    contexts.append(context)
    blocked.append(_watch_policy(page))
    return page


def test_feedback_reaches_the_working_party_and_the_change_reaches_the_person(
        browser, live_server, cast):
    contexts, blocked = [], []
    try:
        member = _phone(browser, live_server, contexts, blocked)
        log_in(member, cast["morag"])
        member.goto("/my/")
        member.get_by_role("link", name="co-design space", exact=False).first.click()
        member.get_by_role("link", name="Highland working party").first.click()
        member.get_by_role("link", name="Read what participants and trainers said").click()
        expect(member.get_by_text(PAT_SAID)).to_be_visible()
        expect(member.get_by_text("Pat Participant")).to_have_count(0)
        audit(member)

        admin = _phone(browser, live_server, contexts, blocked)
        log_in(admin, cast["cora"])
        admin.goto("/admin/modulechange/new/")
        admin.locator("#id_module").select_option(str(cast["pacing"].pk))
        admin.locator("#id_made_in").fill(timezone.localdate().isoformat())
        admin.locator("#id_you_said").fill(
            "The pacing exercise felt rushed.")
        admin.locator("#id_we_did").fill(
            "We made the exercise shorter and left more time to talk.")
        admin.get_by_role("button", name="Create").click()
        expect(admin.locator(".messages .success")).to_be_visible()
        change = ModuleChange.objects.get()
        admin.goto(f"/admin/modulechange/edit/{change.pk}/")
        admin.get_by_label(PAT_SAID, exact=False).check()
        admin.get_by_role("button", name="Save").click()
        admin.goto(f"/admin/modulechange/{change.pk}/publish/")
        expect(admin.get_by_text("1 person whose words led to it")).to_be_visible()
        audit(admin)
        admin.get_by_role("button", name="Publish", exact=True).click()
        admin.reload()
        audit(admin)

        pat = _phone(browser, live_server, contexts, blocked)
        log_in(pat, cast["pat"])
        pat.goto("/my/")
        expect(pat.get_by_text("We made the exercise shorter and left more time to talk.")
               ).to_be_visible()
        audit(pat)
        pat.get_by_role("link", name="Pacing").first.click()
        expect(pat.get_by_role("heading", name="You said, we did")).to_be_visible()
        audit(pat)
    finally:
        for context in contexts:
            context.close()
    assert all(policy == [] for policy in blocked), blocked
    assert OutboxMessage.objects.get(kind="you_said_we_did").recipient == cast["pat"]
