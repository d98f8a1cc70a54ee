"""Who came to a session, marked by a trainer, by the person themselves, or from a register."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


# Statuses that mean the person took part in the session.
ATTENDED_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


class MarkingMethod(models.TextChoices):
    TRAINER = "trainer", _("Marked by a trainer")
    SELF_CHECK_IN = "self_check_in", _("Checked in themselves")
    IMPORT = "import", _("From a paper register")
    COORDINATOR = "coordinator", _("Marked by a coordinator")


class Attendance(models.Model):
    session = models.ForeignKey("courses.Session", on_delete=models.CASCADE,
                                related_name="attendances", verbose_name=_("session"))
    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.CASCADE,
                                  related_name="attendances", verbose_name=_("enrolment"))
    status = models.CharField(_("status"), max_length=10, choices=AttendanceStatus.choices)
    method = models.CharField(_("how it was marked"), max_length=16,
                              choices=MarkingMethod.choices)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+",
                                  verbose_name=_("marked by"))
    marked_at = models.DateTimeField(_("marked at"))

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["session", "enrolment"],
                                               name="one_mark_per_person_per_session")]

    def __str__(self) -> str:
        return f"{self.enrolment.user} – {self.get_status_display()}"

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED_STATUSES
