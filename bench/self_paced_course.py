"""A self-paced course's page and one of its module pages, for someone part-way through it:
queries with 2 modules and with 20, and server time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_self_paced \\
        .venv/bin/python bench/self_paced_course.py [--others 1000] [--repeat 50]

Drops and creates the database and loads only the demo's site and catalogue, then a
self-paced course for participants whose modules each hold a five-question knowledge check,
and a participant who has started it: with 2 modules she has passed the first module's check
and opened the second. Counts the queries of ``/courses/<course>/`` and of the first
module's page as her; then adds 18 modules, of which she passes eight and opens one, and
``--others`` other people's progress and attempts on every module (written straight to the
tables), counts again, and times ``--repeat`` requests of each page in-process under
production settings. Exits with 1 when a page fails or its queries grow with the modules.
"""

import argparse
import os
import sys
import traceback
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from knowledge_checks import self_paced_course, setup_site  # noqa: E402
from scheduling_pages import measure  # noqa: E402  (sets the environment)

SLUG = "working-it-out"
FEW, MANY = 2, 20


def learner_client(email: str = "bench-learner@example.org"):
    from django.contrib.auth.models import Group
    from django.test import Client

    from accounts import roles
    from accounts.models import User

    person = User.objects.create_user(email=email, password=None, full_name="Bench Learner")
    person.groups.add(Group.objects.get(name=roles.PARTICIPANT))
    client = Client()
    client.force_login(person)
    return person, client


def work_through(person, modules: list, *, passed: int) -> None:
    """``person`` passes the first ``passed`` of ``modules``' checks and opens the next one,
    through the learning service, as the pages do."""
    from courses.services import learning

    for module in modules[:passed]:
        learning.open_module(person, module)
        check = learning.knowledge_check(module)
        learning.submit_check(person, module, {q.id: q.right.id for q in check.questions})
    if passed < len(modules):
        learning.open_module(person, modules[passed])


def add_others(modules: list, count: int) -> None:
    """``count`` other people, each with progress on every module and one attempt at its
    check (passed by two in three), written straight to the tables."""
    from django.db import connection
    from django.utils import timezone

    from accounts.models import User
    from courses.models import KnowledgeCheckAttempt, ModuleProgress

    now = timezone.now()
    people = User.objects.bulk_create(
        (User(email=f"other-{n}@example.org", full_name=f"Other {n}", password="!")
         for n in range(count)), batch_size=5000)
    ModuleProgress.objects.bulk_create(
        (ModuleProgress(user=person, module=module, started_at=now - timedelta(days=3),
                        last_visited_at=now, active_seconds=600,
                        completed_at=now if n % 3 else None)
         for n, person in enumerate(people) for module in modules), batch_size=5000)
    KnowledgeCheckAttempt.objects.bulk_create(
        (KnowledgeCheckAttempt(user=person, module=module, submitted_at=now, questions=5,
                               correct=5 if n % 3 else 2, pass_mark=80, passed=bool(n % 3))
         for n, person in enumerate(people) for module in modules), batch_size=5000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics after the bulk load


def queries_or_failure(client, url: str) -> int | str:
    """The page's query count, or why it could not be had."""
    try:
        return measure(client, url, 1)[0]
    except Exception as error:  # noqa: BLE001  (a benchmark reports, and goes on)
        traceback.print_exc(limit=-3)
        return f"failed: {type(error).__name__}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--others", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_site()

    person, client = learner_client()
    course, modules = self_paced_course(SLUG, FEW)
    work_through(person, modules, passed=1)
    # The first module: never the last one, whose page also shows what comes after the course
    pages = {"course page": f"/courses/{SLUG}/", "module page": f"/courses/{SLUG}/module-1/"}
    few = {label: queries_or_failure(client, url) for label, url in pages.items()}
    _course, more = self_paced_course(SLUG, MANY - FEW, first=FEW)
    work_through(person, more, passed=8)
    add_others(modules + more, args.others)
    many = {label: queries_or_failure(client, url) for label, url in pages.items()}

    print(f"modules: {len(modules + more)}, of which she has done 9; {args.others} other "
          f"people on every module; {args.repeat} requests per page, in-process, production "
          "settings, as the participant")
    print(f"{'page':<12} {'queries @2 modules':>19} {'queries @20 modules':>20} "
          f"{'median ms':>10} {'p95 ms':>8}")
    failed = False
    for label, url in pages.items():
        if isinstance(few[label], str) or isinstance(many[label], str):
            print(f"{label:<12} {few[label]!s:>19} {many[label]!s:>20}")
            failed = True
            continue
        _queries, median, p95 = measure(client, url, args.repeat)
        print(f"{label:<12} {few[label]:>19} {many[label]:>20} {median:>10.1f} {p95:>8.1f}")
        failed |= many[label] != few[label]
    print("target: the same queries with 20 modules as with 2")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
