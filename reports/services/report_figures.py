"""The funder report's figures other than its tables of places: the summary (what happened on
the dates) and paired confidence per course, read through ``courses``' services and models."""


from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from courses.models import (
    ATTENDED_STATUSES,
    Attendance,
    DemandRequest,
    Facilitation,
    FacilitationRole,
    RunStatus,
    Session,
)
from courses.models.demand import ACTIVE_STATUSES
from courses.services import outcomes
from reports.services.report_parts import (
    CAME,
    COMPLETED,
    DID_NOT_COME,
    OUTCOMES,
    Cell,
    ReportFilters,
    Table,
)
from reports.services.suppression import SMALL, Mark, Protected, protect
from trainers.models import HoursEntry


def summary(filters: ReportFilters, places: QuerySet, margin: Protected,
             now: datetime) -> Table:
    """The headline figures. Places, completions and starts come from the tables' shared
    bottom row, withheld as it is; the rest count what happened on the dates."""
    totals = dict(zip([outcome for outcome, _l in OUTCOMES] + ["all"],
                      [Cell(value, mark) for value, mark in zip(
                          margin.values[-1], margin.marks[-1], strict=True)], strict=True))
    started = (Cell(totals[COMPLETED].value + totals[CAME].value)
               if totals[COMPLETED].mark == totals[CAME].mark == Mark.SHOWN
               else Cell(None, Mark.WITHHELD))
    sessions = _sessions(filters, now)
    waits = _waiting_days(places)
    hours = _volunteer_hours(filters)
    figures = [
        (_("Places taken"), totals["all"]),
        (_("People who came at least once"), started),
        (_("People who completed"), totals[COMPLETED]),
        (_("Sessions delivered"), _count(sessions["sessions"])),
        (_("Attendance rate (% of register marks present or late)"),
         _share(sessions["attended"], sessions["marks"])),
        (_("Median days from asking to the first session"),
         _about(len(waits), Decimal(median(waits)).quantize(Decimal("0.1"), ROUND_HALF_UP)
                if waits else None)),
        (_("People still waiting for a course at the end of the dates"),
         _count(_still_waiting(filters))),
        (_("Peer trainers who delivered sessions"), _count(_active_trainers(filters, now))),
        (_("Volunteers who logged hours"), _count(hours["volunteers"])),
        (_("Volunteer hours"), _about(hours["volunteers"], hours["hours"] or Decimal(0))),
    ]
    return Table("summary", _("Summary"), _("Figure"), [_("Value")],
                 [(label, [cell]) for label, cell in figures],
                 note=_("Places on runs whose first session falls within the dates."))


def _count(value: int) -> Cell:
    return Cell(value, Mark.FEWER_THAN_FIVE if value < SMALL else Mark.SHOWN)


def _about(people: int, value) -> Cell:
    """A figure about ``people`` people: withheld when they are fewer than five."""
    return Cell(value, Mark.FEWER_THAN_FIVE if people < SMALL else Mark.SHOWN)


def _share(part: int, whole: int) -> Cell:
    return _about(whole, (Decimal(100 * part) / whole).quantize(Decimal("1"), ROUND_HALF_UP)
                  if whole else None)


def _held_sessions(filters: ReportFilters, now: datetime) -> QuerySet:
    start, end = filters.moments()
    sessions = (Session.objects.filter(starts_at__gte=start, starts_at__lt=end, ends_at__lte=now)
                .exclude(run__status=RunStatus.CANCELLED))
    if filters.area:
        sessions = sessions.filter(run__venue__area=filters.area)
    if filters.course:
        sessions = sessions.filter(run__course=filters.course)
    return sessions


def _sessions(filters: ReportFilters, now: datetime) -> dict:
    held = _held_sessions(filters, now)
    marks = Attendance.objects.filter(session__in=held.values("pk")).aggregate(
        marks=Count("pk"), attended=Count("pk", filter=Q(status__in=ATTENDED_STATUSES)))
    return {"sessions": held.count(), **marks}


def _active_trainers(filters: ReportFilters, now: datetime) -> int:
    held = _held_sessions(filters, now)
    return (Facilitation.objects.filter(
        role__in=(FacilitationRole.LEAD, FacilitationRole.CO_TRAINER),
        run__in=held.values("run_id")).values("trainer_id").distinct().count())


def _waiting_days(places: QuerySet) -> list[float]:
    """For each place where the person came: days from when they first asked for the course
    (a request to hear of it, else the enrolment itself) to the run's first session. The
    database works out each wait; only the waits come back."""
    asked = (DemandRequest.objects.filter(person=OuterRef("user_id"),
                                          course=OuterRef("run__course_id"),
                                          created_at__lte=OuterRef("created_at"))
             .order_by("created_at").values("created_at")[:1])
    first = (Session.objects.filter(run=OuterRef("run_id")).order_by("starts_at")
             .values("starts_at")[:1])
    waits = places.exclude(outcome=DID_NOT_COME).annotate(wait=ExpressionWrapper(
        Subquery(first) - Coalesce(Subquery(asked), F("created_at")),
        output_field=DurationField()))
    # A place entered after its run began (a paper register typed up later) has no wait.
    return [wait.total_seconds() / 86400 for wait in waits.filter(
        wait__gte=timedelta(0)).values_list("wait", flat=True)]


def _still_waiting(filters: ReportFilters) -> int:
    _start, end = filters.moments()
    requests = DemandRequest.objects.filter(created_at__lt=end).filter(
        Q(status__in=ACTIVE_STATUSES) | Q(closed_at__gte=end))
    if filters.area:
        requests = requests.filter(area=filters.area)
    if filters.course:
        requests = requests.filter(course=filters.course)
    return requests.count()


def _volunteer_hours(filters: ReportFilters) -> dict:
    entries = HoursEntry.objects.filter(on__gte=filters.date_from, on__lte=filters.date_to)
    if filters.area:
        entries = entries.filter(run__venue__area=filters.area)
    if filters.course:
        entries = entries.filter(run__course=filters.course)
    return entries.aggregate(volunteers=Count("volunteer", distinct=True), hours=Sum("hours"))


CONFIDENCE_COLUMNS = (_("People who rated before and at the end"), _("Mean before (0–10)"),
                      _("Mean at the end (0–10)"), _("Mean change"),
                      _("Share whose confidence rose (%)"))


def confidence(filters: ReportFilters) -> Table:
    """Paired confidence ratings per course, from the outcomes service; the count of pairs is
    protected like any other count, and a course's means are withheld with its count."""
    rows = [row for row in outcomes.outcome_rows(filters.outcome_filters())
            if row["rated_both"]]
    rows.append(_pooled(rows))
    # One list that adds up to its total: the courses' pairs, then everyone's.
    protected = protect([[row["rated_both"] for row in rows[:-1]]], rows_add_up=False)
    published = []
    for label, row, mark in zip([row["run__course__title"] for row in rows[:-1]]
                                + [_("All courses")], rows, protected.marks[0], strict=True):
        pairs = row["rated_both"]
        improved = Decimal(100 * row["improved"]) / pairs if pairs else None
        means = [_rounded(row["mean_before"]), _rounded(row["mean_end"]),
                 _rounded(row["mean_change"]), _rounded(improved, "1")]
        # A course's means go with its count: were they shown while the count was withheld,
        # the means of everyone and of the other courses would give away a small course's.
        published.append((label, [Cell(value, mark) for value in [pairs, *means]]))
    return Table("confidence", _("Confidence before and after"), _("Course"),
                 list(CONFIDENCE_COLUMNS), published,
                 note=_("Only people who rated their confidence both before and at the end."))


def _pooled(rows: Iterable[dict]) -> dict:
    """All courses together: means weighted by each course's pairs, which is the mean over
    everyone's pairs."""
    rows = list(rows)
    pairs = sum(row["rated_both"] for row in rows)

    def mean(key):
        return (sum(Decimal(row[key]) * row["rated_both"] for row in rows) / pairs
                if pairs else None)

    return {"rated_both": pairs, "improved": sum(row["improved"] for row in rows),
            "mean_before": mean("mean_before"), "mean_end": mean("mean_end"),
            "mean_change": mean("mean_change")}


def _rounded(value, places: str = "0.01") -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal(places), ROUND_HALF_UP)

