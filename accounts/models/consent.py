from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ConsentPurpose(models.TextChoices):
    """What a person agreed to. Later features add purposes here."""

    TAKING_PART = "taking_part", _("Holding my details and health information to take part")
    SHARE_ACCESS_NEEDS = "share_access_needs", _("Sharing my access needs with my trainers")
    PUBLIC_TRAINER_PROFILE = "public_trainer_profile", _(
        "Showing my trainer page, with my lived-experience statement, to the public")
    CONTACT_ABOUT_VOLUNTEERING = "contact_volunteering", _(
        "Being contacted about volunteering and becoming a peer trainer")
    CO_DESIGN_CREDIT = "co_design_credit", _(
        "Being named on the pages of courses I helped to design")
    HEAR_OF_COURSES_NEARBY = "hear_of_courses_nearby", _(
        "Being told when a course I asked about has dates near me")
    FOLLOW_UP_AFTER_ABSENCE = "follow_up_after_absence", _(
        "Being contacted by someone from my course if I miss a session, to see how I am")
    EQUALITY_MONITORING = "equality_monitoring", _(
        "Using my answers to the equality questions, without my name, to show who the courses "
        "reach")


class ConsentQuerySet(models.QuerySet):
    def current(self) -> "ConsentQuerySet":
        return self.filter(withdrawn_at__isnull=True)


class Consent(models.Model):
    """One agreement by one person to one purpose, under one version of our wording.

    Rows are never edited away: withdrawing sets ``withdrawn_at`` and giving consent again adds a
    new row, so the history of what someone agreed to, and when, is kept.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents",
        verbose_name=_("person"),
    )
    purpose = models.CharField(_("purpose"), max_length=40, choices=ConsentPurpose.choices)
    wording_version = models.CharField(_("wording version"), max_length=20)
    given_at = models.DateTimeField(_("given at"))
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "purpose"], condition=Q(withdrawn_at__isnull=True),
                name="one_current_consent_per_purpose",
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=models.F("given_at")),
                name="consent_withdrawn_after_given",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_purpose_display()}"

    @property
    def is_current(self) -> bool:
        return self.withdrawn_at is None
