from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExportRecord(models.Model):
    """Who exported what, with which filters, how many rows, and when."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                             related_name="+", verbose_name=_("exported by"))
    export = models.CharField(_("export"), max_length=60)
    file_format = models.CharField(_("format"), max_length=8)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    created_at = models.DateTimeField(_("exported at"), auto_now_add=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]
        permissions = [("export_data", _("Can export data from the admin")),
                       ("view_outcomes", _("Can see outcome figures for groups"))]

    def __str__(self) -> str:
        return f"{self.export} ({self.file_format}) by {self.user}"
