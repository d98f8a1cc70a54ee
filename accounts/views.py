from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts.services.consent import PRIVACY_NOTICE_VERSION
from accounts.services.profile import set_preferred_language


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's ``set_language``, plus: remember the choice of a logged-in person.

    The ``next`` URL is resolved in the language it is written in (see ``url_in_language``).
    """
    next_url = request.POST.get("next", "")
    written_in = translation.get_language_from_path(next_url) or settings.LANGUAGE_CODE
    with translation.override(written_in):
        response = django_set_language(request)
    language = request.POST.get("language")
    if request.user.is_authenticated and language in dict(settings.LANGUAGES):
        set_preferred_language(request.user, language)
    return response


def privacy_notice(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/privacy_notice.html", {"version": PRIVACY_NOTICE_VERSION})
