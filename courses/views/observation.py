"""A trainer's observation pages: the trainer observed reads theirs, the observer fills in the
checklist. Anyone else's observation is a 404."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from courses.forms import ObservationChecklistForm
from courses.models import Observation
from courses.services.errors import ObservationError
from courses.services.observation import record_observation
from courses.views.trainer import refuse_unless_trainer


def _get_observation_for(request: HttpRequest, pk: int) -> Observation:
    """The observation if it is of this trainer, by them, or they coordinate; else 404."""
    return get_object_or_404(Observation.objects.visible_to(request.user).for_listing(), pk=pk)


def _get_observation_to_fill(request: HttpRequest, pk: int) -> Observation:
    """Only the observer fills in the checklist."""
    return get_object_or_404(
        Observation.objects.for_listing().select_related("checklist")
        .filter(observer__user=request.user, checklist__isnull=False), pk=pk)


def observation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := refuse_unless_trainer(request):
        return refusal
    observation = _get_observation_for(request, pk)
    context = {
        "observation": observation,
        "answers": observation.answers.select_related("item") if observation.is_observed
        else [],
        "is_observer": observation.observer is not None
        and observation.observer.user_id == request.user.pk,
        "session_number": observation.session.number if observation.session else None,
    }
    return render(request, "courses/trainer/observation.html", context)


def observation_checklist(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := refuse_unless_trainer(request):
        return refusal
    observation = _get_observation_to_fill(request, pk)
    items = observation.checklist.items.order_by("sort_order", "pk")
    form = ObservationChecklistForm(request.POST or None, items=items,
                                    initial=_initial(observation))
    if request.method == "POST" and form.is_valid():
        try:
            record_observation(observation, by=request.user, answers=form.answers(),
                               coaching_note=form.cleaned_data["coaching_note"])
        except ObservationError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you: the checklist is saved and the trainer "
                                        "can read it."))
            return redirect("courses:trainer_observation", pk=observation.pk)
    context = {"observation": observation, "form": form,
               "session_number": observation.session.number}
    return render(request, "courses/trainer/observation_checklist.html", context)


def _initial(observation: Observation) -> dict:
    """What the observer said before, when they come back to change it."""
    initial = {"coaching_note": observation.coaching_note}
    for answer in observation.answers.exclude(item=None):
        initial[f"item_{answer.item_id}"] = answer.rating
        initial[f"note_{answer.item_id}"] = answer.note
    return initial
