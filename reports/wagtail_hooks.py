from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.admin.base import PermissionMenuItem
from reports.admin.funder_report import VIEW_FUNDER_REPORT, FunderReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("funder-report/", FunderReportView.as_view(), name="reports_funder_report")]


@hooks.register("register_reports_menu_item")
def register_funder_report():
    return PermissionMenuItem(_("Funder report"), reverse("reports_funder_report"),
                              icon_name="table", order=90, permission=VIEW_FUNDER_REPORT)
