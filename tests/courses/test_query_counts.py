"""A page's query count does not grow with the number of runs, sessions or enrolments."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.services import enrolment as enrolment_service
from courses.services import scheduling
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    client.get(url)  # warm per-process caches (site root paths, templates)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _grow(course, pat, runs: int) -> None:
    for _ in range(runs):
        run = CourseRunFactory(course=course, sessions=6)
        enrolment_service.enrol(run, pat)
        for _ in range(3):
            enrolment_service.enrol(run, UserFactory())


def test_the_course_page_run_page_and_my_page_stay_constant(client, course, pat):
    _grow(course, pat, 2)
    first_run = course.runs.first()
    client.force_login(pat)
    urls = ["/courses/living-well/", f"/runs/{first_run.pk}/", "/my/"]
    before = [_queries(client, url) for url in urls]
    _grow(course, pat, 8)
    after = [_queries(client, url) for url in urls]
    assert before == after


def test_the_course_page_shows_twenty_runs_a_page(client, course):
    for _ in range(21):
        CourseRunFactory(course=course, sessions=1)
    first = client.get("/courses/living-well/").content.decode()
    assert first.count('class="card"') == 20
    assert "Page 1 of 2" in first
    second = client.get("/courses/living-well/?page=2").content.decode()
    assert second.count('class="card"') == 1
    assert client.get("/courses/living-well/?page=nonsense").status_code == 200


def test_the_pages_people_use_most_stay_within_their_query_budgets(
        client, settings, course, run, module, pat, tara, tara_profile):
    """The counts measured for the leaner pages (issue 14), with the site's furniture kept as
    in production: a page that starts needing more queries fails here first."""
    settings.PAGE_CACHE_SECONDS = 300
    scheduling.assign_trainer(run, tara_profile, "lead")
    enrolment_service.enrol(run, pat)
    session = run.sessions.first()
    client.force_login(pat)
    assert _queries(client, "/courses/living-well/") <= 11
    # 11, one for the courses they asked about, one for each panel of the apps above courses
    # (co-design's changes, community's groups)
    assert _queries(client, "/my/") <= 14
    client.force_login(tara)
    assert _queries(client, "/trainer/") <= 11  # 10, and one for the follow-ups waiting
    assert _queries(client, f"/trainer/sessions/{session.pk}/") <= 9
