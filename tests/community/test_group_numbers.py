"""The groups' figures: per area for the networkers' page (groups, members, meetings held in the
last 90 days and everyone who came) and the coordinators' export of meetings held, with members
over time, through the one export path."""

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.services import group_membership, groups
from courses.models import Area, ExportRecord
from tests.accounts.factories import UserFactory
from tests.community.factories import SupportGroupFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def held(pat, time_machine):
    """Two Highland groups and one in Glasgow; Pat organises the first, whose four weekly
    meetings so far are recorded. A member left after the second."""
    time_machine.move_to(datetime(2027, 3, 1, 9, tzinfo=LONDON))
    walking = groups.save_group(SupportGroupFactory(name="Walkers"), organisers=[pat])
    people = [group_membership.join(walking, UserFactory()) for _ in range(3)]
    groups.save_group(SupportGroupFactory(name="Café"))
    glasgow = groups.save_group(SupportGroupFactory(name="Circle", area__name="Glasgow"))
    group_membership.join(glasgow, UserFactory())
    for week, meeting in enumerate(walking.meetings.order_by("starts_at")[:4]):
        time_machine.move_to(meeting.ends_at)
        group_membership.record_attendance(meeting, present=[m.pk for m in people[:week % 3]],
                                           visitors=week + 1, by=pat)
        if week == 1:
            group_membership.leave(people[2])
    return walking


def test_numbers_per_area_in_two_queries(held):
    areas = list(Area.objects.order_by("name"))
    with CaptureQueriesContext(connection) as queries:
        numbers = groups.numbers_for_areas(areas)
    assert len(queries) == 2
    glasgow, highland = numbers[areas[0].pk], numbers[areas[1].pk]
    assert (highland.groups, highland.members, highland.meetings_held) == (2, 3, 4)
    assert highland.head_count == (0 + 1 + 2 + 0) + (1 + 2 + 3 + 4)
    assert (glasgow.groups, glasgow.members, glasgow.meetings_held, glasgow.head_count) == (
        1, 1, 0, 0)


def test_meetings_older_than_ninety_days_drop_out_of_the_figures(held, time_machine):
    time_machine.move_to(held.meetings.order_by("starts_at").first().starts_at
                         + timedelta(days=92))
    highland = groups.numbers_for_areas(Area.objects.filter(name="Highland"))
    assert list(highland.values())[0].meetings_held == 3


def test_an_area_without_groups_has_noughts(db):
    moray = Area.objects.create(name="Moray", slug="moray")
    numbers = groups.numbers_for_areas([moray])
    assert (numbers[moray.pk].groups, numbers[moray.pk].head_count) == (0, 0)


def _rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    return list(csv.reader(io.StringIO(body)))


def test_coordinators_export_meetings_held_with_members_over_time(client, held, cora):
    client.force_login(cora)
    listing = client.get("/admin/groupmeeting/").content.decode()
    assert "Export CSV" in listing
    rows = _rows(client.get("/admin/exports/group-meetings/?format=csv"))
    assert rows[0] == ["Group", "Area", "Date", "Starts", "Attendance recorded",
                       "Members who came", "Others who came", "Head count", "Members that day"]
    walkers = [row for row in rows[1:] if row[0] == "Walkers"]
    assert [(row[2], row[3], row[7], row[8]) for row in walkers] == [
        ("2027-03-03", "10:00", "1", "4"), ("2027-03-10", "10:00", "3", "4"),
        ("2027-03-17", "10:00", "5", "3"), ("2027-03-24", "10:00", "4", "3")]
    assert ExportRecord.objects.get().export == "group-meetings"


def test_the_export_filters_by_area_and_names_nobody(client, held, cora, pat):
    client.force_login(cora)
    glasgow = Area.objects.get(name="Glasgow")
    rows = _rows(client.get(f"/admin/exports/group-meetings/?area={glasgow.pk}&format=csv"))
    assert {row[1] for row in rows[1:]} <= {"Glasgow"}
    everything = "".join(",".join(row) for row in _rows(
        client.get("/admin/exports/group-meetings/?format=csv")))
    assert pat.full_name not in everything


def test_a_meeting_held_but_not_recorded_is_exported_as_such(client, held, cora, time_machine):
    time_machine.move_to(held.meetings.order_by("starts_at")[4].ends_at)
    client.force_login(cora)
    rows = _rows(client.get("/admin/exports/group-meetings/?format=csv"))
    assert rows[-1][4:8] == ["No", "", "", ""]


def test_people_without_the_export_permission_cannot_export(client, held, pat):
    client.force_login(pat)
    assert client.get("/admin/exports/group-meetings/?format=csv").status_code == 403
