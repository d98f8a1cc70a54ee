"""A scheduled run: its page, enrolling, withdrawing, accepting an offer, its calendar."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import ConsentPurpose
from accounts.services.consent import has_consent
from accounts.services.profile import ContactError
from cms.translation import title_in
from courses.dashboard import MY_PLACE
from courses.forms import EnrolForm, WithdrawForm
from courses.models import CourseRun, Enrolment, EnrolmentStatus, RunStatus
from courses.services import calendar
from courses.services import enrolment as enrolment_service
from courses.services.errors import EnrolmentError


def _get_published_run(pk: int) -> CourseRun:
    return get_object_or_404(
        CourseRun.objects.published().with_places().select_related("course", "venue__area"),
        pk=pk
    )


def _my_enrolment(request: HttpRequest, run: CourseRun) -> Enrolment | None:
    if not request.user.is_authenticated:
        return None
    return (Enrolment.objects.with_waitlist_position().select_related("companion")
            .filter(run=run, user=request.user).first())


def run_detail(request: HttpRequest, pk: int, form: EnrolForm | None = None,
               status: int = 200) -> HttpResponse:
    run = _get_published_run(pk)
    enrolment = _my_enrolment(request, run)
    if form is None and request.user.is_authenticated:
        form = _enrol_form(run, initial={
            "access_needs": request.user.access_needs,
            "share_access_needs": has_consent(request.user, ConsentPurpose.SHARE_ACCESS_NEEDS),
            "follow_up_ok": has_consent(request.user, ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE),
        })
    context = {
        "run": run,
        "course": run.course,
        "sessions": run.sessions.select_related("module"),
        "facilitations": run.facilitations.roster(),
        "enrolment": enrolment,
        "places_left": run.places_left,
        "taking_enrolments": CourseRun.objects.open_for_enrolment().filter(pk=run.pk).exists(),
        "form": form or _enrol_form(run),
        "is_cancelled": run.status == RunStatus.CANCELLED,
        # what other apps add under the person's place (courses.dashboard)
        "place_panels": MY_PLACE.shown(request, enrolment) if enrolment and enrolment.is_on_run
        else [],
    }
    return render(request, "courses/run_detail.html", context, status=status)


def _enrol_form(run: CourseRun, data=None, **kwargs) -> EnrolForm:
    return EnrolForm(data, companions_take_places=run.course.companions_take_places, **kwargs)


def _login_then_back(request: HttpRequest, run: CourseRun) -> HttpResponse:
    return redirect_to_login(reverse("courses:run", args=[run.pk]))


def enrol(request: HttpRequest, pk: int) -> HttpResponse:
    """POST: take a place (or a waiting-list place). A GET, for example after logging in,
    goes back to the run's page where the form is."""
    run = _get_published_run(pk)
    if not request.user.is_authenticated:
        return _login_then_back(request, run)
    if request.method != "POST":
        return redirect("courses:run", pk=run.pk)
    form = _enrol_form(run, request.POST)
    if not form.is_valid():
        return run_detail(request, pk, form=form, status=400)
    data = form.cleaned_data
    try:
        enrolment = enrolment_service.request_place(
            run, request.user, access_needs=data["access_needs"],
            share_access_needs=data["share_access_needs"], follow_up_ok=data["follow_up_ok"],
            companion_name=data["companion_name"], companion_phone=str(data["companion_phone"]),
        )
    except ContactError:
        form.add_error("companion_phone", _("Give their phone number: we need a way to tell "
                                            "them if anything changes."))
        return run_detail(request, pk, form=form, status=400)
    except EnrolmentError as error:
        messages.error(request, error.message)
        return redirect("courses:run", pk=run.pk)
    if enrolment.status == EnrolmentStatus.CONFIRMED:
        messages.success(request, _("You have a place. We have sent you an e-mail with the "
                                    "dates and a calendar file."))
    else:
        messages.success(request, _("The course is full, so you are on the waiting list. We will "
                                    "e-mail you if a place comes free."))
    return redirect("courses:run", pk=run.pk)


def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks "are you sure?"; POST takes the person off the run or its waiting list."""
    run = _get_published_run(pk)
    if not request.user.is_authenticated:
        return _login_then_back(request, run)
    enrolment = get_object_or_404(Enrolment.objects.select_related("companion"), run=run,
                                  user=request.user)
    partner = enrolment.partner()
    form = None
    if partner is not None and partner.is_on_run:
        form = WithdrawForm(request.POST or None,
                            companion_name=enrolment.companion.full_name or _("your companion"))
    if request.method != "POST" or (form is not None and not form.is_valid()):
        return render(request, "courses/run_withdraw.html",
                      {"run": run, "enrolment": enrolment, "form": form},
                      status=200 if request.method != "POST" else 400)
    try:
        stays = form.companion_stays if form else None
        enrolment_service.withdraw(enrolment, companion_stays=stays)
    except EnrolmentError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You are no longer on this course run."))
    return redirect("courses:run", pk=run.pk)


@require_POST
def accept_offer(request: HttpRequest, pk: int) -> HttpResponse:
    run = _get_published_run(pk)
    if not request.user.is_authenticated:
        return _login_then_back(request, run)
    enrolment = get_object_or_404(Enrolment, run=run, user=request.user)
    try:
        enrolment_service.accept_offer(enrolment)
    except EnrolmentError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The place is yours. We have sent you an e-mail with the "
                                    "dates and a calendar file."))
    return redirect("courses:run", pk=run.pk)


def run_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    run = _get_published_run(pk)
    sessions = run.sessions.select_related("module", "run__course", "run__venue")
    name = title_in(run.course, get_language())
    response = HttpResponse(calendar.sessions_calendar(sessions, name=name),
                            content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="course-{run.pk}.ics"'
    return response
