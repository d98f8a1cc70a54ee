from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.shortcuts import resolve_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.i18n import url_in_language
from accounts.models import User


def home_for(user) -> str:
    """Where someone lands after logging in without asking for a page: the first page in
    ``HOME_BY_ROLE`` for a role they hold (a trainer's sessions on a delivery day), else
    ``LOGIN_REDIRECT_URL``."""
    for role, url_name in settings.HOME_BY_ROLE:
        if roles.has_role(user, role) and not user.is_superuser:
            return resolve_url(url_name)
    return resolve_url(settings.LOGIN_REDIRECT_URL)


class AccountAdapter(DefaultAccountAdapter):
    """Our account rules on top of allauth: names, languages, plain words, where people land."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _(
            "The e-mail address or password is not right. Check them and try again."
        ),
        "too_many_login_attempts": _(
            "There have been too many attempts to log in. To keep accounts safe, "
            "wait 5 minutes and try again, or reset your password."
        ),
        "rate_limited": _("Too many attempts. Please wait a few minutes and try again."),
    }

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """Failed logins count per account *and* client address (see ACCOUNT_RATE_LIMITS)."""
        login = credentials.get("email", credentials.get("username", "")).lower()
        return f"{login}|{self.get_client_ip(request)}"

    def save_user(self, request, user, form, commit=True):
        data = form.cleaned_data
        user.full_name = data.get("full_name", "").strip()
        user.preferred_language = data.get("preferred_language") or user.preferred_language
        return super().save_user(request, user, form, commit=commit)

    def post_login(self, request, user, *, redirect_url=None, **kwargs):
        """Land people on the page they asked for (or their home page), in the language they
        prefer."""
        language = user.preferred_language
        target = redirect_url or home_for(user)
        with translation.override(language):
            return super().post_login(
                request, user, redirect_url=url_in_language(target, language), **kwargs
            )

    def get_login_redirect_url(self, request) -> str:
        return url_in_language(home_for(request.user), request.user.preferred_language)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Write account e-mails in our words, signed with the service's name (not the web
        server's address), in the language the person chose rather than the page's."""
        user = context.get("user") or User.objects.filter(email__iexact=email).first()
        context = {**context, "user": user, "site_name": settings.WAGTAIL_SITE_NAME}
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)
