"""Programme fidelity in the back office: the checklists the network keeps (snippets), the
fidelity report per course and per trainer, and one observation in full."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.models import AuditAction
from accounts.services import audit
from courses.admin.base import CoordinatorMixin
from courses.admin.forms import FidelityFilterForm
from courses.models import FidelityChecklist, Observation
from courses.services.observation import fidelity_by_course

REPORT_PERMISSION = "courses.view_observation"


class FidelityChecklistViewSet(SnippetViewSet):
    model = FidelityChecklist
    icon = "tasks"
    menu_label = gettext_lazy("Fidelity checklists")
    list_display = ["name"]
    search_fields = ["name"]
    copy_view_enabled = False


class FidelityReportView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """How many trainers were observed and how each checklist item went, per course; and each
    trainer's observation, for coaching and for funders."""

    permission_required = REPORT_PERMISSION
    template_name = "courses/admin/fidelity_report.html"
    page_title = gettext_lazy("Fidelity")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        form = FidelityFilterForm(self.request.GET or None)
        observations = Observation.objects.all()
        if form.is_valid():
            if form.cleaned_data["course"]:
                observations = observations.filter(
                    run__course__translation_key=form.cleaned_data["course"].translation_key)
            if form.cleaned_data["trainer"]:
                observations = observations.filter(trainer=form.cleaned_data["trainer"])
        return super().get_context_data(
            form=form, courses=fidelity_by_course(observations),
            observations=observations.for_listing().with_rating_counts()
            .order_by("trainer__user__full_name"), **kwargs)


class ObservationReportView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """One observation in full: every item, its note and the coaching note."""

    permission_required = REPORT_PERMISSION
    template_name = "courses/admin/fidelity_observation.html"
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        self.observation = get_object_or_404(Observation.objects.for_listing(), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.observation.trainer)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_fidelity"), "label": FidelityReportView.page_title},
            {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        audit.record(self.request.user, AuditAction.VIEWED, self.observation,
                     subject=self.observation.trainer.user)
        return super().get_context_data(
            observation=self.observation, answers=self.observation.answers.all(),
            session_number=(self.observation.session.number if self.observation.session
                            else None), **kwargs)
