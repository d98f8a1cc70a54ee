"""200 people press "Enrol" at once: gunicorn on PostgreSQL, then check nobody was overbooked.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_load \\
        .venv/bin/python bench/enrol_load.py [--people 200] [--places 12]

It drops, creates and seeds the named database, makes a run with ``--places`` places and
``--people`` logged-in people, starts gunicorn (production settings, one sync worker per
request slot), fires every enrol request at the same moment from as many threads, and prints
throughput, latency and the invariant (confirmed ≤ places) read back from the database.
"""

import argparse
import http.client
import os
import secrets
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
PORT = 8766
ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "bench-only-" + "x" * 50,
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "false",
    "LOG_LEVEL": "WARNING",
    "EMAIL_HOST": "",
}
os.environ.update(ENV)


def prepare(people: int, places: int) -> tuple[int, list[str]]:
    """A fresh database with an open run; returns its id and one session cookie per person."""
    from scheduling_pages import recreate_database, weekly_run

    recreate_database()
    import django

    django.setup()
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from accounts.models import User
    from courses.models import CoursePage, Venue

    call_command("migrate", "--noinput", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    call_command("collectstatic", "--noinput", verbosity=0)
    run = weekly_run(CoursePage.objects.filter(locale__language_code="en").get(slug="living-well"),
                     Venue.objects.get(name="Harbourside Hall"), capacity=places, sessions=6)
    cookies = []
    for number in range(people):
        user = User.objects.create_user(f"load-{number}@example.org", "x",
                                        full_name=f"Load {number}")
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
        cookies.append(session.session_key)
    return run.pk, cookies


def enrol(run_id: int, session_key: str, start: threading.Barrier, results: list) -> None:
    csrf = secrets.token_hex(16)  # an unmasked 32-character token matches its cookie
    body = f"csrfmiddlewaretoken={csrf}&access_needs="
    headers = {"Cookie": f"sessionid={session_key}; csrftoken={csrf}",
               "Content-Type": "application/x-www-form-urlencoded"}
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    start.wait()
    began = time.perf_counter()
    connection.request("POST", f"/runs/{run_id}/enrol/", body=body, headers=headers)
    status = connection.getresponse().status
    results.append((status, time.perf_counter() - began))
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--places", type=int, default=12)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    run_id, cookies = prepare(args.people, args.places)

    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
         f"127.0.0.1:{PORT}", "--workers", str(args.workers), "--log-level", "warning",
         "--backlog", "2048"], cwd=ROOT, env={**os.environ, **ENV})
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/health/")
                break
            except OSError:
                time.sleep(0.2)
        results: list = []
        start = threading.Barrier(len(cookies) + 1)
        threads = [threading.Thread(target=enrol, args=(run_id, key, start, results))
                   for key in cookies]
        for thread in threads:
            thread.start()
        start.wait()
        began = time.perf_counter()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
    finally:
        server.terminate()
        server.wait()

    from courses.models import CourseRun, EnrolmentStatus

    run = CourseRun.objects.get(pk=run_id)
    statuses = list(run.enrolments.values_list("status", flat=True))
    latencies = sorted(latency * 1000 for _status, latency in results)
    codes = sorted({status for status, _latency in results})
    confirmed = statuses.count(EnrolmentStatus.CONFIRMED)
    print(f"{len(results)} enrol requests at once, {args.workers} gunicorn sync workers, "
          f"{os.cpu_count()} cores, PostgreSQL")
    print(f"HTTP statuses: {codes} (302 = enrolled or waitlisted, then redirected)")
    print(f"throughput: {len(results) / elapsed:.1f} requests/s over {elapsed:.2f} s")
    print(f"latency: median {statistics.median(latencies):.0f} ms, "
          f"p95 {latencies[int(len(latencies) * 0.95) - 1]:.0f} ms, max {latencies[-1]:.0f} ms")
    print(f"confirmed {confirmed} of {run.capacity} places; "
          f"waitlisted {statuses.count(EnrolmentStatus.WAITLISTED)}; rows {len(statuses)}")
    print("invariant confirmed <= places:", "HOLDS" if confirmed <= run.capacity else "BROKEN")


if __name__ == "__main__":
    main()
