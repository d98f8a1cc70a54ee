"""Large attendance exports written in the background: time and worker memory, CSV and XLSX.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_exports \\
        .venv/bin/python bench/exports.py [--sizes 100000 1000000] [--formats csv xlsx]

The database named in DATABASE_URL is dropped, created, migrated and given the demo. Then SQL
(``generate_series``) adds a benchmark course with as many attendance rows as the largest size:
20 people and 10 weekly sessions a run, every size in its own year, so that each smaller size is
the rows of the course up to the end of its year. Each export goes through
``build_export("attendance", {course, dates_from, dates_to})``.

For CSV it also writes the same query's rows with nothing but ``csv.writer`` over
``values_list`` (the floor) in a fresh process the same way, and prints how many times longer
the export takes (the target is at most twice).

For every size and format the bench records a queued export as ``start_export`` does and runs
``write_export_file`` in a fresh Python process, as a worker would. It prints the seconds the
export took in that process, rows per second, the process's peak resident memory (``ru_maxrss``
at the end), how far that is above its baseline (after ``django.setup()`` and importing the
export code, before the export), and the size of the file. Peak memory should be about the same
for every size. Then it counts the data rows in each file (CSV with the csv module, XLSX with
openpyxl in read-only mode) and reports any temporary files the worker left behind.

The workers are started through a small launcher process started before Django is imported:
on Linux a child inherits its parent's peak RSS through fork and exec, so workers started by
this (larger) process would report its peak instead of their own.
"""

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from math import ceil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import recreate_database  # noqa: E402  (sets the environment)

SESSIONS, PEOPLE = 10, 20  # per run: 200 attendance rows
PEOPLE_TOTAL = 20_000  # people come back for other runs
FIRST_DAY = datetime(2010, 1, 4, 10, tzinfo=UTC)
NAMES = ["Ùna Chaimbeul", "Pàdraig Mac Aonghais", "Seònaid NicDhòmhnaill", "Iain MacCoinnich",
         "Mòrag Dhòmhnallach", "Catrìona NicLeòid"]
LAUNCHER = """
import json, subprocess, sys
for line in sys.stdin:
    args, env = json.loads(line)
    started = __import__("time").perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    wall = __import__("time").perf_counter() - started
    print(json.dumps([done.returncode, done.stdout, done.stderr, wall]), flush=True)
"""


def use_temp_media(prefix: str) -> str:
    """Keep uploaded, exported and demo files out of the checkout."""
    folder = tempfile.mkdtemp(prefix=prefix)
    os.environ["PRIVATE_MEDIA_ROOT"] = str(Path(folder, "private"))
    os.environ["MEDIA_ROOT"] = str(Path(folder, "media"))
    return folder


def prepare_database() -> None:
    """A fresh database with the migrations and the demo (its course pages, areas and people).
    Unlike ``scheduling_pages.setup_django`` it does not collect static files: nothing here
    renders a page."""
    import django

    recreate_database()
    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def high_water_mib() -> float:
    """The peak RSS of this process's own memory (VmHWM), which fork and exec do not inherit."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


# --- the worker ---------------------------------------------------------------------------

def child(record_id: int, floor: bool = False) -> None:
    """Write one queued export, as the Celery task does, and report time and memory as JSON.
    With ``floor``, write the same query's rows with nothing but ``csv.writer`` instead (tuples
    from ``values_list`` through the same server-side cursor): the fastest a CSV of them
    could be written, to measure the export against."""
    import django

    django.setup()
    from courses.models import ExportRecord
    from courses.services import exports  # and with it openpyxl and django-import-export

    baseline, baseline_hwm = peak_mib(), high_water_mib()
    started = time.perf_counter()
    if floor:
        record = ExportRecord.objects.get(pk=record_id)
        rows = exports.build_export(record.export, record.filters).rows
        with tempfile.TemporaryFile("w", encoding="utf-8", newline="") as written:
            csv.writer(written).writerows(
                rows.values_list(*rows._fields).iterator(chunk_size=2000))
        wrote = True
    else:
        wrote = exports.write_export_file(record_id)
    seconds = time.perf_counter() - started
    print(json.dumps({"wrote": wrote, "seconds": seconds, "baseline": baseline,
                      "peak": peak_mib(), "baseline_hwm": baseline_hwm,
                      "peak_hwm": high_water_mib()}))


class Launcher:
    """A small process that starts the workers, so that they do not inherit our peak RSS."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", LAUNCHER], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def run(self, args: list[str], env: dict) -> tuple[int, str, str, float]:
        self.process.stdin.write(json.dumps([args, env]) + "\n")
        self.process.stdin.flush()
        return tuple(json.loads(self.process.stdout.readline()))

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


# --- seeding ------------------------------------------------------------------------------

def band_end(band: int) -> datetime:
    return FIRST_DAY + timedelta(days=365 * band + 364)


def seed(sizes: list[int]) -> tuple[int, list[dict]]:
    """Attendance for a new course: the rows for ``sizes[i]`` are those up to the end of year
    ``i``. Returns the course and the export filters for each size."""
    from django.core.management.color import no_style
    from django.db import connection, transaction

    from accounts.models import User
    from courses.models import (
        Area,
        CourseIndexPage,
        CoursePage,
        CourseRun,
        Enrolment,
        Session,
        Venue,
    )

    living_well = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    course = CourseIndexPage.objects.first().add_child(instance=CoursePage(
        title="Living Well (export benchmark)", slug="living-well-bench",
        summary=living_well.summary, audience=living_well.audience,
        delivery=living_well.delivery, session_count=SESSIONS, session_minutes=120,
        completion_min_sessions=7))
    areas = [Area.objects.get_or_create(name=name, slug=name.lower())[0]
             for name in ("Highland", "Glasgow", "Argyll", "Orkney")]
    venues = [Venue.objects.create(name=f"{area.name} bench hall {n}", area=area)
              for area in areas for n in (1, 2)]
    trainer = User.objects.get(email="trainer@example.org").pk
    coordinator = User.objects.get(email="coordinator@example.org").pk

    bands = [b - a for a, b in zip([0, *sizes], sizes, strict=False)]
    runs_in_band = [ceil(rows / (SESSIONS * PEOPLE)) for rows in bands]
    runs = sum(runs_in_band)
    people = min(PEOPLE_TOTAL, runs * PEOPLE)
    with transaction.atomic(), connection.cursor() as cursor:
        def next_id(table: str) -> int:
            cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")
            return cursor.fetchone()[0]

        ids = {"u": next_id("accounts_user"), "r": next_id("courses_courserun"),
               "s": next_id("courses_session"), "e": next_id("courses_enrolment"),
               "people": people, "names": NAMES, "venues": [v.pk for v in venues],
               "course": course.pk, "runs": runs, "trainer": trainer,
               "coordinator": coordinator}
        cursor.execute("""
            INSERT INTO accounts_user (id, password, is_superuser, email, full_name,
                preferred_language, phone, access_needs, is_staff, is_active, date_joined)
            SELECT %(u)s + i, '!', false, 'bench-' || i || '@example.org',
                   CASE WHEN i %% 1000 = 7 THEN '=2+3 ' ELSE '' END
                   || (%(names)s::text[])[1 + i %% 6] || ' ' || i,
                   CASE WHEN i %% 3 = 0 THEN 'gd' ELSE 'en' END, '', '', false, true, now()
            FROM generate_series(0, %(people)s - 1) AS i""", ids)
        cursor.execute("""
            INSERT INTO courses_courserun (id, language, capacity, status, notes,
                cancelled_reason, created_at, course_id, venue_id)
            SELECT %(r)s + r, 'en', 20, 'finished', '', '', now(), %(course)s,
                   (%(venues)s::bigint[])[1 + r %% cardinality(%(venues)s::bigint[])]
            FROM generate_series(0, %(runs)s - 1) AS r""", ids)
        cursor.execute("""
            INSERT INTO courses_enrolment (id, status, end_reason, created_at, updated_at,
                confirmed_at, run_id, user_id)
            SELECT %(e)s + r * 20 + p, 'completed', '', now(), now(), now(), %(r)s + r,
                   %(u)s + (r * 20 + p) %% %(people)s
            FROM generate_series(0, %(runs)s - 1) AS r, generate_series(0, 19) AS p""", ids)
        first_run = 0
        for band, (rows, count) in enumerate(zip(bands, runs_in_band, strict=True)):
            band_ids = {**ids, "first": first_run, "last": first_run + count - 1, "rows": rows,
                        "start": FIRST_DAY + timedelta(days=365 * band)}
            cursor.execute("""
                INSERT INTO courses_session (id, starts_at, ends_at, sequence, module_id,
                    run_id, checkin_token)
                SELECT %(s)s + r * 10 + k, at.t, at.t + interval '2 hours', 0, NULL, %(r)s + r,
                       'BX' || (%(s)s + r * 10 + k)
                FROM generate_series(%(first)s, %(last)s) AS r, generate_series(0, 9) AS k,
                     LATERAL (SELECT %(start)s::timestamptz + ((r - %(first)s) %% 300)
                              * interval '1 day' + k * interval '7 days' AS t) AS at""",
                           band_ids)
            cursor.execute("""
                INSERT INTO courses_attendance (status, method, marked_at, enrolment_id,
                    marked_by_id, session_id)
                SELECT (ARRAY['present', 'present', 'late', 'present', 'excused', 'absent',
                              'present'])[1 + j %% 7],
                       CASE WHEN j %% 10 < 7 THEN 'trainer'
                            WHEN j %% 10 < 9 THEN 'self_check_in' ELSE 'import' END,
                       s.starts_at + interval '1 minute' * (j %% 20), m.enrolment,
                       CASE WHEN j %% 10 < 7 THEN %(trainer)s
                            WHEN j %% 10 < 9 THEN %(u)s + m.slot %% %(people)s
                            ELSE %(coordinator)s END,
                       s.id
                FROM generate_series(0, %(rows)s - 1) AS j,
                     LATERAL (SELECT %(first)s + j / 200 AS run) AS g,
                     LATERAL (SELECT %(e)s + g.run * 20 + j %% 20 AS enrolment,
                                     g.run * 20 + j %% 20 AS slot,
                                     %(s)s + g.run * 10 + (j %% 200) / 20 AS session) AS m
                JOIN courses_session AS s ON s.id = m.session""", band_ids)
            first_run += count
        for sql in connection.ops.sequence_reset_sql(no_style(),
                                                     [User, CourseRun, Session, Enrolment]):
            cursor.execute(sql)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return course.pk, [{"course": str(course.pk), "dates_from": FIRST_DAY.date().isoformat(),
                        "dates_to": band_end(band).date().isoformat()}
                       for band in range(len(sizes))]


# --- checking the files -------------------------------------------------------------------

def count_rows(path: str, file_format: str) -> tuple[int, str]:
    """Data rows in an export file (the heading row not counted), and a note on the check."""
    if file_format == "csv":
        with open(path, encoding="utf-8-sig", newline="") as written:
            reader = csv.reader(written)
            heading = next(reader)
            rows = sum(1 for _row in reader)
        return rows, f"{len(heading)} columns"
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        rows, recorded = 0, []
        for sheet in workbook.worksheets:
            recorded.append(str(sheet.max_row))  # None: write-only mode records no dimension
            rows += sum(1 for _row in sheet.iter_rows(values_only=True)) - 1
        return rows, (f"{len(workbook.worksheets)} sheet(s), counted by iterating; "
                      f"max_row {'+'.join(recorded)}")
    finally:
        workbook.close()


# --- the benchmark ------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--formats", nargs="+", choices=["csv", "xlsx"], default=["csv", "xlsx"])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, floor=args.floor)
        return
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    sizes = sorted(set(args.sizes))
    folder = use_temp_media("bench-exports-")
    worker_tmp = Path(folder, "worker-tmp")
    worker_tmp.mkdir()
    launcher = Launcher()  # before Django makes this process large
    try:
        run(sizes, args.formats, folder, worker_tmp, launcher)
    finally:
        launcher.close()


def run(sizes: list[int], formats: list[str], folder: str, worker_tmp: Path,
        launcher: Launcher) -> None:
    started = time.perf_counter()
    prepare_database()
    print(f"database migrated and demo loaded in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    _course, filters = seed(sizes)

    from accounts.models import User
    from courses.models import Attendance, ExportRecord, ExportStatus
    from courses.services.exports import build_export, record_export

    print(f"seeded {sizes[-1]:,} attendance rows with SQL in {time.perf_counter() - started:.0f}"
          f" s (attendance table: {Attendance.objects.count():,} rows with the demo's)")
    coordinator = User.objects.get(email="coordinator@example.org")
    env = {**os.environ, "TMPDIR": str(worker_tmp)}
    results, checks, floors = [], [], {}
    for size, params in zip(sizes, filters, strict=True):
        export = build_export("attendance", params)
        total = export.rows.count()
        print(f"\n{size:,} rows: filters {params} select {total:,} rows")
        if total != size:
            raise SystemExit(f"the filters select {total} rows, not {size}")
        for file_format in formats:
            record = record_export(coordinator, export, file_format, status=ExportStatus.QUEUED,
                                   total=total)
            code, out, err, wall = launcher.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", str(record.pk)], env)
            if code != 0:
                raise SystemExit(f"the worker failed ({code}):\n{out}\n{err[-5000:]}")
            figures = json.loads(out.strip().splitlines()[-1])
            record = ExportRecord.objects.get(pk=record.pk)
            path = record.file.path
            file_mib = os.path.getsize(path) / 1024 / 1024
            counted, note = count_rows(path, file_format)
            left = list(worker_tmp.iterdir())
            left_mib = sum(p.stat().st_size for p in left) / 1024 / 1024
            results.append((size, file_format, figures, wall, file_mib))
            checks.append(f"{size:>9,} {file_format:<4}: record {record.status}, "
                          f"{record.rows:,} rows (total {record.total:,}); file has "
                          f"{counted:,} data rows ({note}) "
                          f"{'OK' if counted == size == record.rows else 'MISMATCH'}; "
                          f"worker left {len(left)} temporary file(s), {left_mib:.1f} MiB")
            print(f"  {file_format}: {figures['seconds']:.1f} s, peak {figures['peak']:.0f} MiB"
                  f" -- {checks[-1].split(': ', 1)[1]}", flush=True)
            record.file.delete(save=False)
            for leftover in left:
                leftover.unlink()
            if file_format == "csv":
                code, out, err, _wall = launcher.run(
                    [sys.executable, str(Path(__file__).resolve()), "--child", str(record.pk),
                     "--floor"], env)
                if code != 0:
                    raise SystemExit(f"the floor failed ({code}):\n{out}\n{err[-5000:]}")
                floors[size] = json.loads(out.strip().splitlines()[-1])["seconds"]
                print(f"  csv.writer alone over the same query: {floors[size]:.1f} s; the export"
                      f" takes {figures['seconds'] / floors[size]:.2f} times as long", flush=True)

    print(f"\nBackground export of attendance (write_export_file in a fresh process; "
          f"{os.cpu_count()} cores, PostgreSQL on the same machine)")
    print(f"{'rows':>9} {'format':<6} {'seconds':>8} {'rows/s':>8} {'peak RSS MiB':>13} "
          f"{'growth MiB':>11} {'file MiB':>9} {'process s':>10}")
    for size, file_format, figures, wall, file_mib in results:
        print(f"{size:>9,} {file_format:<6} {figures['seconds']:>8.1f} "
              f"{size / figures['seconds']:>8,.0f} {figures['peak']:>13.1f} "
              f"{figures['peak'] - figures['baseline']:>11.1f} {file_mib:>9.1f} {wall:>10.1f}")
    baselines = sorted({round(f["baseline"]) for _s, _f, f, _w, _m in results})
    print(f"baseline RSS after django.setup() and imports: {', '.join(map(str, baselines))} MiB;"
          " peak from ru_maxrss, checked against VmHWM: "
          + ", ".join(f"{f['peak_hwm']:.0f}" for _s, _f, f, _w, _m in results) + " MiB")
    print("'process s' is the whole worker process: Python and Django start-up included.")
    for size, seconds in floors.items():
        export_seconds = next(f["seconds"] for s_, fmt, f, _w, _m in results
                              if s_ == size and fmt == "csv")
        print(f"{size:>9,} rows: csv.writer alone {seconds:.1f} s ({size / seconds:,.0f} rows/s);"
              f" the CSV export {export_seconds / seconds:.2f} times that (target: at most 2)")
    print("\nChecks:")
    for line in checks:
        print("  " + line)


if __name__ == "__main__":
    main()
