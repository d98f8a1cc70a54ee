"""Production settings for a real server that a test starts (gunicorn against the test
database): everything as deployed except static files, which are served by name, so that the
test needs no collectstatic."""

from config.settings.production import *  # noqa: F403
from config.settings.production import STORAGES

STORAGES = {**STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
