"""The coordinator's home (the Wagtail admin's dashboard with our panels) over 2,000 runs:
queries and server time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_home \\
        .venv/bin/python bench/home.py [--runs 2000] [--renders 50]

Drops, creates and seeds the database, counts the home's queries for the demo coordinator (not
a superuser, but a safeguarding lead, so every panel shows) with the demo and 20 more runs (so
that every panel has something to list), then adds runs up to ``--runs`` more, written
straight to the tables as the 20 were: six weekly sessions each, their first spread over four
months either side of today (some forty sessions a day at 2,000 runs, so today's and
tomorrow's list is full); in every twenty, two drafts (with no sessions, one trainer or no
peer trainer), three finished, one cancelled and fourteen open or closed with two trainers;
ten people on each, a third of the live runs with people waiting and some with offers ending
soon, finished runs with completions (some changed after closing); and, for every open run, a
message given up on, and for some an import waiting, a follow-up and a concern. Then renders
the home ``--renders`` times in-process under production settings. Prints the queries before
and after and the median and p95; exits with 1 when the queries grow or the p95 reaches
300 ms.
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

from follow_ups import queries_for, timings  # noqa: E402
from scheduling_pages import setup_django  # noqa: E402  (sets the environment)

TARGET_MS = 300
PEOPLE_PER_RUN = 10
SMALL = 20  # runs at first, so that every panel has something to list


def add_everything(count: int, batch: str) -> None:
    """``count`` runs with their sessions, trainers and people, and things to do on them;
    ``batch`` keeps the rows' e-mail addresses and keys apart from another batch's."""
    by_status = add_runs(count)
    add_people(by_status, batch)
    add_things_to_do(by_status, batch)


def add_runs(count: int) -> dict[str, list]:
    """``count`` runs of the demo's group courses at its venues, by status, with their
    sessions and trainers. Returns the runs by status."""
    from django.utils import timezone

    from courses.models import CoursePage, CourseRun, Venue

    random.seed(count)
    courses = list(CoursePage.objects.filter(locale__language_code="en", delivery="group"))
    venues = list(Venue.objects.all())
    # In every twenty: two drafts, three finished, one cancelled, four closed, ten open.
    statuses = ["draft"] * 2 + ["finished"] * 3 + ["cancelled"] + ["closed"] * 4 + ["open"] * 10
    runs = CourseRun.objects.bulk_create(
        CourseRun(course=random.choice(courses), venue=random.choice(venues), capacity=12,
                  status=statuses[n % len(statuses)]) for n in range(count))
    today = timezone.now().replace(minute=0, second=0, microsecond=0)
    _add_sessions(runs, today)
    _add_trainers(runs)
    by_status: dict[str, list] = {}
    for run in runs:
        by_status.setdefault(run.status, []).append(run)
    return by_status


def _add_sessions(runs, now) -> None:
    from courses.models import Session

    sessions = []
    for n, run in enumerate(runs):
        if run.status == "draft" and n % 3 == 0:
            continue  # a draft with no sessions yet
        offset = -120 + n * 240 // len(runs) if run.status != "finished" else -160 + n % 40
        if n == 10:
            offset = 0  # one open run meets today, so that even twenty runs fill that list
        first = (now + timedelta(days=offset)).replace(hour=(10, 14, 18)[n % 3])
        sessions += [Session(run=run, starts_at=first + timedelta(weeks=week),
                             ends_at=first + timedelta(weeks=week, hours=2, minutes=30))
                     for week in range(6)]
    Session.objects.bulk_create(sessions, batch_size=5000)


def _add_trainers(runs) -> None:
    """Two trainers (one a peer) on every run but the drafts, which have none, one peer, or
    two professionals."""
    from courses.models import Facilitation
    from trainers.models import TrainerProfile

    peers = list(TrainerProfile.objects.filter(kind="peer"))
    others = list(TrainerProfile.objects.exclude(kind="peer")) or peers
    rows = []
    for n, run in enumerate(runs):
        if run.status == "draft":
            team = [[], [peers[0]], others[:2]][n % 3]
        else:
            team = [peers[n % len(peers)], others[n % len(others)]]
        rows += [Facilitation(run=run, trainer=trainer, role=("lead", "co_trainer")[i])
                 for i, trainer in enumerate(dict.fromkeys(team))]
    Facilitation.objects.bulk_create(rows, batch_size=5000)


def add_people(by_status: dict[str, list], batch: str) -> None:
    """Ten people on each live and finished run, some waiting, some offered; completions on
    the finished runs, a few changed after closing."""
    from django.utils import timezone

    from accounts.models import User
    from courses.models import Enrolment

    now = timezone.now()
    runs = by_status.get("open", []) + by_status.get("closed", []) + by_status["finished"]
    people = User.objects.bulk_create(
        (User(email=f"home-{batch}-{n}@example.org", full_name=f"Home Person {n}",
              password="!")
         for n in range(len(runs) * (PEOPLE_PER_RUN + 3))), batch_size=5000)
    places = []
    for r, run in enumerate(runs):
        group = people[r * (PEOPLE_PER_RUN + 3):(r + 1) * (PEOPLE_PER_RUN + 3)]
        places += [_place(run, person, i, r, now) for i, person in enumerate(group)
                   if i < PEOPLE_PER_RUN or (run.status != "finished" and r % 3 == 0)]
    Enrolment.objects.bulk_create(places, batch_size=5000)


def _place(run, person, i, r, now):
    from courses.models import Enrolment

    if run.status == "finished":
        changed = now - timedelta(days=r % 80) if i == 0 and r % 2 == 0 else None
        return Enrolment(run=run, user=person, status="completed" if i % 4 else "not_completed",
                         completion_changed_at=changed)
    if i >= PEOPLE_PER_RUN:
        return Enrolment(run=run, user=person, status="waitlisted",
                         waitlisted_at=now - timedelta(days=i))
    if i == 0 and r % 7 == 0:
        return Enrolment(run=run, user=person, status="offered",
                         offer_expires_at=now + timedelta(hours=r % 96))
    return Enrolment(run=run, user=person, status="confirmed", confirmed_at=now)


def add_things_to_do(by_status: dict[str, list], batch: str) -> None:
    """Messages given up on, imports waiting, follow-ups and concerns, in the hundreds."""
    from django.db import connection
    from django.utils import timezone

    from accounts.models import User
    from courses.models import Concern, Enrolment, FollowUp, ImportBatch, OutboxMessage, Session

    now = timezone.now()
    coordinator = User.objects.get(email="coordinator@example.org")
    live = by_status["open"]
    OutboxMessage.objects.bulk_create(
        (OutboxMessage(kind="session_reminder", key=f"home-{batch}-{n}", recipient=coordinator,
                       attempts=5, failed_at=now - timedelta(hours=n), last_error="550 gone")
         for n in range(len(live))), batch_size=5000)
    ImportBatch.objects.bulk_create(
        ImportBatch(kind="register", run=run, uploaded_by=coordinator, original_name="a.csv")
        for run in live[::10])
    places = list(Enrolment.objects.filter(run__in=live[::3], status="confirmed")
                  .order_by("run_id", "pk").distinct("run_id"))
    first = {s.run_id: s for s in Session.objects.filter(run__in=live[::3])
             .order_by("run_id", "starts_at").distinct("run_id")}
    FollowUp.objects.bulk_create(
        FollowUp(enrolment=place, session=first[place.run_id], last_missed=first[place.run_id],
                 last_missed_at=first[place.run_id].starts_at) for place in places)
    Concern.objects.bulk_create(
        Concern(enrolment=place, kind="wellbeing", details="Bench.", raised_by=coordinator)
        for place in places[::2])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics after the bulk load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--renders", type=int, default=50)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.test import Client

    from accounts.models import User
    from courses.models import CourseRun, Enrolment, Session

    coordinator = User.objects.get(email="coordinator@example.org")
    assert not coordinator.is_superuser
    client = Client()
    client.force_login(coordinator)
    client.get("/admin/")  # the site's settings and menus, kept after the first page
    add_everything(SMALL, "small")
    few = queries_for(client, "/admin/")
    add_everything(args.runs - SMALL, "large")
    queries = queries_for(client, "/admin/")
    median, p95 = timings(client, "/admin/", args.renders)
    print(f"runs: {CourseRun.objects.count()}, sessions: {Session.objects.count()}, "
          f"enrolments: {Enrolment.objects.count()}; {args.renders} renders, in-process, "
          "production settings, as the demo coordinator (not a superuser)")
    print(f"{'page':<6} {'queries (20 runs)':>17} {'queries':>8} {'median ms':>10} "
          f"{'p95 ms':>8}")
    print(f"{'home':<6} {few:>17} {queries:>8} {median:>10.1f} {p95:>8.1f}")
    print(f"target: p95 under {TARGET_MS} ms, queries not growing with the runs")
    sys.exit(1 if p95 >= TARGET_MS or queries > few else 0)


if __name__ == "__main__":
    main()
