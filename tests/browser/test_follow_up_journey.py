"""On phones (390×844), axe on every page: a trainer takes a register with one absence; the
coordinator gives the follow-up to a volunteer, who finds it from /my/, calls and records "left
a message". Then the trainer raises a concern about someone, and a coordinator who is one of
the safeguarding leads (not a superuser) reads it and closes it with the action taken."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from courses.models import Concern, CoursePage, FollowUp, FollowUpOutcome, FollowUpStatus
from courses.services import enrolment, scheduling
from tests.accounts.factories import UserFactory
from tests.browser.conftest import PHONE, _watch_policy, log_in
from tests.browser.test_people_without_email_journey import audit
from tests.courses.factories import (
    AccreditationFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseRunFactory,
    TrainerProfileFactory,
)

WORRY = "Said she has not been eating and nobody has visited for weeks."


@pytest.fixture
def cast(home):
    """Session 1 of Tara's run began ten minutes ago. Màiri agreed to a follow-up (she prefers
    a call); Iain did not say. Vic volunteers; Cora coordinates and is a safeguarding lead."""
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                               slug="living-well")
    run = CourseRunFactory(course=course, sessions=6,
                           sessions__first_session_at=timezone.now() - timedelta(minutes=10))
    tara = UserFactory(full_name="Tara Trainer", roles=[roles.PEER_TRAINER])
    profile = TrainerProfileFactory(user=tara)
    AccreditationFactory(trainer=profile, course=CoursePage.objects.get(pk=course.pk))
    scheduling.assign_trainer(run, profile, "lead")
    mairi = UserFactory(full_name="Màiri Chaimbeul", roles=[roles.PARTICIPANT])
    User.objects.filter(pk=mairi.pk).update(phone="07700 900456", contact_channels=["phone"])
    give_consent(mairi, ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE)
    iain = UserFactory(full_name="Iain Dubh", roles=[roles.PARTICIPANT])
    for person in (mairi, iain):
        enrolment.enrol(run, person)
    vic = UserFactory(full_name="Vic Volunteer", roles=[roles.VOLUNTEER])
    cora = UserFactory(full_name="Cora Coordinator", roles=[roles.COORDINATOR])
    cora.groups.add(Group.objects.get(name="Safeguarding leads"))
    return {"session": run.sessions.order_by("starts_at").first(), "tara": tara,
            "mairi": mairi, "iain": iain, "vic": vic, "cora": cora}


def _phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page, _watch_policy(page)


def _mark(page, person: User, status: str) -> None:
    row = page.locator(".register__person", has_text=person.full_name)
    row.get_by_role("button", name=f"{status} – {person.full_name}").click()
    expect(row.locator("[data-register-mark]")).to_have_text(status)


def test_an_absence_is_followed_up_by_a_volunteer_who_leaves_a_message(browser, live_server,
                                                                       cast):
    session, mairi = cast["session"], cast["mairi"]
    contexts, blocked = [], []
    try:
        context, trainer, policy = _phone(browser, live_server)
        contexts.append(context)
        blocked.append(policy)
        log_in(trainer, cast["tara"])
        trainer.goto(f"/trainer/sessions/{session.pk}/")
        audit(trainer)
        _mark(trainer, mairi, "Absent")
        _mark(trainer, cast["iain"], "Absent")  # did not agree: no task for him
        task = FollowUp.objects.get()
        assert task.enrolment.user == mairi
        trainer.goto("/trainer/")
        audit(trainer)
        expect(trainer.get_by_role("link", name="Màiri Chaimbeul")).to_be_visible()

        context, coordinator, policy = _phone(browser, live_server)
        contexts.append(context)
        blocked.append(policy)
        log_in(coordinator, cast["cora"])
        coordinator.goto("/admin/follow-ups/")
        audit(coordinator)
        coordinator.get_by_role("link", name="Màiri Chaimbeul").click()
        coordinator.wait_for_url(f"**/admin/follow-ups/{task.pk}/")
        audit(coordinator)
        coordinator.get_by_label("Who makes the call").select_option(label="Vic Volunteer")
        coordinator.get_by_role("button", name="Save").click()
        coordinator.wait_for_url("**/admin/follow-ups/")
        audit(coordinator)
        expect(coordinator.get_by_role("cell", name="Vic Volunteer")).to_be_visible()

        context, volunteer, policy = _phone(browser, live_server)
        contexts.append(context)
        blocked.append(policy)
        log_in(volunteer, cast["vic"])
        volunteer.goto("/my/")
        audit(volunteer)
        expect(volunteer.get_by_text("1 person to get in touch with")).to_be_visible()
        volunteer.get_by_role("link", name="See who to follow up").click()
        volunteer.wait_for_url("**/trainer/follow-ups/")
        audit(volunteer)
        volunteer.get_by_role("link", name="Màiri Chaimbeul").click()
        volunteer.wait_for_url(f"**/trainer/follow-ups/{task.pk}/")
        audit(volunteer)
        expect(volunteer.get_by_role("link", name="07700 900456")).to_be_visible()
        expect(volunteer.get_by_text("Phone call")).to_be_visible()
        volunteer.get_by_role("button", name="Record the outcome").click()  # nothing chosen
        audit(volunteer)
        expect(volunteer.get_by_role("link", name="Choose what happened.")).to_be_visible()
        volunteer.get_by_label("I left a message").check()
        volunteer.get_by_label("Anything the trainers should know?").fill(
            "Left a voicemail; will try again on Friday.")
        volunteer.get_by_role("button", name="Record the outcome").click()
        volunteer.wait_for_url("**/trainer/follow-ups/")
        audit(volunteer)
        expect(volunteer.get_by_text("There is nobody to follow up just now.")).to_be_visible()
        task.refresh_from_db()
        assert (task.status, task.outcome, task.closed_by) == (
            FollowUpStatus.CLOSED, FollowUpOutcome.LEFT_MESSAGE, cast["vic"])
    finally:
        for context in contexts:
            context.close()
    assert [line for policy in blocked for line in policy] == []


def test_a_trainer_raises_a_concern_and_a_safeguarding_lead_closes_it(browser, live_server,
                                                                      cast):
    session, mairi = cast["session"], cast["mairi"]
    contexts, blocked = [], []
    try:
        context, trainer, policy = _phone(browser, live_server)
        contexts.append(context)
        blocked.append(policy)
        log_in(trainer, cast["tara"])
        trainer.goto(f"/trainer/sessions/{session.pk}/")
        trainer.get_by_role("link", name=f"Raise a concern – {mairi.full_name}").click()
        trainer.wait_for_url(f"**/trainer/sessions/{session.pk}/concerns/*/")
        audit(trainer)
        trainer.get_by_label("Wellbeing: they seem unwell, low or struggling").check()
        trainer.get_by_label("What did you notice?").fill(WORRY)
        trainer.get_by_role("button", name="Send the concern").click()
        trainer.wait_for_url(f"**/trainer/sessions/{session.pk}/")
        audit(trainer)
        expect(trainer.get_by_text("Your concern has gone to the people who look after "
                                   "safeguarding")).to_be_visible()
        assert WORRY not in trainer.content()
        concern = Concern.objects.get()

        context, lead, policy = _phone(browser, live_server)
        contexts.append(context)
        blocked.append(policy)
        assert not cast["cora"].is_superuser
        log_in(lead, cast["cora"])
        lead.goto("/admin/concerns/")
        audit(lead)
        assert WORRY not in lead.content()
        lead.get_by_role("link", name=f"Concern #{concern.pk}").click()
        lead.wait_for_url(f"**/admin/concerns/{concern.pk}/")
        audit(lead)
        expect(lead.get_by_text(WORRY)).to_be_visible()
        lead.get_by_label("Action taken").fill("Called her with her agreement; her GP will "
                                               "visit this week.")
        lead.get_by_role("button", name="Close the concern").click()
        lead.wait_for_url("**/admin/concerns/")
        audit(lead)
        expect(lead.get_by_text("Closed by Cora Coordinator")).to_be_visible()
        concern.refresh_from_db()
        assert concern.closed_by == cast["cora"] and concern.action_taken.startswith("Called")
    finally:
        for context in contexts:
            context.close()
    assert [line for policy in blocked for line in policy] == []
