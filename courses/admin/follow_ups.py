"""Follow-ups after missed sessions, for coordinators: every task with its outcome, filtered
and a page at a time (there may be thousands), and giving a task to a named volunteer."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.models import AuditAction
from accounts.services import audit
from courses.admin.base import CoordinatorMixin, forbidden
from courses.models import FollowUp, FollowUpPriority, FollowUpStatus
from courses.services import follow_up
from courses.services.errors import DomainError

VIEW, CHANGE = "courses.view_followup", "courses.change_followup"
PER_PAGE = 50
ALL = "all"


class FollowUpFilterForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False, choices=[
        (FollowUpStatus.OPEN, gettext_lazy("To do")), (FollowUpStatus.CLOSED,
                                                         gettext_lazy("Closed")),
        (ALL, gettext_lazy("All"))])
    priority = forms.ChoiceField(label=gettext_lazy("Priority"), required=False, choices=[
        ("", gettext_lazy("Any")), *FollowUpPriority.choices])

    def filter(self, tasks):
        data = self.cleaned_data if self.is_valid() else {}
        status = data.get("status") or FollowUpStatus.OPEN
        if status != ALL:
            tasks = tasks.filter(status=status)
        if data.get("priority"):
            tasks = tasks.filter(priority=data["priority"])
        return tasks


class AssignForm(forms.Form):
    volunteer = forms.ModelChoiceField(
        label=gettext_lazy("Who makes the call"), required=False, queryset=None,
        empty_label=gettext_lazy("The run's trainers"),
        help_text=gettext_lazy("A volunteer or a peer trainer. They see this task, with the "
                               "person's phone number, until it is closed."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["volunteer"].queryset = follow_up.volunteers()


class FollowUpListView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = VIEW
    template_name = "courses/admin/follow_ups.html"
    page_title = gettext_lazy("Follow-ups")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        filters = FollowUpFilterForm(self.request.GET or None)
        tasks = filters.filter(FollowUp.objects.for_coordinators())
        page = Paginator(tasks, PER_PAGE).get_page(self.request.GET.get("p"))
        query = self.request.GET.copy()
        query.pop("p", None)
        return super().get_context_data(filters=filters, page=page, query=query.urlencode(),
                                        **kwargs)


class FollowUpView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = VIEW
    template_name = "courses/admin/follow_up.html"
    header_icon = "user"

    def get_page_title(self):
        return _("Follow-up: %(person)s") % {"person": self.task.enrolment.user}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_follow_ups"), "label": _("Follow-ups")},
            {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, pk: int, **kwargs):
        self.task = get_object_or_404(FollowUp.objects.listed().select_related("closed_by"),
                                      pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, form=None, **kwargs):
        audit.record(self.request.user, AuditAction.VIEWED, self.task,
                     subject=self.task.enrolment.user)
        may_assign = self.task.is_open and self.request.user.has_perm(CHANGE)
        form = form or (AssignForm(initial={"volunteer": self.task.volunteer_id})
                        if may_assign else None)
        return super().get_context_data(task=self.task, form=form, **kwargs)

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(CHANGE):
            return forbidden(request)
        form = AssignForm(request.POST)
        if form.is_valid():
            try:
                follow_up.assign(self.task, form.cleaned_data["volunteer"], by=request.user)
            except DomainError as error:
                form.add_error("volunteer", error.message)
        if form.errors:
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(request, _("Saved: %(person)s will be followed up by %(who)s.") % {
            "person": self.task.enrolment.user,
            "who": form.cleaned_data["volunteer"] or _("the run's trainers")})
        return HttpResponseRedirect(reverse("courses_follow_ups"))
