"""Wagtail admin for scheduling: areas, venues, runs, sessions, enrolments and trainers on runs.

Runs and sessions are edited through forms whose saving goes through the scheduling services;
enrolments and facilitations are listings whose actions (on each run's schedule page) call the
enrolment and scheduling services. Nothing here writes an enrolment or a status directly.
"""

import django_filters
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from accounts.admin_views import OnceOnlyCreateMixin
from courses import filters
from courses.admin import runs
from courses.admin.base import (
    NeverDeletedMixin,
    OnceOnlyCreateView,
    ReadOnlyIndexView,
    ReadOnlyListingViewSet,
    ServiceFormMixin,
    WhenColumn,
)
from courses.admin.exports import ExportButtonsMixin
from courses.admin.forms import CourseRunForm, SessionForm
from courses.models import Area, CourseRun, Enrolment, Facilitation, OutboxMessage, Session, Venue
from courses.services import scheduling

# --- Areas and venues ---------------------------------------------------------------------


class AreaViewSet(ModelViewSet):
    model = Area
    add_view_class = OnceOnlyCreateView
    icon = "site"
    menu_label = _("Areas")
    form_fields = ["name", "name_gd", "slug"]
    list_display = ["name", "name_gd", "slug"]
    search_fields = ["name"]
    copy_view_enabled = False


class VenueViewSet(ModelViewSet):
    model = Venue
    add_view_class = OnceOnlyCreateView
    icon = "home"
    menu_label = _("Venues")
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("area"), FieldPanel("is_online")]),
        FieldPanel("address"),
        FieldPanel("postcode"),
        FieldPanel("access_notes"),
        FieldPanel("access_features"),
        FieldPanel("joining_instructions"),
        MultiFieldPanel([FieldPanel("name_gd"), FieldPanel("access_notes_gd"),
                         FieldPanel("joining_instructions_gd")],
                        heading=_("In Gaelic (optional)"),
                        help_text=_("Shown on the Gaelic pages and in Gaelic e-mails; "
                                    "the English is shown where these are empty.")),
    ]
    list_display = ["name", "area",
                    Column("is_online", label=_("Where"),
                           accessor=lambda venue: _("Online") if venue.is_online
                           else _("In person")),
                    "postcode"]
    list_filter = ["area", "is_online"]
    search_fields = ["name", "address", "postcode"]
    copy_view_enabled = False


# --- Runs -----------------------------------------------------------------------------------


class CourseRunFilterSet(WagtailFilterSet):
    dates = filters.SessionDateFilter(session_path="pk")

    class Meta:
        model = CourseRun
        fields = ["course", "venue__area", "status", "language"]


class CourseRunIndexView(IndexView):
    def get_base_queryset(self):
        return (super().get_base_queryset().with_schedule().with_places()
                .select_related("course", "venue__area"))

    def get_edit_url(self, instance):
        return reverse("course_runs:schedule", args=[instance.pk])


class CourseRunCreateView(ServiceFormMixin, OnceOnlyCreateMixin, CreateView):
    def save_instance(self):
        return scheduling.create_run(**self.form.cleaned_data)

    def get_success_url(self):
        return reverse("course_runs:schedule", args=[self.object.pk])


class CourseRunEditView(ServiceFormMixin, EditView):
    def save_instance(self):
        """Every change goes through ``change_run``, which re-checks the rules it touches."""
        return scheduling.change_run(CourseRun.objects.get(pk=self.object.pk),
                                     **self.form.cleaned_data)

    def get_success_url(self):
        return reverse("course_runs:schedule", args=[self.object.pk])


class PlacesColumn(Column):
    def get_value(self, instance):
        return f"{instance.places_taken} / {instance.capacity}"


class CourseRunViewSet(NeverDeletedMixin, ModelViewSet):
    model = CourseRun
    name = "course_runs"
    icon = "date"
    menu_label = _("Course runs")
    index_view_class = CourseRunIndexView
    add_view_class = CourseRunCreateView
    edit_view_class = CourseRunEditView
    edit_handler = ObjectList([
        FieldPanel("course"),
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("language"), FieldPanel("capacity")]),
        FieldPanel("access_features"),
        FieldRowPanel([FieldPanel("enrolment_opens"), FieldPanel("enrolment_closes")]),
        FieldPanel("notes"),
    ], base_form_class=CourseRunForm)
    list_display = [
        TitleColumn("course", label=_("Course"), accessor="course.title",
                    url_name="course_runs:schedule"),
        Column("venue", label=_("Venue")),
        Column("area", label=_("Area"), accessor="venue.area"),
        WhenColumn("first_starts_at", label=_("First session")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        PlacesColumn("places", label=_("Places taken")),
    ]
    filterset_class = CourseRunFilterSet
    copy_view_enabled = False

    def get_urlpatterns(self):
        run_pages = [
            path("<int:pk>/schedule/", runs.RunScheduleView.as_view(), name="schedule"),
            path("<int:pk>/weekly-sessions/", runs.WeeklySessionsView.as_view(),
                 name="weekly_sessions"),
            path("<int:pk>/open/", runs.OpenRunView.as_view(), name="open"),
            path("<int:pk>/close/", runs.CloseEnrolmentView.as_view(), name="close"),
            path("<int:pk>/cancel/", runs.CancelRunView.as_view(), name="cancel"),
            path("<int:pk>/finish/", runs.FinishRunView.as_view(), name="finish"),
            path("<int:pk>/trainers/add/", runs.AssignTrainerView.as_view(),
                 name="assign_trainer"),
            path("<int:pk>/trainers/<int:facilitation>/remove/",
                 runs.RemoveTrainerView.as_view(), name="remove_trainer"),
            path("<int:pk>/observations/<int:observation>/observer/",
                 runs.AssignObserverView.as_view(), name="assign_observer"),
            path("<int:pk>/people/add/", runs.AddPersonView.as_view(), name="add_person"),
            path("<int:pk>/people/<int:enrolment>/withdraw/",
                 runs.WithdrawPersonView.as_view(), name="withdraw_person"),
            path("<int:pk>/people/<int:enrolment>/confirm/",
                 runs.ConfirmPlaceView.as_view(), name="confirm_place"),
        ]
        return super().get_urlpatterns() + run_pages


# --- Sessions -------------------------------------------------------------------------------


class SessionFilterSet(WagtailFilterSet):
    dates = django_filters.DateFromToRangeFilter(
        field_name="starts_at__date", widget=DateRangePickerWidget, label=_("Dates"))

    class Meta:
        model = Session
        fields = ["run__course", "run__venue__area", "run"]


class SessionCreateView(ServiceFormMixin, OnceOnlyCreateMixin, CreateView):
    def get_initial(self):
        """``?run=<id>`` from a run's schedule page picks the run (the form validates it)."""
        return {**super().get_initial(), "run": self.request.GET.get("run")}

    def save_instance(self):
        data = self.form.cleaned_data
        return scheduling.add_session(data["run"], starts_at=data["starts_at"],
                                      ends_at=data["ends_at"], module=data["module"])


class SessionEditView(ServiceFormMixin, EditView):
    def save_instance(self):
        data = self.form.cleaned_data
        return scheduling.change_session(
            Session.objects.get(pk=self.object.pk), starts_at=data["starts_at"],
            ends_at=data["ends_at"], module=data["module"], reorder=data.get("reorder", False))


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "time"
    menu_label = _("Sessions")
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    edit_handler = ObjectList([
        FieldPanel("run"),
        FieldPanel("module"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("reorder"),
    ], base_form_class=SessionForm)
    list_display = ["starts_at", "ends_at", "run", "module"]
    filterset_class = SessionFilterSet
    copy_view_enabled = False
    ordering = ["starts_at"]


# --- Enrolments, facilitations and e-mails (listings; actions live on the schedule page) -----


class EnrolmentIndexView(ExportButtonsMixin, ReadOnlyIndexView):
    export_name = "enrolments"

    def get_base_queryset(self):
        return (super().get_base_queryset().with_waitlist_position()
                .select_related("user", "run__course", "run__venue__area"))

    def get_edit_url(self, instance):
        return reverse("course_runs:schedule", args=[instance.run_id])


class EnrolmentViewSet(ReadOnlyListingViewSet):
    model = Enrolment
    icon = "group"
    menu_label = _("Enrolments")
    index_view_class = EnrolmentIndexView
    list_display = [
        TitleColumn("user", label=_("Person"), get_url=lambda e: reverse(
            "course_runs:schedule", args=[e.run_id])),
        Column("run", label=_("Run")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("waitlist_position", label=_("Waiting list position")),
        DateColumn("created_at", label=_("Enrolled")),
    ]
    filterset_class = filters.EnrolmentFilterSet
    search_fields = ["user__full_name", "user__email"]

    def page_url(self, instance) -> str:
        return reverse("course_runs:schedule", args=[instance.run_id])


class FacilitationViewSet(ReadOnlyListingViewSet):
    model = Facilitation
    icon = "user"
    menu_label = _("Trainers on runs")
    list_display = [
        TitleColumn("trainer", label=_("Trainer"), get_url=lambda f: reverse(
            "course_runs:schedule", args=[f.run_id])),
        Column("run", label=_("Run")),
        Column("role", label=_("Role"), accessor="get_role_display"),
    ]
    list_filter = ["role", "run__course", "trainer"]

    def page_url(self, instance) -> str:
        return reverse("course_runs:schedule", args=[instance.run_id])


class OutboxIndexView(ReadOnlyIndexView):
    def get_base_queryset(self):
        """What needs attention: e-mails not yet sent, and those given up on."""
        return OutboxMessage.objects.select_related("recipient").filter(
            Q(sent_at__isnull=True) | Q(failed_at__isnull=False))


class OutboxViewSet(ReadOnlyListingViewSet):
    """Staff can see messages (e-mails and texts; calls and letters too) that are waiting,
    failed or given up on."""

    model = OutboxMessage
    icon = "mail"
    menu_label = _("Outgoing messages")
    list_display = [
        Column("kind", label=_("Kind")),
        Column("recipient", label=_("To")),
        Column("channel", label=_("By"), accessor="get_channel_display"),
        DateColumn("created_at", label=_("Owed since")),
        DateColumn("sent_at", label=_("Sent")),
        Column("attempts", label=_("Attempts")),
        DateColumn("failed_at", label=_("Gave up")),
        Column("last_error", label=_("Last error")),
    ]
    list_filter = ["kind", "channel"]
    index_view_class = OutboxIndexView


class SchedulingGroup(ModelViewSetGroup):
    menu_label = _("Scheduling")
    menu_icon = "date"
    menu_order = 210
    items = (CourseRunViewSet, SessionViewSet, EnrolmentViewSet, FacilitationViewSet,
             VenueViewSet, AreaViewSet, OutboxViewSet)
