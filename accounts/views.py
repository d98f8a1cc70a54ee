from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from accounts.forms import LoginSetupForm
from accounts.services import profile
from accounts.services.consent import PRIVACY_NOTICE_VERSION
from accounts.services.profile import set_preferred_language, user_for_login_setup


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


def set_up_login(request: HttpRequest, uidb36: str, key: str) -> HttpResponse:
    """A one-time link, sent by text to someone we added without a login: they choose an
    e-mail address and a password, and keep everything they already have."""
    user = user_for_login_setup(uidb36, key)
    form = LoginSetupForm(request.POST or None, user=user)
    status = 200
    if user is None:
        status = 404
    elif request.method == "POST" and form.is_valid():
        try:
            profile.set_up_login(user, email=form.cleaned_data["email"],
                                 password=form.cleaned_data["password1"])
        except profile.ContactError as error:
            form.add_error("email", error.message)
        else:
            messages.success(request, _("Your login is ready. Log in with your e-mail address "
                                        "and password; we will send a link to check the "
                                        "address first."))
            return redirect("account_login")
    if request.method == "POST" and user is not None:
        status = 400
    response = render(request, "accounts/set_up_login.html",
                      {"form": form, "link_is_good": user is not None}, status=status)
    response["Cache-Control"] = "private, no-store"
    return response
