"""Coordinators' scheduling screens: a run's schedule page and the actions on it.

Each view checks a permission, parses a form, calls one service and turns a domain error into a
message on the form or the page. None of them changes a model directly.
"""

from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.models import AuditAction
from accounts.services import audit
from accounts.services.profile import ContactError, create_companion_for, create_participant_for
from accounts.services.submissions import AlreadyDone, once
from courses.admin.base import CoordinatorMixin
from courses.admin.forms import (
    AddPersonForm,
    AssignObserverForm,
    AssignTrainerForm,
    CancelRunForm,
    WeeklySessionsForm,
)
from courses.models import CourseRun, Enrolment, Facilitation, Observation
from courses.services import completion, observation, scheduling
from courses.services import enrolment as enrolment_service
from courses.services.errors import DomainError


class RunMixin(CoordinatorMixin, WagtailAdminTemplateMixin):
    """A screen about one run, with breadcrumbs back to the run listing."""

    permission_required = "courses.change_courserun"
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        self.run = get_object_or_404(
            CourseRun.objects.select_related("course", "venue__area"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def schedule_url(self) -> str:
        return reverse("course_runs:schedule", args=[self.run.pk])

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("course_runs:index"), "label": _("Course runs")},
            {"url": self.schedule_url(), "label": str(self.run)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(**{"run": self.run, "schedule_url": self.schedule_url(),
                                           **kwargs})


class RunScheduleView(RunMixin, TemplateView):
    """Everything about one run on one page, with the actions coordinators take on it."""

    template_name = "courses/admin/run_schedule.html"
    page_title = gettext_lazy("Schedule")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("course_runs:index"), "label": _("Course runs")},
            {"url": "", "label": str(self.run)},
        ]

    def get_context_data(self, **kwargs):
        audit.record(self.request.user, AuditAction.VIEWED, self.run, people="enrolments")
        run = (CourseRun.objects.with_places().prefetch_related(
            Prefetch("enrolments", queryset=Enrolment.objects.with_waitlist_position()
                     .select_related("user", "companion")
                     .order_by("status", "waitlisted_at", "pk")),
        ).get(pk=self.run.pk))
        enrolments = run.enrolments.all()
        Enrolment.objects.attach_pairs(enrolments)
        return super().get_context_data(
            run=run,
            warnings=scheduling.run_warnings(run),
            observations=run.observations.for_listing(),
            can_assign_observers=self.request.user.has_perm("courses.change_observation"),
            sessions=run.sessions.select_related("module"),
            facilitations=run.facilitations.select_related("trainer__user"),
            enrolments=enrolments,
            can_import=self.request.user.has_perm("courses.import_data"),
            sessions_over=run.sessions.exists() and not run.sessions.upcoming().exists(),
            **kwargs,
        )


class RunFormView(RunMixin, FormView):
    """A form on a run's page. Subclasses define ``perform(form)``, which calls one service;
    a domain error becomes an error on the form."""

    template_name = "courses/admin/run_form.html"
    success_message = ""

    def form_valid(self, form):
        try:
            with once(form.submission_for(self.request.user)):
                self.perform(form)
        except AlreadyDone:
            pass  # sent twice: the first sending did it
        except (DomainError, ContactError) as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(self.request, self.success_message)
        return HttpResponseRedirect(self.schedule_url())


class WeeklySessionsView(RunFormView):
    form_class = WeeklySessionsForm
    page_title = gettext_lazy("Add weekly sessions")
    success_message = gettext_lazy("The sessions are added.")

    def get_initial(self):
        course = self.run.course.specific
        return {"count": course.session_count, "minutes": course.session_minutes, "every_days": 7}

    def perform(self, form):
        scheduling.create_weekly_sessions(self.run, **form.cleaned_data)


class AssignTrainerView(RunFormView):
    form_class = AssignTrainerForm
    permission_required = "courses.add_facilitation"
    page_title = gettext_lazy("Add a trainer")
    success_message = gettext_lazy("The trainer is on the run.")

    def perform(self, form):
        scheduling.assign_trainer(self.run, form.cleaned_data["trainer"],
                                  form.cleaned_data["role"])
        for warning in scheduling.run_warnings(self.run):
            messages.warning(self.request, warning)


class AssignObserverView(RunFormView):
    """Ask a lead trainer to observe a new trainer on this run, in one of sessions 2–5."""

    form_class = AssignObserverForm
    permission_required = "courses.change_observation"
    page_title = gettext_lazy("Assign an observer")
    success_message = gettext_lazy("The observer is assigned. They will find the checklist on "
                                   "their trainer pages.")

    def dispatch(self, request, *args, **kwargs):
        self.observation = get_object_or_404(Observation, run_id=kwargs["pk"],
                                             pk=kwargs["observation"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "observation": self.observation}

    def get_context_data(self, **kwargs):
        return super().get_context_data(observation=self.observation, **kwargs)

    def perform(self, form):
        data = form.cleaned_data
        observation.assign_observer(self.observation, observer=data["observer"],
                                    session=data["session"], checklist=data["checklist"],
                                    by=self.request.user)


class CancelRunView(RunFormView):
    form_class = CancelRunForm
    page_title = gettext_lazy("Cancel this run")
    success_message = gettext_lazy("The run is cancelled and everyone on it will get an e-mail.")

    def perform(self, form):
        scheduling.cancel_run(self.run, reason=form.cleaned_data["reason"])


class AddPersonView(RunFormView):
    form_class = AddPersonForm
    permission_required = "courses.manage_enrolment"
    page_title = gettext_lazy("Add a person")
    success_message = gettext_lazy("The person is on the run (or its waiting list).")

    def perform(self, form):
        data = form.cleaned_data
        user = data["user"] or create_participant_for(
            data["email"], data["full_name"], phone=str(data["phone"] or ""),
            postal_address=data["postal_address"], channels=data["channels"] or None)
        companion = data["companion"]
        if companion is None and data["companion_name"]:
            companion = create_companion_for(user, data["companion_name"],
                                             email=data["companion_email"],
                                             phone=str(data["companion_phone"] or ""))
        enrolment_service.enrol(self.run, user, companion=companion, by_coordinator=True)


class RunActionView(RunMixin, View):
    """A button on the schedule page: POST, call one service, back to the page. Subclasses
    define ``act()``, which calls the service and returns the success message."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        try:
            messages.success(request, self.act())
        except DomainError as error:
            messages.error(request, error.message)
        return HttpResponseRedirect(self.schedule_url())


class OpenRunView(RunActionView):
    def act(self):
        scheduling.open_run(self.run)
        for warning in scheduling.run_warnings(self.run):
            messages.warning(self.request, warning)
        return _("The run is open for enrolment.")


class CloseEnrolmentView(RunActionView):
    def act(self):
        scheduling.close_enrolment(self.run)
        return _("Enrolment is closed.")


class FinishRunView(RunActionView):
    def act(self):
        completion.close_run(self.run)
        return _("The run is finished and everyone's completion is worked out.")


class RemoveTrainerView(RunActionView):
    permission_required = "courses.delete_facilitation"

    def act(self):
        facilitation = get_object_or_404(Facilitation, run=self.run,
                                         pk=self.kwargs["facilitation"])
        scheduling.remove_trainer(facilitation)
        return _("%(trainer)s is no longer on the run.") % {"trainer": facilitation.trainer}


class EnrolmentActionView(RunActionView):
    permission_required = "courses.manage_enrolment"

    def enrolment(self) -> Enrolment:
        return get_object_or_404(Enrolment.objects.select_related("user"), run=self.run,
                                 pk=self.kwargs["enrolment"])


class WithdrawPersonView(EnrolmentActionView):
    """For one of a pair, the button says whether their companion stays (``companion``)."""

    def act(self):
        stays = {"stays": True, "leaves": False}.get(self.request.POST.get("companion"))
        enrolment = enrolment_service.withdraw(self.enrolment(), companion_stays=stays,
                                               by_coordinator=True)
        return _("%(person)s is no longer on the run.") % {"person": enrolment.user}


class ConfirmPlaceView(EnrolmentActionView):
    def act(self):
        enrolment = enrolment_service.confirm_from_waiting_list(self.enrolment())
        return _("%(person)s has a place.") % {"person": enrolment.user}
