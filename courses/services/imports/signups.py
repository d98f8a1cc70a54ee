"""Sign-up sheets: each row a person to add to the run (a new account when they have none)."""

from dataclasses import dataclass, replace

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.services.profile import ContactError, create_participant_for, read_phone
from courses.models import CourseRun, Enrolment, EnrolmentStatus, ImportBatch, RunStatus, Session
from courses.services import enrolment as enrolment_service
from courses.services.imports.rows import ImportRefused, Preview, RowCheck, column_of, simple_name
from courses.services.spreadsheets import Column, Table

LANGUAGE_NAMES = {"en": "en", "english": "en", "beurla": "en", "gd": "gd", "gàidhlig": "gd",
                  "gaidhlig": "gd", "gaelic": "gd"}

ENROLMENT_COLUMNS = [
    Column("email", gettext_lazy("E-mail"), required=False, aliases=(
        gettext_lazy("E-mail address"), "Email", "Email address")),
    Column("full_name", gettext_lazy("Full name"), aliases=(gettext_lazy("Name"),)),
    Column("language", gettext_lazy("Language"), required=False),
    Column("phone", gettext_lazy("Phone"), required=False, aliases=(
        gettext_lazy("Phone number"), "Telephone", "Mobile")),
    Column("address", gettext_lazy("Postal address"), required=False, lines=True,
           aliases=(gettext_lazy("Address"),)),
]


@dataclass(frozen=True)
class SignUp:
    """One row to act on: who, and the account they have (None: one is made)."""

    email: str
    name: str
    language: str
    phone: str
    address: str
    user: User | None


def check_enrolments(table: Table, run: CourseRun, session: Session | None = None) -> Preview:
    refuse_if_not_enrolling(run)
    people = _people(table)
    on_run = {e.user_id: e for e in Enrolment.objects.filter(run=run)}
    trainers = set(run.facilitations.values_list("trainer__user_id", flat=True))
    places_left = CourseRun.objects.with_places().get(pk=run.pk).places_left
    waiting = run.enrolments.filter(status=EnrolmentStatus.WAITLISTED).count()
    checks, actions, seen = [], [], {}
    for number, cells in table.rows:
        check = RowCheck(number)
        checks.append(check)
        row = _read_row(cells, check)
        key = row.email.casefold() or row.phone
        if key and key in seen:
            check.problem(_identity_column(row), _(
                "Row %(row)s has the same e-mail address or phone number.") % {"row": seen[key]})
        if check.problems:
            continue
        seen[key] = number
        user = people.get(key)
        enrolment = on_run.get(user.pk) if user else None
        if enrolment is not None and enrolment.is_on_run:
            check.outcome = _("%(person)s is already on this run (%(status)s): no change.") % {
                "person": user.full_name, "status": enrolment.get_status_display().lower()}
            continue
        if enrolment is not None and enrolment.status != EnrolmentStatus.WITHDRAWN:
            check.problem(_identity_column(row), _(
                "%(person)s has already taken part in this run.") % {"person": user.full_name})
            continue
        if user is not None and user.pk in trainers:
            check.problem(_identity_column(row), _(
                "%(person)s is a trainer on this run, so cannot also have a place on it.") % {
                "person": user.full_name})
            continue
        if places_left > 0:
            places_left -= 1
            check.outcome = _("%(person)s gets a place.") % {"person": row.name}
        else:
            waiting += 1
            check.outcome = _("%(person)s joins the waiting list at number %(position)s.") % {
                "person": row.name, "position": waiting}
        if user is None:
            check.outcome += " " + _("A new account is made for them.")
        elif simple_name(user.full_name) != simple_name(row.name):
            check.outcome += " " + _("(Their account is under the name %(name)s.)") % {
                "name": user.full_name}
        actions.append(replace(row, user=user))
    return Preview(checks, actions, new_people=sum(row.user is None for row in actions))


def _people(table: Table) -> dict:
    """The accounts the sheet's rows name, by e-mail address (casefolded) and phone number."""
    emails = [cells["email"].casefold() for _n, cells in table.rows if cells.get("email")]
    phones = [phone for _n, cells in table.rows if (phone := _e164(cells.get("phone", "")))]
    found = User.objects.annotate(address=Lower("email")).filter(
        Q(address__in=emails) | Q(phone__in=phones))
    people = {}
    for user in found:
        if user.phone:
            people[str(user.phone)] = user
        if user.email:
            people[user.email.casefold()] = user
    return people


def _read_row(cells: dict, check: RowCheck) -> SignUp:
    """A row's details, with a problem noted for each one that cannot be used."""
    email, name = cells.get("email", ""), cells["full_name"]
    phone_typed, address = str(cells.get("phone", "") or ""), cells.get("address", "") or ""
    if email:
        try:
            validate_email(email)
        except ValidationError:
            check.problem(column_of(ENROLMENT_COLUMNS, "email"), _(
                "“%(value)s” is not an e-mail address.") % {"value": email})
    try:
        phone = read_phone(phone_typed)
    except ContactError as error:
        phone = ""
        check.problem(column_of(ENROLMENT_COLUMNS, "phone"), error.message)
    if not (email or phone_typed or address.strip()):
        check.problem(column_of(ENROLMENT_COLUMNS, "email"), _(
            "Give an e-mail address, a phone number or a postal address, so we can reach "
            "them."))
    if not name:
        check.problem(column_of(ENROLMENT_COLUMNS, "full_name"), _("The name is missing."))
    return SignUp(email, name, _language(cells.get("language", ""), check), phone,
                  address.strip(), None)


def _e164(typed) -> str:
    try:
        return read_phone(typed)
    except ContactError:
        return ""


def _identity_column(row: SignUp):
    return column_of(ENROLMENT_COLUMNS, "email" if row.email or not row.phone else "phone")


def _language(value, check: RowCheck) -> str:
    if value == "":
        return "en"
    language = LANGUAGE_NAMES.get(str(value).strip().casefold())
    if language is None:
        check.problem(column_of(ENROLMENT_COLUMNS, "language"), _(
            "“%(value)s” is not a language we run courses in (English or Gàidhlig).") % {
            "value": value})
        return "en"
    return language


def refuse_if_not_enrolling(run: CourseRun) -> None:
    if run.status in (RunStatus.CANCELLED, RunStatus.FINISHED):
        raise ImportRefused("run_not_enrolling", _(
            "This run is %(status)s, so no one can be added to it.") % {
            "status": run.get_status_display().lower()})


def save_enrolments(preview: Preview, batch: ImportBatch, by: User) -> int:
    for row in preview.actions:
        user = row.user or create_participant_for(row.email, row.name, language=row.language,
                                                  phone=row.phone, postal_address=row.address)
        enrolment_service.enrol(batch.run, user, by_coordinator=True)
    return len(preview.actions)
