"""Sign-up sheets: each row a person to add to the run (a new account when they have none)."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from accounts.services.profile import create_participant_for
from courses.models import CourseRun, Enrolment, EnrolmentStatus, ImportBatch, RunStatus, Session
from courses.services import enrolment as enrolment_service
from courses.services.imports.rows import ImportRefused, Preview, RowCheck, column_of, simple_name
from courses.services.spreadsheets import Column, Table

LANGUAGE_NAMES = {"en": "en", "english": "en", "beurla": "en", "gd": "gd", "gàidhlig": "gd",
                  "gaidhlig": "gd", "gaelic": "gd"}

ENROLMENT_COLUMNS = [
    Column("email", gettext_lazy("E-mail"), aliases=(
        gettext_lazy("E-mail address"), "Email", "Email address")),
    Column("full_name", gettext_lazy("Full name"), aliases=(gettext_lazy("Name"),)),
    Column("language", gettext_lazy("Language"), required=False),
]


def check_enrolments(table: Table, run: CourseRun, session: Session | None = None) -> Preview:
    refuse_if_not_enrolling(run)
    email_column = column_of(ENROLMENT_COLUMNS, "email")
    people = {user.email.casefold(): user for user in User.objects.annotate(
        address=Lower("email")).filter(address__in=[
            cells["email"].casefold() for _n, cells in table.rows if cells["email"]])}
    on_run = {e.user_id: e for e in Enrolment.objects.filter(run=run)}
    trainers = set(run.facilitations.values_list("trainer__user_id", flat=True))
    places_left = CourseRun.objects.with_places().get(pk=run.pk).places_left
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
            check.problem(column_of(ENROLMENT_COLUMNS, "full_name"), _("The name is missing."))
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
        elif simple_name(user.full_name) != simple_name(name):
            check.outcome += " " + _("(Their account is under the name %(name)s.)") % {
                "name": user.full_name}
        actions.append((email, name, language, user))
    return Preview(checks, actions, new_people=sum(user is None for *_details, user in actions))


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
    for email, name, language, user in preview.actions:
        user = user or create_participant_for(email, name, language=language)
        enrolment_service.enrol(batch.run, user, by_coordinator=True)
    return len(preview.actions)
