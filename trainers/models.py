from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel


class TrainerKind(models.TextChoices):
    PEER = "peer", _("Peer trainer (lived experience)")
    PROFESSIONAL = "professional", _("Professional")


class TrainerStage(models.TextChoices):
    INTERESTED = "interested", _("Interested")
    SHADOWING = "shadowing", _("Shadowing")
    IN_TRAINING = "in_training", _("In training")
    ACCREDITED = "accredited", _("Accredited")
    LEAD = "lead", _("Lead trainer")
    ON_BREAK = "on_break", _("Taking a break")


class TrainerProfileQuerySet(models.QuerySet):
    def peers(self):
        return self.filter(kind=TrainerKind.PEER)


class TrainerProfile(ClusterableModel):
    """Someone who delivers runs, or is on the way to it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trainer_profile",
        verbose_name=_("person"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=TrainerKind.choices,
                            default=TrainerKind.PEER)
    stage = models.CharField(_("stage"), max_length=20, choices=TrainerStage.choices,
                             default=TrainerStage.INTERESTED)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = TrainerProfileQuerySet.as_manager()

    panels = [
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("stage")]),
        InlinePanel("accreditations", label=_("Accreditations")),
    ]

    class Meta:
        verbose_name = _("trainer profile")
        verbose_name_plural = _("trainer profiles")
        ordering = ["user__full_name"]

    def __str__(self) -> str:
        return str(self.user)

    @property
    def is_peer(self) -> bool:
        return self.kind == TrainerKind.PEER


class Accreditation(models.Model):
    """A trainer may lead or co-train this course."""

    trainer = ParentalKey(TrainerProfile, on_delete=models.CASCADE,
                          related_name="accreditations", verbose_name=_("trainer"))
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("course"))
    accredited_on = models.DateField(_("accredited on"))

    panels = [PageChooserPanel("course", page_type="courses.CoursePage"),
              FieldPanel("accredited_on")]

    class Meta:
        verbose_name = _("accreditation")
        verbose_name_plural = _("accreditations")
        constraints = [models.UniqueConstraint(fields=["trainer", "course"],
                                               name="one_accreditation_per_course")]

    def __str__(self) -> str:
        return f"{self.trainer} – {self.course}"
