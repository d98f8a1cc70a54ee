"""Exporting from the admin listings: exactly the filtered rows, only with permission, every
export recorded; large exports written by a worker to a file only the requester may download,
until it expires."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import ExportRecord, ExportStatus
from courses.services import exports
from tests.accounts.factories import UserFactory
from tests.courses.factories import AreaFactory, CourseRunFactory, VenueFactory

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))


@pytest.fixture
def two_areas(finished, course, pat, tara):
    """The finished Highland run, and a run in Moray last month where Pat came once."""
    from courses.services import enrolment
    from courses.services.attendance import record_attendance

    moray = CourseRunFactory(course=course, venue=VenueFactory(area=AreaFactory(name="Moray")),
                             sessions=1, sessions__first_session_at=timezone.now()
                             - timedelta(days=3))
    place = enrolment.enrol(moray, pat, by_coordinator=True)
    record_attendance(moray.sessions.get(), place, "late", by=tara, method="trainer")
    return finished[0], moray


def test_the_listing_offers_exports_of_exactly_its_filters(client, cora, two_areas):
    highland, moray = two_areas
    client.force_login(cora)
    listing = client.get(f"/admin/attendance/?area={moray.venue.area_id}")
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "Export CSV" in page and "Export XLSX" in page
    assert f"/admin/exports/attendance/?area={moray.venue.area_id}&amp;format=csv" in page

    rows = csv_rows(client.get(f"/admin/exports/attendance/?area={moray.venue.area_id}"
                               "&format=csv"))
    assert [(row[2], row[7], row[9]) for row in rows[1:]] == [("Moray", "Pat Participant",
                                                              "Late")]
    record = ExportRecord.objects.get()
    assert (record.user, record.export, record.rows) == (cora, "attendance", 1)
    assert record.filters == {"area": str(moray.venue.area_id)}


def test_a_date_range_and_a_course_filter_apply_to_the_export(client, cora, two_areas):
    highland, _moray = two_areas
    first = highland.sessions.order_by("starts_at").first()
    day = timezone.localtime(first.starts_at).date().isoformat()
    client.force_login(cora)
    response = client.get(f"/admin/exports/attendance/?dates_from={day}&dates_to={day}"
                          f"&course={highland.course_id}&format=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert values[0][0] == "Course" and len(values) == 3  # header + Pat and Sam that day
    assert {row[4] for row in values[1:]} == {day}
    assert {row[1] for row in values[1:]} == {highland.pk}  # a number stays a number


def test_the_enrolments_listing_exports_with_its_filters(client, cora, two_areas):
    _highland, moray = two_areas
    client.force_login(cora)
    assert "Export XLSX" in client.get("/admin/enrolment/").content.decode()
    rows = csv_rows(client.get(f"/admin/exports/enrolments/?run={moray.pk}&format=csv"))
    assert [row[4] for row in rows[1:]] == ["Pat Participant"]
    day = timezone.localtime(moray.sessions.get().starts_at).date().isoformat()
    rows = csv_rows(client.get(f"/admin/exports/enrolments/?dates_from={day}&dates_to={day}"
                               "&format=csv"))
    assert [(row[1], row[4]) for row in rows[1:]] == [(str(moray.pk), "Pat Participant")]


def test_nonsense_filters_get_a_message_not_a_500(client, cora, two_areas):
    client.force_login(cora)
    response = client.get("/admin/exports/attendance/?area=nine&dates_from=2026-02-30"
                          "&format=csv", HTTP_REFERER="http://testserver/admin/attendance/")
    assert response.status_code == 302 and response.url == "http://testserver/admin/attendance/"
    message = client.get(response.url).content.decode()
    assert "These filters cannot be used" in message
    assert not ExportRecord.objects.exists()
    assert client.get("/admin/exports/attendance/?format=pdf").status_code == 302


def test_an_unknown_filter_is_refused_rather_than_ignored(cora, two_areas):
    with pytest.raises(exports.ExportError) as refused:
        exports.build_export("attendance", {"dates_after": "2026-01-01", "area": ""})
    assert "dates_after" in refused.value.message
    assert exports.build_export("attendance", {"p": "2", "ordering": "status"}).filters == {}


def test_staff_without_export_permission_get_403_and_see_no_buttons(client, two_areas):
    viewer = UserFactory(roles=["Coordinator"])
    viewer.groups.first().permissions.remove(Permission.objects.get(codename="export_data"))
    client.force_login(viewer)
    for listing in ("/admin/attendance/", "/admin/enrolment/", "/admin/cpdentry/",
                    "/admin/trainer-delivery/"):
        page = client.get(listing)
        assert page.status_code == 200 and "Export CSV" not in page.content.decode()
    for name in ("attendance", "enrolments", "cpd-entries", "trainer-delivery"):
        assert client.get(f"/admin/exports/{name}/?format=csv").status_code == 403
    assert not ExportRecord.objects.exists()


@pytest.mark.parametrize("who", ["pat", "tara", "hana"])
def test_participants_trainers_and_staff_cannot_export(client, request, who, two_areas):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/admin/exports/attendance/?format=csv").status_code == 403
    assert client.get("/admin/attendance/").status_code == 403


# --- large exports ------------------------------------------------------------------------

@pytest.fixture
def large(settings, two_areas):
    settings.EXPORT_INLINE_ROWS = 5  # the fixture holds 13 attendance rows
    return two_areas


def test_a_large_export_is_written_by_a_worker_and_only_its_requester_downloads_it(
        client, cora, large, django_capture_on_commit_callbacks):
    client.force_login(cora)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get("/admin/exports/attendance/?format=csv")
    record = ExportRecord.objects.get()
    assert response.status_code == 302 and response.url == f"/admin/exports/{record.pk}/"
    assert (record.status, record.total, record.rows) == (ExportStatus.DONE, 13, 13)
    page = client.get(response.url).content.decode()
    assert f"/admin/exports/{record.pk}/download/" in page
    assert client.get(f"/admin/exports/{record.pk}/status/").json()["ready"] is True

    download = client.get(f"/admin/exports/{record.pk}/download/")
    assert download.status_code == 200 and "private" in download["Cache-Control"]
    body = b"".join(download.streaming_content).decode()
    assert len(list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))) == 14

    other = UserFactory(roles=["Coordinator"])
    client.force_login(other)
    for path in ("", "status/", "download/"):
        assert client.get(f"/admin/exports/{record.pk}/{path}").status_code == 404


def test_a_download_expires_and_its_file_is_deleted(client, cora, large, settings,
                                                   django_capture_on_commit_callbacks):
    client.force_login(cora)
    with django_capture_on_commit_callbacks(execute=True):
        client.get("/admin/exports/attendance/?format=xlsx")
    record = ExportRecord.objects.get()
    later = record.finished_at + timedelta(hours=settings.EXPORT_DOWNLOAD_HOURS, minutes=1)
    ExportRecord.objects.filter(pk=record.pk).update(finished_at=record.finished_at - timedelta(
        hours=settings.EXPORT_DOWNLOAD_HOURS, minutes=1))
    gone = client.get(f"/admin/exports/{record.pk}/download/")
    assert gone.status_code == 410 and "expired" in gone.content.decode()
    name = record.file.name
    assert exports.delete_expired_exports(now=later) == 1
    assert exports.delete_expired_exports(now=later) == 0
    record.refresh_from_db()
    assert record.file == "" and not record.file.storage.exists(name)


def test_the_export_task_run_twice_writes_once(cora, large):
    export = exports.build_export("attendance", {})
    record = exports.record_export(cora, export, "csv", status=ExportStatus.QUEUED, total=13)
    assert exports.write_export_file(record.pk) is True
    first = ExportRecord.objects.get().file.name
    assert exports.write_export_file(record.pk) is False
    assert ExportRecord.objects.get().file.name == first


def test_a_failed_export_says_so(cora, large, monkeypatch):
    record = exports.record_export(cora, exports.build_export("attendance", {}), "csv",
                                   status=ExportStatus.QUEUED, total=13)
    monkeypatch.setattr(exports, "_write_to_file", lambda *args: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        exports.write_export_file(record.pk)
    record.refresh_from_db()
    assert record.status == ExportStatus.FAILED and "division" in record.error


def test_xlsx_continues_on_a_new_sheet_past_the_row_limit(monkeypatch, large):
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 6)  # a header and five rows per sheet
    stream = io.BytesIO()
    assert exports.write_xlsx(exports.build_export("attendance", {}), stream) == 13
    workbook = load_workbook(stream)
    assert workbook.sheetnames == ["attendance", "attendance (2)", "attendance (3)"]
    assert [sheet.max_row for sheet in workbook.worksheets] == [6, 6, 4]
    assert all(sheet["A1"].value == "Course" for sheet in workbook.worksheets)


# --- the Django admin -----------------------------------------------------------------------

def test_the_django_admin_links_to_the_same_export_with_the_same_filters(client, two_areas):
    _highland, moray = two_areas
    staff = UserFactory(roles=["Coordinator"])
    staff.is_staff = True
    staff.save()
    client.force_login(staff)
    page = client.get(f"/django-admin/courses/attendance/?area={moray.venue.area_id}")
    assert page.status_code == 200
    link = f"/admin/exports/attendance/?area={moray.venue.area_id}&amp;format=csv"
    assert link in page.content.decode()
    assert "Add attendance" not in page.content.decode()
    rows = csv_rows(client.get(link.replace("&amp;", "&")))
    assert len(rows) == 2
