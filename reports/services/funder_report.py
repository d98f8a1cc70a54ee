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

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    OuterRef,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import (
    ATTENDED_STATUSES,
    Area,
    Attendance,
    CoursePage,
    EnrolmentStatus,
)
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
from reports.services.report_figures import confidence, summary
from reports.services.report_parts import (
    ALL_PLACES,
    CAME,
    COMPLETED,
    DID_NOT_COME,
    OUTCOMES,
    Cell,
    FunderReport,
    ReportFilters,
    Table,
    last_full_quarter,
    quarter_of,
)
from reports.services.suppression import Mark, Protected, protect

__all__ = ["Cell", "FunderReport", "ReportFilters", "Table", "build_report",
           "last_full_quarter", "quarter_of"]
NOT_ANSWERED = _("Not answered")
NOT_KNOWN = _("Not known")
ANSWERS = "user__equality_answers__"


def build_report(filters: ReportFilters, *, now: datetime | None = None) -> FunderReport:
    """The whole report for ``filters``, its small numbers withheld."""
    now = now or timezone.now()
    places = _with_outcome(outcomes.places(filters.outcome_filters()))
    grids = _count_grids(places)
    protected = _protect_together({key: (grid["counts"], grid["rows_add_up"])
                                   for key, grid in grids.items()})
    tables = [_count_table(key, grid, protected[key]) for key, grid in grids.items()]
    return FunderReport(filters, summary(filters, places, protected["area"], now),
                        [tables[0], tables[1], confidence(filters), *tables[2:]])


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


