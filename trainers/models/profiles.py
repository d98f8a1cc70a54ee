from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, Max, Min, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)

from cms.bilingual import Localised
from cms.panels import CheckedInlinePanel, CheckedPageChooserPanel
from cms.translation import is_original

# A trainer is "active" after delivering a session in this many days; after this many days
# without, they hear from us once, with an offer of a run to co-train.
ACTIVE_WITHIN_DAYS = 365
LAPSING_AFTER_DAYS = 304  # ten months
# Coordinators see accreditations ending within this many days.
EXPIRING_WITHIN_DAYS = 60
DELIVERING = ["lead", "co_trainer"]  # courses.FacilitationRole's, by value


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

    def with_last_delivery(self, now=None):
        """Annotate ``last_delivered_at``: when the last session they led or co-trained
        started (sessions still to come do not count), or None."""
        return self.annotate(last_delivered_at=Max(
            "facilitations__run__sessions__starts_at",
            filter=Q(facilitations__role__in=DELIVERING,
                     facilitations__run__sessions__starts_at__lte=now or timezone.now())))

    def active(self, now=None):
        """Trainers who delivered (led or co-trained) a session in the last year."""
        now = now or timezone.now()
        return self.with_last_delivery(now).filter(
            last_delivered_at__gte=now - timedelta(days=ACTIVE_WITHIN_DAYS))

    def lapsing(self, now=None):
        """Trainers who may co-train (accredited or lead, with a current accreditation), with
        no session led or co-trained for ``LAPSING_AFTER_DAYS`` (or never, since being
        accredited that long ago) and none booked: each with ``last_delivered_at`` and
        ``first_accredited_on``."""
        now = now or timezone.now()
        cutoff = now - timedelta(days=LAPSING_AFTER_DAYS)
        booked = TrainerProfile.objects.filter(
            facilitations__role__in=DELIVERING, facilitations__run__sessions__starts_at__gt=now,
            facilitations__run__status__in=["draft", "open", "closed"])
        return (self.with_last_delivery(now)
                .annotate(first_accredited_on=Min("accreditations__accredited_on"))
                .filter(Exists(Accreditation.objects.current(now).filter(trainer=OuterRef("pk"))),
                        stage__in=[TrainerStage.ACCREDITED, TrainerStage.LEAD],
                        user__erased_at__isnull=True)
                .filter(Q(last_delivered_at__lt=cutoff)
                        | Q(last_delivered_at__isnull=True, first_accredited_on__lte=cutoff.date()))
                .exclude(pk__in=booked.values("pk")))

    def not_active(self, now=None):
        now = now or timezone.now()
        return self.with_last_delivery(now).filter(
            Q(last_delivered_at__isnull=True)
            | Q(last_delivered_at__lt=now - timedelta(days=ACTIVE_WITHIN_DAYS)))


class TrainerProfile(ClusterableModel):
    """Someone who delivers runs, or is on the way to it: the path from participant to
    volunteer to peer trainer lives here."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trainer_profile",
        verbose_name=_("person"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=TrainerKind.choices,
                            default=TrainerKind.PEER)
    stage = models.CharField(_("stage"), max_length=20, choices=TrainerStage.choices,
                             default=TrainerStage.INTERESTED)
    bio = models.TextField(_("about me"), blank=True)
    lived_experience_statement = models.TextField(
        _("lived-experience statement"), blank=True,
        help_text=_("In the trainer's own words. Shown publicly only while they consent."),
    )
    # Optional Gaelic versions, in their own words too, for the Gaelic pages (cms.bilingual)
    bio_gd = models.TextField(_("about me in Gaelic"), blank=True)
    lived_experience_statement_gd = models.TextField(
        _("lived-experience statement in Gaelic"), blank=True)
    areas = models.ManyToManyField("courses.Area", blank=True, related_name="+",
                                   verbose_name=_("areas"))
    languages = models.CharField(
        _("languages"), max_length=200, blank=True,
        help_text=_("Languages they can deliver in, for example English, Gàidhlig, BSL."),
    )
    interest_note = models.TextField(
        _("what they said when they offered to help"), blank=True,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = TrainerProfileQuerySet.as_manager()
    local_bio = Localised("bio")
    local_lived_experience_statement = Localised("lived_experience_statement")

    panels = [
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("stage")]),
        MultiFieldPanel([FieldPanel("bio"), FieldPanel("lived_experience_statement"),
                         FieldPanel("areas"), FieldPanel("languages")],
                        heading=_("Profile")),
        MultiFieldPanel([FieldPanel("bio_gd"), FieldPanel("lived_experience_statement_gd")],
                        heading=_("In Gaelic (optional)"),
                        help_text=_("Shown on the Gaelic pages; the English is shown where "
                                    "these are empty.")),
        FieldPanel("interest_note", read_only=True),
        CheckedInlinePanel("accreditations", label=_("Accreditations")),
    ]

    class Meta:
        verbose_name = _("trainer profile")
        verbose_name_plural = _("trainer profiles")
        ordering = ["user__full_name"]

    def __str__(self) -> str:
        return str(self.user)

    def is_active(self, now=None) -> bool:
        """Delivered in the last year: read from ``last_delivered_at`` when the queryset
        annotated it (``with_last_delivery``), else asked of the database."""
        now = now or timezone.now()
        if not hasattr(self, "last_delivered_at"):
            self.last_delivered_at = (TrainerProfile.objects.with_last_delivery(now)
                                      .values_list("last_delivered_at", flat=True).get(pk=self.pk))
        return (self.last_delivered_at is not None
                and self.last_delivered_at >= now - timedelta(days=ACTIVE_WITHIN_DAYS))

    @property
    def is_peer(self) -> bool:
        return self.kind == TrainerKind.PEER

    def current_accreditations(self, on=None):
        on = on or timezone.localdate()
        return self.accreditations.filter(Q(expires_on__isnull=True) | Q(expires_on__gte=on))


class AccreditationQuerySet(models.QuerySet):
    def current(self, now=None):
        today = timezone.localdate(now) if now else timezone.localdate()
        return self.filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))

    def expiring(self, today=None, within_days: int = EXPIRING_WITHIN_DAYS):
        """Still current, and ending within ``within_days`` days (that day included)."""
        today = today or timezone.localdate()
        return self.filter(expires_on__gte=today,
                           expires_on__lte=today + timedelta(days=within_days))


class Accreditation(models.Model):
    """A trainer may lead or co-train this course (until it expires, if it does)."""

    trainer = ParentalKey(TrainerProfile, on_delete=models.CASCADE,
                          related_name="accreditations", verbose_name=_("trainer"))
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("course"))
    accredited_on = models.DateField(_("accredited on"))
    accredited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                      null=True, blank=True, related_name="+",
                                      verbose_name=_("accredited by"))
    expires_on = models.DateField(_("expires on"), null=True, blank=True)

    objects = AccreditationQuerySet.as_manager()

    panels = [CheckedPageChooserPanel("course", page_type="courses.CoursePage"),
              FieldRowPanel([FieldPanel("accredited_on"), FieldPanel("expires_on")]),
              FieldPanel("accredited_by")]

    class Meta:
        verbose_name = _("accreditation")
        verbose_name_plural = _("accreditations")
        constraints = [
            models.UniqueConstraint(fields=["trainer", "course"],
                                    name="one_accreditation_per_course"),
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True) | Q(expires_on__gt=models.F("accredited_on")),
                name="accreditation_expires_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trainer} – {self.course}"

    def clean(self) -> None:
        super().clean()
        if self.course_id and not is_original(self.course):
            raise ValidationError({"course": _(
                "Choose the English page of the course: an accreditation is for the course, "
                "in every language it is written in.")})

    def is_current(self, on=None) -> bool:
        return self.expires_on is None or self.expires_on >= (on or timezone.localdate())


class StageChange(models.Model):
    """When a trainer moved to a stage, and who moved them: their path, with dates."""

    trainer = models.ForeignKey(TrainerProfile, on_delete=models.CASCADE,
                                related_name="stage_changes", verbose_name=_("trainer"))
    stage = models.CharField(_("stage"), max_length=20, choices=TrainerStage.choices)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("changed by"))
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["changed_at"]

    def __str__(self) -> str:
        return f"{self.trainer}: {self.get_stage_display()}"
