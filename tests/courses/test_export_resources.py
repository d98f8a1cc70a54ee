"""Each admin export's columns: the headers in order, and one row checked value by value."""

import csv
import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from courses.models import CPDEntry, Facilitation, FacilitationRole, StaffProfile
from courses.services.exports import build_export, csv_lines
from tests.courses.factories import TrainerProfileFactory

pytestmark = pytest.mark.django_db


def rows_of(name: str, **filters) -> list[list[str]]:
    text = "".join(csv_lines(build_export(name, filters)))
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def local(value):
    return timezone.localtime(value)


def test_attendance_has_one_row_per_person_per_session_with_every_column(finished, tara):
    run, done, _short = finished
    first = run.sessions.order_by("starts_at").first()
    header, *rows = rows_of("attendance", run=run.pk)
    assert header == ["Course", "Run number", "Area", "Venue", "Session date", "Starts",
                      "Module", "Participant", "Enrolment number", "Status", "Marked by",
                      "How it was marked", "Marked at"]
    assert len(rows) == 12  # two people, six sessions
    mark = first.attendances.get(enrolment=done)
    assert rows[0] == [
        run.course.title, str(run.pk), "Highland", run.venue.name,
        local(first.starts_at).date().isoformat(), local(first.starts_at).strftime("%H:%M"),
        "", "Pat Participant", str(done.pk), "Present", "Tara Trainer", "Marked by a trainer",
        local(mark.marked_at).strftime("%Y-%m-%d %H:%M")]


def test_enrolments_show_status_waiting_position_and_dates(run, pat, sam):
    from courses.services import enrolment

    run.capacity = 1
    run.save()
    placed = enrolment.enrol(run, pat)
    waiting = enrolment.enrol(run, sam)
    header, *rows = rows_of("enrolments", run=run.pk)
    assert header == ["Course", "Run number", "Area", "Venue", "Participant",
                      "Enrolment number", "Status", "Waiting list position", "Enrolled",
                      "Place confirmed", "Left", "Why they left"]
    by_person = {row[4]: row for row in rows}
    assert by_person["Pat Participant"][5:] == [
        str(placed.pk), "Place confirmed", "", local(placed.created_at).strftime(
            "%Y-%m-%d %H:%M"), local(placed.confirmed_at).strftime("%Y-%m-%d %H:%M"), "", ""]
    assert by_person["Sam Stranger"][6:8] == ["On the waiting list", "1"]
    assert by_person["Sam Stranger"][9] == ""  # no place confirmed yet
    assert waiting.pk != placed.pk


def test_cpd_entries_leave_reflections_out(hana):
    StaffProfile.objects.create(user=hana, profession="Nurse", registration_body="NMC")
    CPDEntry.objects.create(user=hana, title="=Risky title", method="other",
                            completed_on=date(2026, 10, 2), hours=Decimal("1.50"),
                            participatory=True, learned="A private reflection")
    header, row = rows_of("cpd-entries")
    assert header == ["Person", "Profession", "Registration body", "Date", "Learning", "How",
                      "Hours", "Participatory"]
    assert row == ["Hana Health", "Nurse", "NMC", "2026-10-02", "'=Risky title",
                   "Other learning", "1.50", "Yes"]
    assert "A private reflection" not in "".join(header + row)


def test_trainer_delivery_counts_sessions_held_and_hours_by_role(finished, tara):
    run, _done, _short = finished
    lead = TrainerProfileFactory(user=tara)
    shadow = TrainerProfileFactory()
    Facilitation.objects.create(run=run, trainer=lead, role=FacilitationRole.LEAD)
    Facilitation.objects.create(run=run, trainer=shadow, role=FacilitationRole.SHADOW)
    future = run.sessions.order_by("starts_at").last()
    future.starts_at = timezone.now() + timedelta(days=1)
    future.ends_at = future.starts_at + timedelta(hours=2, minutes=30)
    future.save()  # not held yet: not counted
    header, *rows = rows_of("trainer-delivery", run=run.pk)
    assert header == ["Trainer", "Runs", "Sessions led", "Sessions co-trained",
                      "Sessions shadowed", "Hours delivered"]
    assert rows == [[shadow.user.full_name, "1", "0", "0", "5", "0.00"],
                    ["Tara Trainer", "1", "5", "0", "0", "12.50"]]


def test_the_register_to_type_into_lists_everyone_with_a_place_per_session(finished):
    run, done, short = finished
    header, *rows = rows_of("register", run=run.pk)
    assert header == ["Enrolment number", "Name", "Session", "Session date", "Starts",
                      "Status"]
    first = run.sessions.order_by("starts_at").first()
    assert len(rows) == 12
    assert [row[2] for row in rows] == ["1", "1", "2", "2", "3", "3", "4", "4", "5", "5", "6",
                                        "6"]  # the session's number in its run, not an id
    assert rows[0] == [str(done.pk), "Pat Participant", "1",
                       local(first.starts_at).date().isoformat(),
                       local(first.starts_at).strftime("%H:%M"), "Present"]
