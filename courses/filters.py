"""The filters of each admin listing, shared with its export so that an export holds exactly
the rows the listing showed. Every filter uses the same parameter names (``course``, ``run``,
``area``, ``dates_from``/``dates_to``, ``status``) wherever it appears, the Django admin's
list filters included."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from courses.models import (
    Area,
    Attendance,
    AttendanceStatus,
    CoursePage,
    CourseRun,
    CPDEntry,
    CPDMethod,
    Enrolment,
    EnrolmentStatus,
    Session,
)


def _course(path: str):
    return django_filters.ModelChoiceFilter(
        field_name=path, label=_("Course"), queryset=CoursePage.objects.order_by("title"))


def _run(path: str):
    return django_filters.ModelChoiceFilter(
        field_name=path, label=_("Run"),
        queryset=CourseRun.objects.select_related("course", "venue").order_by("-pk"))


def _area(path: str):
    return django_filters.ModelChoiceFilter(field_name=path, label=_("Area"),
                                            queryset=Area.objects.all())


def _dates(path: str, label=None):
    return django_filters.DateFromToRangeFilter(field_name=path, label=label or _("Session dates"),
                                                widget=DateRangePickerWidget)


class SessionDateFilter(django_filters.DateFromToRangeFilter):
    """Items with a session starting in the date range."""

    def __init__(self, *args, session_path="", **kwargs):
        super().__init__(*args, widget=DateRangePickerWidget, label=_("Session dates"), **kwargs)
        self.session_path = session_path

    def filter(self, queryset, value):
        if not value:
            return queryset
        sessions = Session.objects.all()
        if value.start:
            sessions = sessions.filter(starts_at__date__gte=value.start)
        if value.stop:
            sessions = sessions.filter(starts_at__date__lte=value.stop)
        return queryset.filter(**{f"{self.session_path}__in": sessions.values("run_id")})


class AttendanceFilterSet(WagtailFilterSet):
    course = _course("session__run__course")
    run = _run("session__run")
    area = _area("session__run__venue__area")
    dates = _dates("session__starts_at__date")
    status = django_filters.ChoiceFilter(choices=AttendanceStatus.choices, label=_("Status"))

    class Meta:
        model = Attendance
        fields = []


class EnrolmentFilterSet(WagtailFilterSet):
    course = _course("run__course")
    run = _run("run")
    area = _area("run__venue__area")
    dates = SessionDateFilter(session_path="run_id")
    status = django_filters.ChoiceFilter(choices=EnrolmentStatus.choices, label=_("Status"))
    completion_changed = django_filters.BooleanFilter(
        field_name="completion_changed_at", lookup_expr="isnull", exclude=True,
        label=_("Completion changed after the run closed"))

    class Meta:
        model = Enrolment
        fields = []


class CPDEntryFilterSet(WagtailFilterSet):
    course = _course("course")
    dates = _dates("completed_on", label=_("Dates"))
    method = django_filters.ChoiceFilter(choices=CPDMethod.choices, label=_("How"))

    class Meta:
        model = CPDEntry
        fields = []


class SessionFilterSet(WagtailFilterSet):
    """Sessions, for the trainer delivery report (and the sessions listing)."""

    course = _course("run__course")
    run = _run("run")
    area = _area("run__venue__area")
    dates = _dates("starts_at__date", label=_("Dates"))

    class Meta:
        model = Session
        fields = []
