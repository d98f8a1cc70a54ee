"""Feedback in the co-design space and the monthly digest: members of the party that looks
after a module read what was said (never a name), mark it discussed and link it to a change;
the digest is owed once a month; the module's page shows its published changes."""

from datetime import timedelta

import pytest
from django.utils import timezone

from codesign.models import FeedbackMark, ModuleChange
from codesign.services import feedback
from courses.models import ModuleFeedback, OutboxMessage
from courses.services import enrolment
from courses.services.outbox import send_outbox_message
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


def _comments(course, module, n: int, *, days_ago: int = 1) -> list[ModuleFeedback]:
    run = CourseRunFactory(course=course, sessions=1, capacity=20,
                           sessions__first_session_at=timezone.now() - timedelta(days=days_ago))
    session = run.sessions.get()
    session.module = module
    session.save()
    comments = []
    for i in range(n):
        place = enrolment.enrol(run, UserFactory(full_name=f"Person {i}"), by_coordinator=True)
        comments.append(ModuleFeedback.objects.create(
            enrolment=place, session=session, module=module, comment=f"Comment {i} on pacing"))
    ModuleFeedback.objects.filter(pk__in=[c.pk for c in comments]).update(
        created_at=timezone.now() - timedelta(days=days_ago))
    return comments


def test_a_member_reads_the_quarters_feedback_without_names(client, party, pat_member,
                                                              pacing, course):
    _comments(course, pacing, 5)
    client.force_login(pat_member.person)
    page = client.get(f"/codesign/parties/{party.pk}/feedback/").content.decode()
    assert "Comment 4 on pacing" in page and "Person 4" not in page
    assert "private" in client.get(f"/codesign/parties/{party.pk}/feedback/")["Cache-Control"]


def test_small_groups_stay_hidden_until_released(client, party, pat_member, pacing, course,
                                                 cora):
    comments = _comments(course, pacing, 2)
    client.force_login(pat_member.person)
    page = client.get(f"/codesign/parties/{party.pk}/feedback/").content.decode()
    assert "Comment 0 on pacing" not in page and "2 comments wait for a coordinator" in page
    response = client.post(f"/codesign/parties/{party.pk}/feedback/discussed/",
                           {"target": "comment", "pk": comments[0].pk})
    assert response.status_code == 404  # not readable yet, so not theirs to mark
    feedback.release("comment", comments[0].pk, by=cora)
    assert "Comment 0 on pacing" in client.get(
        f"/codesign/parties/{party.pk}/feedback/").content.decode()


def test_a_member_marks_feedback_discussed_and_links_the_change(client, party, pat_member,
                                                                pacing, course, cora):
    comments = _comments(course, pacing, 5)
    change = ModuleChange.objects.create(module=pacing, made_in=timezone.localdate(),
                                         you_said="Rushed.", we_did="Shorter exercise.")
    client.force_login(pat_member.person)
    client.post(f"/codesign/parties/{party.pk}/feedback/discussed/",
                {"target": "comment", "pk": comments[1].pk, "change": change.pk})
    mark = FeedbackMark.objects.get()
    assert (mark.comment, mark.discussed_by, mark.change) == (comments[1], pat_member.person,
                                                            change)
    assert "Led to a change: Shorter exercise." in client.get(
        f"/codesign/parties/{party.pk}/feedback/").content.decode()


def test_someone_in_another_party_gets_nothing(client, party, pat_member, sam, pacing, course):
    from tests.codesign.factories import MemberFactory, WorkingPartyFactory

    MemberFactory(party=WorkingPartyFactory(name="Elsewhere"), person=sam, role="carer")
    client.force_login(sam)
    assert client.get(f"/codesign/parties/{party.pk}/feedback/").status_code == 404


def test_the_digest_is_owed_once_a_month_to_members_with_something_to_read(
        party, pat_member, tara_member, pacing, course, mailoutbox):
    _comments(course, pacing, 5, days_ago=35)
    first_of_month = timezone.localdate().replace(day=1)
    month_after = first_of_month + timedelta(days=32)
    owed = feedback.owe_monthly_digests(today=(first_of_month - timedelta(days=1)).replace(
        day=1) + timedelta(days=32 + 31))  # a month when nothing was said: nothing owed
    assert owed == 0
    when = (timezone.localdate() - timedelta(days=35)).replace(day=1)
    next_month = (when + timedelta(days=32)).replace(day=1)
    assert feedback.owe_monthly_digests(today=next_month) == 2
    assert feedback.owe_monthly_digests(today=next_month + timedelta(days=3)) == 0
    assert month_after  # (the month after this one is covered by the first call)
    message = OutboxMessage.objects.filter(kind="codesign_digest",
                                           recipient=pat_member.person).get()
    assert send_outbox_message(message.pk)
    assert "5 comments" in mailoutbox[-1].body and "co-design space" in mailoutbox[-1].body


def test_the_modules_page_shows_its_published_changes(client, pacing, cora):
    change = ModuleChange.objects.create(module=pacing, made_in=timezone.localdate(),
                                         you_said="The pacing exercise felt rushed.",
                                         we_did="We made it shorter.")
    assert "We made it shorter." not in client.get(pacing.url).content.decode()
    feedback.publish_change(change, by=cora)
    page = client.get(pacing.url).content.decode()
    assert "You said, we did" in page and "We made it shorter." in page
