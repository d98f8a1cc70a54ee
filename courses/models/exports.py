"""A record of every export (and the file of a large one), and of every import."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models.certificates import private_storage


class ExportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Being written")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


class ExportRecord(models.Model):
    """Who exported what, with which filters, how many rows, and when.

    A small export streams straight to the browser and is ``done`` at once. A large one is
    written by a worker to a private file that only the person who asked may download, until
    ``EXPORT_DOWNLOAD_HOURS`` after it was ready.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                             related_name="+", verbose_name=_("exported by"))
    export = models.CharField(_("export"), max_length=60)
    file_format = models.CharField(_("format"), max_length=8)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    created_at = models.DateTimeField(_("exported at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=8, choices=ExportStatus.choices,
                              default=ExportStatus.DONE)
    total = models.PositiveIntegerField(_("rows expected"), null=True, blank=True)
    file = models.FileField(_("file"), upload_to="exports/", blank=True, storage=private_storage)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]
        permissions = [("export_data", _("Can export data from the admin")),
                       ("view_outcomes", _("Can see outcome figures for groups"))]

    def __str__(self) -> str:
        return f"{self.export} ({self.file_format}) by {self.user}"

    @property
    def expires_at(self):
        if self.finished_at is None:
            return None
        return self.finished_at + timedelta(hours=settings.EXPORT_DOWNLOAD_HOURS)

    @property
    def is_downloadable(self) -> bool:
        return (self.status == ExportStatus.DONE and bool(self.file)
                and timezone.now() < self.expires_at)

    @property
    def percent(self) -> int:
        if self.status == ExportStatus.DONE:
            return 100
        return min(99, self.rows * 100 // self.total) if self.total else 0


class ImportKind(models.TextChoices):
    REGISTER = "register", _("Attendance from a paper register")
    ENROLMENTS = "enrolments", _("Sign-ups taken on paper")


class ImportStatus(models.TextChoices):
    PREVIEWED = "previewed", _("Checked, not yet saved")
    APPLIED = "applied", _("Saved")
    DISCARDED = "discarded", _("Discarded")


class ImportBatch(models.Model):
    """An uploaded file, checked row by row, then saved all at once or not at all.

    The file is kept (privately) between the preview and the confirmation so that what is saved
    is exactly what was checked; it is deleted once the batch is saved or discarded.
    """

    kind = models.CharField(_("kind"), max_length=12, choices=ImportKind.choices)
    run = models.ForeignKey("courses.CourseRun", on_delete=models.CASCADE, related_name="+",
                            verbose_name=_("run"))
    session = models.ForeignKey("courses.Session", on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+", verbose_name=_("session"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, related_name="+", verbose_name=_("uploaded by"))
    file = models.FileField(_("file"), upload_to="imports/", blank=True, storage=private_storage)
    original_name = models.CharField(_("file name"), max_length=255)
    status = models.CharField(_("status"), max_length=10, choices=ImportStatus.choices,
                              default=ImportStatus.PREVIEWED)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    problems = models.PositiveIntegerField(_("problems found"), default=0)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    applied_at = models.DateTimeField(_("saved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at"]
        permissions = [("import_data", _("Can import paper registers and sign-ups"))]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.original_name}"
