"""Who touched personal data: viewed it in the admin, exported or imported it, revoked a
certificate, erased a person. Ids and kinds only: never a health value, never a name."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    VIEWED = "viewed", _("Viewed personal data")
    EXPORTED = "exported", _("Exported data")
    IMPORTED = "imported", _("Imported data")
    REVOKED = "revoked", _("Revoked a certificate")
    ERASED = "erased", _("Erased a person's data")
    DOWNLOADED_OWN = "downloaded_own", _("Downloaded their own data")
    CONSENT_RECORDED = "consent_recorded", _("Recorded a consent change for someone")


class AuditEntry(models.Model):
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                              related_name="+", verbose_name=_("who"))
    action = models.CharField(_("what"), max_length=20, choices=AuditAction.choices)
    object_type = models.CharField(_("kind of record"), max_length=60)
    object_id = models.CharField(_("record"), max_length=60, blank=True)
    subject = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+", verbose_name=_("whose data"))
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log entries")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.object_type} {self.object_id}"
