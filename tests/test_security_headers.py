"""Security headers and cookie flags on real responses: a strict Content Security Policy on
public and participant pages, a separate one for the admin, and the production cookie flags."""

import json
import os
import subprocess
import sys

import pytest

from config import csp
from tests.production import the_test_database
from tests.test_settings_env import PRODUCTION_ENV, ROOT

pytestmark = pytest.mark.django_db


def directives(header: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


@pytest.mark.parametrize("path", ["/", "/courses/", "/accounts/login/", "/my/",
                                  "/certificates/verify/", "/privacy/"])
def test_public_and_participant_pages_forbid_inline_scripts(client, home, pat, path):
    client.force_login(pat)
    response = client.get(path)
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
    assert "unsafe" not in response["Content-Security-Policy"]
    assert "<script>" not in response.content.decode()  # and the pages need none


def test_the_admin_has_its_own_policy(client, cora, home):
    client.force_login(cora)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"] and policy["frame-ancestors"] == "'self'"
    assert response["Content-Security-Policy"] == csp.ADMIN


def test_errors_show_no_stack_trace_or_settings(client, db):
    response = client.get("/runs/999999/")
    assert response.status_code == 404
    assert "Traceback" not in response.content.decode()
    assert "SECRET_KEY" not in response.content.decode()


# Logs in through the real form under production settings, in a process of its own (no page is
# rendered, so no collected static files are needed): the response carries the session cookie
# and, rotated at login, the CSRF cookie.
SCRIPT = """
import django, json
django.setup()
from django.test import Client
from accounts.models import User
from accounts.services.profile import confirm_email_address
confirm_email_address(User.objects.create_user(
    email="cookie@example.org", password="a long pass phrase 2026", full_name="Cookie Test"))
client = Client(HTTP_HOST="courses.example.org")
response = client.post("/accounts/login/", {"login": "cookie@example.org",
                                            "password": "a long pass phrase 2026"}, secure=True)
cookies = {name: {key: str(morsel[key]) for key in ("secure", "httponly", "samesite")}
           for name, morsel in response.cookies.items()}
print(json.dumps({"headers": dict(response.headers), "cookies": cookies,
                  "status": response.status_code}))
"""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_production_sends_hsts_and_secure_httponly_samesite_cookies(tmp_path):
    clean = {k: v for k, v in os.environ.items()
             if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env = {**clean, **PRODUCTION_ENV, "DATABASE_URL": the_test_database(tmp_path)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT,
                            env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    headers = seen["headers"]
    assert seen["status"] == 302  # logged in, on to the next page
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert "script-src 'self';" in headers["Content-Security-Policy"]
    for name in ("csrftoken", "sessionid"):
        assert seen["cookies"][name] == {"secure": "True", "httponly": "True",
                                         "samesite": "Lax"}, name


def test_documents_in_a_private_collection_need_logging_in(client, pat, home):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Trainers only")
    CollectionViewRestriction.objects.create(collection=private,
                                             restriction_type="login")
    document = Document.objects.create(title="Facilitator notes", collection=private,
                                       file=ContentFile(b"notes", name="notes.txt"))
    assert not document.url.startswith("/media/")
    response = client.get(document.url)
    assert response.status_code == 302 and "/accounts/login/" in response.url
    client.force_login(pat)
    assert client.get(document.url).status_code == 200
