"""The coordinators' demand report over 50,000 waiting requests: queries and time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_demand \\
        .venv/bin/python bench/demand.py [--requests 50000] [--repeat 30]

Drops, creates and seeds the database, adds ten more group courses and thirty areas, then
requests from people spread over them (every language, half of them happy to go online). The
report (Reports → Demand for courses) is rendered as a coordinator at 500 requests and again at
``--requests``, and fails unless both take the same number of queries and the p95 at full size
is under 200 ms.
"""

import argparse
import os
import random
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import measure, setup_django  # noqa: E402  (sets the environment)

P95_MS = 200
URL = "/admin/demand/"


def add_courses_and_areas(courses: int, areas: int) -> tuple[list, list]:
    from cms.translation import originals
    from courses.models import Area, CourseIndexPage, CoursePage

    catalogue = CourseIndexPage.objects.filter(locale__language_code="en").get()
    for number in range(courses):
        catalogue.add_child(instance=CoursePage(
            title=f"Bench course {number}", slug=f"bench-course-{number}", summary="Bench.",
            audience="long_term_conditions", session_count=6))
    for number in range(areas):
        Area.objects.create(name=f"Bench area {number}", slug=f"bench-area-{number}")
    return (list(originals(CoursePage.objects).exclude(delivery="self_paced")),
            list(Area.objects.all()))


def add_requests(count: int, courses: list, areas: list, *, start: int) -> None:
    """``count`` waiting requests from as many new people, made over the past year."""
    from django.utils import timezone

    from accounts.models import User
    from courses.models import DemandRequest

    random.seed(start)
    now = timezone.now()
    for offset in range(start, start + count, 5000):
        size = min(5000, start + count - offset)
        people = User.objects.bulk_create(
            User(email=f"d-{offset + n}@example.org", full_name=f"D {offset + n}",
                 password="!", phone="+447911000000", contact_channels=["text"])
            for n in range(size))
        DemandRequest.objects.bulk_create(
            DemandRequest(person=person, course=random.choice(courses),
                          area=random.choice(areas), language=random.choice(["en", "gd", "bsl"]),
                          times=random.choice(["daytime", "evening", "either"]),
                          online_ok=random.random() < 0.5,
                          created_at=now - timedelta(minutes=random.randint(0, 525_000)))
            for person in people)
    from django.db import connection

    with connection.cursor() as cursor:  # as autovacuum would, after so many new rows
        cursor.execute("VACUUM ANALYZE courses_demandrequest")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.test import Client

    from accounts.models import User
    from courses.models import DemandRequest

    courses, areas = add_courses_and_areas(10, 30)
    client = Client()
    client.force_login(User.objects.get(email="coordinator@example.org"))
    small = min(500, args.requests)
    print(f"{len(courses)} courses, {len(areas)} areas")
    print(f"{'waiting requests':>16} {'rows':>6} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    results = []
    for size in sorted({small, args.requests}):
        add_requests(size - DemandRequest.objects.count(), courses, areas,
                     start=DemandRequest.objects.count())
        queries, median, p95 = measure(client, URL, args.repeat)
        rows = len(DemandRequest.objects.active().by_course_and_area())
        results.append((queries, p95))
        print(f"{DemandRequest.objects.active().count():>16} {rows:>6} {queries:>8} "
              f"{median:>10.0f} {p95:>8.0f}")
    if len({queries for queries, _p95 in results}) != 1:
        raise SystemExit("The report's query count grows with the number of requests.")
    if results[-1][1] > P95_MS:
        raise SystemExit(f"p95 above {P95_MS} ms.")


if __name__ == "__main__":
    main()
