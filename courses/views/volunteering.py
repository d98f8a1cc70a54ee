"""A volunteer's own page (/my/volunteering/): what they offered or the roles they hold, the
hours they gave and the expenses they claimed, with forms to add to both."""

from contextlib import suppress

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.services.submissions import AlreadyDone, once
from courses.forms import ExpenseForm, HoursForm, VolunteerForm
from courses.services import volunteering
from courses.services.volunteering import VolunteeringError
from trainers.models import ExpenseClaim, HoursEntry, Volunteer

SHOWN = 20  # the latest entries and claims on the page


def _my_volunteer(request: HttpRequest) -> Volunteer | None:
    return (Volunteer.objects.filter(user=request.user).prefetch_related("roles", "areas")
            .first())


def _render(request: HttpRequest, volunteer: Volunteer | None, *, hours_form=None,
            expense_form=None, offer_form=None, status: int = 200) -> HttpResponse:
    context = {"volunteer": volunteer}
    if volunteer is None:
        context["offer_form"] = offer_form or VolunteerForm()
    elif volunteer.may_log_time:
        context.update(
            summary=volunteering.hours_summary(volunteer),
            hours=volunteer.hours.select_related("run__course", "group")[:SHOWN],
            claims=volunteer.expense_claims.select_related("run__course", "group")[:SHOWN],
            hours_form=hours_form or HoursForm(volunteer=volunteer),
            expense_form=expense_form or ExpenseForm(volunteer=volunteer))
    return render(request, "courses/volunteering.html", context, status=status)


@login_required
def page(request: HttpRequest) -> HttpResponse:
    return _render(request, _my_volunteer(request))


@login_required
@require_POST
def offer(request: HttpRequest) -> HttpResponse:
    """"I'd like to volunteer": the roles that appeal, and agreement to be contacted."""
    form = VolunteerForm(request.POST)
    if not form.is_valid():
        return _render(request, _my_volunteer(request), offer_form=form, status=400)
    data = form.cleaned_data
    volunteering.offer_to_volunteer(request.user, roles_wanted=data["roles_wanted"],
                                    note=data["note"])
    messages.success(request, _("Thank you! A coordinator will be in touch about what you "
                                "would like to do."))
    return redirect("courses:volunteering")


def _volunteer_or_404(request: HttpRequest) -> Volunteer:
    return get_object_or_404(Volunteer.objects.prefetch_related("roles", "areas"),
                             user=request.user)


@login_required
@require_POST
def log_hours(request: HttpRequest) -> HttpResponse:
    volunteer = _volunteer_or_404(request)
    form = HoursForm(request.POST, volunteer=volunteer)
    if form.is_valid():
        try:
            with suppress(AlreadyDone), once(form.submission_for(request.user)):
                volunteering.log_hours(volunteer, by=request.user, **form.cleaned_data)
        except VolunteeringError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Thank you: your hours are logged."))
            return redirect("courses:volunteering")
    return _render(request, volunteer, hours_form=form, status=400)


@login_required
@require_POST
def remove_hours(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(HoursEntry.objects.select_related("volunteer"), pk=pk,
                              volunteer__user=request.user)
    volunteering.remove_hours(entry, by=request.user)
    messages.success(request, _("Those hours are removed."))
    return redirect("courses:volunteering")


@login_required
@require_POST
def claim_expense(request: HttpRequest) -> HttpResponse:
    volunteer = _volunteer_or_404(request)
    form = ExpenseForm(request.POST, volunteer=volunteer)
    if form.is_valid():
        try:
            with suppress(AlreadyDone), once(form.submission_for(request.user)):
                volunteering.claim_expense(volunteer, by=request.user, **form.cleaned_data)
        except VolunteeringError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your claim is sent. A coordinator will approve it "
                                        "before it is paid."))
            return redirect("courses:volunteering")
    return _render(request, volunteer, expense_form=form, status=400)


@login_required
@require_POST
def withdraw_claim(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(ExpenseClaim.objects.select_related("volunteer"), pk=pk,
                              volunteer__user=request.user)
    try:
        volunteering.withdraw_claim(claim, by=request.user)
    except VolunteeringError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your claim is withdrawn."))
    return redirect("courses:volunteering")
