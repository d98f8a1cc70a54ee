"""/my/data/: what we hold about me, my consents, a download of everything, and leaving."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.forms import ConsentsForm, LeaveForm
from accounts.models import Consent
from accounts.services import consent as consent_service
from accounts.services import my_data


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    current = consent_service.current_purposes(request.user)
    purposes = consent_service.changeable_purposes(request.user)
    form = ConsentsForm(purposes=purposes,
                        initial={purpose: purpose in current for purpose in purposes})
    history = Consent.objects.filter(user=request.user).order_by("-given_at")
    return render(request, "accounts/my_data.html", {
        "form": form, "history": history, "taking_part": "taking_part" in current})


@login_required
@require_POST
def change_consents(request: HttpRequest) -> HttpResponse:
    form = ConsentsForm(request.POST,
                        purposes=consent_service.changeable_purposes(request.user))
    form.is_valid()  # checkboxes: every input is valid
    consent_service.set_consents(request.user, form.cleaned_data)
    messages.success(request, _("Your choices are saved. They apply straight away."))
    return HttpResponseRedirect(reverse("accounts:my_data"))


@login_required
def download(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(my_data.export_json(request.user),
                            content_type="application/json; charset=utf-8")
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-data-{day}.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def leave(request: HttpRequest) -> HttpResponse:
    form = LeaveForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        my_data.erase(request.user)
        logout(request)
        messages.success(request, _("Your account is closed and your data erased. Thank you "
                                    "for taking part."))
        return HttpResponseRedirect("/")
    return render(request, "accounts/leave.html", {"form": form})
