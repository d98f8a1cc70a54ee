"""The trainer's pages: dashboard, the delivery view of a session, the register, its QR code."""

import io

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    prefetch_related_objects,
)
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.models import Revision

from accounts.models import Consent, ConsentPurpose
from courses.blocks import SHOW_TRAINER_NOTES
from courses.forms import DebriefForm, MarkAttendanceForm
from courses.models import (
    DELIVERING_ROLES,
    ON_REGISTER_STATUSES,
    AttendanceStatus,
    ConfidenceRating,
    Enrolment,
    FollowUp,
    FollowUpStatus,
    MarkingMethod,
    Observation,
    RatingMoment,
    Session,
)
from courses.permissions import may_use_trainer_pages
from courses.services import action_plans
from courses.services.attendance import AttendanceError, check_in_window, record_attendance
from courses.services.completion import counted_statuses
from trainers.models import TrainerProfile


def refuse_unless_trainer(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not may_use_trainer_pages(request.user):
        raise PermissionDenied
    return None


def get_session_for_trainer(request: HttpRequest, pk: int) -> Session:
    """The session if this person may deliver it (or coordinates); 404 for anyone else's,
    with the number of sessions in its run, the id of the one before it and the date of its
    module's live version (``live_version_at``). (Its course comes
    in a query of its own when first used: with both it and the module, each a Wagtail page of
    two tables, joined in, PostgreSQL spends longer planning the query than the two take.)"""
    in_run = (Session.objects.filter(run=OuterRef("run")).order_by()
              .values("run").annotate(n=Count("pk")).values("n"))
    previous = (Session.objects.filter(run=OuterRef("run"), starts_at__lt=OuterRef("starts_at"))
                .order_by("-starts_at").values("pk")[:1])
    live_version = (Revision.objects.filter(pk=OuterRef("module__live_revision"))
                    .values("created_at")[:1])
    sessions = (Session.objects.visible_to_trainer(request.user)
                .select_related("run__venue__area", "module", "debrief")
                .annotate(sessions_in_run=Subquery(in_run),
                          previous_session_id=Subquery(previous),
                          live_version_at=Subquery(live_version)))
    return get_object_or_404(sessions, pk=pk)


def get_register_for_trainer(request: HttpRequest, pk: int) -> Session:
    """The session if this person may run its register; a shadow on the run gets 403."""
    session = get_session_for_trainer(request, pk)
    if not session.run.lets_run_register(request.user):
        raise PermissionDenied
    return session


def dashboard(request: HttpRequest) -> HttpResponse:
    if refusal := refuse_unless_trainer(request):
        return refusal
    now = timezone.now()
    mine = (Session.objects.facilitated_by(request.user).with_register_counts()
            .select_related("run__venue"))
    upcoming = list(mine.filter(ends_at__gte=now).order_by("starts_at")[:20])
    recent = list(mine.filter(ends_at__lt=now).order_by("-starts_at")[:10])
    # The courses and modules (Wagtail pages) in a query each, for both lists: joined into
    # these two queries, with their register counts, PostgreSQL takes longer to plan them than
    # the two extra queries take (43 ms for the page against 27 ms, measured).
    prefetch_related_objects(upcoming + recent, "run__course", "module")
    profile = (TrainerProfile.objects.filter(user=request.user).with_last_delivery(now)
               .prefetch_related("accreditations__course").first())
    observations = list(Observation.objects.visible_to(request.user).for_listing()
                        .filter(Q(trainer__user=request.user) | Q(observer__user=request.user)))
    context = {
        "upcoming": upcoming,
        "recent": recent,
        "profile": profile,
        "active": profile is not None and profile.is_active(now),
        "my_observation": next((o for o in observations if o.trainer.user_id == request.user.pk),
                               None),
        "observing": [o for o in observations if o.trainer.user_id != request.user.pk],
        "today": timezone.localdate(),
        "follow_ups": list(FollowUp.objects.for_person(request.user).open().listed()
                           .order_by("-priority", "-last_missed_at")[:10]),
    }
    return render(request, "courses/trainer/dashboard.html", context)


def _roster(session: Session, *, with_access_needs: bool = True) -> list[Enrolment]:
    """Everyone with a place, their mark for this session and their count so far; with the
    access needs they agreed to share and their open follow-up after a missed session only for
    the people who run the register."""
    shares_needs = Consent.objects.current().filter(
        user=OuterRef("user"), purpose=ConsentPurpose.SHARE_ACCESS_NEEDS)
    follow_up = FollowUp.objects.filter(enrolment=OuterRef("pk"),
                                        status=FollowUpStatus.OPEN).values("pk")[:1]
    statuses = counted_statuses(session.run.course.specific)
    roster = list(
        Enrolment.objects.filter(run=session.run, status__in=ON_REGISTER_STATUSES)
        .select_related("user", "companion")
        .annotate(shares_access_needs=Exists(shares_needs) if with_access_needs
                  else Value(False),
                  open_follow_up=Subquery(follow_up) if with_access_needs
                  else Value(None, output_field=IntegerField()),
                  sessions_counted=Count("attendances", filter=Q(
                      attendances__status__in=statuses)))
        .order_by("user__full_name")
    )
    marks = {a.enrolment_id: a for a in session.attendances.all()}
    for enrolment in roster:
        enrolment.mark = marks.get(enrolment.pk)
    return roster


def _rated_counts(session: Session, roster: list[Enrolment]) -> dict[str, int]:
    """How many of the group have rated, never what they answered."""
    ratings = ConfidenceRating.objects.filter(enrolment__in=roster)
    return ratings.aggregate(
        before=Count("pk", filter=Q(moment=RatingMoment.BEFORE)),
        this_session=Count("pk", filter=Q(session=session)),
    )


def delivery(request: HttpRequest, pk: int, *, debrief_form: DebriefForm | None = None,
             status: int = 200) -> HttpResponse:
    if refusal := refuse_unless_trainer(request):
        return refusal
    session = get_session_for_trainer(request, pk)
    module = session.module
    runs_register = session.run.lets_run_register(request.user)
    roster = _roster(session, with_access_needs=runs_register)
    if runs_register:  # shadows see the names and the plan, nobody's action plan
        action_plans.attach_shared_plans(roster, session, session.previous_session_id)
    context = {
        "session": session,
        "run": session.run,
        "module": module,
        "blocks": module.blocks_for(request.user) if module else [],
        "plan": module.plan() if module else [],
        SHOW_TRAINER_NOTES: True,
        "roster": roster,
        "rated": _rated_counts(session, roster),
        "plans_to_review": sum(bool(getattr(person, "plan_to_review", None))
                               for person in roster),
        "statuses": AttendanceStatus.choices,
        "runs_register": runs_register,
        "marking_opens": check_in_window(session)[0],
        "now": timezone.now(),
        "checkin_url": request.build_absolute_uri(
            reverse("courses:checkin", args=[session.checkin_token])) if runs_register else "",
        "total_sessions": session.sessions_in_run,
        **_debrief_context(request, session, debrief_form),
    }
    return render(request, "courses/trainer/session.html", context, status=status)


def _debrief_context(request: HttpRequest, session: Session,
                     form: DebriefForm | None) -> dict:
    """The session's debrief, and the form for the run's lead and co-trainer once it began."""
    debrief = getattr(session, "debrief", None)  # joined in: None when there is none yet
    writes = (session.starts_at <= timezone.now() and session.run.facilitations.filter(
        trainer__user=request.user, role__in=DELIVERING_ROLES).exists())
    if writes and form is None:
        form = DebriefForm(initial={"how_it_went": debrief.how_it_went,
                                    "what_to_change": debrief.what_to_change,
                                    "time_kept": debrief.time_kept} if debrief else None)
    return {"debrief": debrief, "debrief_form": form if writes or form else None}


def printable_register(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := refuse_unless_trainer(request):
        return refusal
    session = get_register_for_trainer(request, pk)
    context = {"session": session, "run": session.run, "roster": _roster(session),
               "statuses": AttendanceStatus.choices}
    return render(request, "courses/trainer/register_print.html", context)


@require_POST
def mark(request: HttpRequest, pk: int) -> HttpResponse:
    """One tap: mark one person. Answers JSON to the page's script, a redirect otherwise."""
    if refusal := refuse_unless_trainer(request):
        return refusal
    session = get_register_for_trainer(request, pk)
    form = MarkAttendanceForm(request.POST)
    wants_json = "application/json" in request.headers.get("Accept", "")
    if not form.is_valid():
        if wants_json:
            return JsonResponse({"error": form.errors.get_json_data()}, status=400)
        messages.error(request, form.errors.as_text())
        return redirect("courses:trainer_session", pk=session.pk)
    enrolment = get_object_or_404(Enrolment, pk=form.cleaned_data["enrolment"],
                                  run_id=session.run_id)
    try:
        attendance = record_attendance(session, enrolment, form.cleaned_data["status"],
                                       by=request.user, method=MarkingMethod.TRAINER)
    except AttendanceError as error:
        if wants_json:
            return JsonResponse({"error": error.message}, status=400)
        messages.error(request, error.message)
        return redirect("courses:trainer_session", pk=session.pk)
    if wants_json:
        return JsonResponse({"enrolment": enrolment.pk, "status": attendance.status,
                             "label": attendance.get_status_display()})
    return redirect(reverse("courses:trainer_session", args=[session.pk])
                    + f"#person-{enrolment.pk}")


def checkin_qr(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := refuse_unless_trainer(request):
        return refusal
    session = get_register_for_trainer(request, pk)
    url = request.build_absolute_uri(reverse("courses:checkin", args=[session.checkin_token]))
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
    buffer = io.BytesIO()
    image.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=3600"
    return response
