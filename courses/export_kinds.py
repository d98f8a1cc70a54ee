"""What the admin can export: each kind names its columns (a resource), its filters (the same
filter set as its listing), its rows and who may export it. A listing's Export button, the
Django admin and a background export all build the rows here, from the same filters."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, QuerySet, Sum
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django_filters import FilterSet
from import_export.resources import Resource

from accounts.models import User
from courses import filters, resources
from courses.models import (
    ON_REGISTER_STATUSES,
    Attendance,
    CPDEntry,
    Enrolment,
    Facilitation,
    FacilitationRole,
    RunStatus,
    Session,
)
from courses.permissions import EXPORT_PERMISSION, IMPORT_PERMISSION


@dataclass(frozen=True)
class ExportKind:
    name: str
    title: str
    resource: type[Resource]
    filterset: type[FilterSet]
    queryset: Callable[[], QuerySet]
    rows: Callable[[QuerySet], Iterable] = lambda queryset: queryset
    search_fields: tuple[str, ...] = ()
    permission: str = EXPORT_PERMISSION


def _attendance() -> QuerySet:
    return Attendance.objects.order_by("session__starts_at", "session_id", "enrolment_id")


def _attendance_rows(queryset: QuerySet) -> QuerySet:
    return queryset.values(
        "enrolment_id", "status", "method", "marked_at",
        course=F("session__run__course__title"), run_number=F("session__run_id"),
        area=F("session__run__venue__area__name"), venue=F("session__run__venue__name"),
        starts_at=F("session__starts_at"), module=F("session__module__title"),
        participant=User.shown_name("enrolment__user"), marker=User.shown_name("marked_by"))


def _enrolment_rows(queryset: QuerySet) -> QuerySet:
    return queryset.with_waitlist_position().values(
        "id", "status", "waitlist_position", "created_at", "confirmed_at", "ended_at",
        "end_reason", course=F("run__course__title"), run_number=F("run_id"),
        area=F("run__venue__area__name"), venue=F("run__venue__name"),
        participant=User.shown_name("user"))


def _cpd_rows(queryset: QuerySet) -> QuerySet:
    return queryset.values(
        "completed_on", "title", "method", "hours", "participatory",
        person=User.shown_name("user"), profession=F("user__staff_profile__profession"),
        registration_body=F("user__staff_profile__registration_body"))


def _delivery_rows(sessions: QuerySet) -> QuerySet:
    """Per trainer, over the filtered sessions that have ended on runs that went ahead."""
    held = sessions.filter(ends_at__lte=timezone.now()).exclude(run__status=RunStatus.CANCELLED)
    length = ExpressionWrapper(F("run__sessions__ends_at") - F("run__sessions__starts_at"),
                               output_field=DurationField())
    delivering = Q(role__in=(FacilitationRole.LEAD, FacilitationRole.CO_TRAINER))
    return (
        Facilitation.objects.filter(run__sessions__in=held)
        .values("trainer")
        .annotate(trainer_name=User.shown_name("trainer__user"),
                  runs=Count("run", distinct=True),
                  led=Count("run__sessions", filter=Q(role=FacilitationRole.LEAD)),
                  co_trained=Count("run__sessions", filter=Q(role=FacilitationRole.CO_TRAINER)),
                  shadowed=Count("run__sessions", filter=Q(role=FacilitationRole.SHADOW)),
                  delivered=Sum(length, filter=delivering))
        .order_by("trainer__user__full_name", "trainer")
    )


def _register_rows(sessions: QuerySet) -> Iterable[dict]:
    """Everyone with a place on the sessions' runs, per session, with any mark already made."""
    sessions = list(sessions.order_by("starts_at", "pk").values("pk", "run_id", "starts_at"))
    numbers = Session.objects.numbers({s["run_id"] for s in sessions})
    marks = {(a["session_id"], a["enrolment_id"]): a["status"] for a in Attendance.objects
             .filter(session_id__in=[s["pk"] for s in sessions])
             .values("session_id", "enrolment_id", "status")}
    people = {}
    for enrolment in (Enrolment.objects.filter(run_id__in={s["run_id"] for s in sessions},
                                               status__in=ON_REGISTER_STATUSES)
                      .order_by("user__full_name", "pk")
                      .values("pk", "run_id", name=User.shown_name("user"))):
        people.setdefault(enrolment["run_id"], []).append(enrolment)
    for session in sessions:
        for person in people.get(session["run_id"], []):
            yield {"enrolment_id": person["pk"], "name": person["name"],
                   "session_number": numbers[session["pk"]], "starts_at": session["starts_at"],
                   "status": marks.get((session["pk"], person["pk"]), "")}


KINDS = {kind.name: kind for kind in [
    ExportKind("attendance", _("Attendance"), resources.AttendanceResource,
               filters.AttendanceFilterSet, _attendance, _attendance_rows,
               search_fields=("enrolment__user__full_name",)),
    ExportKind("enrolments", _("Enrolments"), resources.EnrolmentResource,
               filters.EnrolmentFilterSet, lambda: Enrolment.objects.order_by("run_id", "pk"),
               _enrolment_rows, search_fields=("user__full_name", "user__email")),
    ExportKind("cpd-entries", _("CPD entries"), resources.CPDEntryResource,
               filters.CPDEntryFilterSet,
               lambda: CPDEntry.objects.order_by("completed_on", "pk"), _cpd_rows,
               search_fields=("user__full_name", "title")),
    ExportKind("trainer-delivery", _("Trainer delivery"), resources.TrainerDeliveryResource,
               filters.SessionFilterSet, Session.objects.all, _delivery_rows),
    ExportKind("register", _("Register to type up"), resources.RegisterResource,
               filters.SessionFilterSet, Session.objects.all, _register_rows,
               permission=IMPORT_PERMISSION),
]}


def register_kind(kind: ExportKind) -> None:
    """Apps above ``courses`` add their exports here, from their ``AppConfig.ready``: they
    then go through the one export path (the export URL, background files, the export log)."""
    KINDS[kind.name] = kind


def title_of(name: str) -> str:
    kind = KINDS.get(name)
    return str(kind.title) if kind else name


def describe_filters(name: str, filters: dict) -> str:
    """The filters of an export as a coordinator reads them: "Area: Highland; Session dates:
    1 November 2026 to 30 November 2026", or "Everything"."""
    kind = KINDS.get(name)
    if kind is None or not filters:
        return str(_("Everything"))
    form = kind.filterset(filters, queryset=kind.queryset().none()).form
    if not form.is_valid():
        return str(_("Everything"))
    parts = [f"{form.fields[key].label}: {_shown(value)}"
             for key, value in form.cleaned_data.items() if _shown(value)]
    return "; ".join(parts) or str(_("Everything"))


def _shown(value) -> str:
    if isinstance(value, slice):  # a date range
        ends = [formats.date_format(day, "j F Y") if day else "…"
                for day in (value.start, value.stop)]
        return "" if ends == ["…", "…"] else _("%(start)s to %(stop)s") % {
            "start": ends[0], "stop": ends[1]}
    if isinstance(value, date):
        return formats.date_format(value, "j F Y")
    return "" if value in (None, "") else str(value)
