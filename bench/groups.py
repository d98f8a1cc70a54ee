"""A peer support group's pages with a year of meetings: queries and server time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_groups \\
        .venv/bin/python bench/groups.py [--weeks 52] [--members 40] [--renders 50]

Drops, creates and seeds the database, counts the queries of the demo walking group's pages
(its public page, the groups list, its calendar feed and its organiser's page) with the few
meetings the demo has, then gives the group ``--members`` more members and ``--weeks`` more
weekly meetings in the past, each recorded with most members by name and some visitors, and
renders each page ``--renders`` times in-process under production settings. Prints the
queries before and after and the median and p95 of each; exits with 1 when any page's queries
grow with the meetings.
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

from scheduling_pages import setup_django  # noqa: E402  (sets the environment)

GROUP = "Riverside Walking Group"
ORGANISER = "demo-participant-03@example.org"


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


def add_a_year(group, weeks: int, members: int) -> int:
    """``members`` more members and ``weeks`` weekly meetings before the group's first, each
    with who came, written straight to the tables. Returns the group's meetings now."""
    from datetime import timedelta

    from django.db import connection

    from accounts.models import User
    from community.models import GroupMeeting, GroupMembership, MeetingAttendance

    first = group.meetings.order_by("starts_at").first()
    joined = first.starts_at - timedelta(weeks=weeks + 1)
    people = User.objects.bulk_create(
        User(email=f"group-member-{n}@example.org", full_name=f"Group Member {n}", password="!")
        for n in range(members))
    memberships = GroupMembership.objects.bulk_create(
        GroupMembership(group=group, person=person, status="member", asked_at=joined,
                        joined_at=joined) for person in people)
    meetings = GroupMeeting.objects.bulk_create(
        GroupMeeting(group=group, on=(first.starts_at - timedelta(weeks=week)).date(),
                     starts_at=first.starts_at - timedelta(weeks=week),
                     ends_at=first.ends_at - timedelta(weeks=week),
                     members_present=members - week % 5, visitors=week % 4,
                     recorded_at=first.ends_at - timedelta(weeks=week))
        for week in range(1, weeks + 1))
    MeetingAttendance.objects.bulk_create(
        (MeetingAttendance(meeting=meeting, membership=membership)
         for number, meeting in enumerate(meetings, start=1)
         for membership in memberships[:members - number % 5]), batch_size=5000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return group.meetings.count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--members", type=int, default=40)
    parser.add_argument("--renders", type=int, default=50)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.test import Client

    from accounts.models import User
    from community.models import SupportGroup

    group = SupportGroup.objects.get(name=GROUP)
    visitor, organiser = Client(), Client()
    organiser.force_login(User.objects.get(email=ORGANISER))
    pages = {"group page": (visitor, f"/groups/{group.pk}/"),
             "groups list": (visitor, "/groups/"),
             "calendar": (visitor, f"/groups/{group.pk}/calendar.ics"),
             "organise": (organiser, f"/groups/{group.pk}/organise/")}
    for client, url in pages.values():
        client.get(url)  # the site's settings and menu, kept after the first page
    few = {label: queries_for(client, url) for label, (client, url) in pages.items()}
    meetings = add_a_year(group, args.weeks, args.members)
    print(f"{GROUP}: {meetings} meetings, {group.memberships.count()} members; "
          f"{args.renders} renders each, in-process, production settings")
    print(f"{'page':<12} {'queries (few)':>13} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    failed = False
    for label, (client, url) in pages.items():
        queries = queries_for(client, url)
        median, p95 = timings(client, url, args.renders)
        print(f"{label:<12} {few[label]:>13} {queries:>8} {median:>10.1f} {p95:>8.1f}")
        failed |= queries > few[label]
    print("target: queries not growing with the meetings")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
