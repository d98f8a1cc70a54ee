"""Raising a concern about a participant from the delivery view. What is raised goes to the
safeguarding leads and is never shown again on these pages, not even to whoever raised it."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.services.submissions import AlreadyDone, once
from courses.forms import ConcernForm
from courses.models import ON_REGISTER_STATUSES, Enrolment
from courses.services import concerns
from courses.services.errors import DomainError
from courses.views.trainer import get_session_for_trainer, refuse_unless_trainer

SENT = _("Thank you. Your concern has gone to the people who look after safeguarding, and "
         "they will take it from here.")


def raise_concern(request: HttpRequest, pk: int, enrolment: int) -> HttpResponse:
    """Anyone on the run, shadows too (safeguarding is everyone's job), or a coordinator."""
    if refusal := refuse_unless_trainer(request):
        return refusal
    session = get_session_for_trainer(request, pk)
    place = get_object_or_404(Enrolment.objects.select_related("user"), pk=enrolment,
                              run_id=session.run_id, status__in=ON_REGISTER_STATUSES)
    form = ConcernForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with once(form.submission_for(request.user)):
                concerns.raise_concern(session, place, by=request.user,
                                       kind=form.cleaned_data["kind"],
                                       details=form.cleaned_data["details"])
        except AlreadyDone:
            pass  # sent twice: the first sending raised it
        except DomainError as error:
            form.add_error(None, error.message)
        if not form.errors:
            messages.success(request, SENT)
            return redirect("courses:trainer_session", pk=session.pk)
    return render(request, "courses/trainer/raise_concern.html",
                  {"session": session, "run": session.run, "person": place.user, "form": form},
                  status=400 if form.errors else 200)
