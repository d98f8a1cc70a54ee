"""Issuing, revoking and reissuing certificates. Exactly one valid certificate per completion.

Issuing writes the certificate and the e-mail it owes in the completing transaction; a unique
constraint makes a second trigger (a retry, a duplicate task, the periodic close) find the
first certificate instead of making another, so nobody gets two e-mails.
"""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import (
    ATTENDED_STATUSES,
    Certificate,
    CertificateKind,
    CPDEntry,
    Enrolment,
    EnrolmentStatus,
)
from courses.services.errors import DomainError
from courses.services.outbox import owe_email


class CertificateError(DomainError):
    pass


def issue_for_enrolment(enrolment: Enrolment, *, by: User | None = None) -> Certificate:
    """The certificate for a completed enrolment, issuing it (and owing its e-mail) once."""
    enrolment = Enrolment.objects.select_related("run__course", "user").get(pk=enrolment.pk)
    if enrolment.status != EnrolmentStatus.COMPLETED:
        raise CertificateError("not_completed", _("Only a completed course has a certificate."))
    existing = Certificate.objects.filter(enrolment=enrolment, revoked_at__isnull=True).first()
    if existing is not None:
        return existing
    return _issue(Certificate(kind=CertificateKind.COURSE, enrolment=enrolment,
                              issued_by=by, **_course_details(enrolment)))


def issue_for_cpd(entry: CPDEntry, *, by: User | None = None) -> Certificate:
    """The certificate for a completed CPD module, issued once."""
    existing = Certificate.objects.filter(cpd_entry=entry, revoked_at__isnull=True).first()
    if existing is not None:
        return existing
    user = entry.user
    return _issue(Certificate(
        kind=CertificateKind.CPD, cpd_entry=entry, user=user, issued_by=by,
        name=user.full_name, course_title=entry.title, language=user.preferred_language,
        finished_on=entry.completed_on, cpd_hours=entry.hours,
        co_designed=bool(entry.course and entry.course.specific.public_credits()),
    ))


def _issue(certificate: Certificate) -> Certificate:
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:  # issued by a concurrent trigger a moment ago: use theirs
        field = "enrolment" if certificate.enrolment_id else "cpd_entry"
        return Certificate.objects.get(**{field: getattr(certificate, field)},
                                       revoked_at__isnull=True)
    owe_email("certificate_issued", certificate.user, certificate=certificate.pk,
              key=f"certificate_issued:{certificate.pk}")
    return certificate


def _course_details(enrolment: Enrolment) -> dict:
    run, user = enrolment.run, enrolment.user
    course = run.course.specific
    span = run.sessions.aggregate(first=Min("starts_at"), last=Max("ends_at"))
    trainers = run.facilitations.filter(role__in=["lead", "co_trainer"]).select_related(
        "trainer__user").order_by("role", "trainer__user__full_name")
    return {
        "user": user,
        "name": user.full_name,
        "course_title": course.title,
        "language": user.preferred_language,
        "started_on": span["first"] and timezone.localdate(span["first"]),
        "finished_on": timezone.localdate(span["last"]) if span["last"] else timezone.localdate(),
        "sessions_attended": enrolment.attendances.filter(status__in=ATTENDED_STATUSES).count(),
        "sessions_total": run.sessions.count(),
        "trainers": ", ".join(f.trainer.user.full_name for f in trainers),
        "cpd_hours": course.cpd_hours,
        "co_designed": bool(course.public_credits()),
    }


@transaction.atomic
def revoke(certificate: Certificate, *, by: User, reason: str,
           now: datetime | None = None) -> Certificate:
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise CertificateError("already_revoked", _("This certificate is already revoked."))
    if not reason.strip():
        raise CertificateError("no_reason", _("Say why the certificate is revoked."))
    certificate.revoked_at = now or timezone.now()
    certificate.revoked_by = by
    certificate.revoke_reason = reason.strip()
    certificate.save(update_fields=["revoked_at", "revoked_by", "revoke_reason"])
    return certificate


@transaction.atomic
def reissue(certificate: Certificate, *, by: User) -> Certificate:
    """Replace a certificate (after a name correction, say): the old one verifies as revoked,
    the new one has a new code and today's details, and is e-mailed."""
    revoke(certificate, by=by, reason=_("Replaced by a reissued certificate"))
    if certificate.enrolment_id:
        return issue_for_enrolment(certificate.enrolment, by=by)
    if certificate.cpd_entry_id:
        return issue_for_cpd(certificate.cpd_entry, by=by)
    raise CertificateError("nothing_to_reissue", _("There is nothing left to reissue."))
