"""What the funder report is made of: the filters it is asked for (dates, an area, a course),
the calendar quarters coordinators choose from, and its tables of cells, each cell a figure or
the words that stand in for a withheld one."""


from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import Area, CoursePage
from courses.services import outcomes
from reports.services.suppression import Mark

FEWER_THAN_FIVE = outcomes.FEWER_THAN_FIVE
WITHHELD = _("withheld")
COMPLETED, CAME, DID_NOT_COME = "completed", "came", "did_not_come"
OUTCOMES = ((COMPLETED, _("Completed")), (CAME, _("Came, did not complete")),
            (DID_NOT_COME, _("Did not come")))
ALL_PLACES = _("All places")


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


