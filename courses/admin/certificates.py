"""Certificates in the Wagtail admin: a listing coordinators search, and one page per
certificate with its details and the two things they may do to it, revoke and reissue."""

import django_filters
from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.models import AuditAction
from accounts.services import audit
from courses.admin.base import CoordinatorMixin, ReadOnlyIndexView, ReadOnlyListingViewSet
from courses.models import Certificate
from courses.services import certificates
from courses.services.certificate_pdf import verification_url


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why is it revoked?"), max_length=300,
        help_text=gettext_lazy("Shown to coordinators only. The public check says just that "
                               "the certificate is revoked, and from when."),
        error_messages={"required": gettext_lazy("Say why the certificate is revoked.")})


class CertificateView(CoordinatorMixin, WagtailAdminTemplateMixin, FormView):
    """One certificate: what was printed, its history, and revoke / reissue."""

    permission_required = "courses.view_certificate"
    template_name = "courses/admin/certificate.html"
    form_class = RevokeForm
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.certificate = get_object_or_404(
            Certificate.objects.select_related("user", "issued_by", "revoked_by",
                                               "enrolment__run"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Certificate %(code)s") % {"code": self.certificate.code}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("certificates:index"), "label": _("Certificates")},
            {"url": "", "label": self.certificate.code},
        ]

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm("courses.revoke_certificate"):
            return self.handle_no_permission()
        if "reissue" in request.POST:
            try:
                new = certificates.reissue(self.certificate, by=request.user)
            except certificates.CertificateError as error:
                messages.error(request, error.message)
                return HttpResponseRedirect(request.path)
            messages.success(request, _("A new certificate is issued and e-mailed; this one "
                                        "now checks as revoked."))
            return HttpResponseRedirect(reverse("certificates:detail", args=[new.pk]))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            certificates.revoke(self.certificate, by=self.request.user,
                                reason=form.cleaned_data["reason"])
        except certificates.CertificateError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, _("The certificate is revoked."))
        return HttpResponseRedirect(self.request.path)

    def get_context_data(self, **kwargs):
        audit.record(self.request.user, AuditAction.VIEWED, self.certificate,
                     subject=self.certificate.user)
        return super().get_context_data(
            certificate=self.certificate,
            verification_url=verification_url(self.certificate),
            can_change=self.request.user.has_perm("courses.revoke_certificate"),
            history=Certificate.objects.filter(
                enrolment=self.certificate.enrolment_id, cpd_entry=self.certificate.cpd_entry_id,
            ).exclude(pk=self.certificate.pk) if self.certificate.user_id else [],
            **kwargs,
        )


class CertificateFilterSet(WagtailFilterSet):
    revoked = django_filters.BooleanFilter(field_name="revoked_at", lookup_expr="isnull",
                                           exclude=True, label=gettext_lazy("Revoked"))
    completion_changed = django_filters.BooleanFilter(
        field_name="enrolment__completion_changed_at", lookup_expr="isnull", exclude=True,
        label=gettext_lazy("Completion changed after it was issued"))

    class Meta:
        model = Certificate
        fields = ["kind"]


class CertificateIndexView(ReadOnlyIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user")


class StatusColumn(Column):
    def get_value(self, instance):
        if instance.erased_at:
            return _("Erased")
        return _("Revoked") if instance.revoked_at else _("Valid")


class CertificateViewSet(ReadOnlyListingViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    menu_order = 230
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    list_display = [
        TitleColumn("code", label=gettext_lazy("Code"),
                    get_url=lambda c: reverse("certificates:detail", args=[c.pk])),
        Column("name", label=gettext_lazy("Name as printed")),
        Column("course_title", label=gettext_lazy("Course or module")),
        Column("finished_on", label=gettext_lazy("Completed"),
               accessor=lambda c: formats.date_format(c.finished_on, "j M Y")),
        DateColumn("issued_at", label=gettext_lazy("Issued")),
        StatusColumn("status", label=gettext_lazy("Status")),
    ]
    filterset_class = CertificateFilterSet
    search_fields = ["code", "name", "course_title", "user__email"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/", CertificateView.as_view(), name="detail"),
        ]

    def page_url(self, instance) -> str:
        return reverse("certificates:detail", args=[instance.pk])
