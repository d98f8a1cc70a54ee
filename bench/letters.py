"""Printing letters: how long one PDF of many letters takes, and the memory it needs.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_letters \\
        .venv/bin/python bench/letters.py [--letters 500]

Drops, creates and seeds the database, adds ``--letters`` people who prefer letters to a run
(each owed a confirmation letter), then prints them all as a coordinator does
(``letters.print_letters``) and prints the seconds and the pages; then prints them again with
Python's allocations traced, for the most memory printing takes. Targets: 500 letters in under
60 s and 200 MiB.
"""

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import setup_django, weekly_run  # noqa: E402  (sets the environment)

SECONDS, MIB = 60, 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=500)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    import io

    from pypdf import PdfReader

    from accounts.models import User
    from accounts.services.profile import create_participant_for
    from courses.models import CoursePage, OutboxMessage, Venue
    from courses.services import enrolment, letters

    course = CoursePage.objects.filter(locale__language_code="en").get(slug="living-well")
    run = weekly_run(course, Venue.objects.get(name="Harbourside Hall"),
                     capacity=args.letters, sessions=6)
    for number in range(args.letters):
        person = create_participant_for(
            "", f"Letter Person {number}", language="gd" if number % 5 == 0 else "en",
            postal_address=f"{number} Shore Street\nUllapool\nIV26 {number % 9}UJ")
        enrolment.enrol(run, person, by_coordinator=True)
    coordinator = User.objects.get(email="coordinator@example.org")
    owed = list(OutboxMessage.objects.for_staff().values_list("pk", flat=True))
    started = time.perf_counter()
    pdf, count = letters.print_letters(by=coordinator)
    seconds = time.perf_counter() - started
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    # The same letters again, owed again, with Python's allocations traced (which is slower,
    # so it is not the run that is timed).
    OutboxMessage.objects.filter(pk__in=owed).update(sent_at=None, sent_by=None)
    tracemalloc.start()
    letters.print_letters(by=coordinator)
    peak_mib = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"letters {count}, pages {pages}, {seconds:.1f} s, {len(pdf) / 1024:.0f} KiB; "
          f"at most {peak_mib:.0f} MiB allocated while printing (targets: {SECONDS} s, "
          f"{MIB} MiB)")
    sys.exit(0 if seconds < SECONDS and peak_mib < MIB and pages == count else 1)


if __name__ == "__main__":
    main()
