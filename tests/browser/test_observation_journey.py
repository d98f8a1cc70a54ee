"""On phones: a coordinator asks a lead trainer to observe the second session of a new
trainer's first run; the lead fills in the fidelity checklist; the new trainer reads it, her
co-trainer cannot find it, and the coordinator sees it in the fidelity report."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.models import CoursePage, Observation
from courses.services import scheduling
from tests.accounts.factories import UserFactory
from tests.browser.conftest import (
    PHONE,
    _watch_policy,
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)
from tests.browser.test_people_without_email_journey import audit
from tests.courses.factories import (
    AccreditationFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    CourseRunFactory,
    FidelityChecklistFactory,
    TrainerProfileFactory,
)

ITEMS = ["Kept to the plan and its timings", "Showed how to make an action plan",
         "Everyone could have their say", "Gave no medical advice"]
COACHING = "A calm, kind session. Next week, try a timer for the activities."


@pytest.fixture
def first_run(home):
    """Nia co-trains her first run with Tara; its second session was last week. Lena is a lead
    trainer for the course; Cora coordinates."""
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home), title="Living Well",
                               slug="living-well")
    course = CoursePage.objects.get(pk=course.pk)
    run = CourseRunFactory(course=course, sessions=6, status="closed",
                           sessions__first_session_at=timezone.now() - timedelta(days=14))
    people = {}
    for key, name, stage in (("tara", "Tara Trainer", "accredited"),
                             ("nia", "Nia New", "accredited"), ("lena", "Lena Lead", "lead")):
        profile = TrainerProfileFactory(stage=stage, user=UserFactory(
            full_name=name, roles=["Peer trainer"]))
        AccreditationFactory(trainer=profile, course=course,
                             accredited_on=timezone.localdate() - timedelta(days=400))
        people[key] = profile
    scheduling.assign_trainer(run, people["tara"], "lead")
    scheduling.assign_trainer(run, people["nia"], "co_trainer")
    FidelityChecklistFactory(name="Peer-led session (short)", items=ITEMS)
    people["cora"] = UserFactory(full_name="Cora Coordinator", roles=["Coordinator"])
    return Observation.objects.get(trainer=people["nia"]), people


def _audit(page) -> None:
    assert_accessible(page)
    assert_no_sideways_scroll(page)


def _coordinator_assigns_lena(page, observation, cora) -> None:
    log_in(page, cora)
    page.goto(f"/admin/course_runs/{observation.run_id}/schedule/")
    audit(page)
    page.get_by_role("link", name="Assign an observer for Nia New").click()
    page.wait_for_url(f"**/observations/{observation.pk}/observer/")
    audit(page)
    page.get_by_label("Observer").select_option(label="Lena Lead")
    page.get_by_role("combobox", name="Session").select_option(index=1)  # session 2
    page.get_by_label("Checklist").select_option(label="Peer-led session (short)")
    page.get_by_role("button", name="Assign an observer").click()
    page.wait_for_url(f"**/course_runs/{observation.run_id}/schedule/")
    expect(page.get_by_text("The observer is assigned.")).to_be_visible()
    audit(page)


def test_an_observer_fills_the_checklist_and_the_new_trainer_reads_it(browser, live_server,
                                                                      first_run):
    observation, people = first_run
    contexts = [browser.new_context(base_url=live_server.url, viewport=PHONE)
                for _person in range(4)]
    cora_page, lena_page, nia_page, tara_page = (context.new_page() for context in contexts)
    policies = [_watch_policy(page) for page in (cora_page, lena_page, nia_page, tara_page)]
    try:
        _coordinator_assigns_lena(cora_page, observation, people["cora"])

        # Lena finds the observation on her trainer pages and opens the checklist.
        log_in(lena_page, people["lena"].user)
        lena_page.get_by_role("link", name="Your sessions").click()
        _audit(lena_page)
        lena_page.get_by_role("link", name="You observe Nia New").click()
        lena_page.wait_for_url(f"**/trainer/observations/{observation.pk}/")
        expect(lena_page.get_by_text("Observer assigned")).to_be_visible()
        _audit(lena_page)
        lena_page.get_by_role("link", name="Fill in the checklist").click()
        lena_page.wait_for_url(f"**/trainer/observations/{observation.pk}/checklist/")
        _audit(lena_page)

        # Sent with nothing filled in, the form says what is missing, at the top.
        lena_page.get_by_role("button", name="Save the checklist").click()
        expect(lena_page.get_by_role("heading", name="There is a problem")).to_be_visible()
        _audit(lena_page)

        for item, rating in zip(ITEMS, ["Partly met", "Met", "Met", "Met"], strict=True):
            lena_page.get_by_role("group", name=item).get_by_label(rating, exact=True).check()
        lena_page.get_by_label("What you saw (optional)").first.fill(
            "The pairs activity ran ten minutes over.")
        lena_page.get_by_label("Coaching note for the trainer").fill(COACHING)
        lena_page.get_by_role("button", name="Save the checklist").click()
        lena_page.wait_for_url(f"**/trainer/observations/{observation.pk}/")
        expect(lena_page.get_by_text("the checklist is saved")).to_be_visible()
        _audit(lena_page)

        # Nia reads it from her own trainer pages.
        log_in(nia_page, people["nia"].user)
        nia_page.goto("/trainer/")
        _audit(nia_page)
        nia_page.get_by_role("link", name="Your observation").click()
        nia_page.wait_for_url(f"**/trainer/observations/{observation.pk}/")
        expect(nia_page.get_by_text(COACHING)).to_be_visible()
        item = nia_page.locator("li", has=nia_page.get_by_role("heading", name=ITEMS[0]))
        expect(item).to_contain_text("Partly met")
        expect(item).to_contain_text("ran ten minutes over")
        expect(nia_page.get_by_role("link", name="Fill in the checklist")).to_have_count(0)
        _audit(nia_page)

        # Tara, her co-trainer, finds nothing there.
        log_in(tara_page, people["tara"].user)
        response = tara_page.goto(f"/trainer/observations/{observation.pk}/")
        assert response.status == 404
        tara_page.goto("/trainer/")
        expect(tara_page.get_by_role("link", name="You observe Nia New")).to_have_count(0)

        # The coordinator sees it in Reports → Fidelity, and the checklist in full.
        cora_page.goto("/admin/fidelity/")
        expect(cora_page.get_by_text("1 trainer observed, 1 waiting.")).to_be_visible()
        audit(cora_page)
        cora_page.get_by_role("link", name="Nia New").click()
        expect(cora_page.get_by_text(COACHING)).to_be_visible()
        audit(cora_page)
    finally:
        for context in contexts:
            context.close()
    observation.refresh_from_db()
    assert observation.status == "observed" and observation.coaching_note == COACHING
    assert [a.rating for a in observation.answers.all()] == ["partly", "met", "met", "met"]
    blocked = [line for policy in policies for line in policy]
    assert blocked == [], "\n".join(blocked)
