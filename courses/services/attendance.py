"""Marking who came: by a trainer, by the person checking in, or from a paper register.

Every path records attendance here, so a mark always says who made it and how, and a correction
after a run has closed re-checks whether the person completed.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
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
from courses.services.errors import DomainError


class AttendanceError(DomainError):
    pass


def record_attendance(session: Session, enrolment: Enrolment, status: str, *,
                      by: User | None, method: str, now: datetime | None = None) -> Attendance:
    """Mark ``enrolment`` as ``status`` at ``session``. Marking the same again changes nothing;
    a different mark replaces it and records who made it and how."""
    from courses.services.completion import reevaluate

    if status not in AttendanceStatus.values:
        raise AttendanceError("bad_status", _("That is not an attendance status."))
    with transaction.atomic():
        # Decide on the rows as they are now, not on what the caller happens to hold.
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        run_status = CourseRun.objects.values_list("status", flat=True).get(pk=session.run_id)
        if enrolment.run_id != session.run_id or enrolment.status not in ON_REGISTER_STATUSES:
            raise AttendanceError("not_on_register", _("This person does not have a place on "
                                                       "this course run."))
        attendance = (Attendance.objects.select_for_update()
                      .filter(session=session, enrolment=enrolment).first())
        if attendance is not None and attendance.status == status:
            return attendance
        attendance = attendance or Attendance(session=session, enrolment=enrolment)
        attendance.status = status
        attendance.method = method
        attendance.marked_by = by
        attendance.marked_at = now or timezone.now()
        attendance.save()
        if run_status == RunStatus.FINISHED:
            reevaluate(enrolment)
        return attendance


def check_in_window(session: Session) -> tuple[datetime, datetime]:
    """When a session's self check-in is open: shortly before it starts to shortly after."""
    return (session.starts_at - timedelta(minutes=settings.CHECKIN_OPENS_MINUTES_BEFORE),
            session.ends_at + timedelta(minutes=settings.CHECKIN_CLOSES_MINUTES_AFTER))


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
