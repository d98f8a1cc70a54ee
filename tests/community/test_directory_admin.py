"""The directory in the Wagtail admin, for a coordinator who is not a superuser: entries and
networkers are saved through the directory service, the report counts entries per area and
category and how many are out of date, and it downloads through the one export path."""

import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import roles
from accounts.models import User
from community.models import DirectoryEntry, Networker
from courses.models import ExportRecord
from tests.accounts.factories import UserFactory
from tests.community.factories import DirectoryEntryFactory

pytestmark = pytest.mark.django_db


def _entry(area, **changes) -> dict:
    return {"name": "Singing for breathing", "offers": "A relaxed singing group.",
            "area": area.pk, "cost": "low_cost", "categories": ["condition_specific"],
            "access_features": [], "languages": ["en"], **changes}


def test_a_coordinator_adds_an_entry_through_the_service(client, cora, home, glasgow):
    client.force_login(cora)
    assert client.get("/admin/directoryentry/new/").status_code == 200
    response = client.post("/admin/directoryentry/new/", _entry(glasgow))
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = DirectoryEntry.objects.get()
    assert (entry.checked_by, entry.checked_on) == (cora, timezone.localdate())
    assert entry.category_labels() == ["Support with a particular condition"]


def test_the_admin_form_refuses_a_javascript_link_at_its_field(client, cora, home, glasgow):
    entry = DirectoryEntryFactory(area=glasgow)
    client.force_login(cora)
    response = client.post(f"/admin/directoryentry/edit/{entry.pk}/",
                           _entry(glasgow, website="data:text/html,hi"))
    assert response.status_code == 200
    assert "A website must start with https:// or http://." in response.content.decode()
    entry.refresh_from_db()
    assert entry.website == "" and entry.name != "Singing for breathing"


def test_a_coordinator_edits_marks_checked_and_deletes_through_the_service(
        client, cora, home, glasgow):
    entry = DirectoryEntryFactory(area=glasgow, checked_on=timezone.localdate()
                                  - timedelta(days=300))
    client.force_login(cora)
    response = client.post(f"/admin/directoryentry/edit/{entry.pk}/",
                           _entry(glasgow, checked_today="on"))
    assert response.status_code == 302, response.content.decode()[:2000]
    entry.refresh_from_db()
    assert (entry.name, entry.checked_by) == ("Singing for breathing", cora)
    assert client.post(f"/admin/directoryentry/delete/{entry.pk}/").status_code == 302
    assert not DirectoryEntry.objects.exists()


def test_the_listing_filters_what_is_due_a_check(client, cora, home, highland):
    DirectoryEntryFactory(name="Fresh", area=highland)
    DirectoryEntryFactory(name="Stale", area=highland,
                          checked_on=timezone.localdate() - timedelta(days=200))
    client.force_login(cora)
    page = client.get("/admin/directoryentry/?checked=due").content.decode()
    assert "Stale" in page and "Fresh" not in page
    assert client.get("/admin/directoryentry/?category=social&q=sta").status_code == 200


def test_a_coordinator_names_a_networker_and_stands_them_down(client, cora, home, highland):
    neil = UserFactory(full_name="Neil Networker")
    client.force_login(cora)
    response = client.post("/admin/networker/new/", {"user": neil.pk, "areas": [highland.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    networker = Networker.objects.get(user=neil)
    assert roles.has_role(User.objects.get(pk=neil.pk), roles.COMMUNITY_NETWORKER)
    response = client.post(f"/admin/networker/edit/{networker.pk}/", {"areas": []})
    assert response.status_code == 200 and list(networker.areas.all()) == [highland]
    assert client.post(f"/admin/networker/delete/{networker.pk}/").status_code == 302
    assert not Networker.objects.exists()
    assert not roles.has_role(User.objects.get(pk=neil.pk), roles.COMMUNITY_NETWORKER)


def test_networkers_have_no_way_into_the_admin(client, nina, home):
    client.force_login(nina)
    for path in ("/admin/directoryentry/", "/admin/networker/", "/admin/directory-report/"):
        assert client.get(path).status_code in (302, 403), path


@pytest.fixture
def counted(highland, glasgow):
    today = timezone.localdate()
    DirectoryEntryFactory(area=highland, categories=["carers", "social"])
    DirectoryEntryFactory(area=highland, categories=["social"],
                          checked_on=today - timedelta(days=200))
    DirectoryEntryFactory(area=highland, categories=["food"],
                          checked_on=today - timedelta(days=400))
    DirectoryEntryFactory(area=glasgow, categories=["carers"])


EXPECTED = [
    ["Glasgow", "All categories", "1", "1", "0", "0"],
    ["Glasgow", "Support for carers", "1", "1", "0", "0"],
    ["Highland", "All categories", "3", "1", "1", "1"],
    ["Highland", "Support for carers", "1", "1", "0", "0"],
    ["Highland", "Social groups and company", "2", "1", "1", "0"],
    ["Highland", "Food and cooking", "1", "0", "0", "1"],
]


def test_the_report_counts_entries_per_area_and_category_and_what_is_out_of_date(
        client, cora, home, counted):
    client.force_login(cora)
    response = client.get("/admin/directory-report/")
    assert response.status_code == 200
    assert [[str(value) for value in row] for row in response.context["rows"]] == EXPECTED
    assert "/admin/exports/directory/?format=csv" in response.content.decode()


def test_the_export_holds_the_report_s_rows_through_the_one_export_path(
        client, cora, home, counted, highland):
    client.force_login(cora)
    response = client.get("/admin/exports/directory/?format=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["Area", "Category", "Entries", "Checked in the last six months",
                       "Due a check (six to twelve months)", "Hidden (not checked for a year)"]
    assert rows[1:] == EXPECTED
    highland_only = client.get(f"/admin/exports/directory/?format=csv&area={highland.pk}")
    assert len(list(csv.reader(io.StringIO(
        b"".join(highland_only.streaming_content).decode("utf-8-sig"))))) == 5
    assert ExportRecord.objects.filter(user=cora, export="directory").count() == 2
