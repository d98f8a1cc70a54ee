"""SQL queries and server time for the course page, a run's page and /my/ as data grows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_pages \\
        .venv/bin/python bench/scheduling_pages.py [--enrolments 100000]

It drops, creates and fills the named database, prints the query count of each page at 10 and at
1,000 runs, then the median and p95 server time of each page with 100,000 enrolments. Pages are
requested in-process through Django's test client under production settings, so the time is
the server's own (routing, queries, templates), without a network or a load generator.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.update({
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "bench-only-" + "x" * 50,
    "ALLOWED_HOSTS": "testserver",
    "SECURE_SSL_REDIRECT": "false",
    "LOG_LEVEL": "WARNING",
})


def recreate_database() -> None:
    """Start from an empty database: drop and create it through the maintenance database."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    with psycopg.connect(host=config["HOST"], port=config["PORT"] or 5432,
                         user=config["USER"], password=config["PASSWORD"], dbname="postgres",
                         autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{config["NAME"]}"')
        connection.execute(f'CREATE DATABASE "{config["NAME"]}"')


def setup_django():
    import django

    recreate_database()
    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    from django.conf import settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("collectstatic", "--noinput", verbosity=0)


def weekly_run(course, venue, *, capacity: int, sessions: int, first=None):
    """An open run with ``sessions`` weekly sessions of 2½ hours, the first at ``first`` (a week
    from now by default). Benchmark set-up only: written straight to the tables, so a run can
    be put in the past."""
    from django.utils import timezone

    from courses.models import CourseRun, Session

    run = CourseRun.objects.create(course=course, venue=venue, capacity=capacity, status="open")
    first = first or (timezone.now() + timedelta(days=7)).replace(hour=10, minute=0, second=0,
                                                                 microsecond=0)
    Session.objects.bulk_create(
        Session(run=run, starts_at=first + timedelta(weeks=week),
                ends_at=first + timedelta(weeks=week, hours=2, minutes=30))
        for week in range(sessions))
    return run


def add_runs(course, venue, count: int) -> list:
    from django.utils import timezone

    from courses.models import CourseRun, Session

    runs = CourseRun.objects.bulk_create(
        CourseRun(course=course, venue=venue, capacity=30, status="open") for _ in range(count))
    start = timezone.now() + timedelta(days=30)
    Session.objects.bulk_create(
        Session(run=run, starts_at=start + timedelta(weeks=week, minutes=index),
                ends_at=start + timedelta(weeks=week, minutes=index, hours=2))
        for index, run in enumerate(runs) for week in range(6))
    return runs


def add_enrolments(runs, total: int) -> None:
    """``total`` enrolments spread over ``runs``, each with its own person."""
    from accounts.models import User
    from courses.models import Enrolment

    batch = 5000
    made = 0
    while made < total:
        size = min(batch, total - made)
        users = User.objects.bulk_create(
            User(email=f"bench-{made + i}@example.org", full_name=f"Bench {made + i}",
                 password="!") for i in range(size))
        Enrolment.objects.bulk_create(
            Enrolment(run=runs[(made + i) % len(runs)], user=user,
                      status="confirmed" if (made + i) % 40 < 30 else "waitlisted",
                      waitlisted_at=None if (made + i) % 40 < 30 else user.date_joined)
            for i, user in enumerate(users))
        made += size
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics after the bulk load

def measure(client, url: str, repeat: int, *, before=None) -> tuple[int, float, float]:
    """Queries of one request, then the median and p95 of ``repeat`` (a streamed response read
    to its end), calling ``before()`` ahead of each request when given (to empty a cache)."""
    from django.db import connection

    client.get(url)  # warm caches and templates
    if before:
        before()
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or
                                    execute(sql, *args)):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(repeat):
        if before:
            before()
        started = time.perf_counter()
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return len(queries), statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enrolments", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()

    from django.test import Client

    from accounts.models import User
    from courses.models import CoursePage, CourseRun, Venue
    from courses.services import enrolment

    course = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    venue = Venue.objects.get(name="Harbourside Hall")
    me = User.objects.get(email="participant@example.org")
    client = Client()
    client.force_login(me)

    runs = add_runs(course, venue, 10)
    for run in runs[:5]:
        enrolment.enrol(run, me)
    pages = {"course page": "/courses/living-well/", "run page": f"/runs/{runs[0].pk}/",
             "/my/": "/my/"}
    counts = {}
    for label, url in pages.items():
        counts[label] = [measure(client, url, 3)[0]]
    runs += add_runs(course, venue, 990)
    for run in runs[5:50]:
        enrolment.enrol(run, me)
    for label, url in pages.items():
        counts[label].append(measure(client, url, 3)[0])

    print(f"runs of the course: {CourseRun.objects.filter(course=course).count()}")
    print(f"{'page':<12} {'queries @10 runs':>17} {'queries @1000 runs':>19}")
    for label, (small, large) in counts.items():
        print(f"{label:<12} {small:>17} {large:>19}")

    add_enrolments(runs, args.enrolments)
    from courses.models import Enrolment

    print(f"\nenrolments: {Enrolment.objects.count()}; "
          f"{args.repeat} requests per page, in-process, production settings")
    print(f"{'page':<12} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    for label, url in pages.items():
        queries, median, p95 = measure(client, url, args.repeat)
        print(f"{label:<12} {queries:>8} {median:>10.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
