from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.admin.base import PermissionMenuItem
from reports.admin.lookups import VIEW, PostcodeLookupsView


@hooks.register("register_admin_urls")
def register_lookup_urls():
    return [path("postcode-lookups/", PostcodeLookupsView.as_view(),
                 name="reports_postcode_lookups")]


@hooks.register("register_reports_menu_item")
def register_lookups_menu_item():
    return PermissionMenuItem(_("Postcode lookups"), reverse("reports_postcode_lookups"),
                              icon_name="upload", order=130, permission=VIEW)
