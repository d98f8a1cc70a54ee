"""A friendly contact after a missed session, only for people who agreed to one at enrolment.

A task is opened by the register (``courses.services.follow_up``), goes to the run's trainers
or to a volunteer a coordinator names, and closes with an outcome or when the person comes
back. It is never a warning: nothing is sent to the participant.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts import roles
from courses.models.enrolment import ON_REGISTER_STATUSES
from courses.models.scheduling import DELIVERING_ROLES


class FollowUpStatus(models.TextChoices):
    OPEN = "open", _("To do")
    CLOSED = "closed", _("Closed")


class FollowUpPriority(models.IntegerChoices):
    NORMAL = 1, _("Normal")
    HIGH = 2, _("High: missed two sessions in a row")


class FollowUpOutcome(models.TextChoices):
    TALKED = "talked", _("We talked")
    LEFT_MESSAGE = "left_message", _("I left a message")
    NO_CONTACT = "no_contact", _("They would rather not be contacted")
    COMING_NEXT_TIME = "coming_next_time", _("They will come next time")
    WITHDRAWN = "withdrawn", _("They have decided to leave the course")


class ClosedBecause(models.TextChoices):
    OUTCOME = "outcome", _("Outcome recorded")
    CAME_BACK = "came_back", _("Came to a later session")
    MARK_CHANGED = "mark_changed", _("The register was corrected")


class FollowUpQuerySet(models.QuerySet):
    def open(self):
        """Tasks still to do, for people still on the run's register."""
        return self.filter(status=FollowUpStatus.OPEN,
                           enrolment__status__in=ON_REGISTER_STATUSES)

    def for_person(self, user):
        """What ``user`` has to do: tasks given to them, and, on the runs they lead or
        co-train, tasks given to nobody in particular."""
        delivering = Q(volunteer__isnull=True,
                       enrolment__run__facilitations__trainer__user=user,
                       enrolment__run__facilitations__role__in=DELIVERING_ROLES)
        return self.filter(Q(volunteer=user) | delivering).distinct()

    def visible_to(self, user):
        """Tasks ``user`` may open: given to them, or on a run they lead or co-train; every
        task, for a coordinator."""
        if roles.has_role(user, roles.COORDINATOR):
            return self.all()
        on_run = Q(enrolment__run__facilitations__trainer__user=user,
                   enrolment__run__facilitations__role__in=DELIVERING_ROLES)
        return self.filter(Q(volunteer=user) | on_run).distinct()

    def listed(self):
        """With what a list shows: the person, the run's course and venue, the session."""
        return self.select_related("enrolment__user", "enrolment__run__course",
                                   "enrolment__run__venue", "session", "volunteer")

    def for_coordinators(self):
        """The coordinators' list: open ones first ("open" sorts after "closed"), the most
        urgent at the top."""
        return self.listed().order_by("-status", "-priority", "-last_missed_at", "-pk")


class FollowUp(models.Model):
    """One friendly contact owed after ``session`` was missed (and, if the person missed more
    in a row, up to ``last_missed``)."""

    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.CASCADE,
                                  related_name="follow_ups", verbose_name=_("place"))
    session = models.ForeignKey("courses.Session", on_delete=models.CASCADE,
                                related_name="+", verbose_name=_("missed session"))
    last_missed = models.ForeignKey("courses.Session", on_delete=models.CASCADE,
                                    related_name="+", verbose_name=_("last session missed"))
    last_missed_at = models.DateTimeField(_("last session missed on"))
    priority = models.PositiveSmallIntegerField(_("priority"), choices=FollowUpPriority.choices,
                                                default=FollowUpPriority.NORMAL)
    status = models.CharField(_("status"), max_length=8, choices=FollowUpStatus.choices,
                              default=FollowUpStatus.OPEN)
    volunteer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="follow_ups_given", verbose_name=_("given to"),
        help_text=_("A volunteer a coordinator chose. Empty: the run's trainers."))
    outcome = models.CharField(_("outcome"), max_length=20, blank=True,
                               choices=FollowUpOutcome.choices)
    note = models.TextField(_("note"), blank=True)
    closed_because = models.CharField(_("closed because"), max_length=16, blank=True,
                                      choices=ClosedBecause.choices)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+",
                                  verbose_name=_("closed by"))
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["-last_missed_at"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "session"],
                                    name="one_follow_up_per_missed_session"),
            models.UniqueConstraint(fields=["enrolment"], condition=Q(status="open"),
                                    name="one_open_follow_up_per_place"),
        ]
        indexes = [models.Index(fields=["status", "priority", "last_missed_at"])]

    def __str__(self) -> str:
        return f"{_('Follow-up')} #{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status == FollowUpStatus.OPEN
