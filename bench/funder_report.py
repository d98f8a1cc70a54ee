"""The funder report over 100,000 places and 50,000 people's equality answers: time and queries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_funder \\
        .venv/bin/python bench/funder_report.py [--runs 4000] [--people 25] [--repeat 20]

Drops, creates and seeds the database, then adds ``--runs`` runs whose first sessions fall in
one quarter, ``--people`` places on each (most came, most of those completed, half rated their
confidence before and at the end), equality answers for half the people (a mix, with "prefer
not to say" and questions left out; a third named kinds of condition), requests to hear of a
course, trainers and volunteer hours. The report for the quarter is requested in-process
under production settings as a coordinator: everything, one area, one course, and the XLSX.
Each timed request starts with the suppression cache empty, as a new quarter's report would.
Prints the queries at 500 places and at full size, and the median and p95; exits with 1 when
the queries grow with the places or a p95 reaches 2 s.
"""

import argparse
import os
import random
import sys
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import measure, setup_django  # noqa: E402  (sets the environment)

P95_MS = 2000
QUARTER = "date_from=2026-07-01&date_to=2026-09-30"
FIRST_DAY = datetime(2026, 7, 1, 10, tzinfo=ZoneInfo("Europe/London"))


def fill(runs: int, people: int, *, offset: int = 0) -> None:
    from accounts.models import User
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
    from reports.models import EqualityAnswers, EqualityCondition
    from reports.models.equality import (
        AgeBand,
        ConditionGroup,
        EthnicGroup,
        GenderIdentity,
        Sex,
        UnpaidCarer,
        YesNo,
    )
    from trainers.models import TrainerProfile

    rng = random.Random(20 + offset)
    courses = list(CoursePage.objects.exclude(delivery="self_paced"))
    venues = list(Venue.objects.all())
    trainers = list(TrainerProfile.objects.all())
    scales = {course.pk: course.confidence_scale_id for course in courses}
    for batch in range(0, runs, 200):
        size = min(200, runs - batch)
        new_runs = CourseRun.objects.bulk_create(
            CourseRun(course=courses[(offset + batch + i) % len(courses)],
                      venue=venues[(offset + batch + i) % len(venues)], capacity=30,
                      status="finished") for i in range(size))
        starts = [FIRST_DAY + timedelta(hours=rng.randrange(24 * 88)) for _run in new_runs]
        firsts = Session.objects.bulk_create(
            Session(run=run, starts_at=start, ends_at=start + timedelta(hours=2))
            for run, start in zip(new_runs, starts, strict=True))
        Facilitation.objects.bulk_create(
            Facilitation(run=run, trainer=trainer, role=role) for run in new_runs
            for trainer, role in zip(rng.sample(trainers, 2), ("lead", "co_trainer"),
                                     strict=True))
        users = User.objects.bulk_create(
            User(email=f"f-{run.pk}-{n}@example.org", full_name=f"F {run.pk} {n}", password="!")
            for run in new_runs for n in range(people))
        outcomes = [rng.random() for _user in users]
        enrolments = Enrolment.objects.bulk_create(
            Enrolment(run=new_runs[i // people], user=user,
                      confirmed_at=FIRST_DAY - timedelta(days=20),
                      status="completed" if outcomes[i] < 0.65 else "not_completed")
            for i, user in enumerate(users))
        session_of = {session.run_id: session for session in firsts}
        Attendance.objects.bulk_create(
            Attendance(session=session_of[enrolment.run_id], enrolment=enrolment,
                       status="present" if outcomes[i] < 0.85 else "absent",
                       method="trainer", marked_at=FIRST_DAY)
            for i, enrolment in enumerate(enrolments))
        ratings = []
        for enrolment in enrolments[::2]:
            before = Decimal(rng.randint(10, 80)) / 10
            ratings += [ConfidenceRating(enrolment=enrolment, moment=moment,
                                         scale_id=scales[enrolment.run.course_id],
                                         score=score, answered=6, statements=6)
                        for moment, score in (("before", before),
                                              ("end", min(Decimal(10), before + 1)))]
        ConfidenceRating.objects.bulk_create(ratings)

        def pick(choices, blank=0.15):
            return "" if rng.random() < blank else rng.choice(choices.values)

        answers = EqualityAnswers.objects.bulk_create(
            EqualityAnswers(user=user, age_band=pick(AgeBand), sex=pick(Sex),
                            gender_identity=pick(GenderIdentity), ethnic_group=pick(EthnicGroup),
                            disability=pick(YesNo), unpaid_carer=pick(UnpaidCarer),
                            simd_quintile=rng.choice([None, 1, 2, 3, 4, 5]),
                            urban_rural=rng.choice([None, 1, 2, 3, 4, 5, 6]))
            for user in users[::2])
        EqualityCondition.objects.bulk_create(
            EqualityCondition(answers=record, group=group) for record in answers[::3]
            for group in rng.sample([g for g in ConditionGroup.values if g != "prefer_not"], 2))
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def add_waiting_and_volunteering(requests: int, volunteers: int) -> None:
    from accounts.models import User
    from courses.models import Area, CoursePage, DemandRequest
    from trainers.models import HoursEntry, Volunteer

    rng = random.Random(3)
    courses, areas = list(CoursePage.objects.all()), list(Area.objects.all())
    people = User.objects.bulk_create(User(email=f"w-{n}@example.org", full_name=f"W {n}",
                                           password="!") for n in range(requests + volunteers))
    DemandRequest.objects.bulk_create(
        DemandRequest(person=person, course=rng.choice(courses), area=rng.choice(areas),
                      created_at=FIRST_DAY + timedelta(days=rng.randrange(80)))
        for person in people[:requests])
    helpers = Volunteer.objects.bulk_create(
        Volunteer(user=person, status="active", started_on=date(2026, 1, 1))
        for person in people[requests:])
    HoursEntry.objects.bulk_create(
        HoursEntry(volunteer=helper, on=date(2026, 7, 1) + timedelta(days=rng.randrange(90)),
                   hours=Decimal("2.5"), role="greeter") for helper in helpers for _n in range(4))


def timed(client, url: str, repeat: int) -> tuple[int, float, float]:
    """``measure`` with the suppression cache emptied before each request."""
    from reports.services import suppression

    return measure(client, url, repeat, before=suppression._protected.cache_clear)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4000)
    parser.add_argument("--people", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.test import Client

    from accounts.models import User
    from courses.models import Area, CoursePage, Enrolment
    from reports.models import EqualityAnswers

    client = Client()
    client.force_login(User.objects.get(email="coordinator@example.org"))
    url = f"/admin/funder-report/?{QUARTER}"
    fill(20, args.people)
    small, _median, _p95 = timed(client, url, 1)
    started = time.perf_counter()
    fill(args.runs - 20, args.people, offset=20)
    add_waiting_and_volunteering(5000, 400)
    print(f"filled in {time.perf_counter() - started:.0f} s: "
          f"{Enrolment.objects.filter(run__status='finished').count()} places, "
          f"{EqualityAnswers.objects.count()} people's equality answers")
    area, course = Area.objects.order_by("pk").first(), CoursePage.objects.order_by("pk").first()
    print(f"{'report':<26} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    failed = False
    for label, page in [("the quarter, everywhere", url),
                        ("one area", f"{url}&area={area.pk}"),
                        ("one course", f"{url}&course={course.pk}"),
                        ("XLSX download", f"{url}&download=xlsx"),
                        ("printable, with charts", f"{url}&print=1")]:
        queries, median, p95 = timed(client, page, args.repeat)
        print(f"{label:<26} {queries:>8} {median:>10.0f} {p95:>8.0f}")
        failed |= p95 >= P95_MS
    large, _median, _p95 = timed(client, url, 1)
    print(f"queries at {args.people * 20} places: {small}; at full size: {large}")
    if large != small or failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
