"""The "Data" menu in the Wagtail admin: read-only listings of attendance and CPD entries that
coordinators filter and export, and the logs of imports, exports and views of personal data.
Nothing here changes a record."""

import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSetGroup

from accounts.models import AuditEntry
from accounts.services import audit
from courses import filters
from courses.admin.base import ReadOnlyIndexView, ReadOnlyListingViewSet, WhenColumn
from courses.admin.exports import ExportButtonsMixin
from courses.export_kinds import KINDS, describe_filters, title_of
from courses.models import Attendance, CPDEntry, ExportRecord, ImportBatch


class AttendanceIndexView(ExportButtonsMixin, ReadOnlyIndexView):
    export_name = "attendance"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(
            "session__run__course", "session__run__venue__area", "enrolment__user", "marked_by")


class AttendanceViewSet(ReadOnlyListingViewSet):
    model = Attendance
    icon = "tick"
    menu_label = _("Attendance")
    index_view_class = AttendanceIndexView
    filterset_class = filters.AttendanceFilterSet
    search_fields = ["enrolment__user__full_name"]
    ordering = ["-session__starts_at", "enrolment__user__full_name"]
    list_display = [
        TitleColumn("person", label=_("Person"), accessor="enrolment.user",
                    get_url=lambda a: reverse("course_runs:schedule", args=[a.session.run_id])),
        WhenColumn("session__starts_at", label=_("Session"), accessor="session.starts_at"),
        Column("course", label=_("Course"), accessor="session.run.course.title"),
        Column("area", label=_("Area"), accessor="session.run.venue.area"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("method", label=_("How it was marked"), accessor="get_method_display"),
        Column("marked_by", label=_("Marked by"), accessor="marked_by"),
    ]


class CPDEntryIndexView(ExportButtonsMixin, ReadOnlyIndexView):
    export_name = "cpd-entries"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user")


class CPDEntryViewSet(ReadOnlyListingViewSet):
    model = CPDEntry
    icon = "doc-full"
    menu_label = _("CPD entries")
    index_view_class = CPDEntryIndexView
    filterset_class = filters.CPDEntryFilterSet
    search_fields = ["user__full_name", "title"]
    list_display = [
        Column("user", label=_("Person")),
        DateColumn("completed_on", label=_("Date")),
        Column("title", label=_("Learning")),
        Column("method", label=_("How"), accessor="get_method_display"),
        Column("hours", label=_("Hours")),
    ]


class ImportBatchIndexView(ReadOnlyIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("run__course", "uploaded_by")


class ImportBatchViewSet(ReadOnlyListingViewSet):
    model = ImportBatch
    icon = "upload"
    menu_label = _("Imports")
    index_view_class = ImportBatchIndexView
    list_filter = ["kind", "status"]
    list_display = [
        TitleColumn("original_name", label=_("File"),
                    get_url=lambda b: reverse("courses_import", args=[b.pk])),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("run", label=_("Run")),
        Column("uploaded_by", label=_("Uploaded by")),
        DateColumn("created_at", label=_("Uploaded")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("rows", label=_("Rows")),
        Column("problems", label=_("Problems found")),
    ]


class ExportRecordFilterSet(WagtailFilterSet):
    export = django_filters.ChoiceFilter(
        label=_("Export"), choices=lambda: [(name, kind.title) for name, kind in KINDS.items()])

    class Meta:
        model = ExportRecord
        fields = ["file_format"]


class ExportRecordViewSet(ReadOnlyListingViewSet):
    """Every export: who, what, with which filters, how many rows, when."""

    model = ExportRecord
    icon = "download"
    menu_label = _("Export log")
    filterset_class = ExportRecordFilterSet
    list_display = [
        Column("export", label=_("Export"), accessor=lambda r: title_of(r.export)),
        Column("user", label=_("Exported by")),
        DateColumn("created_at", label=_("When")),
        Column("file_format", label=_("Format"), accessor=lambda r: r.file_format.upper()),
        Column("filters", label=_("Filters"),
               accessor=lambda r: describe_filters(r.export, r.filters)),
        Column("rows", label=_("Rows")),
        Column("status", label=_("Status"), accessor="get_status_display"),
    ]

    def get_queryset(self, request):
        return ExportRecord.objects.select_related("user")


class AuditEntryIndexView(ReadOnlyIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("actor", "subject")

    def get_table(self, object_list):
        return super().get_table(audit.describe(list(object_list)))


class AuditEntryViewSet(ReadOnlyListingViewSet):
    """Who touched personal data: ids and kinds, never a health value."""

    model = AuditEntry
    icon = "history"
    menu_label = _("Audit log")
    index_view_class = AuditEntryIndexView
    list_filter = ["action"]
    list_display = [
        DateColumn("at", label=_("When")),
        Column("actor", label=_("Who")),
        Column("action", label=_("What"), accessor="get_action_display"),
        Column("object_type", label=_("Kind of record"), accessor="kind_label"),
        Column("object_id", label=_("Record"), accessor="record_label"),
        Column("subject", label=_("Whose data")),
    ]


class DataGroup(ModelViewSetGroup):
    menu_label = _("Data")
    menu_icon = "table"
    menu_order = 220
    items = (AttendanceViewSet, CPDEntryViewSet, ImportBatchViewSet, ExportRecordViewSet,
             AuditEntryViewSet)
