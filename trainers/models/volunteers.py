"""Volunteers: anyone giving time besides delivering runs (a session helper, a greeter, a
friendly caller, a working-party member, a networker), with the roles they hold, the hours
they give and the expenses they claim."""

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Hours are counted "in the last year" on a volunteer's page and in the admin listing.
HOURS_WINDOW_DAYS = 365
# An expense is claimed within this many days of spending the money, up to this much a claim:
# above it, a coordinator arranges payment another way (an invoice, a purchase order).
CLAIM_WITHIN_DAYS = 90
MOST_PER_CLAIM = Decimal("250.00")
MOST_HOURS_IN_A_DAY = Decimal("24")


class VolunteeringRole(models.TextChoices):
    SESSION_HELPER = "session_helper", _("Session helper")
    GREETER = "greeter", _("Greeter")
    FRIENDLY_CALLER = "friendly_caller", _("Friendly caller")
    STORY_SHARER = "story_sharer", _("Story sharer")
    WORKING_PARTY = "working_party", _("Working-party member")
    NETWORKER = "networker", _("Community networker")


# What each role does, in the words the offer form and the volunteer's page use.
ROLE_DESCRIPTIONS = {
    VolunteeringRole.SESSION_HELPER: _("Setting up the room, making the tea, helping people "
                                       "settle in during a course session."),
    VolunteeringRole.GREETER: _("Welcoming people at the door on the first session of a "
                                "course."),
    VolunteeringRole.FRIENDLY_CALLER: _("Phoning someone who missed a session, when they have "
                                        "asked us to, to see how they are."),
    VolunteeringRole.STORY_SHARER: _("Telling your own story, in your own words, at events or "
                                     "on our pages."),
    VolunteeringRole.WORKING_PARTY: _("Helping to write and review the courses with a local "
                                      "working party."),
    VolunteeringRole.NETWORKER: _("Keeping a list of local groups and services up to date for "
                                  "your area."),
}


# Hours and claims may name the peer support group they were for (``community`` keeps the
# groups). Only a group still meeting is offered on a form; a closed one stays on old entries.
AT_A_GROUP = {
    "to": "community.SupportGroup", "on_delete": models.SET_NULL, "null": True, "blank": True,
    "related_name": "+", "limit_choices_to": {"status": "active"},
    "verbose_name": _("peer support group"),
}


class VolunteerStatus(models.TextChoices):
    OFFERED = "offered", _("Offered to help")
    ACTIVE = "active", _("Volunteering")
    ON_BREAK = "on_break", _("Taking a break")
    STOPPED = "stopped", _("Stopped volunteering")


class VolunteerQuerySet(models.QuerySet):
    def with_totals(self, today=None):
        """Annotate ``hours_in_year`` (hours given in the last year) and ``claims_waiting``."""
        today = today or timezone.localdate()
        since = today - timedelta(days=HOURS_WINDOW_DAYS)
        hours = HoursEntry.objects.filter(volunteer=models.OuterRef("pk"), on__gt=since)
        return self.annotate(
            hours_in_year=models.Subquery(
                hours.values("volunteer").annotate(total=Sum("hours")).values("total"),
                output_field=models.DecimalField(max_digits=8, decimal_places=2)),
            claims_waiting=Count("expense_claims",
                                 filter=Q(expense_claims__status=ExpenseStatus.CLAIMED)))


class Volunteer(models.Model):
    """One person's volunteering: a record made when they offer to help, which a coordinator
    turns into "volunteering" with a start date and roles. Volunteers keep taking courses as
    participants with the same account."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="volunteer", verbose_name=_("person"))
    status = models.CharField(_("status"), max_length=20, choices=VolunteerStatus.choices,
                              default=VolunteerStatus.OFFERED)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    areas = models.ManyToManyField("courses.Area", blank=True, related_name="+",
                                   verbose_name=_("areas"))
    offer_note = models.TextField(_("what they said when they offered to help"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = VolunteerQuerySet.as_manager()

    class Meta:
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        ordering = ["user__full_name"]
        constraints = [models.CheckConstraint(
            condition=Q(status="offered") | Q(started_on__isnull=False),
            name="volunteer_has_a_start_date_once_welcomed",
            violation_error_message=_("Give the date they started volunteering."))]

    def __str__(self) -> str:
        return str(self.user)

    @property
    def may_log_time(self) -> bool:
        return self.status != VolunteerStatus.OFFERED

    def role_names(self) -> list[str]:
        """The labels of their roles, from prefetched ``roles`` where the caller loaded them."""
        return [role.get_role_display() for role in self.roles.all()]


class VolunteerRole(models.Model):
    """A role someone holds (or, while they have only offered, would like)."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="roles",
                                  verbose_name=_("volunteer"))
    role = models.CharField(_("role"), max_length=30, choices=VolunteeringRole.choices)
    since = models.DateField(_("since"), null=True, blank=True)

    class Meta:
        verbose_name = _("volunteer role")
        verbose_name_plural = _("volunteer roles")
        ordering = ["role"]
        constraints = [models.UniqueConstraint(fields=["volunteer", "role"],
                                               name="one_of_each_role_per_volunteer")]

    def __str__(self) -> str:
        return self.get_role_display()


class HoursEntry(models.Model):
    """Time given on one day, logged by the volunteer or by a coordinator for them."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="hours",
                                  verbose_name=_("volunteer"))
    on = models.DateField(_("date"))
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=2)
    role = models.CharField(_("role"), max_length=30, choices=VolunteeringRole.choices,
                            blank=True)
    run = models.ForeignKey("courses.CourseRun", on_delete=models.SET_NULL, null=True,
                            blank=True, related_name="+", verbose_name=_("course run"))
    group = models.ForeignKey(**AT_A_GROUP)
    place = models.CharField(_("where, if not at a course or group"), max_length=200,
                             blank=True)
    note = models.CharField(_("what you did"), max_length=300, blank=True)
    logged_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                  null=True, blank=True, related_name="+",
                                  verbose_name=_("logged by"))
    logged_at = models.DateTimeField(_("logged at"), auto_now_add=True)

    class Meta:
        verbose_name = _("hours given")
        verbose_name_plural = _("hours given")
        ordering = ["-on", "-logged_at"]
        constraints = [models.CheckConstraint(
            condition=Q(hours__gt=0) & Q(hours__lte=24), name="hours_in_a_day",
            violation_error_message=_("Give the hours as a number more than 0 and at most 24, "
                                      "for example 2.5."))]

    def __str__(self) -> str:
        return f"{self.volunteer}: {self.hours} h on {self.on}"


class ExpenseKind(models.TextChoices):
    TRAVEL = "travel", _("Travel: fares, mileage or parking")
    REFRESHMENTS = "refreshments", _("Refreshments for a session")
    MATERIALS = "materials", _("Materials: printing, stationery")
    PHONE = "phone", _("Phone calls")
    CARE = "care", _("Care cover while volunteering")
    OTHER = "other", _("Something else")


class ExpenseStatus(models.TextChoices):
    CLAIMED = "claimed", _("Waiting for approval")
    APPROVED = "approved", _("Approved, to be paid")
    REJECTED = "rejected", _("Not approved")
    PAID = "paid", _("Paid")


class ExpenseClaim(models.Model):
    """Money a volunteer spent and asks back: approved (or not) by a coordinator, then paid."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE,
                                  related_name="expense_claims", verbose_name=_("volunteer"))
    spent_on = models.DateField(_("date spent"))
    amount = models.DecimalField(_("amount (£)"), max_digits=7, decimal_places=2)
    kind = models.CharField(_("kind"), max_length=20, choices=ExpenseKind.choices)
    description = models.CharField(_("what it was for"), max_length=300)
    run = models.ForeignKey("courses.CourseRun", on_delete=models.SET_NULL, null=True,
                            blank=True, related_name="+", verbose_name=_("course run"))
    group = models.ForeignKey(**AT_A_GROUP)
    status = models.CharField(_("status"), max_length=20, choices=ExpenseStatus.choices,
                              default=ExpenseStatus.CLAIMED)
    claimed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("claimed by"))
    claimed_at = models.DateTimeField(_("claimed at"), auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+",
                                   verbose_name=_("approved or refused by"))
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_note = models.CharField(_("note to the volunteer"), max_length=300, blank=True)
    paid_on = models.DateField(_("paid on"), null=True, blank=True)

    class Meta:
        verbose_name = _("expense claim")
        verbose_name_plural = _("expense claims")
        ordering = ["-claimed_at"]
        constraints = [models.CheckConstraint(
            condition=Q(amount__gt=0), name="expense_claim_amount_positive",
            violation_error_message=_("A claim is for more than £0."))]

    def __str__(self) -> str:
        return f"{self.volunteer}: £{self.amount} ({self.get_kind_display()})"
