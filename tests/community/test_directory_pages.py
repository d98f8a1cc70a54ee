"""The public directory: search, filters by area and category without JavaScript, pages of
twenty, an entry's page, the list to print, Gaelic, escaping, and the page cache moving on
when an entry changes."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from community.models import DirectoryEntry
from community.services import directory
from tests.community.factories import DirectoryEntryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(home, highland, glasgow, django_capture_on_commit_callbacks):
    """Walks and a carers' café in Highland, walking football in Glasgow, and a Highland
    lunch club nobody has checked for over a year. Indexed for search as on commit."""
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "walks": DirectoryEntryFactory(
                name="Inverness Health Walks", area=highland, categories=["physical_activity"],
                name_gd="Cuairtean Slàinte", offers="Gentle walks along the river."),
            "cafe": DirectoryEntryFactory(name="Carers’ Café", area=highland,
                                          categories=["carers", "social"],
                                          offers="Tea and a chat for carers."),
            "football": DirectoryEntryFactory(name="Walking football", area=glasgow,
                                              categories=["physical_activity"]),
            "lunch": DirectoryEntryFactory(
                name="Lunch club", area=highland, categories=["food"],
                checked_on=timezone.localdate() - timedelta(days=400)),
        }


def _names(response) -> list[str]:
    return [entry.name for entry in response.context["entries"]]


def test_it_lists_what_was_checked_this_year_by_name(client, entries):
    response = client.get("/support/")
    assert response.status_code == 200
    assert _names(response) == ["Carers’ Café", "Inverness Health Walks", "Walking football"]
    assert "Lunch club" not in response.content.decode()


def test_it_filters_by_area_and_category_from_a_plain_form(client, entries, highland):
    page = client.get("/support/").content.decode()
    assert 'method="get"' in page and 'name="area"' in page and 'name="category"' in page
    assert _names(client.get(f"/support/?area={highland.pk}")) == [
        "Carers’ Café", "Inverness Health Walks"]
    assert _names(client.get("/support/?category=physical_activity")) == [
        "Inverness Health Walks", "Walking football"]
    both = client.get(f"/support/?area={highland.pk}&category=physical_activity")
    assert _names(both) == ["Inverness Health Walks"]
    assert f"/support/print/?area={highland.pk}&amp;category=physical_activity" in \
        both.content.decode()


def test_it_searches_names_and_what_they_offer_in_both_languages(client, entries, highland):
    # PostgreSQL stems "walking" to "walk" (so the walks match too); SQLite matches the word
    walking = _names(client.get("/support/?q=walking"))
    assert "Walking football" in walking
    assert set(walking) <= {"Walking football", "Inverness Health Walks"}
    assert _names(client.get("/support/?q=river")) == ["Inverness Health Walks"]
    assert _names(client.get("/support/?q=carers")) == ["Carers’ Café"]
    assert _names(client.get("/support/?q=Slàinte")) == ["Inverness Health Walks"]
    assert _names(client.get(f"/support/?q=football&area={highland.pk}")) == []
    assert _names(client.get("/support/?q=lunch")) == []  # hidden: out of date


def test_odd_filters_show_an_error_and_never_fail(client, entries):
    response = client.get("/support/?area=nowhere&category=knitting&page=999&q=%25%27%22")
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert client.get("/support/?q=" + "x" * 500).status_code == 200


def test_it_shows_twenty_a_page_in_the_same_queries_however_many(client, entries, highland):
    def queries(path):
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    few = queries("/support/")
    for number in range(25):
        DirectoryEntryFactory(name=f"Group {number:02}", area=highland,
                              categories=["social", "carers"])
    assert queries("/support/") == few
    first, second = client.get("/support/"), client.get("/support/?page=2")
    assert len(first.context["entries"]) == 20 and len(second.context["entries"]) == 8
    assert "Page 2 of 2" in second.content.decode()


def test_an_entry_has_its_own_page_and_an_out_of_date_one_is_not_found(client, entries):
    walks = entries["walks"]
    page = client.get(f"/support/{walks.pk}/").content.decode()
    assert "Inverness Health Walks" in page and "Gentle walks along the river." in page
    assert 'href="tel:01632960000"' in page
    assert client.get(f"/support/{entries['lunch'].pk}/").status_code == 404
    assert client.get("/support/999999/").status_code == 404


def test_html_in_an_entry_is_shown_as_text_everywhere(client, entries, highland, nina):
    walks = entries["walks"]
    DirectoryEntry.objects.filter(pk=walks.pk).update(
        name="<script>alert(1)</script>", offers="<img src=x onerror=alert(1)>")
    for path in ("/support/", f"/support/{walks.pk}/", f"/support/print/?area={highland.pk}"):
        page = client.get(path).content.decode()
        assert "<script>alert(1)" not in page and "<img src=x" not in page, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, path
    client.force_login(nina)
    page = client.get("/community/networker/").content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page


def test_a_website_that_is_not_a_web_link_is_never_made_a_link(client, entries):
    walks = entries["walks"]
    DirectoryEntry.objects.filter(pk=walks.pk).update(website="javascript:alert(1)")
    assert "javascript:" not in client.get(f"/support/{walks.pk}/").content.decode()
    DirectoryEntry.objects.filter(pk=walks.pk).update(website="https://example.org/walks")
    assert '<a href="https://example.org/walks" rel="nofollow noopener noreferrer">' in \
        client.get(f"/support/{walks.pk}/").content.decode()


def test_gaelic_pages_show_the_gaelic_and_mark_english_as_english(client, entries):
    page = client.get("/gd/support/").content.decode()
    assert "Cuairtean Slàinte" in page
    assert 'lang="en">Carers’ Café</a>' in page  # no Gaelic version: the English, marked
    walks = client.get(f"/gd/support/{entries['walks'].pk}/").content.decode()
    assert '<h1>Cuairtean Slàinte</h1>' in walks and "A’ Ghàidhealtachd" in walks


def test_the_list_to_print_has_an_area_on_one_page_without_the_site_navigation(
        client, entries, highland):
    chooser = client.get("/support/print/")
    assert chooser.status_code == 200 and 'name="area"' in chooser.content.decode()
    page = client.get(f"/support/print/?area={highland.pk}").content.decode()
    assert "Local support in Highland" in page
    assert "Inverness Health Walks" in page and "Carers’ Café" in page
    assert "Walking football" not in page and "Lunch club" not in page
    assert "site-header" not in page and "main-nav" not in page
    carers = client.get(f"/support/print/?area={highland.pk}&category=carers").content.decode()
    assert "Carers’ Café" in carers and "Inverness Health Walks" not in carers
    assert client.get("/support/print/?area=nowhere").status_code == 400


def test_a_change_to_an_entry_is_on_the_next_anonymous_request(
        client, entries, nina, settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_SECONDS = 300
    walks, lunch = entries["walks"], entries["lunch"]
    paths = ["/support/", f"/support/{walks.pk}/", f"/support/print/?area={walks.area_id}"]
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit", path
    with django_capture_on_commit_callbacks(execute=True):
        directory.change_entry(walks, directory.EntryDetails(
            name="Riverside Walks", offers=walks.offers, area=walks.area,
            categories=["physical_activity"]), by=nina)
    for path in paths:
        response = client.get(path)
        assert response["X-Page-Cache"] == "miss", path
        assert "Riverside Walks" in response.content.decode(), path
    assert client.get("/support/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        directory.mark_checked(lunch, by=nina)  # out of date no more: shown again
    assert "Lunch club" in client.get("/support/").content.decode()
