"""On a phone, a participant makes an action plan in session 1 (told gently that a plan she is
only 5 sure of could be smaller, she makes it smaller) and shares it; in session 2 her trainer
sees it in the delivery view, and she says how it went."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import ActionPlan, Session
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from tests.accounts.factories import UserFactory
from tests.browser.conftest import (
    PHONE,
    _watch_policy,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

CONFIDENCE = "How sure are you that you will do all of it, from 0 to 10?"


@pytest.fixture
def course_under_way(run, tara, tara_profile):
    """Tara leads ``run``; its first session started half an hour ago; Ealasaid has a place."""
    scheduling.assign_trainer(run, tara_profile, "lead")
    person = UserFactory(full_name="Ealasaid Ghrannd", email="ealasaid@example.org")
    place = enrolment_service.enrol(run, person)
    first, second = run.sessions.order_by("starts_at")[:2]
    _move(first, timezone.now() - timedelta(minutes=30))
    return person, place, first, second


def _move(session, starts_at) -> None:
    Session.objects.filter(pk=session.pk).update(starts_at=starts_at,
                                                 ends_at=starts_at + timedelta(hours=2))


def _audit(page) -> None:
    assert_accessible(page)
    assert_no_sideways_scroll(page)


@pytest.fixture
def phones(browser, live_server):
    """Two phones: the participant's and the trainer's."""
    contexts = [browser.new_context(base_url=live_server.url, viewport=PHONE)
                for _ in range(2)]
    pages = [context.new_page() for context in contexts]
    blocked = []
    for page in pages:
        page.set_default_timeout(15_000)
        blocked += [_watch_policy(page)]
    yield pages
    for context in contexts:
        context.close()
    assert all(found == [] for found in blocked), blocked


def test_a_plan_made_in_session_one_is_seen_by_the_trainer_and_reviewed_in_session_two(
        phones, course_under_way, tara):
    person, place, first, second = course_under_way
    mine, trainers = phones

    # Session 1: she makes a plan, shares it, and is only 5 sure of it.
    log_in(mine, person)
    mine.goto("/my/")
    _audit(mine)
    mine.get_by_role("link", name="Make an action plan from the session on").click()
    expect(mine.get_by_role("heading", name="Make an action plan")).to_be_visible()
    _audit(mine)
    mine.get_by_label("What will you do?").fill("Walk to the post box and back")
    mine.get_by_label("How much?").fill("twenty minutes")
    mine.get_by_label("When?").fill("after lunch")
    mine.get_by_label("How often?").fill("every day")
    mine.get_by_role("group", name=CONFIDENCE).get_by_text("5", exact=True).click()
    mine.get_by_label("Share this plan with my trainers").check()
    mine.get_by_role("button", name="Save my plan").click()

    # Saved, with a gentle suggestion and the form to make it smaller.
    expect(mine.get_by_text("You said you are 5 out of 10 sure")).to_be_visible()
    expect(mine.get_by_role("heading", name="Change your action plan")).to_be_visible()
    _audit(mine)
    mine.get_by_label("How often?").fill("three days this week")
    mine.get_by_role("group", name=CONFIDENCE).get_by_text("8", exact=True).click()
    mine.get_by_role("button", name="Save my plan").click()
    expect(mine.get_by_text("Your action plan is saved.")).to_be_visible()
    expect(mine.get_by_role("heading", name="Your action plans")).to_be_visible()
    expect(mine.get_by_text("Shared with your trainers.")).to_be_visible()
    _audit(mine)
    plan = ActionPlan.objects.get(enrolment=place)
    assert (plan.session_id, plan.confidence, plan.how_often) == (
        first.pk, 8, "three days this week")

    # A week on: session 1 is past, session 2 is now.
    _move(first, timezone.now() - timedelta(days=7))
    _move(second, timezone.now() - timedelta(minutes=5))

    log_in(trainers, tara)
    trainers.goto(f"/trainer/sessions/{second.pk}/")
    person_card = trainers.locator(f"#person-{place.pk}")
    expect(person_card.get_by_text("Has a plan from last session to review:")).to_be_visible()
    expect(person_card.get_by_text("Walk to the post box and back")).to_be_visible()
    expect(person_card.get_by_text("three days this week")).to_be_visible()
    _audit(trainers)

    mine.goto("/my/")
    mine.get_by_role("link", name="How did it go: “Walk to the post box and back”?").click()
    expect(mine.get_by_role("heading", name="How did your plan go?")).to_be_visible()
    _audit(mine)
    mine.get_by_role("group", name="How did it go?").get_by_label("I partly did it").check()
    mine.get_by_label("Anything you want to remember about it? (optional)").fill(
        "Two days: it rained on Thursday.")
    mine.get_by_role("button", name="Save how it went").click()
    expect(mine.get_by_text("How it went is saved with your plan.")).to_be_visible()
    expect(mine.get_by_text("I partly did it: Two days: it rained on Thursday.")).to_be_visible()
    _audit(mine)
    plan.refresh_from_db()
    assert (plan.outcome, plan.reviewed_in_id) == ("partly", second.pk)

    trainers.reload()
    expect(person_card.get_by_text("Their plan from last session, reviewed:")).to_be_visible()
    expect(person_card.get_by_text("I partly did it")).to_be_visible()
    _audit(trainers)
