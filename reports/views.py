"""The equality questions on the public site: answering, changing and withdrawing them
(/my/equality/). Only the person sees their own answers; nobody else has a page of them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from accounts.services.consent import has_consent
from reports.forms import EqualityForm
from reports.services import equality
from reports.services.equality import PURPOSE, EqualityError


@login_required
@cache_control(private=True, no_store=True)
def my_answers(request: HttpRequest) -> HttpResponse:
    answers = equality.answers_of(request.user)
    form = EqualityForm(request.POST or None, answers=answers,
                        consented=has_consent(request.user, PURPOSE))
    if request.method == "POST" and form.is_valid():
        try:
            saved = equality.save_answers(request.user, form.details(),
                                          consented=form.cleaned_data["consent"])
        except EqualityError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            messages.success(request, _thanks(saved))
            return redirect("reports:equality")
    return render(request, "reports/my_equality.html", {"form": form, "answers": answers},
                  status=400 if request.method == "POST" else 200)


def _thanks(saved) -> str:
    if saved.postcode:
        return _("Thank you: your answers are saved. We will work out your area from your "
                 "postcode as soon as we can, and then delete the postcode.")
    return _("Thank you: your answers are saved.")


@login_required
@cache_control(private=True, no_store=True)
def delete_answers(request: HttpRequest) -> HttpResponse:
    """GET asks "are you sure?"; POST erases the answers and withdraws the consent."""
    if request.method != "POST":
        return render(request, "reports/delete_equality.html",
                      {"answers": equality.answers_of(request.user)})
    equality.withdraw_answers(request.user)
    messages.success(request, _("Your equality answers are deleted, and we will not use them. "
                                "You can answer again whenever you like."))
    return redirect("courses:my")
