"""The funder report: what a coordinator hands a funder each quarter.

Everything is counted over the same places the outcome figures count (``courses.services
.outcomes.places``: confirmed places on runs whose first session falls in the dates, in the
area or course chosen), so the two always agree. Each place has one outcome — completed, came
but did not complete, or did not come — and every table splits the places by those outcomes:
by area, by course and by each equality question. Sessions, attendance, peer trainers and
volunteer hours count what happened on the dates themselves.

Small numbers are withheld (``reports.services.suppression``). The tables that split the same
places share their bottom row (the outcomes' totals), so a total withheld in one is withheld in
all of them; otherwise a reader could carry it across from another table.

The whole report takes a fixed number of queries, however many places it covers.
"""

from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from django.db.models import (
    Case,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import (
    ATTENDED_STATUSES,
    Area,
    Attendance,
    CoursePage,
    DemandRequest,
    EnrolmentStatus,
    Facilitation,
    FacilitationRole,
    RunStatus,
    Session,
)
from courses.models.demand import ACTIVE_STATUSES
from courses.services import outcomes
from reports.models.equality import (
    BROAD_ETHNIC_GROUPS,
    AgeBand,
    ConditionGroup,
    GenderIdentity,
    Sex,
    SIMDQuintile,
    UnpaidCarer,
    UrbanRural,
    YesNo,
)
from reports.services.suppression import SMALL, Mark, Protected, protect
from trainers.models import HoursEntry

FEWER_THAN_FIVE = outcomes.FEWER_THAN_FIVE
WITHHELD = _("withheld")
NOT_ANSWERED = _("Not answered")
NOT_KNOWN = _("Not known")
COMPLETED, CAME, DID_NOT_COME = "completed", "came", "did_not_come"
OUTCOMES = ((COMPLETED, _("Completed")), (CAME, _("Came, did not complete")),
            (DID_NOT_COME, _("Did not come")))
ALL_PLACES = _("All places")
ANSWERS = "user__equality_answers__"


@dataclass(frozen=True)
class ReportFilters:
    date_from: date
    date_to: date
    area: Area | None = None
    course: CoursePage | None = None

    def outcome_filters(self) -> outcomes.OutcomeFilters:
        return outcomes.OutcomeFilters(course=self.course, area=self.area,
                                       date_from=self.date_from, date_to=self.date_to)

    def as_dict(self) -> dict:
        """For the record of an export: what was asked for, by id and date."""
        return {"date_from": self.date_from.isoformat(), "date_to": self.date_to.isoformat(),
                "area": self.area and self.area.pk, "course": self.course and self.course.pk}

    def moments(self) -> tuple[datetime, datetime]:
        """The first moment of ``date_from`` and the first moment after ``date_to``."""
        zone = timezone.get_current_timezone()
        return (datetime.combine(self.date_from, time.min, zone),
                datetime.combine(self.date_to + timedelta(days=1), time.min, zone))


def quarter_of(day: date) -> tuple[date, date]:
    """The first and last days of the calendar quarter ``day`` falls in."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    last_month = first_month + 2
    return (date(day.year, first_month, 1),
            date(day.year, last_month, monthrange(day.year, last_month)[1]))


def last_full_quarter(today: date | None = None) -> tuple[date, date]:
    first, _last = quarter_of(today or timezone.localdate())
    return quarter_of(first - timedelta(days=1))


# --- what the report holds ---------------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    value: int | Decimal | str | None
    mark: Mark = Mark.SHOWN

    @property
    def text(self) -> str:
        if self.mark == Mark.FEWER_THAN_FIVE:
            return str(FEWER_THAN_FIVE)
        if self.mark == Mark.WITHHELD:
            return str(WITHHELD)
        return "" if self.value is None else str(self.value)

    @property
    def shown(self):
        """The value as published: the figure, or the words that stand in for it."""
        return self.value if self.mark == Mark.SHOWN and self.value is not None else self.text


@dataclass(frozen=True)
class Table:
    """A titled table: a heading for its row labels, its column headings and rows of
    cells. ``counts`` marks a table of counts protected as one (its last column and, when
    ``has_totals_row``, its last row are totals)."""

    key: str
    title: str
    row_heading: str
    columns: list[str]
    rows: list[tuple[str, list[Cell]]]
    note: str = ""
    counts: bool = False
    has_totals_row: bool = False

    @property
    def headings(self) -> list[str]:
        return [str(self.row_heading)] + [str(column) for column in self.columns]

    def records(self) -> list[list]:
        """Each row as published, its label first: for the spreadsheet and the page."""
        return [[str(label)] + [cell.shown for cell in cells] for label, cells in self.rows]


@dataclass(frozen=True)
class FunderReport:
    filters: ReportFilters
    summary: Table
    tables: list[Table] = field(default_factory=list)

    def all_tables(self) -> list[Table]:
        return [self.summary, *self.tables]


# --- building it ------------------------------------------------------------------------------

def build_report(filters: ReportFilters, *, now: datetime | None = None) -> FunderReport:
    """The whole report for ``filters``, its small numbers withheld."""
    now = now or timezone.now()
    places = _with_outcome(outcomes.places(filters.outcome_filters()))
    grids = _count_grids(places)
    protected = _protect_together({key: (grid["counts"], grid["rows_add_up"])
                                   for key, grid in grids.items()})
    tables = [_count_table(key, grid, protected[key]) for key, grid in grids.items()]
    margin = protected["area"]
    summary = _summary(filters, places, margin, now)
    return FunderReport(filters, summary,
                        [tables[0], tables[1], _confidence(filters), *tables[2:]])


def _with_outcome(places: QuerySet) -> QuerySet:
    attended = Attendance.objects.filter(enrolment=OuterRef("pk"),
                                         status__in=ATTENDED_STATUSES)
    return places.annotate(outcome=Case(
        When(status=EnrolmentStatus.COMPLETED, then=Value(COMPLETED)),
        When(Exists(attended), then=Value(CAME)), default=Value(DID_NOT_COME)))


@dataclass(frozen=True)
class Question:
    key: str
    title: str
    categories: list[tuple[object, str]]  # (category, label), in the order shown
    category_of: Callable[[object], object] = lambda value: value or None
    unknown: str = NOT_ANSWERED


def _ethnic_category(value: str | None):
    if not value or value == "prefer_not":
        return value or None
    return next(number for number, (prefixes, _label) in enumerate(BROAD_ETHNIC_GROUPS)
                if value.startswith(prefixes))


def _choices(choices) -> list[tuple[object, str]]:
    return [(value, label) for value, label in choices.choices]


QUESTIONS = [
    Question("age_band", _("Age"), _choices(AgeBand)),
    Question("sex", _("Sex"), _choices(Sex)),
    Question("gender_identity", _("Trans, or has a trans history"), _choices(GenderIdentity)),
    Question("ethnic_group", _("Ethnic group"),
             [(number, label) for number, (_p, label) in enumerate(BROAD_ETHNIC_GROUPS)]
             + [("prefer_not", _("Prefer not to say"))], _ethnic_category),
    Question("disability", _("Long-term condition or disability"), _choices(YesNo)),
    Question("unpaid_carer", _("Unpaid carer"), _choices(UnpaidCarer)),
    Question("simd_quintile", _("SIMD quintile (from the postcode)"), _choices(SIMDQuintile),
             unknown=NOT_KNOWN),
    Question("urban_rural", _("Urban/rural class (from the postcode)"), _choices(UrbanRural),
             unknown=NOT_KNOWN),
]
CONDITIONS = Question("conditions", _("Kinds of condition (people may name several)"),
                      [(value, label) for value, label in ConditionGroup.choices
                       if value != "prefer_not"])


def _count_grids(places: QuerySet) -> dict[str, dict]:
    """Every table of counts: rows of [completed, came, did not come], before totals. Three
    queries: places by area and course, by every equality answer at once, by condition."""
    by_run = Counter()
    for row in places.values("outcome", "run__course_id", "run__venue__area_id").annotate(
            n=Count("pk")).order_by():
        by_run[(row["outcome"], row["run__course_id"], row["run__venue__area_id"])] += row["n"]
    areas = dict(Area.objects.filter(pk__in={area for *_k, area in by_run})
                 .values_list("pk", "name"))
    courses = dict(CoursePage.objects.filter(pk__in={course for _o, course, _a in by_run})
                   .values_list("pk", "title"))
    answers = list(places.values("outcome", *[ANSWERS + q.key for q in QUESTIONS])
                   .annotate(n=Count("pk")).order_by())
    conditions = Counter({(row["outcome"], row["group"]): row["n"] for row in places.filter(
        **{f"{ANSWERS}conditions__isnull": False}).values(
        "outcome", group=F(f"{ANSWERS}conditions__group")).annotate(n=Count("pk")).order_by()})
    grids = {
        "area": _grid(_("Places by area"), _("Area"), _tally(by_run, lambda key: key[2]),
                      sorted(areas.items(), key=lambda item: item[1]) + [(None, _("Online"))]),
        "course": _grid(_("Places by course"), _("Course"), _tally(by_run, lambda key: key[1]),
                        sorted(courses.items(), key=lambda item: item[1])),
    }
    for question in QUESTIONS:
        tally = Counter()
        for row in answers:
            tally[(row["outcome"], question.category_of(row[ANSWERS + question.key]))] += row["n"]
        grids[question.key] = _grid(question.title, question.title, tally,
                                    question.categories + [(None, question.unknown)],
                                    keep_empty=True)
    grids["conditions"] = _grid(CONDITIONS.title, _("Kind of condition"), conditions,
                                CONDITIONS.categories, keep_empty=True, rows_add_up=False)
    return grids


def _tally(by_run: Counter, category: Callable) -> Counter:
    tally = Counter()
    for key, count in by_run.items():
        tally[(key[0], category(key))] += count
    return tally


def _grid(title, row_heading, tally: Counter, categories, *, keep_empty: bool = False,
          rows_add_up: bool = True) -> dict:
    """Rows in the order of ``categories``; one that nobody is in is left out unless
    ``keep_empty`` (an equality question lists every answer, so a 0 is visible too)."""
    rows = [(label, [tally[(outcome, category)] for outcome, _label in OUTCOMES])
            for category, label in categories]
    rows = [row for row in rows if keep_empty or any(row[1])]
    return {"title": title, "row_heading": row_heading, "labels": [label for label, _c in rows],
            "counts": [counts for _label, counts in rows], "rows_add_up": rows_add_up}


def _protect_together(grids: dict[str, tuple[list, bool]]) -> dict[str, Protected]:
    """Protect each table, withholding in every table a bottom-row total that any of them
    had to withhold (they share that row), until none adds another."""
    withheld: frozenset[int] = frozenset()
    while True:
        protected = {key: protect(counts, width=len(OUTCOMES), rows_add_up=adds_up,
                                  withheld_totals=withheld)
                     for key, (counts, adds_up) in grids.items()}
        found = withheld | {column for table in protected.values() if table.rows_add_up
                            for column, mark in enumerate(table.marks[-1])
                            if mark == Mark.WITHHELD}
        if found == withheld:
            return protected
        withheld = frozenset(found)


def _count_table(key: str, grid: dict, protected: Protected) -> Table:
    labels = list(grid["labels"]) + ([ALL_PLACES] if protected.rows_add_up else [])
    rows = [(label, [Cell(value, mark) for value, mark in zip(values, marks, strict=True)])
            for label, values, marks in zip(labels, protected.values, protected.marks,
                                            strict=True)]
    return Table(key, grid["title"], grid["row_heading"],
                 [label for _outcome, label in OUTCOMES] + [ALL_PLACES], rows, counts=True,
                 has_totals_row=protected.rows_add_up)


# --- the summary and the confidence table -----------------------------------------------------

def _summary(filters: ReportFilters, places: QuerySet, margin: Protected,
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


def _confidence(filters: ReportFilters) -> Table:
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
