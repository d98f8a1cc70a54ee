"""Typed-up registers and sign-up sheets: checked row by row, then saved all or nothing,
through the same services as the trainer's register and the enrolment form."""

import io
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone
from openpyxl import Workbook

from accounts.models import User
from courses.models import (
    Attendance,
    Enrolment,
    EnrolmentStatus,
    ImportBatch,
    ImportStatus,
    MarkingMethod,
    OutboxMessage,
)
from courses.services import enrolment as enrolment_service
from courses.services import imports
from courses.services.imports import ImportRefused
from tests.accounts.factories import UserFactory
from tests.courses.factories import CourseRunFactory

pytestmark = pytest.mark.django_db


def csv_bytes(*rows) -> bytes:
    return "\r\n".join(",".join(str(cell) for cell in row) for row in rows).encode()


def local_day(session) -> str:
    return timezone.localtime(session.starts_at).date().isoformat()


@pytest.fixture
def register(course, pat, sam):
    """A run under way: three sessions held, Pat and Sam with places, nothing marked yet."""
    run = CourseRunFactory(course=course, sessions=4, sessions__first_session_at=(
        timezone.now() - timedelta(weeks=3)))
    people = [enrolment_service.enrol(run, person, by_coordinator=True) for person in (pat, sam)]
    OutboxMessage.objects.all().delete()
    return run, list(run.sessions.order_by("starts_at")), people


def test_a_clean_register_is_previewed_without_writing_then_saved_through_the_service(
        register, cora, django_capture_on_commit_callbacks):
    run, sessions, (pat, sam) = register
    content = csv_bytes(["Enrolment number", "Name", "Session number", "Status"],
                        [pat.pk, "Pat Participant", sessions[0].pk, "present"],
                        [sam.pk, " sam  stranger ", sessions[0].pk, "A"],
                        [pat.pk, "", sessions[1].pk, "Late"],
                        [sam.pk, "", sessions[1].pk, ""])
    batch, preview = imports.upload("register", run, content, "week1.csv", by=cora)
    assert preview.ok and len(preview.actions) == 3
    assert [row.outcome.split(": ", 1)[-1] for row in preview.rows] == [
        "Present.", "Absent.", "Late.", "nothing recorded."]
    assert not Attendance.objects.exists() and batch.status == ImportStatus.PREVIEWED

    with django_capture_on_commit_callbacks(execute=True):
        assert imports.confirm(batch, by=cora) == 3
    marks = {(a.session_id, a.enrolment_id): a for a in Attendance.objects.all()}
    assert marks[(sessions[0].pk, sam.pk)].status == "absent"
    assert {(a.method, a.marked_by) for a in marks.values()} == {(MarkingMethod.IMPORT, cora)}
    batch.refresh_from_db()
    assert batch.status == ImportStatus.APPLIED and not batch.file
    with pytest.raises(ImportRefused):
        imports.confirm(batch, by=cora)


def test_one_bad_row_among_many_writes_nothing_and_names_its_row_and_column(register, cora):
    run, sessions, (pat, sam) = register
    rows = [[person.pk, session.pk, "present"] for session in sessions for person in (pat, sam)]
    rows[5][2] = "here"
    batch, preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Session number", "Status"], *rows), "r.csv", by=cora)
    assert [(row.number, row.problems) for row in preview.problem_rows] == [
        (7, [("Status", "“here” is not a status. Use present, late, excused or absent.")])]
    with pytest.raises(ImportRefused):
        imports.confirm(batch, by=cora)
    assert not Attendance.objects.exists()


def test_each_kind_of_bad_row_is_reported(register, cora, course):
    run, sessions, (pat, sam) = register
    elsewhere = enrolment_service.enrol(CourseRunFactory(course=course), pat.user,
                                        by_coordinator=True)
    gone = enrolment_service.enrol(run, UserFactory(full_name="Gail Gone"), by_coordinator=True)
    enrolment_service.withdraw(gone)
    _batch, preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Name", "Session number", "Session date", "Status"],
        [99999, "", sessions[0].pk, "", "present"],           # 2 unknown person
        [elsewhere.pk, "", sessions[0].pk, "", "present"],    # 3 on another run
        [pat.pk, "", 99999, "", "present"],                   # 4 unknown session
        [pat.pk, "", "", "1999-01-01", "present"],            # 5 no session that day
        [pat.pk, "", sessions[0].pk, "", "maybe"],            # 6 invalid status
        [sam.pk, "", sessions[0].pk, "", "present"],          # 7 fine
        [sam.pk, "", "", local_day(sessions[0]), "late"],     # 8 duplicate of 7
        [gone.pk, "", sessions[0].pk, "", "present"],         # 9 not enrolled any more
        [pat.pk, "Sam Stranger", sessions[1].pk, "", "present"],  # 10 wrong person
        ["", "", sessions[1].pk, "", "present"],              # 11 no number
    ), "r.csv", by=cora)
    problems = {row.number: row.problems[0] for row in preview.problem_rows}
    assert sorted(problems) == [2, 3, 4, 5, 6, 8, 9, 10, 11]
    assert problems[2] == ("Enrolment number",
                           "No one on this run has enrolment number 99999.")
    assert problems[4] == ("Session number", "There is no session 99999 on this run.")
    assert problems[5][0] == "Session date" and "no session on 1999-01-01" in problems[5][1]
    assert problems[8] == ("", "Row 7 already gives this person's mark for this session.")
    assert "Gail Gone does not have a place on this run" in problems[9][1]
    assert problems[10][0] == "Name" and "not “Sam Stranger”" in problems[10][1]


def test_a_register_names_sessions_by_their_number_in_the_run(register, cora):
    run, sessions, (pat, sam) = register
    batch, preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Session", "Status"], [pat.pk, 1, "present"], [sam.pk, 3, "late"],
        [pat.pk, 9, "present"]), "r.csv", by=cora)
    assert [row.problems for row in preview.rows[:2]] == [[], []]
    assert preview.rows[2].problems == [("Session", "There is no session 9 on this run.")]
    assert [(mark.session, mark.status) for mark in preview.actions] == [
        (sessions[0], "present"), (sessions[2], "late")]


def test_the_exported_register_reads_back_in(register, cora, client):
    run, sessions, (pat, sam) = register
    client.force_login(cora)
    exported = client.get(f"/admin/exports/register/?run={run.pk}&format=csv")
    content = b"".join(exported.streaming_content) if exported.streaming else exported.content
    filled = content.decode("utf-8-sig").replace(",\r\n", ",present\r\n").encode()
    batch, preview = imports.upload("register", run, filled, "typed.csv", by=cora)
    assert preview.ok and len(preview.actions) == 2 * len(sessions)


def test_a_row_for_a_session_still_to_come_is_refused_with_the_reason(run, pat, cora):
    place = enrolment_service.enrol(run, pat)
    next_week = run.sessions.order_by("starts_at").first()
    batch, preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Session date", "Status"], [place.pk, local_day(next_week),
                                                         "present"]), "r.csv", by=cora)
    [(column, message)] = preview.rows[0].problems
    assert column == "Session date" and "has not started yet" in message
    with pytest.raises(ImportRefused):
        imports.confirm(batch, by=cora)
    assert not Attendance.objects.exists()


def test_a_run_register_reads_session_dates_including_excel_ones(register, cora):
    run, sessions, (pat, _sam) = register
    workbook = Workbook()
    workbook.active.append(["Enrolment number", "Session date", "Status"])
    start = timezone.localtime(sessions[0].starts_at)
    serial = (start.date() - date(1899, 12, 30)).days
    workbook.active.append([pat.pk, start.replace(tzinfo=None), "present"])
    workbook.active.append([pat.pk, serial + 7, "absent"])
    stream = io.BytesIO()
    workbook.save(stream)
    batch, preview = imports.upload("register", run, stream.getvalue(), "r.xlsx", by=cora)
    assert preview.ok, preview.problem_rows
    imports.confirm(batch, by=cora)
    assert dict(Attendance.objects.values_list("session_id", "status")) == {
        sessions[0].pk: "present", sessions[1].pk: "absent"}


def test_a_session_register_needs_no_session_column(register, cora):
    run, sessions, (pat, sam) = register
    batch, preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Status"], [pat.pk, "P"], [sam.pk, "E"]), "r.csv", by=cora,
        session=sessions[2])
    imports.confirm(batch, by=cora)
    assert set(Attendance.objects.values_list("session_id", "status")) == {
        (sessions[2].pk, "present"), (sessions[2].pk, "excused")}


def test_what_changed_after_the_preview_is_checked_again_at_confirm(register, cora):
    run, sessions, (pat, sam) = register
    batch, preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Session number", "Status"],
        [pat.pk, sessions[0].pk, "present"], [sam.pk, sessions[0].pk, "present"]), "r.csv",
        by=cora)
    assert preview.ok
    enrolment_service.withdraw(Enrolment.objects.get(pk=sam.pk))
    with pytest.raises(ImportRefused) as refused:
        imports.confirm(batch, by=cora)
    assert "Nothing was saved" in refused.value.message
    assert not Attendance.objects.exists()


def test_a_correction_to_a_closed_run_reworks_completion(finished, cora):
    from courses.services.completion import close_run

    run, done, short = finished
    close_run(run)
    sessions = list(run.sessions.order_by("starts_at"))
    batch, _preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Session number", "Status"],
        *[[short.pk, session.pk, "present"] for session in sessions[2:5]]), "r.csv", by=cora)
    imports.confirm(batch, by=cora)
    short.refresh_from_db()
    assert short.status == EnrolmentStatus.COMPLETED and short.completion_changed_at


# --- sign-up sheets ----------------------------------------------------------------------------

def test_sign_ups_respect_capacity_and_the_waiting_list(run, cora, pat,
                                                        django_capture_on_commit_callbacks):
    run.capacity = 2
    run.save()
    content = csv_bytes(["Full name", "E-mail", "Language"],
                        ["Pat P", "PAT@example.org", ""],
                        ["Mòrag Bell", "morag@example.org", "Gàidhlig"],
                        ["Iain Grant", " iain@example.org ", "English"])
    batch, preview = imports.upload("enrolments", run, content, "signups.csv", by=cora)
    assert preview.ok
    assert [row.outcome for row in preview.rows] == [
        "Pat P gets a place. (Their account is under the name Pat Participant.)",
        "Mòrag Bell gets a place. A new account is made for them.",
        "Iain Grant joins the waiting list at number 1. A new account is made for them."]
    assert not User.objects.filter(email="morag@example.org").exists()
    assert not OutboxMessage.objects.exists()

    with pytest.raises(ImportRefused) as refused:
        imports.confirm(batch, by=cora)  # two new people: their agreement is needed
    assert refused.value.code == "consent_needed" and not Enrolment.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert imports.confirm(batch, by=cora, consent_confirmed=True) == 3
    statuses = dict(Enrolment.objects.filter(run=run).values_list("user__email", "status"))
    assert statuses == {"pat@example.org": "confirmed", "morag@example.org": "confirmed",
                        "iain@example.org": "waitlisted"}
    assert User.objects.get(email="morag@example.org").preferred_language == "gd"
    assert sorted(m.to[0] for m in mail.outbox) == ["iain@example.org", "morag@example.org",
                                                   "pat@example.org"]


def test_a_bad_sign_up_row_stops_the_whole_sheet(run, cora):
    content = csv_bytes(["Full name", "E-mail"], ["Ann", "ann@example.org"],
                        ["", "not-an-address"], ["Ann Again", "ANN@example.org"])
    batch, preview = imports.upload("enrolments", run, content, "s.csv", by=cora)
    assert {row.number: [c for c, _m in row.problems] for row in preview.problem_rows} == {
        3: ["E-mail", "Full name"], 4: ["E-mail"]}
    with pytest.raises(ImportRefused):
        imports.confirm(batch, by=cora)
    assert not Enrolment.objects.exists() and not User.objects.filter(
        email="ann@example.org").exists()


def test_sign_ups_for_a_cancelled_run_are_refused(run, cora):
    run.status = "cancelled"
    run.save()
    with pytest.raises(ImportRefused):
        imports.upload("enrolments", run, csv_bytes(["Full name", "E-mail"], ["A", "a@b.org"]),
                       "s.csv", by=cora)
    assert not ImportBatch.objects.exists()


def test_unconfirmed_uploads_are_discarded_after_a_day(register, cora):
    run, sessions, (pat, _sam) = register
    batch, _preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Session number", "Status"], [pat.pk, sessions[0].pk, "P"]),
        "r.csv", by=cora)
    name = batch.file.name
    assert imports.delete_stale_uploads() == 0
    assert imports.delete_stale_uploads(now=timezone.now() + timedelta(days=2)) == 1
    batch.refresh_from_db()
    assert batch.status == ImportStatus.DISCARDED and not batch.file.storage.exists(name)


# --- the admin screens ----------------------------------------------------------------------

def upload(client, run, kind, content, name="r.csv", **data):
    stream = io.BytesIO(content)
    stream.name = name
    return client.post(f"/admin/course_runs/{run.pk}/import/{kind}/", {"file": stream, **data})


def test_upload_preview_and_confirm_in_the_admin(client, cora, register):
    run, sessions, (pat, sam) = register
    client.force_login(cora)
    schedule = client.get(f"/admin/course_runs/{run.pk}/schedule/").content.decode()
    assert "Import a typed-up register" in schedule and "Import sign-ups" in schedule
    response = upload(client, run, "register", csv_bytes(
        ["Enrolment number", "Status"], [pat.pk, "present"], [sam.pk, "absent"]),
        session=sessions[0].pk)
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response.url == f"/admin/imports/{batch.pk}/"
    page = client.get(response.url).content.decode()
    assert "All 2 rows are fine" in page and "Pat Participant" in page
    saved = client.post(f"/admin/imports/{batch.pk}/confirm/")
    assert saved.status_code == 302 and Attendance.objects.count() == 2


def test_a_preview_with_problems_lists_them_and_offers_no_save(client, cora, register):
    run, sessions, (pat, _sam) = register
    client.force_login(cora)
    upload(client, run, "register", csv_bytes(
        ["Enrolment number", "Session number", "Status"], [pat.pk, sessions[0].pk, "here"]))
    page = client.get(f"/admin/imports/{ImportBatch.objects.get().pk}/").content.decode()
    assert "1 row has a problem" in page and "“here” is not a status" in page
    assert "Save all rows" not in page


@pytest.mark.parametrize("content, name, message", [
    (b"", "r.csv", "The submitted file is empty."),
    (b"\r\n,,\r\n", "r.csv", "The file is empty."),
    (b"Name\nPat\n", "r.csv", "The file has no column"),
    ("Enrolment number,Status\n1,présent\n".encode("cp1252"), "r.csv", "not in UTF-8"),
    (b"PK\x03\x04garbage", "r.xlsx", "could not be read"),
])
def test_malformed_files_get_a_message_not_a_500(client, cora, register, content, name,
                                                  message):
    client.force_login(cora)
    response = upload(client, register[0], "register", content, name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_no_file_and_an_unknown_kind_are_handled(client, cora, register):
    client.force_login(cora)
    run = register[0]
    response = client.post(f"/admin/course_runs/{run.pk}/import/register/", {})
    assert response.status_code == 200 and "Choose the file to upload." in \
        response.content.decode()
    assert client.get(f"/admin/course_runs/{run.pk}/import/nonsense/").status_code == 302


def test_staff_without_import_permission_get_403_and_see_no_buttons(client, register):
    viewer = UserFactory(roles=["Coordinator"])
    viewer.groups.first().permissions.remove(Permission.objects.get(codename="import_data"))
    client.force_login(viewer)
    run = register[0]
    schedule = client.get(f"/admin/course_runs/{run.pk}/schedule/").content.decode()
    assert "Import a typed-up register" not in schedule and "Import sign-ups" not in schedule
    assert client.get(f"/admin/course_runs/{run.pk}/import/register/").status_code == 403
    assert client.get(f"/admin/exports/register/?run={run.pk}&format=csv").status_code == 403


def test_another_coordinator_cannot_see_or_confirm_my_upload(client, cora, register):
    run, sessions, (pat, _sam) = register
    batch, _preview = imports.upload("register", run, csv_bytes(
        ["Enrolment number", "Session number", "Status"], [pat.pk, sessions[0].pk, "P"]),
        "r.csv", by=cora)
    client.force_login(UserFactory(roles=["Coordinator"]))
    assert client.get(f"/admin/imports/{batch.pk}/").status_code == 404
    assert client.post(f"/admin/imports/{batch.pk}/confirm/").status_code == 404
    assert not Attendance.objects.exists()


def test_the_admin_asks_the_coordinator_to_confirm_new_peoples_agreement(client, cora, run):
    client.force_login(cora)
    upload(client, run, "enrolments", csv_bytes(["Full name", "E-mail"],
                                                ["Mòrag Bell", "morag@example.org"]))
    batch = ImportBatch.objects.get()
    page = client.get(f"/admin/imports/{batch.pk}/").content.decode()
    assert 'name="consent_confirmed"' in page and "has agreed to our privacy notice" in page
    client.post(f"/admin/imports/{batch.pk}/confirm/")
    assert not User.objects.filter(email="morag@example.org").exists()
    client.post(f"/admin/imports/{batch.pk}/confirm/", {"consent_confirmed": "on"})
    morag = User.objects.get(email="morag@example.org")
    assert morag.consents.filter(purpose="taking_part").exists()


def test_a_bomb_stored_before_the_checks_existed_is_refused_when_viewed(client, cora, register):
    from django.core.files.base import ContentFile

    from tests.courses.test_spreadsheet_bombs import a_400_mb_cell

    batch = ImportBatch(kind="register", run=register[0], uploaded_by=cora,
                        original_name="old.xlsx", rows=1)
    batch.file.save("old.xlsx", ContentFile(a_400_mb_cell()))
    client.force_login(cora)
    page = client.get(f"/admin/imports/{batch.pk}/")
    assert page.status_code == 200
    assert "unpacks to far more than" in page.content.decode()
    refused = client.post(f"/admin/imports/{batch.pk}/confirm/")
    assert refused.status_code == 302 and not Attendance.objects.exists()


def test_numbers_and_dates_in_a_sign_up_sheets_text_columns_are_row_problems(run, cora):
    stream = io.BytesIO()
    workbook = Workbook()
    workbook.active.append(["Full name", "E-mail", "Language"])
    workbook.active.append([12345, date(2026, 1, 2), "English"])
    workbook.active.append([date(2026, 1, 2), 3.5, 7])
    workbook.save(stream)
    batch, preview = imports.upload("enrolments", run, stream.getvalue(), "s.xlsx", by=cora)
    problems = [row.problems for row in preview.rows]
    assert ("E-mail", "“2026-01-02” is not an e-mail address.") in problems[0]
    assert ("E-mail", "“3.5” is not an e-mail address.") in problems[1]
    with pytest.raises(ImportRefused):
        imports.confirm(batch, by=cora)
    assert not Enrolment.objects.exists()


def test_a_sign_up_sheet_may_say_name_and_e_mail_address(run, cora):
    _batch, preview = imports.upload("enrolments", run, csv_bytes(
        ["Name", "E-mail address"], ["Beathag Dhòmhnallach", "beathag@example.org"]),
        "s.csv", by=cora)
    assert preview.ok and "Beathag Dhòmhnallach gets a place." in preview.rows[0].outcome
