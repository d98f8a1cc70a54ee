"""A quarter worked out by hand for the funder report (July to September 2026, reported on
1 November 2026).

Runs, places and outcomes (completed, came but did not complete, did not come):
  A  Living Well, Glasgow, first session 6 July   12 places: 7, 3, 2
  B  Living Well, Highland, first session 3 August  11 places: 5, 1, 5
  C  Carers Together, Glasgow, first session 7 September  9 places: 6, 3, 0
  D  Living Well, Highland, first session 5 October (after the quarter): 6 places, all completed
Each run has two weekly sessions; everyone who came was marked present at the first one and
the others absent: 32 marks in the quarter, 25 present → 78 %.
Waiting: A's people enrolled 14 days before their first session (three of those who came had
asked for the course 44 days before it); B's 30 days before; C's 14 days. Of the 25 who came:
16 waited 14 days, 6 waited 30, 3 waited 44 → median 14.0.
Still waiting on 30 September: 6 asked in August and wait still, 2 asked in September and were
placed on 5 October; one placed on 1 September and one who asked in October do not count → 8.
Trainers: leads and co-trainers on A, B and C (5 people); a shadow on C and a lead on D do not
count → 5. Volunteers: six logged 18.5 hours in the quarter (one also logged 5 in October).
Confidence, paired (before, end): A (3,6) (4,4) (5,8) (6,7) (2,3) (4,5); B (5,7) (3,5);
C (4,6) (5,5) (6,9).
Equality: A's people are 65 to 74 (the two who did not come prefer not to say), female,
SIMD quintile 1, with a long-term condition (the seven who completed: long-term illness; the
five others: mental health and physical); B's are 55 to 64, male, SIMD quintile 5, no
condition; C's answered nothing.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from courses.models import (
    Attendance,
    ConfidenceRating,
    DemandRequest,
    Enrolment,
    EnrolmentStatus,
    Facilitation,
)
from reports.models import EqualityAnswers, EqualityCondition
from tests.accounts.factories import UserFactory
from tests.courses.factories import (
    AreaFactory,
    ConfidenceScaleFactory,
    CoursePageFactory,
    CourseRunFactory,
    TrainerProfileFactory,
    VenueFactory,
)
from trainers.models import HoursEntry, Volunteer

LONDON = ZoneInfo("Europe/London")
QUARTER = (date(2026, 7, 1), date(2026, 9, 30))
NOW = datetime(2026, 11, 1, 10, 0, tzinfo=LONDON)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=LONDON)


def _run(course, venue, first: date):
    return CourseRunFactory(course=course, venue=venue, sessions=2,
                            sessions__first_session_at=at(first))


def _place(run, outcome: str, waited: int, scale, pair=None, answers=None, conditions=()):
    first = run.sessions.order_by("starts_at").first()
    enrolment = Enrolment.objects.create(
        run=run, user=UserFactory(), confirmed_at=first.starts_at - timedelta(days=waited),
        status=EnrolmentStatus.COMPLETED if outcome == "completed"
        else EnrolmentStatus.NOT_COMPLETED)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        created_at=first.starts_at - timedelta(days=waited))
    Attendance.objects.create(session=first, enrolment=enrolment,
                              status="absent" if outcome == "no" else "present",
                              method="trainer", marked_at=first.starts_at)
    for moment, score in zip(("before", "end"), pair or (), strict=False):
        ConfidenceRating.objects.create(enrolment=enrolment, moment=moment, scale=scale,
                                        score=Decimal(score), answered=6, statements=6)
    if answers is not None:
        record = EqualityAnswers.objects.create(user=enrolment.user, **answers)
        for group in conditions:
            EqualityCondition.objects.create(answers=record, group=group)
    return enrolment


def build_quarter(catalogue) -> dict:
    living_scale, carers_scale = ConfidenceScaleFactory(), ConfidenceScaleFactory()
    living = CoursePageFactory(parent=catalogue, title="Living Well", slug="living-well",
                               confidence_scale=living_scale)
    carers = CoursePageFactory(parent=catalogue, title="Carers Together", slug="carers",
                               confidence_scale=carers_scale)
    glasgow, highland = AreaFactory(name="Glasgow"), AreaFactory(name="Highland")
    in_glasgow, in_highland = VenueFactory(area=glasgow), VenueFactory(area=highland)
    a = _run(living, in_glasgow, date(2026, 7, 6))
    b = _run(living, in_highland, date(2026, 8, 3))
    c = _run(carers, in_glasgow, date(2026, 9, 7))
    d = _run(living, in_highland, date(2026, 10, 5))

    a_pairs = iter([(3, 6), (4, 4), (5, 8), (6, 7), (2, 3), (4, 5)])
    a_people = ["completed"] * 7 + ["came"] * 3 + ["no"] * 2
    for number, outcome in enumerate(a_people):
        answers = {"age_band": "prefer_not" if outcome == "no" else "65_74", "sex": "female",
                   "disability": "yes", "simd_quintile": 1}
        conditions = (["long_term_illness"] if outcome == "completed"
                      else ["mental_health", "physical"])
        place = _place(a, outcome, 14, living_scale, next(a_pairs, None), answers, conditions)
        if number in (0, 1, 7):  # two who completed and one who came had asked earlier
            DemandRequest.objects.create(person=place.user, course=living, area=glasgow,
                                         created_at=at(date(2026, 5, 23)), status="enrolled",
                                         closed_at=at(date(2026, 6, 22)))
    b_pairs = iter([(5, 7), (3, 5)])
    for outcome in ["completed"] * 5 + ["came"] + ["no"] * 5:
        _place(b, outcome, 30, living_scale, next(b_pairs, None),
               {"age_band": "55_64", "sex": "male", "disability": "no", "simd_quintile": 5})
    c_pairs = iter([(4, 6), (5, 5), (6, 9)])
    for outcome in ["completed"] * 6 + ["came"] * 3:
        _place(c, outcome, 14, carers_scale, next(c_pairs, None))
    for _number in range(6):
        _place(d, "completed", 10, living_scale)
    Enrolment.objects.create(run=a, user=UserFactory(), status="waitlisted",
                             waitlisted_at=at(date(2026, 7, 1)))

    for _number in range(6):
        DemandRequest.objects.create(person=UserFactory(), course=living, area=highland,
                                     created_at=at(date(2026, 8, 12)))
    for _number in range(2):
        DemandRequest.objects.create(person=UserFactory(), course=carers, area=glasgow,
                                     created_at=at(date(2026, 9, 2)), status="enrolled",
                                     closed_at=at(date(2026, 10, 5)))
    DemandRequest.objects.create(person=UserFactory(), course=living, area=highland,
                                 created_at=at(date(2026, 8, 2)), status="enrolled",
                                 closed_at=at(date(2026, 9, 1)))
    DemandRequest.objects.create(person=UserFactory(), course=living, area=highland,
                                 created_at=at(date(2026, 10, 10)))

    for run, role in [(a, "lead"), (a, "co_trainer"), (b, "lead"), (b, "co_trainer"),
                      (c, "lead"), (c, "shadow"), (d, "lead")]:
        Facilitation.objects.create(run=run, trainer=TrainerProfileFactory(), role=role)

    for number, hours in enumerate(["3", "2.5", "4", "1", "2", "6"]):
        volunteer = Volunteer.objects.create(user=UserFactory(), status="active",
                                             started_on=date(2026, 1, 1))
        HoursEntry.objects.create(volunteer=volunteer, on=date(2026, 8, 1 + number),
                                  hours=Decimal(hours), role="greeter")
        if number == 0:
            HoursEntry.objects.create(volunteer=volunteer, on=date(2026, 10, 2),
                                      hours=Decimal(5), role="greeter")
    return {"living": living, "carers": carers, "glasgow": glasgow, "highland": highland,
            "runs": (a, b, c, d)}
