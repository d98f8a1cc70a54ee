""""Support near you": /my/ and the end of a course's last module link to the directory, for
the person's own area where we know it (courses offers the places; community fills them)."""

import pytest

from courses.services import enrolment
from courses.services.demand import record_demand
from tests.courses.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


def test_my_page_links_to_support_in_the_area_of_my_course(client, pat, run):
    enrolment.enrol(run, pat)
    client.force_login(pat)
    page = client.get("/my/").content.decode()
    area = run.venue.area
    assert f'<a href="/support/?area={area.pk}">Find support in Highland</a>' in page
    gaelic = client.get("/gd/my/").content.decode()
    assert f'href="/gd/support/?area={area.pk}"' in gaelic


def test_without_a_course_it_uses_the_area_i_asked_about_or_none(client, sam, course, glasgow):
    client.force_login(sam)
    assert '<a href="/support/">Find support near you</a>' in client.get("/my/").content.decode()
    record_demand(sam, course, area=glasgow, language="en", times="either", online_ok=False,
                  access_needs=[], consented=True)
    assert f'href="/support/?area={glasgow.pk}">Find support in Glasgow' in client.get(
        "/my/").content.decode()


def test_the_last_module_of_a_course_points_to_support_near_you(client, pat, run, module):
    page = client.get(module.url).content.decode()
    assert "Support near you" in page and 'href="/support/"' in page
    enrolment.enrol(run, pat)
    client.force_login(pat)
    assert f'href="/support/?area={run.venue.area_id}"' in client.get(
        module.url).content.decode()
    later = ModulePageFactory(parent=module.get_parent(), title="Keeping going", slug="going")
    assert "Support near you" not in client.get(module.url).content.decode()
    assert "Support near you" in client.get(later.url).content.decode()
