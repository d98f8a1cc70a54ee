"""Outcome figures against a fixture worked out by hand, with small groups withheld."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from courses.models import Attendance, ConfidenceRating, Enrolment, EnrolmentStatus
from courses.services.outcomes import OutcomeFilters, outcome_rows, presented_rows
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    AreaFactory,
    ConfidenceScaleFactory,
    CoursePageFactory,
    CourseRunFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

# Eight people on a Highland run: (before, end, came, completed). By hand:
#   had a place 8, came 7, completed 6, rated before 7, rated both 6;
#   paired before: 3,4,5,6,2,4 → mean 4.00; end: 6,4,8,7,3,5 → mean 5.50;
#   change: 3,0,3,1,1,1 → mean 1.50; improved 5 of 6 → 83%.
HIGHLAND = [
    (3, 6, True, True), (4, 4, True, True), (5, 8, True, True), (6, 7, True, True),
    (2, 3, True, True), (4, 5, True, True), (7, None, True, False), (None, None, False, False),
]
# Three people on a Glasgow run: a small group, so everything is withheld.
GLASGOW = [(5, 9, True, True), (6, 6, True, True), (1, 2, True, False)]


def _run_with(course, scale, area_name, people):
    venue = VenueFactory(area=AreaFactory(name=area_name))
    run = CourseRunFactory(course=course, venue=venue, sessions=2,
                           sessions__first_session_at=timezone.now() - timedelta(weeks=4))
    session = run.sessions.first()
    for before, end, came, completed in people:
        enrolment = Enrolment.objects.create(
            run=run, user=UserFactory(), confirmed_at=timezone.now(),
            status=EnrolmentStatus.COMPLETED if completed else EnrolmentStatus.NOT_COMPLETED)
        if came:
            Attendance.objects.create(session=session, enrolment=enrolment, status="present",
                                      method="trainer", marked_at=timezone.now())
        for moment, value in (("before", before), ("end", end)):
            if value is not None:
                ConfidenceRating.objects.create(enrolment=enrolment, moment=moment, scale=scale,
                                                score=Decimal(value), answered=6, statements=6)
    return run


@pytest.fixture
def outcomes_fixture(catalogue):
    scale = ConfidenceScaleFactory()
    course = CoursePageFactory(parent=catalogue, title="Living Well", slug="lw",
                               confidence_scale=scale)
    highland = _run_with(course, scale, "Highland", HIGHLAND)
    glasgow = _run_with(course, scale, "Glasgow", GLASGOW)
    waiting = Enrolment.objects.create(run=highland, user=UserFactory(), status="waitlisted",
                                       waitlisted_at=timezone.now())
    return course, highland, glasgow, waiting


def test_the_figures_per_area_match_the_hand_worked_ones(outcomes_fixture):
    rows = {row["group"]: row for row in presented_rows(OutcomeFilters(group_by="area"))}
    assert rows["Highland"] == {
        "group": "Highland", "enrolled": 8, "attended": 7, "completed": 6, "rated_before": 7,
        "rated_both": 6, "mean_before": Decimal("4.00"), "mean_end": Decimal("5.50"),
        "mean_change": Decimal("1.50"), "share_improved": Decimal("83"),
    }


def test_small_groups_show_fewer_than_5_instead_of_figures(outcomes_fixture):
    rows = {row["group"]: row for row in presented_rows(OutcomeFilters(group_by="area"))}
    glasgow = rows["Glasgow"]
    assert {str(value) for key, value in glasgow.items() if key != "group"} == {"fewer than 5"}


def test_the_course_total_pairs_everyone_with_both_ratings(outcomes_fixture):
    [row] = outcome_rows(OutcomeFilters(group_by="course"))
    # Highland 6 pairs (changes sum 9, 5 up) + Glasgow 3 pairs (changes 4, 0, 1; 2 up)
    assert (row["enrolled"], row["rated_both"], row["improved"]) == (11, 9, 7)
    assert round(Decimal(row["mean_change"]), 2) == Decimal("1.56")  # 14 / 9


def test_filters_narrow_to_a_run_and_to_dates(outcomes_fixture):
    course, highland, glasgow, _ = outcomes_fixture
    [row] = outcome_rows(OutcomeFilters(group_by="run", run=glasgow))
    assert row["enrolled"] == 3
    today = timezone.localdate()
    assert list(outcome_rows(OutcomeFilters(date_from=today))) == []
    [row] = outcome_rows(OutcomeFilters(date_to=today))
    assert row["enrolled"] == 11
