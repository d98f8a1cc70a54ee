"""Volunteers in the back office: welcoming them into roles, the hours they give and the
expenses they claim. Every save goes through ``courses.services.volunteering``."""


import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from courses.admin.base import NeverDeletedMixin, OnceOnlyCreateView, ServiceFormMixin
from courses.forms import offer_occasions
from courses.services import volunteering
from courses.services.volunteering import VolunteeringError
from trainers.models import (
    ExpenseClaim,
    HoursEntry,
    Volunteer,
    VolunteeringRole,
)


class VolunteeringFormMixin(ServiceFormMixin):
    service_errors = (VolunteeringError,)


# --- Volunteers ------------------------------------------------------------------------------


class VolunteerForm(WagtailAdminModelForm):
    roles_held = forms.MultipleChoiceField(
        label=_("Roles"), choices=VolunteeringRole.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("While they have only offered, these are the roles they would like."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["roles_held"].initial = list(
                self.instance.roles.values_list("role", flat=True))
            self.fields["user"].disabled = True

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {"status": data["status"], "started_on": data["started_on"],
                "roles_held": data["roles_held"], "areas": data["areas"]}


class VolunteerCreateView(VolunteeringFormMixin, OnceOnlyCreateView):
    def save_instance(self):
        return volunteering.add_volunteer(self.form.cleaned_data["user"],
                                          **self.form.service_arguments())


class VolunteerEditView(VolunteeringFormMixin, EditView):
    def save_instance(self):
        return volunteering.update_volunteer(Volunteer.objects.get(pk=self.object.pk),
                                             **self.form.service_arguments())


class VolunteerIndexView(IndexView):
    def get_base_queryset(self):
        return (super().get_base_queryset().with_totals().select_related("user")
                .prefetch_related("roles"))


class VolunteerFilterSet(WagtailFilterSet):
    role = django_filters.ChoiceFilter(label=_("Role"), field_name="roles__role",
                                       choices=VolunteeringRole.choices, distinct=True)

    class Meta:
        model = Volunteer
        fields = ["status", "role", "areas"]


class RolesColumn(Column):
    def get_value(self, instance):
        return ", ".join(instance.role_names())


class VolunteerViewSet(NeverDeletedMixin, ModelViewSet):
    model = Volunteer
    icon = "group"
    menu_label = _("Volunteers")
    add_view_class = VolunteerCreateView
    edit_view_class = VolunteerEditView
    index_view_class = VolunteerIndexView
    edit_handler = ObjectList([
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("started_on")]),
        FieldPanel("roles_held"),
        FieldPanel("areas"),
        FieldPanel("offer_note", read_only=True),
    ], base_form_class=VolunteerForm)
    list_display = [
        "user", Column("status", label=_("Status"), accessor="get_status_display"),
        RolesColumn("roles", label=_("Roles")), "started_on",
        Column("hours_in_year", label=_("Hours in the last year")),
        Column("claims_waiting", label=_("Claims waiting")),
    ]
    filterset_class = VolunteerFilterSet
    search_fields = ["user__full_name", "user__email"]
    copy_view_enabled = False


# --- Hours -----------------------------------------------------------------------------------


class VolunteerAndRunForm(WagtailAdminModelForm):
    """Hours or a claim typed in by a coordinator: for someone already volunteering, at a run
    with a recent session or a peer support group still meeting."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["volunteer"].queryset = (Volunteer.objects.exclude(status="offered")
                                             .select_related("user"))
        offer_occasions(self)


class HoursEntryCreateView(VolunteeringFormMixin, OnceOnlyCreateView):
    def get_success_buttons(self):
        return []  # no edit page to offer

    def save_instance(self):
        data = dict(self.form.cleaned_data)
        return volunteering.log_hours(data.pop("volunteer"), by=self.request.user, **data)


class HoursEntryDeleteView(DeleteView):
    def delete_action(self):
        volunteering.remove_hours(self.object, by=self.request.user)


class HoursEntryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related(
            "volunteer__user", "run__course", "group", "logged_by")


class HoursEntryFilterSet(WagtailFilterSet):
    dates = django_filters.DateFromToRangeFilter(field_name="on", widget=DateRangePickerWidget,
                                                 label=_("Dates"))

    class Meta:
        model = HoursEntry
        fields = ["volunteer", "role", "dates"]


class HoursEntryViewSet(ModelViewSet):
    model = HoursEntry
    icon = "time"
    menu_label = _("Hours given")
    add_view_class = HoursEntryCreateView
    delete_view_class = HoursEntryDeleteView
    index_view_class = HoursEntryIndexView
    edit_handler = ObjectList([
        FieldPanel("volunteer"),
        FieldRowPanel([FieldPanel("on"), FieldPanel("hours")]),
        FieldPanel("role"),
        FieldPanel("run"),
        FieldPanel("group"),
        FieldPanel("place"),
        FieldPanel("note"),
    ], base_form_class=VolunteerAndRunForm)
    list_display = ["volunteer", "on", "hours",
                    Column("role", label=_("Role"), accessor="get_role_display"),
                    "run", "group", "place", "logged_by"]
    filterset_class = HoursEntryFilterSet
    copy_view_enabled = False

    url_finder_class = type("_NoEditURLFinder", (ModelAdminURLFinder,),
                            {"construct_edit_url": lambda finder, instance: None})

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{**kwargs, "edit_url_name": None})

    def get_urlpatterns(self):
        """Logged and removed, never edited: no edit page, nor pages that link to one."""
        kept = ("index", "index_results", "add", "delete", "usage")
        return [p for p in super().get_urlpatterns() if p.name in kept]


# --- Expense claims --------------------------------------------------------------------------


class ExpenseClaimCreateView(VolunteeringFormMixin, OnceOnlyCreateView):
    def save_instance(self):
        data = dict(self.form.cleaned_data)
        return volunteering.claim_expense(data.pop("volunteer"), by=self.request.user, **data)


class ExpenseClaimEditView(VolunteeringFormMixin, EditView):
    """Deciding on a claim: the claim as it was made, then the status, a note to the
    volunteer and the day it was paid."""

    def get_panel(self):
        return ObjectList([
            FieldPanel("volunteer", read_only=True),
            FieldRowPanel([FieldPanel("spent_on", read_only=True),
                           FieldPanel("amount", read_only=True)]),
            FieldPanel("kind", read_only=True),
            FieldPanel("description", read_only=True),
            FieldPanel("run", read_only=True),
            FieldPanel("group", read_only=True),
            FieldRowPanel([FieldPanel("status"), FieldPanel("paid_on")]),
            FieldPanel("decision_note"),
        ]).bind_to_model(ExpenseClaim)

    def get_form_class(self):
        return self.panel.get_form_class()  # the viewset's form is the claim form

    def save_instance(self):
        data = self.form.cleaned_data
        return volunteering.decide_claim(
            ExpenseClaim.objects.get(pk=self.object.pk), data["status"], by=self.request.user,
            note=data["decision_note"], paid_on=data["paid_on"])


class ExpenseClaimIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("volunteer__user", "run__course",
                                                          "group")


class ExpenseClaimViewSet(NeverDeletedMixin, ModelViewSet):
    model = ExpenseClaim
    icon = "tag"
    menu_label = _("Expense claims")
    add_view_class = ExpenseClaimCreateView
    edit_view_class = ExpenseClaimEditView
    index_view_class = ExpenseClaimIndexView
    edit_handler = ObjectList([
        FieldPanel("volunteer"),
        FieldRowPanel([FieldPanel("spent_on"), FieldPanel("amount")]),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("run"),
        FieldPanel("group"),
    ], base_form_class=VolunteerAndRunForm)
    list_display = ["volunteer", "spent_on", "amount",
                    Column("kind", label=_("Kind"), accessor="get_kind_display"),
                    "description",
                    Column("status", label=_("Status"), accessor="get_status_display"),
                    "claimed_at"]
    list_filter = ["status", "kind", "volunteer"]
    copy_view_enabled = False


class VolunteersGroup(ModelViewSetGroup):
    menu_label = _("Volunteers")
    menu_icon = "group"
    menu_order = 225
    items = (VolunteerViewSet, HoursEntryViewSet, ExpenseClaimViewSet)


