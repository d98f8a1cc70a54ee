"""With Redis (the cache) down, people can still log in and read pages; /health/ says the
cache is down. Uses a redis-server of the test's own, stopped mid-test."""

import signal
import time
from pathlib import Path

import pytest
from django.test import Client

from config import cache as forgiving
from courses.services import enrolment as enrolment_service
from tests.accounts.factories import PASSWORD
from tests.courses.test_outbox_resilience import REDIS, OwnRedis

pytestmark = [pytest.mark.redis, pytest.mark.django_db]


@pytest.fixture
def redis_cache(tmp_path, settings):
    if not Path(REDIS).exists():
        pytest.skip("needs redis-server (Debian package redis-server)")
    redis = OwnRedis(tmp_path)
    redis.start()
    settings.CACHES = {"default": {
        "BACKEND": "config.cache.ForgivingRedisCache", "LOCATION": redis.url,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}}
    yield redis
    if redis.process.poll() is None:
        redis.stop()
    forgiving._Outage.until, forgiving._Outage.happened = 0.0, False


def test_with_the_cache_down_pages_and_logging_in_still_work(client, redis_cache, run, pat):
    assert client.get("/health/").json()["checks"]["cache"] == "ok"
    redis_cache.stop()
    assert client.get(f"/runs/{run.pk}/").status_code == 200
    assert client.get("/courses/").status_code == 200
    response = client.post("/accounts/login/", {"login": pat.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/my/").status_code == 200
    health = client.get("/health/")
    assert health.status_code == 503 and health.json()["checks"]["cache"].startswith("error")


def test_the_cache_comes_back_when_redis_does(client, redis_cache, run):
    from django.core.cache import cache

    redis_cache.stop()
    assert cache.get("anything", "missed") == "missed"
    redis_cache.start()
    forgiving._Outage.until = 0.0  # as it is once the few seconds' rest are over
    cache.set("back", "yes")
    assert cache.get("back") == "yes"
    assert client.get("/health/").json()["checks"]["cache"] == "ok"


def test_negative_control_django_s_own_redis_cache_fails_those_pages(client, redis_cache, run,
                                                                      settings):
    from redis.exceptions import ConnectionError as RedisConnectionError

    settings.CACHES = {"default": {**settings.CACHES["default"],
                                   "BACKEND": "django.core.cache.backends.redis.RedisCache"}}
    redis_cache.stop()
    with pytest.raises(RedisConnectionError):
        client.get(f"/runs/{run.pk}/")


def _places_shown() -> str:
    page = Client().get("/courses/living-well/")
    assert page.status_code == 200
    text = page.content.decode()
    return text[text.index("places left") - 3:text.index("places left")].strip()


@pytest.mark.parametrize("forgets_after_the_outage", [True, False])
def test_pages_kept_before_a_blip_are_not_served_after_it(
        redis_cache, settings, run, pat, monkeypatch, django_capture_on_commit_callbacks,
        forgets_after_the_outage):
    """Redis unreachable for a moment (frozen, as in a network blip) keeps its data: the move
    to a new generation that an enrolment made then was lost, so the old page is still there.
    Once Redis answers again the site forgets every kept page, once. The negative control,
    without that, serves the page from before the enrolment."""
    settings.PAGE_CACHE_SECONDS = 300
    monkeypatch.setattr(forgiving, "REST", 0.5)
    if not forgets_after_the_outage:
        monkeypatch.setattr(forgiving, "_after_outage", [])
    assert _places_shown() == "12"  # kept
    redis_cache.process.send_signal(signal.SIGSTOP)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            enrolment_service.enrol(run, pat)  # its move to a new generation times out
        assert forgiving._Outage.happened
    finally:
        redis_cache.process.send_signal(signal.SIGCONT)
    time.sleep(0.6)  # the cache is tried again
    assert _places_shown() == ("11" if forgets_after_the_outage else "12")
