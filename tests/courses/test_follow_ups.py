"""A friendly follow-up after a missed session: opened by the register only for people who
agreed, once however often the register is taken, urgent after two absences in a row, closed
when the person comes back or with an outcome; "has withdrawn" goes through the withdrawal
service, and nothing is ever sent to the participant."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import roles
from accounts.models import ConsentPurpose
from accounts.services.consent import give_consent, has_consent
from courses.models import (
    ClosedBecause,
    Companions,
    EndReason,
    EnrolmentStatus,
    Facilitation,
    FollowUp,
    FollowUpOutcome,
    FollowUpPriority,
    FollowUpStatus,
    MarkingMethod,
    OutboxMessage,
)
from courses.services import enrolment, follow_up, imports
from courses.services.attendance import Mark, record_attendance, record_marks
from courses.services.errors import DomainError
from tests.accounts.factories import UserFactory
from tests.courses.factories import CoursePageFactory, CourseRunFactory, TrainerProfileFactory

pytestmark = pytest.mark.django_db

FOLLOW_UP = ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE


@pytest.fixture
def sessions(run):
    return list(run.sessions.order_by("starts_at"))


@pytest.fixture
def pats_place(run, pat):
    give_consent(pat, FOLLOW_UP)
    return enrolment.enrol(run, pat)


def _mark(session, place, status, *, by=None, method=MarkingMethod.TRAINER):
    return record_attendance(session, place, status, by=by, method=method,
                             now=session.starts_at + timedelta(minutes=10))


def test_it_opens_no_task_for_someone_who_did_not_agree(run, sam, sessions):
    place = enrolment.enrol(run, sam)
    _mark(sessions[0], place, "absent")
    assert not FollowUp.objects.exists()


def test_it_opens_a_task_for_an_absence_when_they_agreed(pats_place, sessions):
    _mark(sessions[0], pats_place, "absent")
    task = FollowUp.objects.get()
    assert (task.enrolment, task.session, task.last_missed) == (pats_place, sessions[0],
                                                                sessions[0])
    assert (task.status, task.priority, task.volunteer) == (FollowUpStatus.OPEN,
                                                            FollowUpPriority.NORMAL, None)


@pytest.mark.parametrize("status", ["excused", "late", "present"])
def test_it_opens_no_task_when_they_were_not_absent(pats_place, sessions, status):
    _mark(sessions[0], pats_place, status)
    assert not FollowUp.objects.exists()


def test_it_opens_one_task_however_often_the_register_is_taken(pats_place, sessions, tara):
    _mark(sessions[0], pats_place, "absent", by=tara)
    _mark(sessions[0], pats_place, "absent", by=tara)
    record_marks([Mark(sessions[0], pats_place, "absent")], by=None,
                 method=MarkingMethod.IMPORT, now=sessions[0].ends_at)
    assert FollowUp.objects.count() == 1


def test_two_absences_in_a_row_make_the_task_urgent(pats_place, sessions):
    _mark(sessions[0], pats_place, "absent")
    _mark(sessions[1], pats_place, "absent")
    task = FollowUp.objects.get()
    assert (task.session, task.last_missed, task.priority) == (
        sessions[0], sessions[1], FollowUpPriority.HIGH)


def test_a_second_absence_in_a_row_after_a_call_opens_an_urgent_task(pats_place, sessions,
                                                                     tara):
    _mark(sessions[0], pats_place, "absent")
    follow_up.record_outcome(FollowUp.objects.get(), FollowUpOutcome.LEFT_MESSAGE, by=tara)
    _mark(sessions[1], pats_place, "absent")
    task = FollowUp.objects.get(status=FollowUpStatus.OPEN)
    assert (task.session, task.priority) == (sessions[1], FollowUpPriority.HIGH)


def test_an_absence_after_coming_back_is_not_in_a_row(pats_place, sessions):
    _mark(sessions[0], pats_place, "absent")
    _mark(sessions[1], pats_place, "present")
    _mark(sessions[2], pats_place, "absent")
    assert FollowUp.objects.get(status=FollowUpStatus.OPEN).priority == FollowUpPriority.NORMAL


@pytest.mark.parametrize("status", ["present", "late"])
def test_coming_again_closes_the_task_by_itself(pats_place, sessions, status):
    _mark(sessions[0], pats_place, "absent")
    _mark(sessions[1], pats_place, status)
    task = FollowUp.objects.get()
    assert (task.status, task.closed_because, task.closed_by) == (
        FollowUpStatus.CLOSED, ClosedBecause.CAME_BACK, None)


def test_a_corrected_register_closes_the_task_and_opens_it_again(pats_place, sessions):
    _mark(sessions[0], pats_place, "absent")
    _mark(sessions[0], pats_place, "excused")
    assert FollowUp.objects.get().closed_because == ClosedBecause.MARK_CHANGED
    _mark(sessions[0], pats_place, "absent")
    assert FollowUp.objects.get().status == FollowUpStatus.OPEN


def test_a_typed_up_register_of_several_sessions_counts_them_in_order(pats_place, sessions):
    record_marks([Mark(sessions[1], pats_place, "present"),
                  Mark(sessions[0], pats_place, "absent")], by=None,
                 method=MarkingMethod.IMPORT, now=sessions[1].ends_at)
    assert FollowUp.objects.get().closed_because == ClosedBecause.CAME_BACK


def test_nothing_is_sent_to_the_person_who_missed_a_session(pats_place, sessions, pat):
    before = OutboxMessage.objects.filter(recipient=pat).count()
    _mark(sessions[0], pats_place, "absent")
    _mark(sessions[1], pats_place, "absent")
    assert OutboxMessage.objects.filter(recipient=pat).count() == before


def test_an_outcome_closes_the_task_once(pats_place, sessions, tara):
    _mark(sessions[0], pats_place, "absent")
    task = follow_up.record_outcome(FollowUp.objects.get(), FollowUpOutcome.TALKED, by=tara,
                                    note=" Back next week. ")
    assert (task.status, task.outcome, task.note, task.closed_by, task.closed_because) == (
        FollowUpStatus.CLOSED, FollowUpOutcome.TALKED, "Back next week.", tara,
        ClosedBecause.OUTCOME)
    with pytest.raises(DomainError) as refused:
        follow_up.record_outcome(task, FollowUpOutcome.TALKED, by=tara)
    assert refused.value.code == "already_closed"
    with pytest.raises(DomainError) as refused:
        follow_up.record_outcome(task, "shouted", by=tara)
    assert refused.value.code == "bad_outcome"


def test_has_withdrawn_takes_them_off_the_run_through_the_withdrawal_service(
        pats_place, sessions, tara, sam):
    pats_place.run.capacity = 1
    pats_place.run.save()
    waiting = enrolment.enrol(pats_place.run, sam)
    _mark(sessions[0], pats_place, "absent")
    follow_up.record_outcome(FollowUp.objects.get(), FollowUpOutcome.WITHDRAWN, by=tara)
    pats_place.refresh_from_db()
    waiting.refresh_from_db()
    assert (pats_place.status, pats_place.end_reason) == (EnrolmentStatus.WITHDRAWN,
                                                          EndReason.WITHDREW)
    assert waiting.status == EnrolmentStatus.OFFERED  # the freed place goes to the next


def test_has_withdrawn_asks_whether_the_person_they_come_with_stays(catalogue, pat, tara):
    course = CoursePageFactory(parent=catalogue, companions=Companions.TAKE_PLACES)
    run = CourseRunFactory(course=course, sessions=3)
    carer = UserFactory(full_name="Cara Carer")
    give_consent(pat, FOLLOW_UP)
    place = enrolment.enrol(run, pat, companion=carer)
    _mark(run.sessions.order_by("starts_at").first(), place, "absent")
    task = FollowUp.objects.get()
    with pytest.raises(DomainError) as asked:
        follow_up.record_outcome(task, FollowUpOutcome.WITHDRAWN, by=tara)
    assert asked.value.code == "ask_if_companion_stays"
    assert FollowUp.objects.get().status == FollowUpStatus.OPEN  # nothing changed
    follow_up.record_outcome(task, FollowUpOutcome.WITHDRAWN, by=tara, companion_stays=True)
    assert run.enrolments.get(user=carer).status == EnrolmentStatus.CONFIRMED
    assert run.enrolments.get(user=pat).status == EnrolmentStatus.WITHDRAWN


def test_would_rather_not_be_contacted_withdraws_their_agreement(pats_place, sessions, tara,
                                                                pat):
    _mark(sessions[0], pats_place, "absent")
    follow_up.record_outcome(FollowUp.objects.get(), FollowUpOutcome.NO_CONTACT, by=tara)
    assert not has_consent(pat, FOLLOW_UP)
    _mark(sessions[1], pats_place, "absent")
    assert FollowUp.objects.count() == 1


def test_a_coordinator_gives_a_task_to_a_volunteer_only(pats_place, sessions, cora, sam, pat):
    _mark(sessions[0], pats_place, "absent")
    task = FollowUp.objects.get()
    vic = UserFactory(full_name="Vic Volunteer", roles=[roles.VOLUNTEER])
    assert follow_up.assign(task, vic, by=cora).volunteer == vic
    for person, code in ((sam, "not_a_volunteer"), (pat, "own_follow_up")):
        with pytest.raises(DomainError) as refused:
            follow_up.assign(task, person, by=cora)
        assert refused.value.code == code
    assert follow_up.assign(task, None, by=cora).volunteer is None  # back to the trainers
    assert list(follow_up.volunteers()) == [vic]


def test_the_task_goes_to_the_runs_trainers_until_a_volunteer_has_it(pats_place, sessions,
                                                                      tara_profile, cora):
    Facilitation.objects.create(run=pats_place.run, trainer=tara_profile, role="lead")
    shadow = UserFactory(roles=[roles.PEER_TRAINER])
    Facilitation.objects.create(run=pats_place.run, trainer=TrainerProfileFactory(user=shadow),
                                role="shadow")
    _mark(sessions[0], pats_place, "absent")
    task = FollowUp.objects.get()
    tara = tara_profile.user
    assert list(FollowUp.objects.for_person(tara)) == [task]
    assert not FollowUp.objects.for_person(shadow).exists()  # shadows do not make calls
    vic = UserFactory(roles=[roles.VOLUNTEER])
    follow_up.assign(task, vic, by=cora)
    assert list(FollowUp.objects.for_person(vic)) == [task]
    assert not FollowUp.objects.for_person(tara).exists()
    assert FollowUp.objects.visible_to(tara).filter(pk=task.pk).exists()  # still on her run


def test_a_typed_up_paper_register_opens_tasks_through_the_import(course, pat, cora):
    run = CourseRunFactory(course=course, sessions=3,
                           sessions__first_session_at=timezone.now() - timedelta(weeks=2))
    give_consent(pat, FOLLOW_UP)
    place = enrolment.enrol(run, pat, by_coordinator=True)
    csv = f"Enrolment number,Session,Status\n{place.pk},1,absent\n{place.pk},2,absent\n"
    batch, _preview = imports.upload("register", run, csv.encode(), "register.csv", by=cora)
    imports.confirm(batch, by=cora)
    task = FollowUp.objects.get()
    assert (task.session.number, task.last_missed.number, task.priority) == (
        1, 2, FollowUpPriority.HIGH)
