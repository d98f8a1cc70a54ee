"""The coordinators' knowledge-check pages over 10,000 attempts by 2,500 people: queries and
server time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_checks \\
        .venv/bin/python bench/knowledge_checks.py [--attempts 10000] [--people 2500]

Drops and creates the database and loads only the demo's site and catalogue (the pages need
none of the demo's people), then a self-paced course with one module holding a five-question
knowledge check. Counts the queries of the Knowledge checks listing and of the module's page
(per question: the right answer, the people who answered, how often right over all attempts
and at the first) as a coordinator who is not a superuser, with 20 attempts by 5 people; then
adds attempts up to ``--attempts`` by ``--people`` people (one to seven each, getting better
as they go), written straight to the tables, and counts again and times ``--repeat``
requests of each page in-process under production settings, and the service behind the
module page (``question_pass_rates``) on its own. Exits with 1 when the queries grow or the
module page's p95 reaches 200 ms.
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scheduling_pages import measure, recreate_database  # noqa: E402  (sets the environment)

TARGET_MS = 200
QUESTIONS = 5
FEW_PEOPLE, FEW_ATTEMPTS = 5, 20


def setup_site() -> None:
    """An empty database with the demo's home page, catalogue and courses: no people."""
    import django

    recreate_database()
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from cms.translation import synchronise_language_trees
    from courses.demo.site import seed_site

    call_command("migrate", "--noinput", verbosity=0)
    seed_site()
    synchronise_language_trees()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("collectstatic", "--noinput", verbosity=0)


def check_body(questions: int = QUESTIONS) -> list[dict]:
    """A module body with a knowledge check of ``questions`` questions, alternately a
    three-answer multiple choice and a true-or-false, every question and answer with its id
    (as the admin stores them)."""

    def option(text: str, correct: bool) -> dict:
        return {"type": "item", "id": str(uuid.uuid4()),
                "value": {"text": text, "correct": correct, "feedback": "Why, in a sentence."}}

    def question(n: int) -> dict:
        if n % 2:
            return {"type": "true_false", "id": str(uuid.uuid4()), "value": {
                "statement": f"Statement {n + 1} is true.", "is_true": True,
                "feedback_true": "It is.", "feedback_false": "It is, in fact."}}
        return {"type": "choice", "id": str(uuid.uuid4()), "value": {
            "question": f"Question {n + 1}: which is right?",
            "options": [option("This one", True), option("That one", False),
                        option("The other one", False)]}}

    return [{"type": "paragraph", "id": str(uuid.uuid4()),
             "value": "<p>Read this, then check what stayed with you.</p>"},
            {"type": "knowledge_check", "id": str(uuid.uuid4()), "value": {
                "introduction": "Five questions.",
                "questions": [question(n) for n in range(questions)]}}]


def self_paced_course(slug: str, modules: int, *, first: int = 0):
    """A self-paced course for participants under the demo's catalogue with ``modules``
    modules, each with a knowledge check (or more modules added to it, numbered from
    ``first``). Returns the course and its new modules."""
    from courses.models import CourseIndexPage, CoursePage, ModulePage

    course = CoursePage.objects.filter(slug=slug, locale__language_code="en").first()
    if course is None:
        catalogue = CourseIndexPage.objects.get(locale__language_code="en")
        course = catalogue.add_child(instance=CoursePage(
            title=f"Talking it through ({slug})", slug=slug, summary="A benchmark course.",
            audience="long_term_conditions", delivery="self_paced"))
    added = [course.add_child(instance=ModulePage(
        title=f"Module {n + 1}", slug=f"module-{n + 1}", summary="A benchmark module.",
        body=check_body(), pass_mark=80)) for n in range(first, first + modules)]
    return course, added


def add_attempts(module, attempts: int, people: int, batch: str) -> None:
    """``attempts`` attempts at ``module``'s check by ``people`` new people, one to seven
    each, each attempt with an answer to every question; written straight to the tables."""
    from django.db import connection
    from django.utils import timezone

    from accounts.models import User
    from courses.models import KnowledgeCheckAnswer, KnowledgeCheckAttempt
    from courses.services.learning import knowledge_check

    random.seed(attempts)
    check = knowledge_check(module)
    users = User.objects.bulk_create(
        (User(email=f"check-{batch}-{n}@example.org", full_name=f"Check {batch} {n}",
              password="!") for n in range(people)), batch_size=5000)
    owners = _spread(users, attempts)
    start = timezone.now() - timedelta(days=90)
    for offset in range(0, attempts, 5000):
        rows, answers = [], []
        for number, (user, turn) in enumerate(owners[offset:offset + 5000], start=offset):
            chosen = [(q, random.random() < 0.5 + 0.1 * turn) for q in check.questions]
            correct = sum(right for _q, right in chosen)
            rows.append(KnowledgeCheckAttempt(
                user=user, module=module, submitted_at=start + timedelta(minutes=number),
                questions=len(check.questions), correct=correct, pass_mark=check.pass_mark,
                passed=check.passes(correct)))
            answers.append(chosen)
        made = KnowledgeCheckAttempt.objects.bulk_create(rows)
        KnowledgeCheckAnswer.objects.bulk_create(
            (KnowledgeCheckAnswer(attempt=attempt, question=q.id, correct=right,
                                  choice=next(o.id for o in q.options if o.correct == right))
             for attempt, chosen in zip(made, answers, strict=True) for q, right in chosen),
            batch_size=5000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics after the bulk load


def _spread(users: list, attempts: int) -> list[tuple]:
    """(person, their attempt number) for ``attempts`` attempts: everyone once, the rest
    spread at random, up to seven each; a person's attempts come in order."""
    if not len(users) <= attempts <= 7 * len(users):
        raise SystemExit("Give each person one to seven attempts.")
    counts = [1] * len(users)
    while sum(counts) < attempts:
        n = random.randrange(len(users))
        counts[n] += counts[n] < 7
    # Interleaved as people come and go, but each person's turns in order.
    owners = [(user, turn) for user, count in zip(users, counts, strict=True)
              for turn in range(count)]
    owners.sort(key=lambda owner: (owner[1], random.random()))
    return owners


def coordinator_client():
    from django.contrib.auth.models import Group
    from django.test import Client

    from accounts import roles
    from accounts.models import User

    cora = User.objects.create_user(email="bench-coordinator@example.org", password=None,
                                    full_name="Bench Coordinator")
    cora.groups.add(Group.objects.get(name=roles.COORDINATOR))
    assert not cora.is_superuser
    client = Client()
    client.force_login(cora)
    return client


def time_service(module, repeat: int) -> tuple[int, float, float]:
    """``question_pass_rates`` alone, called in-process: its queries, median and p95 ms."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.services.learning import question_pass_rates

    with CaptureQueriesContext(connection) as captured:
        question_pass_rates(module)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        question_pass_rates(module)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return len(captured), statistics.median(times), times[max(int(len(times) * 0.95) - 1, 0)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=2_500)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    setup_site()
    from courses.models import KnowledgeCheckAnswer, KnowledgeCheckAttempt

    _course, (module,) = self_paced_course("talking-it-through", 1)
    client = coordinator_client()
    pages = {"listing": "/admin/knowledge-checks/",
             "module page": f"/admin/knowledge-checks/{module.pk}/"}
    add_attempts(module, FEW_ATTEMPTS, FEW_PEOPLE, "few")
    few = {label: measure(client, url, 1)[0] for label, url in pages.items()}
    add_attempts(module, args.attempts - FEW_ATTEMPTS, args.people - FEW_PEOPLE, "many")
    print(f"attempts: {KnowledgeCheckAttempt.objects.count()} by "
          f"{KnowledgeCheckAttempt.objects.values('user').distinct().count()} people, "
          f"answers: {KnowledgeCheckAnswer.objects.count()}; {args.repeat} requests per page, "
          "in-process, production settings, as a coordinator (not a superuser)")
    print(f"{'page':<12} {'queries (20 attempts)':>22} {'queries':>8} {'median ms':>10} "
          f"{'p95 ms':>8}")
    grew, slow = False, False
    for label, url in pages.items():
        queries, median, p95 = measure(client, url, args.repeat)
        print(f"{label:<12} {few[label]:>22} {queries:>8} {median:>10.1f} {p95:>8.1f}")
        grew |= queries > few[label]
        slow |= label == "module page" and p95 >= TARGET_MS
    queries, median, p95 = time_service(module, args.repeat)
    print(f"{'(service)':<12} {'':>22} {queries:>8} {median:>10.1f} {p95:>8.1f}")
    print(f"target: the module page's p95 under {TARGET_MS} ms, queries not growing with the "
          "attempts")
    sys.exit(1 if grew or slow else 0)


if __name__ == "__main__":
    main()
