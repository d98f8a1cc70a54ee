"""Queries and server time for the trainer's dashboard and delivery view as their work grows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_trainer \\
        .venv/bin/python bench/trainer_pages.py

Drops, creates and seeds the database; then measures the delivery view of a session with 5 and
with 30 participants, and the dashboard of a trainer with 10 and with 200 past sessions (each
with its register taken), in-process under production settings.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import measure, setup_django, weekly_run  # noqa: E402  (sets the environment)


def main() -> None:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.test import Client
    from django.utils import timezone

    from accounts.models import User
    from courses.models import AttendanceStatus, CoursePage, Enrolment, Session, Venue
    from courses.services import attendance, scheduling
    from trainers.models import TrainerProfile

    course = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    venue = Venue.objects.get(name="Harbourside Hall")
    tara = User.objects.get(email="trainer3@example.org")
    profile = TrainerProfile.objects.get(user=tara)
    client = Client()
    client.force_login(tara)

    def people(count: int) -> list[User]:
        start = User.objects.count()
        return User.objects.bulk_create(
            User(email=f"bench-{start + i}@example.org", full_name=f"Person {start + i}",
                 password="!") for i in range(count))

    def delivered_run(first: timezone.datetime, sessions: int, with_people: int):
        run = weekly_run(course, venue, capacity=40, sessions=sessions, first=first)
        scheduling.assign_trainer(run, profile, "lead")
        Enrolment.objects.bulk_create(Enrolment(run=run, user=user, status="confirmed")
                                      for user in people(with_people))
        return run

    def take_registers(run) -> None:
        for session in run.sessions.filter(starts_at__lt=timezone.now()):
            for enrolment in run.enrolments.all():
                attendance.record_attendance(session, enrolment, AttendanceStatus.PRESENT,
                                             by=tara, method="trainer")

    now = timezone.now()
    small = delivered_run(now - timedelta(minutes=5), 1, 5)
    large = delivered_run(now + timedelta(days=400), 1, 30)
    take_registers(small)
    delivery = {5: f"/trainer/sessions/{small.sessions.get().pk}/",
                30: f"/trainer/sessions/{large.sessions.get().pk}/"}
    print("delivery view (participants → queries, median ms, p95 ms)")
    for count, url in delivery.items():
        queries, median, p95 = measure(client, url, 100)
        print(f"  {count:>3} participants: {queries:>3} queries, {median:6.1f} ms, {p95:6.1f} ms")

    def past_sessions() -> int:
        return Session.objects.filter(run__facilitations__trainer=profile,
                                      ends_at__lt=now).count()

    print("dashboard (past sessions → queries, median ms, p95 ms)")
    weeks = 0
    for target in (10, 200):
        while past_sessions() < target:
            weeks += 6
            run = delivered_run(now - timedelta(weeks=300 - weeks), 5, 12)
            take_registers(run)
        queries, median, p95 = measure(client, "/trainer/", 100)
        print(f"  {past_sessions():>3} past sessions: {queries:>3} queries, "
              f"{median:6.1f} ms, {p95:6.1f} ms")


if __name__ == "__main__":
    main()
