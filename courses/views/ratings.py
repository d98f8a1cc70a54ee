"""A participant rates their confidence at a moment, and may comment on the session's module."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from courses.forms import RatingForm
from courses.models import Enrolment, ModuleFeedback, RatingMoment
from courses.services.ratings import RatingError, answer, find_opening


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
