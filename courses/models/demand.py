"""Demand requests: "tell me when there's a course near me", kept until the person enrols,
withdraws it, or a year passes."""

from datetime import datetime, time
from statistics import mean

from django.conf import settings
from django.db import models
from django.db.models import Count, F, Min, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models.fields import ChoiceListField
from courses.models.pages import CoursePage
from courses.models.scheduling import RUN_LANGUAGES, AccessFeature, Area

# A session starting at this local time or later is an evening session.
EVENING_FROM = time(17, 0)


class TimeOfDay(models.TextChoices):
    DAYTIME = "daytime", _("In the daytime")
    EVENING = "evening", _("In the evening")
    EITHER = "either", _("Either")


class DemandStatus(models.TextChoices):
    OPEN = "open", _("Waiting")
    TOLD = "told", _("Told of a run")
    ENROLLED = "enrolled", _("Enrolled")
    EXPIRED = "expired", _("Expired after a year")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Still waiting for a run: told of one that did not suit counts as waiting too.
ACTIVE_STATUSES = (DemandStatus.OPEN, DemandStatus.TOLD)


def time_of_day(starts: list[datetime]) -> str:
    """DAYTIME or EVENING when every start is on the one side of ``EVENING_FROM``, else
    EITHER (a run that mixes them suits only someone who does not mind)."""
    evenings = {timezone.localtime(start).time() >= EVENING_FROM for start in starts}
    if evenings == {True}:
        return TimeOfDay.EVENING
    if evenings == {False}:
        return TimeOfDay.DAYTIME
    return TimeOfDay.EITHER


class DemandRequestQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def by_course_and_area(self, now: datetime | None = None) -> list[dict]:
        """One row per course and area: how many wait, of whom told of a run, by language and
        who would go online, the longest and the median wait in days. Four queries, however
        many requests: the figures grouped by ids alone, the middles for the median, then the
        courses' titles and the areas' names."""
        now = now or timezone.now()
        counts = {f"in_{code}": Count("pk", filter=Q(language=code))
                  for code, _label in RUN_LANGUAGES}
        rows = list(self.order_by().values("course_id", "area_id").annotate(
            waiting=Count("pk"), told=Count("pk", filter=Q(status=DemandStatus.TOLD)),
            online_ok=Count("pk", filter=Q(online_ok=True)), oldest=Min("created_at"),
            **counts))
        middles = self._middles()
        titles = dict(CoursePage.objects.filter(pk__in={row["course_id"] for row in rows})
                      .values_list("pk", "title"))
        names = dict(Area.objects.filter(pk__in={row["area_id"] for row in rows})
                     .values_list("pk", "name"))
        for row in rows:
            row["course_title"], row["area_name"] = titles[row["course_id"]], names[row["area_id"]]
            row["oldest_days"] = (now - row["oldest"]).days
            middle = middles.get((row["course_id"], row["area_id"]), [row["oldest"]])
            row["median_days"] = mean((now - moment).total_seconds() for moment in middle) / 86400
            row["languages"] = [(label, row[f"in_{code}"]) for code, label in RUN_LANGUAGES]
        return sorted(rows, key=lambda row: (row["course_title"], row["area_name"]))

    def _middles(self) -> dict[tuple[int, int], list[datetime]]:
        """The one or two middle request times of each course and area (what the median is
        taken from), found by the database: positions p of n with n <= 2p <= n + 2."""
        group = [F("course_id"), F("area_id")]
        ranked = self.order_by().annotate(
            position=Window(RowNumber(), partition_by=group,
                            order_by=[F("created_at").asc(), F("pk").asc()]),
            group_size=Window(Count("pk"), partition_by=group),
        ).annotate(twice=F("position") * 2).filter(
            twice__gte=F("group_size"), twice__lte=F("group_size") + 2)
        middles: dict[tuple[int, int], list[datetime]] = {}
        for course_id, area_id, created_at in ranked.values_list("course_id", "area_id",
                                                                 "created_at"):
            middles.setdefault((course_id, area_id), []).append(created_at)
        return middles


class DemandRequest(models.Model):
    """Someone's wish to hear when a course runs near them: where, in what language, at what
    time of day, whether online would do, and what they need for access."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="demand_requests", verbose_name=_("person"))
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE,
                               related_name="demand_requests", verbose_name=_("course"))
    area = models.ForeignKey(Area, on_delete=models.PROTECT, related_name="demand_requests",
                             verbose_name=_("area"))
    language = models.CharField(_("language"), max_length=8, choices=RUN_LANGUAGES,
                                default="en")
    times = models.CharField(_("time of day"), max_length=10, choices=TimeOfDay.choices,
                             default=TimeOfDay.EITHER)
    online_ok = models.BooleanField(_("online would do"), default=False)
    access_needs = ChoiceListField(_("what they need"), item_choices=AccessFeature.choices)
    created_at = models.DateTimeField(_("asked on"), default=timezone.now)
    status = models.CharField(_("status"), max_length=10, choices=DemandStatus.choices,
                              default=DemandStatus.OPEN)
    told_at = models.DateTimeField(_("last told of a run at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = DemandRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("demand request")
        verbose_name_plural = _("demand requests")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["person", "course", "area"],
                                    condition=Q(status__in=ACTIVE_STATUSES),
                                    name="one_waiting_request_per_person_course_area"),
        ]
        indexes = [
            # The report's median reads the waiting requests in this order, from the index.
            models.Index(fields=["course", "area", "created_at", "id"],
                         condition=Q(status__in=ACTIVE_STATUSES), name="waiting_by_course_area"),
            models.Index(fields=["status", "created_at"], name="demand_by_status_and_age"),
        ]

    def __str__(self) -> str:
        return f"{self.course.title} – {self.area.name} (#{self.pk})"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    def needs_labels(self) -> list[str]:
        """What they need for access, in words."""
        return [str(AccessFeature(need).label) for need in self.access_needs
                if need in AccessFeature.values]
