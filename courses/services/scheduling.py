"""Scheduling rules: sessions, trainers, opening, capacity and cancelling runs."""

from collections import defaultdict
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from cms.translation import is_original
from config.page_cache import forget_pages
from courses.models import (
    DELIVERING_ROLES,
    ON_RUN_STATUSES,
    CoursePage,
    CourseRun,
    Enrolment,
    EnrolmentStatus,
    Facilitation,
    ModulePage,
    RunStatus,
    Session,
)
from courses.services import demand, observation
from courses.services import enrolment as enrolment_service
from courses.services.errors import SchedulingError
from courses.services.outbox import owe_email
from trainers.models import Accreditation, TrainerProfile

LONDON = ZoneInfo("Europe/London")
LONGEST_SESSION = timedelta(hours=12)
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100


RUN_FIELDS = ("course", "venue", "language", "access_features", "capacity", "enrolment_opens",
              "enrolment_closes", "notes")
TOLD_TO_PEOPLE = ("venue", "language")  # changing these sends everyone on the run an e-mail


def create_run(**details) -> CourseRun:
    """A new draft run of a group course (``RUN_FIELDS``). Self-paced CPD modules have no
    runs: staff take them online whenever they like."""
    _check_group_course(details["course"])
    run = CourseRun(**{name: details[name] for name in RUN_FIELDS if name in details})
    run.full_clean()
    run.save()
    return run


def change_run(run: CourseRun, **changes) -> CourseRun:
    """Change a run's details (``RUN_FIELDS``). A new course must be a group course that
    nobody has booked on this run yet, and every trainer leading or co-training it must be
    accredited for it; sessions then follow the new course's modules. Places go through
    ``set_capacity``. People booked or waiting are told of a new venue or language."""
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        capacity = changes.pop("capacity", run.capacity)
        new_course = changes.get("course", run.course).pk != run.course_id
        if new_course:
            _check_course_change(run, changes["course"])
        changed = [name for name in TOLD_TO_PEOPLE
                   if name in changes and changes[name] != getattr(run, name)]
        for name, value in changes.items():
            setattr(run, name, value)
        run.full_clean()
        run.save()
        if new_course:
            _follow_modules(run)
        if changed:
            _tell_people_about_change(run, changed)
        return set_capacity(run, capacity)


def create_weekly_sessions(run: CourseRun, *, first_starts_at: datetime, count: int,
                           minutes: int, every_days: int = 7) -> list[Session]:
    """Add ``count`` sessions, a week apart at the same local time, linked to the course's
    modules in order (after any sessions the run already has)."""
    if count < 1 or minutes < 1:
        raise SchedulingError("bad_schedule", _("Give at least one session of some length."))
    _check_year(first_starts_at)
    _check_times(first_starts_at, first_starts_at + timedelta(minutes=minutes))
    local_start = timezone.localtime(first_starts_at, LONDON).replace(tzinfo=None)
    times = []
    for week in range(count):
        # Add days to the local wall-clock time, so 10:00 stays 10:00 across a clock change.
        start = (local_start + timedelta(days=every_days * week)).replace(tzinfo=LONDON)
        times.append((start, start + timedelta(minutes=minutes)))
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        _check_can_schedule(run)
        _check_trainers_free(run, times)
        modules = list(ModulePage.objects.child_of(run.course).live().order_by("path"))
        already = run.sessions.count()
        sessions = [
            Session(run=run, starts_at=start, ends_at=end,
                    module=modules[already + i] if already + i < len(modules) else None)
            for i, (start, end) in enumerate(times)
        ]
        for session in sessions:
            session.full_clean(exclude=["run"])
        forget_pages()  # bulk_create sends no signal
        return Session.objects.bulk_create(sessions)


def add_session(run: CourseRun, *, starts_at: datetime, ends_at: datetime,
                module: ModulePage | None = None) -> Session:
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        _check_can_schedule(run)
        _check_times(starts_at, ends_at)
        _check_module(run, module)
        _check_trainers_free(run, [(starts_at, ends_at)])
        return Session.objects.create(run=run, starts_at=starts_at, ends_at=ends_at, module=module)


def change_session(session: Session, *, starts_at: datetime, ends_at: datetime,
                   module: ModulePage | None, reorder: bool = False) -> Session:
    """Edit a session of its run (it stays on that run, and covers one of its course's
    modules). Moving it past another session changes the order people meet the modules in,
    so that needs ``reorder``. Moving it tells everyone with a place and updates their
    calendars."""
    with transaction.atomic():
        run = CourseRun.objects.locked(session.run_id)
        session = Session.objects.select_for_update().get(pk=session.pk)
        _check_times(starts_at, ends_at)
        _check_module(run, module)
        moved = (starts_at, ends_at) != (session.starts_at, session.ends_at)
        if moved:
            _check_can_schedule(run)
            _check_trainers_free(run, [(starts_at, ends_at)], ignoring=session)
            if not reorder:
                _check_keeps_its_place(run, session, starts_at)
        old_starts_at = session.starts_at
        session.starts_at, session.ends_at, session.module = starts_at, ends_at, module
        if moved:
            session.sequence += 1
        session.save()
        if moved:
            _tell_people_about_move(run, session, old_starts_at)
        return session


def assign_trainer(run: CourseRun, trainer: TrainerProfile, role: str) -> Facilitation:
    """Put a trainer on a run. Leading or co-training needs an accreditation for the course;
    nobody can be booked on two sessions at once. A trainer's first run as lead or co-trainer
    is marked to be observed."""
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        accredited = Accreditation.objects.filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=timezone.localdate()),
            trainer=trainer, course_id=run.course_id,
        )
        if role in DELIVERING_ROLES and not accredited.exists():
            raise SchedulingError("not_accredited", _(
                "%(trainer)s is not accredited to deliver this course, so can only shadow."
            ) % {"trainer": trainer})
        _check_not_taking_part(run, trainer)
        times = list(run.sessions.values_list("starts_at", "ends_at"))
        _check_trainers_free(run, times, trainers=[trainer])
        facilitation = Facilitation.objects.filter(run=run, trainer=trainer).first()
        stepping_down = (facilitation is not None and facilitation.role in DELIVERING_ROLES
                         and role not in DELIVERING_ROLES)
        facilitation = facilitation or Facilitation(run=run, trainer=trainer)
        facilitation.role = role
        facilitation.save()
        if stepping_down:
            _check_still_deliverable(run)
        observation.mark_first_run(trainer)
        return facilitation


def remove_trainer(facilitation: Facilitation) -> None:
    with transaction.atomic():
        run = CourseRun.objects.locked(facilitation.run_id)
        facilitation.delete()
        _check_still_deliverable(run)
        observation.mark_first_run(facilitation.trainer)


def open_run(run: CourseRun) -> CourseRun:
    """Open a run for enrolment once it has sessions and the trainers the rules ask for.
    Everyone waiting for a run like it is told (``demand.tell_when_open``)."""
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        if run.status not in (RunStatus.DRAFT, RunStatus.CLOSED):
            raise SchedulingError("cannot_open", _("Only a draft or closed run can be opened."))
        reasons = why_run_cannot_open(run, delivering=_delivering(run),
                                      has_sessions=run.sessions.exists())
        if reasons:
            raise reasons[0]
        run.status = RunStatus.OPEN
        run.save(update_fields=["status"])
        demand.tell_when_open(run)
        return run


def why_run_cannot_open(run: CourseRun, *, delivering: list[Facilitation],
                        has_sessions: bool) -> list[SchedulingError]:
    """Every reason ``run`` cannot open for enrolment yet, most basic first (empty: it can).
    ``delivering`` are its lead and co-trainer facilitations, with their trainers loaded.
    ``open_run`` refuses with the first reason; the coordinator's home lists them all for many
    runs at once (``runs_not_ready_to_open``)."""
    reasons = []
    if not has_sessions:
        reasons.append(SchedulingError("no_sessions",
                                       _("Add the sessions before opening the run.")))
    return reasons + _facilitator_problems(run, delivering)


def runs_not_ready_to_open(runs: list[CourseRun]) -> list[tuple[CourseRun, list[SchedulingError]]]:
    """Each of ``runs`` (their courses loaded) that cannot open yet, with its reasons, in the
    order given: two queries, however many runs."""
    ids = [run.pk for run in runs]
    delivering = defaultdict(list)
    for facilitation in (Facilitation.objects.filter(run_id__in=ids, role__in=DELIVERING_ROLES)
                         .select_related("trainer")):
        delivering[facilitation.run_id].append(facilitation)
    scheduled = set(Session.objects.filter(run_id__in=ids).order_by()
                    .values_list("run_id", flat=True).distinct())
    judged = [(run, why_run_cannot_open(run, delivering=delivering[run.pk],
                                        has_sessions=run.pk in scheduled)) for run in runs]
    return [(run, reasons) for run, reasons in judged if reasons]


def close_enrolment(run: CourseRun) -> CourseRun:
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        if run.status != RunStatus.OPEN:
            raise SchedulingError("not_open", _("This run is not open for enrolment."))
        run.status = RunStatus.CLOSED
        run.save(update_fields=["status"])
        return run


def set_capacity(run: CourseRun, capacity: int) -> CourseRun:
    """Change the number of places: never below the places already held; more places go to the
    people waiting, in order."""
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        check_capacity(run, capacity)
        run.capacity = capacity
        run.save(update_fields=["capacity"])
        enrolment_service.offer_free_places(run)
        return run


def check_capacity(run: CourseRun, capacity: int) -> None:
    """Refuse a number of places below the places already taken or offered."""
    held = run.enrolments.holding_places().count()
    if capacity < held:
        raise SchedulingError("capacity_below_taken", _(
            "%(held)d places are already taken or offered, so there must be at least "
            "%(held)d places."
        ) % {"held": held})


def cancel_run(run: CourseRun, *, reason: str) -> CourseRun:
    """Cancel a run and tell everyone on it, or waiting for it."""
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        if run.status in (RunStatus.CANCELLED, RunStatus.FINISHED):
            raise SchedulingError("cannot_cancel", _("This run is already over or cancelled."))
        run.status = RunStatus.CANCELLED
        run.cancelled_reason = reason
        run.save(update_fields=["status", "cancelled_reason"])
        for enrolment in run.enrolments.filter(status__in=ON_RUN_STATUSES).select_related("user"):
            enrolment_service.change_status(enrolment, EnrolmentStatus.RUN_CANCELLED,
                                            email="run_cancelled")
        for facilitation in run.facilitations.select_related("trainer"):
            observation.mark_first_run(facilitation.trainer)  # it moves to their next run
        return run


def run_warnings(run: CourseRun) -> list[str]:
    """What a coordinator should know about a run's trainers, without it stopping anything:
    a new peer trainer not yet observed should not be the only peer trainer on a run."""
    peer = observation.unobserved_only_peer(run)
    if peer is None:
        return []
    return [_("%(trainer)s is the only peer trainer on this run and has not been observed "
              "yet. Consider adding an experienced peer trainer as well.") % {"trainer": peer}]


def queue_session_reminders(*, now: datetime | None = None, hours: int = 24) -> int:
    """Owe a reminder to each person with a place on a session starting within ``hours``.
    Safe to run as often as you like: each reminder is owed once per session time.
    Returns how many reminders were newly owed."""
    now = now or timezone.now()
    sessions = list(Session.objects.filter(
        starts_at__gt=now, starts_at__lte=now + timedelta(hours=hours),
        run__status__in=[RunStatus.OPEN, RunStatus.CLOSED],
    ))
    confirmed = Enrolment.objects.filter(
        run_id__in={session.run_id for session in sessions}, status=EnrolmentStatus.CONFIRMED,
    ).select_related("user")
    people_by_run = defaultdict(list)
    for enrolment in confirmed:
        people_by_run[enrolment.run_id].append(enrolment)
    return sum(
        owe_email("session_reminder", enrolment.user, enrolment=enrolment.pk, session=session.pk,
                  key=f"reminder:{session.pk}:{enrolment.pk}:{session.starts_at.isoformat()}")
        for session in sessions for enrolment in people_by_run[session.run_id]
    )


# --- helpers ---------------------------------------------------------------------------------

def _check_can_schedule(run: CourseRun) -> None:
    if run.status in (RunStatus.CANCELLED, RunStatus.FINISHED):
        raise SchedulingError("run_over", _("This run is cancelled or finished."))


def _check_times(starts_at: datetime, ends_at: datetime) -> None:
    """A session ends after it starts, lasts no more than a day's meeting, and falls in years
    a course could run (a typo like 2206 is caught, and dates stay far from the calendar's
    end, where working out weekly dates would overflow)."""
    _check_year(starts_at)
    if ends_at <= starts_at:
        raise SchedulingError("ends_before_start", _("A session must end after it starts."))
    if ends_at - starts_at > LONGEST_SESSION:
        raise SchedulingError("too_long", _("A session can last at most %(hours)d hours.")
                              % {"hours": LONGEST_SESSION // timedelta(hours=1)})


def _check_year(starts_at: datetime) -> None:
    if not EARLIEST_YEAR <= starts_at.year <= LATEST_YEAR:
        raise SchedulingError("implausible_year", _(
            "Check the year: sessions can be scheduled from %(first)d to %(last)d.")
            % {"first": EARLIEST_YEAR, "last": LATEST_YEAR})


def _check_trainers_free(run: CourseRun, times: list[tuple[datetime, datetime]], *,
                         trainers: list[TrainerProfile] | None = None,
                         ignoring: Session | None = None) -> None:
    """Nobody on this run (or, when assigning, ``trainers``) may be booked twice at once."""
    if not times:
        return
    if trainers is None:
        trainer_ids = list(run.facilitations.values_list("trainer_id", flat=True))
    else:
        trainer_ids = [trainer.pk for trainer in trainers]
    overlap = Q()
    for starts_at, ends_at in times:
        overlap |= Q(starts_at__lt=ends_at, ends_at__gt=starts_at)
    others = (Session.objects.filter(overlap, run__facilitations__trainer_id__in=trainer_ids)
              .exclude(run__status=RunStatus.CANCELLED))
    if ignoring is not None:
        others = others.exclude(pk=ignoring.pk)
    if trainers is not None:  # the run's own sessions are the times being compared
        others = others.exclude(run=run)
    clash = others.select_related("run__course").first()
    if clash is not None:
        when = formats.date_format(timezone.localtime(clash.starts_at), "j F Y H:i")
        raise SchedulingError("trainer_double_booked", _(
            "A trainer on this run already has a session at that time (%(course)s, %(when)s)."
        ) % {"course": clash.run.course.title, "when": when})


def _check_not_taking_part(run: CourseRun, trainer: TrainerProfile) -> None:
    """Someone with a place on a run (or waiting for one, or who took part) cannot also help
    deliver it, even as a shadow: they would see their fellow participants from both sides."""
    taking_part = run.enrolments.filter(user_id=trainer.user_id).exclude(
        status__in=[EnrolmentStatus.WITHDRAWN, EnrolmentStatus.RUN_CANCELLED])
    if taking_part.exists():
        raise SchedulingError("takes_part_in_run", _(
            "%(trainer)s has a place on this run (or is waiting for one), so cannot also "
            "be one of its trainers.") % {"trainer": trainer})


def _delivering(run: CourseRun) -> list[Facilitation]:
    return list(run.facilitations.filter(role__in=DELIVERING_ROLES).select_related("trainer"))


def _facilitator_problems(run: CourseRun,
                          delivering: list[Facilitation]) -> list[SchedulingError]:
    """The facilitator rule: a group course is delivered by two trainers (lead or
    co-trainer), at least one of them a peer trainer."""
    if run.course.specific.is_self_paced:
        return []
    problems = []
    if len(delivering) < 2:
        problems.append(SchedulingError("needs_two_facilitators", _(
            "A group course needs two trainers (lead or co-trainer) before it can open.")))
    if not any(f.trainer.is_peer for f in delivering):
        problems.append(SchedulingError("needs_peer_trainer", _(
            "At least one of the trainers must be a peer trainer with lived experience.")))
    return problems


def _check_facilitators(run: CourseRun) -> None:
    problems = _facilitator_problems(run, _delivering(run))
    if problems:
        raise problems[0]


def _check_still_deliverable(run: CourseRun) -> None:
    """A run people can still come to must keep meeting the facilitator rule: an open one,
    and a closed one with sessions still to come."""
    if run.status == RunStatus.OPEN or (
            run.status == RunStatus.CLOSED and run.sessions.upcoming().exists()):
        _check_facilitators(run)


def _check_group_course(course: CoursePage) -> None:
    if not is_original(course):
        raise SchedulingError("translation", _(
            "Choose the English page of %(course)s: a run belongs to the course, and every "
            "translation of it shows the run.") % {"course": course.title})
    if course.specific.is_self_paced:
        raise SchedulingError("self_paced", _(
            "%(course)s is a self-paced module that staff take online, so it has no runs.")
            % {"course": course.title})


def _check_course_change(run: CourseRun, course: CoursePage) -> None:
    _check_group_course(course)
    if run.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN).exists():
        raise SchedulingError("course_booked", _(
            "People have booked this run of %(course)s, so its course cannot change. Cancel "
            "it and schedule a run of the other course instead.") % {"course": run.course})
    accredited = Accreditation.objects.filter(
        Q(expires_on__isnull=True) | Q(expires_on__gte=timezone.localdate()), course=course)
    for facilitation in run.facilitations.filter(role__in=DELIVERING_ROLES).select_related(
            "trainer__user"):
        if not accredited.filter(trainer=facilitation.trainer).exists():
            raise SchedulingError("not_accredited", _(
                "%(trainer)s is not accredited to deliver %(course)s, so the run cannot "
                "change to it while they lead or co-train it.")
                % {"trainer": facilitation.trainer, "course": course.title})


def _follow_modules(run: CourseRun) -> None:
    """After a change of course, the sessions cover the new course's modules in order."""
    modules = list(ModulePage.objects.child_of(run.course).live().order_by("path"))
    for index, session in enumerate(run.sessions.order_by("starts_at", "pk")):
        session.module = modules[index] if index < len(modules) else None
        session.save(update_fields=["module"])


def _check_module(run: CourseRun, module: ModulePage | None) -> None:
    if module is not None and not module.is_child_of(run.course):
        raise SchedulingError("other_course", _(
            "“%(module)s” is a module of another course. Choose one of %(course)s's "
            "modules.") % {"module": module.title, "course": run.course.title})


def _check_keeps_its_place(run: CourseRun, session: Session, starts_at: datetime) -> None:
    """Moving a session past another changes the order of the modules: say so first."""
    others = list(run.sessions.exclude(pk=session.pk).order_by("starts_at", "pk"))
    before = sum(other.starts_at < session.starts_at for other in others)
    after_move = sum(other.starts_at < starts_at for other in others)
    if before != after_move:
        raise SchedulingError("changes_order", _(
            "This moves session %(number)s to become session %(new)s, so its module would "
            "come out of order. To move it anyway, tick “Change the order of sessions”.")
            % {"number": before + 1, "new": after_move + 1})


def _tell_people_about_change(run: CourseRun, changed: list[str]) -> None:
    """Everyone booked on the run or waiting for it hears where and in what language it is
    now (a new course can only be chosen while nobody is booked)."""
    moment = timezone.now().isoformat()
    for enrolment in run.enrolments.filter(status__in=ON_RUN_STATUSES).select_related("user"):
        owe_email("run_changed", enrolment.user, enrolment=enrolment.pk, changed=changed,
                  key=f"run_changed:{enrolment.pk}:{moment}")


def _tell_people_about_move(run: CourseRun, session: Session, old_starts_at: datetime) -> None:
    for enrolment in run.enrolments.filter(
            status__in=[EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED]
    ).select_related("user"):
        owe_email("session_moved", enrolment.user, enrolment=enrolment.pk, session=session.pk,
                  old_starts_at=old_starts_at.isoformat(),
                  key=f"session_moved:{session.pk}:{enrolment.pk}:{session.sequence}")
