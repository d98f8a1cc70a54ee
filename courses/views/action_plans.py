"""Action plans: a participant makes one in a session and says how it went at the next; a
trainer types one in from someone's paper form."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.forms import ActionPlanForm, PlanReviewForm, StaffActionPlanForm
from courses.models import CONFIDENT_ENOUGH, ActionPlan, Enrolment, Session
from courses.services import action_plans
from courses.services.action_plans import ActionPlanError, PlanDetails
from courses.views.trainer import get_register_for_trainer, refuse_unless_trainer

PLAN_FIELDS = ActionPlanForm.PLAN_FIELDS


def _my_enrolment(request: HttpRequest, pk: int) -> Enrolment:
    """Only the person's own place; anyone else's is not found."""
    return get_object_or_404(Enrolment.objects.select_related("run__course"), pk=pk,
                             user=request.user)


def _my_plan(request: HttpRequest, pk: int) -> ActionPlan:
    plans = ActionPlan.objects.select_related("enrolment__run__course", "session__run")
    return get_object_or_404(plans, pk=pk, enrolment__user=request.user)


def _smaller_please(plan: ActionPlan) -> str:
    return _("Your plan is saved. You said you are %(confidence)s out of 10 sure of doing it: "
             "plans people are at least %(enough)s sure of tend to work best. Could you make "
             "it a little smaller, such as less of it or less often? You can change it here, "
             "or leave it as it is.") % {"confidence": plan.confidence,
                                        "enough": CONFIDENT_ENOUGH}


@login_required
def make_plan(request: HttpRequest, pk: int, session: int) -> HttpResponse:
    enrolment = _my_enrolment(request, pk)
    session = get_object_or_404(Session.objects.select_related("run", "module"), pk=session,
                                run_id=enrolment.run_id)
    try:
        existing = action_plans.plan_opening(enrolment, session)
    except ActionPlanError as error:
        messages.info(request, error.message)
        return redirect("courses:my")
    initial = {name: getattr(existing, name) for name in PLAN_FIELDS} if existing else {}
    form = ActionPlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            plan = action_plans.make_plan(enrolment, session, PlanDetails(**form.plan()))
        except ActionPlanError as error:
            form.add_error(None, error.message)
        else:
            if plan.could_be_smaller:
                messages.info(request, _smaller_please(plan))
                return redirect(request.path)
            messages.success(request, _("Your action plan is saved."))
            return redirect("courses:my")
    return render(request, "courses/action_plan_form.html", {
        "form": form, "session": session, "course": enrolment.run.course,
        "existing": existing}, status=400 if request.method == "POST" else 200)


@login_required
def review_plan(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _my_plan(request, pk)
    try:
        in_session = action_plans.check_reviewable(plan)
    except ActionPlanError as error:
        messages.info(request, error.message)
        return redirect("courses:my")
    form = PlanReviewForm(request.POST or None, initial={"outcome": plan.outcome,
                                                         "note": plan.review_note})
    if request.method == "POST" and form.is_valid():
        try:
            action_plans.review_plan(plan, form.cleaned_data["outcome"],
                                     note=form.cleaned_data["note"])
        except ActionPlanError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you. How it went is saved with your plan."))
            return redirect("courses:my")
    return render(request, "courses/action_plan_review.html", {
        "form": form, "plan": plan, "course": plan.enrolment.run.course,
        "in_session": in_session}, status=400 if request.method == "POST" else 200)


def enter_for_participant(request: HttpRequest, pk: int, enrolment: int) -> HttpResponse:
    """A trainer delivering the run (or a coordinator) types in one person's action plan, and
    how their last shared one went, from the paper form they filled in at this session."""
    if refusal := refuse_unless_trainer(request):
        return refusal
    session = get_register_for_trainer(request, pk)
    enrolment = get_object_or_404(Enrolment.objects.select_related("user", "run__course"),
                                  pk=enrolment, run_id=session.run_id)
    back = reverse("courses:trainer_session", args=[session.pk]) + f"#person-{enrolment.pk}"
    try:
        existing = action_plans.plan_opening(enrolment, session, by_staff=True)
    except ActionPlanError as error:
        messages.info(request, error.message)
        return redirect(back)
    earlier = action_plans.shared_plan_before(enrolment, session)
    form = StaffActionPlanForm(request.POST or None, reviewing=earlier is not None,
                               initial=_staff_initial(existing, earlier))
    if request.method == "POST" and form.is_valid():
        try:
            _enter(request, form, enrolment, session, earlier)
        except ActionPlanError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("%(person)s's action plan is saved, marked as entered "
                                        "by you.") % {"person": enrolment.user})
            return redirect(back)
    return render(request, "courses/trainer/enter_plan.html", {
        "form": form, "session": session, "enrolment": enrolment, "earlier": earlier,
        "back": back}, status=400 if request.method == "POST" else 200)


def _staff_initial(existing: ActionPlan | None, earlier: ActionPlan | None) -> dict:
    """What the form starts with: only what the person chose to share."""
    initial = {}
    if existing is not None and existing.shared_with_trainers:
        initial = {name: getattr(existing, name) for name in PLAN_FIELDS}
    if earlier is not None:
        initial.update(outcome=earlier.outcome, note=earlier.review_note)
    return initial


def _enter(request, form: StaffActionPlanForm, enrolment, session, earlier) -> ActionPlan:
    plan = form.plan()
    data = form.cleaned_data
    return action_plans.enter_for_participant(
        enrolment, session, PlanDetails(**plan) if plan else None, by=request.user,
        agreed=data["agreed"], review_of=earlier, outcome=data.get("outcome") or "",
        note=data.get("note") or "")
