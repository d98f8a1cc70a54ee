"""Fault drills with real processes: a Celery worker killed while it draws certificates, a
gunicorn worker killed while people enrol, and Redis restarted while the site is busy. Each
asserts that nothing is lost and nothing is done twice."""

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from accounts.models import User
from config.celery import app
from courses.models import Attendance, Enrolment, EnrolmentStatus, OutboxMessage
from courses.services import completion, outbox
from tests.courses.factories import CourseRunFactory
from tests.courses.test_celery_worker import _wait_until
from tests.courses.test_outbox_resilience import own_redis  # noqa: F401  (a fixture)
from tests.production import the_test_database
from tests.smtp_sink import SMTPSink, start_smtp_sink
from tests.test_fault_drills import _free_port
from tests.test_settings_env import PRODUCTION_ENV, ROOT

pytestmark = [pytest.mark.postgres, pytest.mark.redis,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _production_env(tmp_path, **env) -> dict:
    """A process of ours as deployed, on this test's database, sending mail to our sink."""
    SMTPSink.received, SMTPSink.outbox_ids = 0, []
    return {"PATH": "/usr/bin:/bin", **PRODUCTION_ENV,
            "DJANGO_SETTINGS_MODULE": "tests.production_settings",
            "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": the_test_database(tmp_path), "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(start_smtp_sink()), "EMAIL_USE_TLS": "false", **env}


def _people(count: int, prefix: str) -> list[User]:
    return User.objects.bulk_create(
        User(email=f"{prefix}-{n}@example.org", full_name=f"Drill Person {n}", password="!")
        for n in range(count))


# --- a Celery worker killed mid-batch ----------------------------------------------------------

def _finished_run(course, people: int):
    run = CourseRunFactory(course=course, sessions=2, capacity=people,
                           sessions__first_session_at=timezone.now() - timedelta(weeks=3))
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(run=run, user=user, status=EnrolmentStatus.CONFIRMED,
                  confirmed_at=timezone.now()) for user in _people(people, "cert"))
    Attendance.objects.bulk_create(
        Attendance(session=session, enrolment=enrolment, status="present", method="trainer",
                   marked_at=session.starts_at)
        for session in run.sessions.all() for enrolment in enrolments)
    return run


def _celery_worker(env, log) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo",
         "--loglevel=WARNING", "--without-heartbeat", "--without-mingle", "--without-gossip"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def test_a_worker_killed_while_drawing_certificates_loses_none_and_sends_none_twice(
        tmp_path, own_redis, course):  # noqa: F811
    people = 8
    run = _finished_run(course, people)
    env = _production_env(tmp_path, CELERY_BROKER_URL=own_redis.url, OUTBOX_CLAIM_SECONDS="3")
    log = open(tmp_path / "worker.log", "w+")
    first = _celery_worker(env, log)
    try:
        completion.close_run(run)  # commits: one task per certificate e-mail, through Redis
        sent = OutboxMessage.objects.filter(kind="certificate_issued", sent_at__isnull=False)
        assert _wait_until(lambda: sent.count() >= 2, 60), _log(log)
        assert _kill_while_drawing(first), "never caught the worker drawing a certificate"
        first.wait(10)
        assert sent.count() < people, "the batch was over before the worker was killed"
    finally:
        if first.poll() is None:
            first.kill()
    second = _celery_worker(env, log)
    try:
        time.sleep(3.5)  # the dead worker's claim on the e-mail it was drawing runs out
        app.send_task("courses.tasks.sweep_outbox_task")  # what beat does every minute
        assert _wait_until(lambda: sent.count() == people, 90), _log(log)
    finally:
        second.terminate()
        second.wait(30)
    owed = {str(pk) for pk in OutboxMessage.objects.values_list("pk", flat=True)}
    assert Counter(SMTPSink.outbox_ids) == Counter(owed)  # each arrived, and exactly once


def _kill_while_drawing(worker: subprocess.Popen) -> bool:
    """Freeze the worker, and kill it if it holds a claimed e-mail that our SMTP server has not
    taken: it is drawing that certificate (or still sending it). Otherwise let it go on and
    look again. (Killed between the SMTP server taking an e-mail and the row being marked sent,
    a few milliseconds, the e-mail would go twice: the outbox sends at least once.) Under heavy
    load CI once saw exactly that, when the check ran before the server had read what the
    frozen worker had already written; hence the pause after freezing it."""
    for _ in range(300):
        worker.send_signal(signal.SIGSTOP)
        # What the worker wrote before it froze may still be on its way to our SMTP server:
        # give the server a moment to take it, or a busy machine reads "not sent" too early.
        time.sleep(0.1)
        drawing = (OutboxMessage.objects.filter(claimed_at__isnull=False, sent_at__isnull=True)
                   .exclude(pk__in=[int(pk) for pk in SMTPSink.outbox_ids]).exists())
        if drawing:
            worker.send_signal(signal.SIGKILL)
            return True
        worker.send_signal(signal.SIGCONT)
        time.sleep(0.01)
    return False


def _log(log) -> str:
    log.seek(0)
    return log.read()[-3000:]


# --- a gunicorn worker killed mid-enrolment ------------------------------------------------------

def _cookies_for(user: User) -> str:
    """A logged-in session for ``user`` that the production processes accept: signed, and
    its password hash salted, with their secret key."""
    with override_settings(SECRET_KEY=PRODUCTION_ENV["SECRET_KEY"]):
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
    return f"sessionid={session.session_key}; csrftoken={'t' * 32}"


def _enrol_over_http(site: str, run_pk: int, cookie: str) -> int | str:
    request = urllib.request.Request(
        f"{site}/runs/{run_pk}/enrol/", data=f"csrfmiddlewaretoken={'t' * 32}".encode(),
        headers={"Cookie": cookie, "Referer": f"{site}/runs/{run_pk}/",
                 "Content-Type": "application/x-www-form-urlencoded"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError as error:  # the worker died with this request in it
        return type(error).__name__


def _gunicorn(env) -> tuple[subprocess.Popen, str]:
    """gunicorn with two sync workers, as deployed; the process and the site's address."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", "2", "--log-level", "critical"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return server, f"http://127.0.0.1:{port}"


def _gunicorn_workers(master: int) -> list[int]:
    children = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True)
    return [int(pid) for pid in children.stdout.split()]


def test_a_web_worker_killed_mid_enrolment_leaves_no_half_enrolment(tmp_path, course, settings):
    people = _people(24, "enrol")
    run = CourseRunFactory(course=course, sessions=3, capacity=10)
    cookies = [_cookies_for(person) for person in people]
    server, site = _gunicorn(_production_env(tmp_path))
    try:
        assert _wait_until(lambda: _answers(site), 60), "gunicorn did not start"
        answers: list = [None] * len(people)

        def enrol(number: int) -> None:
            answers[number] = _enrol_over_http(site, run.pk, cookies[number])

        threads = [threading.Thread(target=enrol, args=(n,)) for n in range(len(people))]
        for number, thread in enumerate(threads):
            thread.start()
            if number == 8:  # people are enrolling: kill a worker with requests in it
                for worker in _gunicorn_workers(server.pid):
                    os.kill(worker, signal.SIGKILL)
            time.sleep(0.05)
        for thread in threads:
            thread.join(60)
    finally:
        server.terminate()
        server.wait(30)
    assert None not in answers
    assert any(isinstance(answer, str) for answer in answers), "no request was cut off"
    enrolled = Enrolment.objects.filter(run=run)
    assert enrolled.count() >= len(people) - 2  # all but those cut off (if their place is lost)
    assert enrolled.filter(user__in=[p for p, a in zip(people, answers, strict=True)
                                     if a == 200]).count() == answers.count(200)
    assert enrolled.holding_places().count() == 10  # the places filled, never more
    owed = OutboxMessage.objects.filter(recipient__enrolments__run=run).distinct()
    for enrolment in Enrolment.objects.filter(run=run):  # every place taken owes its e-mail
        kind = {"confirmed": "enrolment_confirmed", "waitlisted": "waitlisted"}
        assert owed.filter(recipient=enrolment.user, kind=kind[enrolment.status]).count() == 1
    assert owed.count() == Enrolment.objects.filter(run=run).count()  # and nothing else
    settings.OUTBOX_CLAIM_SECONDS = 0  # the site is stopped: any claim left is a dead worker's
    outbox.sweep_outbox()  # what beat does every minute: sends what the dead worker owed
    delivered = Counter(SMTPSink.outbox_ids) + Counter(
        message.extra_headers["X-Outbox-Message"] for message in mail.outbox)
    assert delivered == Counter(str(pk) for pk in owed.values_list("pk", flat=True))


def _answers(site: str) -> bool:
    try:
        return urllib.request.urlopen(site + "/health/", timeout=2).status == 200
    except OSError:
        return False


# --- Redis restarted while the site is busy ------------------------------------------------------

def _get(url: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), ""
    except OSError as error:
        return 0, {}, type(error).__name__


def test_redis_restarted_under_load_loses_no_email_and_the_page_cache_comes_back(
        tmp_path, own_redis, course):  # noqa: F811
    people = _people(6, "redis")
    run = CourseRunFactory(course=course, sessions=3, capacity=12)
    cookies = [_cookies_for(person) for person in people]
    env = _production_env(tmp_path, CACHE_URL=own_redis.url, CELERY_BROKER_URL=own_redis.url)
    server, site = _gunicorn(env)
    log = open(tmp_path / "worker.log", "w+")
    worker = _celery_worker(env, log)
    statuses: Counter = Counter()
    busy = threading.Event()
    busy.set()

    def browse():
        while busy.is_set():
            for path in ("/courses/living-well/", f"/runs/{run.pk}/", "/courses/"):
                statuses[_get(site + path)[0]] += 1

    readers = [threading.Thread(target=browse) for _ in range(3)]
    try:
        assert _wait_until(lambda: _answers(site), 60), "gunicorn did not start"
        for reader in readers:
            reader.start()
        answers = [_enrol_over_http(site, run.pk, cookie) for cookie in cookies[:2]]
        own_redis.stop()  # a restart: everything it held is gone
        answers += [_enrol_over_http(site, run.pk, cookie) for cookie in cookies[2:4]]
        time.sleep(1)
        own_redis.start()
        time.sleep(5.5)  # the site tries the cache again (config.cache.REST)
        answers += [_enrol_over_http(site, run.pk, cookie) for cookie in cookies[4:]]
        app.send_task("courses.tasks.sweep_outbox_task")  # what beat does every minute
        owed = OutboxMessage.objects.filter(recipient__in=people)
        assert owed.count() == 6
        assert _wait_until(lambda: not owed.filter(sent_at__isnull=True).exists(), 60), \
            _log(log)
        busy.clear()
        for reader in readers:
            reader.join(30)
        first, second = (_get(site + "/courses/living-well/") for _ in range(2))
    finally:
        busy.clear()
        server.terminate()
        worker.terminate()
        server.wait(30)
        worker.wait(30)
    assert answers == [200] * 6  # everyone got their place, Redis or not
    assert set(statuses) == {200} and statuses[200] > 50, statuses  # nobody reading got an error
    assert Enrolment.objects.filter(run=run, status=EnrolmentStatus.CONFIRMED).count() == 6
    assert Counter(SMTPSink.outbox_ids) == Counter(
        str(pk) for pk in owed.values_list("pk", flat=True))  # each e-mail once
    assert second[1].get("X-Page-Cache") == "hit"  # the page cache is built again...
    assert "6 places left" in first[2] and "6 places left" in second[2]  # ...and up to date
