import pytest

from courses.models import CoDesignCredit
from tests.courses.factories import CoursePageFactory, ModulePageFactory, activity

pytestmark = pytest.mark.django_db


def test_the_catalogue_lists_live_courses(client, course, catalogue):
    draft = CoursePageFactory(parent=catalogue, title="Draft course", slug="draft")
    draft.unpublish()
    html = client.get("/courses/").content.decode()
    assert "Living Well" in html
    assert "Draft course" not in html


def test_the_catalogue_filters_by_audience_and_ignores_nonsense(client, course, catalogue):
    CoursePageFactory(parent=catalogue, title="Caring Too", slug="caring", audience="carers")
    carers = client.get("/courses/?for=carers").content.decode()
    assert "Caring Too" in carers and "Living Well" not in carers
    nonsense = client.get("/courses/?for=<script>")
    assert nonsense.status_code == 200
    assert "Living Well" in nonsense.content.decode()


def test_the_course_page_lists_modules_in_order_with_their_durations(client, course):
    ModulePageFactory(parent=course, title="First", body=[activity("A", 30), activity("B", 45)])
    ModulePageFactory(parent=course, title="Second", body=[activity("C", 150)])
    html = client.get("/courses/living-well/").content.decode()
    assert html.index("First") < html.index("Second")
    assert "1 hour 15 minutes" in html
    assert "2 hours 30 minutes" in html


def test_the_course_page_states_the_completion_rule(client, course):
    html = client.get("/courses/living-well/").content.decode()
    assert "Attend at least 4 of 6 sessions." in html


def test_credits_show_only_with_recorded_consent(client, course):
    html = client.get("/courses/living-well/").content.decode()
    assert "Mòrag Consented" in html
    assert "Unconsented Person" not in html


def test_a_withdrawn_credit_disappears_at_once(client, course):
    CoDesignCredit.objects.filter(name="Mòrag Consented").update(
        consent_withdrawn_on="2026-06-01")
    html = client.get("/courses/living-well/").content.decode()
    assert "Mòrag Consented" not in html
    assert "Who designed this course" not in html


def test_an_anonymous_credit_never_shows_the_name(client, course):
    CoDesignCredit.objects.filter(name="Mòrag Consented").update(anonymous=True)
    html = client.get("/courses/living-well/").content.decode()
    assert "Mòrag Consented" not in html
    assert "Anonymous" in html


def test_the_module_page_shows_its_plan_with_timings(client, module):
    html = client.get("/courses/living-well/pacing/").content.decode()
    assert "0:00–0:20" in html
    assert "0:20–1:00" in html
    assert "Boom and bust" in html


def test_a_module_adds_up_its_activity_minutes(module):
    assert module.planned_minutes == 60
    assert [step.starts_at for step in module.plan()] == [0, 20]


def test_a_group_course_needs_sessions_and_a_sensible_rule(catalogue):
    from django.core.exceptions import ValidationError

    from courses.models import CoursePage

    course = CoursePage(title="X", slug="x", summary="s", audience="carers", delivery="group",
                        session_count=4, completion_min_sessions=5)
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "completion_min_sessions" in error.value.message_dict
    course.session_count = None
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "session_count" in error.value.message_dict


def test_a_self_paced_module_needs_its_cpd_hours(catalogue):
    from django.core.exceptions import ValidationError

    from courses.models import CoursePage

    course = CoursePage(title="X", slug="x", summary="s", audience="health_staff",
                        delivery="self_paced")
    with pytest.raises(ValidationError) as error:
        course.clean()
    assert "cpd_hours" in error.value.message_dict


def test_a_self_paced_course_for_participants_needs_no_cpd_hours(catalogue):
    from courses.models import CoursePage

    course = CoursePage(title="X", slug="x", summary="s", audience="long_term_conditions",
                        delivery="self_paced")
    course.clean()
    assert course.completion_rule() == "Work through every module online, at your own pace."
