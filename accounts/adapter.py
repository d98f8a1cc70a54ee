from allauth.account.adapter import DefaultAccountAdapter
from django.utils import translation

from accounts.i18n import url_in_language


class AccountAdapter(DefaultAccountAdapter):
    """Our account rules on top of allauth: names, languages and where people land."""

    def save_user(self, request, user, form, commit=True):
        data = form.cleaned_data
        user.full_name = data.get("full_name", "").strip()
        user.preferred_language = data.get("preferred_language") or user.preferred_language
        return super().save_user(request, user, form, commit=commit)

    def post_login(self, request, user, *, redirect_url=None, **kwargs):
        """Land people on the page they asked for, in the language they prefer."""
        language = user.preferred_language
        if redirect_url:
            redirect_url = url_in_language(redirect_url, language)
        with translation.override(language):
            return super().post_login(request, user, redirect_url=redirect_url, **kwargs)

    def get_login_redirect_url(self, request) -> str:
        url = super().get_login_redirect_url(request)
        return url_in_language(url, request.user.preferred_language)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Write account e-mails in the language the person chose, not the page's."""
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)
