"""Coordinators' triage of referrals: the list, newest first, one referral's page, and the
actions on it (move its status, put the person on a run), each calling one service."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.models import AuditAction
from accounts.services import audit
from courses.admin.base import CoordinatorMixin
from courses.admin.forms import EnrolReferredForm, MoveReferralForm, ReferralFilterForm
from courses.models import Referral, ReferralStatus
from courses.services import referrals
from courses.services.errors import DomainError

PERMISSION = "courses.manage_referral"
PER_PAGE = 50


class ReferralListView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = PERMISSION
    template_name = "courses/admin/referrals.html"
    page_title = gettext_lazy("Referrals")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        form = ReferralFilterForm(self.request.GET or None)
        status = form.cleaned_data["status"] if form.is_valid() else ""
        page = Paginator(Referral.objects.for_triage(status), PER_PAGE).get_page(
            self.request.GET.get("p"))
        return super().get_context_data(filter_form=form, page=page, status=status, **kwargs)


class ReferralMixin(CoordinatorMixin, WagtailAdminTemplateMixin):
    permission_required = PERMISSION
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return self.handle_no_permission()
        self.referral = get_object_or_404(
            Referral.objects.select_related("person", "course"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def detail_url(self) -> str:
        return reverse("courses_referral", args=[self.referral.pk])


class ReferralDetailView(ReferralMixin, TemplateView):
    template_name = "courses/admin/referral.html"

    def get_page_title(self):
        return str(self.referral)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_referrals"), "label": _("Referrals")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        referral = self.referral
        audit.record(self.request.user, AuditAction.VIEWED, referral, subject=referral.person)
        moves = [ReferralStatus(status) for status in referrals.moves_from(referral.status)]
        return super().get_context_data(
            referral=referral, moves=moves, move_form=MoveReferralForm(),
            changes=referral.changes.select_related("by"),
            enrol_form=EnrolReferredForm(course=referral.course) if (
                ReferralStatus.ENROLLED in moves) else None,
            tells_referrer=referral.consent_to_hear_back and referrals.referrer_channel(
                referral), **kwargs)


class ReferralActionView(ReferralMixin, View):
    """A form on the referral's page: POST, call one service, back to the page."""

    http_method_names = ["post"]
    form_class = None

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST, **self.form_kwargs())
        if not form.is_valid():
            messages.error(request, " ".join(
                str(error) for errors in form.errors.values() for error in errors))
            return HttpResponseRedirect(self.detail_url())
        try:
            messages.success(request, self.act(form.cleaned_data))
        except DomainError as error:
            messages.error(request, error.message)
        return HttpResponseRedirect(self.detail_url())

    def form_kwargs(self) -> dict:
        return {}


class MoveReferralView(ReferralActionView):
    form_class = MoveReferralForm

    def act(self, data) -> str:
        referral = referrals.move_referral(self.referral, data["status"], by=self.request.user,
                                           note=data["note"])
        return _("The referral is now “%(status)s”.") % {
            "status": referral.get_status_display()}


class EnrolReferredView(ReferralActionView):
    form_class = EnrolReferredForm

    def form_kwargs(self) -> dict:
        return {"course": self.referral.course}

    def act(self, data) -> str:
        place = referrals.enrol_referred(self.referral, data["run"], by=self.request.user)
        return _("%(person)s is on %(run)s: %(status)s.") % {
            "person": self.referral.person, "run": data["run"],
            "status": place.get_status_display()}
