"""Concerns about a participant's wellbeing or safety: raised by a trainer on the run, sent at
once to the people with the safeguarding permission (an e-mail saying only that there is one,
and where), looked at and closed in the admin, every look audited."""

from datetime import datetime

from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import AuditAction, ContactChannel, User
from accounts.services import audit
from courses.models import Concern, ConcernKind, Enrolment, Session
from courses.services.errors import DomainError
from courses.services.outbox import owe_email


class ConcernError(DomainError):
    pass


def raise_concern(session: Session, enrolment: Enrolment, *, by: User, kind: str,
                  details: str) -> Concern:
    """Record ``by``'s worry about ``enrolment``'s person, noticed at ``session``, and tell the
    safeguarding leads straight away. (The view makes sure ``by`` is on the run.)"""
    if enrolment.run_id != session.run_id:
        raise ConcernError("not_on_run", _("This person is not on this run."))
    if kind not in ConcernKind.values:
        raise ConcernError("bad_kind", _("Say whether this is about wellbeing or safeguarding."))
    if not details.strip():
        raise ConcernError("no_details", _("Say what you noticed."))
    with transaction.atomic():
        concern = Concern.objects.create(enrolment=enrolment, session=session, kind=kind,
                                         details=details.strip(), raised_by=by)
        for lead in safeguarding_leads():
            owe_email("concern_raised", lead, key=f"concern:{concern.pk}:{lead.pk}",
                      channel=ContactChannel.EMAIL, concern=concern.pk)
        return concern


def safeguarding_leads() -> QuerySet[User]:
    """The people given the permission to see concerns, with an address to write to; if
    nobody has been given it yet, the superusers, so that no concern goes unseen."""
    permission = Permission.objects.filter(content_type__app_label="courses",
                                           codename="view_concern")
    people = User.objects.filter(is_active=True, erased_at__isnull=True, email__isnull=False)
    given = people.filter(Q(user_permissions__in=permission)
                          | Q(groups__permissions__in=permission)).distinct()
    return given if given.exists() else people.filter(is_superuser=True)


def look_at(concern: Concern, *, by: User) -> Concern:
    """Note that ``by`` opened ``concern``: every time, and without naming the person in the
    log, so that their own copy of the log does not reveal it (see ``courses.personal_data``)."""
    audit.record(by, AuditAction.VIEWED, concern, every_time=True)
    return concern


def close_concern(concern: Concern, *, by: User, action_taken: str,
                  now: datetime | None = None) -> Concern:
    """Close ``concern`` with what was done about it. When the person has left and been erased
    meanwhile, what was written goes now, as it would have when they left."""
    if not action_taken.strip():
        raise ConcernError("no_action", _("Say what was done about it."))
    now = now or timezone.now()
    with transaction.atomic():
        concern = Concern.objects.select_for_update(of=("self",)).select_related(
            "enrolment__user").get(pk=concern.pk)
        if not concern.is_open:
            raise ConcernError("already_closed", _("This concern is already closed."))
        concern.action_taken = action_taken.strip()
        concern.closed_by, concern.closed_at = by, now
        if concern.enrolment.user.erased_at:
            concern.details, concern.action_taken, concern.erased_at = "", "", now
        concern.save(update_fields=["details", "action_taken", "closed_by", "closed_at",
                                    "erased_at"])
        return concern
