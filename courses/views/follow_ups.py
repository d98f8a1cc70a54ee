"""Follow-ups after a missed session, for the trainers and volunteers who make them: a list of
what is theirs to do, and one task's page with the person's contact details and the outcome."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from accounts.models import ContactChannel
from courses.forms import FollowUpOutcomeForm
from courses.models import FollowUp
from courses.permissions import may_follow_up
from courses.services import follow_up
from courses.services.errors import DomainError

LIST_LENGTH = 50


def _refuse_unless_follows_up(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not may_follow_up(request.user):
        raise PermissionDenied
    return None


def _get_task_for_person(request: HttpRequest, pk: int) -> FollowUp:
    """The task if it was given to this person or is on a run they lead or co-train (or they
    coordinate); 404 for anyone else's."""
    return get_object_or_404(FollowUp.objects.visible_to(request.user).listed(), pk=pk)


def index(request: HttpRequest) -> HttpResponse:
    if refusal := _refuse_unless_follows_up(request):
        return refusal
    tasks = list(FollowUp.objects.for_person(request.user).open().listed()
                 .order_by("-priority", "-last_missed_at")[:LIST_LENGTH])
    return render(request, "courses/follow_ups/index.html", {"tasks": tasks})


def detail(request: HttpRequest, pk: int) -> HttpResponse:
    if refusal := _refuse_unless_follows_up(request):
        return refusal
    task = _get_task_for_person(request, pk)
    form = _outcome_form(task, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            follow_up.record_outcome(task, form.cleaned_data["outcome"], by=request.user,
                                     note=form.cleaned_data["note"],
                                     companion_stays=form.companion_stays)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you. The outcome is recorded and the follow-up "
                                        "is closed."))
            return redirect("courses:follow_ups")
    return render(request, "courses/follow_ups/detail.html", _context(task, form),
                  status=400 if form.errors else 200)


def _outcome_form(task: FollowUp, data) -> FollowUpOutcomeForm:
    """With the question about their companion when the two are on the run as a pair."""
    partner = task.enrolment.partner() if task.is_open else None
    name = partner.user.full_name if partner and partner.is_on_run else ""
    return FollowUpOutcomeForm(data, companion_name=name or "")


def _context(task: FollowUp, form: FollowUpOutcomeForm) -> dict:
    person = task.enrolment.user
    return {
        "task": task,
        "person": person,
        "form": form,
        "channels": [ContactChannel(channel).label for channel in person.reachable_by()],
        "run": task.enrolment.run,
    }
