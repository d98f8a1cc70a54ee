"""Reports → Funder report: the quarter's figures on one page, to print (with charts) or to
download as a spreadsheet with a sheet per table through the one export path."""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.admin.base import CoordinatorMixin, forbidden
from courses.downloads import download_response
from courses.permissions import EXPORT_PERMISSION
from courses.services.exports import Export, Sheet, prepare_download
from reports.admin.forms import FunderReportForm
from reports.charts import bar_chart
from reports.resources import ReportTableResource
from reports.services.funder_report import FunderReport, build_report
from reports.services.suppression import SMALL

VIEW_FUNDER_REPORT = "reports.view_funder_report"


class FunderReportView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = VIEW_FUNDER_REPORT
    template_name = "reports/admin/funder_report.html"
    page_title = _("Funder report")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        query = request.GET.copy()
        file_format, printing = query.pop("download", [None])[0], query.pop("print", None)
        self.query = query.urlencode()
        self.form = FunderReportForm(query or None)
        self.report = (build_report(self.form.report_filters())
                       if not self.form.is_bound or self.form.is_valid() else None)
        if file_format and not request.user.has_perm(EXPORT_PERMISSION):
            return forbidden(request)
        if file_format and self.report:
            return download_response(prepare_download(
                request.user, as_export(self.report), file_format))
        if printing and self.report:
            return render(request, "reports/admin/funder_report_print.html",
                          self._report_context())
        return super().get(request, *args, **kwargs)

    def _report_context(self) -> dict:
        tables = self.report.all_tables() if self.report else []
        return {"report": self.report, "small": SMALL, "query": self.query,
                "tables": [(table, bar_chart(table) if table.counts else None)
                           for table in tables]}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, can_export=self.request.user.has_perm(EXPORT_PERMISSION),
            **self._report_context(), **kwargs)


def as_export(report: FunderReport) -> Export:
    """The report as a workbook: a sheet per table, each as published."""
    return Export(name="funder-report", filters=report.filters.as_dict(), sheets=tuple(
        Sheet(str(table.title), ReportTableResource(table.headings),
              ReportTableResource.rows(table.records()))
        for table in report.all_tables()))
