from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from accounts.services.signup import register_participant


class SignupDetailsForm(forms.Form):
    """The fields allauth's sign-up form gains: name, language and consent to take part."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=200,
        help_text=_("As you would like it on a certificate."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Which language would you like us to use?"),
        choices=settings.LANGUAGES, initial=settings.LANGUAGE_CODE, widget=forms.RadioSelect,
        help_text=_("For e-mails, certificates and this website."),
    )
    consent_taking_part = forms.BooleanField(
        label=_("I agree that you may keep my details and the health information I give "
                "when I enrol, so that I can take part. I have read the privacy notice."),
        error_messages={"required": _("You need to agree to this to create an account.")},
    )

    def signup(self, request, user) -> None:
        """Called by allauth once the new user is saved."""
        register_participant(user)
