"""The course page and a module page in Gaelic beside the same pages in English: queries, and
server time to make them, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_gaelic \\
        .venv/bin/python bench/gaelic_pages.py [--repeat 200]

Drops, creates and seeds the database (the demo's courses are translated into Gaelic), then,
in-process under production settings with the page cache off (so each page is made in full,
as after an edit), measures each page in English and in Gaelic, the two turns interleaved so
that the machine's drift falls on both. Exits with 1 when a Gaelic page takes more queries
than its English page, or more than 1.2 times its time.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import setup_django  # noqa: E402  (sets the environment)

PAGES = [("course page", "/courses/living-well/"),
         ("module page", "/courses/living-well/pacing-energy-and-rest/")]
TIME_LIMIT = 1.2


def queries_for(client, url: str) -> int:
    from django.db import connection

    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or
                                    execute(sql, *args)):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def timed(client, url: str) -> float:
    started = time.perf_counter()
    client.get(url)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_django()
    from django.conf import settings
    from django.test import Client

    settings.PAGE_CACHE_SECONDS = 0  # make every page in full
    client = Client()
    failed = False
    print(f"{'page':<12} {'lang':<4} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
    for label, path in PAGES:
        urls = {"en": path, "gd": f"/gd{path}"}
        for url in urls.values():
            client.get(url)  # templates and the locale table loaded
        counts = {language: queries_for(client, url) for language, url in urls.items()}
        times = {language: [] for language in urls}
        for _ in range(args.repeat):
            for language, url in urls.items():
                times[language].append(timed(client, url))
        medians = {}
        for language in urls:
            ordered = sorted(times[language])
            medians[language] = statistics.median(ordered)
            print(f"{label:<12} {language:<4} {counts[language]:>7} {medians[language]:>10.2f} "
                  f"{ordered[int(len(ordered) * 0.95) - 1]:>8.2f}")
        ratio = medians["gd"] / medians["en"]
        print(f"{label:<12} gd/en time {ratio:.2f} (limit {TIME_LIMIT}), queries "
              f"{counts['gd']} vs {counts['en']}")
        failed |= counts["gd"] > counts["en"] or ratio > TIME_LIMIT
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
