"""The participant's own pages under /my/."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from accounts import roles
from accounts.models import User
from courses.dashboard import MY_PAGE
from courses.forms import VolunteerForm
from courses.models import (
    ActionPlan,
    CalendarFeed,
    Certificate,
    DemandRequest,
    Enrolment,
    EnrolmentStatus,
    FollowUp,
    SelfPacedPlace,
    Session,
)
from courses.permissions import may_use_trainer_pages
from courses.services import action_plans, calendar, cpd, ratings
from courses.services.calendar_feed import reset_feed
from courses.services.volunteering import hours_summary


def _my_sessions(user):
    """Sessions of every run on which ``user`` has a confirmed place."""
    return (
        Session.objects.filter(run__enrolments__user=user,
                               run__enrolments__status=EnrolmentStatus.CONFIRMED)
        .select_related("module", "run__course", "run__venue")
    )


def _next_sessions(enrolments: list[Enrolment]) -> list[Session]:
    """The next sessions of the runs among ``enrolments`` with a confirmed place: what
    ``_my_sessions`` finds, from runs already loaded (so no second join to the courses)."""
    runs = {enrolment.run_id: enrolment.run for enrolment in enrolments
            if enrolment.status == EnrolmentStatus.CONFIRMED}
    if not runs:
        return []
    sessions = list(Session.objects.filter(run__in=list(runs)).upcoming()
                    .select_related("module")[:10])
    for session in sessions:
        session.run = runs[session.run_id]
    return sessions


def _sessions_to_deliver(user) -> list[Session] | None:
    """A trainer's next sessions (None for someone who does not deliver any)."""
    if not may_use_trainer_pages(user):
        return None
    return list(Session.objects.facilitated_by(user).upcoming().order_by("starts_at")
                .select_related("run__course", "run__venue", "module")[:3])


def _follow_ups_to_make(user) -> int | None:
    """For a volunteer: how many follow-ups are theirs to make (None for anyone else)."""
    if not roles.has_role(user, roles.VOLUNTEER) or user.is_superuser:
        return None
    return FollowUp.objects.for_person(user).open().count()


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    enrolments = list(Enrolment.objects.filter(user=request.user)
                      .select_related("run__course", "run__venue__area")
                      .annotate(has_action_plans=Exists(ActionPlan.objects.filter(
                          enrolment=OuterRef("pk"))))
                      .order_by("-created_at"))
    Enrolment.objects.attach_waitlist_positions(enrolments)
    person = User.objects.select_related("trainer_profile", "volunteer").get(pk=request.user.pk)
    trainer_profile = getattr(person, "trainer_profile", None)  # None: they have none
    volunteer = getattr(person, "volunteer", None)
    online = list(SelfPacedPlace.objects.filter(user=request.user).select_related("course")
                  .order_by("-started_at"))
    completed_a_course = (any(e.status == EnrolmentStatus.COMPLETED for e in enrolments)
                          or any(place.finished for place in online))
    context = {
        "current": [e for e in enrolments if e.is_on_run],
        "past": [e for e in enrolments if not e.is_on_run],
        "trainer_profile": trainer_profile,
        "online": online,
        "volunteer": volunteer,
        "volunteer_hours": hours_summary(volunteer) if volunteer and volunteer.may_log_time
        else None,
        "volunteer_form": VolunteerForm() if completed_a_course and not (
            trainer_profile or volunteer) else None,
        "upcoming_sessions": _next_sessions(enrolments),
        "feed": CalendarFeed.objects.filter(user=request.user).first(),
        "to_rate": ratings.waiting_to_be_rated(enrolments),
        "plans": action_plans.for_dashboard(enrolments),  # after the ratings: their sessions
        "progress": ratings.progress(enrolments),
        "certificates": Certificate.objects.valid().filter(user=request.user),
        "keeps_cpd_log": cpd.is_staff_member(request.user),
        "delivering": _sessions_to_deliver(request.user),
        "waiting_for": DemandRequest.objects.active().filter(person=request.user)
        .select_related("course", "area"),
        "follow_ups": _follow_ups_to_make(request.user),
        "panels": MY_PAGE.shown(request),  # what other apps add (courses.dashboard)
        "today": timezone.localdate(),
        "now": timezone.now(),
    }
    return render(request, "courses/my_dashboard.html", context)


@login_required
@require_POST
def new_calendar_feed(request: HttpRequest) -> HttpResponse:
    reset_feed(request.user)
    messages.success(request, _("Your calendar link is ready. Any older link no longer works."))
    return redirect("courses:my")


@cache_control(private=True, no_store=True)  # a person's sessions, though no one logs in
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The secret subscription address: the token is the only key, so no login."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None:
        raise Http404
    body = calendar.sessions_calendar(_my_sessions(feed.user), name=_("My courses"))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")
