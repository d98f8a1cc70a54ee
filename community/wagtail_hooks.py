from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup

from community.admin.directory import (
    VIEW_DIRECTORY,
    DirectoryEntryViewSet,
    DirectoryReportView,
    NetworkerViewSet,
)
from community.admin.groups import GroupMeetingViewSet, SupportGroupViewSet
from courses.admin.base import PermissionMenuItem


class CommunityGroup(ModelViewSetGroup):
    """The Community menu: peer support groups, their meetings, the directory, networkers."""

    menu_label = _("Community")
    menu_icon = "site"
    menu_order = 230
    items = (SupportGroupViewSet, GroupMeetingViewSet, DirectoryEntryViewSet, NetworkerViewSet)


@hooks.register("register_admin_viewset")
def register_community():
    return CommunityGroup()


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("directory-report/", DirectoryReportView.as_view(),
                 name="community_directory_report")]


@hooks.register("register_reports_menu_item")
def register_directory_report():
    return PermissionMenuItem(_("Signposting directory"), reverse("community_directory_report"),
                              icon_name="list-ul", order=116, permission=VIEW_DIRECTORY)
