"""Data in and out of the admin in a real browser: a coordinator filters the attendance listing
by area and month and exports exactly those rows; a coordinator imports a typed-up register,
is shown the one bad row, corrects it and saves."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from courses.models import Attendance, ExportRecord, MarkingMethod
from courses.services import enrolment as enrolment_service
from courses.services.attendance import record_attendance
from tests.accounts.factories import UserFactory
from tests.browser.conftest import assert_accessible, log_in
from tests.courses.factories import AreaFactory, CourseRunFactory, VenueFactory

LONDON = ZoneInfo("Europe/London")
ATTENDANCE_HEADER = ("Course", "Run number", "Area", "Venue", "Session date", "Starts", "Module",
                     "Participant", "Enrolment number", "Status", "Marked by",
                     "How it was marked", "Marked at")


def _mark_everyone(run, people, tara):
    places = [enrolment_service.enrol(run, person, by_coordinator=True) for person in people]
    for session in run.sessions.all():
        for place in places:
            record_attendance(session, place, "present", by=tara, method="trainer")


@pytest.fixture
def three_months_two_areas(course, pat, sam, tara):
    """Highland: Pat and Sam at sessions on 22 and 29 September and 6 and 13 October 2026, and
    Pat at one on 3 November. Moray: Mòrag at sessions on 29 September and 6 and 13 October.
    Every one of them marked."""
    highland = CourseRunFactory(course=course, sessions=4, sessions__first_session_at=datetime(
        2026, 9, 22, 10, tzinfo=LONDON))
    november = CourseRunFactory(course=course, venue=highland.venue, sessions=1,
                                sessions__first_session_at=datetime(2026, 11, 3, 10,
                                                                    tzinfo=LONDON))
    moray = CourseRunFactory(course=course, venue=VenueFactory(area=AreaFactory(name="Moray")),
                             sessions=3, sessions__first_session_at=datetime(
                                 2026, 9, 29, 14, tzinfo=LONDON))
    _mark_everyone(highland, [pat, sam], tara)
    _mark_everyone(november, [pat], tara)
    _mark_everyone(moray, [UserFactory(full_name="Mòrag Moray")], tara)
    assert Attendance.objects.count() == 4 * 2 + 1 + 3
    return highland


def test_a_coordinator_filters_attendance_by_area_and_month_and_exports_exactly_those_rows(
        page, cora, three_months_two_areas, tmp_path):
    highland = three_months_two_areas
    area = highland.venue.area
    log_in(page, cora)
    page.goto("/admin/attendance/")
    rows = page.locator("#listing-results tbody tr")
    expect(rows).to_have_count(12)

    page.get_by_role("button", name="Show filters").click()
    page.get_by_role("button", name="Area", exact=True).click()
    page.get_by_label("Area", exact=True).select_option(label="Highland")
    expect(rows).to_have_count(9)
    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Session dates", exact=True).click()
    page.get_by_role("textbox", name="Date from").fill("2026-10-01")
    page.get_by_role("textbox", name="Date to").fill("2026-10-31")
    page.get_by_role("textbox", name="Date to").press("Tab")

    # September is before the range, November after it, Moray in another area.
    expect(rows).to_have_count(4)
    expect(rows).to_contain_text(["Pat Participant", "Sam Stranger"] * 2)
    expect(rows).to_contain_text(["13 Oct 2026, 10:00"] * 2 + ["6 Oct 2026, 10:00"] * 2)
    expect(rows.filter(has_text="Highland")).to_have_count(4)
    expect(page).to_have_url(re.compile(r"\?area=\d+&dates_from=2026-10-01&dates_to=2026-10-31$"))
    export = page.get_by_role("link", name="Export XLSX")
    expect(export).to_have_attribute("href", re.compile(r"dates_to=2026-10-31"))

    with page.expect_download() as download:
        export.click()
    saved = tmp_path / "attendance.xlsx"
    download.value.save_as(saved)
    values = list(load_workbook(saved).active.values)
    assert values[0] == ATTENDANCE_HEADER
    assert [(row[1], row[2], row[4], row[7], row[9]) for row in values[1:]] == [
        (highland.pk, "Highland", day, name, "Present") for day in ("2026-10-06", "2026-10-13")
        for name in ("Pat Participant", "Sam Stranger")]
    assert len(values) - 1 == Attendance.objects.filter(
        session__run__venue__area=area, session__starts_at__month=10).count()
    record = ExportRecord.objects.get()
    assert (record.user, record.file_format, record.rows) == (cora, "xlsx", 4)
    assert record.filters == {"area": str(area.pk), "dates_from": "2026-10-01",
                              "dates_to": "2026-10-31"}


def _csv(path, *rows):
    path.write_text("\r\n".join(",".join(str(cell) for cell in row) for row in rows) + "\r\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def register(course, pat, sam):
    """A run under way: two sessions held, Pat and Sam with places, nobody marked yet."""
    run = CourseRunFactory(course=course, sessions=4, sessions__first_session_at=(
        datetime.now(LONDON) - timedelta(weeks=2)).replace(hour=10, minute=0, second=0,
                                                          microsecond=0))
    places = [enrolment_service.enrol(run, person, by_coordinator=True) for person in (pat, sam)]
    return run, list(run.sessions.order_by("starts_at")), places


def test_a_coordinator_imports_a_typed_up_register_after_correcting_its_one_bad_row(
        page, cora, register, tmp_path):
    run, sessions, (pat, sam) = register
    header = ["Enrolment number", "Name", "Session number", "Status"]
    good = [[pat.pk, "Pat Participant", sessions[0].pk, "present"],
            [sam.pk, "Sam Stranger", sessions[0].pk, "absent"],
            [pat.pk, "", sessions[1].pk, "late"],
            [sam.pk, "", sessions[1].pk, "P"]]
    bad = [list(row) for row in good]
    bad[2][3] = "here"  # the file's row 4

    log_in(page, cora)
    page.goto(f"/admin/course_runs/{run.pk}/schedule/")
    page.get_by_role("link", name="Import a typed-up register").click()
    expect(page.get_by_role("button", name="Upload and check")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("File").set_input_files(
        _csv(tmp_path / "week1-2.csv", header, *bad))
    page.get_by_role("button", name="Upload and check").click()

    expect(page.get_by_role("alert")).to_contain_text("1 row has a problem")
    problems = page.get_by_role("table", name="Problems")
    expect(problems.get_by_role("row")).to_have_count(2)  # the heading row and one problem
    expect(problems.get_by_role("row").nth(1)).to_have_text(re.compile(
        r"^\s*4\s*Status\s*“here” is not a status\."))
    expect(page.get_by_role("button", name="Save all rows")).to_have_count(0)
    assert_accessible(page)
    page.get_by_role("button", name="Discard this file").click()
    expect(page.get_by_text("The file was discarded; nothing was saved.")).to_be_visible()
    assert not Attendance.objects.exists()

    page.get_by_role("link", name="Import a typed-up register").click()
    page.get_by_label("File").set_input_files(
        _csv(tmp_path / "week1-2-corrected.csv", header, *good))
    page.get_by_role("button", name="Upload and check").click()
    expect(page.get_by_role("status").filter(has_text="All 4 rows are fine")).to_be_visible()
    expect(page.get_by_role("table", name="Problems")).to_have_count(0)
    assert_accessible(page)
    page.get_by_role("button", name="Save all rows").click()

    expect(page).to_have_url(re.compile(rf"/admin/course_runs/{run.pk}/schedule/$"))
    expect(page.get_by_text("Saved: 4 rows changed something.")).to_be_visible()
    marks = {(a.session_id, a.enrolment_id): (a.status, a.method, a.marked_by_id)
             for a in Attendance.objects.all()}
    assert marks == {
        (sessions[0].pk, pat.pk): ("present", MarkingMethod.IMPORT, cora.pk),
        (sessions[0].pk, sam.pk): ("absent", MarkingMethod.IMPORT, cora.pk),
        (sessions[1].pk, pat.pk): ("late", MarkingMethod.IMPORT, cora.pk),
        (sessions[1].pk, sam.pk): ("present", MarkingMethod.IMPORT, cora.pk)}
