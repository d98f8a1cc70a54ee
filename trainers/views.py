from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from accounts.models import ConsentPurpose
from accounts.services.consent import has_consent
from trainers.models import TrainerProfile


def public_profile(request: HttpRequest, pk: int) -> HttpResponse:
    """A trainer's public page: only while they consent to it being public."""
    profile = get_object_or_404(TrainerProfile.objects.select_related("user"), pk=pk)
    if not has_consent(profile.user, ConsentPurpose.PUBLIC_TRAINER_PROFILE):
        raise Http404
    context = {
        "profile": profile,
        "areas": profile.areas.all(),
        "accreditations": profile.current_accreditations().select_related("course"),
    }
    return render(request, "trainers/public_profile.html", context)
