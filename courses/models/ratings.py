"""Confidence self-ratings: a participant's own answers, at a moment, to a course's scale."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RatingMoment(models.TextChoices):
    BEFORE = "before", _("Before the course")
    SESSION = "session", _("After a session")
    END = "end", _("At the end")


class ConfidenceRating(models.Model):
    """One participant's answers at one moment. Visible to that participant alone; the score is
    the mean of the answers, or empty when more than a third of the statements were skipped."""

    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.CASCADE, null=True,
                                  blank=True, related_name="ratings", verbose_name=_("enrolment"))
    # or, on a course taken online at one's own pace, the place on it (before and end only)
    place = models.ForeignKey("courses.SelfPacedPlace", on_delete=models.CASCADE, null=True,
                              blank=True, related_name="ratings",
                              verbose_name=_("self-paced place"))
    moment = models.CharField(_("moment"), max_length=10, choices=RatingMoment.choices)
    session = models.ForeignKey("courses.Session", on_delete=models.CASCADE, null=True,
                                blank=True, related_name="ratings", verbose_name=_("session"))
    scale = models.ForeignKey("courses.ConfidenceScale", on_delete=models.PROTECT,
                              related_name="+", verbose_name=_("scale"))
    score = models.DecimalField(_("score"), max_digits=4, decimal_places=2, null=True,
                                blank=True)
    answered = models.PositiveSmallIntegerField(_("statements answered"))
    statements = models.PositiveSmallIntegerField(_("statements on the scale"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("answered at"), default=timezone.now)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("entered by"),
        help_text=_("A trainer or coordinator who entered the answers from a paper form or a "
                    "call, with the person's agreement; empty when they answered themselves."))

    class Meta:
        verbose_name = _("confidence rating")
        verbose_name_plural = _("confidence ratings")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "moment"],
                                    condition=Q(session__isnull=True),
                                    name="one_rating_per_moment"),
            models.UniqueConstraint(fields=["enrolment", "session"],
                                    condition=Q(session__isnull=False),
                                    name="one_rating_per_session"),
            models.UniqueConstraint(fields=["place", "moment"], condition=Q(place__isnull=False),
                                    name="one_rating_per_moment_of_a_place"),
            models.CheckConstraint(
                condition=Q(enrolment__isnull=False, place__isnull=True)
                | Q(enrolment__isnull=True, place__isnull=False, session__isnull=True),
                name="a_rating_belongs_to_an_enrolment_or_a_place"),
            models.CheckConstraint(condition=Q(score__isnull=True)
                                   | Q(score__gte=0, score__lte=10),
                                   name="rating_score_between_0_and_10"),
            models.CheckConstraint(
                condition=Q(moment="session", session__isnull=False)
                | (~Q(moment="session") & Q(session__isnull=True)),
                name="only_session_ratings_name_a_session",
            ),
        ]
        indexes = [models.Index(fields=["enrolment", "moment"])]

    def __str__(self) -> str:
        return f"{self.get_moment_display()} #{self.pk}"


class ConfidenceAnswer(models.Model):
    rating = models.ForeignKey(ConfidenceRating, on_delete=models.CASCADE,
                               related_name="answers", verbose_name=_("rating"))
    statement = models.ForeignKey("courses.ConfidenceStatement", on_delete=models.PROTECT,
                                  related_name="+", verbose_name=_("statement"))
    value = models.PositiveSmallIntegerField(
        _("answer"), validators=[MinValueValidator(0), MaxValueValidator(10)])

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["rating", "statement"],
                                    name="one_answer_per_statement"),
            models.CheckConstraint(condition=Q(value__gte=0, value__lte=10),
                                   name="answer_between_0_and_10"),
        ]

    def __str__(self) -> str:
        return str(self.value)


class ModuleFeedback(models.Model):
    """A participant's short comment on a module after a session, for the people who write it."""

    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.CASCADE,
                                  related_name="feedback", verbose_name=_("enrolment"))
    session = models.ForeignKey("courses.Session", on_delete=models.CASCADE,
                                related_name="feedback", verbose_name=_("session"))
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE,
                               related_name="feedback", verbose_name=_("module"))
    comment = models.TextField(_("comment"), max_length=1000)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("module feedback")
        verbose_name_plural = _("module feedback")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["enrolment", "session"],
                                               name="one_comment_per_person_per_session")]

    def __str__(self) -> str:
        return self.comment[:60]
