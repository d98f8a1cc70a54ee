"""Typed-up paper registers: each row a person's mark for a session of the run."""

from collections import defaultdict

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from courses.models import (
    ON_REGISTER_STATUSES,
    Attendance,
    AttendanceStatus,
    CourseRun,
    Enrolment,
    ImportBatch,
    MarkingMethod,
    Session,
)
from courses.services import attendance as attendance_service
from courses.services.imports.rows import Preview, RowCheck, column_of, simple_name
from courses.services.spreadsheets import (
    Column,
    Table,
    as_date,
    as_time,
    as_whole_number,
    choice_from_text,
)

STATUS_LETTERS = {"p": AttendanceStatus.PRESENT, "l": AttendanceStatus.LATE,
                  "e": AttendanceStatus.EXCUSED, "a": AttendanceStatus.ABSENT}

REGISTER_COLUMNS = [
    Column("enrolment", gettext_lazy("Enrolment number"), text=False),
    Column("name", gettext_lazy("Name"), required=False),
    Column("session", gettext_lazy("Session"), required=False, text=False),  # 1, 2, 3 …
    # Registers exported before sessions were numbered within their run held the database id.
    Column("session_id", gettext_lazy("Session number"), required=False, text=False,
           listed=False),
    Column("session_date", gettext_lazy("Session date"), required=False, text=False),
    Column("starts", gettext_lazy("Starts"), required=False, text=False),
    Column("status", gettext_lazy("Status")),
]


class _RunRegister:
    """What a run's register looks like now, for checking rows against."""

    def __init__(self, run: CourseRun, session: Session | None):
        self.run, self.session = run, session
        self.sessions = {s.pk: s for s in run.sessions.order_by("starts_at")}
        self.by_day = defaultdict(list)
        for session in self.sessions.values():
            self.by_day[timezone.localtime(session.starts_at).date()].append(session)
        self.enrolments = {e.pk: e for e in Enrolment.objects.filter(run=run)
                           .select_related("user")}
        self.marks = {(session_id, enrolment_id): status for session_id, enrolment_id, status
                      in Attendance.objects.filter(session__run=run).values_list(
                          "session_id", "enrolment_id", "status")}

    def find_session(self, cells: dict, check: RowCheck) -> Session | None:
        number, day = cells.get("session", ""), cells.get("session_date", "")
        if number != "":
            session = self._numbered(as_whole_number(number))
            if session is None:
                check.problem(column_of(REGISTER_COLUMNS, "session"), _(
                    "There is no session %(number)s on this run.") % {"number": number})
        elif cells.get("session_id", "") != "":
            session = self.sessions.get(as_whole_number(cells["session_id"]))
            if session is None:
                check.problem(column_of(REGISTER_COLUMNS, "session_id"), _(
                    "There is no session %(number)s on this run.") % {
                    "number": cells["session_id"]})
        elif day != "":
            session = self._session_on(day, cells.get("starts", ""), check)
        elif self.session is not None:
            return self.session
        else:
            check.problem(column_of(REGISTER_COLUMNS, "session_date"), _(
                "Give the session number or the session's date."))
            return None
        if session is not None and self.session is not None and session != self.session:
            check.problem(column_of(REGISTER_COLUMNS, "session"), _(
                "This row is for another session than the one you chose."))
        return session

    def _numbered(self, number: int | None) -> Session | None:
        """The run's session with this number (1 for the first), as registers print it."""
        in_order = list(self.sessions.values())
        return in_order[number - 1] if number and 0 < number <= len(in_order) else None

    def _session_on(self, day, starts, check: RowCheck) -> Session | None:
        column = column_of(REGISTER_COLUMNS, "session_date")
        when = as_date(day)
        if when is None:
            check.problem(column, _("“%(value)s” is not a date.") % {"value": day})
            return None
        same_day = self.by_day.get(when, [])
        at = as_time(starts) if starts != "" else None
        if at is not None:
            same_day = [s for s in same_day
                        if timezone.localtime(s.starts_at).time().replace(second=0) == at]
        if not same_day:
            check.problem(column, _("This run has no session on %(date)s.") % {
                "date": when.isoformat()})
            return None
        if len(same_day) > 1:
            check.problem(column, _("This run has more than one session on %(date)s: give the "
                                    "session number.") % {"date": when.isoformat()})
            return None
        return same_day[0]

    def find_enrolment(self, cells: dict, check: RowCheck) -> Enrolment | None:
        column = column_of(REGISTER_COLUMNS, "enrolment")
        number = as_whole_number(cells["enrolment"])
        enrolment = self.enrolments.get(number) if number is not None else None
        if cells["enrolment"] == "":
            check.problem(column, _("The enrolment number is missing."))
        elif enrolment is None:
            check.problem(column, _("No one on this run has enrolment number %(number)s.") % {
                "number": cells["enrolment"]})
        elif enrolment.status not in ON_REGISTER_STATUSES:
            check.problem(column, _("%(person)s does not have a place on this run (%(status)s).")
                          % {"person": enrolment.user.full_name,
                             "status": enrolment.get_status_display().lower()})
        elif cells.get("name") and (simple_name(cells["name"])
                                    != simple_name(enrolment.user.full_name)):
            check.problem(column_of(REGISTER_COLUMNS, "name"), _(
                "Enrolment %(number)s is %(person)s, not “%(typed)s”. Check the number.") % {
                "number": number, "person": enrolment.user.full_name, "typed": cells["name"]})
        else:
            return enrolment
        return None


def _status(value, check: RowCheck) -> str | None:
    status = STATUS_LETTERS.get(str(value).strip().casefold()) or choice_from_text(
        value, dict(AttendanceStatus.choices))
    if status is None:
        check.problem(column_of(REGISTER_COLUMNS, "status"), _(
            "“%(value)s” is not a status. Use present, late, excused or absent.") % {
            "value": value})
    return status


def check_register(table: Table, run: CourseRun, session: Session | None) -> Preview:
    register = _RunRegister(run, session)
    checks, marks, seen = [], [], {}
    for number, cells in table.rows:
        check = RowCheck(number)
        checks.append(check)
        if cells["status"] == "":
            check.outcome = _("Left blank: nothing recorded.")
            continue
        enrolment = register.find_enrolment(cells, check)
        found = register.find_session(cells, check)
        status = _status(cells["status"], check)
        if found is not None:
            _check_has_begun(found, check)
        if enrolment is None or found is None or status is None or check.problems:
            continue
        if (key := (found.pk, enrolment.pk)) in seen:
            check.problem(None, _("Row %(row)s already gives this person's mark for this "
                                  "session.") % {"row": seen[key]})
            continue
        seen[key] = number
        check.outcome = _register_outcome(register.marks.get(key), status, enrolment, found)
        marks.append(attendance_service.Mark(found, enrolment, status))
    return Preview(checks, marks)


def _check_has_begun(session: Session, check: RowCheck) -> None:
    try:
        attendance_service.check_has_begun(session, timezone.now())
    except attendance_service.AttendanceError as error:
        check.problem(column_of(REGISTER_COLUMNS, "session_date"), error.message)


def _register_outcome(before: str | None, status: str, enrolment: Enrolment,
                      session: Session) -> str:
    label = AttendanceStatus(status).label
    facts = {"person": enrolment.user.full_name, "status": label,
             "date": timezone.localtime(session.starts_at).strftime("%Y-%m-%d %H:%M")}
    if before == status:
        return _("%(person)s, %(date)s: already %(status)s, no change.") % facts
    if before:
        return _("%(person)s, %(date)s: %(status)s (was %(before)s).") % {
            **facts, "before": AttendanceStatus(before).label}
    return _("%(person)s, %(date)s: %(status)s.") % facts


def save_register(preview: Preview, batch: ImportBatch, by: User) -> int:
    attendance_service.record_marks(preview.actions, by=by, method=MarkingMethod.IMPORT)
    return len(preview.actions)
