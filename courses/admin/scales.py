"""Content kept as snippets: the confidence scales that ratings use, and the fidelity
checklists observers fill in."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.admin.fidelity import FidelityChecklistViewSet
from courses.models import ConfidenceScale


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
    items = (ConfidenceScaleViewSet, FidelityChecklistViewSet)
