"""The lead trainer's few lines after a session: how it went, what to change, whether time was
kept. About the session and the module, never about people: it feeds the module's feedback
for the people who look after it (co-design), without names."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeKept(models.TextChoices):
    YES = "yes", _("Yes, we kept to time")
    MOSTLY = "mostly", _("Mostly: one part ran over or was cut short")
    NO = "no", _("No, the timings did not work")


class SessionDebriefQuerySet(models.QuerySet):
    def for_module(self, module):
        """What trainers said after sessions of ``module`` (in any language), newest first,
        as plain values with no trainer and no participant in them: for the co-design group."""
        return (self.filter(session__module__translation_key=module.translation_key)
                .order_by("-session__starts_at")
                .values("session__starts_at", "how_it_went", "what_to_change", "time_kept"))


class SessionDebrief(models.Model):
    """One per session, written by the run's lead or co-trainer and changed by either."""

    session = models.OneToOneField("courses.Session", on_delete=models.CASCADE,
                                   related_name="debrief", verbose_name=_("session"))
    how_it_went = models.TextField(_("how it went"))
    what_to_change = models.TextField(_("what to change"), blank=True)
    time_kept = models.CharField(_("time kept"), max_length=8, choices=TimeKept.choices)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("last written by"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = SessionDebriefQuerySet.as_manager()

    class Meta:
        verbose_name = _("session debrief")
        verbose_name_plural = _("session debriefs")

    def __str__(self) -> str:
        return f"{_('Debrief')} #{self.pk}"
