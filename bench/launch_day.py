"""Launch day: 300 people in 5 minutes against the whole production shape on this machine.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_launch \\
    CELERY_BROKER_URL=redis://127.0.0.1:6379/12 CACHE_URL=redis://127.0.0.1:6379/11 \\
        .venv/bin/python bench/launch_day.py [--people 300] [--minutes 5] [--soak-minutes 0]

Needs Locust (``pip install -e ".[bench]"``). Drops, creates and seeds the database, empties both
Redis databases, opens three runs of the demo's Living Well course (6 places each) and makes
accounts for the people who will enrol. Then starts gunicorn (production settings, sync workers),
a Celery worker sending to a local SMTP server of ours that counts what arrives, and Locust
(``bench/locustfile.py``) adding one person a second. Afterwards it prints requests per second,
p50/p95/p99 and failures per kind of request, and checks: no failed request, p95 under 1 s for
pages and 2 s for enrolling, nobody overbooked, and every owed e-mail sent exactly once (the
outbox's rows against the SMTP server's count). With ``--soak-minutes`` people then browse at a
steady rate for that long, and the web and Celery workers' memory is printed at the start and
the end. Exits with 1 when a check fails.
"""

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(ROOT)]

from scheduling_pages import recreate_database, weekly_run  # noqa: E402  (sets the environment)
from serving import wait_until_up  # noqa: E402

from tests.smtp_sink import SMTPSink, start_smtp_sink  # noqa: E402

PORT = 8768
PASSWORD = "a long launch-day pass phrase"
PLACES = 6  # on each of the three runs: fewer than the 30 who enrol, so a waiting list forms
PAGE_P95_MS, ENROL_P95_MS = 1000, 2000
POSTS = {"sign up", "log in", "enrol", "withdraw"}


def prepare(people: int) -> tuple[list[int], Path]:
    """The database, three open runs and the enrolling people's accounts."""
    for url in (os.environ["CELERY_BROKER_URL"], os.environ["CACHE_URL"]):
        subprocess.run(["redis-cli", "-u", url, "flushdb"], check=True, capture_output=True)
    recreate_database()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    call_command("collectstatic", "--noinput", verbosity=0)
    from accounts.models import User
    from accounts.services.profile import confirm_email_address
    from courses.models import CoursePage, Venue

    course = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    venue = Venue.objects.get(name="Harbourside Hall")
    runs = [weekly_run(course, venue, capacity=PLACES, sessions=6).pk for _ in range(3)]
    accounts = Path(tempfile.mkdtemp(prefix="launch-")) / "accounts.txt"
    emails = [f"enrol-{n}@example.org" for n in range(max(people // 10, 1) * 2)]
    for email in emails:
        confirm_email_address(User.objects.create_user(email, PASSWORD, full_name=email[:-12]))
    accounts.write_text("\n".join(emails))
    return runs, accounts


def warm_up(runs: list[int], workers: int) -> None:
    """Wait for gunicorn, then have every worker load its templates and caches once, as a
    site that has been up for a while has (the load test is about the crowd, not start-up)."""
    import urllib.request

    pages = ["/", "/courses/", "/courses/living-well/", "/gd/courses/",
             "/courses/living-well/pacing-energy-and-rest/", "/accounts/login/",
             "/accounts/signup/", *[f"/runs/{run}/" for run in runs]]
    wait_until_up(PORT, "/")
    for _ in range(workers * 3):
        for path in pages:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=30).read()


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children_rss(pid: int) -> list[float]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [rss_mb(int(child)) for child in found.split()]


def locust(env: dict, users: int, rate: float, minutes: float, prefix: Path,
           *people: str) -> list[dict]:
    subprocess.run(
        [sys.executable, "-m", "locust", "-f", str(BENCH / "locustfile.py"), *people,
         "--headless",
         "--users", str(users), "--spawn-rate", str(rate), "--run-time", f"{minutes * 60:.0f}s",
         "--host", f"http://127.0.0.1:{PORT}", "--csv", str(prefix), "--only-summary",
         "--loglevel", "WARNING", "--stop-timeout", "30"],
        cwd=ROOT, env=env, check=False, stdout=subprocess.DEVNULL)
    with open(f"{prefix}_stats.csv") as stats:
        return list(csv.DictReader(stats))


def report(rows: list[dict]) -> list[str]:
    print(f"{'request':<26} {'count':>6} {'failed':>6} {'req/s':>6} {'p50':>6} {'p95':>6} "
          f"{'p99':>6}  (ms)")
    problems = []
    for row in rows:
        name = row["Name"]
        print(f"{name:<26} {row['Request Count']:>6} {row['Failure Count']:>6} "
              f"{float(row['Requests/s']):>6.1f} {row['50%']:>6} {row['95%']:>6} {row['99%']:>6}")
        if name == "Aggregated":
            continue
        if int(row["Failure Count"]):
            problems.append(f"{name}: {row['Failure Count']} failed")
        limit = ENROL_P95_MS if name in POSTS else PAGE_P95_MS
        if row["95%"] != "N/A" and float(row["95%"]) > limit:
            problems.append(f"{name}: p95 {row['95%']} ms over {limit} ms")
    return problems


def check_places_and_emails(runs: list[int]) -> list[str]:
    from courses.models import CourseRun, OutboxMessage
    from courses.services.outbox import sweep_outbox

    deadline = time.monotonic() + 180
    owed = OutboxMessage.objects.filter(sent_at__isnull=True, failed_at__isnull=True)
    while owed.exists() and time.monotonic() < deadline:
        time.sleep(2)
    sweep_outbox()  # what a worker missed, as beat's sweep would
    problems = []
    for run in CourseRun.objects.filter(pk__in=runs).with_places():
        waiting = run.enrolments.filter(status="waitlisted").count()
        print(f"run {run.pk}: {run.places_taken} of {run.capacity} places taken, "
              f"{waiting} waiting")
        if run.places_taken > run.capacity:
            problems.append(f"run {run.pk} overbooked: {run.places_taken} > {run.capacity}")
    sent = {str(pk) for pk in OutboxMessage.objects.filter(sent_at__isnull=False, skipped=False)
            .values_list("pk", flat=True)}
    left = OutboxMessage.objects.filter(sent_at__isnull=True).count()
    arrived = SMTPSink.outbox_ids
    print(f"owed e-mails: {len(sent)} sent by the outbox, {len(arrived)} arrived "
          f"({len(set(arrived))} different), {left} not sent; "
          f"{SMTPSink.received - len(arrived)} account e-mails (sign-up confirmations) besides")
    if left or sorted(arrived) != sorted(sent):
        problems.append("not every owed e-mail was sent exactly once")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--soak-minutes", type=float, default=0)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args()
    for name in ("DATABASE_URL", "CELERY_BROKER_URL", "CACHE_URL"):
        if not os.environ.get(name):
            raise SystemExit(f"Set {name} (see the notes at the top of this file).")
    runs, accounts = prepare(args.people)
    env = {**os.environ, "ALLOWED_HOSTS": "127.0.0.1", "CONN_MAX_AGE": "60",
           "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(start_smtp_sink()),
           "EMAIL_USE_TLS": "false", "LAUNCH_RUNS": ",".join(map(str, runs)),
           "LAUNCH_ACCOUNTS": str(accounts), "LAUNCH_PASSWORD": PASSWORD}
    os.environ.update({k: env[k] for k in ("EMAIL_HOST", "EMAIL_PORT", "EMAIL_USE_TLS")})
    from django.conf import settings

    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", int(env["EMAIL_PORT"])
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_USE_TLS = False
    logs = accounts.parent
    web = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
         f"127.0.0.1:{PORT}", "--workers", str(args.workers), "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=open(logs / "web.log", "w"), stderr=subprocess.STDOUT)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--concurrency=2",
         "--loglevel=WARNING", "--without-heartbeat", "--without-mingle", "--without-gossip"],
        cwd=ROOT, env=env, stdout=open(logs / "worker.log", "w"), stderr=subprocess.STDOUT)
    try:
        warm_up(runs, args.workers)
        print(f"{args.people} people over {args.minutes:g} minutes; gunicorn {args.workers} sync "
              f"workers, one Celery worker (2 processes), PostgreSQL and Redis, "
              f"{os.cpu_count()} cores")
        rows = locust(env, args.people, args.people / (args.minutes * 60), args.minutes,
                      logs / "launch")
        problems = report(rows) + check_places_and_emails(runs)
        if args.soak_minutes:
            start = {"web": children_rss(web.pid), "worker": children_rss(worker.pid)}
            soak = locust({**env, "LAUNCH_SOAK": "1"}, 20, 20, args.soak_minutes,
                          logs / "soak", "Visitor")
            end = {"web": children_rss(web.pid), "worker": children_rss(worker.pid)}
            print(f"soak, {args.soak_minutes:g} minutes at a steady 20 people browsing:")
            problems += report(soak)
            for kind in ("web", "worker"):
                print(f"  {kind} processes' memory (MiB): start "
                      f"{', '.join(f'{mb:.0f}' for mb in start[kind])}; end "
                      f"{', '.join(f'{mb:.0f}' for mb in end[kind])}")
    finally:
        web.terminate()
        worker.terminate()
        web.wait(timeout=30)
        worker.wait(timeout=60)
    print(f"logs in {logs}")
    if problems:
        raise SystemExit("\n".join(["FAILED:", *problems]))
    print("no failed requests, no overbooking, every owed e-mail sent once")


if __name__ == "__main__":
    main()
