"""Feedback reaching the co-designers without names, held back from small groups until a
coordinator reads it, and "you said, we did" told once to the people it came from."""

from datetime import timedelta

import pytest
from django.utils import timezone

from codesign.models import FeedbackMark, ModuleChange
from codesign.services import feedback
from codesign.services.feedback import CodesignError, Quarter
from courses.models import ModuleFeedback, OutboxMessage, SessionDebrief
from courses.services import enrolment
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def said(course, module):
    """``make(n)``: n people on a run whose first session covered ``module`` yesterday each
    left a comment; the session has a debrief. Returns the comments."""

    def make(n: int) -> list[ModuleFeedback]:
        run = CourseRunFactory(course=course, sessions=1, capacity=20,
                               sessions__first_session_at=timezone.now() - timedelta(days=1))
        session = run.sessions.get()
        session.module = module
        session.save()
        SessionDebrief.objects.create(session=session, how_it_went="Lively.",
                                      what_to_change="More time for pacing.",
                                      time_kept="mostly")
        comments = []
        for i in range(n):
            place = enrolment.enrol(run, UserFactory(full_name=f"Person {i}"),
                                    by_coordinator=True)
            comments.append(ModuleFeedback.objects.create(
                enrolment=place, session=session, module=module,
                comment=f"Comment {i}: the pacing felt rushed."))
        return comments

    return make


def _now_quarter() -> Quarter:
    return Quarter.of(timezone.localdate())


def test_quarters_run_from_january_and_wrap_round_the_year():
    assert Quarter.of(timezone.datetime(2027, 3, 31).date()) == Quarter(2027, 1)
    assert Quarter(2027, 4).next() == Quarter(2028, 1)
    assert Quarter(2027, 1).previous() == Quarter(2026, 4)
    assert Quarter(2027, 2).starts.month == 4 and Quarter(2027, 4).ends.year == 2028


def test_five_people_are_enough_for_everything_to_reach_the_working_party(said, module):
    said(5)
    seen = feedback.feedback_for(module, _now_quarter())
    assert seen.people == 5 and seen.open_to_all and seen.withheld == 0
    assert len(seen.items) == 6  # five comments and the debrief
    assert not any("Person" in item.text for item in seen.items)  # never a name


def test_fewer_than_five_wait_for_a_coordinator_to_release_them(said, module, cora):
    comments = said(4)
    seen = feedback.feedback_for(module, _now_quarter())
    assert seen.items == [] and seen.withheld == 5
    assert [entry.module for entry in feedback.waiting_for_release(_now_quarter())] == [module]
    feedback.release("comment", comments[0].pk, by=cora)
    feedback.release("comment", comments[0].pk, by=cora)  # twice: one mark
    seen = feedback.feedback_for(module, _now_quarter())
    assert [item.text for item in seen.items] == ["Comment 0: the pacing felt rushed."]
    assert FeedbackMark.objects.count() == 1


def test_only_coordinators_release(said, pat):
    comments = said(1)
    with pytest.raises(CodesignError) as refusal:
        feedback.release("comment", comments[0].pk, by=pat)
    assert refusal.value.code == "not_a_coordinator"


def test_publishing_a_change_tells_each_person_it_came_from_once(said, module, cora):
    comments = said(5)
    change = feedback.save_change(
        ModuleChange(module=module, made_in=timezone.localdate(),
                     you_said="The pacing exercise felt rushed.",
                     we_did="We made it shorter and gave it more time."),
        by=cora, linked=[("comment", comments[0].pk), ("comment", comments[1].pk)])
    assert FeedbackMark.objects.filter(change=change, discussed_at__isnull=False).count() == 2
    feedback.publish_change(change, by=cora)
    feedback.publish_change(change, by=cora)
    told = OutboxMessage.objects.filter(kind="you_said_we_did")
    assert sorted(told.values_list("recipient__full_name", flat=True)) == ["Person 0",
                                                                          "Person 1"]
    change.refresh_from_db()
    assert change.revision == module.live_revision
    assert list(feedback.changes_from_my_words(comments[0].enrolment.user)) == [change]
    assert list(feedback.changes_from_my_words(comments[2].enrolment.user)) == []


def test_the_message_says_what_changed_in_the_persons_words(said, module, cora, mailoutbox):
    from courses.services.outbox import send_outbox_message

    comments = said(5)
    change = feedback.save_change(
        ModuleChange(module=module, made_in=timezone.localdate(), you_said="It was rushed.",
                     we_did="We made it shorter."), by=cora, linked=[("comment", comments[0].pk)])
    feedback.publish_change(change, by=cora)
    assert send_outbox_message(OutboxMessage.objects.get(kind="you_said_we_did").pk)
    assert "We made it shorter." in mailoutbox[-1].body
    assert "What you told us changed a course" in mailoutbox[-1].subject


def test_a_change_links_only_feedback_on_its_own_module(said, module, course, cora):
    from tests.courses.factories import ModulePageFactory

    comments = said(5)
    other = ModulePageFactory(parent=course, title="Sleep", slug="sleep")
    change = ModuleChange.objects.create(module=other, made_in=timezone.localdate(),
                                         you_said="x", we_did="y")
    with pytest.raises(CodesignError) as refusal:
        feedback.mark_discussed("comment", comments[0].pk, by=cora, change=change)
    assert refusal.value.code == "other_module"


def test_my_page_shows_the_changes_my_words_led_to(client, said, module, cora):
    comments = said(5)
    change = feedback.save_change(
        ModuleChange(module=module, made_in=timezone.localdate(), you_said="It was rushed.",
                     we_did="We made the pacing exercise shorter."),
        by=cora, linked=[("comment", comments[0].pk)])
    client.force_login(comments[0].enrolment.user)
    assert "You said, we did" not in client.get("/my/").content.decode()
    feedback.publish_change(change, by=cora)
    page = client.get("/my/").content.decode()
    assert "You said, we did" in page and "We made the pacing exercise shorter." in page


# --- the admin, as Cora (not a superuser) -----------------------------------------------------


def test_a_coordinator_reads_and_releases_from_the_admin(client, said, cora, home):
    comments = said(2)
    client.force_login(cora)
    page = client.get("/admin/codesign/feedback-to-release/").content.decode()
    assert "Comment 1: the pacing felt rushed." in page and "Person 1" not in page
    client.post("/admin/codesign/feedback-to-release/", {"target": "comment",
                                                         "pk": comments[1].pk})
    assert FeedbackMark.objects.get().released_by == cora


def test_a_coordinator_writes_links_and_publishes_an_entry(client, said, module, cora, home):
    comments = said(5)
    client.force_login(cora)
    response = client.post("/admin/modulechange/new/", {
        "module": module.pk, "made_in": timezone.localdate().isoformat(),
        "you_said": "The pacing exercise felt rushed.", "we_did": "We made it shorter.",
        "you_said_gd": "", "we_did_gd": ""})
    assert response.status_code == 302, response.content.decode()[:3000]
    change = ModuleChange.objects.get()
    assert change.created_by == cora
    response = client.post(f"/admin/modulechange/edit/{change.pk}/", {
        "module": module.pk, "made_in": timezone.localdate().isoformat(),
        "you_said": "The pacing exercise felt rushed.", "we_did": "We made it shorter.",
        "you_said_gd": "", "we_did_gd": "", "linked": [f"comment:{comments[3].pk}"]})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert "1 person whose words" in client.get(
        f"/admin/modulechange/{change.pk}/publish/").content.decode()
    client.post(f"/admin/modulechange/{change.pk}/publish/")
    change.refresh_from_db()
    assert change.published_at is not None
    assert OutboxMessage.objects.get(kind="you_said_we_did").recipient == \
        comments[3].enrolment.user


def test_people_without_the_role_cannot_open_these_screens(client, pat, home):
    client.force_login(pat)
    for path in ("/admin/codesign/feedback-to-release/", "/admin/modulechange/"):
        assert client.get(path).status_code in (302, 403)
