"""The networkers' page: their areas' entries, the longest unchecked first, with "checked
today", change, add and remove; the demand for courses there as counts; 403 outside their
areas, and for anyone who is neither a networker nor a coordinator."""

from datetime import timedelta

import pytest
from django.utils import timezone

from community.models import DirectoryEntry
from courses.services.demand import record_demand
from tests.accounts.factories import UserFactory
from tests.community.factories import DirectoryEntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kept(home, highland, glasgow):
    today = timezone.localdate()
    return {
        "fresh": DirectoryEntryFactory(name="Fresh group", area=highland, checked_on=today),
        "due": DirectoryEntryFactory(name="Due group", area=highland,
                                     checked_on=today - timedelta(days=200)),
        "hidden": DirectoryEntryFactory(name="Hidden group", area=highland,
                                        checked_on=today - timedelta(days=400)),
        "glasgow": DirectoryEntryFactory(name="Glasgow group", area=glasgow),
    }


def _form(highland, **changes) -> dict:
    return {"name": "Knit and natter", "offers": "Knitting and company.",
            "area": highland.pk, "categories": ["social"], "cost": "free",
            "submission": "a-key", **changes}


def test_it_lists_their_areas_entries_the_longest_unchecked_first(client, nina, kept):
    client.force_login(nina)
    response = client.get("/community/networker/")
    assert response.status_code == 200
    assert [entry.name for entry in response.context["page"]] == [
        "Hidden group", "Due group", "Fresh group"]
    page = response.content.decode()
    assert "You keep the directory of Highland." in page and "Glasgow group" not in page
    assert "Out of date: hidden" in page and "Due a check" in page and "Up to date" in page
    assert "2 entries have not been checked since" in page
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_it_shows_demand_for_courses_in_their_areas_as_counts_without_names(
        client, nina, kept, course, highland, glasgow):
    for number, area in enumerate([highland, highland, glasgow]):
        person = UserFactory(full_name=f"Waiting Person {number}")
        record_demand(person, course, area=area, language="en", times="either",
                      online_ok=False, access_needs=[], consented=True)
    client.force_login(nina)
    response = client.get("/community/networker/")
    assert [(row["course_title"], row["area_name"], row["waiting"])
            for row in response.context["demand"]] == [("Living Well", "Highland", 2)]
    assert "Waiting Person" not in response.content.decode()


def test_it_is_for_networkers_and_coordinators(client, pat, tara, cora, kept):
    assert "/accounts/login/" in client.get("/community/networker/")["Location"]
    for person in (pat, tara):
        client.force_login(person)
        assert client.get("/community/networker/").status_code == 403
    client.force_login(cora)
    page = client.get("/community/networker/").content.decode()
    assert "Glasgow group" in page and "Fresh group" in page


def test_checked_today_moves_an_entry_to_the_end_and_shows_it_again(client, nina, kept):
    client.force_login(nina)
    response = client.post(f"/community/networker/entries/{kept['hidden'].pk}/checked/")
    assert response.status_code == 302 and response["Location"] == "/community/networker/"
    kept["hidden"].refresh_from_db()
    assert (kept["hidden"].checked_on, kept["hidden"].checked_by) == (timezone.localdate(),
                                                                      nina)
    assert "Hidden group is marked as checked today." in client.get(
        "/community/networker/").content.decode()
    assert client.get(f"/community/networker/entries/{kept['due'].pk}/checked/"
                      ).status_code == 405


@pytest.mark.parametrize("action", ["edit", "checked", "remove"])
def test_a_networker_gets_403_for_an_entry_outside_their_areas(client, nina, kept, action):
    client.force_login(nina)
    path = f"/community/networker/entries/{kept['glasgow'].pk}/{action}/"
    assert client.get(path).status_code in (403, 405)
    assert client.post(path, _form(kept["glasgow"].area)).status_code == 403
    assert DirectoryEntry.objects.filter(name="Glasgow group",
                                         checked_by__isnull=True).exists()
    assert client.get("/community/networker/entries/999999/edit/").status_code == 404


def test_a_networker_adds_an_entry_once_however_often_it_is_sent(client, nina, highland):
    client.force_login(nina)
    form = client.get("/community/networker/entries/add/").context["form"]
    assert list(form.fields["area"].queryset) == [highland]  # only theirs to choose
    for _ in range(2):
        response = client.post("/community/networker/entries/add/", _form(highland))
        assert response.status_code == 302
    entry = DirectoryEntry.objects.get()
    assert (entry.name, entry.checked_by, entry.category_labels()) == (
        "Knit and natter", nina, ["Social groups and company"])


def test_an_entry_in_another_area_cannot_be_added_from_the_form(client, nina, glasgow):
    client.force_login(nina)
    response = client.post("/community/networker/entries/add/", _form(glasgow))
    assert response.status_code == 400
    assert not DirectoryEntry.objects.exists()


def test_a_javascript_link_is_refused_with_a_message_at_the_field(client, nina, highland):
    client.force_login(nina)
    response = client.post("/community/networker/entries/add/",
                           _form(highland, website="javascript:alert(1)"))
    assert response.status_code == 400
    assert response.context["form"].errors["website"] == [
        "A website must start with https:// or http://. Other kinds of link are not shown."]
    page = response.content.decode()
    assert 'href="#id_website"' in page  # the error summary links to the field
    assert not DirectoryEntry.objects.exists()


def test_missing_answers_are_listed_at_the_top(client, nina, highland):
    client.force_login(nina)
    response = client.post("/community/networker/entries/add/", {"area": highland.pk})
    assert response.status_code == 400
    assert set(response.context["form"].errors) >= {"name", "offers", "categories"}
    assert "There is a problem" in response.content.decode()


def test_a_networker_changes_an_entry_and_says_they_checked_it(client, nina, kept):
    client.force_login(nina)
    due = kept["due"]
    page = client.get(f"/community/networker/entries/{due.pk}/edit/").content.decode()
    assert 'value="Due group"' in page
    response = client.post(f"/community/networker/entries/{due.pk}/edit/",
                           _form(due.area, name="Due group (Mondays)", checked_today="on",
                                 website="www.example.org/due"))
    assert response.status_code == 302
    due.refresh_from_db()
    assert (due.name, due.website, due.checked_on) == (
        "Due group (Mondays)", "https://www.example.org/due", timezone.localdate())


def test_a_networker_removes_an_entry_after_being_asked(client, nina, kept):
    client.force_login(nina)
    path = f"/community/networker/entries/{kept['fresh'].pk}/remove/"
    assert "Remove it from the directory" in client.get(path).content.decode()
    assert DirectoryEntry.objects.filter(pk=kept["fresh"].pk).exists()
    assert client.post(path).status_code == 302
    assert not DirectoryEntry.objects.filter(pk=kept["fresh"].pk).exists()


def test_the_page_takes_the_same_queries_however_many_entries(client, nina, kept, highland,
                                                              django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(nina)
    client.get("/community/networker/")
    with CaptureQueriesContext(connection) as few:
        client.get("/community/networker/")
    for number in range(30):
        DirectoryEntryFactory(name=f"More {number}", area=highland, categories=["social", "food"],
                              checked_by=nina)
    with django_assert_max_num_queries(len(few)):
        client.get("/community/networker/")


def test_other_parts_of_the_app_add_their_sections_to_the_page(client, nina, kept, highland):
    """Where peer support groups' numbers will go: a section built from the person's areas."""
    from community.networker_page import SECTIONS

    def groups(request, areas):
        return {"area": areas[0], "url": "/groups-to-come/", "after_course": False}

    SECTIONS.register("test_groups", groups, "community/panels/support_near_you.html")
    try:
        client.force_login(nina)
        page = client.get("/community/networker/").content.decode()
    finally:
        SECTIONS._panels.pop("test_groups")
    assert '<a href="/groups-to-come/">Find support in Highland</a>' in page


def test_it_shows_the_peer_support_groups_figures_in_their_areas(client, nina, highland,
                                                                 glasgow):
    from tests.community.factories import SupportGroupFactory

    SupportGroupFactory(area=highland, name="Inverness walkers")
    SupportGroupFactory(area=glasgow, name="Glasgow circle")
    client.force_login(nina)
    page = client.get("/community/networker/").content.decode()
    assert "Peer support groups in your areas" in page
    row = page.split("Peer support groups in your areas")[1]
    section = row.split("</section>")[0]
    assert "Highland" in section and "<dd>1</dd>" in section and "Glasgow" not in section
