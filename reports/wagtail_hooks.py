from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.admin.base import PermissionMenuItem
from reports import home
from reports.admin.funder_report import VIEW_FUNDER_REPORT, FunderReportView
from reports.admin.lookups import VIEW, PostcodeLookupsView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("funder-report/", FunderReportView.as_view(), name="reports_funder_report"),
            path("postcode-lookups/", PostcodeLookupsView.as_view(),
                 name="reports_postcode_lookups")]


@hooks.register("register_reports_menu_item")
def register_funder_report():
    return PermissionMenuItem(_("Funder report"), reverse("reports_funder_report"),
                              icon_name="table", order=90, permission=VIEW_FUNDER_REPORT)


@hooks.register("register_reports_menu_item")
def register_lookups_menu_item():
    return PermissionMenuItem(_("Postcode lookups"), reverse("reports_postcode_lookups"),
                              icon_name="upload", order=130, permission=VIEW)


@hooks.register("construct_homepage_panels")
def add_coordinator_home_panels(request, panels) -> None:
    """The coordinator's home (``reports.home``): our panels above Wagtail's own, which sort
    after them by their ``order``."""
    panels.extend(home.panels_for(request))
