"""A CDN in front of the site: pages it may keep say so, and it is told to drop the pages a
change shows on. The purge goes through Wagtail's real HTTP purge backend to a small server
of ours that records what it was sent."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import Client

from courses.services import enrolment as enrolment_service

pytestmark = pytest.mark.django_db


class _Recorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def cdn_on(settings, cdn):
    settings.PAGE_CACHE_SECONDS = 300
    settings.CDN_SECONDS = 60
    settings.WAGTAILFRONTENDCACHE = {"cdn": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": f"http://127.0.0.1:{cdn.server_port}"}}
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = []
    return cdn


def test_an_enrolment_purges_the_run_and_course_pages_in_both_languages(
        cdn_on, run, pat, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_service.enrol(run, pat)
    purged = {path for _host, path in cdn_on.purged}
    assert purged == {f"/runs/{run.pk}/", f"/gd/runs/{run.pk}/", "/courses/living-well/",
                      "/gd/courses/living-well/"}
    assert {host for host, _path in cdn_on.purged} == {"localhost"}  # the site's own host


def test_publishing_purges_the_page_and_the_pages_that_list_it(
        cdn_on, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course.title = "Living Well, revised"
        course.save_revision().publish()
    purged = {path for _host, path in cdn_on.purged}
    assert {"/courses/living-well/", "/gd/courses/living-well/", "/courses/", "/gd/courses/",
            "/", "/gd/"} <= purged


def test_kept_pages_may_be_kept_by_the_cdn_and_personal_ones_never(cdn_on, course, pat):
    response = Client().get("/courses/living-well/")
    assert "s-maxage=60" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert "s-maxage=60" in Client().get("/courses/living-well/")["Cache-Control"]  # kept copy
    own = Client()
    own.force_login(pat)
    control = own.get("/courses/living-well/").get("Cache-Control", "")
    assert "s-maxage" not in control and "public" not in control
    assert "private" in own.get("/my/")["Cache-Control"]


def test_without_a_cdn_nothing_is_purged_or_marked(cdn, settings, run, pat,
                                                   django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 300
    with django_capture_on_commit_callbacks(execute=True):
        enrolment_service.enrol(run, pat)
    assert cdn.purged == []
    assert "s-maxage" not in Client().get("/courses/living-well/").get("Cache-Control", "")
