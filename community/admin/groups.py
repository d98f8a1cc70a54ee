"""Coordinators' side of peer support groups: setting a group up and changing it (its pattern,
dates it meets or does not, its organisers), and the meetings held, to filter and export.
Saving goes through ``community.services.groups.save_group``."""

import re
from datetime import date, datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.models import User
from community.group_exports import EXPORT_NAME, GroupMeetingFilterSet
from community.models import GroupMeeting, SupportGroup
from community.services import groups
from community.services.groups import GroupError
from courses.admin.base import (
    NeverDeletedMixin,
    ReadOnlyIndexView,
    ReadOnlyListingViewSet,
    ServiceFormMixin,
    WhenColumn,
)
from courses.admin.exports import ExportButtonsMixin

MOST_LINES = 200
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d")
LINE = re.compile(r"^\s*(\S+)\s*(.*)$")


def _date(text: str) -> date | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _lines(text: str) -> list[tuple[int, date, str]]:
    """Each non-empty line as (its number, the date it starts with, the rest)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > MOST_LINES:
        raise forms.ValidationError(_("Give at most %(most)s dates.") % {"most": MOST_LINES})
    parsed = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        first, rest = LINE.match(line).groups()
        day = _date(first)
        if day is None:
            raise forms.ValidationError(_(
                "Line %(number)s: start with a date written as 14/04/2027.")
                % {"number": number})
        parsed.append((number, day, rest.strip()))
    return parsed


class SupportGroupForm(WagtailAdminModelForm):
    dates_text = forms.CharField(
        label=_("Dates it meets"), required=False, max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only for a group meeting on dates added one by one: one date a line, "
                    "written as 14/04/2027."))
    cancelled_text = forms.CharField(
        label=_("Cancelled dates"), required=False, max_length=20000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Days the group would meet but does not (a holiday): one a line, the date "
                    "then why, for example “24/12/2027 Christmas Eve”. Each must be a day the "
                    "group meets."))
    organiser_members = forms.MultipleChoiceField(
        label=_("Organisers"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Members who record who came to each meeting."))
    new_organiser = forms.EmailField(
        label=_("Add an organiser"), required=False,
        help_text=_("The e-mail address of their account. They become a member too."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        group = self.instance
        members = (group.memberships.members().select_related("person")
                   .order_by("person__full_name") if group.pk else [])
        self.fields["organiser_members"].choices = [(str(m.person_id), str(m.person))
                                                    for m in members]
        self.fields["organiser_members"].initial = [str(m.person_id) for m in members
                                                    if m.is_organiser]
        if group.pk:
            self.fields["dates_text"].initial = "\n".join(
                f"{row.on:%d/%m/%Y}" for row in group.dates.all())
            self.fields["cancelled_text"].initial = "\n".join(
                f"{row.on:%d/%m/%Y} {row.reason}".strip() for row in group.exceptions.all())

    def clean_dates_text(self) -> list[date]:
        return [day for _number, day, _rest in _lines(self.cleaned_data["dates_text"])]

    def clean_cancelled_text(self) -> list[tuple[date, str]]:
        cancelled = []
        for number, day, why in _lines(self.cleaned_data["cancelled_text"]):
            if len(why) > 120:
                raise forms.ValidationError(_("Line %(number)s: say why in 120 characters or "
                                              "fewer.") % {"number": number})
            cancelled.append((day, why))
        return cancelled

    def clean_new_organiser(self) -> User | None:
        address = self.cleaned_data["new_organiser"]
        if not address:
            return None
        person = User.objects.filter(email__iexact=address, is_active=True,
                                     erased_at__isnull=True).first()
        if person is None:
            raise forms.ValidationError(_("Nobody with that e-mail address has an account."))
        return person

    def organisers(self) -> list[User]:
        chosen = [int(pk) for pk in self.cleaned_data.get("organiser_members", [])]
        people = list(User.objects.filter(pk__in=chosen))
        new = self.cleaned_data.get("new_organiser")
        return people + ([new] if new and new.pk not in chosen else [])


class GroupFormMixin(ServiceFormMixin):
    service_errors = (GroupError,)

    def save_instance(self):
        data = self.form.cleaned_data
        return groups.save_group(self.form.save(commit=False), dates=data["dates_text"],
                                 cancelled=data["cancelled_text"],
                                 organisers=self.form.organisers())


class SupportGroupCreateView(GroupFormMixin, CreateView):
    pass


class SupportGroupEditView(GroupFormMixin, EditView):
    pass


class SupportGroupIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().with_members().select_related("area")


class SupportGroupViewSet(NeverDeletedMixin, ModelViewSet):
    model = SupportGroup
    icon = "group"
    menu_label = _("Peer support groups")
    index_view_class = SupportGroupIndexView
    add_view_class = SupportGroupCreateView
    edit_view_class = SupportGroupEditView
    edit_handler = ObjectList([
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("area"), FieldPanel("language")]),
        FieldRowPanel([FieldPanel("venue"), FieldPanel("is_online")]),
        FieldPanel("joining_instructions"),
        FieldPanel("access_features"),
        MultiFieldPanel([
            FieldPanel("frequency"),
            FieldRowPanel([FieldPanel("weekday"), FieldPanel("week_of_month")]),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
            FieldPanel("dates_text"),
            FieldPanel("cancelled_text"),
        ], heading=_("When it meets")),
        MultiFieldPanel([
            FieldPanel("organiser_members"), FieldPanel("new_organiser"),
            FieldPanel("trainer"), FieldPanel("max_members"),
        ], heading=_("Who runs it")),
        FieldPanel("status"),
        MultiFieldPanel([FieldPanel("name_gd"), FieldPanel("description_gd"),
                         FieldPanel("joining_instructions_gd")],
                        heading=_("In Gaelic (optional)"),
                        help_text=_("Shown on the Gaelic pages and in Gaelic e-mails; the "
                                    "English is shown where these are empty.")),
    ], base_form_class=SupportGroupForm)
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="supportgroup:edit"),
        Column("area", label=_("Area")),
        Column("pattern", label=_("When"), accessor=groups.describe),
        Column("members", label=_("Members")),
        Column("waiting", label=_("Waiting")),
        Column("status", label=_("Status"), accessor="get_status_display"),
    ]
    list_filter = ["area", "status"]
    search_fields = ["name"]
    copy_view_enabled = False


class GroupMeetingIndexView(ExportButtonsMixin, ReadOnlyIndexView):
    export_name = EXPORT_NAME

    def get_base_queryset(self):
        return super().get_base_queryset().held().select_related("group__area")


class GroupMeetingViewSet(ReadOnlyListingViewSet):
    """The meetings held, with their head counts (never names): what the export holds."""

    model = GroupMeeting
    icon = "list-ul"
    menu_label = _("Group meetings held")
    index_view_class = GroupMeetingIndexView
    filterset_class = GroupMeetingFilterSet
    ordering = ["-starts_at"]
    list_display = [
        Column("group", label=_("Group")),
        Column("area", label=_("Area"), accessor="group.area"),
        WhenColumn("starts_at", label=_("Meeting")),
        Column("members_present", label=_("Members who came")),
        Column("visitors", label=_("Others who came")),
        Column("head_count", label=_("Head count")),
        Column("recorded", label=_("Recorded"),
               accessor=lambda m: _("Yes") if m.recorded_at else _("Not yet")),
    ]
