"""Working parties: local groups of people with lived experience, carers and professionals who
look after the modules of one or more courses, with their meetings and the actions they agree.

Members are people with an account or, for someone who has none, a name a coordinator wrote
down. Fellow members of a party see each other's names in the co-design space; anywhere public a
member is named only while they agree to it (``WorkingPartyMember.objects.named_publicly``).
Every change is made by ``codesign.services.working_parties``.
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Consent, ConsentPurpose
from accounts.models.user import FORMER_MEMBER
from cms.translation import originals
from courses.models import ModulePage


class MemberRole(models.TextChoices):
    LIVED_EXPERIENCE = "lived_experience", _("Lived experience")
    CARER = "carer", _("Carer")
    PROFESSIONAL = "professional", _("Professional")
    FACILITATOR = "facilitator", _("Facilitator")


# Whose sign-off says that people who live with it agree: a carer's experience of caring is
# the lived experience a carers' course is written from.
LIVED_EXPERIENCE_ROLES = (MemberRole.LIVED_EXPERIENCE, MemberRole.CARER)


class WorkingPartyQuerySet(models.QuerySet):
    def of_member(self, user, on: date | None = None):
        """The parties ``user`` belongs to now (or on ``on``)."""
        memberships = WorkingPartyMember.objects.current(on).filter(person=user)
        return self.filter(pk__in=memberships.values("party_id"))

    def looking_after(self, course):
        """The parties that look after ``course`` (its English page)."""
        return self.filter(courses=course)


class WorkingParty(models.Model):
    """A local group that looks after the modules of the courses it is linked to."""

    name = models.CharField(_("name"), max_length=120)
    area = models.ForeignKey("courses.Area", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("area"))
    courses = models.ManyToManyField(
        "courses.CoursePage", related_name="+", verbose_name=_("courses it looks after"),
        help_text=_("The party reviews the modules of these courses."))
    about = models.TextField(_("what the party does"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = WorkingPartyQuerySet.as_manager()

    class Meta:
        verbose_name = _("working party")
        verbose_name_plural = _("working parties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def modules(self):
        """The live English modules of the courses it looks after, course by course, in one
        query (with the courses prefetched)."""
        children = Q(pk__in=[])
        for course in self.courses.all():
            children |= Q(path__startswith=course.path, depth=course.depth + 1)
        return originals(ModulePage.objects.live().filter(children)).order_by("path")


class MemberQuerySet(models.QuerySet):
    def current(self, on: date | None = None):
        """Members on the day ``on`` (today by default): joined, not yet left, not erased."""
        on = on or timezone.localdate()
        return self.filter(Q(left_on__isnull=True) | Q(left_on__gt=on), joined_on__lte=on,
                           erased_at__isnull=True)

    def named_publicly(self):
        """Members who may be named in public: someone with an account while their co-design
        consent stands (they change it themselves under My data); someone without one while
        the consent a coordinator recorded has not been withdrawn."""
        consenting = Consent.objects.current().filter(
            user=OuterRef("person"), purpose=ConsentPurpose.CO_DESIGN_CREDIT)
        on_paper = Q(person__isnull=True, named_consent_on__isnull=False,
                     named_consent_withdrawn_on__isnull=True)
        return self.filter(erased_at__isnull=True).filter(
            on_paper | Q(person__isnull=False) & Exists(consenting))

    def listed(self):
        return self.select_related("person", "party")


class WorkingPartyMember(models.Model):
    """One person's place in one working party, from the day they joined to the day they
    left. Rows stay after someone leaves, so the party's history (who came, who signed off)
    keeps its people."""

    party = models.ForeignKey(WorkingParty, on_delete=models.CASCADE, related_name="members",
                              verbose_name=_("working party"))
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="working_party_places", verbose_name=_("their account"),
        help_text=_("Link their account if they have one: they then use the co-design space "
                    "and say for themselves whether they may be named."))
    name = models.CharField(
        _("name"), max_length=120, blank=True,
        help_text=_("For someone without an account. With an account, its name is used."))
    role = models.CharField(_("role"), max_length=20, choices=MemberRole.choices)
    joined_on = models.DateField(_("joined on"), default=timezone.localdate)
    left_on = models.DateField(_("left on"), null=True, blank=True)
    named_consent_on = models.DateField(
        _("agreed to be named on"), null=True, blank=True,
        help_text=_("Only for someone without an account: the day they agreed, on paper or "
                    "by phone, to be named as a member in public."))
    named_consent_reference = models.CharField(
        _("consent reference"), max_length=60, blank=True,
        help_text=_("Where that agreement is kept, for example a form number."))
    named_consent_withdrawn_on = models.DateField(_("agreement withdrawn on"), null=True,
                                                  blank=True)
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True, editable=False)

    objects = MemberQuerySet.as_manager()

    class Meta:
        verbose_name = _("working party member")
        verbose_name_plural = _("working party members")
        ordering = ["party", "joined_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["party", "person"],
                condition=Q(left_on__isnull=True, person__isnull=False),
                name="one_current_place_per_person_and_party",
                violation_error_message=_("This person is already a member of this working "
                                          "party.")),
            models.CheckConstraint(
                condition=Q(person__isnull=False) | ~Q(name="") | Q(erased_at__isnull=False),
                name="member_has_an_account_or_a_name",
                violation_error_message=_("Choose their account, or write the name of "
                                          "someone who has none.")),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gte=models.F("joined_on")),
                name="member_leaves_after_joining",
                violation_error_message=_("Someone cannot leave before the day they "
                                          "joined.")),
        ]

    def __str__(self) -> str:
        return self.shown_name

    @property
    def shown_name(self) -> str:
        """Their name as fellow members and coordinators see it."""
        if self.erased_at:
            return f"{FORMER_MEMBER} #{self.pk}"
        if self.person_id:
            return str(self.person)
        return self.name

    @property
    def has_lived_experience(self) -> bool:
        return self.role in LIVED_EXPERIENCE_ROLES

    def is_current(self, on: date | None = None) -> bool:
        on = on or timezone.localdate()
        return (self.erased_at is None and self.joined_on <= on
                and (self.left_on is None or self.left_on > on))


class MeetingQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(starts_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now=None):
        return self.filter(starts_at__lt=now or timezone.now()).order_by("-starts_at")


class Meeting(models.Model):
    party = models.ForeignKey(WorkingParty, on_delete=models.CASCADE, related_name="meetings",
                              verbose_name=_("working party"))
    starts_at = models.DateTimeField(_("starts at"))
    place = models.CharField(
        _("where"), max_length=200, blank=True,
        help_text=_("The room and building. For an online meeting, how members get the "
                    "link, for example “link sent by e-mail”."))
    online = models.BooleanField(_("online"), default=False)
    notes = models.TextField(_("notes"), max_length=10000, blank=True,
                             help_text=_("What was talked about and agreed. Members read them."))
    attended = models.ManyToManyField(WorkingPartyMember, through="MeetingAttendance",
                                      related_name="meetings_attended",
                                      verbose_name=_("who came"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("working party meeting")
        verbose_name_plural = _("working party meetings")
        ordering = ["-starts_at"]
        constraints = [models.CheckConstraint(
            condition=Q(online=True) | ~Q(place=""), name="meeting_has_a_place_or_is_online",
            violation_error_message=_("Say where the meeting is, or that it is online."))]

    def __str__(self) -> str:
        when = timezone.localtime(self.starts_at).strftime("%d/%m/%Y %H:%M")
        return f"{self.party} – {when}"


class MeetingAttendance(models.Model):
    """A member came to a meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance",
                                verbose_name=_("meeting"))
    member = models.ForeignKey(WorkingPartyMember, on_delete=models.CASCADE,
                               related_name="attendance", verbose_name=_("member"))

    class Meta:
        verbose_name = _("meeting attendance")
        verbose_name_plural = _("meeting attendance")
        constraints = [models.UniqueConstraint(fields=["meeting", "member"],
                                               name="came_to_a_meeting_once")]

    def __str__(self) -> str:
        return f"{self.member} – {self.meeting}"


class ActionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(done_at__isnull=True)

    def listed(self):
        return self.select_related("owner__person", "party").order_by(
            models.F("due_on").asc(nulls_last=True), "pk")


class Action(models.Model):
    """Something a member agreed to do for the party, by a date."""

    party = models.ForeignKey(WorkingParty, on_delete=models.CASCADE, related_name="actions",
                              verbose_name=_("working party"))
    meeting = models.ForeignKey(Meeting, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="actions", verbose_name=_("agreed at"))
    text = models.CharField(_("what to do"), max_length=500)
    # RESTRICT: a member is never deleted while they own an action, but a party's deletion
    # takes its members and actions together.
    owner = models.ForeignKey(WorkingPartyMember, on_delete=models.RESTRICT,
                              related_name="actions", verbose_name=_("who does it"))
    due_on = models.DateField(_("due on"), null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                blank=True, related_name="+", verbose_name=_("marked done by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("working party action")
        verbose_name_plural = _("working party actions")
        ordering = ["done_at", "due_on", "pk"]

    def __str__(self) -> str:
        return self.text

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, today: date | None = None) -> bool:
        return (not self.is_done and self.due_on is not None
                and self.due_on < (today or timezone.localdate()))
