"""Continuing professional development for health and care staff."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from courses.models.certificates import Certificate


class StaffProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="staff_profile", verbose_name=_("person"))
    profession = models.CharField(_("profession"), max_length=120, blank=True,
                                  help_text=_("For example community nurse, or social worker."))
    registration_body = models.CharField(
        _("registration body"), max_length=120, blank=True,
        help_text=_("For example NMC, HCPC, SSSC or GMC."))
    registration_number = models.CharField(_("registration number"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self) -> str:
        return str(self.user)


class CPDMethod(models.TextChoices):
    E_LEARNING = "e_learning", _("E-learning")
    GROUP_COURSE = "group_course", _("Group course")
    OTHER = "other", _("Other learning")


class ReflectionKind(models.TextChoices):
    """The shape of a reflective account (its prompts are in ``services.reflections``)."""

    GENERAL = "general", _("General reflection")
    NMC = "nmc", _("NMC written reflective account")
    HCPC = "hcpc", _("HCPC CPD record")
    SSSC = "sssc", _("SSSC learning record")


class CPDEntryQuerySet(models.QuerySet):
    def with_certificate_code(self):
        """``certificate_code``: the valid certificate behind each entry (the module's own, or
        the group course's), in the same query."""
        valid = Certificate.objects.valid().order_by("-issued_at").values("code")
        return self.annotate(certificate_code=Coalesce(
            Subquery(valid.filter(cpd_entry=OuterRef("pk"))[:1]),
            Subquery(valid.filter(enrolment=OuterRef("enrolment"))[:1]),
        ))


class CPDEntry(models.Model):
    """One piece of learning in someone's CPD log: what, when, how long, and what they took
    from it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="cpd_entries", verbose_name=_("person"))
    title = models.CharField(_("what the learning was"), max_length=255)
    course = models.ForeignKey("courses.CoursePage", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+", verbose_name=_("course"))
    enrolment = models.OneToOneField("courses.Enrolment", on_delete=models.SET_NULL, null=True,
                                     blank=True, related_name="cpd_entry",
                                     verbose_name=_("enrolment"))
    method = models.CharField(_("how"), max_length=20, choices=CPDMethod.choices)
    completed_on = models.DateField(_("date"))
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=2,
                                validators=[MinValueValidator(0)])
    participatory = models.BooleanField(
        _("participatory"), default=False,
        help_text=_("Learning with other people, such as a group course or a workshop."))
    learned = models.TextField(_("what I learned"), blank=True)
    practice = models.TextField(_("how I will use it in practice"), blank=True)
    reflection_template = models.CharField(_("reflection template"), max_length=20,
                                           choices=ReflectionKind.choices,
                                           default=ReflectionKind.GENERAL)
    reflection = models.JSONField(
        _("other answers"), default=dict, blank=True,
        help_text=_("The answers to the template's prompts other than what was learned and how "
                    "it is used in practice, by prompt."))
    provider = models.CharField(_("provider"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    objects = CPDEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("CPD entry")
        verbose_name_plural = _("CPD entries")
        ordering = ["-completed_on", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"],
                                    condition=Q(method="e_learning"),
                                    name="one_e_learning_entry_per_module"),
            models.CheckConstraint(condition=Q(hours__gte=0) & Q(hours__lte=500),
                                   name="cpd_hours_sensible"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def method_label(self) -> str:
        return str(self.get_method_display())

    @property
    def participatory_label(self) -> str:
        return str(_("Yes") if self.participatory else _("No"))

    @property
    def added_by_hand(self) -> bool:
        """Learning done elsewhere that the person added themselves: they may change all of it
        or remove it. Modules and courses the system recorded keep their facts."""
        return self.method == CPDMethod.OTHER
