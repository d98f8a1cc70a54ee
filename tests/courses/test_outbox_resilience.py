"""Redis goes down while people enrol and complete: what they did still succeeds, and the
e-mails (the certificate with it) follow once Redis is back — each exactly once."""

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from config.celery import app
from courses.models import Certificate, Enrolment, OutboxMessage
from courses.services import completion
from courses.services import enrolment as enrolment_service
from courses.tasks import sweep_outbox_task
from tests.courses.test_celery_worker import _forget_broker_connections, _wait_until

pytestmark = [pytest.mark.redis,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]
REDIS = shutil.which("redis-server") or "/usr/bin/redis-server"


def _spare_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OwnRedis:
    """A redis-server of this test's own, on a spare port, that the test stops and starts."""

    def __init__(self, tmp_path: Path):
        self.port, self.dir, self.process = _spare_port(), tmp_path, None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.dir)], stdout=subprocess.DEVNULL)
        assert _wait_until(self._answers, 10), "redis-server did not start"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        assert not self._answers()

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False


@pytest.fixture
def own_redis(tmp_path, settings, monkeypatch):
    if not Path(REDIS).exists():
        pytest.skip("needs redis-server (Debian package redis-server)")
    redis = OwnRedis(tmp_path)
    redis.start()
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = redis.url
    # Celery prefers the environment's CELERY_BROKER_URL (CI's Redis) to its configuration:
    # without this, tasks would go to that Redis, which this test never stops.
    monkeypatch.setenv("CELERY_BROKER_URL", redis.url)
    app.conf.broker_url = redis.url
    _forget_broker_connections()
    yield redis
    if redis.process.poll() is None:
        redis.stop()
    _forget_broker_connections()


def test_enrolling_and_completing_with_redis_down_lose_nothing_and_send_once(
        own_redis, run, finished, pat, sam):
    own_redis.stop()
    started = time.monotonic()
    place = enrolment_service.enrol(run, sam)            # Redis is down: still a place
    completion.close_run(finished[0])                      # and Pat's certificate is issued
    assert time.monotonic() - started < 30
    assert Enrolment.objects.get(pk=place.pk).status == "confirmed"
    assert Certificate.objects.filter(user=pat).count() == 1
    owed = set(OutboxMessage.objects.values_list("kind", "recipient__email"))
    assert owed == {("enrolment_confirmed", "sam@example.org"),
                    ("certificate_issued", "pat@example.org")}
    assert not OutboxMessage.objects.filter(sent_at__isnull=False).exists()
    assert mail.outbox == []

    own_redis.start()
    _forget_broker_connections()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=20):
        sweep_outbox_task.delay()  # what beat does every minute, through Redis
        assert _wait_until(lambda: not OutboxMessage.objects.filter(sent_at__isnull=True)
                           .exists(), 30), "the sweep did not send what was owed"
    assert sweep_outbox_task.apply().get() == 0  # a later tick finds nothing more to send
    assert sorted(m.to[0] for m in mail.outbox) == ["pat@example.org", "sam@example.org"]
    certificate_mail = next(m for m in mail.outbox if m.to == ["pat@example.org"])
    assert certificate_mail.attachments and certificate_mail.attachments[0][0].endswith(".pdf")
    assert set(OutboxMessage.objects.values_list("attempts", flat=True)) == {1}
