"""The public referral form: a professional or link worker refers someone, without an account.
Throttled per client address; the thank-you page says nothing about the person."""

from allauth.core import ratelimit
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from courses.forms import ReferralForm
from courses.services import referrals
from courses.services.referrals import PersonReferred, ReferralError, Referrer

# Which field a refusal of the service belongs on (none: the top of the form).
ERROR_FIELDS = {
    "no_referrer_name": "referrer_name", "no_referrer_contact": "referrer_email",
    "bad_referrer_phone": "referrer_phone", "no_name": "full_name", "unreachable": "phone",
    "bad_phone": "phone", "note_too_long": "note", "no_agreement": "person_agreed",
}


@require_http_methods(["GET", "POST"])
def refer(request: HttpRequest) -> HttpResponse:
    form = ReferralForm(request.POST or None)
    if request.method == "POST":
        if not ratelimit.consume(request, action="refer"):
            return render(request, "courses/referrals/too_many.html", status=429)
        if form.is_valid():
            try:
                _refer(form.cleaned_data)
            except ReferralError as error:
                form.add_error(ERROR_FIELDS.get(error.code), error.message)
            else:
                return redirect("courses:referral_thanks")
    return render(request, "courses/referrals/form.html", {"form": form},
                  status=400 if form.errors else 200)


def _refer(data: dict) -> None:
    referrals.refer(
        Referrer(name=data["referrer_name"], role=data["referrer_role"],
                 email=data["referrer_email"], phone=data["referrer_phone"],
                 language=get_language()),
        PersonReferred(full_name=data["full_name"], email=data["email"], phone=data["phone"],
                       postal_address=data["postal_address"], language=data["language"]),
        person_agreed=data["person_agreed"], course=data["course"], note=data["note"],
        consent_to_hear_back=data["consent_to_hear_back"])


def thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "courses/referrals/thanks.html")
