"""A real Celery worker, fed through Redis, sends what the outbox owes."""

import os
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from config.celery import app
from courses.models import OutboxMessage
from courses.services import enrolment as enrolment_service

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _forget_broker_connections():
    """Forget the producer pool an earlier test made for another broker (or an unreachable one);
    the next publish builds one for the broker configured now."""
    app._pool = None
    app.amqp._producer_pool = None


def _wait_until(condition, seconds=20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_a_worker_sends_the_confirmation_exactly_once(run, pat, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]
    _forget_broker_connections()
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=20):
            enrolment_service.enrol(run, pat)  # commits, then queues the task through Redis
            sent = _wait_until(lambda: OutboxMessage.objects.filter(sent_at__isnull=False)
                               .exists())
        assert sent, "the worker did not send the e-mail within 20 seconds"
        assert [m.to for m in mail.outbox] == [[pat.email]]
        message = OutboxMessage.objects.get()
        assert message.attempts == 1
    finally:
        _forget_broker_connections()
