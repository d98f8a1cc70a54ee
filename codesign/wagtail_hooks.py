from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.snippets.models import register_snippet

from codesign.admin import reviews, stories
from codesign.admin.feedback import RELEASE, FeedbackReleaseView, ModuleChangeViewSet
from codesign.admin.working_parties import (
    ActionViewSet,
    MeetingViewSet,
    MemberViewSet,
    WorkingPartyViewSet,
)
from courses.admin.base import PermissionMenuItem

MENU_HOOK = "register_codesign_menu_item"


class CodesignGroup(ModelViewSetGroup):
    menu_label = _("Co-design")
    menu_icon = "group"
    menu_order = 220
    submenu_hook = MENU_HOOK  # the sign-off report joins the group through it
    items = (WorkingPartyViewSet, MemberViewSet, MeetingViewSet, ActionViewSet,
             reviews.ModuleReviewViewSet, ModuleChangeViewSet)


@hooks.register("register_admin_viewset")
def register_codesign():
    return CodesignGroup()


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("codesign/reviews/<int:pk>/", reviews.ReviewView.as_view(), name="codesign_review"),
        path("codesign/reviews/<int:pk>/close/", reviews.CloseReviewView.as_view(),
             name="codesign_close_review"),
        path("codesign/reviews/<int:pk>/publish/", reviews.PublishReviewedVersionView.as_view(),
             name="codesign_publish_review"),
        path("codesign/sign-off/", reviews.SignOffReportView.as_view(),
             name="codesign_sign_off_report"),
        path("codesign/feedback-to-release/", FeedbackReleaseView.as_view(),
             name="codesign_feedback_release"),
        path("codesign/stories/to-take-out/", stories.StoriesToTakeOutView.as_view(),
             name="codesign_stories_to_take_out"),
        path("codesign/stories/to-take-out/<int:pk>/", stories.TakenOutView.as_view(),
             name="codesign_story_taken_out"),
    ]


@hooks.register(MENU_HOOK)
def register_sign_off_report():
    return PermissionMenuItem(_("Sign-off of live modules"), reverse("codesign_sign_off_report"),
                              icon_name="warning", order=900, permission=reviews.VIEW)


@hooks.register(MENU_HOOK)
def register_feedback_release():
    return PermissionMenuItem(_("Feedback to release"), reverse("codesign_feedback_release"),
                              icon_name="comment", order=910, permission=RELEASE)


hooks.register("before_edit_page", reviews.warn_if_live_version_unsigned)
hooks.register("register_page_header_buttons", reviews.review_button)

# Stories: a snippet, so that editors can place one on a page with a chooser block
# (``cms.blocks.StoryBlock``), under a Stories menu of its own.
register_snippet(stories.StoriesGroup)
hooks.register(stories.MENU_HOOK, stories.to_take_out_menu_item)

