"""Loading the official postcode lookups at full size: every Scottish postcode, twice.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_postcode_lookups \\
        .venv/bin/python bench/postcode_lookups.py [--postcodes 230000] [--waiting 20000]

The database named in DATABASE_URL is dropped, created and migrated (no demo: nothing here
needs it). ``--waiting`` people answer the equality questions with a postcode before any
lookup is loaded, so their postcodes wait. The bench then writes CSVs shaped like the official
files (the SIMD file with its rank, vigintile, decile and quintile columns; the urban/rural
file with its 2-, 6- and 8-fold classes) for ``--postcodes`` made-up postcodes, and times
``lookups.load_lookup`` for: the SIMD file into an empty table, the urban/rural file onto
those rows, and the SIMD file again (replacing every value). After each load it times the
task's work (``equality.derive_pending_postcodes``) and checks the result: every postcode in
the table with the right values, every waiting postcode worked out, and dropped once both
lookups are in. Prints seconds, queries and the process's peak memory, and exits with 1 when
a load takes ``TARGET_SECONDS`` or more (a coordinator waits for it on the upload page).
"""

import argparse
import io
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import recreate_database  # noqa: E402  (sets the environment)

LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # the inward code's letters
TARGET_SECONDS = 30
SLOW = []  # loads over the target


def postcodes(count: int) -> list[str]:
    """``count`` distinct postcodes of the right shape, the same every time."""
    found = []
    for district in range(1, 100):
        for sector in range(10):
            for first in LETTERS:
                for second in LETTERS:
                    found.append(f"ZZ{district} {sector}{first}{second}")
                    if len(found) == count:
                        return found
    raise ValueError("too many postcodes asked for")


def simd_file(codes: list[str], shift: int = 0) -> bytes:
    out = io.StringIO()
    out.write("Postcode,DZ,SIMD2020v2_Rank,SIMD2020v2_Vigintile,SIMD2020v2_Decile,"
              "SIMD2020v2_Quintile\r\n")
    for n, code in enumerate(codes):
        quintile = (n + shift) % 5 + 1
        out.write(f"{code},S0101{n % 7000:04d},{n % 6976 + 1},{quintile * 4},{quintile * 2},"
                  f"{quintile}\r\n")
    return out.getvalue().encode()


def urban_rural_file(codes: list[str]) -> bytes:
    out = io.StringIO()
    out.write("Postcode,UR2_2020,UR6_2020,UR8_2020\r\n")
    for n, code in enumerate(codes):
        fold = n % 6 + 1
        out.write(f"{code},{1 if fold < 3 else 2},{fold},{fold}\r\n")
    return out.getvalue().encode()


def add_waiting(codes: list[str], count: int) -> None:
    """People whose postcodes wait for a lookup (as if they answered before any was loaded)."""
    from accounts.models import User
    from reports.models import EqualityAnswers

    users = User.objects.bulk_create(User(email=f"eq-{n}@example.org", password="!")
                                     for n in range(count))
    EqualityAnswers.objects.bulk_create(
        EqualityAnswers(user=user, age_band="65_74", postcode=codes[n * 7 % len(codes)])
        for n, user in enumerate(users))


def timed(label: str, work) -> object:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = work()
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<48} {seconds:7.2f} s  {len(queries):5} queries  peak {peak:6.0f} MiB")
    if seconds >= TARGET_SECONDS:
        SLOW.append(label)
    return result


def load(kind: str, content: bytes, name: str):
    from django.core.files.base import ContentFile

    from reports.services import lookups

    return lookups.load_lookup(kind, ContentFile(content, name=name), by=None)


def check(codes: list[str], *, shift: int, both: bool) -> None:
    from reports.models import EqualityAnswers, PostcodeLookup

    table = dict(PostcodeLookup.objects.values_list("postcode", "simd_quintile"))
    assert len(table) == len(codes), (len(table), len(codes))
    assert all(table[code] == (n + shift) % 5 + 1 for n, code in enumerate(codes))
    if both:
        folds = dict(PostcodeLookup.objects.values_list("postcode", "urban_rural"))
        assert all(folds[code] == n % 6 + 1 for n, code in enumerate(codes))
    waiting = EqualityAnswers.objects.exclude(postcode="").count()
    assert not EqualityAnswers.objects.filter(simd_quintile__isnull=True).exists()
    assert waiting == (0 if both else EqualityAnswers.objects.count()), waiting


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postcodes", type=int, default=230_000)
    parser.add_argument("--waiting", type=int, default=20_000)
    args = parser.parse_args()
    import django

    recreate_database()
    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    from celery import current_app

    from reports.services import equality

    # The task a load queues goes to Celery's in-memory broker and is not run: the bench times
    # its work on its own, by calling the service the task calls.
    current_app.conf.task_always_eager = False

    codes = postcodes(args.postcodes)
    add_waiting(codes, args.waiting)
    simd, urban_rural = simd_file(codes), urban_rural_file(codes)
    print(f"{args.postcodes:,} postcodes (SIMD file {len(simd) / 2**20:.1f} MiB, urban/rural "
          f"{len(urban_rural) / 2**20:.1f} MiB); {args.waiting:,} postcodes waiting")
    timed("SIMD lookup into an empty table", lambda: load("simd", simd, "simd.csv"))
    timed("  waiting postcodes worked out", equality.derive_pending_postcodes)
    check(codes, shift=0, both=False)
    timed("urban/rural lookup onto those rows",
          lambda: load("urban_rural", urban_rural, "ur.csv"))
    timed("  waiting postcodes worked out and dropped", equality.derive_pending_postcodes)
    check(codes, shift=0, both=True)
    timed("SIMD lookup again, every value replaced",
          lambda: load("simd", simd_file(codes, shift=2), "simd-2.csv"))
    check(codes, shift=2, both=True)
    changed = timed("  the task again (nothing waits)", equality.derive_pending_postcodes)
    assert changed == 0
    if SLOW:
        sys.exit(f"{TARGET_SECONDS} s or more: {', '.join(SLOW)}")


if __name__ == "__main__":
    main()
