"""What venues and runs offer for access: shown on the run's page, matched on the course page
("I need…"), set in the admin through the scheduling service; and BSL as a run's language."""

import pytest

from courses.models import CourseRun
from courses.services import scheduling
from tests.courses.factories import CourseRunFactory, VenueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hall(db):
    return VenueFactory(name="Riverside Hub", access_features=["step_free", "hearing_loop"])


def test_a_run_offers_its_venue_s_access_and_its_own(course, hall):
    run = CourseRunFactory(course=course, venue=hall, access_features=["bsl_interpreter"],
                           sessions=1)
    assert [feature.label for feature in run.offers()] == [
        "Step-free access", "Hearing loop", "BSL interpreter"]


def test_the_course_page_shows_only_runs_that_offer_what_someone_needs(client, course, hall):
    CourseRunFactory(course=course, venue=hall, sessions=1)
    plain = CourseRunFactory(course=course, sessions=1)
    every = client.get("/courses/living-well/").content.decode()
    assert f"/runs/{plain.pk}/" in every
    matched = client.get("/courses/living-well/?needs=step_free&needs=hearing_loop")
    html = matched.content.decode()
    assert "Step-free access, Hearing loop" in html and f"/runs/{plain.pk}/" not in html
    assert "There are no dates open" in client.get(
        "/courses/living-well/?needs=bsl_interpreter").content.decode()


def test_the_run_page_lists_its_access(client, course, hall):
    run = CourseRunFactory(course=course, venue=hall, access_features=["large_print"],
                           sessions=1)
    html = client.get(f"/runs/{run.pk}/").content.decode()
    assert "<li>Large-print materials</li>" in html and "<li>Hearing loop</li>" in html


def test_a_coordinator_sets_what_a_run_offers_and_bsl_as_its_language(client, cora, run):
    client.force_login(cora)
    response = client.post(f"/admin/course_runs/edit/{run.pk}/", {
        "course": run.course_id, "venue": run.venue_id, "language": "bsl", "capacity": "12",
        "access_features": ["bsl_interpreter", "easy_read"], "enrolment_opens": "",
        "enrolment_closes": "", "notes": ""})
    assert response.status_code == 302
    run = CourseRun.objects.get(pk=run.pk)
    assert (run.language, run.access_features) == ("bsl", ["bsl_interpreter", "easy_read"])
    assert run.get_language_display() == "British Sign Language"


def test_a_made_up_feature_is_refused(run):
    with pytest.raises(Exception, match="not one of the available choices"):
        scheduling.change_run(run, access_features=["teleporter"])
