"""Importing a typed-up paper register of 10,000 rows: the check (preview) and the save.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_register_import \\
        .venv/bin/python bench/register_import.py [--people 400] [--sessions 25]

The database named in DATABASE_URL is dropped, created, migrated and given the demo. A run of
the demo course gets ``--people`` people with places and ``--sessions`` weekly sessions, and the
bench types up its register the way a coordinator would: the register export's headings, one row
per person and session, statuses written out or as letters (P, L, E, A) in any case and with
stray spaces, some rows giving the session number and others only its date and time (in two
date formats), names not quite as stored. The CSV has a byte-order mark and CRLF line ends; the
XLSX has numbers, dates and times as Excel keeps them.

For the CSV, then the XLSX (the run's attendance cleared in between), it prints the seconds and
queries of ``imports.upload`` (reads and checks every row, writes only the batch) and of
``imports.confirm`` (checks the stored file again under locks and saves every mark in one
transaction through ``attendance.record_marks``), then checks that every row is now an
attendance mark made "from a paper register", by the coordinator, with the typed status.
"""

import argparse
import csv
import io
import os
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from exports import prepare_database, use_temp_media  # noqa: E402  (sets the environment)

LONDON = ZoneInfo("Europe/London")
HEADINGS = ["Enrolment number", "Name", "Session number", "Session date", "Starts", "Status"]
FIRST_NAMES = ["Ùna", "Pàdraig", "Seònaid", "Iain", "Mòrag", "Catrìona", "Ruairidh", "Ealasaid",
               "Dòmhnall", "Oighrig", "Tormod", "Beathag"]
SURNAMES = ["Chaimbeul", "Mac Aonghais", "NicDhòmhnaill", "MacCoinnich", "Dhòmhnallach",
            "NicLeòid", "MacLeòid", "Rothach", "Mac an t-Saoir", "NicIllEathain"]
# What a coordinator types for each status, and what it means.
TYPED = [("present", "present"), ("Present", "present"), (" present ", "present"),
         ("P", "present"), ("p", "present"), ("late", "late"), ("L", "late"),
         ("absent", "absent"), ("A", "absent"), ("Absent ", "absent"), ("excused", "excused"),
         ("E", "excused"), ("PRESENT", "present")]


def seed(people: int, sessions: int):
    """A run of the demo course that started ``sessions`` weeks ago, with ``people`` places."""
    from django.utils import timezone

    from accounts.models import User
    from courses.models import CoursePage, CourseRun, Enrolment, Session, Venue

    course = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    run = CourseRun.objects.create(course=course, venue=Venue.objects.get(name="Harbourside Hall"),
                                   capacity=people, status="closed")
    first = datetime.combine((timezone.localtime() - timedelta(weeks=sessions)).date(),
                             datetime.min.time().replace(hour=10), tzinfo=LONDON)
    Session.objects.bulk_create(
        Session(run=run, starts_at=first + timedelta(weeks=n),
                ends_at=first + timedelta(weeks=n, hours=2)) for n in range(sessions))
    users = User.objects.bulk_create(
        User(email=f"register-{n}@example.org", password="!",
             full_name=f"{FIRST_NAMES[n % 12]} {SURNAMES[n // 12 % 10]} {n // 120 or ''}".strip())
        for n in range(people))
    Enrolment.objects.bulk_create(
        Enrolment(run=run, user=user, status="confirmed", confirmed_at=first - timedelta(days=9))
        for user in users)
    return run


def register_rows(run) -> tuple[list[list], dict[tuple[int, int], str]]:
    """The typed-up rows (values as Python objects) and the status each one means."""
    from django.utils import timezone

    sessions = list(run.sessions.order_by("starts_at"))
    enrolments = list(run.enrolments.select_related("user").order_by("pk"))
    rows, meant = [], {}
    for k, session in enumerate(sessions):
        starts = timezone.localtime(session.starts_at)
        for i, enrolment in enumerate(enrolments):
            n = k * len(enrolments) + i
            typed, status = TYPED[(n * 7 + k) % len(TYPED)]
            name = enrolment.user.full_name
            if n % 9 == 0:
                name = name.lower()
            elif n % 11 == 0:
                name = "  " + name.replace(" ", "  ") + " "
            rows.append([
                f" {enrolment.pk} " if n % 13 == 0 else enrolment.pk, name,
                None if n % 5 == 0 else session.pk,  # by date and time only
                starts.date(), starts.time().replace(second=0), typed])
            meant[(session.pk, enrolment.pk)] = status
    return rows, meant


def as_csv(rows: list[list]) -> bytes:
    """As Excel's "CSV UTF-8" saves it: a byte-order mark and CRLF line ends."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(HEADINGS)
    for n, (enrolment, name, session, day, starts, status) in enumerate(rows):
        writer.writerow([enrolment, name, "" if session is None else session,
                         day.strftime("%d/%m/%Y") if n % 2 else day.isoformat(),
                         starts.strftime("%H.%M" if n % 7 == 0 else "%H:%M"), status])
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def as_xlsx(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Register"
    sheet.append(HEADINGS)
    for n, (enrolment, name, session, day, starts, status) in enumerate(rows):
        sheet.append([enrolment, name, session, day,
                      starts.strftime("%H:%M") if n % 3 == 0 else starts, status])
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def timed(callable_, *args, **kwargs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = callable_(*args, **kwargs)
        seconds = time.perf_counter() - started
    return result, seconds, len(queries)


def import_once(label: str, run, content: bytes, filename: str, by, meant: dict) -> tuple:
    from courses.models import Attendance
    from courses.services import imports

    (batch, preview), preview_s, preview_q = timed(imports.upload, "register", run, content,
                                                   filename, by=by)
    if not preview.ok:
        for row in preview.problem_rows[:10]:
            print(f"  row {row.number}: {row.problems}")
        raise SystemExit(f"{label}: {len(preview.problem_rows)} rows have problems")
    saved, confirm_s, confirm_q = timed(imports.confirm, batch, by=by)
    marks = Attendance.objects.filter(session__run=run)
    stored = {(a.session_id, a.enrolment_id): a.status
              for a in marks.filter(method="import", marked_by=by)}
    check = (f"{marks.count():,} attendance rows on the run, {len(stored):,} of them from a paper "
             f"register by the coordinator; statuses as typed: "
             f"{'yes' if stored == meant else 'NO'}")
    return (label, len(content) / 1024, len(preview.rows), preview_s, preview_q, saved,
            confirm_s, confirm_q, check)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=400)
    parser.add_argument("--sessions", type=int, default=25)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    use_temp_media("bench-register-import-")
    prepare_database()
    from django.conf import settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    from accounts.models import User
    from courses.models import Attendance

    run = seed(args.people, args.sessions)
    coordinator = User.objects.get(email="coordinator@example.org")
    rows, meant = register_rows(run)
    files = {"CSV": (as_csv(rows), "register typed up.csv"),
             "XLSX": (as_xlsx(rows), "register typed up.xlsx")}
    results = []
    for label, (content, filename) in files.items():
        Attendance.objects.filter(session__run=run).delete()
        results.append(import_once(label, run, content, filename, coordinator, meant))

    print(f"\nRegister import: {len(rows):,} rows ({args.people} people x {args.sessions} "
          f"sessions), PostgreSQL on the same machine, {os.cpu_count()} cores")
    print(f"{'file':<6} {'KiB':>6} {'rows':>7} {'preview s':>10} {'queries':>8} "
          f"{'saved':>7} {'confirm s':>10} {'queries':>8}")
    for label, kib, checked, preview_s, preview_q, saved, confirm_s, confirm_q, _c in results:
        print(f"{label:<6} {kib:>6.0f} {checked:>7,} {preview_s:>10.2f} {preview_q:>8} "
              f"{saved:>7,} {confirm_s:>10.2f} {confirm_q:>8}")
    print("(confirm reads and checks the stored file again before it saves)")
    print("\nChecks:")
    for label, *_figures, check in results:
        print(f"  {label}: {check}")


if __name__ == "__main__":
    main()
