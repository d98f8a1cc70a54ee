"""A trainer's worry about a participant's wellbeing or safety, for the people with the
safeguarding permission only (``courses.view_concern``): never on a participant's or another
trainer's page, never in an export. Every look at one is audited."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

VIEW_CONCERN = "courses.view_concern"
CLOSE_CONCERN = "courses.change_concern"


class ConcernKind(models.TextChoices):
    WELLBEING = "wellbeing", _("Wellbeing: they seem unwell, low or struggling")
    SAFEGUARDING = "safeguarding", _("Safeguarding: they may be at risk of harm")


class ConcernQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)

    def listed(self):
        """For the list: who it is about and who raised it, never what was written."""
        return (self.select_related("enrolment__user", "enrolment__run__course", "raised_by",
                                    "closed_by")
                .defer("details", "action_taken")
                .order_by(models.F("closed_at").asc(nulls_first=True), "-raised_at"))


class Concern(models.Model):
    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.CASCADE,
                                  related_name="concerns", verbose_name=_("about"))
    session = models.ForeignKey("courses.Session", on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+", verbose_name=_("noticed at"))
    kind = models.CharField(_("kind of concern"), max_length=16, choices=ConcernKind.choices)
    details = models.TextField(_("what you noticed"))
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, related_name="+", verbose_name=_("raised by"))
    raised_at = models.DateTimeField(_("raised at"), auto_now_add=True)
    action_taken = models.TextField(_("action taken"), blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+",
                                  verbose_name=_("closed by"))
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    erased_at = models.DateTimeField(
        _("erased at"), null=True, blank=True,
        help_text=_("The person left and their data was erased: what was written went when "
                    "the concern was closed."))

    objects = ConcernQuerySet.as_manager()

    class Meta:
        verbose_name = _("concern")
        verbose_name_plural = _("concerns")
        ordering = ["-raised_at"]
        indexes = [models.Index(fields=["closed_at", "raised_at"])]

    def __str__(self) -> str:
        # Audit logs and messages name the record by this: never the person or the text.
        return f"{_('Concern')} #{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None
