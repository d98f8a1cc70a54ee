"""The last full quarter in the demo, so the funder report opens on real-looking figures: four
runs that finished then (Highland, Glasgow, Aberdeen and online), 48 people who took part,
their registers, their confidence before and at the end, and most of their equality answers.

These people stand for a network's earlier records, typed up: they have no login and are
never printed as demo accounts, and their runs are written as they ended (no certificates or
messages go out for a quarter that is over). Registered with ``courses.demo`` after the
equality part, whose lookups their postcodes use; safe to run again."""

from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from accounts.models import User
from cms.translation import originals
from courses.models import (
    Attendance,
    ConfidenceRating,
    CoursePage,
    CourseRun,
    Enrolment,
    Facilitation,
    Session,
    Venue,
)
from reports.demo import ANSWERS, LOOKUP
from reports.services import equality
from reports.services.equality import EqualityDetails
from reports.services.funder_report import last_full_quarter
from trainers.models import TrainerProfile

LONDON = ZoneInfo("Europe/London")
MARKER = "quarter-history"  # in these people's e-mail addresses, so a second run adds none
FIRST_NAMES = ["Morag", "Iain", "Catriona", "Alasdair", "Fiona", "Ruaridh", "Eilidh", "Angus",
               "Kirsteen", "Lachlan", "Mhairi", "Calum"]
SURNAMES = ["MacDonald", "Campbell", "Stewart", "Robertson"]
# (venue: the area's name, or "Online"; weeks into the quarter; places; how many completed;
# how many came without completing)
RUNS = [("Highland", 1, 14, 10, 2), ("Glasgow", 3, 13, 9, 2), ("Aberdeen", 5, 11, 7, 3),
        ("Online", 7, 10, 6, 2)]


def seed_last_quarter(people: dict[str, User]) -> None:
    if User.objects.filter(email__contains=MARKER).exists():
        return
    start, _end = last_full_quarter()
    course = originals(CoursePage.objects).get(slug="living-well")
    trainers = list(TrainerProfile.objects.order_by("pk")[:4])
    number = 0
    for place_name, week, places, completed, came in RUNS:
        venue = (Venue.objects.filter(is_online=True) if place_name == "Online"
                 else Venue.objects.filter(area__name=place_name)).first()
        run = _finished_run(course, venue, start + timedelta(weeks=week), trainers, week)
        for seat in range(places):
            outcome = ("completed" if seat < completed else
                       "came" if seat < completed + came else "no")
            _place(run, outcome, number)
            number += 1


def _finished_run(course, venue, first_day, trainers, week) -> CourseRun:
    run = CourseRun.objects.create(course=course, venue=venue, capacity=16, status="finished")
    first = datetime.combine(first_day, time(10, 0), tzinfo=LONDON)
    Session.objects.bulk_create(
        Session(run=run, starts_at=first + timedelta(weeks=n),
                ends_at=first + timedelta(weeks=n, minutes=course.session_minutes))
        for n in range(course.session_count))
    lead, co = trainers[week % len(trainers)], trainers[(week + 1) % len(trainers)]
    Facilitation.objects.bulk_create([Facilitation(run=run, trainer=lead, role="lead"),
                                      Facilitation(run=run, trainer=co, role="co_trainer")])
    return run


def _place(run: CourseRun, outcome: str, number: int) -> None:
    sessions = list(run.sessions.order_by("starts_at"))
    person = User.objects.create_user(
        email=f"{MARKER}-{number:02d}@example.org", password=None,
        full_name=f"{FIRST_NAMES[number % 12]} {SURNAMES[number // 12 % 4]}")
    place = Enrolment.objects.create(
        run=run, user=person, status="completed" if outcome == "completed" else "not_completed",
        confirmed_at=sessions[0].starts_at - timedelta(days=10 + number % 20))
    Enrolment.objects.filter(pk=place.pk).update(created_at=place.confirmed_at)
    came = {"completed": len(sessions) - number % 2, "came": 2, "no": 0}[outcome]
    Attendance.objects.bulk_create(
        Attendance(session=session, enrolment=place, method="trainer",
                   status="present" if n < came else "absent", marked_at=session.ends_at)
        for n, session in enumerate(sessions))
    if outcome == "completed" and number % 5:
        scale = run.course.specific.confidence_scale
        before = Decimal(3 + number % 4)
        for moment, score, when in (("before", before, sessions[0].starts_at),
                                    ("end", before + 1 + number % 3, sessions[-1].ends_at)):
            ConfidenceRating.objects.create(enrolment=place, moment=moment, scale=scale,
                                            score=score, answered=6, statements=6,
                                            created_at=when, updated_at=when)
    if number % 6 != 5:  # one in six left the questions alone
        answers = dict(ANSWERS[number % len(ANSWERS)])
        if "postcode" in answers:
            answers["postcode"] = list(LOOKUP)[number % len(LOOKUP)]
        equality.save_answers(person, EqualityDetails(**answers), consented=True)
