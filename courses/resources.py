"""The columns of each export, declared once (django-import-export resources)."""

from decimal import Decimal
from functools import lru_cache

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets

from courses.models import (
    AttendanceStatus,
    CPDMethod,
    EndReason,
    EnrolmentStatus,
    MarkingMethod,
)


class CellWidget(widgets.Widget):
    """Hand the value to the writer as it is: the writer decides how each type is written
    (numbers stay numbers, dates in ISO format and local time, formula-like text made safe)."""

    def render(self, value, obj=None, **kwargs):
        return value


class ExportResource(resources.Resource):
    """Columns written many thousands of rows at a time: a stored choice's label and a
    session's local date and time are worked out once per value for the whole export (in the
    language and time zone it runs in), not once per row. One instance serves one export."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.label = lru_cache(maxsize=256)(label_of)
        self.local_date = lru_cache(maxsize=4096)(local_date)
        self.local_time = lru_cache(maxsize=4096)(local_time)


def column(attribute: str, heading) -> fields.Field:
    return fields.Field(attribute=attribute, column_name=heading, widget=CellWidget())


class OutcomesResource(ExportResource):
    """Outcome figures per group, as ``services.outcomes.present`` shapes them."""

    group = column("group", _("Group"))
    enrolled = column("enrolled", _("Had a place"))
    attended = column("attended", _("Came at least once"))
    completed = column("completed", _("Completed"))
    rated_before = column("rated_before", _("Rated confidence before"))
    rated_both = column("rated_both", _("Rated before and at the end"))
    mean_before = column("mean_before", _("Mean score before (0–10)"))
    mean_end = column("mean_end", _("Mean score at the end (0–10)"))
    mean_change = column("mean_change", _("Mean change"))
    share_improved = column("share_improved", _("Share whose confidence rose (%)"))

    class Meta:
        fields = ("group", "enrolled", "attended", "completed", "rated_before", "rated_both",
                  "mean_before", "mean_end", "mean_change", "share_improved")
        export_order = fields


class CPDLogResource(ExportResource):
    """A CPD log, one row per entry, as a revalidation portfolio asks for it. ``account_of``
    gives an entry's reflection in its template's shape (``services.reflections.account_of``,
    handed in as the services import this module)."""

    completed_on = column("completed_on", _("Date"))
    title = column("title", _("Learning"))
    method = column("method_label", _("How"))
    provider = column("provider", _("Provider"))
    hours = column("hours", _("Hours"))
    participatory = column("participatory_label", _("Participatory"))
    learned = column("learned", _("What I learned"))
    practice = column("practice", _("How I will use it in practice"))
    certificate = column("certificate_code", _("Certificate code"))
    reflection_template = column("reflection_template", _("Reflection template"))
    other_answers = column("reflection", _("Other parts of the reflection"))

    class Meta:
        fields = ("completed_on", "title", "method", "provider", "hours", "participatory",
                  "learned", "practice", "certificate", "reflection_template", "other_answers")
        export_order = fields

    def __init__(self, *, account_of, **kwargs):
        super().__init__(**kwargs)
        self.account_of = account_of

    def dehydrate_reflection_template(self, entry) -> str:
        return self.account_of(entry).template.label

    def dehydrate_other_answers(self, entry) -> str:
        return self.account_of(entry).other_answers


def label_of(choices, value) -> str:
    """The human label of a stored choice, in the export's language."""
    return str(choices(value).label) if value else ""


def local_date(value):
    return timezone.localtime(value).date() if value else None


def local_time(value):
    return timezone.localtime(value).strftime("%H:%M") if value else ""


class SessionWhen:
    """A row's session date and start time in local time (from ``starts_at``) and its
    attendance status as words."""

    def dehydrate_session_date(self, row):
        return self.local_date(row["starts_at"])

    def dehydrate_starts(self, row):
        return self.local_time(row["starts_at"])

    def dehydrate_status(self, row):
        return self.label(AttendanceStatus, row["status"])


class AttendanceResource(SessionWhen, ExportResource):
    """One row per person per session marked, for funders and the NHS."""

    course = column("course", _("Course"))
    run = column("run_number", _("Run number"))
    area = column("area", _("Area"))
    venue = column("venue", _("Venue"))
    session_date = column("starts_at", _("Session date"))
    starts = column("starts_at", _("Starts"))
    module = column("module", _("Module"))
    participant = column("participant", _("Participant"))
    enrolment = column("enrolment_id", _("Enrolment number"))
    status = column("status", _("Status"))
    marked_by = column("marker", _("Marked by"))
    method = column("method", _("How it was marked"))
    marked_at = column("marked_at", _("Marked at"))

    class Meta:
        fields = ("course", "run", "area", "venue", "session_date", "starts", "module",
                  "participant", "enrolment", "status", "marked_by", "method", "marked_at")
        export_order = fields

    def dehydrate_method(self, row):
        return self.label(MarkingMethod, row["method"])


class EnrolmentResource(ExportResource):
    course = column("course", _("Course"))
    run = column("run_number", _("Run number"))
    area = column("area", _("Area"))
    venue = column("venue", _("Venue"))
    participant = column("participant", _("Participant"))
    enrolment = column("id", _("Enrolment number"))
    status = column("status", _("Status"))
    position = column("waitlist_position", _("Waiting list position"))
    enrolled = column("created_at", _("Enrolled"))
    confirmed = column("confirmed_at", _("Place confirmed"))
    left = column("ended_at", _("Left"))
    reason = column("end_reason", _("Why they left"))

    class Meta:
        fields = ("course", "run", "area", "venue", "participant", "enrolment", "status",
                  "position", "enrolled", "confirmed", "left", "reason")
        export_order = fields

    def dehydrate_status(self, row):
        return self.label(EnrolmentStatus, row["status"])

    def dehydrate_reason(self, row):
        return self.label(EndReason, row["end_reason"])


class CPDEntryResource(ExportResource):
    """Staff CPD across the organisation: what, when, how long. Reflections stay with their
    writers (they are in each person's own export)."""

    person = column("person", _("Person"))
    profession = column("profession", _("Profession"))
    registration_body = column("registration_body", _("Registration body"))
    completed_on = column("completed_on", _("Date"))
    title = column("title", _("Learning"))
    method = column("method", _("How"))
    hours = column("hours", _("Hours"))
    participatory = column("participatory", _("Participatory"))

    class Meta:
        fields = ("person", "profession", "registration_body", "completed_on", "title",
                  "method", "hours", "participatory")
        export_order = fields

    def dehydrate_method(self, row):
        return self.label(CPDMethod, row["method"])

    def dehydrate_participatory(self, row):
        return str(_("Yes") if row["participatory"] else _("No"))


class TrainerDeliveryResource(ExportResource):
    """Sessions and hours per trainer, over the sessions that have taken place."""

    trainer = column("trainer_name", _("Trainer"))
    runs = column("runs", _("Runs"))
    led = column("led", _("Sessions led"))
    co_trained = column("co_trained", _("Sessions co-trained"))
    shadowed = column("shadowed", _("Sessions shadowed"))
    hours = column("hours", _("Hours delivered"))

    class Meta:
        fields = ("trainer", "runs", "led", "co_trained", "shadowed", "hours")
        export_order = fields

    def dehydrate_hours(self, row):
        delivered = row["delivered"]
        return Decimal(delivered.total_seconds() / 3600).quantize(Decimal("0.01")) \
            if delivered else Decimal("0.00")


class RegisterResource(SessionWhen, ExportResource):
    """A run's register as a spreadsheet to type a paper register into; the import reads it
    back. One row per person with a place and per session."""

    enrolment = column("enrolment_id", _("Enrolment number"))
    name = column("name", _("Name"))
    session = column("session_number", _("Session"))
    session_date = column("starts_at", _("Session date"))
    starts = column("starts_at", _("Starts"))
    status = column("status", _("Status"))

    class Meta:
        fields = ("enrolment", "name", "session", "session_date", "starts", "status")
        export_order = fields
