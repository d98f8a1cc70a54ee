"""A person's place, or place on the waiting list, on a run."""

from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _


class EnrolmentStatus(models.TextChoices):
    WAITLISTED = "waitlisted", _("On the waiting list")
    OFFERED = "offered", _("Place offered")
    CONFIRMED = "confirmed", _("Place confirmed")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    COMPLETED = "completed", _("Completed")
    NOT_COMPLETED = "not_completed", _("Not completed")
    RUN_CANCELLED = "run_cancelled", _("Run cancelled")


# Statuses that hold one of the run's places: an offer holds the place until it is answered.
PLACE_HOLDING_STATUSES = (
    EnrolmentStatus.OFFERED, EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED,
)
# People with a place, who are on the session register.
ON_REGISTER_STATUSES = (
    EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED,
)
# Statuses in which the person is still "on" the run: they hear about changes to it.
ON_RUN_STATUSES = (EnrolmentStatus.WAITLISTED, EnrolmentStatus.OFFERED, EnrolmentStatus.CONFIRMED)


class EndReason(models.TextChoices):
    WITHDREW = "withdrew", _("Withdrew")
    LEFT_WAITING_LIST = "left_waiting_list", _("Left the waiting list")
    OFFER_EXPIRED = "offer_expired", _("Did not accept the offer in time")
    WITHDRAWN_BY_COORDINATOR = "coordinator", _("Withdrawn by a coordinator")
    RUN_ENDED = "run_ended", _("The run ended before a place came free")


class EnrolmentQuerySet(models.QuerySet):
    def holding_places(self):
        return self.filter(status__in=PLACE_HOLDING_STATUSES)

    def waiting_in_order(self):
        return self.filter(status=EnrolmentStatus.WAITLISTED).order_by("waitlisted_at", "pk")

    def with_waitlist_position(self):
        """Annotate ``waitlist_position`` (1 = next in line) on waitlisted enrolments."""
        ahead = (
            Enrolment.objects.filter(run=OuterRef("run"), status=EnrolmentStatus.WAITLISTED)
            .filter(Q(waitlisted_at__lt=OuterRef("waitlisted_at"))
                    | Q(waitlisted_at=OuterRef("waitlisted_at"), pk__lt=OuterRef("pk")))
            .order_by().values("run").annotate(n=Count("pk")).values("n")
        )
        return self.annotate(
            waitlist_position=models.Case(
                models.When(status=EnrolmentStatus.WAITLISTED,
                            then=models.functions.Coalesce(Subquery(ahead), 0) + 1),
                default=None, output_field=models.IntegerField(),
            )
        )

    def attach_waitlist_positions(self, enrolments) -> None:
        """Set ``waitlist_position`` on loaded enrolments, querying only when one of them is
        waiting (most lists have nobody waiting, and the position costs a subquery per row)."""
        waiting = [enrolment.pk for enrolment in enrolments
                   if enrolment.status == EnrolmentStatus.WAITLISTED]
        positions = dict(self.with_waitlist_position().filter(pk__in=waiting)
                         .values_list("pk", "waitlist_position")) if waiting else {}
        for enrolment in enrolments:
            enrolment.waitlist_position = positions.get(enrolment.pk)

    @staticmethod
    def attach_pairs(enrolments) -> None:
        """Set ``paired_with`` on loaded enrolments of one run, without a query: the
        companion's own place when the two are enrolled as a pair, else None."""
        by_user = {enrolment.user_id: enrolment for enrolment in enrolments}
        for enrolment in enrolments:
            mate = by_user.get(enrolment.companion_id)
            paired = mate is not None and mate.companion_id == enrolment.user_id
            enrolment.paired_with = mate if paired else None


class Enrolment(models.Model):
    """One row per person and run, reused if they come back after leaving."""

    run = models.ForeignKey("courses.CourseRun", on_delete=models.CASCADE,
                            related_name="enrolments", verbose_name=_("run"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="enrolments", verbose_name=_("participant"))
    companion = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("comes with"),
        help_text=_("A carer, or the person they care for. When the course gives companions "
                    "a place, the companion has an enrolment of their own naming this person, "
                    "and the two are placed, offered and confirmed together."),
    )
    status = models.CharField(_("status"), max_length=16, choices=EnrolmentStatus.choices)
    waitlisted_at = models.DateTimeField(_("joined the waiting list at"), null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer open until"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("place confirmed at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("left at"), null=True, blank=True)
    end_reason = models.CharField(_("why they left"), max_length=20, blank=True,
                                  choices=EndReason.choices)
    completion_changed_at = models.DateTimeField(
        _("completion changed after the run closed"), null=True, blank=True,
        help_text=_("Set when a correction to attendance changed whether they completed. "
                    "A coordinator should check it, for example before a certificate goes out."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["run", "user"], name="one_enrolment_per_person_run"),
            models.CheckConstraint(
                condition=~Q(status=EnrolmentStatus.OFFERED) | Q(offer_expires_at__isnull=False),
                name="an_offer_has_a_deadline",
            ),
            models.CheckConstraint(
                condition=~Q(status=EnrolmentStatus.WAITLISTED) | Q(waitlisted_at__isnull=False),
                name="a_waiting_place_has_a_time",
            ),
            models.CheckConstraint(condition=~Q(companion=models.F("user")),
                                   name="nobody_is_their_own_companion"),
        ]
        indexes = [models.Index(fields=["run", "status"])]
        permissions = [("manage_enrolment", _("Can add, withdraw and move people on runs"))]

    def __str__(self) -> str:
        return f"{self.user} – {self.run}"

    @property
    def holds_place(self) -> bool:
        return self.status in PLACE_HOLDING_STATUSES

    @property
    def is_on_run(self) -> bool:
        return self.status in ON_RUN_STATUSES

    def partner(self) -> "Enrolment | None":
        """The companion's own place on the run, when the two are enrolled as a pair (each
        names the other); None when the companion only comes to support, or has left."""
        if self.companion_id is None:
            return None
        return Enrolment.objects.filter(run_id=self.run_id, user_id=self.companion_id,
                                        companion_id=self.user_id).first()
