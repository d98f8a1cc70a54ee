"""The "tell me when" form, its link from a course page with no dates that suit, /my/, and
the coordinators' demand report."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from courses.models import DemandRequest, DemandStatus
from courses.services import demand
from tests.courses.factories import AreaFactory, CoursePageFactory

pytestmark = pytest.mark.django_db


def visitor_form(area, *, area_slug: str = "", **overrides) -> dict:
    return {"area": area_slug or area.slug, "language": "en", "times": "either",
            "full_name": "Mhairi", "phone": "07911 123456", "email": "", "consent": "on",
            **overrides}


def test_a_course_with_no_dates_that_suit_links_to_the_form(client, course, run, highland):
    html = client.get("/courses/living-well/?needs=bsl_interpreter").content.decode()
    assert f"/demand/{course.pk}/?needs=bsl_interpreter" in html
    assert f"/demand/{course.pk}/" not in client.get("/courses/living-well/").content.decode()


def test_the_form_starts_from_what_the_visitor_filtered_by(client, course, highland):
    form = client.get(f"/demand/{course.pk}/?area=highland&language=gd&needs=large_print"
                      ).context["form"]
    assert (form["area"].value(), form["language"].value()) == ("highland", "gd")
    assert form["access_needs"].value() == ["large_print"]
    online = client.get(f"/demand/{course.pk}/?area=online").context["form"]
    assert (online["area"].value(), online["online_ok"].value()) == ("", True)


def test_the_form_is_never_stored_by_a_cache(client, course, pat):
    assert "no-store" in client.get(f"/demand/{course.pk}/")["Cache-Control"]
    client.force_login(pat)
    response = client.get(f"/demand/{course.pk}/")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert 'name="phone"' not in response.content.decode()  # we know how to reach pat


def test_a_visitor_gives_a_phone_number_and_is_thanked_on_the_course_page(
        client, course, highland):
    response = client.post(f"/demand/{course.pk}/", visitor_form(highland))
    assert response.status_code == 302 and response.url == "/courses/living-well/"
    request = DemandRequest.objects.get()
    assert str(request.person.phone) == "+447911123456" and request.person.email is None
    assert "We will tell you" in client.get(response.url).content.decode()


@pytest.mark.parametrize(("overrides", "message"), [
    ({"phone": "12345"}, "is not a phone number we can read"),
    ({"phone": ""}, "Give a phone number or an e-mail address"),
    ({"phone": "", "email": "not-an-address"}, "Enter an e-mail address like"),
    ({"area_slug": "atlantis"}, "Choose one of the areas listed"),
    ({"consent": ""}, "We need your agreement"),
])
def test_bad_input_is_told_plainly_at_the_top_and_on_the_field(client, course, highland,
                                                                overrides, message):
    response = client.post(f"/demand/{course.pk}/", visitor_form(highland, **overrides))
    assert response.status_code == 400
    html = response.content.decode()
    summary = html.split('class="error-summary"')[1].split("</div>")[0]
    assert message in summary and 'href="#id_' in summary
    assert not DemandRequest.objects.exists() and not User.objects.filter(
        full_name="Mhairi").exists()


@pytest.mark.parametrize("field", ["full_name", "area", "phone"])
def test_a_nul_anywhere_is_a_plain_400_that_records_nothing(client, course, highland, field):
    form = visitor_form(highland)
    form[field] = form[field][:3] + "\x00" + form[field][3:]
    response = client.post(f"/demand/{course.pk}/", form)
    assert response.status_code == 400
    assert "We could not read that" in response.content.decode()
    assert not DemandRequest.objects.exists()


def test_someone_logged_in_asks_with_their_account_and_sees_it_on_my(client, course, pat,
                                                                     highland):
    client.force_login(pat)
    response = client.post(f"/demand/{course.pk}/", {"area": "highland", "language": "en",
                                                     "times": "evening", "consent": "on"})
    assert response.status_code == 302 and response.url == "/my/"
    request = DemandRequest.objects.get(person=pat)
    html = client.get("/my/").content.decode()
    assert "Courses you asked to hear about" in html and "In the evening" in html
    assert f"/my/demand/{request.pk}/withdraw/" in html


def test_withdrawing_from_my_closes_it_and_nobody_else_can(client, course, pat, sam,
                                                           highland):
    request = demand.record_demand(pat, course, area=highland, language="en",
                                   times="either", online_ok=False, access_needs=[],
                                   consented=True)
    client.force_login(sam)
    assert client.post(f"/my/demand/{request.pk}/withdraw/").status_code == 404
    client.force_login(pat)
    assert client.get(f"/my/demand/{request.pk}/withdraw/").status_code == 405
    assert client.post(f"/my/demand/{request.pk}/withdraw/").status_code == 302
    request.refresh_from_db()
    assert request.status == DemandStatus.WITHDRAWN
    assert "Courses you asked to hear about" not in client.get("/my/").content.decode()


def test_a_self_paced_module_has_no_form(client, catalogue):
    module = CoursePageFactory(parent=catalogue, delivery="self_paced", cpd_hours=2,
                               audience="health_staff")
    assert client.get(f"/demand/{module.pk}/").status_code == 404
    assert client.get("/demand/999999/").status_code == 404


def test_sending_it_too_often_from_one_place_is_slowed_down(client, course, highland,
                                                            settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "demand_request": "2/m/ip"}
    for number in range(2):
        client.post(f"/demand/{course.pk}/", visitor_form(
            highland, phone=f"07911 12345{number}"))
    response = client.post(f"/demand/{course.pk}/", visitor_form(highland,
                                                                 phone="07911 123459"))
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert DemandRequest.objects.count() == 2


# --- the report ------------------------------------------------------------------------------

def _requests(course, areas, count: int, first: int = 0) -> None:
    from tests.accounts.factories import UserFactory

    for number in range(first, first + count):
        person = UserFactory()
        demand.record_demand(person, course, area=areas[number % len(areas)],
                             language=["en", "gd", "bsl"][number % 3], times="either",
                             online_ok=number % 2 == 0, access_needs=[], consented=True)


def test_a_coordinator_sees_demand_per_course_and_area(client, cora, course, highland,
                                                       time_machine):
    time_machine.move_to("2026-01-01 12:00:00+00:00", tick=False)
    _requests(course, [highland], 1)
    time_machine.move_to("2026-02-01 12:00:00+00:00", tick=False)
    _requests(course, [highland], 2, first=1)
    time_machine.move_to("2026-03-02 12:00:00+00:00", tick=False)
    client.force_login(cora)
    assert not cora.is_superuser
    html = client.get("/admin/").content.decode()
    assert "/admin/demand/" in html  # in the Reports menu
    response = client.get("/admin/demand/")
    assert response.status_code == 200
    row = response.context["rows"][0]
    assert (row["course_title"], row["area_name"], row["waiting"]) == ("Living Well",
                                                                       "Highland", 3)
    assert row["oldest_days"] == 60 and round(row["median_days"]) == 29
    assert row["languages"] == [("English", 1), ("Gàidhlig", 1), ("British Sign Language", 1)]
    assert row["online_ok"] == 2  # the first and the third


def test_the_median_of_an_even_number_is_between_the_middle_two(course, highland, time_machine):
    for day in ("01", "03", "05", "11"):
        time_machine.move_to(f"2026-01-{day} 12:00:00+00:00", tick=False)
        _requests(course, [highland], 1)
    time_machine.move_to("2026-01-21 12:00:00+00:00", tick=False)
    [row] = DemandRequest.objects.active().by_course_and_area()
    assert row["median_days"] == 17  # waits of 20, 18, 16 and 10 days


def test_closed_requests_are_not_counted(client, cora, course, highland):
    _requests(course, [highland], 2)
    demand.withdraw_demand(DemandRequest.objects.first())
    client.force_login(cora)
    assert client.get("/admin/demand/").context["rows"][0]["waiting"] == 1


def test_the_report_takes_the_same_queries_for_ten_or_a_hundred_requests(client, cora,
                                                                         course, catalogue):
    areas = [AreaFactory(name=f"Area {n}") for n in range(4)]
    other = CoursePageFactory(parent=catalogue)
    client.force_login(cora)
    client.get("/admin/demand/")
    counts = []
    for count in (10, 100):
        _requests(course, areas, count // 2)
        _requests(other, areas, count // 2)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/demand/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_people_without_the_permission_are_refused(client, pat, tara):
    for person in (pat, tara):
        client.force_login(person)
        assert client.get("/admin/demand/").status_code == 403
