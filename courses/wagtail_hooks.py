from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.admin_views import OutcomesView
from courses.certificate_admin import CertificateViewSet
from courses.models import ConfidenceScale
from courses.viewsets import SchedulingGroup


class ConfidenceScaleViewSet(SnippetViewSet):
    model = ConfidenceScale
    icon = "list-ol"
    menu_label = _("Confidence scales")
    list_display = ["name", "low_anchor", "high_anchor"]
    search_fields = ["name"]


class CoursesGroup(SnippetViewSetGroup):
    menu_label = _("Courses")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (ConfidenceScaleViewSet,)


register_snippet(CoursesGroup)


@hooks.register("register_admin_viewset")
def register_scheduling():
    return SchedulingGroup()


@hooks.register("register_admin_viewset")
def register_certificates():
    return CertificateViewSet("certificates")


@hooks.register("register_admin_urls")
def register_outcomes_url():
    return [path("outcomes/", OutcomesView.as_view(), name="courses_outcomes")]


class OutcomesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_outcomes")


@hooks.register("register_reports_menu_item")
def register_outcomes_menu_item():
    return OutcomesMenuItem(_("Outcomes"), reverse("courses_outcomes"), icon_name="table",
                            order=100)
