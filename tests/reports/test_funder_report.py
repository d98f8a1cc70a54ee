"""The funder report against the quarter worked out by hand in ``tests/reports/quarter.py``:
every table, what is withheld, what a reader could work out, and that the figures agree with
the outcome figures for the same filters."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.services.outcomes import OutcomeFilters, outcome_rows
from reports.services.funder_report import ReportFilters, build_report, quarter_of
from tests.courses.factories import VenueFactory
from tests.reports.adversary import recover_report
from tests.reports.quarter import NOW, QUARTER, _place, _run, build_quarter

pytestmark = pytest.mark.django_db
F, W = "fewer than 5", "withheld"


@pytest.fixture
def quarter(catalogue):
    return build_quarter(catalogue)


@pytest.fixture
def report(quarter):
    return build_report(ReportFilters(*QUARTER), now=NOW)


def _table(report, key):
    return next(table for table in report.all_tables() if table.key == key).records()


def test_the_summary_matches_the_hand_worked_figures(report):
    assert _table(report, "summary") == [
        ["Places taken", 32], ["People who came at least once", 25],
        ["People who completed", 18], ["Sessions delivered", 6],
        ["Attendance rate (% of register marks present or late)", Decimal("78")],
        ["Median days from asking to the first session", Decimal("14.0")],
        ["People still waiting for a course at the end of the dates", 8],
        ["Peer trainers who delivered sessions", 5], ["Volunteers who logged hours", 6],
        ["Volunteer hours", Decimal("18.5")]]


def test_places_by_area_and_course_withhold_small_numbers_and_what_would_reveal_them(report):
    # Glasgow is 13 / 6 / 2 of 21; Highland 5 / 1 / 5 of 11. The 2 and the 1 are under five;
    # shown alone, the 6 and the second 5 would give them away through the totals.
    assert _table(report, "area") == [
        ["Glasgow", 13, W, F, 21], ["Highland", 5, F, W, 11], ["All places", 18, 7, 7, 32]]
    # Carers Together is 6 / 3 / 0 of 9; Living Well 12 / 4 / 7 of 23.
    assert _table(report, "course") == [
        ["Carers Together", W, F, F, 9], ["Living Well", W, F, W, 23],
        ["All places", 18, 7, 7, 32]]


def test_confidence_is_paired_and_a_small_course_takes_a_second_one_with_it(report):
    # Carers Together has 3 pairs (withheld); Living Well's 8 would give them away from the 11.
    assert _table(report, "confidence") == [
        ["Carers Together", F, F, F, F, F], ["Living Well", W, W, W, W, W],
        ["All courses", 11, Decimal("4.27"), Decimal("5.91"), Decimal("1.64"), Decimal("82")]]


def test_every_equality_table_lists_each_answer_and_shares_the_bottom_row(report):
    sex = _table(report, "sex")
    # Female 7 / 3 / 2 of 12; male 5 / 1 / 5 of 11; not answered 6 / 3 / 0 of 9.
    assert sex == [["Female", 7, F, F, 12], ["Male", W, F, 5, 11],
                   ["Prefer not to say", F, F, F, F], ["Not answered", W, F, F, W],
                   ["All places", 18, 7, 7, 32]]
    equality = [table for table in report.tables if table.counts and table.has_totals_row]
    assert {tuple(table.records()[-1][1:]) for table in equality} == {(18, 7, 7, 32)}
    ethnic = _table(report, "ethnic_group")
    assert [row[0] for row in ethnic][-3:] == ["Prefer not to say", "Not answered",
                                                "All places"]
    assert len(ethnic) == 6 + 3  # the census's six broad groups


def test_kinds_of_condition_are_counted_per_person_named_and_do_not_add_up(report):
    rows = {row[0]: row[1:] for row in _table(report, "conditions")}
    assert rows["Physical disability"] == [F, F, F, 5]
    assert rows["Mental health condition"] == [F, F, F, 5]
    assert rows["Long-term illness, disease or condition, such as diabetes or heart disease"] \
        == [W, F, F, 7]
    assert "All places" not in rows


def test_a_reader_of_the_whole_report_works_out_no_withheld_figure(report):
    assert recover_report(report) == {}


def test_the_figures_agree_with_the_outcome_figures_for_the_same_filters(quarter, report):
    rows = list(outcome_rows(OutcomeFilters(date_from=QUARTER[0], date_to=QUARTER[1],
                                            group_by="area")))
    summary = dict(_table(report, "summary"))
    assert summary["Places taken"] == sum(row["enrolled"] for row in rows)
    assert summary["People who completed"] == sum(row["completed"] for row in rows)
    assert summary["People who came at least once"] == sum(row["attended"] for row in rows)
    highland = build_report(ReportFilters(*QUARTER, area=quarter["highland"]), now=NOW)
    assert _table(highland, "area")[-1] == ["All places", W, F, W, 11]  # 5, 1, 5


def test_a_course_filter_narrows_every_figure(quarter):
    carers = build_report(ReportFilters(*QUARTER, course=quarter["carers"]), now=NOW)
    summary = dict(_table(carers, "summary"))
    assert summary["Places taken"] == 9 and summary["Sessions delivered"] == F
    assert summary["Peer trainers who delivered sessions"] == F  # the lead; not the shadow


def test_it_takes_the_same_number_of_queries_however_many_places(catalogue):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            build_report(ReportFilters(*QUARTER), now=NOW)
        return len(captured)

    build_quarter(catalogue)
    few = queries()
    run = _run(catalogue.get_children().first().specific, VenueFactory(),
               QUARTER[0].replace(day=20))
    for _number in range(15):
        _place(run, "completed", 3, None)
    assert queries() == few <= 16


def test_quarters_run_from_the_first_to_the_last_day_of_three_months():
    assert quarter_of(date(2026, 2, 14)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_of(date(2026, 12, 31)) == (date(2026, 10, 1), date(2026, 12, 31))
