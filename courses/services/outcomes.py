"""Outcome figures for coordinators and funders: aggregates only, small groups hidden.

For each group (course, run or area): how many people had a place, came at least once and
completed (the funnel); how many rated their confidence before the course, and how many rated
both before and at the end. Means and change use only the people with both ratings (a paired
analysis), so a change is never an artefact of who happened to answer. Everything is counted
in SQL. Any figure about fewer than five people is withheld.
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import (
    Avg,
    Count,
    Exists,
    F,
    FilteredRelation,
    Min,
    OuterRef,
    Q,
    QuerySet,
)
from django.utils.translation import gettext_lazy as _

from courses.models import (
    ATTENDED_STATUSES,
    Area,
    Attendance,
    CoursePage,
    CourseRun,
    Enrolment,
    EnrolmentStatus,
    RatingMoment,
)

SMALL_GROUP = 5
FEWER_THAN_FIVE = _("fewer than 5")
GROUPINGS = {
    "course": ("run__course__title", "run__course_id"),
    "run": ("run__course__title", "run__venue__name", "run_id"),
    "area": ("run__venue__area__name",),
}


@dataclass(frozen=True)
class OutcomeFilters:
    group_by: str = "course"
    course: CoursePage | None = None
    run: CourseRun | None = None
    area: Area | None = None
    online: bool = False
    date_from: date | None = None
    date_to: date | None = None

    def as_dict(self) -> dict:
        """For the record of an export: what was asked for, by id and date."""
        return {"group_by": self.group_by, "course": self.course and self.course.pk,
                "run": self.run and self.run.pk, "area": self.area and self.area.pk,
                "online": self.online,
                "date_from": self.date_from and self.date_from.isoformat(),
                "date_to": self.date_to and self.date_to.isoformat()}


def _rating(moment: str) -> FilteredRelation:
    """Join each person's scored rating for ``moment`` (at most one: a unique constraint)."""
    return FilteredRelation("ratings", condition=Q(ratings__moment=moment,
                                                   ratings__session__isnull=True,
                                                   ratings__score__isnull=False))


def places(filters: OutcomeFilters) -> QuerySet:
    """Every place anyone ever held (a confirmed enrolment), within the filters: what the
    outcome figures and the funder report count."""
    people = Enrolment.objects.filter(confirmed_at__isnull=False)
    if filters.course:
        people = people.filter(run__course=filters.course)
    if filters.run:
        people = people.filter(run=filters.run)
    if filters.area:
        people = people.filter(run__venue__area=filters.area)
    if filters.online:
        people = people.filter(run__venue__is_online=True)
    if filters.date_from or filters.date_to:
        runs = CourseRun.objects.annotate(first=Min("sessions__starts_at"))
        if filters.date_from:
            runs = runs.filter(first__date__gte=filters.date_from)
        if filters.date_to:
            runs = runs.filter(first__date__lte=filters.date_to)
        people = people.filter(run__in=runs.values("pk"))
    return people


def outcome_rows(filters: OutcomeFilters) -> QuerySet:
    """One row (a dict) per group, with the raw counts and means, computed in one query."""
    attended = Attendance.objects.filter(enrolment=OuterRef("pk"), status__in=ATTENDED_STATUSES)
    both = Q(before__isnull=False, end__isnull=False)
    group = GROUPINGS.get(filters.group_by, GROUPINGS["course"])
    # Joins rather than correlated subqueries: each aggregate below reads a column, instead of
    # running a subquery per person per aggregate (3.8 s → a tenth of that on 100,000 ratings).
    return (
        places(filters)
        .annotate(before_rating=_rating(RatingMoment.BEFORE),
                  end_rating=_rating(RatingMoment.END))
        .annotate(before=F("before_rating__score"), end=F("end_rating__score"),
                  came=Exists(attended))
        .values(*group)
        .annotate(
            enrolled=Count("pk"),
            attended=Count("pk", filter=Q(came=True)),
            completed=Count("pk", filter=Q(status=EnrolmentStatus.COMPLETED)),
            rated_before=Count("pk", filter=Q(before__isnull=False)),
            rated_both=Count("pk", filter=both),
            mean_before=Avg("before", filter=both),
            mean_end=Avg("end", filter=both),
            mean_change=Avg(F("end") - F("before"), filter=both),
            improved=Count("pk", filter=both & Q(end__gt=F("before"))),
        )
        .order_by(*group)
    )


def _count(value: int):
    return FEWER_THAN_FIVE if value < SMALL_GROUP else value


def _mean(value, people: int, places: str = "0.01"):
    if people < SMALL_GROUP or value is None:
        return FEWER_THAN_FIVE if people < SMALL_GROUP else ""
    return Decimal(value).quantize(Decimal(places), ROUND_HALF_UP)


def present(row: dict, group_by: str) -> dict:
    """A row as coordinators see it: counts under five and figures about fewer than five
    people are replaced by "fewer than 5"."""
    paired = row["rated_both"]
    improved = Decimal(100 * row["improved"]) / paired if paired else None
    return {
        "group": group_label(row, group_by),
        "enrolled": _count(row["enrolled"]),
        "attended": _count(row["attended"]),
        "completed": _count(row["completed"]),
        "rated_before": _count(row["rated_before"]),
        "rated_both": _count(paired),
        "mean_before": _mean(row["mean_before"], paired),
        "mean_end": _mean(row["mean_end"], paired),
        "mean_change": _mean(row["mean_change"], paired),
        "share_improved": _mean(improved, paired, places="1"),
    }


def group_label(row: dict, group_by: str) -> str:
    if group_by == "run":
        return f"{row['run__course__title']} – {row['run__venue__name']} (#{row['run_id']})"
    if group_by == "area":
        return row["run__venue__area__name"] or str(_("Online"))
    return row["run__course__title"]


def presented_rows(filters: OutcomeFilters):
    """The rows as coordinators see them, lazily: for the admin table and the exports."""
    return (present(row, filters.group_by) for row in outcome_rows(filters).iterator())
