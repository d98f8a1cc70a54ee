"""A participant rates their confidence at a moment, and may comment on the session's module."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.forms import RatingForm, StaffRatingForm
from courses.models import Enrolment, ModuleFeedback, RatingMoment
from courses.services.ratings import (
    RatingError,
    answer,
    find_opening,
    openings,
)
from courses.services.ratings import enter_for_participant as enter_for_participant_service
from courses.views.trainer import get_register_for_trainer, refuse_unless_trainer


def _my_enrolment(request: HttpRequest, pk: int) -> Enrolment:
    """Only the person's own enrolment; anyone else's is not found."""
    return get_object_or_404(Enrolment.objects.select_related("run__course"), pk=pk,
                             user=request.user)


@login_required
def rate(request: HttpRequest, pk: int, moment: str, session: int | None = None) -> HttpResponse:
    enrolment = _my_enrolment(request, pk)
    if moment not in RatingMoment.values:
        return redirect("courses:my")
    try:
        opening = find_opening(enrolment, moment, session)
    except RatingError as error:
        messages.info(request, error.message)
        return redirect("courses:my")
    scale = enrolment.run.course.specific.confidence_scale.worded_in(get_language())
    with_feedback = bool(opening.session and opening.session.module_id)
    initial = {}
    if opening.rating:
        initial = {f"statement_{answer.statement_id}": str(answer.value)
                   for answer in opening.rating.answers.all()}
    if with_feedback:
        earlier = ModuleFeedback.objects.filter(enrolment=enrolment,
                                                session=opening.session).first()
        initial["comment"] = earlier.comment if earlier else ""
    form = RatingForm(request.POST if request.method == "POST" else None,
                      statements=scale.statements, with_feedback=with_feedback,
                      initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            answer(opening, form.answers(), comment=form.cleaned_data.get("comment"))
        except RatingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you. Your answers are saved; only you can see "
                                        "them."))
            return redirect("courses:my")
    context = {"form": form, "opening": opening, "scale": scale, "course": enrolment.run.course,
               "status": 400 if request.method == "POST" else 200}
    return render(request, "courses/rating_form.html", context, status=context["status"])


def enter_for_participant(request: HttpRequest, pk: int, enrolment: int) -> HttpResponse:
    """A trainer delivering the run (or a coordinator) types in one person's answers from a
    paper form or a phone call, for any moment that has opened."""
    if refusal := refuse_unless_trainer(request):
        return refusal
    session = get_register_for_trainer(request, pk)
    enrolment = get_object_or_404(Enrolment.objects.select_related("user", "run__course"),
                                  pk=enrolment, run_id=session.run_id)
    opened = openings(enrolment, including_closed=True)
    back = reverse("courses:trainer_session", args=[session.pk]) + f"#person-{enrolment.pk}"
    if not opened:
        messages.info(request, _("There is no rating open for %(person)s yet.") % {
            "person": enrolment.user})
        return redirect(back)
    scale = enrolment.run.course.specific.confidence_scale.worded_in(get_language())
    moments = {_moment_value(opening): opening for opening in opened}
    form = StaffRatingForm(request.POST or None, statements=scale.statements,
                           moments=[(value, _moment_label(opening))
                                    for value, opening in moments.items()],
                           initial={"moment": _moment_value(_for_session(opened, session))})
    if request.method == "POST" and form.is_valid():
        opening = moments[form.cleaned_data["moment"]]
        try:
            enter_for_participant_service(
                enrolment, opening.moment, form.answers(), by=request.user,
                agreed=form.cleaned_data["agreed"],
                session_id=opening.session and opening.session.pk)
        except RatingError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("%(person)s's answers are saved, marked as entered by "
                                        "you.") % {"person": enrolment.user})
            return redirect(back)
    return render(request, "courses/trainer/enter_rating.html", {
        "form": form, "scale": scale, "session": session, "enrolment": enrolment,
        "back": back}, status=400 if request.method == "POST" else 200)


def _moment_label(opening) -> str:
    return render_to_string("courses/includes/moment_name.html", {"opening": opening}).strip()


def _moment_value(opening) -> str:
    return f"{opening.moment}:{opening.session.pk if opening.session else ''}"


def _for_session(opened: list, session):
    """The rating a paper form handed in at ``session`` most likely is: that session's own,
    else the latest that has opened."""
    return next((opening for opening in opened if opening.session == session), opened[-1])
