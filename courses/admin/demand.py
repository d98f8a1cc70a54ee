"""Demand for courses: how many people wait for a course in each area, and for how long."""

from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.admin.base import CoordinatorMixin
from courses.models import DemandRequest
from courses.models.scheduling import RUN_LANGUAGES

PERMISSION = "courses.view_demandrequest"


class DemandReportView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """People waiting to hear of a course near them, per course and area, in a fixed number
    of queries however many there are."""

    permission_required = PERMISSION
    template_name = "courses/admin/demand.html"
    page_title = gettext_lazy("Demand for courses")
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        rows = DemandRequest.objects.active().by_course_and_area()
        return super().get_context_data(
            rows=rows, languages=[label for _code, label in RUN_LANGUAGES],
            total=sum(row["waiting"] for row in rows), **kwargs)
