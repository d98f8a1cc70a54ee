"""The directory in the Wagtail admin, for coordinators: its entries and networkers under
*Community*, and *Reports → Signposting directory*. Every save goes through
``community.services.directory``."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from community.export_kinds import DIRECTORY, DirectoryFilterSet
from community.models import Category, DirectoryEntry, Networker
from community.models.directory import due_a_check_on_or_before, hidden_on_or_before
from community.services import directory
from community.services.directory import DirectoryError, EntryDetails
from courses.admin.base import CoordinatorMixin, OnceOnlyCreateView
from courses.admin.exports import export_url
from courses.permissions import EXPORT_PERMISSION

VIEW_DIRECTORY = "community.view_directoryentry"


class DirectoryFormMixin:
    """The service's refusals shown at the field they are about (or at the top), with the
    form kept, the way Wagtail shows its own."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except DirectoryError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
            self.produced_error_code, self.produced_error_message = error.code, error.message
            return self.form_invalid(form)


# --- Entries ---------------------------------------------------------------------------------


class EntryAdminForm(WagtailAdminModelForm):
    categories = forms.MultipleChoiceField(
        label=_("What it helps with"), choices=Category.choices,
        widget=forms.CheckboxSelectMultiple)
    checked_today = forms.BooleanField(
        label=_("Checked with the group or service today"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["categories"].initial = [
                row.category for row in self.instance.categories.all()]

    def details(self) -> EntryDetails:
        return EntryDetails.from_data(self.cleaned_data)


class EntryCreateView(DirectoryFormMixin, OnceOnlyCreateView):
    def save_instance(self):
        return directory.add_entry(self.form.details(), by=self.request.user)


class EntryEditView(DirectoryFormMixin, EditView):
    def save_instance(self):
        return directory.change_entry(
            DirectoryEntry.objects.get(pk=self.object.pk), self.form.details(),
            by=self.request.user, checked=self.form.cleaned_data["checked_today"])


class EntryDeleteView(DeleteView):
    def delete_action(self):
        directory.remove_entry(self.object, by=self.request.user)


class EntryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("area").prefetch_related(
            "categories")


class CheckedFilter(django_filters.ChoiceFilter):
    """Entries up to date, due a check, or hidden for being out of date."""

    def __init__(self, **kwargs):
        super().__init__(label=_("Checked"), choices=[
            ("due", _("Due a check")), ("hidden", _("Hidden: not checked for a year"))],
            **kwargs)

    def filter(self, queryset, value):
        if value == "due":
            return queryset.filter(checked_on__lte=due_a_check_on_or_before())
        if value == "hidden":
            return queryset.filter(checked_on__lte=hidden_on_or_before())
        return queryset


class EntryFilterSet(DirectoryFilterSet):
    checked = CheckedFilter()

    class Meta:
        model = DirectoryEntry
        fields = ["area", "category", "checked"]


class StateColumn(Column):
    def get_value(self, instance):
        if instance.is_hidden():
            return _("Hidden: not checked for a year")
        return _("Due a check") if instance.is_due_a_check() else _("Up to date")


class DirectoryEntryViewSet(ModelViewSet):
    model = DirectoryEntry
    icon = "list-ul"
    menu_label = _("Directory")
    add_view_class = EntryCreateView
    edit_view_class = EntryEditView
    delete_view_class = EntryDeleteView
    index_view_class = EntryIndexView
    edit_handler = ObjectList([
        FieldPanel("name"),
        FieldPanel("offers"),
        FieldRowPanel([FieldPanel("area"), FieldPanel("cost")]),
        FieldPanel("categories"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("website"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        FieldPanel("cost_note"),
        FieldPanel("access_features"),
        FieldRowPanel([FieldPanel("languages"), FieldPanel("other_languages")]),
        MultiFieldPanel([FieldPanel("name_gd"), FieldPanel("offers_gd"),
                         FieldPanel("opening_hours_gd"), FieldPanel("cost_note_gd")],
                        heading=_("In Gaelic (optional)"),
                        help_text=_("Shown on the Gaelic pages; the English is shown where "
                                    "these are empty.")),
        FieldPanel("checked_today"),
    ], base_form_class=EntryAdminForm)
    list_display = [
        "name", "area",
        Column("categories", label=_("Helps with"),
               accessor=lambda entry: ", ".join(entry.category_labels())),
        "checked_on", StateColumn("state", label=_("State")),
    ]
    filterset_class = EntryFilterSet
    copy_view_enabled = False


# --- Networkers ------------------------------------------------------------------------------


class NetworkerForm(WagtailAdminModelForm):
    class Meta:
        widgets = {"areas": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["user"].disabled = True


class NetworkerCreateView(DirectoryFormMixin, OnceOnlyCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return directory.appoint_networker(data["user"], areas=data["areas"],
                                           by=self.request.user)


class NetworkerEditView(DirectoryFormMixin, EditView):
    def save_instance(self):
        return directory.change_networker(Networker.objects.get(pk=self.object.pk),
                                          areas=self.form.cleaned_data["areas"],
                                          by=self.request.user)


class NetworkerDeleteView(DeleteView):
    def delete_action(self):
        directory.stand_down_networker(self.object, by=self.request.user)


class NetworkerIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user").prefetch_related("areas")


class NetworkerViewSet(ModelViewSet):
    model = Networker
    icon = "group"
    menu_label = _("Networkers")
    add_view_class = NetworkerCreateView
    edit_view_class = NetworkerEditView
    delete_view_class = NetworkerDeleteView
    index_view_class = NetworkerIndexView
    edit_handler = ObjectList([FieldPanel("user"), FieldPanel("areas")],
                              base_form_class=NetworkerForm)
    list_display = ["user", Column("areas", label=_("Areas"), accessor=lambda networker: ", ".join(
        area.name for area in networker.areas.all())), "since"]
    list_filter = ["areas"]
    search_fields = ["user__full_name", "user__email"]
    copy_view_enabled = False


# --- Reports → Signposting directory ---------------------------------------------------------


class DirectoryReportView(CoordinatorMixin, WagtailAdminTemplateMixin, TemplateView):
    """Entries per area and category and how many are out of date, with the same filters
    and rows as its export."""

    permission_required = VIEW_DIRECTORY
    template_name = "community/admin/directory_report.html"
    page_title = _("Signposting directory")
    header_icon = "list-ul"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        filterset = DIRECTORY.filterset(self.request.GET or None, queryset=DIRECTORY.queryset())
        valid = filterset.is_valid() or not filterset.is_bound
        resource = DIRECTORY.resource()
        fields = resource.get_export_fields()
        rows = [[resource.export_field(field, row) for field in fields]
                for row in (DIRECTORY.rows(filterset.qs) if valid else [])]
        can_export = self.request.user.has_perm(EXPORT_PERMISSION)
        return super().get_context_data(
            filterset=filterset, headers=resource.get_export_headers(), rows=rows,
            csv_url=export_url(DIRECTORY.name, self.request.GET, "csv") if can_export else None,
            xlsx_url=export_url(DIRECTORY.name, self.request.GET, "xlsx") if can_export
            else None, **kwargs)
