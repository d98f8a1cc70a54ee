"""Working parties in the Wagtail admin: the parties, their members, meetings and actions.
Each create and edit view saves through ``codesign.services.working_parties``; nothing is
deleted here (members leave, actions are ticked off)."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from codesign.admin.base import ServiceCreateView, ServiceEditView
from codesign.admin.forms import ActionForm, MeetingForm, MemberForm, WorkingPartyForm
from codesign.models import Action, Meeting, WorkingParty, WorkingPartyMember
from codesign.services import working_parties as service
from codesign.services.working_parties import MeetingDetails
from courses.admin.base import NeverDeletedMixin

# --- the parties -----------------------------------------------------------------------------


class PartyCreateView(ServiceCreateView):
    def save_instance(self):
        return service.save_party(None, **self.form.cleaned_data)


class PartyEditView(ServiceEditView):
    def save_instance(self):
        return service.save_party(self.object, **self.form.cleaned_data)


class PartyIndexView(IndexView):
    def get_base_queryset(self):
        current = Q(members__left_on__isnull=True, members__erased_at__isnull=True)
        return (super().get_base_queryset().select_related("area")
                .annotate(member_count=Count("members", filter=current)))


class WorkingPartyViewSet(NeverDeletedMixin, ModelViewSet):
    model = WorkingParty
    name = "working_parties"
    icon = "group"
    menu_label = _("Working parties")
    index_view_class = PartyIndexView
    add_view_class = PartyCreateView
    edit_view_class = PartyEditView
    edit_handler = ObjectList([FieldPanel("name"), FieldPanel("area"), FieldPanel("courses"),
                               FieldPanel("about")], base_form_class=WorkingPartyForm)
    list_display = [
        TitleColumn("name", label=_("Name"), url_name="working_parties:edit"),
        Column("area", label=_("Area")),
        Column("member_count", label=_("Members")),
        Column("links", label=_("Its people and work"), accessor=lambda party: _links(party)),
    ]
    list_filter = ["area"]
    search_fields = ["name"]
    copy_view_enabled = False


def _links(party):
    return format_html(
        '<a href="{}">{}</a> · <a href="{}">{}</a> · <a href="{}">{}</a>',
        reverse("party_members:index") + f"?party={party.pk}", _("Members"),
        reverse("party_meetings:index") + f"?party={party.pk}", _("Meetings"),
        reverse("party_actions:index") + f"?party={party.pk}", _("Actions"))


# --- members ---------------------------------------------------------------------------------


class MemberCreateView(ServiceCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return service.add_member(data["party"], role=data["role"], person=data["person"],
                                  name=data["name"], joined_on=data["joined_on"],
                                  naming=self.form.naming)


class MemberEditView(ServiceEditView):
    def save_instance(self):
        data = self.form.cleaned_data
        return service.change_member(WorkingPartyMember.objects.get(pk=self.object.pk),
                                     role=data["role"], name=data["name"],
                                     naming=self.form.naming, left_on=data["left_on"])


class MemberIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("party", "person")


class MemberViewSet(NeverDeletedMixin, ModelViewSet):
    model = WorkingPartyMember
    name = "party_members"
    icon = "user"
    menu_label = _("Members")
    index_view_class = MemberIndexView
    add_view_class = MemberCreateView
    edit_view_class = MemberEditView
    edit_handler = ObjectList([
        FieldPanel("party"),
        FieldPanel("person"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("joined_on"), FieldPanel("left_on")]),
        MultiFieldPanel([FieldPanel("named_consent_on"), FieldPanel("named_consent_reference"),
                         FieldPanel("named_consent_withdrawn_on")],
                        heading=_("Agreement to be named in public (people without an "
                                  "account)")),
    ], base_form_class=MemberForm)
    list_display = [
        TitleColumn("shown_name", label=_("Name"), url_name="party_members:edit"),
        Column("party", label=_("Working party")),
        Column("role", label=_("Role"), accessor="get_role_display"),
        DateColumn("joined_on", label=_("Joined")),
        DateColumn("left_on", label=_("Left")),
    ]
    list_filter = ["party", "role"]
    search_fields = ["name", "person__full_name", "person__email"]
    copy_view_enabled = False


# --- meetings --------------------------------------------------------------------------------


def _details(data) -> MeetingDetails:
    return MeetingDetails(starts_at=data["starts_at"], place=data["place"],
                          online=data["online"], notes=data["notes"])


class MeetingCreateView(ServiceCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return service.record_meeting(data["party"], _details(data), attended=data["attended"])


class MeetingEditView(ServiceEditView):
    def save_instance(self):
        data = self.form.cleaned_data
        return service.change_meeting(Meeting.objects.get(pk=self.object.pk), _details(data),
                                      attended=data["attended"])


class MeetingIndexView(IndexView):
    def get_base_queryset(self):
        return (super().get_base_queryset().select_related("party")
                .annotate(came=Count("attendance")))


class MeetingViewSet(NeverDeletedMixin, ModelViewSet):
    model = Meeting
    name = "party_meetings"
    icon = "date"
    menu_label = _("Meetings")
    index_view_class = MeetingIndexView
    add_view_class = MeetingCreateView
    edit_view_class = MeetingEditView
    edit_handler = ObjectList([
        FieldPanel("party"),
        FieldPanel("starts_at"),
        FieldRowPanel([FieldPanel("place"), FieldPanel("online")]),
        FieldPanel("notes"),
        FieldPanel("attended"),
    ], base_form_class=MeetingForm)
    list_display = [
        TitleColumn("starts_at", label=_("When"), url_name="party_meetings:edit",
                    accessor=lambda m: formats.date_format(timezone.localtime(m.starts_at),
                                                           "D j M Y, H:i")),
        Column("party", label=_("Working party")),
        Column("place", label=_("Where"),
               accessor=lambda m: _("Online") if m.online else m.place),
        Column("came", label=_("Who came")),
    ]
    list_filter = ["party"]
    copy_view_enabled = False
    ordering = ["-starts_at"]


# --- actions ---------------------------------------------------------------------------------


class ActionCreateView(ServiceCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return service.add_action(data["party"], text=data["text"], owner=data["owner"],
                                  due_on=data["due_on"], meeting=data["meeting"])


class ActionEditView(ServiceEditView):
    def save_instance(self):
        data = self.form.cleaned_data
        return service.change_action(Action.objects.get(pk=self.object.pk), text=data["text"],
                                     owner=data["owner"], due_on=data["due_on"],
                                     meeting=data["meeting"], done=data["done"],
                                     by=self.request.user)


class ActionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("party", "owner__person")


class ActionViewSet(NeverDeletedMixin, ModelViewSet):
    model = Action
    name = "party_actions"
    icon = "tasks"
    menu_label = _("Actions")
    index_view_class = ActionIndexView
    add_view_class = ActionCreateView
    edit_view_class = ActionEditView
    edit_handler = ObjectList([
        FieldPanel("party"),
        FieldPanel("text"),
        FieldPanel("owner"),
        FieldRowPanel([FieldPanel("due_on"), FieldPanel("meeting")]),
        FieldPanel("done"),
    ], base_form_class=ActionForm)
    list_display = [
        TitleColumn("text", label=_("What to do"), url_name="party_actions:edit"),
        Column("party", label=_("Working party")),
        Column("owner", label=_("Who does it"), accessor="owner.shown_name"),
        DateColumn("due_on", label=_("Due")),
        Column("done", label=_("Done"), accessor=lambda a: _("Yes") if a.is_done else _("No")),
    ]
    list_filter = ["party"]
    search_fields = ["text"]
    copy_view_enabled = False
