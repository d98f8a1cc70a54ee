"""Concerns about participants, for the people with the safeguarding permission only: a list
that shows no text, and each concern's page (every opening audited) where it is closed with
the action taken."""

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

from courses.admin.base import CoordinatorMixin, forbidden
from courses.models import CLOSE_CONCERN, VIEW_CONCERN, Concern
from courses.services import concerns
from courses.services.errors import DomainError

PER_PAGE = 50


class CloseConcernForm(forms.Form):
    action_taken = forms.CharField(
        label=gettext_lazy("Action taken"), max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("What was done, by whom, and any referral made (for example "
                               "to adult social work services). Closing is final."))


class ConcernListView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = VIEW_CONCERN
    template_name = "courses/admin/concerns.html"
    page_title = gettext_lazy("Concerns")
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        page = Paginator(Concern.objects.listed(), PER_PAGE).get_page(self.request.GET.get("p"))
        return super().get_context_data(page=page, **kwargs)


class ConcernView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = VIEW_CONCERN
    template_name = "courses/admin/concern.html"
    header_icon = "warning"

    def get_page_title(self):
        return str(self.concern)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_concerns"), "label": _("Concerns")},
            {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, pk: int, **kwargs):
        self.concern = get_object_or_404(
            Concern.objects.select_related("enrolment__user", "enrolment__run__course",
                                           "session", "raised_by", "closed_by"), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, form=None, **kwargs):
        concerns.look_at(self.concern, by=self.request.user)
        may_close = self.concern.is_open and self.request.user.has_perm(CLOSE_CONCERN)
        form = form or (CloseConcernForm() if may_close else None)
        return super().get_context_data(concern=self.concern, form=form, **kwargs)

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(CLOSE_CONCERN):
            return forbidden(request)
        form = CloseConcernForm(request.POST)
        if form.is_valid():
            try:
                concerns.close_concern(self.concern, by=request.user,
                                       action_taken=form.cleaned_data["action_taken"])
            except DomainError as error:
                form.add_error("action_taken", error.message)
        if form.errors:
            return self.render_to_response(self.get_context_data(form=form), status=400)
        messages.success(request, _("%(concern)s is closed.") % {"concern": self.concern})
        return HttpResponseRedirect(reverse("courses_concerns"))
