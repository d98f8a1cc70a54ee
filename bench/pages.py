"""Requests per second of each page, side by side with a bare Django view, under gunicorn.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench_pages \\
    CACHE_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/pages.py [--seconds 10] [--clients 8] [--workers 2] [--only TEXT]
            [--no-check]

Drops, creates and seeds the database, empties the Redis database in CACHE_URL (the page cache
and sessions' throttles live there) and collects static files, all under production settings.
Logs the demo participant and lead trainer in (sessions written straight to the session table),
then starts gunicorn (sync workers, persistent database connections) serving the site and a bare
view (``bench/bare_site.py``) through the same middleware. For each page it loads the bare view,
the page and the bare view again, the same time each, with wrk (Python clients when wrk is not
installed), and prints requests per second, the page's share of the bare view's (the mean of its
two turns), the queries it takes to make the page after an edit (in process, nothing kept) and
its size. Exits with 1 when a page is below its target: anonymous pages 50 % of the bare view,
``/my/`` and the trainer's delivery view 5 %.
"""

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import wait_until_up  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
PORT = 8767
BARE = "/bench-ok/"
ENV = {
    "DJANGO_SETTINGS_MODULE": "bare_site",
    "SECRET_KEY": "bench-only-" + "x" * 50,
    "ALLOWED_HOSTS": "127.0.0.1,testserver",
    "SECURE_SSL_REDIRECT": "false",
    "CONN_MAX_AGE": "60",
    "LOG_LEVEL": "WARNING",
    "PYTHONPATH": f"{BENCH}{os.pathsep}{ROOT}",
}
ANONYMOUS_TARGET, LOGGED_IN_TARGET = 0.50, 0.05


def prepare() -> list[tuple[str, str, str, float]]:
    """A fresh database and cache; returns (label, path, session cookie, target) per page."""
    os.environ.update(ENV)
    sys.path[:0] = [str(BENCH), str(ROOT)]
    from scheduling_pages import recreate_database

    recreate_database()
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    call_command("collectstatic", "--noinput", verbosity=0)
    cache.clear()
    from accounts.models import User
    from courses.models import CourseRun, Session
    from trainers.models import TrainerProfile

    run = CourseRun.objects.open_for_enrolment().filter(course__slug="living-well").first()
    trainer = TrainerProfile.objects.filter(user__email="trainer@example.org").get()
    tara = trainer.user
    session = Session.objects.facilitated_by(tara).filter(run__facilitations__trainer=trainer,
                                                          run__facilitations__role="lead").first()
    participant = _session_cookie(User.objects.get(email="participant@example.org"))
    lead = _session_cookie(tara)
    anonymous = [("/", "/"), ("/courses/", "/courses/"),
                 ("course page", "/courses/living-well/"), ("run page", f"/runs/{run.pk}/"),
                 ("/gd/courses/", "/gd/courses/"), ("trainer page", f"/trainers/{trainer.pk}/")]
    return ([(label, path, "", ANONYMOUS_TARGET) for label, path in anonymous]
            + [("/my/ (participant)", "/my/", participant, LOGGED_IN_TARGET),
               ("delivery view", f"/trainer/sessions/{session.pk}/", lead, LOGGED_IN_TARGET)])


def _session_cookie(user) -> str:
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return f"sessionid={session.session_key}"


def made(path: str, cookie: str) -> tuple[int, int]:
    """Queries and bytes of the page made afresh after an edit (nothing kept in the page cache
    any longer, neither the page nor its shared parts), in process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from config.page_cache import forget_pages

    client = Client()
    if cookie:
        client.cookies["sessionid"] = cookie.split("=", 1)[1]
    client.get(path)  # what a process looks up once (Wagtail's site root paths) is there
    forget_pages()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(queries), len(response.content)


def _load_with_wrk(path: str, cookie: str, seconds: float, clients: int) -> float:
    """wrk is written in C, so the load generator takes little of the cores from gunicorn."""
    headers = ["-H", f"Cookie: {cookie}"] if cookie else []
    output = subprocess.run(
        ["wrk", "-t2", f"-c{clients}", f"-d{seconds:.0f}s", *headers,
         f"http://127.0.0.1:{PORT}{path}"], check=True, capture_output=True, text=True).stdout
    if "Non-2xx" in output or "Socket errors" in output:
        raise SystemExit(f"{path}: errors\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def _client(path: str, cookie: str, deadline: float) -> int:
    done = 0
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    while time.monotonic() < deadline:
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
        done += 1
    conn.close()
    return done


def _load_with_python(path: str, cookie: str, seconds: float, clients: int) -> float:
    deadline = time.monotonic() + seconds
    with ThreadPoolExecutor(clients) as pool:
        done = sum(pool.map(lambda _: _client(path, cookie, deadline), range(clients)))
    return done / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", default="",
                        help="measure only the pages whose label contains this text")
    parser.add_argument("--no-check", action="store_true",
                        help="print the figures without failing below the targets")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may drop.")
    if not os.environ.get("CACHE_URL", "").startswith("redis"):
        raise SystemExit("Set CACHE_URL to a Redis database the benchmark may empty.")
    pages = [page for page in prepare() if args.only in page[0]]
    sizes = {path: made(path, cookie) for _label, path, cookie, _target in pages}
    load = _load_with_wrk if shutil.which("wrk") else _load_with_python
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
         f"127.0.0.1:{PORT}", "--workers", str(args.workers), "--log-level", "warning"],
        cwd=ROOT, env={**os.environ, **ENV})
    below = []
    try:
        wait_until_up(PORT, BARE)
        for _label, path, cookie, _target in pages:  # warm every worker and the page cache
            load(path, cookie, 1, args.clients)
        print(f"{args.workers} gunicorn sync workers, {args.clients} connections "
              f"({'wrk' if load is _load_with_wrk else 'Python clients'}), {args.seconds:.0f} s "
              f"a turn, {os.cpu_count()} cores; production settings, PostgreSQL, Redis")
        print(f"{'page':<20} {'bare/s':>8} {'page/s':>8} {'bare/s':>8} {'share':>7} "
              f"{'target':>7} {'queries':>8} {'bytes':>7}")
        for label, path, cookie, target in pages:
            before = load(BARE, "", args.seconds, args.clients)
            rate = load(path, cookie, args.seconds, args.clients)
            after = load(BARE, "", args.seconds, args.clients)
            share = rate / ((before + after) / 2)
            queries, size = sizes[path]
            flag = "" if share >= target else "  BELOW"
            print(f"{label:<20} {before:>8.0f} {rate:>8.0f} {after:>8.0f} {share:>7.1%} "
                  f"{target:>7.0%} {queries:>8} {size:>7}{flag}")
            if share < target:
                below.append(label)
    finally:
        server.terminate()
        server.wait()
    if below and not args.no_check:
        raise SystemExit(f"below target: {', '.join(below)}")


if __name__ == "__main__":
    main()
