"""Where and when courses are delivered: areas, venues, runs, sessions and who facilitates."""

import secrets

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import Consent, ConsentPurpose
from cms.bilingual import Localised
from courses.models.attendance import Attendance
from courses.models.enrolment import ON_REGISTER_STATUSES, PLACE_HOLDING_STATUSES, Enrolment
from courses.models.fields import ChoiceListField


class Area(models.Model):
    """A local area people search by, such as Highland or Glasgow."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    name_gd = models.CharField(_("name in Gaelic"), max_length=80, blank=True,
                               help_text=_("Optional. Shown on the Gaelic pages."))
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    local_name = Localised("name")

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class AccessFeature(models.TextChoices):
    """What a venue or a run offers people with access needs."""

    STEP_FREE = "step_free", _("Step-free access")
    HEARING_LOOP = "hearing_loop", _("Hearing loop")
    BSL_INTERPRETER = "bsl_interpreter", _("BSL interpreter")
    LARGE_PRINT = "large_print", _("Large-print materials")
    EASY_READ = "easy_read", _("Easy-read materials")
    QUIET_ROOM = "quiet_room", _("Quiet room")
    PARKING = "parking", _("Parking")
    PUBLIC_TRANSPORT = "public_transport", _("Near public transport")


# The languages a course is delivered in: the site's, and British Sign Language.
RUN_LANGUAGES = [*settings.LANGUAGES, ("bsl", _("British Sign Language"))]


class Venue(models.Model):
    name = models.CharField(_("name"), max_length=120)
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="venues",
                             verbose_name=_("area"), null=True, blank=True,
                             help_text=_("Leave empty for an online venue."))
    is_online = models.BooleanField(_("online"), default=False)
    address = models.TextField(_("address"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    access_notes = models.TextField(
        _("access notes"), blank=True,
        help_text=_("Step-free access, parking, toilets, hearing loop, public transport."),
    )
    joining_instructions = models.TextField(
        _("joining instructions"), blank=True,
        help_text=_("For online venues: how to join. Only people with a place see this."),
    )
    # Optional Gaelic versions, shown on Gaelic pages and in Gaelic e-mails (cms.bilingual)
    name_gd = models.CharField(_("name in Gaelic"), max_length=120, blank=True)
    access_notes_gd = models.TextField(_("access notes in Gaelic"), blank=True)
    access_features = ChoiceListField(
        _("what the venue offers"), item_choices=AccessFeature.choices,
        help_text=_("Shown with every run here; a run can offer more (an interpreter, "
                    "large print)."))
    joining_instructions_gd = models.TextField(_("joining instructions in Gaelic"), blank=True)

    local_name = Localised("name")
    local_access_notes = Localised("access_notes")
    local_joining_instructions = Localised("joining_instructions")

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_online=True) | Q(area__isnull=False),
                name="venue_in_person_needs_area",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class RunStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for enrolment")
    CLOSED = "closed", _("Closed for enrolment")
    CANCELLED = "cancelled", _("Cancelled")
    FINISHED = "finished", _("Finished")


# What a coordinator is to any run, beside the facilitation roles.
COORDINATING = "coordinator"


class CourseRunQuerySet(models.QuerySet):
    def of_course(self, course):
        """Runs of ``course`` in whichever language the page is: a run belongs to the English
        page, and its translations share that page's ``translation_key``."""
        return self.filter(course__translation_key=course.translation_key,
                           course__locale__language_code=settings.LANGUAGE_CODE)

    def published(self):
        """Runs people may see: everything but drafts."""
        return self.exclude(status=RunStatus.DRAFT)

    def with_schedule(self):
        """Annotate first and last session times and the number of sessions.

        Subqueries rather than joins: no GROUP BY, so sorting and counting stay cheap."""
        sessions = Session.objects.filter(run=OuterRef("pk"))
        return self.annotate(
            first_starts_at=Subquery(sessions.order_by("starts_at").values("starts_at")[:1]),
            last_ends_at=Subquery(sessions.order_by("-ends_at").values("ends_at")[:1]),
            session_count=Coalesce(Subquery(
                sessions.order_by().values("run").annotate(n=Count("pk")).values("n")), 0),
        )

    def with_places(self):
        """Annotate ``places_taken`` and ``places_left`` (never below nought, even when the
        places were cut below the number taken)."""
        return self.annotate(places_taken=_places_taken()).annotate(
            places_left=Greatest(F("capacity") - F("places_taken"), 0)
        )

    def filtered(self, *, area: str = "", language: str = ""):
        """Runs in an area (by slug, or ``online``) and in a language; empty means any."""
        runs = self
        if area == "online":
            runs = runs.filter(venue__is_online=True)
        elif area:
            runs = runs.filter(venue__area__slug=area)
        if language:
            runs = runs.filter(language=language)
        return runs

    def upcoming(self, now=None):
        """Runs with sessions, none of which has started yet."""
        now = now or timezone.now()
        sessions = Session.objects.filter(run=OuterRef("pk"))
        return self.filter(Exists(sessions), ~Exists(sessions.filter(starts_at__lte=now)))

    def locked(self, pk: int) -> "CourseRun":
        """The run, its row locked until the transaction ends: every change to a run's places,
        sessions or trainers takes this lock first, so such changes happen one at a time."""
        return self.select_for_update(of=("self",)).select_related("course").get(pk=pk)

    def open_for_enrolment(self, now=None):
        now = now or timezone.now()
        return self.filter(status=RunStatus.OPEN).filter(
            Q(enrolment_opens__isnull=True) | Q(enrolment_opens__lte=now),
            Q(enrolment_closes__isnull=True) | Q(enrolment_closes__gt=now),
        )


def _places_taken():
    # A correlated subquery keeps the count right when other joins multiply rows.
    taken = (
        Enrolment.objects.filter(run=OuterRef("pk"), status__in=PLACE_HOLDING_STATUSES)
        .order_by().values("run").annotate(n=Count("pk")).values("n")
    )
    return Coalesce(Subquery(taken, output_field=models.IntegerField()), 0)


class CourseRun(models.Model):
    """One delivery of a course in a place and period, with its own people."""

    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT,
                               related_name="runs", verbose_name=_("course"))
    venue = models.ForeignKey(Venue, on_delete=models.PROTECT, related_name="runs",
                              verbose_name=_("venue"))
    access_features = ChoiceListField(
        _("what this run offers besides its venue"), item_choices=AccessFeature.choices,
        help_text=_("For example a BSL interpreter, or large-print or easy-read materials."))
    language = models.CharField(_("language"), max_length=8, choices=RUN_LANGUAGES,
                                default="en")
    capacity = models.PositiveSmallIntegerField(_("places"), validators=[MinValueValidator(1)])
    enrolment_opens = models.DateTimeField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes = models.DateTimeField(
        _("enrolment closes"), null=True, blank=True,
        help_text=_("Usually just before the first session."),
    )
    status = models.CharField(_("status"), max_length=12, choices=RunStatus.choices,
                              default=RunStatus.DRAFT)
    notes = models.TextField(_("notes for coordinators"), blank=True)
    cancelled_reason = models.TextField(_("reason for cancelling"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = CourseRunQuerySet.as_manager()

    class Meta:
        verbose_name = _("course run")
        verbose_name_plural = _("course runs")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(capacity__gte=1), name="run_has_places"),
            models.CheckConstraint(
                condition=Q(enrolment_opens__isnull=True) | Q(enrolment_closes__isnull=True)
                | Q(enrolment_closes__gt=F("enrolment_opens")),
                name="run_enrolment_window_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course.title} – {self.venue.name} (#{self.pk})"

    def role_of(self, user) -> str | None:
        """``COORDINATING``, the person's facilitation role on this run (lead, co-trainer,
        shadow), or None. A coordinator who also facilitates is treated as a coordinator."""
        if roles.has_role(user, roles.COORDINATOR):
            return COORDINATING
        return self.facilitations.filter(trainer__user=user).values_list("role", flat=True).first()

    def offers(self) -> list[AccessFeature]:
        """What it offers for access: its venue's, and its own, in one order."""
        chosen = set(self.venue.access_features) | set(self.access_features)
        return [feature for feature in AccessFeature if feature in chosen]

    def offers_all(self, needs) -> bool:
        """Whether it offers everything in ``needs`` (access features someone asked for)."""
        return set(needs) <= set(self.offers())

    def lets_run_register(self, user) -> bool:
        """Leading or co-training this run (or coordinating) lets someone mark attendance, see
        the access needs people chose to share and show the check-in code. Shadows watch and
        learn: they see the plan and the names, nothing more."""
        role = self.role_of(user)
        return role == COORDINATING or role in DELIVERING_ROLES


CHECKIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to mistype


def new_checkin_token() -> str:
    """A short code a participant can type as well as scan: 8 characters, 40 bits."""
    return "".join(secrets.choice(CHECKIN_ALPHABET) for _ in range(8))


class SessionQuerySet(models.QuerySet):
    def with_register_counts(self):
        """Annotate ``people`` (with a place on the run) and ``marked`` (attendance recorded)."""
        people = (Enrolment.objects.filter(run=OuterRef("run"), status__in=ON_REGISTER_STATUSES)
                  .order_by().values("run").annotate(n=Count("pk")).values("n"))
        marked = (Attendance.objects.filter(session=OuterRef("pk"))
                  .order_by().values("session").annotate(n=Count("pk")).values("n"))
        return self.annotate(people=Coalesce(Subquery(people), 0),
                             marked=Coalesce(Subquery(marked), 0))

    def upcoming(self, now=None):
        return self.filter(ends_at__gt=now or timezone.now())

    def facilitated_by(self, user):
        """Sessions of the runs ``user`` is on as a trainer, in any role (shadows included)."""
        return self.filter(
            run__in=CourseRun.objects.filter(facilitations__trainer__user=user).values("pk"))

    def visible_to_trainer(self, user):
        """Trainers see the sessions of their own runs; coordinators see every session."""
        if roles.has_role(user, roles.COORDINATOR):
            return self.all()
        return self.facilitated_by(user)

    def overlapping(self, starts_at, ends_at):
        return self.filter(starts_at__lt=ends_at, ends_at__gt=starts_at)

    def numbers(self, run_ids) -> dict[int, int]:
        """Each session's number in its run (1 for the first), by session id."""
        numbers, seen = {}, {}
        for pk, run_id in (self.filter(run_id__in=run_ids).order_by("run_id", "starts_at", "pk")
                           .values_list("pk", "run_id")):
            seen[run_id] = seen.get(run_id, 0) + 1
            numbers[pk] = seen[run_id]
        return numbers


class Session(models.Model):
    """One meeting of a run, usually covering one module."""

    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="sessions",
                            verbose_name=_("run"))
    module = models.ForeignKey("courses.ModulePage", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+", verbose_name=_("module"))
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    # Calendar apps replace an event only when its SEQUENCE goes up: bumped on every move.
    sequence = models.PositiveIntegerField(_("times changed"), default=0, editable=False)
    checkin_token = models.CharField(_("check-in code"), max_length=12, unique=True,
                                     default=new_checkin_token, editable=False)
    # Which version of the module the session delivered: the module's live revision when the
    # register was first taken (``attendance.record_marks``), kept however often it is taken
    # again. Its date is copied, so the label survives the revision being purged.
    delivered_revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", editable=False, verbose_name=_("module version delivered"))
    delivered_revision_at = models.DateTimeField(
        _("date of the module version delivered"), null=True, blank=True, editable=False)

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")),
                                   name="session_ends_after_it_starts"),
        ]
        indexes = [models.Index(fields=["starts_at"]), models.Index(fields=["run", "starts_at"])]

    def __str__(self) -> str:
        start = timezone.localtime(self.starts_at)
        return f"{self.run.course.title}, {start:%d %b %Y %H:%M}"

    @cached_property
    def number(self) -> int:
        """This session's number in its run: 1 for the first."""
        return Session.objects.numbers([self.run_id])[self.pk]


class FacilitationRole(models.TextChoices):
    LEAD = "lead", _("Lead trainer")
    CO_TRAINER = "co_trainer", _("Co-trainer")
    SHADOW = "shadow", _("Shadow")


DELIVERING_ROLES = (FacilitationRole.LEAD, FacilitationRole.CO_TRAINER)


class FacilitationQuerySet(models.QuerySet):
    def roster(self):
        """The trainers on a run as the run's page lists them, each with ``public_page``:
        whether they agreed to a public trainer page."""
        public = Consent.objects.current().filter(
            user=OuterRef("trainer__user"), purpose=ConsentPurpose.PUBLIC_TRAINER_PROFILE)
        return (self.select_related("trainer__user").annotate(public_page=Exists(public))
                .order_by("role"))


class Facilitation(models.Model):
    """A trainer's role on a run."""

    run = models.ForeignKey(CourseRun, on_delete=models.CASCADE, related_name="facilitations",
                            verbose_name=_("run"))
    trainer = models.ForeignKey("trainers.TrainerProfile", on_delete=models.PROTECT,
                                related_name="facilitations", verbose_name=_("trainer"))
    role = models.CharField(_("role"), max_length=12, choices=FacilitationRole.choices)

    objects = FacilitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("facilitation")
        verbose_name_plural = _("facilitations")
        constraints = [models.UniqueConstraint(fields=["run", "trainer"],
                                               name="one_role_per_trainer_per_run")]

    def __str__(self) -> str:
        return f"{self.trainer} – {self.get_role_display()}"
