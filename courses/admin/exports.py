"""Exports in the Wagtail admin: the Export buttons on listings, the one export URL they (and
the Django admin) link to, and the page where a large export's progress and download wait."""

from datetime import timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import ListView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from accounts.models import AuditAction
from accounts.services import audit
from courses.admin.base import forbidden
from courses.downloads import download_response
from courses.export_kinds import KINDS
from courses.models import ExportRecord, ExportStatus
from courses.services import exports
from courses.services.exports import NOT_FILTERS, ExportError


def export_url(name: str, params, file_format: str) -> str:
    """The export of ``name`` with the filters in ``params`` (the listing's query string)."""
    query = {key: value for key, value in params.items() if key not in NOT_FILTERS and value}
    query["format"] = file_format
    return reverse("courses_export", args=[name]) + "?" + urlencode(query)


class ExportButtonsMixin:
    """Export CSV / Export XLSX in a listing's header, for people allowed to export, carrying
    the listing's current filters."""

    export_name = ""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(KINDS[self.export_name].permission):
            for file_format, label in (("csv", _("Export CSV")), ("xlsx", _("Export XLSX"))):
                buttons.append(HeaderButton(label, url=export_url(
                    self.export_name, self.request.GET, file_format), icon_name="download"))
        return buttons


class ExportView(LoginRequiredMixin, View):
    """GET /admin/exports/<name>/?format=csv|xlsx&<filters>: the file now, or a page that
    follows a large export being written."""

    def get(self, request, name):
        kind = KINDS.get(name)
        if kind is None or not request.user.has_perm(kind.permission):
            return forbidden(request)
        try:
            export = exports.build_export(name, request.GET)
            started = exports.start_export(request.user, export, request.GET.get("format", ""))
        except ExportError as error:
            messages.error(request, error.message)
            return HttpResponseRedirect(_back(request))
        if isinstance(started, ExportRecord):
            return HttpResponseRedirect(reverse("courses_export_record", args=[started.pk]))
        return download_response(started)


def _back(request) -> str:
    referer = request.headers.get("referer", "")
    host = request.get_host()
    if referer.startswith((f"http://{host}/", f"https://{host}/")):
        return referer
    return reverse("courses_my_exports")


class MyExportMixin(LoginRequiredMixin):
    """One of the signed-in person's own exports; anyone else's is "not found"."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.record = get_object_or_404(ExportRecord, pk=kwargs["pk"], user=request.user)
        return super().dispatch(request, *args, **kwargs)


class ExportRecordView(MyExportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/export_record.html"
    header_icon = "download"

    def get_page_title(self):
        return _("Export: %(name)s") % {"name": _title(self.record.export)}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_my_exports"), "label": _("My exports")},
            {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(record=self.record, message=progress_message(
            self.record), **kwargs)


class ExportStatusView(MyExportMixin, View):
    """The progress of an export, for the page's script to show without reloading."""

    def get(self, request, pk):
        record = self.record
        return JsonResponse({
            "status": record.status, "rows": record.rows, "total": record.total,
            "percent": record.percent, "ready": record.is_downloadable,
            "message": progress_message(record),
            "download": reverse("courses_export_download", args=[record.pk])})


def progress_message(record: ExportRecord) -> str:
    if record.is_downloadable:
        return _("Ready: %(rows)s rows.") % {"rows": formats.number_format(record.rows)}
    if record.status == ExportStatus.FAILED:
        return _("The export failed. Try again, or ask for help if it fails again.")
    if record.status == ExportStatus.DONE:
        return _("This download has expired. Export again to get a new one.")
    return _("%(rows)s of %(total)s rows written (%(percent)s%%).") % {
        "rows": formats.number_format(record.rows),
        "total": formats.number_format(record.total or 0), "percent": record.percent}


class ExportDownloadView(MyExportMixin, View):
    def get(self, request, pk):
        if not self.record.is_downloadable:
            return render(request, "courses/admin/export_gone.html", {
                "record": self.record, "message": progress_message(self.record)}, status=410)
        audit.record(request.user, AuditAction.VIEWED, self.record, downloaded=True)
        return download_response(exports.open_download(self.record))


class MyExportsView(LoginRequiredMixin, WagtailAdminTemplateMixin, ListView):
    """The signed-in person's exports of the last weeks, with their downloads."""

    template_name = "courses/admin/my_exports.html"
    page_title = gettext_lazy("My exports")
    header_icon = "download"
    paginate_by = 50

    def get_queryset(self):
        since = timezone.now() - timedelta(days=30)
        return ExportRecord.objects.filter(user=self.request.user, created_at__gte=since)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for record in context["object_list"]:
            record.title = _title(record.export)
        return context


def _title(name: str) -> str:
    kind = KINDS.get(name)
    return str(kind.title) if kind else name
