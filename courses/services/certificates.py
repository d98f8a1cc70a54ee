"""Issuing, revoking and reissuing certificates. Exactly one valid certificate per completion.

Issuing writes the certificates and the e-mails they owe in the completing transaction, in bulk
and without savepoints (a run closes in a handful of queries, and PostgreSQL never has to track
hundreds of subtransactions). ``INSERT … ON CONFLICT DO NOTHING`` against a partial unique index
(one valid certificate per enrolment or CPD entry) makes any second trigger (a retry, a
duplicate task, the periodic close, a concurrent request) find the first certificate instead of
making another; the e-mail is keyed by the certificate, so nobody gets two.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.db.models import Count, Max, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import AuditAction, User
from accounts.services import audit
from cms.translation import title_in
from courses.models import (
    ATTENDED_STATUSES,
    Certificate,
    CertificateKind,
    CoursePage,
    CourseRun,
    CPDEntry,
    Enrolment,
    EnrolmentStatus,
    SelfPacedPlace,
)
from courses.models.certificates import PDF_FOLDER
from courses.services.errors import DomainError
from courses.services.outbox import owe_emails


class CertificateError(DomainError):
    pass


@dataclass(frozen=True)
class RunFacts:
    """What every certificate from one run prints, worked out once for the whole run."""

    course: CoursePage
    started_on: date | None
    finished_on: date
    sessions_total: int
    trainers: str
    attended: dict[int, int]  # sessions each enrolment came to (present or late)

    @classmethod
    def of(cls, run: CourseRun) -> "RunFacts":
        span = run.sessions.aggregate(first=Min("starts_at"), last=Max("ends_at"),
                                      total=Count("pk"))
        trainers = run.facilitations.filter(role__in=["lead", "co_trainer"]).select_related(
            "trainer__user").order_by("role", "trainer__user__full_name")
        attended = run.enrolments.annotate(n=Count("attendances", filter=Q(
            attendances__status__in=ATTENDED_STATUSES))).values_list("pk", "n")
        return cls(
            course=run.course.specific,
            started_on=span["first"] and timezone.localdate(span["first"]),
            finished_on=timezone.localdate(span["last"]) if span["last"]
            else timezone.localdate(),
            sessions_total=span["total"],
            trainers=", ".join(f.trainer.user.full_name for f in trainers),
            attended=dict(attended),
        )


def issue_for_enrolments(enrolments: list[Enrolment], facts: RunFacts, *,
                         by: User | None = None) -> dict[int, Certificate]:
    """The certificates for completed enrolments of one run (people loaded), issued once each.
    Returns them by enrolment id."""
    if any(e.status != EnrolmentStatus.COMPLETED for e in enrolments):
        raise CertificateError("not_completed", _("Only a completed course has a certificate."))
    return _issue_all("enrolment", {e.pk: Certificate(
        kind=CertificateKind.COURSE, enrolment=e, issued_by=by, user=e.user,
        name=e.user.full_name, **_title(facts.course, e.user.preferred_language),
        language=e.user.preferred_language, started_on=facts.started_on,
        finished_on=facts.finished_on, sessions_attended=facts.attended.get(e.pk, 0),
        sessions_total=facts.sessions_total, trainers=facts.trainers,
        cpd_hours=facts.course.cpd_hours, co_designed=facts.course.has_public_credits,
    ) for e in enrolments})


def _title(course, language: str) -> dict:
    """The course's title as a certificate in ``language`` prints it, and its language."""
    title = title_in(course, language)
    return {"course_title": title, "course_title_language": title.language}


def issue_for_enrolment(enrolment: Enrolment, *, by: User | None = None) -> Certificate:
    """The certificate for one completed enrolment (a correction, a reissue)."""
    enrolment = Enrolment.objects.select_related("run__course", "user").get(pk=enrolment.pk)
    return issue_for_enrolments([enrolment], RunFacts.of(enrolment.run), by=by)[enrolment.pk]


def issue_for_cpd(entry: CPDEntry, *, by: User | None = None,
                  checks_passed: int | None = None) -> Certificate:
    """The certificate for a completed CPD module, issued once; ``checks_passed``: how many
    of its modules' knowledge checks the person passed, printed when given."""
    user = entry.user
    return _issue_all("cpd_entry", {entry.pk: Certificate(
        kind=CertificateKind.CPD, cpd_entry=entry, user=user, issued_by=by,
        name=user.full_name, language=user.preferred_language,
        **(_title(entry.course, user.preferred_language) if entry.course
           else {"course_title": entry.title}),
        finished_on=entry.completed_on, cpd_hours=entry.hours,
        knowledge_checks_passed=checks_passed,
        co_designed=bool(entry.course and entry.course.specific.has_public_credits),
    )})[entry.pk]


def issue_for_place(place: SelfPacedPlace, *, by: User | None = None,
                    checks_passed: int | None = None) -> Certificate:
    """The certificate for a participant who finished a self-paced course, issued once."""
    user, course = place.user, place.course.specific
    return _issue_all("place", {place.pk: Certificate(
        kind=CertificateKind.COURSE, place=place, user=user, issued_by=by,
        name=user.full_name, language=user.preferred_language,
        **_title(course, user.preferred_language),
        started_on=timezone.localdate(place.started_at),
        finished_on=timezone.localdate(place.finished_at or timezone.now()),
        knowledge_checks_passed=checks_passed, co_designed=course.has_public_credits,
    )})[place.pk]


def _issue_all(link: str, wanted: dict[int, Certificate]) -> dict[int, Certificate]:
    """Insert what is not issued yet, read back what is valid now (ours, or an earlier or
    concurrent trigger's), and owe an e-mail for each: the key makes that once per
    certificate."""
    issued: dict[int, Certificate] = {}
    for _attempt in range(3):  # a new random code for any that clashed with an existing code
        missing = [certificate for pk, certificate in wanted.items() if pk not in issued]
        if not missing:
            break
        Certificate.objects.bulk_create(missing, ignore_conflicts=True)
        issued = {getattr(c, f"{link}_id"): c for c in Certificate.objects.select_related(
            "user").filter(**{f"{link}__in": list(wanted)}, revoked_at__isnull=True)}
        for pk in wanted.keys() - issued.keys():
            wanted[pk].code = Certificate._meta.get_field("code").default()
    owe_emails("certificate_issued", [
        (c.user, f"certificate_issued:{c.pk}", {"certificate": c.pk}) for c in issued.values()])
    return issued


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
    audit.record(by, AuditAction.REVOKED, certificate, subject=certificate.user)
    return certificate


@transaction.atomic
def reissue(certificate: Certificate, *, by: User) -> Certificate:
    """Replace a certificate (after a name correction, say): the old one verifies as revoked,
    the new one has a new code and today's details, and is e-mailed."""
    revoke(certificate, by=by, reason=_("Replaced by a reissued certificate"))
    if certificate.enrolment_id:
        return issue_for_enrolment(certificate.enrolment, by=by)
    if certificate.cpd_entry_id:
        return issue_for_cpd(certificate.cpd_entry, by=by,
                             checks_passed=certificate.knowledge_checks_passed)
    if certificate.place_id:
        return issue_for_place(certificate.place, by=by,
                               checks_passed=certificate.knowledge_checks_passed)
    raise CertificateError("nothing_to_reissue", _("There is nothing left to reissue."))


def erase_for(user: User, *, now: datetime | None = None) -> int:
    """The person's data is going: their certificates stop naming them, every stored PDF of
    theirs is deleted (including any copy an older version left beside the one the database
    knows), and each verifies as "no longer available". Returns how many were erased."""
    now = now or timezone.now()
    held = Certificate.objects.filter(user=user, erased_at__isnull=True)
    _delete_pdfs(list(held.values_list("code", flat=True)))
    return held.update(erased_at=now, name="", trainers="", pdf="")


def _delete_pdfs(codes: list[str]) -> None:
    storage = Certificate.pdf.field.storage
    if not codes or not storage.exists(PDF_FOLDER):
        return
    _folders, files = storage.listdir(PDF_FOLDER)
    for name in files:
        if name.startswith(tuple(codes)):
            storage.delete(f"{PDF_FOLDER}/{name}")
