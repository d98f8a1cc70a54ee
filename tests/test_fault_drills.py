"""Fault drill: PostgreSQL drops the site's connections (a restart, a failover, an operator's
``pg_terminate_backend``) while gunicorn is serving pages.

Production keeps database connections open between requests (``CONN_MAX_AGE``) and checks one
before reusing it (``CONN_HEALTH_CHECKS``): the next request reconnects and is served. Without the
check (the negative control) the request that meets the dead connection gets our plain error
page, never a traceback, and the one after it is served again.
"""

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import psycopg
import pytest
from django.db import connection

from tests.production import the_test_database
from tests.test_settings_env import PRODUCTION_ENV, ROOT

pytestmark = [pytest.mark.postgres,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PAGE = "/courses/living-well/"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def serve(tmp_path, course):
    """Start gunicorn (one sync worker, production settings) on the test database."""
    started = []

    def start(**env):
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
             f"127.0.0.1:{port}", "--workers", "1", "--log-level", "warning"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={"PATH": "/usr/bin:/bin", **PRODUCTION_ENV,
                 "DJANGO_SETTINGS_MODULE": "tests.production_settings",
                 "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "false",
                 "DATABASE_URL": the_test_database(tmp_path), "CONN_MAX_AGE": "60", **env})
        started.append(server)
        address = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                urllib.request.urlopen(address + "/health/", timeout=2)
                break
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        return address

    yield start
    for server in started:
        server.terminate()
        server.wait(timeout=30)


def _get(address: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(address + PAGE, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _drop_the_sites_connections() -> int:
    """What a database restart does to the site: every other connection to it is cut."""
    db = connection.settings_dict
    with psycopg.connect(host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"],
                         password=db["PASSWORD"] or None, dbname=db["NAME"],
                         autocommit=True) as operator:
        return len(operator.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid() AND pid <> %s",
            [db["NAME"], connection.connection.info.backend_pid]).fetchall())


def test_after_the_database_drops_its_connections_the_next_request_is_served(serve):
    site = serve()
    assert _get(site)[0] == 200
    assert _drop_the_sites_connections() >= 1  # the worker's kept connection
    assert _get(site)[0] == 200


def test_negative_control_without_the_health_check_one_request_gets_the_error_page(serve):
    site = serve(CONN_HEALTH_CHECKS="false")
    assert _get(site)[0] == 200
    assert _drop_the_sites_connections() >= 1
    status, page = _get(site)
    assert status == 500
    assert "Sorry, something went wrong" in page and "Traceback" not in page
    assert _get(site)[0] == 200  # the broken connection was closed after the error
