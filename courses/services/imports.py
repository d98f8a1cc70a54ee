"""Typed-up paper registers and sign-up sheets: upload, check every row, then save all or none.

Checking (the preview) reads the file and the database and writes nothing. Confirming checks
the stored file again under locks — the run may have changed since — and saves through the same
services as everything else (``attendance.record_marks``, ``enrolment.enrol``), inside one
transaction: one bad row and nothing is written, nothing is sent.
"""

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import AuditAction, User
from accounts.services import audit
from accounts.services.profile import create_participant_for
from courses.models import (
    ON_REGISTER_STATUSES,
    Attendance,
    AttendanceStatus,
    CourseRun,
    Enrolment,
    EnrolmentStatus,
    ImportBatch,
    ImportKind,
    ImportStatus,
    MarkingMethod,
    RunStatus,
    Session,
)
from courses.services import attendance as attendance_service
from courses.services import enrolment as enrolment_service
from courses.services.errors import DomainError
from courses.services.spreadsheets import (
    Column,
    Table,
    as_date,
    as_time,
    as_whole_number,
    choice_from_text,
    read_table,
)

STALE_AFTER = timedelta(days=1)
LANGUAGE_NAMES = {"en": "en", "english": "en", "beurla": "en", "gd": "gd", "gàidhlig": "gd",
                  "gaidhlig": "gd", "gaelic": "gd"}
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
ENROLMENT_COLUMNS = [
    Column("email", gettext_lazy("E-mail"), aliases=(
        gettext_lazy("E-mail address"), "Email", "Email address")),
    Column("full_name", gettext_lazy("Full name"), aliases=(gettext_lazy("Name"),)),
    Column("language", gettext_lazy("Language"), required=False),
]


class ImportRefused(DomainError):
    pass


@dataclass
class RowCheck:
    """One row: what saving it will do, or what is wrong with it (by column)."""

    number: int
    outcome: str = ""
    problems: list[tuple[str, str]] = field(default_factory=list)

    def problem(self, column: Column | None, message: str) -> None:
        self.problems.append((str(column.label) if column else "", message))


@dataclass
class Preview:
    rows: list[RowCheck]
    actions: list  # what confirming does, one item per row that changes something
    new_people: int = 0  # accounts saving would make (each needs the person's agreement)

    @property
    def problem_rows(self) -> list[RowCheck]:
        return [row for row in self.rows if row.problems]

    @property
    def ok(self) -> bool:
        return not self.problem_rows


def _column(columns: list[Column], key: str) -> Column:
    return next(column for column in columns if column.key == key)


# --- registers --------------------------------------------------------------------------------

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
                check.problem(_column(REGISTER_COLUMNS, "session"), _(
                    "There is no session %(number)s on this run.") % {"number": number})
        elif cells.get("session_id", "") != "":
            session = self.sessions.get(as_whole_number(cells["session_id"]))
            if session is None:
                check.problem(_column(REGISTER_COLUMNS, "session_id"), _(
                    "There is no session %(number)s on this run.") % {
                    "number": cells["session_id"]})
        elif day != "":
            session = self._session_on(day, cells.get("starts", ""), check)
        elif self.session is not None:
            return self.session
        else:
            check.problem(_column(REGISTER_COLUMNS, "session_date"), _(
                "Give the session number or the session's date."))
            return None
        if session is not None and self.session is not None and session != self.session:
            check.problem(_column(REGISTER_COLUMNS, "session"), _(
                "This row is for another session than the one you chose."))
        return session

    def _numbered(self, number: int | None) -> Session | None:
        """The run's session with this number (1 for the first), as registers print it."""
        in_order = list(self.sessions.values())
        return in_order[number - 1] if number and 0 < number <= len(in_order) else None

    def _session_on(self, day, starts, check: RowCheck) -> Session | None:
        column = _column(REGISTER_COLUMNS, "session_date")
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
        column = _column(REGISTER_COLUMNS, "enrolment")
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
        elif cells.get("name") and _simple(cells["name"]) != _simple(enrolment.user.full_name):
            check.problem(_column(REGISTER_COLUMNS, "name"), _(
                "Enrolment %(number)s is %(person)s, not “%(typed)s”. Check the number.") % {
                "number": number, "person": enrolment.user.full_name, "typed": cells["name"]})
        else:
            return enrolment
        return None


def _simple(name: str) -> str:
    return " ".join(str(name).casefold().split())


def _status(value, check: RowCheck) -> str | None:
    status = STATUS_LETTERS.get(str(value).strip().casefold()) or choice_from_text(
        value, dict(AttendanceStatus.choices))
    if status is None:
        check.problem(_column(REGISTER_COLUMNS, "status"), _(
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
        check.problem(_column(REGISTER_COLUMNS, "session_date"), error.message)


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


def _save_register(preview: Preview, batch: ImportBatch, by: User) -> int:
    attendance_service.record_marks(preview.actions, by=by, method=MarkingMethod.IMPORT)
    return len(preview.actions)


# --- sign-up sheets -----------------------------------------------------------------------------

def check_enrolments(table: Table, run: CourseRun, session: Session | None = None) -> Preview:
    refuse_if_not_enrolling(run)
    email_column = _column(ENROLMENT_COLUMNS, "email")
    people = {user.email.casefold(): user for user in User.objects.annotate(
        address=Lower("email")).filter(address__in=[
            cells["email"].casefold() for _n, cells in table.rows if cells["email"]])}
    on_run = {e.user_id: e for e in Enrolment.objects.filter(run=run)}
    trainers = set(run.facilitations.values_list("trainer__user_id", flat=True))
    places_left = run.capacity - run.enrolments.holding_places().count()
    waiting = run.enrolments.filter(status=EnrolmentStatus.WAITLISTED).count()
    checks, actions, seen = [], [], {}
    for number, cells in table.rows:
        check = RowCheck(number)
        checks.append(check)
        email, name = cells["email"], cells["full_name"]
        language = _language(cells.get("language", ""), check)
        try:
            validate_email(email)
        except ValidationError:
            check.problem(email_column, _("“%(value)s” is not an e-mail address.") % {
                "value": email} if email else _("The e-mail address is missing."))
        if not name:
            check.problem(_column(ENROLMENT_COLUMNS, "full_name"), _("The name is missing."))
        if email.casefold() in seen:
            check.problem(email_column, _("Row %(row)s has the same e-mail address.") % {
                "row": seen[email.casefold()]})
        if check.problems:
            continue
        seen[email.casefold()] = number
        user = people.get(email.casefold())
        enrolment = on_run.get(user.pk) if user else None
        if enrolment is not None and enrolment.is_on_run:
            check.outcome = _("%(person)s is already on this run (%(status)s): no change.") % {
                "person": user.full_name, "status": enrolment.get_status_display().lower()}
            continue
        if enrolment is not None and enrolment.status != EnrolmentStatus.WITHDRAWN:
            check.problem(email_column, _("%(person)s has already taken part in this run.") % {
                "person": user.full_name})
            continue
        if user is not None and user.pk in trainers:
            check.problem(email_column, _("%(person)s is a trainer on this run, so cannot also "
                                          "have a place on it.") % {"person": user.full_name})
            continue
        if places_left > 0:
            places_left -= 1
            check.outcome = _("%(person)s gets a place.") % {"person": name}
        else:
            waiting += 1
            check.outcome = _("%(person)s joins the waiting list at number %(position)s.") % {
                "person": name, "position": waiting}
        if user is None:
            check.outcome += " " + _("A new account is made for them.")
        elif _simple(user.full_name) != _simple(name):
            check.outcome += " " + _("(Their account is under the name %(name)s.)") % {
                "name": user.full_name}
        actions.append((email, name, language, user))
    return Preview(checks, actions, new_people=sum(user is None for *_details, user in actions))


def _language(value, check: RowCheck) -> str:
    if value == "":
        return "en"
    language = LANGUAGE_NAMES.get(str(value).strip().casefold())
    if language is None:
        check.problem(_column(ENROLMENT_COLUMNS, "language"), _(
            "“%(value)s” is not a language we run courses in (English or Gàidhlig).") % {
            "value": value})
        return "en"
    return language


def refuse_if_not_enrolling(run: CourseRun) -> None:
    if run.status in (RunStatus.CANCELLED, RunStatus.FINISHED):
        raise ImportRefused("run_not_enrolling", _(
            "This run is %(status)s, so no one can be added to it.") % {
            "status": run.get_status_display().lower()})


def _save_enrolments(preview: Preview, batch: ImportBatch, by: User) -> int:
    for email, name, language, user in preview.actions:
        user = user or create_participant_for(email, name, language=language)
        enrolment_service.enrol(batch.run, user, by_coordinator=True)
    return len(preview.actions)


CHECKS: dict[str, tuple[list[Column], Callable, Callable]] = {
    ImportKind.REGISTER: (REGISTER_COLUMNS, check_register, _save_register),
    ImportKind.ENROLMENTS: (ENROLMENT_COLUMNS, check_enrolments, _save_enrolments),
}


# --- the batch: upload, preview, confirm -------------------------------------------------------

def upload(kind: str, run: CourseRun, content: bytes, name: str, *, by: User,
           session: Session | None = None) -> tuple[ImportBatch, Preview]:
    """Check an uploaded file and keep it for confirming. Raises ``UnreadableFile`` (nothing
    kept) when it cannot be read at all."""
    columns, check, _save = CHECKS[kind]
    preview = check(read_table(content, name, columns), run, session)
    batch = ImportBatch(kind=kind, run=run, session=session, uploaded_by=by,
                        original_name=PurePath(name).name[:255], rows=len(preview.rows),
                        problems=len(preview.problem_rows))
    suffix = ".xlsx" if content.startswith(b"PK\x03\x04") else ".csv"
    batch.file.save(f"{uuid.uuid4().hex}{suffix}", ContentFile(content), save=False)
    batch.save()
    return batch, preview


def preview(batch: ImportBatch) -> Preview:
    columns, check, _save = CHECKS[batch.kind]
    with batch.file.open("rb") as stored:
        content = stored.read()
    return check(read_table(content, batch.file.name, columns), batch.run, batch.session)


def confirm(batch: ImportBatch, *, by: User, consent_confirmed: bool = False) -> int:
    """Save every row of a checked batch, or none. Returns how many rows changed something.
    A sign-up sheet that makes accounts needs the coordinator to confirm that those people
    agreed to the privacy notice (``consent_confirmed``): their consent is recorded."""
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update(of=("self",)).select_related(
            "run", "session").get(pk=batch.pk)
        if batch.status != ImportStatus.PREVIEWED or not batch.file:
            raise ImportRefused("not_waiting", _("This file has already been saved or "
                                                 "discarded."))
        if batch.kind == ImportKind.ENROLMENTS:
            CourseRun.objects.locked(batch.run_id)  # places stay as checked
        checked = preview(batch)
        if not checked.ok:
            raise ImportRefused("rows_wrong", _(
                "Nothing was saved: %(count)s rows have problems. Correct the file and upload "
                "it again.") % {"count": len(checked.problem_rows)})
        if checked.new_people and not consent_confirmed:
            raise ImportRefused("consent_needed", _(
                "Nothing was saved: confirm that the new people on this sheet agreed to our "
                "privacy notice, or take them off the sheet."))
        saved = CHECKS[batch.kind][2](checked, batch, by)
        batch.status, batch.applied_at, batch.rows = ImportStatus.APPLIED, timezone.now(), \
            len(checked.rows)
        batch.save(update_fields=["status", "applied_at", "rows"])
        audit.record(by, AuditAction.IMPORTED, batch, kind=batch.kind, rows=batch.rows,
                     changed=saved)
        transaction.on_commit(lambda: batch.file.delete(save=True))
    return saved


def discard(batch: ImportBatch) -> None:
    if batch.status == ImportStatus.PREVIEWED:
        batch.file.delete(save=False)
        batch.status = ImportStatus.DISCARDED
        batch.save(update_fields=["status", "file"])


def delete_stale_uploads(*, now: datetime | None = None) -> int:
    """Uploads checked but never confirmed are discarded after a day (their files hold
    people's names). Idempotent."""
    stale = ImportBatch.objects.filter(status=ImportStatus.PREVIEWED,
                                       created_at__lt=(now or timezone.now()) - STALE_AFTER)
    count = 0
    for batch in stale:
        discard(batch)
        count += 1
    return count
