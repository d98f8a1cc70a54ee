"""The delivery view of a session under way, with each person's work to follow up: queries for
10 and for 30 participants (they must be equal) and the server's median and p95 time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_delivery \\
        .venv/bin/python bench/delivery_view.py [--repeat 100]

Drops, creates and seeds the database; then makes two runs whose second session started five
minutes ago, led by the demo's Seumas, with 10 and 30 participants. Everyone was marked at
session 1, made an action plan there (two in three shared it with the trainers, and a few have
said how it went already) and some have made this week's. Each person's follow-up work is
added by the functions in ``PER_PERSON`` (action plans, follow-ups after a missed session):
add one there for any new kind so that this benchmark keeps covering the view.
Exits non-zero when the two query counts differ.
"""

import argparse
import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import measure, setup_django, weekly_run  # noqa: E402  (sets the environment)

SIZES = (10, 30)


def add_action_plans(run, places, sessions) -> None:
    """A plan each from session 1 (two in three shared, every fifth reviewed already), and
    this week's from every third person."""
    from courses.models import ActionPlan

    first, second = sessions[0], sessions[1]
    plans = []
    for number, place in enumerate(places):
        reviewed = number % 5 == 0
        plans.append(ActionPlan(
            enrolment=place, session=first, what=f"Walk for {number + 5} minutes",
            how_much="to the corner and back", when="after lunch", how_often="three days",
            confidence=5 + number % 6, shared_with_trainers=number % 3 != 2,
            outcome="partly" if reviewed else "", reviewed_at=second.starts_at if reviewed
            else None, reviewed_in=second if reviewed else None))
        if number % 3 == 0:
            plans.append(ActionPlan(enrolment=place, session=second, what="Read a chapter",
                                    confidence=8, shared_with_trainers=True))
    ActionPlan.objects.bulk_create(plans)


def add_follow_ups(run, places, sessions) -> None:
    """An open follow-up for every fourth person, as if they had missed session 1 and agreed
    to a call (the view links to it), and a closed one for every seventh."""
    from courses.models import FollowUp, FollowUpStatus

    first = sessions[0]
    FollowUp.objects.bulk_create([
        FollowUp(enrolment=place, session=first, last_missed=first,
                 last_missed_at=first.starts_at,
                 status=FollowUpStatus.OPEN if number % 4 == 0 else FollowUpStatus.CLOSED,
                 closed_at=None if number % 4 == 0 else first.ends_at)
        for number, place in enumerate(places) if number % 4 == 0 or number % 7 == 0])


# Each adds one kind of per-person work to a run under way: (run, its places, its sessions).
PER_PERSON = [add_action_plans, add_follow_ups]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.test import Client

    from accounts.models import User
    from trainers.models import TrainerProfile

    seumas = User.objects.get(email="trainer3@example.org")
    client = Client()
    client.force_login(seumas)
    results = {size: measure(client, _session_under_way(size, seumas, TrainerProfile.objects.get(
        user=seumas)), args.repeat) for size in SIZES}
    print("delivery view of a session under way (participants → queries, median ms, p95 ms)")
    for size, (queries, median, p95) in results.items():
        print(f"  {size:>3} participants: {queries:>3} queries, {median:6.1f} ms, {p95:6.1f} ms")
    counts = {queries for queries, _median, _p95 in results.values()}
    print("  same number of queries for every size: " + ("yes" if len(counts) == 1 else "NO"))
    sys.exit(0 if len(counts) == 1 else 1)


def _session_under_way(size: int, trainer, profile) -> str:
    """A run with ``size`` people whose second session started five minutes ago; the URL of
    that session's delivery view."""
    from django.utils import timezone

    from accounts.models import User
    from courses.models import AttendanceStatus, CoursePage, Enrolment, Facilitation, Venue
    from courses.services import attendance

    course = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    run = weekly_run(course, Venue.objects.get(name="Harbourside Hall"), capacity=40,
                     sessions=6, first=timezone.now() - timedelta(weeks=1, minutes=5))
    # Straight to the table: both runs meet at the same time, which the service would refuse.
    Facilitation.objects.create(run=run, trainer=profile, role="lead")
    start = User.objects.count()
    people = User.objects.bulk_create(
        User(email=f"bench-{start + i}@example.org", full_name=f"Person {start + i}",
             password="!") for i in range(size))
    places = Enrolment.objects.bulk_create(Enrolment(run=run, user=user, status="confirmed")
                                           for user in people)
    sessions = list(run.sessions.order_by("starts_at"))
    for place in places:
        attendance.record_attendance(sessions[0], place, AttendanceStatus.PRESENT, by=trainer,
                                     method="trainer")
    for add in PER_PERSON:
        add(run, places, sessions)
    return f"/trainer/sessions/{sessions[1].pk}/"


if __name__ == "__main__":
    main()
