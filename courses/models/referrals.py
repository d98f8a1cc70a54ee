"""A professional or link worker putting someone forward for a course, with their agreement,
and what the coordinators did about it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferralStatus(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    ENROLLED = "enrolled", _("Enrolled")
    DECLINED = "declined", _("Declined")
    COULD_NOT_REACH = "could_not_reach", _("Could not reach")


# Where a referral has ended up: the referrer may be told which (with the person's agreement).
REFERRAL_OUTCOMES = (ReferralStatus.ENROLLED, ReferralStatus.DECLINED,
                     ReferralStatus.COULD_NOT_REACH)


class ReferralQuerySet(models.QuerySet):
    def for_triage(self, status: str = "") -> "ReferralQuerySet":
        """Newest first, with what the list shows, optionally of one status."""
        referrals = self.select_related("person", "course").order_by("-created_at", "-pk")
        return referrals.filter(status=status) if status else referrals


class Referral(models.Model):
    """Someone put forward by a referrer who has no account here. The person is a ``User``
    (made for them, or the one we already knew by the same e-mail address or phone)."""

    referrer_name = models.CharField(_("referrer's name"), max_length=200)
    referrer_role = models.CharField(_("referrer's role and organisation"), max_length=200)
    referrer_email = models.EmailField(_("referrer's e-mail address"), blank=True)
    referrer_phone = models.CharField(_("referrer's phone number"), max_length=20, blank=True)
    referrer_language = models.CharField(_("referrer's language"), max_length=8,
                                         choices=settings.LANGUAGES,
                                         default=settings.LANGUAGE_CODE)
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="referrals", verbose_name=_("person referred"))
    name_given = models.CharField(
        _("name as the referrer gave it"), max_length=200,
        help_text=_("Check it against the person's record when they were already known."))
    already_known = models.BooleanField(
        _("already known to us"), default=False,
        help_text=_("Their e-mail address or phone number matched someone we already had."))
    course = models.ForeignKey("courses.CoursePage", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+", verbose_name=_("course"))
    note = models.TextField(_("note from the referrer"), blank=True)
    consent_to_hear_back = models.BooleanField(
        _("the referrer may be told the outcome"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=ReferralStatus.choices,
                              default=ReferralStatus.NEW)
    created_at = models.DateTimeField(_("referred at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ReferralQuerySet.as_manager()

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]
        permissions = [("manage_referral", _("Can see referrals and move them on"))]

    def __str__(self) -> str:
        return _("Referral %(number)s") % {"number": self.pk}


class ReferralChange(models.Model):
    """One move of a referral's status: who made it, when, and why."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="changes",
                                 verbose_name=_("referral"))
    from_status = models.CharField(_("from"), max_length=20, choices=ReferralStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=ReferralStatus.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                           blank=True, related_name="+", verbose_name=_("changed by"))
    note = models.TextField(_("note"), blank=True)
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("referral change")
        verbose_name_plural = _("referral changes")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.referral_id}: {self.from_status} → {self.to_status}"
