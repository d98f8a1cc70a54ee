"""Certificates: the verifiable record of a completed course (participants) or CPD module
(staff). What is printed is kept as it was on the day it was issued."""

import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PDF_FOLDER = "certificates"


def new_certificate_code() -> str:
    """12 characters (60 bits) in three groups, e.g. K7P2-QX4M-9TBD: hard to guess, easy to read
    out over the phone."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def private_storage():
    return storages["private"]


class CertificateKind(models.TextChoices):
    COURSE = "course", _("Course completed")
    CPD = "cpd", _("CPD module completed")


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True, erased_at__isnull=True)


class Certificate(models.Model):
    code = models.CharField(_("verification code"), max_length=20, unique=True,
                            default=new_certificate_code, editable=False)
    kind = models.CharField(_("kind"), max_length=10, choices=CertificateKind.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                             related_name="certificates", verbose_name=_("person"))
    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="certificates",
                                  verbose_name=_("enrolment"))
    cpd_entry = models.ForeignKey("courses.CPDEntry", on_delete=models.SET_NULL, null=True,
                                  blank=True, related_name="certificates",
                                  verbose_name=_("CPD entry"))
    place = models.ForeignKey("courses.SelfPacedPlace", on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="certificates",
                              verbose_name=_("self-paced place"))
    # What is printed, as it was when issued.
    name = models.CharField(_("name as printed"), max_length=200)
    course_title = models.CharField(_("course as printed"), max_length=255)
    # A Gaelic certificate names an untranslated course in English: pages mark it so.
    course_title_language = models.CharField(_("language of the course's title"),
                                             max_length=8, default="en",
                                             choices=settings.LANGUAGES)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    finished_on = models.DateField(_("finished on"))
    sessions_attended = models.PositiveSmallIntegerField(_("sessions attended"), null=True,
                                                         blank=True)
    sessions_total = models.PositiveSmallIntegerField(_("sessions in the run"), null=True,
                                                      blank=True)
    trainers = models.CharField(_("trainers"), max_length=500, blank=True)
    cpd_hours = models.DecimalField(_("CPD hours"), max_digits=5, decimal_places=2, null=True,
                                    blank=True)
    knowledge_checks_passed = models.PositiveSmallIntegerField(
        _("knowledge checks passed"), null=True, blank=True,
        help_text=_("Printed on a self-paced course's certificate when its modules have them."))
    co_designed = models.BooleanField(_("co-designed with people with lived experience"),
                                      default=False)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+",
                                  verbose_name=_("issued by"),
                                  help_text=_("Empty when issued automatically by the rule."))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("revoked by"))
    revoke_reason = models.CharField(_("why it was revoked"), max_length=300, blank=True)
    erased_at = models.DateTimeField(_("person's data erased at"), null=True, blank=True)
    pdf = models.FileField(_("PDF"), upload_to=f"{PDF_FOLDER}/", blank=True,
                           storage=private_storage)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        permissions = [("revoke_certificate", _("Can revoke and reissue certificates"))]
        constraints = [
            models.UniqueConstraint(fields=["enrolment"], condition=Q(revoked_at__isnull=True),
                                    name="one_valid_certificate_per_enrolment"),
            models.UniqueConstraint(fields=["cpd_entry"], condition=Q(revoked_at__isnull=True),
                                    name="one_valid_certificate_per_cpd_entry"),
            models.UniqueConstraint(fields=["place"], condition=Q(revoked_at__isnull=True),
                                    name="one_valid_certificate_per_self_paced_place"),
            models.CheckConstraint(condition=Q(enrolment__isnull=False) | Q(cpd_entry__isnull=False)
                                   | Q(place__isnull=False) | Q(erased_at__isnull=False),
                                   name="a_certificate_records_something"),
        ]

    def __str__(self) -> str:
        return f"{self.code} – {self.course_title}"

    @property
    def hours_display(self) -> str:
        """CPD hours as people write them: 3, 1.5, 12.25."""
        return f"{self.cpd_hours.normalize():f}" if self.cpd_hours is not None else ""

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None and self.erased_at is None
