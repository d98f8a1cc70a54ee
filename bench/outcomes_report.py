"""The coordinators' outcomes report over 100,000 ratings in 2,000 runs: time and queries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_outcomes \\
        .venv/bin/python bench/outcomes_report.py [--runs 2000] [--people 25]

Drops, creates and seeds the database, then adds ``--runs`` runs with ``--people`` people each;
everyone rates before and at the end (2 × runs × people ratings) and most attend. The report is
requested in-process under production settings, grouped by course, by area and by run, as the
admin page and as a CSV download. The figures are aggregated in SQL: the query count does not
depend on the number of rows.
"""

import argparse
import os
import random
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import measure, setup_django  # noqa: E402  (sets the environment)


def fill(runs: int, people: int) -> None:
    from django.utils import timezone

    from accounts.models import User
    from courses.models import (
        Attendance,
        ConfidenceRating,
        CoursePage,
        CourseRun,
        Enrolment,
        Session,
        Venue,
    )

    random.seed(7)
    courses = list(CoursePage.objects.exclude(delivery="self_paced"))
    venues = list(Venue.objects.all())
    start = timezone.now() - timedelta(days=200)
    new_runs = CourseRun.objects.bulk_create(
        CourseRun(course=courses[i % len(courses)], venue=venues[i % len(venues)], capacity=30,
                  status="finished") for i in range(runs))
    sessions = Session.objects.bulk_create(
        Session(run=run, starts_at=start + timedelta(hours=i), ends_at=start + timedelta(
            hours=i, minutes=90)) for i, run in enumerate(new_runs))
    scales = {course.pk: course.confidence_scale_id for course in courses}
    for offset in range(0, runs, 200):
        batch_runs = new_runs[offset:offset + 200]
        users = User.objects.bulk_create(
            User(email=f"o-{run.pk}-{n}@example.org", full_name=f"O {run.pk} {n}", password="!")
            for run in batch_runs for n in range(people))
        enrolments = Enrolment.objects.bulk_create(
            Enrolment(run=batch_runs[i // people], user=user, confirmed_at=timezone.now(),
                      status="completed" if random.random() < 0.7 else "not_completed")
            for i, user in enumerate(users))
        ratings = []
        for enrolment in enrolments:
            before = Decimal(random.randint(10, 80)) / 10
            end = min(Decimal(10), before + Decimal(random.randint(-10, 30)) / 10)
            scale = scales[enrolment.run.course_id]
            ratings += [ConfidenceRating(enrolment=enrolment, moment=moment, scale_id=scale,
                                         score=value, answered=6, statements=6)
                        for moment, value in (("before", before), ("end", end))]
        ConfidenceRating.objects.bulk_create(ratings)
        session_of = {s.run_id: s for s in sessions[offset:offset + 200]}
        Attendance.objects.bulk_create(
            Attendance(session=session_of[e.run_id], enrolment=e, status="present",
                       method="trainer", marked_at=timezone.now())
            for e in enrolments if random.random() < 0.9)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--people", type=int, default=25)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.test import Client

    from accounts.models import User
    from courses.models import ConfidenceRating, CourseRun

    started = time.perf_counter()
    fill(args.runs, args.people)
    print(f"filled in {time.perf_counter() - started:.0f} s: "
          f"{CourseRun.objects.count()} runs, {ConfidenceRating.objects.count()} ratings")
    client = Client()
    client.force_login(User.objects.get(email="coordinator@example.org"))
    print(f"{'report':<28} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    for label, url, repeat in [
        ("page, by course", "/admin/outcomes/?group_by=course", 20),
        ("page, by area", "/admin/outcomes/?group_by=area", 20),
        ("page, by run (2,000 rows)", "/admin/outcomes/?group_by=run", 5),
    ]:
        queries, median, p95 = measure(client, url, repeat)
        print(f"{label:<28} {queries:>8} {median:>10.0f} {p95:>8.0f}")
    started = time.perf_counter()
    response = client.get("/admin/outcomes/?group_by=run&download=csv")
    lines = b"".join(response.streaming_content).count(b"\n")
    print(f"CSV by run: {lines - 1} rows in {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
