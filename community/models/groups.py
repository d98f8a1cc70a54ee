"""Peer support groups: open-ended, member-led groups that meet on a pattern (every week, every
two weeks, a weekday of the month, or on dates added one by one), with cancelled dates for
holidays. The pattern is kept as its parts and read through ``python-dateutil``'s rrule
(``community.services.groups.pattern_of``); the meetings it gives are kept ahead as rows, so
reminders, calendars and attendance each have one meeting to point at.

People join (follow) a group and may leave; a group with a maximum keeps a waiting list.
Organisers are members a coordinator named. Attendance is the members who came, by name, and a
head count of everyone else (drop-in visitors are counted, never named)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import roles
from cms.bilingual import Localised
from courses.models.fields import ChoiceListField
from courses.models.scheduling import RUN_LANGUAGES, AccessFeature


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Once a month, on a weekday")
    DATES = "dates", _("On dates added one by one")


class Weekday(models.IntegerChoices):
    """Monday is 0, as in Python and dateutil."""

    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, _("First")
    SECOND = 2, _("Second")
    THIRD = 3, _("Third")
    FOURTH = 4, _("Fourth")
    LAST = -1, _("Last")


class GroupStatus(models.TextChoices):
    ACTIVE = "active", _("Meeting")
    CLOSED = "closed", _("Stopped meeting")


class SupportGroupQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=GroupStatus.ACTIVE)

    def filtered(self, *, area: str = ""):
        """Groups in an area (by slug), or meeting online (``online``); empty means any."""
        if area == "online":
            return self.filter(is_online=True)
        return self.filter(area__slug=area) if area else self

    def with_members(self):
        """Annotate ``members`` (people with a place now) and ``waiting``."""
        counts = {}
        for name, status in (("members", MembershipStatus.MEMBER),
                             ("waiting", MembershipStatus.WAITING)):
            counts[name] = Coalesce(Subquery(
                GroupMembership.objects.filter(group=OuterRef("pk"), status=status)
                .order_by().values("group").annotate(n=Count("pk")).values("n")), 0)
        return self.annotate(**counts)

    def organised_by(self, user):
        """The groups ``user`` organises; every group, for a coordinator."""
        if roles.has_role(user, roles.COORDINATOR):
            return self.all()
        return self.filter(pk__in=GroupMembership.objects.organisers().filter(person=user)
                           .values("group"))

    def locked(self, pk: int) -> "SupportGroup":
        """The group, its row locked until the transaction ends: every change to its members,
        waiting list or meetings takes this lock first, so they happen one at a time."""
        return self.select_for_update(of=("self",)).get(pk=pk)


class SupportGroup(models.Model):
    """A peer support group: who it is for, where and when it meets, who runs it."""

    name = models.CharField(_("name"), max_length=120)
    name_gd = models.CharField(_("name in Gaelic"), max_length=120, blank=True)
    description = models.TextField(_("what the group is about"), max_length=2000, blank=True,
                                   help_text=_("Who it is for and what happens when it meets."))
    description_gd = models.TextField(_("what the group is about, in Gaelic"), max_length=2000,
                                      blank=True)
    area = models.ForeignKey("courses.Area", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("area"),
                             help_text=_("Where its members live, also for groups meeting "
                                         "online."))
    venue = models.ForeignKey("courses.Venue", on_delete=models.PROTECT, related_name="+",
                              null=True, blank=True, verbose_name=_("venue"),
                              help_text=_("Leave empty for a group that meets online."))
    is_online = models.BooleanField(_("meets online"), default=False)
    joining_instructions = models.TextField(
        _("how to join online"), max_length=2000, blank=True,
        help_text=_("For groups meeting online. Only members see this."))
    joining_instructions_gd = models.TextField(_("how to join online, in Gaelic"),
                                               max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=RUN_LANGUAGES, default="en")
    access_features = ChoiceListField(
        _("what the group offers for access"), item_choices=AccessFeature.choices,
        help_text=_("Besides what its venue offers."))
    trainer = models.ForeignKey("trainers.TrainerProfile", on_delete=models.SET_NULL,
                                null=True, blank=True, related_name="+",
                                verbose_name=_("linked peer trainer"))
    max_members = models.PositiveSmallIntegerField(
        _("most members"), null=True, blank=True, validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no limit. With a limit, people who join a full group "
                    "wait for a place, in turn."))
    frequency = models.CharField(_("how often it meets"), max_length=12,
                                 choices=Frequency.choices, default=Frequency.WEEKLY)
    weekday = models.PositiveSmallIntegerField(_("day of the week"), choices=Weekday.choices,
                                               null=True, blank=True)
    week_of_month = models.SmallIntegerField(
        _("which one in the month"), choices=WeekOfMonth.choices, null=True, blank=True,
        help_text=_("For a monthly group: for example the second Tuesday."))
    starts_on = models.DateField(_("first meeting on or after"))
    ends_on = models.DateField(_("last meeting on or before"), null=True, blank=True,
                               help_text=_("Leave empty while the group keeps meeting."))
    start_time = models.TimeField(_("starts at"), help_text=_("UK time."))
    end_time = models.TimeField(_("ends at"))
    status = models.CharField(_("status"), max_length=8, choices=GroupStatus.choices,
                              default=GroupStatus.ACTIVE)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    local_name = Localised("name")
    local_description = Localised("description")
    local_joining_instructions = Localised("joining_instructions")

    objects = SupportGroupQuerySet.as_manager()

    class Meta:
        verbose_name = _("peer support group")
        verbose_name_plural = _("peer support groups")
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=F("start_time")), name="group_ends_after_it_starts",
                violation_error_message=_("A meeting must end after it starts.")),
            models.CheckConstraint(
                condition=Q(is_online=True) | Q(venue__isnull=False),
                name="group_meets_somewhere",
                violation_error_message=_("Choose a venue, or tick that the group meets "
                                          "online.")),
        ]

    def __str__(self) -> str:
        return self.name

    def offers(self) -> list[AccessFeature]:
        """What it offers for access: its venue's and its own (needs ``venue`` loaded)."""
        chosen = set(self.access_features) | set(self.venue.access_features if self.venue
                                                 else [])
        return [feature for feature in AccessFeature if feature in chosen]


class GroupDate(models.Model):
    """A date a group with no regular pattern meets on."""

    group = models.ForeignKey(SupportGroup, on_delete=models.CASCADE, related_name="dates",
                              verbose_name=_("group"))
    on = models.DateField(_("date"))

    class Meta:
        verbose_name = _("group date")
        verbose_name_plural = _("group dates")
        ordering = ["on"]
        constraints = [models.UniqueConstraint(fields=["group", "on"], name="one_group_date")]

    def __str__(self) -> str:
        return f"{self.group}: {self.on}"


class GroupException(models.Model):
    """A date the pattern gives on which the group does not meet (a holiday)."""

    group = models.ForeignKey(SupportGroup, on_delete=models.CASCADE, related_name="exceptions",
                              verbose_name=_("group"))
    on = models.DateField(_("date"))
    reason = models.CharField(_("why"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("cancelled date")
        verbose_name_plural = _("cancelled dates")
        ordering = ["on"]
        constraints = [models.UniqueConstraint(fields=["group", "on"],
                                               name="one_exception_a_day")]

    def __str__(self) -> str:
        return f"{self.group}: {self.on}"


class MeetingStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CANCELLED = "cancelled", _("Cancelled")


class GroupMeetingQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(ends_at__gt=now or timezone.now())

    def held(self, now=None):
        """Meetings that have started and were not cancelled."""
        return self.filter(starts_at__lte=now or timezone.now(), status=MeetingStatus.PLANNED)

    def recorded(self):
        return self.filter(recorded_at__isnull=False)


class GroupMeeting(models.Model):
    """One meeting of a group, made from its pattern ahead of time. ``members_present`` and
    ``visitors`` are written with the attendance, so figures need no join to the names."""

    group = models.ForeignKey(SupportGroup, on_delete=models.CASCADE, related_name="meetings",
                              verbose_name=_("group"))
    on = models.DateField(_("date"))
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    status = models.CharField(_("status"), max_length=10, choices=MeetingStatus.choices,
                              default=MeetingStatus.PLANNED)
    cancelled_because = models.CharField(_("why it is cancelled"), max_length=120, blank=True)
    # Calendar apps replace an event only when its SEQUENCE goes up: bumped on every change.
    sequence = models.PositiveIntegerField(_("times changed"), default=0, editable=False)
    members_present = models.PositiveSmallIntegerField(_("members who came"), default=0)
    visitors = models.PositiveSmallIntegerField(
        _("others who came"), default=0, validators=[MaxValueValidator(999)])
    recorded_at = models.DateTimeField(_("attendance recorded at"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+",
                                    verbose_name=_("recorded by"))

    objects = GroupMeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("group meeting")
        verbose_name_plural = _("group meetings")
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["group", "on"], name="one_meeting_a_day"),
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")),
                                   name="meeting_ends_after_it_starts"),
        ]
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self) -> str:
        return f"{self.group}, {timezone.localtime(self.starts_at):%d %b %Y %H:%M}"

    @property
    def head_count(self) -> int:
        return self.members_present + self.visitors

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED


class MembershipStatus(models.TextChoices):
    MEMBER = "member", _("Member")
    WAITING = "waiting", _("Waiting for a place")
    LEFT = "left", _("Left")


class GroupMembershipQuerySet(models.QuerySet):
    def current(self):
        return self.exclude(status=MembershipStatus.LEFT)

    def members(self):
        return self.filter(status=MembershipStatus.MEMBER)

    def waiting_in_order(self):
        return self.filter(status=MembershipStatus.WAITING).order_by("asked_at", "pk")

    def organisers(self):
        return self.members().filter(is_organiser=True)


class GroupMembership(models.Model):
    """Someone following a group: a member, or waiting for a place in a full one. A person who
    leaves and comes back gets a new row, so members over time can be counted."""

    group = models.ForeignKey(SupportGroup, on_delete=models.CASCADE,
                              related_name="memberships", verbose_name=_("group"))
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="group_memberships", verbose_name=_("person"))
    status = models.CharField(_("status"), max_length=8, choices=MembershipStatus.choices)
    is_organiser = models.BooleanField(_("group organiser"), default=False)
    asked_at = models.DateTimeField(_("asked to join at"))
    joined_at = models.DateTimeField(_("member since"), null=True, blank=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)

    objects = GroupMembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")
        ordering = ["asked_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["group", "person"],
                                    condition=~Q(status="left"), name="one_current_membership"),
            models.CheckConstraint(condition=Q(is_organiser=False) | Q(status="member"),
                                   name="organisers_are_members"),
        ]
        indexes = [models.Index(fields=["group", "status", "asked_at"])]

    def __str__(self) -> str:
        return f"{self.person} – {self.group}"


class MeetingAttendance(models.Model):
    """A member who came to a meeting, as its organiser recorded."""

    meeting = models.ForeignKey(GroupMeeting, on_delete=models.CASCADE,
                                related_name="attendances", verbose_name=_("meeting"))
    membership = models.ForeignKey(GroupMembership, on_delete=models.CASCADE,
                                   related_name="attendances", verbose_name=_("member"))

    class Meta:
        verbose_name = _("meeting attendance")
        verbose_name_plural = _("meeting attendances")
        constraints = [models.UniqueConstraint(fields=["meeting", "membership"],
                                               name="came_once_to_a_meeting")]

    def __str__(self) -> str:
        return f"{self.membership_id} at {self.meeting_id}"
