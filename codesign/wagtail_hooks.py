from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from codesign.admin.feedback import RELEASE, FeedbackReleaseView, ModuleChangeViewSet
from courses.admin.base import PermissionMenuItem


@hooks.register("register_admin_viewset")
def register_module_changes():
    return ModuleChangeViewSet("modulechange")


@hooks.register("register_admin_urls")
def register_codesign_urls():
    return [path("codesign/feedback-to-release/", FeedbackReleaseView.as_view(),
                 name="codesign_feedback_release")]


@hooks.register("register_admin_menu_item")
def register_feedback_release_menu_item():
    return PermissionMenuItem(_("Feedback to release"), reverse("codesign_feedback_release"),
                              icon_name="comment", order=232, permission=RELEASE)
