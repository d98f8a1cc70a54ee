"""Action plans: the small plan a participant makes in a session, and how it went at the next.

A plan is the participant's own: trainers see it only when they tick "share with my trainers"
(or when a trainer typed it in from their paper form, with their agreement)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Below this, the form suggests making the plan a little smaller (never refuses it): people
# who are at least 7 sure of doing something usually do it.
CONFIDENT_ENOUGH = 7


class PlanOutcome(models.TextChoices):
    DID_IT = "did_it", _("I did it")
    PARTLY = "partly", _("I partly did it")
    NOT_THIS_TIME = "not_this_time", _("Not this time")


class ActionPlanQuerySet(models.QuerySet):
    def of_enrolments(self, enrolments):
        """The plans made on these places, oldest first, with the sessions they were made in
        and reviewed in."""
        return (self.filter(enrolment__in=enrolments)
                .select_related("session", "reviewed_in").order_by("session__starts_at"))

    def shared(self):
        return self.filter(shared_with_trainers=True)


class ActionPlan(models.Model):
    """What someone means to do before the next session: what, how much, when, how often, and
    how sure they are (0–10). Reviewed at the next session: did it, partly, or not this time."""

    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.CASCADE,
                                  related_name="action_plans", verbose_name=_("enrolment"))
    session = models.ForeignKey("courses.Session", on_delete=models.CASCADE,
                                related_name="action_plans", verbose_name=_("made in session"))
    what = models.CharField(_("what I will do"), max_length=300)
    how_much = models.CharField(_("how much"), max_length=200, blank=True)
    when = models.CharField(_("when"), max_length=200, blank=True)
    how_often = models.CharField(_("how often"), max_length=200, blank=True)
    confidence = models.PositiveSmallIntegerField(
        _("confidence"), validators=[MinValueValidator(0), MaxValueValidator(10)])
    shared_with_trainers = models.BooleanField(_("shared with the trainers"), default=False)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("entered by"),
        help_text=_("A trainer or coordinator who typed the plan in from a paper form, with "
                    "the person's agreement; empty when they made it themselves."))
    created_at = models.DateTimeField(_("made at"), default=timezone.now)
    updated_at = models.DateTimeField(_("changed at"), default=timezone.now)

    outcome = models.CharField(_("how it went"), max_length=16, blank=True,
                               choices=PlanOutcome.choices)
    review_note = models.TextField(_("note on how it went"), max_length=1000, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_in = models.ForeignKey(
        "courses.Session", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("reviewed in session"),
        help_text=_("Empty for a plan from the last session, reviewed after the course."))
    review_entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("review entered by"))

    objects = ActionPlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "session"],
                                    name="one_action_plan_per_person_per_session"),
            models.CheckConstraint(condition=Q(confidence__gte=0, confidence__lte=10),
                                   name="plan_confidence_between_0_and_10"),
            models.CheckConstraint(
                condition=(Q(outcome="") & Q(reviewed_at__isnull=True))
                | (~Q(outcome="") & Q(reviewed_at__isnull=False)),
                name="a_reviewed_plan_has_an_outcome_and_a_time"),
        ]
        indexes = [models.Index(fields=["session", "shared_with_trainers"])]

    def __str__(self) -> str:
        return self.what[:60]

    @property
    def is_reviewed(self) -> bool:
        return self.reviewed_at is not None

    @property
    def could_be_smaller(self) -> bool:
        return self.confidence < CONFIDENT_ENOUGH
