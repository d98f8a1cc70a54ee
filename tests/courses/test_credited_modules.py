"""A co-design credit can say which of the course's modules the person worked on: chosen in
the page editor from that course's modules only, kept in drafts, and shown after their part."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.translation import synchronise_language_trees
from courses.demo.translations import translate
from courses.models import CoDesignCredit, CoursePage
from tests.courses.factories import CoDesignCreditFactory, CoursePageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    """The page's words, without tags."""
    return re.sub(r"<[^>]+>", "", html)


@pytest.fixture
def stress(course):
    return ModulePageFactory(parent=course, title="Stress and sleep", slug="stress")


def _credit(course, *modules, **fields) -> CoDesignCredit:
    credit = CoDesignCreditFactory(page=course, **fields)
    credit.modules.set(modules)
    credit.save()
    return credit


def test_the_course_page_says_which_modules_they_worked_on(client, course, module, stress):
    _credit(course, stress, module, name="Eilidh Wrote", role="Wrote two modules")
    html = _text(client.get("/courses/living-well/").content.decode())
    assert "Worked on: Pacing, Stress and sleep" in html  # in the course's order


def test_a_module_taken_down_is_not_named(client, course, module, stress):
    _credit(course, module, stress, name="Eilidh Wrote")
    stress.unpublish()
    html = _text(client.get("/courses/living-well/").content.decode())
    assert "Worked on: Pacing" in html and "Stress and sleep" not in html


def test_a_credit_without_modules_says_nothing_more(client, course):
    assert "Worked on:" not in client.get("/courses/living-well/").content.decode()


def test_the_modules_cost_one_query_however_many_credits(client, course, module, stress):
    _credit(course, module)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            client.get("/courses/living-well/")
        return len(captured)

    client.get("/courses/living-well/")
    one = queries()
    for number in range(5):
        _credit(course, module, stress, name=f"Person {number}")
    assert queries() == one


def test_the_gaelic_page_names_the_modules_as_translated(client, course, module, stress):
    _credit(course, module, stress, name="Eilidh Wrote")
    synchronise_language_trees()
    gaelic = Locale.objects.get(language_code="gd")
    translate(course, gaelic, {"Living Well": "Beò gu Math"})
    translate(module, gaelic, {"Pacing": "Riaghladh astair"})
    html = client.get("/gd/courses/living-well/").content.decode()
    assert '<span>Riaghladh astair</span>, <span lang="en">Stress and sleep</span>' in html


def _edit_form(course, module_ids) -> dict:
    data = nested_form_data({
        "title": course.title, "slug": course.slug, "summary": course.summary,
        "body": streamfield([]), "audience": course.audience, "delivery": course.delivery,
        "companions": course.companions, "session_count": str(course.session_count or 6),
        "session_minutes": "", "completion_min_sessions": "",
        "credits": inline_formset([{
            "name": "Eòghann Mac a' Ghobhainn", "role": "Co-wrote the pacing module",
            "lived_experience": "on", "consent_given_on": "2026-02-01",
        }]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    })
    data["credits-0-modules"] = [str(pk) for pk in module_ids]  # a checkbox list, as sent
    return data


def test_the_coordinator_chooses_modules_of_this_course_only(client, cora, course, module,
                                                            catalogue):
    other = ModulePageFactory(parent=CoursePageFactory(parent=catalogue, title="Other"),
                              title="Elsewhere", slug="elsewhere")
    client.force_login(cora)
    form = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert "Pacing" in form and "Elsewhere" not in form

    refused = client.post(f"/admin/pages/{course.pk}/edit/", _edit_form(course, [other.pk]))
    assert refused.status_code == 200 and "Select a valid choice" in refused.content.decode()

    response = client.post(f"/admin/pages/{course.pk}/edit/", _edit_form(course, [module.pk]))
    assert response.status_code == 302, response.content.decode()[:2000]
    credit = CoDesignCredit.objects.get(page=course, name="Eòghann Mac a' Ghobhainn")
    assert list(credit.modules.all()) == [module]
    revision = CoursePage.objects.get(pk=course.pk).live_revision.as_object()
    kept = next(c for c in revision.credits.all() if c.name == "Eòghann Mac a' Ghobhainn")
    assert list(kept.modules.all()) == [module]  # in the page's revision too
