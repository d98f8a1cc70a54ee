"""Scheduling rules, asserted on their error codes."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone

from courses.models import CourseRun, EnrolmentStatus, OutboxMessage, RunStatus, Session
from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from courses.services.errors import SchedulingError
from courses.services.outbox import sweep_outbox
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    AccreditationFactory,
    CourseRunFactory,
    ModulePageFactory,
    TrainerProfileFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def draft(course):
    return CourseRunFactory(course=course, status="draft")


def _accredited(course, kind="peer"):
    trainer = TrainerProfileFactory(kind=kind)
    AccreditationFactory(trainer=trainer, course=course)
    return trainer


def test_weekly_sessions_keep_their_local_time_across_the_clock_change(draft, course):
    for n in range(6):
        ModulePageFactory(parent=course, title=f"Module {n + 1}")
    first = datetime(2027, 3, 16, 10, 0, tzinfo=LONDON)  # clocks go forward on 28 March
    sessions = scheduling.create_weekly_sessions(draft, first_starts_at=first, count=6,
                                                 minutes=150)
    local = [s.starts_at.astimezone(LONDON) for s in sessions]
    assert [t.strftime("%d %H:%M") for t in local] == [
        "16 10:00", "23 10:00", "30 10:00", "06 10:00", "13 10:00", "20 10:00"]
    utc = [s.starts_at.astimezone(UTC) for s in sessions]
    assert utc[2] - utc[1] == timedelta(days=7, hours=-1)  # an hour less in real time
    assert all(s.ends_at - s.starts_at == timedelta(minutes=150) for s in sessions)
    assert [s.module.title for s in sessions] == [f"Module {n + 1}" for n in range(6)]


def test_more_sessions_than_modules_leaves_the_rest_unlinked(draft, course):
    ModulePageFactory(parent=course, title="Only module")
    sessions = scheduling.create_weekly_sessions(
        draft, first_starts_at=timezone.now() + timedelta(days=3), count=2, minutes=60)
    assert [s.module and s.module.title for s in sessions] == ["Only module", None]


def test_only_accredited_trainers_lead_or_co_train_but_anyone_may_shadow(draft, course):
    newcomer = TrainerProfileFactory(stage="shadowing")
    for role in ("lead", "co_trainer"):
        with pytest.raises(SchedulingError) as error:
            scheduling.assign_trainer(draft, newcomer, role)
        assert error.value.code == "not_accredited"
    assert scheduling.assign_trainer(draft, newcomer, "shadow").role == "shadow"


def test_a_group_course_opens_only_with_two_trainers_one_a_peer(course):
    run = CourseRunFactory(course=course, status="draft", sessions=6)
    professional = _accredited(course, kind="professional")
    with pytest.raises(SchedulingError) as error:
        scheduling.open_run(run)
    assert error.value.code == "needs_two_facilitators"
    scheduling.assign_trainer(run, professional, "lead")
    scheduling.assign_trainer(run, _accredited(course, kind="professional"), "co_trainer")
    with pytest.raises(SchedulingError) as error:
        scheduling.open_run(run)
    assert error.value.code == "needs_peer_trainer"
    scheduling.assign_trainer(run, _accredited(course), "co_trainer")
    assert scheduling.open_run(run).status == RunStatus.OPEN


def test_a_shadow_does_not_count_towards_the_two_trainers(course):
    run = CourseRunFactory(course=course, status="draft", sessions=1)
    scheduling.assign_trainer(run, _accredited(course), "lead")
    scheduling.assign_trainer(run, TrainerProfileFactory(), "shadow")
    with pytest.raises(SchedulingError) as error:
        scheduling.open_run(run)
    assert error.value.code == "needs_two_facilitators"


def test_a_run_without_sessions_cannot_open(draft, course):
    scheduling.assign_trainer(draft, _accredited(course), "lead")
    scheduling.assign_trainer(draft, _accredited(course), "co_trainer")
    with pytest.raises(SchedulingError) as error:
        scheduling.open_run(draft)
    assert error.value.code == "no_sessions"


def test_every_reason_a_run_cannot_open_is_listed_and_open_run_refuses_with_the_first(
        course, django_assert_num_queries):
    bare = CourseRunFactory(course=course, status="draft")
    solo = CourseRunFactory(course=course, status="draft", sessions=1)
    scheduling.assign_trainer(solo, _accredited(course, kind="professional"), "lead")
    ready = CourseRunFactory(course=course, status="draft", sessions=1)
    scheduling.assign_trainer(ready, _accredited(course), "lead")
    scheduling.assign_trainer(ready, _accredited(course), "co_trainer")
    runs = list(CourseRun.objects.filter(pk__in=[bare.pk, solo.pk, ready.pk])
                .select_related("course").order_by("pk"))
    with django_assert_num_queries(2):
        judged = scheduling.runs_not_ready_to_open(runs)
    codes = {run.pk: [reason.code for reason in reasons] for run, reasons in judged}
    assert codes == {bare.pk: ["no_sessions", "needs_two_facilitators", "needs_peer_trainer"],
                     solo.pk: ["needs_two_facilitators", "needs_peer_trainer"]}
    for run in (bare, solo):
        with pytest.raises(SchedulingError) as error:
            scheduling.open_run(run)
        assert error.value.code == codes[run.pk][0]


def test_an_open_run_cannot_lose_a_trainer_it_needs(course):
    run = CourseRunFactory(course=course, status="draft", sessions=1)
    scheduling.assign_trainer(run, _accredited(course), "lead")
    co = scheduling.assign_trainer(run, _accredited(course), "co_trainer")
    scheduling.open_run(run)
    with pytest.raises(SchedulingError) as error:
        scheduling.remove_trainer(co)
    assert error.value.code == "needs_two_facilitators"
    assert run.facilitations.count() == 2


def test_a_trainer_cannot_be_booked_on_overlapping_sessions(course):
    trainer = _accredited(course)
    start = timezone.now() + timedelta(days=5)
    busy = CourseRunFactory(course=course, status="draft", sessions=1,
                            sessions__first_session_at=start)
    scheduling.assign_trainer(busy, trainer, "lead")
    clashing = CourseRunFactory(course=course, status="draft", sessions=1,
                                sessions__first_session_at=start + timedelta(hours=1))
    with pytest.raises(SchedulingError) as error:
        scheduling.assign_trainer(clashing, trainer, "co_trainer")
    assert error.value.code == "trainer_double_booked"

    later = CourseRunFactory(course=course, status="draft")
    scheduling.assign_trainer(later, trainer, "lead")
    with pytest.raises(SchedulingError) as error:
        scheduling.add_session(later, starts_at=start + timedelta(minutes=30),
                               ends_at=start + timedelta(hours=2))
    assert error.value.code == "trainer_double_booked"
    session = scheduling.add_session(later, starts_at=start + timedelta(days=1),
                                     ends_at=start + timedelta(days=1, hours=2))
    with pytest.raises(SchedulingError) as error:
        scheduling.change_session(session, starts_at=start, ends_at=start + timedelta(hours=1),
                                  module=None)
    assert error.value.code == "trainer_double_booked"


def test_sessions_of_a_cancelled_run_do_not_block_a_trainer(course):
    trainer = _accredited(course)
    start = timezone.now() + timedelta(days=5)
    old = CourseRunFactory(course=course, status="draft", sessions=1,
                           sessions__first_session_at=start)
    scheduling.assign_trainer(old, trainer, "lead")
    scheduling.cancel_run(old, reason="Hall closed")
    new = CourseRunFactory(course=course, status="draft", sessions=1,
                           sessions__first_session_at=start)
    assert scheduling.assign_trainer(new, trainer, "lead")


def test_capacity_cannot_go_below_the_places_taken(course):
    run = CourseRunFactory(course=course, capacity=5, sessions=1)
    for _ in range(3):
        enrolment_service.enrol(run, UserFactory())
    with pytest.raises(SchedulingError) as error:
        scheduling.set_capacity(run, 2)
    assert error.value.code == "capacity_below_taken"
    assert scheduling.set_capacity(run, 3).capacity == 3


def test_more_places_go_to_the_people_waiting_in_order(course):
    run = CourseRunFactory(course=course, capacity=1, sessions=1)
    people = [enrolment_service.enrol(run, UserFactory()) for _ in range(4)]
    scheduling.set_capacity(run, 3)
    statuses = [run.enrolments.get(pk=e.pk).status for e in people]
    assert statuses == [EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED,
                        EnrolmentStatus.OFFERED, EnrolmentStatus.WAITLISTED]


def test_moving_a_session_tells_everyone_with_a_place_and_bumps_the_calendar(run, pat, sam):
    enrolment_service.enrol(run, pat)
    enrolment_service.enrol(run, sam)
    session = run.sessions.first()
    new_start = session.starts_at + timedelta(days=1)
    scheduling.change_session(session, starts_at=new_start,
                              ends_at=new_start + timedelta(hours=2), module=None)
    session.refresh_from_db()
    assert session.sequence == 1
    moved = OutboxMessage.objects.filter(kind="session_moved")
    assert sorted(moved.values_list("recipient__email", flat=True)) == [pat.email, sam.email]


def test_editing_only_the_module_tells_nobody(run, pat, module):
    enrolment_service.enrol(run, pat)
    session = run.sessions.first()
    scheduling.change_session(session, starts_at=session.starts_at, ends_at=session.ends_at,
                              module=module)
    assert not OutboxMessage.objects.filter(kind="session_moved").exists()
    assert Session.objects.get(pk=session.pk).sequence == 0


def test_a_new_venue_or_language_is_told_to_everyone_booked_or_waiting(course, pat, sam):
    run = CourseRunFactory(course=course, capacity=1, sessions=2)
    enrolment_service.enrol(run, pat)
    enrolment_service.enrol(run, sam)  # waiting
    scheduling.change_run(run, notes="Tea at the break.")
    assert not OutboxMessage.objects.filter(kind="run_changed").exists()
    hall = VenueFactory(name="Nairn Community Centre")
    scheduling.change_run(run, venue=hall, language="gd")
    told = OutboxMessage.objects.filter(kind="run_changed")
    assert sorted(told.values_list("recipient__email", flat=True)) == [pat.email, sam.email]
    assert told.first().context["changed"] == ["venue", "language"]
    sweep_outbox()
    body = next(m for m in mail.outbox if m.to == [pat.email] and "changed" in m.subject).body
    assert "Nairn Community Centre" in body and "It is now given in Gàidhlig" in body


def test_cancelling_a_run_tells_everyone_on_it_and_on_its_waiting_list(course, pat, sam):
    run = CourseRunFactory(course=course, capacity=1, sessions=2)
    enrolment_service.enrol(run, pat)
    enrolment_service.enrol(run, sam)
    scheduling.cancel_run(run, reason="The hall has flooded.")
    assert set(run.enrolments.values_list("status", flat=True)) == {EnrolmentStatus.RUN_CANCELLED}
    told = OutboxMessage.objects.filter(kind="run_cancelled")
    assert sorted(told.values_list("recipient__email", flat=True)) == [pat.email, sam.email]
    with pytest.raises(SchedulingError) as error:
        scheduling.cancel_run(run, reason="again")
    assert error.value.code == "cannot_cancel"


def test_reminders_are_owed_once_per_person_and_session(run, pat, sam):
    enrolment_service.enrol(run, pat)
    waiting = enrolment_service.enrol(run, sam)
    enrolment_service.withdraw(waiting)
    soon = run.sessions.first().starts_at - timedelta(hours=3)
    assert scheduling.queue_session_reminders(now=soon) == 1
    assert scheduling.queue_session_reminders(now=soon) == 0
    assert OutboxMessage.objects.filter(kind="session_reminder").count() == 1
