"""Completion: whether each person met the course's rule when a run closes.

The rule is stored as fields on the course (at least N sessions of the run; whether excused
absences count). One service decides it, for closing a run and for corrections afterwards;
certificates hook on here.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import (
    ATTENDED_STATUSES,
    AttendanceStatus,
    CourseRun,
    EndReason,
    Enrolment,
    EnrolmentStatus,
    RunStatus,
)
from courses.services import certificates, cpd
from courses.services.errors import DomainError


class CompletionError(DomainError):
    pass


def counted_statuses(course) -> tuple[str, ...]:
    if course.completion_counts_excused:
        return (*ATTENDED_STATUSES, AttendanceStatus.EXCUSED)
    return ATTENDED_STATUSES


def sessions_needed(run: CourseRun) -> int:
    """The course's "at least N sessions", or every session of the run when it sets none."""
    course = run.course.specific
    total = run.sessions.count()
    return min(course.completion_min_sessions or total, total)


def _sessions_counted(run: CourseRun) -> dict[int, int]:
    """Counted sessions per enrolment on ``run``, in one query."""
    statuses = counted_statuses(run.course.specific)
    return dict(
        run.enrolments.annotate(n=Count("attendances", filter=Q(
            attendances__status__in=statuses, attendances__session__run=run)))
        .values_list("pk", "n")
    )


def has_completed(enrolment: Enrolment) -> bool:
    run = enrolment.run
    return _sessions_counted(run).get(enrolment.pk, 0) >= sessions_needed(run)


@transaction.atomic
def close_run(run: CourseRun, *, now: datetime | None = None) -> CourseRun:
    """Finish a run whose last session is over: each person with a place becomes completed or
    not completed; anyone still waiting leaves the waiting list."""
    now = now or timezone.now()
    run = CourseRun.objects.locked(run.pk)
    if run.status in (RunStatus.CANCELLED, RunStatus.FINISHED, RunStatus.DRAFT):
        raise CompletionError("cannot_close", _("Only an open or closed run can be finished."))
    last_end = run.sessions.aggregate(last=Max("ends_at"))["last"]
    if last_end is None or last_end > now:
        raise CompletionError("not_over", _("The run cannot be finished before its last "
                                            "session is over."))
    counted, needed = _sessions_counted(run), sessions_needed(run)
    confirmed = list(run.enrolments.filter(status=EnrolmentStatus.CONFIRMED)
                     .select_related("user"))
    completed = [e for e in confirmed if counted.get(e.pk, 0) >= needed]
    for status, people in ((EnrolmentStatus.COMPLETED, completed),
                           (EnrolmentStatus.NOT_COMPLETED, set(confirmed) - set(completed))):
        run.enrolments.filter(pk__in=[e.pk for e in people]).update(status=status,
                                                                    updated_at=now)
        for enrolment in people:
            enrolment.status = status
    _recognise(run, completed)
    run.enrolments.filter(status__in=[EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED]).update(
        status=EnrolmentStatus.WITHDRAWN, end_reason=EndReason.RUN_ENDED, ended_at=now,
        offer_expires_at=None)
    run.status = RunStatus.FINISHED
    run.save(update_fields=["status"])
    return run


def reevaluate(enrolment: Enrolment, *, now: datetime | None = None) -> bool:
    """After a correction to a closed run's attendance: re-decide, and flag any change for a
    coordinator. Returns True when the outcome changed."""
    enrolment = Enrolment.objects.select_for_update().select_related("run__course").get(
        pk=enrolment.pk)
    if enrolment.status not in (EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED):
        return False
    completed = has_completed(enrolment)
    new_status = EnrolmentStatus.COMPLETED if completed else EnrolmentStatus.NOT_COMPLETED
    if new_status == enrolment.status:
        return False
    enrolment.status = new_status
    enrolment.completion_changed_at = now or timezone.now()
    enrolment.save(update_fields=["status", "completion_changed_at", "updated_at"])
    if completed:
        _recognise(enrolment.run, [enrolment])
    return True


def _recognise(run: CourseRun, completed: list[Enrolment]) -> None:
    """What completions earn, written in the completing transaction: certificates (their
    e-mails go through the outbox) and, for staff, CPD entries. A certificate already issued
    for an enrolment stands; a completion taken back later is flagged for a coordinator, who
    decides whether to revoke it."""
    if not completed:
        return
    facts = certificates.RunFacts.of(run)
    certificates.issue_for_enrolments(completed, facts)
    if facts.course.cpd_hours:
        for enrolment in completed:
            cpd.record_group_course(enrolment)


def close_finished_runs(*, now: datetime | None = None) -> int:
    """Finish every open or closed run whose last session ended a while ago. Safe to repeat."""
    now = now or timezone.now()
    cutoff = now - timedelta(hours=settings.CLOSE_RUNS_HOURS_AFTER)
    due = (CourseRun.objects.filter(status__in=[RunStatus.OPEN, RunStatus.CLOSED])
           .annotate(last_end=Max("sessions__ends_at")).filter(last_end__lte=cutoff))
    closed = 0
    for run in due:
        try:
            close_run(run, now=now)
            closed += 1
        except CompletionError:  # changed meanwhile (cancelled, finished by someone else)
            continue
    return closed
