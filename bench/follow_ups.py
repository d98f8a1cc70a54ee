"""The coordinators' list of follow-ups (Reports → Follow-ups) with many tasks: queries and
server time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_follow_ups \\
        .venv/bin/python bench/follow_ups.py [--tasks 10000] [--renders 30]

Drops, creates and seeds the database, counts the list's queries with the demo's few tasks,
then adds ``--tasks`` follow-ups (each for its own person, on runs of six sessions: a third
closed with an outcome, one in five urgent, some given to a volunteer) and renders the list
``--renders`` times as the demo coordinator (not a superuser), in-process under production
settings: the open tasks (what a coordinator sees first) and all of them, on their first page.
Prints the queries and the median and p95 of each; exits with 1 when a p95 reaches 200 ms or
the queries grow with the tasks.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import add_runs, setup_django  # noqa: E402  (sets the environment)

TARGET_MS = 200
PAGES = {"open": "/admin/follow-ups/", "all": "/admin/follow-ups/?status=all"}


def queries_for(client, url: str) -> int:
    from django.db import connection

    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or
                                    execute(sql, *args)):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def timings(client, url: str, renders: int) -> tuple[float, float]:
    times = []
    for _ in range(renders):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[max(int(len(times) * 0.95) - 1, 0)]


def add_tasks(count: int) -> None:
    """``count`` follow-ups, each on its own person's place, written straight to the tables."""
    from django.db import connection
    from django.utils import timezone

    from accounts.models import User
    from courses.models import (
        ClosedBecause,
        CoursePage,
        Enrolment,
        FollowUp,
        FollowUpOutcome,
        Session,
        Venue,
    )

    course = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    runs = add_runs(course, Venue.objects.get(name="Harbourside Hall"), max(count // 20, 1))
    first_session = {}
    for session in Session.objects.filter(run__in=runs).order_by("starts_at"):
        first_session.setdefault(session.run_id, session)
    volunteer = User.objects.get(email="volunteer@example.org")
    people = User.objects.bulk_create(
        User(email=f"follow-up-{n}@example.org", full_name=f"Follow Up {n}", password="!")
        for n in range(count))
    places = Enrolment.objects.bulk_create(
        Enrolment(run=runs[n % len(runs)], user=person, status="confirmed")
        for n, person in enumerate(people))
    now = timezone.now()
    FollowUp.objects.bulk_create([_task(n, place, first_session[place.run_id], volunteer, now,
                                        FollowUpOutcome, ClosedBecause)
                                  for n, place in enumerate(places)], batch_size=2000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics after the bulk load


def _task(n, place, session, volunteer, now, outcomes, because):
    from courses.models import FollowUp

    closed = n % 3 == 0
    return FollowUp(
        enrolment=place, session=session, last_missed=session, last_missed_at=session.starts_at,
        priority=2 if n % 5 == 0 else 1, status="closed" if closed else "open",
        volunteer=volunteer if n % 7 == 0 else None,
        outcome=outcomes.LEFT_MESSAGE if closed else "", closed_at=now if closed else None,
        closed_because=because.OUTCOME if closed else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--renders", type=int, default=30)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.test import Client

    from accounts.models import User
    from courses.models import FollowUp

    coordinator = User.objects.get(email="coordinator@example.org")
    assert not coordinator.is_superuser
    client = Client()
    client.force_login(coordinator)
    few = {label: queries_for(client, url) for label, url in PAGES.items()}
    add_tasks(args.tasks)
    total, still_open = FollowUp.objects.count(), FollowUp.objects.filter(status="open").count()
    print(f"follow-ups: {total} ({still_open} open); {args.renders} renders each, in-process, "
          "production settings, as a coordinator who is not a superuser")
    print(f"{'list':<6} {'queries (few)':>13} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    failed = False
    for label, url in PAGES.items():
        queries = queries_for(client, url)
        median, p95 = timings(client, url, args.renders)
        print(f"{label:<6} {few[label]:>13} {queries:>8} {median:>10.1f} {p95:>8.1f}")
        failed |= p95 >= TARGET_MS or queries > few[label]
    print(f"target: p95 under {TARGET_MS} ms, queries not growing with the tasks")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
