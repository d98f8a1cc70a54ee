"""Course content in Gaelic: translated pages, English left where nobody has translated it yet
(and marked so), runs and credits that belong to the course in every language."""

import pytest
from wagtail.models import Locale

from cms.translation import synchronise_language_trees
from courses.demo.translations import translate
from courses.models import CoursePage
from courses.services.errors import SchedulingError
from courses.services.scheduling import create_run
from tests.courses.factories import CoursePageFactory, VenueFactory

pytestmark = pytest.mark.django_db
NOT_YET = "Cha deach an duilleag seo eadar-theangachadh gu do chànan fhathast"
PARTLY = "Cha deach cuid den duilleag seo eadar-theangachadh fhathast"


@pytest.fixture
def gaelic(db) -> Locale:
    return Locale.objects.get(language_code="gd")


@pytest.fixture
def in_gaelic(home, course, module, run, gaelic):
    """The Gaelic tree made (every page an alias), the course translated but for its summary."""
    synchronise_language_trees()
    translate(course, gaelic, {"Living Well": "Beò gu Math",
                               "Pacing": "Riaghladh astair"})
    return CoursePage.objects.get(translation_key=course.translation_key, locale=gaelic)


def test_a_page_nobody_has_translated_is_shown_in_english_marked_as_english(
        client, home, course, module, gaelic):
    synchronise_language_trees()
    html = client.get("/gd/courses/living-well/pacing/").content.decode()
    assert '<h1 lang="en">Pacing</h1>' in html
    assert NOT_YET in html


def test_a_translated_page_is_in_gaelic_with_what_is_left_marked_english(client, in_gaelic):
    html = client.get("/gd/courses/living-well/").content.decode()
    assert "<h1>Beò gu Math</h1>" in html
    assert f'<p class="lead" lang="en">{in_gaelic.summary}</p>' in html
    assert PARTLY in html
    assert in_gaelic.untranslated == ["summary"]


def test_the_gaelic_course_page_lists_the_english_course_s_runs_and_credits(
        client, in_gaelic, run):
    html = client.get("/gd/courses/living-well/").content.decode()
    assert f"/gd/runs/{run.pk}/" in html
    assert "Mòrag Consented" in html
    assert "Unconsented Person" not in html


def test_a_gaelic_address_with_no_gaelic_page_at_all_shows_the_english_one(
        client, in_gaelic, catalogue):
    # Made in code, so no alias was made for it: the routing falls back to the English tree.
    CoursePageFactory(parent=catalogue, title="Breathing Space", slug="breathing-space")
    response = client.get("/gd/courses/breathing-space/")
    assert response.status_code == 200
    assert '<h1 lang="en">Breathing Space</h1>' in response.content.decode()
    assert client.get("/gd/courses/no-such-course/").status_code == 404


def test_what_is_marked_english_follows_what_was_translated_not_later_english_edits(
        in_gaelic, course):
    course.summary = "A new English summary nobody has translated."
    course.save_revision().publish()
    in_gaelic.refresh_from_db()
    in_gaelic.save()  # worked out again against what the translators worked from
    assert in_gaelic.untranslated == ["summary"]


def test_a_run_belongs_to_the_english_page_of_its_course(in_gaelic, cora):
    with pytest.raises(SchedulingError) as refused:
        create_run(course=in_gaelic, venue=VenueFactory(), language="gd", capacity=10)
    assert refused.value.code == "translation"


def test_the_switcher_and_alternates_lead_to_the_same_page_in_the_other_language(
        client, in_gaelic):
    html = client.get("/gd/courses/living-well/").content.decode()
    assert 'href="/courses/living-well/" hreflang="en"' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/courses/living-well/">' \
        in html
