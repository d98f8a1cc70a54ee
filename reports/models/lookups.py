"""Postcode lookups a coordinator uploads (the official CSVs): the SIMD quintile and the
urban/rural class of each Scottish postcode. Only the derived values are kept with a person's
equality answers; the full table lives here."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LookupKind(models.TextChoices):
    SIMD = "simd", _("SIMD quintiles by postcode")
    URBAN_RURAL = "urban_rural", _("Urban/rural classes by postcode")


class PostcodeLookup(models.Model):
    """A postcode, written as ``AB1 2CD``, and what the uploaded lookups say about it."""

    postcode = models.CharField(_("postcode"), max_length=8, primary_key=True)
    simd_quintile = models.PositiveSmallIntegerField(_("SIMD quintile"), null=True, blank=True)
    urban_rural = models.PositiveSmallIntegerField(_("urban/rural class"), null=True,
                                                   blank=True)

    class Meta:
        verbose_name = _("postcode lookup")
        verbose_name_plural = _("postcode lookups")

    def __str__(self) -> str:
        return self.postcode


class LookupUpload(models.Model):
    """A record of each lookup file loaded: what, by whom, when and how many postcodes."""

    kind = models.CharField(_("lookup"), max_length=16, choices=LookupKind.choices)
    file_name = models.CharField(_("file name"), max_length=255)
    rows = models.PositiveIntegerField(_("postcodes"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, related_name="+", verbose_name=_("uploaded by"))
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("lookup upload")
        verbose_name_plural = _("lookup uploads")
        ordering = ["-uploaded_at"]
        permissions = [("upload_lookup", _("Can upload the SIMD and urban/rural lookups")),
                       ("view_funder_report", _("Can see the funder report"))]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.uploaded_at:%Y-%m-%d})"
