"""The debrief after a session, written on the delivery view by the run's lead or co-trainer."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.forms import DebriefForm
from courses.services import debrief
from courses.services.errors import DomainError
from courses.views.trainer import delivery, get_session_for_trainer, refuse_unless_trainer


@require_POST
def record(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := refuse_unless_trainer(request):
        return refusal
    session = get_session_for_trainer(request, pk)
    if not session.run.lets_run_register(request.user):
        raise PermissionDenied  # a shadow watches and learns
    form = DebriefForm(request.POST)
    if form.is_valid():
        try:
            debrief.record_debrief(session, by=request.user, **form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
    if form.errors:
        return delivery(request, pk, debrief_form=form, status=400)
    messages.success(request, _("Thank you. Your debrief is kept for the people who look "
                                "after this module."))
    return redirect(reverse("courses:trainer_session", args=[session.pk]) + "#debrief-heading")
