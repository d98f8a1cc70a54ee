"""The site as production runs it, plus one bare view, ``/bench-ok/``, that answers "ok" through
the same gunicorn, middleware and settings: the ceiling ``bench/pages.py`` measures pages against.
Used only by the benchmark (``DJANGO_SETTINGS_MODULE=bare_site`` with ``bench/`` on the path)."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bare_site_urls"
