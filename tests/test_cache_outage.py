"""With Redis (the cache) down, people can still log in and read pages; /health/ says the
cache is down. Uses a redis-server of the test's own, stopped mid-test."""

from pathlib import Path

import pytest

from config import cache as forgiving
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
    forgiving._Outage.until = 0.0


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
