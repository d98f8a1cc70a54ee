"""The Django admin at /django-admin/: read-only listings with the same filter names as the
Wagtail admin, whose Export links go to the one export URL (so the same permission, writer and
record apply). Changes go through the Wagtail admin's screens, which call the services."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from courses.admin.exports import export_url
from courses.export_kinds import KINDS
from courses.models import (
    Area,
    Attendance,
    AttendanceStatus,
    CoursePage,
    CourseRun,
    CPDEntry,
    Enrolment,
    EnrolmentStatus,
    ExportRecord,
    ImportBatch,
)


def _choice_filter(parameter: str, title, path: str, options):
    """A list filter whose query parameter is ``parameter``, as in the Wagtail listings."""

    class ChoiceListFilter(admin.SimpleListFilter):
        parameter_name = parameter

        def lookups(self, request, model_admin):
            return options()

        def queryset(self, request, queryset):
            value = self.value()
            if not value:
                return queryset
            if value not in {str(key) for key, _label in options()}:
                return queryset.none()
            return queryset.filter(**{path: value})

    ChoiceListFilter.title = title
    return ChoiceListFilter


def _courses():
    return [(c.pk, c.title) for c in CoursePage.objects.order_by("title")]


def _runs():
    return [(r.pk, str(r)) for r in CourseRun.objects.select_related("course", "venue")]


def _areas():
    return [(a.pk, a.name) for a in Area.objects.all()]


class ReadOnlyAdmin(admin.ModelAdmin):
    export_name = ""
    change_list_template = "admin/courses/change_list_with_export.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        if self.export_name and request.user.has_perm(KINDS[self.export_name].permission):
            extra_context["export_links"] = [
                (label, export_url(self.export_name, request.GET, file_format))
                for file_format, label in (("csv", _("Export CSV")), ("xlsx", _("Export XLSX")))]
        return super().changelist_view(request, extra_context)


@admin.register(Attendance)
class AttendanceAdmin(ReadOnlyAdmin):
    export_name = "attendance"
    list_display = ["enrolment", "session", "status", "method", "marked_by", "marked_at"]
    list_select_related = ["enrolment__user", "enrolment__run__course", "enrolment__run__venue",
                           "session__run__course", "marked_by"]
    list_filter = [
        _choice_filter("course", _("Course"), "session__run__course", _courses),
        _choice_filter("run", _("Run"), "session__run", _runs),
        _choice_filter("area", _("Area"), "session__run__venue__area", _areas),
        _choice_filter("status", _("Status"), "status", lambda: AttendanceStatus.choices),
    ]
    search_fields = ["enrolment__user__full_name"]


@admin.register(Enrolment)
class EnrolmentAdmin(ReadOnlyAdmin):
    export_name = "enrolments"
    list_display = ["user", "run", "status", "created_at"]
    list_select_related = ["user", "run__course", "run__venue"]
    list_filter = [
        _choice_filter("course", _("Course"), "run__course", _courses),
        _choice_filter("run", _("Run"), "run", _runs),
        _choice_filter("area", _("Area"), "run__venue__area", _areas),
        _choice_filter("status", _("Status"), "status", lambda: EnrolmentStatus.choices),
    ]
    search_fields = ["user__full_name", "user__email"]


@admin.register(CPDEntry)
class CPDEntryAdmin(ReadOnlyAdmin):
    export_name = "cpd-entries"
    list_display = ["user", "completed_on", "title", "method", "hours"]
    list_select_related = ["user"]
    list_filter = [_choice_filter("course", _("Course"), "course", _courses)]
    search_fields = ["user__full_name", "title"]


@admin.register(ExportRecord)
class ExportRecordAdmin(ReadOnlyAdmin):
    list_display = ["export", "user", "created_at", "file_format", "rows", "status"]
    list_filter = ["export", "file_format", "status"]
    exclude = ["file"]


@admin.register(ImportBatch)
class ImportBatchAdmin(ReadOnlyAdmin):
    list_display = ["original_name", "kind", "run", "uploaded_by", "created_at", "status",
                    "rows", "problems"]
    list_filter = ["kind", "status"]
    exclude = ["file"]
