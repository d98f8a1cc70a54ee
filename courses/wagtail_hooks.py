from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
