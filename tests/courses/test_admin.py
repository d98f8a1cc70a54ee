"""A coordinator — not a superuser — runs the course content from the Wagtail admin."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CoDesignCredit, ConfidenceScale, CoursePage, ModulePage

pytestmark = pytest.mark.django_db


def _course_form(**overrides):
    data = {
        "title": "Breathing Space Course", "slug": "breathing-space",
        "summary": "For people living with lung conditions.", "body": streamfield([]),
        "audience": "long_term_conditions", "delivery": "group", "companions": "support",
        "session_count": "6", "session_minutes": "120", "completion_min_sessions": "4",
        "credits": inline_formset([{
            "name": "Eòghann Mac a' Ghobhainn", "role": "Co-wrote the breathing module",
            "lived_experience": "on", "consent_given_on": "2026-02-01",
        }]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_the_coordinator_is_not_a_superuser_and_reaches_the_admin(client, cora, home):
    assert not cora.is_superuser and not cora.is_staff
    client.force_login(cora)
    assert client.get("/admin/").status_code == 200


def test_the_coordinator_creates_a_course_with_a_credit(client, cora, catalogue):
    client.force_login(cora)
    url = f"/admin/pages/add/courses/coursepage/{catalogue.pk}/"
    response = client.post(url, _course_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    course = CoursePage.objects.get(slug="breathing-space", locale__language_code="en")
    assert course.live
    credit = CoDesignCredit.objects.get(page=course)
    assert credit.name == "Eòghann Mac a' Ghobhainn" and credit.may_be_shown


def test_the_coordinator_adds_a_module_with_trainer_notes(client, cora, course):
    client.force_login(cora)
    data = nested_form_data({
        "title": "Breathing easier", "slug": "breathing-easier", "summary": "Techniques.",
        "pass_mark": "80",
        "body": streamfield([
            ("activity", {"title": "Practice", "minutes": "30",
                          "instructions": rich_text("<p>Try it.</p>"), "materials": ""}),
            ("trainer_notes", {"notes": rich_text("<p>Go slowly.</p>")}),
        ]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    })
    response = client.post(f"/admin/pages/add/courses/modulepage/{course.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    module = ModulePage.objects.get(slug="breathing-easier", locale__language_code="en")
    assert module.planned_minutes == 30
    assert [block.block_type for block in module.body] == ["activity", "trainer_notes"]


def test_the_coordinator_edits_a_module(client, cora, module):
    client.force_login(cora)
    assert client.get(f"/admin/pages/{module.pk}/edit/").status_code == 200
    data = nested_form_data({
        "title": "Pacing yourself", "slug": "pacing", "summary": "Edited.", "pass_mark": "80",
        "body": streamfield([("activity", {"title": "Only one", "minutes": "45",
                                           "instructions": rich_text("<p>x</p>"),
                                           "materials": ""})]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    })
    response = client.post(f"/admin/pages/{module.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    module.refresh_from_db()
    assert module.title == "Pacing yourself" and module.planned_minutes == 45


def test_the_admin_shows_clear_errors_for_an_impossible_rule(client, cora, catalogue):
    client.force_login(cora)
    url = f"/admin/pages/add/courses/coursepage/{catalogue.pk}/"
    response = client.post(url, _course_form(completion_min_sessions="9"))
    assert response.status_code == 200
    assert "This cannot be more than the number of sessions." in response.content.decode()
    assert not CoursePage.objects.filter(slug="breathing-space").exists()


def test_the_coordinator_manages_confidence_scales(client, cora, home):
    client.force_login(cora)
    data = nested_form_data({
        "name": "Carers' confidence", "introduction": "", "low_anchor": "Not at all",
        "high_anchor": "Completely",
        "statements": inline_formset([{"text": "I can ask for help."}], min=1),
    })
    response = client.post("/admin/snippets/courses/confidencescale/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ConfidenceScale.objects.get(name="Carers' confidence").statements.count() == 1


@pytest.mark.parametrize("who", ["pat", "tara", "hana"])
def test_people_without_the_coordinator_role_cannot_reach_the_admin(client, home, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/admin/").status_code == 403
    assert client.get("/admin/pages/").status_code == 403
    assert client.get("/django-admin/").status_code == 403
