"""People in the Wagtail admin: find a person, record a consent change they told us of, and
erase their data at their request. Each opening of a person's page is in the audit log."""

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from django.views.generic import FormView, TemplateView, View
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.forms import OnceOnlyFormMixin
from accounts.models import AuditAction, Consent, ConsentPurpose, User
from accounts.services import audit, my_data
from accounts.services import consent as consent_service
from accounts.services.submissions import AlreadyDone, once, was_sent

LOOKS_AFTER_PEOPLE = ("accounts.record_consent", "accounts.erase_person")


class PeopleMixin(PermissionRequiredMixin, WagtailAdminTemplateMixin):
    header_icon = "user"

    def has_permission(self):
        return any(self.request.user.has_perm(p) for p in LOOKS_AFTER_PEOPLE)

    def handle_no_permission(self):
        if self.request.user.is_authenticated:
            return permission_denied(self.request, PermissionDenied())
        return super().handle_no_permission()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": reverse("accounts_people"),
                                          "label": _("People")}]


class PeopleSearchView(PeopleMixin, TemplateView):
    template_name = "accounts/admin/people.html"
    page_title = gettext_lazy("People")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": _("People")}]

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()
        found = User.objects.none()
        if len(query) >= 2:
            found = User.objects.filter(erased_at__isnull=True).filter(
                Q(full_name__icontains=query) | Q(email__icontains=query))[:50]
        return super().get_context_data(query=query, found=found, **kwargs)


class PersonMixin(PeopleMixin):
    def dispatch(self, request, *args, **kwargs):
        self.person = get_object_or_404(User, pk=kwargs["pk"], erased_at__isnull=True)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.person.full_name or self.person.email


class PersonView(PersonMixin, TemplateView):
    template_name = "accounts/admin/person.html"

    def get_context_data(self, **kwargs):
        audit.record(self.request.user, AuditAction.VIEWED, self.person, subject=self.person)
        return super().get_context_data(
            person=self.person,
            consents=Consent.objects.current().filter(user=self.person),
            can_record=self.request.user.has_perm("accounts.record_consent"),
            can_erase=self.request.user.has_perm("accounts.erase_person"),
            actions=self.other_actions(), **kwargs)

    def other_actions(self) -> list:
        """Buttons other apps add to a person's page (``register_person_action`` hooks: each
        takes the request and the person, and returns something with ``label``, ``url`` and
        ``hint``, or None)."""
        found = (hook(self.request, self.person)
                 for hook in hooks.get_hooks("register_person_action"))
        return [action for action in found if action is not None]


class WithdrawConsentView(PersonMixin, View):
    """Someone told a coordinator they withdraw a consent: it takes effect now."""

    http_method_names = ["post"]

    def has_permission(self):
        return self.request.user.has_perm("accounts.record_consent")

    def post(self, request, pk, purpose):
        if purpose not in ConsentPurpose.values:
            return HttpResponseRedirect(reverse("accounts_person", args=[pk]))
        if consent_service.withdraw_consent(self.person, purpose):
            audit.record(request.user, AuditAction.CONSENT_RECORDED, self.person,
                         subject=self.person, purpose=purpose, withdrawn=True)
            messages.success(request, _("The withdrawal is recorded and applies now."))
        return HttpResponseRedirect(reverse("accounts_person", args=[pk]))


class EraseForm(forms.Form):
    confirm = forms.CharField(
        label=gettext_lazy("Type the person's e-mail address to confirm"),
        error_messages={"required": gettext_lazy("Type the e-mail address to confirm.")})

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person

    def clean_confirm(self):
        typed = self.cleaned_data["confirm"].strip().lower()
        if typed != self.person.email.lower():
            raise forms.ValidationError(_("That is not this person's e-mail address."))
        return typed


class ErasePersonView(PersonMixin, FormView):
    template_name = "accounts/admin/erase_person.html"
    form_class = EraseForm

    def has_permission(self):
        return self.request.user.has_perm("accounts.erase_person")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "person": self.person}

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def form_valid(self, form):
        my_data.erase(self.person, by=self.request.user)
        messages.success(self.request, _("The person's data is erased."))
        return HttpResponseRedirect(reverse("accounts_people"))


class OnceOnlyCreateMixin:
    """For Wagtail's create views: the form carries a key, and a second sending of it (a
    double click, a reload) creates nothing more and goes back to the listing."""

    def get_form_class(self):
        form_class = super().get_form_class()
        if issubclass(form_class, OnceOnlyFormMixin):
            return form_class
        return type(form_class.__name__, (OnceOnlyFormMixin, form_class), {})

    def post(self, request, *args, **kwargs):
        if was_sent(request.POST.get("submission", "")):  # before checking the form again
            return self._saved_already()
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            with once(form.submission_for(self.request.user)):
                return super().form_valid(form)
        except AlreadyDone:  # sent twice at the same moment
            return self._saved_already()

    def _saved_already(self):
        messages.info(self.request, _("That was saved already."))
        return HttpResponseRedirect(reverse(self.index_url_name))
