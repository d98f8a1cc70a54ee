"""Django's Redis cache, made to degrade rather than fail: with Redis down, a read is a miss
and a write is skipped, so pages still work (slower, rebuilt from the database), and /health/
still reports the cache as down. After a failure Redis is left alone for a few seconds, so a
page that asks the cache many things does not wait on a dead server for each of them.

A write lost while Redis was unreachable can leave out-of-date entries behind when Redis comes
back with its data (a network blip rather than a restart): the page cache's move to a new
generation, say. So whoever relies on such writes registers ``after_outage``: when a call
succeeds again after one failed, those functions run once, in this process.

Login throttling keeps its counts (and takes a short lock) in this cache: while Redis is down
``add`` answers "added", so the lock is had and logging in works, and nothing is counted. The
other way round (refusing every login while Redis is down) would lock everyone out.
"""

import logging
import time
from functools import wraps

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
REST = 5.0  # seconds without trying Redis again after it failed


class _Outage:
    until = 0.0
    happened = False  # since the last call that worked


_after_outage: list = []


def after_outage(function) -> None:
    """Run ``function`` once whenever this process reaches Redis again after failing to."""
    _after_outage.append(function)


def _recovered() -> None:
    _Outage.happened = False
    for function in _after_outage:
        function()


def _forgiving(default):
    def decorate(method):
        @wraps(method)
        def call(self, *args, **kwargs):
            if time.monotonic() < _Outage.until:
                return default(args, kwargs)
            try:
                if _Outage.happened:  # back? then first what must follow an outage, so that
                    self._cache.get_client(write=True).ping()  # this call sees it done
                    _recovered()
                return method(self, *args, **kwargs)
            except (RedisError, OSError) as error:
                _Outage.until, _Outage.happened = time.monotonic() + REST, True
                logger.warning("Cache unavailable (%s: %s); carrying on without it.",
                               type(error).__name__, error)
                return default(args, kwargs)
        return call
    return decorate


def _nothing(args, kwargs):
    return None


def _false(args, kwargs):
    return False


def _true(args, kwargs):
    return True


def _given_default(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


def _missing(args, kwargs):
    raise ValueError("The key is not in the cache (the cache is unavailable).")


class ForgivingRedisCache(RedisCache):
    get = _forgiving(_given_default)(RedisCache.get)
    get_many = _forgiving(lambda args, kwargs: {})(RedisCache.get_many)
    has_key = _forgiving(_false)(RedisCache.has_key)
    incr = _forgiving(_missing)(RedisCache.incr)
    add = _forgiving(_true)(RedisCache.add)
    set = _forgiving(_nothing)(RedisCache.set)
    set_many = _forgiving(lambda args, kwargs: list(args[0]) if args else [])(
        RedisCache.set_many)
    touch = _forgiving(_false)(RedisCache.touch)
    delete = _forgiving(_false)(RedisCache.delete)
    delete_many = _forgiving(_nothing)(RedisCache.delete_many)
    clear = _forgiving(_false)(RedisCache.clear)
