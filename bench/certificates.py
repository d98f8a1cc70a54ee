"""Certificate PDFs: time and memory to draw one, and 500 issued through the task queue.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_certificates \\
    CELERY_BROKER_URL=redis://127.0.0.1:6379/14 \\
        .venv/bin/python bench/certificates.py [--renders 200] [--issue 500]

1. Draws ``--renders`` certificates in-process (names of every length up to 120 characters,
   English and Gaelic) and prints the median and p95 time, the peak Python allocation of one
   render (tracemalloc) and how much the process grew over all of them.
2. Closes a run with ``--issue`` people who completed it: the close writes the certificates and
   the e-mails they owe, and queues one task per e-mail through Redis. A real Celery worker
   (a separate process, production settings) draws each PDF, attaches it and sends it. Prints
   the close's time, the time until the worker has sent everything, and the worker's resident
   memory as the batch goes, which should level off rather than climb.

The database named in DATABASE_URL is dropped and recreated.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import setup_django  # noqa: E402  (sets the environment)

from tests.smtp_sink import SMTPSink, start_smtp_sink  # noqa: E402

PRIVATE = tempfile.mkdtemp(prefix="bench-certificates-")
os.environ["PRIVATE_MEDIA_ROOT"] = PRIVATE
NAMES = ["Ùna Chaimbeul", "Pàdraig Mac Aonghais", "Seònaid NicDhòmhnaill-Chaimbeul",
         "Þórunn Ðórsdóttir Łukasiewicz-Øster",
         ("Seonaidh Ealasaid Mairead Catrìona NicDhòmhnaill-MhicLeòid Ghriogair Oighrig "
          "Beathag Ìseabail Ceit Màiri Sìne Peigi Anna")[:120]]


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench_render(count: int) -> None:
    from datetime import date
    from decimal import Decimal

    from django.utils import timezone

    from courses.models import Certificate
    from courses.services.certificate_pdf import render_pdf

    def certificate(i: int) -> Certificate:
        return Certificate(code=f"BNCH-{i:04d}-TEST", kind="course", name=NAMES[i % len(NAMES)],
                           course_title="Living Well with a Long-Term Condition",
                           language="gd" if i % 2 else "en", started_on=date(2026, 9, 3),
                           finished_on=date(2026, 10, 8), sessions_attended=5, sessions_total=6,
                           trainers="Eilidh NicIllEathain, Iain MacCoinnich",
                           cpd_hours=Decimal("12.5"), co_designed=True, issued_at=timezone.now())

    render_pdf(certificate(0))  # warm up: templates, fonts, translations
    tracemalloc.start()
    render_pdf(certificate(4))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    before = rss_mb()
    times, sizes = [], []
    for i in range(count):
        start = time.perf_counter()
        sizes.append(len(render_pdf(certificate(i))))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"render one certificate ({count} renders): median {statistics.median(times):.0f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1]:.0f} ms, max {times[-1]:.0f} ms; "
          f"PDF {statistics.median(sizes) / 1024:.0f} KiB")
    print(f"  peak Python allocation in one render: {peak / 1024 / 1024:.1f} MiB; process grew "
          f"{rss_mb() - before:+.1f} MiB over {count} renders (RSS {rss_mb():.0f} MiB)")


def completed_run(people: int):
    """A finished two-session run (not yet closed) at which ``people`` came to both sessions."""
    from django.utils import timezone

    from accounts.models import User
    from courses.models import Attendance, CoursePage, CourseRun, Enrolment, Session, Venue

    course = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    start = timezone.now() - timedelta(days=20)
    run = CourseRun.objects.create(course=course, venue=Venue.objects.first(), capacity=people,
                                   status="closed")
    sessions = Session.objects.bulk_create(
        Session(run=run, starts_at=start + timedelta(weeks=n),
                ends_at=start + timedelta(weeks=n, hours=2)) for n in range(2))
    users = User.objects.bulk_create(
        User(email=f"cert-{n}@example.org", full_name=NAMES[n % len(NAMES)], password="!",
             preferred_language="gd" if n % 3 == 0 else "en") for n in range(people))
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(run=run, user=user, status="confirmed", confirmed_at=start) for user in users)
    Attendance.objects.bulk_create(
        Attendance(session=session, enrolment=enrolment, status="present", method="trainer",
                   marked_at=session.starts_at)
        for session in sessions for enrolment in enrolments)
    CoursePage.objects.filter(pk=course.pk).update(completion_min_sessions=2)
    return run


def bench_issue(people: int) -> None:
    from django.conf import settings
    from django.db import transaction

    from courses.models import Certificate, OutboxMessage
    from courses.services import completion

    run = completed_run(people)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.production",
           "CELERY_BROKER_URL": os.environ["CELERY_BROKER_URL"], "EMAIL_HOST": "127.0.0.1",
           "EMAIL_PORT": str(start_smtp_sink()), "EMAIL_USE_TLS": "false"}
    log = open(Path(PRIVATE, "worker.log"), "w+")
    subprocess.run(["redis-cli", "-u", env["CELERY_BROKER_URL"], "flushdb"], check=False,
                   capture_output=True)
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo",
         "--loglevel=WARNING", "--without-heartbeat", "--without-mingle", "--without-gossip"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        time.sleep(4)  # let the worker connect
        idle = rss_mb(worker.pid)
        settings.CELERY_TASK_ALWAYS_EAGER = False
        settings.CELERY_BROKER_URL = env["CELERY_BROKER_URL"]
        from config.celery import app

        app.conf.task_always_eager = False
        app.conf.broker_url = env["CELERY_BROKER_URL"]
        app._pool = None
        app.amqp._producer_pool = None
        start = time.perf_counter()
        with transaction.atomic():
            completion.close_run(run)
            written = time.perf_counter() - start
        closed = time.perf_counter() - start  # the commit runs the hooks that queue the tasks
        owed = OutboxMessage.objects.filter(kind="certificate_issued", sent_at__isnull=True)
        issued = Certificate.objects.filter(enrolment__run=run).count()
        print(f"close a run of {people}: {written:.2f} s to write {issued} certificates and the "
              f"e-mails they owe, {closed - written:.2f} s more to queue {people} tasks in Redis")
        samples, next_mark = [], people // 5
        while owed.exists():
            done = people - owed.count()
            if done >= next_mark:
                samples.append((done, rss_mb(worker.pid)))
                next_mark += people // 5
            if time.perf_counter() - start > 1800 or worker.poll() is not None:
                log.seek(0)
                raise SystemExit("the worker stopped or took over 30 minutes:\n"
                                 + log.read()[-2000:])
            time.sleep(0.2)
        total = time.perf_counter() - start
        samples.append((people, rss_mb(worker.pid)))
        print(f"worker drew, attached and sent {people} certificates in {total:.1f} s "
              f"({total / people * 1000:.0f} ms each, one solo worker)")
        print(f"  worker memory (RSS): idle {idle:.0f} MiB; "
              + ", ".join(f"after {n}: {mb:.0f} MiB" for n, mb in samples))
        stored = len(list(Path(PRIVATE, "certificates").glob("*.pdf")))
        sent = OutboxMessage.objects.filter(kind="certificate_issued", skipped=False,
                                            sent_at__isnull=False).count()
        print(f"  PDFs stored: {stored}; e-mails sent: {sent}; received over SMTP: "
              f"{SMTPSink.received}")
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--issue", type=int, default=500)
    args = parser.parse_args()
    if "CELERY_BROKER_URL" not in os.environ:
        raise SystemExit("set CELERY_BROKER_URL to a Redis database the bench may empty")
    broker = os.environ.pop("CELERY_BROKER_URL")  # set up the demo with tasks run in-process
    setup_django()
    os.environ["CELERY_BROKER_URL"] = broker
    bench_render(args.renders)
    bench_issue(args.issue)


if __name__ == "__main__":
    main()
