"""Supportive follow-up after a missed session: a friendly call from a trainer or a volunteer,
never a warning, and only for people who agreed to one when they enrolled.

The register opens the tasks (``note_marks``, called by ``attendance.record_marks`` inside its
transaction, with the people's places locked), so a mark made by a trainer's tap, a
coordinator or a typed-up paper register all count the same, and a register taken twice opens
one task. A task closes with an outcome, or by itself when the person comes back.
"""

from collections.abc import Iterable, Mapping
from datetime import datetime

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import roles
from accounts.models import AuditAction, Consent, ConsentPurpose, User
from accounts.services import audit
from accounts.services.consent import withdraw_consent
from courses.models import (
    Attendance,
    AttendanceStatus,
    ClosedBecause,
    Enrolment,
    EnrolmentStatus,
    FollowUp,
    FollowUpOutcome,
    FollowUpPriority,
    FollowUpStatus,
    Session,
)
from courses.services import enrolment as enrolment_service
from courses.services.errors import DomainError

# Who a coordinator may give a follow-up to: volunteers, and peer trainers (volunteers too).
VOLUNTEER_ROLES = (roles.VOLUNTEER, roles.PEER_TRAINER)


class FollowUpError(DomainError):
    pass


def note_marks(marks: Iterable[Attendance], *, sessions: Mapping[int, Session],
               enrolments: Mapping[int, Enrolment], now: datetime) -> None:
    """Open, extend or close follow-ups for the marks that just changed, session by session in
    the order they happened (a typed-up register may hold several)."""
    by_session: dict[int, list[Attendance]] = {}
    for mark in marks:
        by_session.setdefault(mark.session_id, []).append(mark)
    for session_id in sorted(by_session, key=lambda pk: sessions[pk].starts_at):
        session, changed = sessions[session_id], by_session[session_id]
        _close_for_attending(session, [m.enrolment_id for m in changed if m.attended], now)
        _close_for_excused(session, [m.enrolment_id for m in changed
                                     if m.status == AttendanceStatus.EXCUSED], now)
        absent = [enrolments[m.enrolment_id] for m in changed
                  if m.status == AttendanceStatus.ABSENT]
        if absent:
            _open_for_absent(session, absent)


def _close_for_attending(session: Session, enrolment_ids: list[int], now: datetime) -> None:
    """Coming to ``session`` closes what was opened for it or before it: they came back (or
    the register was corrected, when it was opened for this very session)."""
    if not enrolment_ids:
        return
    tasks = FollowUp.objects.filter(status=FollowUpStatus.OPEN, enrolment_id__in=enrolment_ids,
                                    session__starts_at__lte=session.starts_at)
    tasks.filter(session=session).update(**_closed(ClosedBecause.MARK_CHANGED, now))
    tasks.exclude(session=session).update(**_closed(ClosedBecause.CAME_BACK, now))


def _close_for_excused(session: Session, enrolment_ids: list[int], now: datetime) -> None:
    """An absence corrected to excused: a task for that one session is not needed."""
    if enrolment_ids:
        FollowUp.objects.filter(status=FollowUpStatus.OPEN, enrolment_id__in=enrolment_ids,
                                session=session, last_missed=session).update(
            **_closed(ClosedBecause.MARK_CHANGED, now))


def _closed(because: str, now: datetime, by: User | None = None) -> dict:
    return {"status": FollowUpStatus.CLOSED, "closed_because": because, "closed_at": now,
            "closed_by": by}


def _open_for_absent(session: Session, absent: list[Enrolment]) -> None:
    """A task for each person absent from ``session`` who agreed to a follow-up and is still
    on a run under way; two absences in a row make it urgent."""
    absent = [e for e in absent if e.status == EnrolmentStatus.CONFIRMED]
    agreed = _agreed_to_follow_up({e.user_id for e in absent})
    absent = [e for e in absent if e.user_id in agreed]
    if not absent:
        return
    ids = [e.pk for e in absent]
    in_a_row = _absent_next_to(session, ids)
    tasks = FollowUp.objects.filter(enrolment_id__in=ids).filter(
        Q(status=FollowUpStatus.OPEN) | Q(session=session))
    for_this = {t.enrolment_id: t for t in tasks if t.session_id == session.pk}
    still_open = {t.enrolment_id: t for t in tasks if t.is_open}
    for enrolment in absent:
        priority = FollowUpPriority.HIGH if enrolment.pk in in_a_row else FollowUpPriority.NORMAL
        task = for_this.get(enrolment.pk) or still_open.get(enrolment.pk)
        if task is None:
            FollowUp.objects.get_or_create(enrolment=enrolment, session=session, defaults={
                "last_missed": session, "last_missed_at": session.starts_at,
                "priority": priority})
        elif task.session_id == session.pk:
            _reopen_if_corrected(task, still_open.get(enrolment.pk), priority)
        else:
            _extend(task, session, priority)


def _agreed_to_follow_up(user_ids: set[int]) -> set[int]:
    return set(Consent.objects.current().filter(
        user_id__in=user_ids, purpose=ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE)
        .values_list("user_id", flat=True))


def _absent_next_to(session: Session, enrolment_ids: list[int]) -> set[int]:
    """Who among ``enrolment_ids`` was also absent from the session before this one or the one
    after it (registers are sometimes typed up out of order)."""
    run_sessions = Session.objects.filter(run_id=session.run_id)
    before = run_sessions.filter(starts_at__lt=session.starts_at).order_by("-starts_at")[:1]
    after = run_sessions.filter(starts_at__gt=session.starts_at).order_by("starts_at")[:1]
    neighbours = [pk for query in (before, after) for pk in query.values_list("pk", flat=True)]
    return set(Attendance.objects.filter(session_id__in=neighbours, enrolment_id__in=enrolment_ids,
                                         status=AttendanceStatus.ABSENT)
               .values_list("enrolment_id", flat=True))


def _reopen_if_corrected(task: FollowUp, open_task: FollowUp | None, priority: int) -> None:
    """Marked absent again after a correction closed it: the task is wanted after all. (One
    closed with an outcome stays closed: someone has already called.)"""
    if task.is_open or task.closed_because != ClosedBecause.MARK_CHANGED or open_task:
        return
    task.status, task.closed_because, task.closed_at, task.closed_by = (
        FollowUpStatus.OPEN, "", None, None)
    task.priority = max(task.priority, priority)
    task.save(update_fields=["status", "closed_because", "closed_at", "closed_by", "priority"])


def _extend(task: FollowUp, session: Session, priority: int) -> None:
    """Another session missed while a task is open: the task covers it, and a second in a row
    makes it urgent."""
    if session.starts_at > task.last_missed_at:
        task.last_missed, task.last_missed_at = session, session.starts_at
    task.priority = max(task.priority, priority)
    task.save(update_fields=["last_missed", "last_missed_at", "priority"])


def record_outcome(task: FollowUp, outcome: str, *, by: User, note: str = "",
                   companion_stays: bool | None = None,
                   now: datetime | None = None) -> FollowUp:
    """Close ``task`` with what happened. "They have decided to leave" takes them off the run
    through the withdrawal service (which asks whether a companion stays: ``companion_stays``);
    "they would rather not be contacted" withdraws their agreement, so no task opens again."""
    now = now or timezone.now()
    if outcome not in FollowUpOutcome.values:
        raise FollowUpError("bad_outcome", _("Choose what happened."))
    with transaction.atomic():
        task = FollowUp.objects.select_for_update().select_related("enrolment__user").get(
            pk=task.pk)
        if not task.is_open:
            raise FollowUpError("already_closed", _("This follow-up is already closed."))
        person = task.enrolment.user
        if outcome == FollowUpOutcome.WITHDRAWN:
            enrolment_service.withdraw(task.enrolment, companion_stays=companion_stays, now=now)
        if outcome == FollowUpOutcome.NO_CONTACT:
            withdraw_consent(person, ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE)
            audit.record(by, AuditAction.CONSENT_RECORDED, person, subject=person,
                         purpose=ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE, given=False)
        for name, value in {**_closed(ClosedBecause.OUTCOME, now, by), "outcome": outcome,
                            "note": note.strip()}.items():
            setattr(task, name, value)
        task.save()
        return task


def assign(task: FollowUp, volunteer: User | None, *, by: User) -> FollowUp:
    """Give ``task`` to ``volunteer``, or back to the run's trainers (None)."""
    with transaction.atomic():
        task = FollowUp.objects.select_for_update().select_related("enrolment").get(pk=task.pk)
        if not task.is_open:
            raise FollowUpError("already_closed", _("This follow-up is already closed."))
        if volunteer is not None:
            _check_may_follow_up(task, volunteer)
        task.volunteer = volunteer
        task.save(update_fields=["volunteer"])
        return task


def _check_may_follow_up(task: FollowUp, volunteer: User) -> None:
    if volunteer.pk == task.enrolment.user_id:
        raise FollowUpError("own_follow_up", _("Nobody can follow themselves up."))
    if not volunteer.is_active or not roles.has_role(volunteer, *VOLUNTEER_ROLES):
        raise FollowUpError("not_a_volunteer", _(
            "%(person)s is not a volunteer or a peer trainer.") % {"person": volunteer})


def volunteers() -> QuerySet[User]:
    """Everyone a coordinator may give a follow-up to."""
    return (User.objects.filter(groups__name__in=VOLUNTEER_ROLES, is_active=True,
                                erased_at__isnull=True).distinct().order_by("full_name"))
