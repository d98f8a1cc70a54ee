"""Marking who came: by a trainer, by the person checking in, or from a paper register.

Every path records attendance here, so a mark always says who made it and how, a correction
after a run has closed re-checks whether the person completed, an absence opens a friendly
follow-up for someone who agreed to one, and a session's first register records which version
of its module it delivered.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import (
    ON_REGISTER_STATUSES,
    Attendance,
    AttendanceStatus,
    CourseRun,
    Enrolment,
    MarkingMethod,
    RunStatus,
    Session,
)
from courses.services import follow_up
from courses.services.completion import reevaluate
from courses.services.errors import DomainError


class AttendanceError(DomainError):
    pass


@dataclass(frozen=True)
class Mark:
    """One person's status at one session."""

    session: Session
    enrolment: Enrolment
    status: str


def record_attendance(session: Session, enrolment: Enrolment, status: str, *,
                      by: User | None, method: str, now: datetime | None = None) -> Attendance:
    """Mark ``enrolment`` as ``status`` at ``session``. Marking the same again changes nothing;
    a different mark replaces it and records who made it and how."""
    return record_marks([Mark(session, enrolment, status)], by=by, method=method, now=now)[0]


def record_marks(marks: Sequence[Mark], *, by: User | None, method: str,
                 now: datetime | None = None) -> list[Attendance]:
    """Record many marks together (a typed-up register), all of them or, on the first one that
    breaks a rule, none. Returns the attendance rows in the order of ``marks``."""
    now = now or timezone.now()
    with transaction.atomic():
        enrolments, runs_finished = _lock_and_check(marks, now)
        existing = {(a.session_id, a.enrolment_id): a for a in Attendance.objects
                    .select_for_update().filter(_pairs(marks))}
        changed, result = [], []
        for mark in marks:
            attendance = existing.get((mark.session.pk, mark.enrolment.pk))
            if attendance is None or attendance.status != mark.status:
                attendance = attendance or Attendance(session=mark.session,
                                                      enrolment_id=mark.enrolment.pk)
                attendance.status, attendance.method = mark.status, method
                attendance.marked_by, attendance.marked_at = by, now
                existing[(mark.session.pk, mark.enrolment.pk)] = attendance
                changed.append(attendance)
            result.append(attendance)
        _save(changed)
        _record_delivery({mark.session.pk for mark in marks})
        for enrolment_id in {a.enrolment_id for a in changed}:
            if enrolments[enrolment_id].run_id in runs_finished:
                reevaluate(enrolments[enrolment_id])
        follow_up.note_marks(changed, sessions={m.session.pk: m.session for m in marks},
                             enrolments=enrolments, now=now)
        return result


def _lock_and_check(marks: Sequence[Mark],
                    now: datetime) -> tuple[dict[int, Enrolment], set[int]]:
    """Lock the people's enrolments (in id order, so two registers never deadlock) and check
    every mark against the rows as they are now, not as the caller happens to hold them."""
    ids = sorted({mark.enrolment.pk for mark in marks})
    enrolments = {e.pk: e for e in Enrolment.objects.select_for_update().filter(pk__in=ids)
                  .order_by("pk")}
    run_ids = {mark.session.run_id for mark in marks}
    runs_finished = set(CourseRun.objects.filter(pk__in=run_ids, status=RunStatus.FINISHED)
                        .values_list("pk", flat=True))
    for mark in marks:
        if mark.status not in AttendanceStatus.values:
            raise AttendanceError("bad_status", _("That is not an attendance status."))
        check_has_begun(mark.session, now)
        enrolment = enrolments.get(mark.enrolment.pk)
        if (enrolment is None or enrolment.run_id != mark.session.run_id
                or enrolment.status not in ON_REGISTER_STATUSES):
            raise AttendanceError("not_on_register", _("This person does not have a place on "
                                                       "this course run."))
    return enrolments, runs_finished


def _record_delivery(session_ids: set[int]) -> None:
    """The first register taken for a session records which version of its module it
    delivered: the module's live revision then. A session that has one keeps it, however
    often its register is taken again or the module is published afterwards. (An update
    rather than a save: the version is on no public page, so kept pages stay as they are.)"""
    pending = (Session.objects.filter(pk__in=session_ids, delivered_revision__isnull=True,
                                      module__live_revision__isnull=False)
               .values_list("pk", "module__live_revision", "module__live_revision__created_at"))
    for pk, revision, created_at in pending:
        Session.objects.filter(pk=pk, delivered_revision__isnull=True).update(
            delivered_revision=revision, delivered_revision_at=created_at)


def _pairs(marks: Sequence[Mark]) -> Q:
    sessions = {mark.session.pk for mark in marks}
    enrolments = {mark.enrolment.pk for mark in marks}
    return Q(session_id__in=sessions, enrolment_id__in=enrolments)


def _save(changed: list[Attendance]) -> None:
    updated = [a for a in changed if a.pk is not None]
    Attendance.objects.bulk_create([a for a in changed if a.pk is None], batch_size=1000)
    Attendance.objects.bulk_update(updated, ["status", "method", "marked_by", "marked_at"],
                                   batch_size=1000)


def check_in_window(session: Session) -> tuple[datetime, datetime]:
    """When a session's self check-in is open: shortly before it starts to shortly after."""
    return (session.starts_at - timedelta(minutes=settings.CHECKIN_OPENS_MINUTES_BEFORE),
            session.ends_at + timedelta(minutes=settings.CHECKIN_CLOSES_MINUTES_AFTER))


def check_has_begun(session: Session, now: datetime) -> None:
    """Nobody can be marked for a session that has not happened: marks open with check-in,
    shortly before the start, for everyone (a trainer's tap, a typed-up register)."""
    opens, _closes = check_in_window(session)
    if now < opens:
        when = timezone.localtime(opens)
        raise AttendanceError("not_started", _(
            "This session has not started yet. Attendance can be recorded from %(time)s on "
            "%(date)s.") % {"time": formats.time_format(when, "H:i"),
                           "date": formats.date_format(when, "j F Y")})


def check_in(session: Session, user: User, *, now: datetime | None = None) -> Attendance:
    """A participant checks themselves in with the session's code. Twice is harmless."""
    now = now or timezone.now()
    opens, closes = check_in_window(session)
    if now < opens:
        when = formats.time_format(timezone.localtime(opens), "H:i")
        raise AttendanceError("too_early", _("Check-in opens at %(time)s.") % {"time": when})
    if now > closes:
        raise AttendanceError("too_late", _("Check-in for this session has closed. Your "
                                            "trainer can still mark you."))
    enrolment = Enrolment.objects.filter(run_id=session.run_id, user=user,
                                         status__in=ON_REGISTER_STATUSES).first()
    if enrolment is None:
        raise AttendanceError("not_on_register", _("You do not have a place on this course "
                                                   "run, so you cannot check in."))
    existing = Attendance.objects.filter(session=session, enrolment=enrolment).first()
    if existing is not None and existing.attended:
        return existing
    late = now > session.starts_at + timedelta(minutes=settings.CHECKIN_LATE_AFTER_MINUTES)
    status = AttendanceStatus.LATE if late else AttendanceStatus.PRESENT
    return record_attendance(session, enrolment, status, by=user,
                             method=MarkingMethod.SELF_CHECK_IN, now=now)
