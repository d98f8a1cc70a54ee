"""allauth's account forms in our words: plain labels, specific errors, no placeholders."""

import uuid

from allauth.account import forms as allauth_forms
from allauth.account.adapter import get_adapter
from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accounts.models import ConsentPurpose
from accounts.services.profile import confirm_email_address, register_participant
from accounts.services.submissions import Submission

LABELS = {
    "email": _("E-mail address"),
    "login": _("E-mail address"),
    "password": _("Password"),
    "password1": _("Password"),
    "password2": _("Password again"),
    "oldpassword": _("Current password"),
    "remember": _("Keep me logged in on this device"),
}
REQUIRED = {
    "email": _("Enter your e-mail address."),
    "login": _("Enter your e-mail address."),
    "password": _("Enter your password."),
    "password1": _("Enter a password."),
    "password2": _("Enter the same password again."),
    "oldpassword": _("Enter your current password."),
}


class PlainWordsMixin:
    """Our labels and specific errors on allauth's fields, and no placeholders: labels stay."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            if name in LABELS:
                field.label = LABELS[name]
            if name in REQUIRED:
                field.error_messages["required"] = REQUIRED[name]


class LoginForm(PlainWordsMixin, allauth_forms.LoginForm):
    """Log in with an e-mail address and password."""


class SignupForm(PlainWordsMixin, allauth_forms.SignupForm):
    """Sign-up asks for a name, a language and consent to hold health information."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=200,
        help_text=_("As you would like it on a certificate."),
        error_messages={"required": _("Enter your full name.")},
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

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Someone signing up on the Gaelic site most likely wants Gaelic.
        self.fields["preferred_language"].initial = get_language() or settings.LANGUAGE_CODE

    def signup(self, request, user) -> None:
        """Called by allauth once the new user is saved."""
        register_participant(user)


class ResetPasswordForm(PlainWordsMixin, allauth_forms.ResetPasswordForm):
    """Ask for a password-reset link."""


class ResetPasswordKeyForm(PlainWordsMixin, allauth_forms.ResetPasswordKeyForm):
    """Choose a new password from a link we e-mailed: following it also confirms the address
    (this is how people a coordinator signed up first log in)."""

    def save(self) -> None:
        super().save()
        confirm_email_address(self.user)


def check_own_password(user, password: str) -> bool:
    """Whether ``password`` is ``user``'s, counted against the same throttle as logging in, so
    a device left logged in is no way to guess it. Raises a ValidationError when throttled."""
    return bool(password) and get_adapter().reauthenticate(user, password)


class ChangePasswordForm(PlainWordsMixin, allauth_forms.ChangePasswordForm):
    """Change the password while logged in."""

    def clean_oldpassword(self) -> str:
        if not check_own_password(self.user, self.cleaned_data.get("oldpassword", "")):
            raise get_adapter().validation_error("enter_current_password")
        return self.cleaned_data["oldpassword"]


class OnceOnlyFormMixin(forms.Form):
    """A hidden random key, so the work a form does happens once however often it is sent
    (see ``accounts.services.submissions``)."""

    submission = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64,
                                 initial=lambda: uuid.uuid4().hex)

    def clean(self):
        data = super().clean()
        self._submission_key = data.pop("submission", "") or ""  # not part of the work
        return data

    def submission_for(self, user) -> Submission:
        return Submission(user, self._submission_key)


# --- my data ----------------------------------------------------------------------------------

class ConsentsForm(forms.Form):
    """One checkbox per purpose a person can change, ticked while they consent."""

    def __init__(self, *args, purposes, **kwargs):
        super().__init__(*args, **kwargs)
        for purpose in purposes:
            self.fields[purpose] = forms.BooleanField(
                label=ConsentPurpose(purpose).label, required=False)


class LeaveForm(forms.Form):
    understood = forms.BooleanField(
        label=_("I understand that my account and everything that identifies me will be "
                "erased, and that this cannot be undone."),
        error_messages={"required": _("Tick the box to confirm that you want to leave.")})
    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput, required=False,
        help_text=_("So that nobody else can erase your account from a device you left "
                    "logged in."))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if not user.has_usable_password():
            del self.fields["password"]

    def clean_password(self):
        password = self.cleaned_data.get("password", "")
        if not password:
            raise forms.ValidationError(_("Enter your password."))
        if not check_own_password(self.user, password):
            raise forms.ValidationError(_("That is not your password."))
        return password


class LoginSetupForm(forms.Form):
    """Someone we added without a login chooses one: an e-mail address and a password."""

    email = forms.EmailField(label=_("Your e-mail address"), max_length=254,
                             help_text=_("You will log in with it. We send a link to it to "
                                         "check it is yours."))
    password1 = forms.CharField(label=_("Choose a password"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label=_("Type the password again"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are not the same."))
        elif first:
            try:
                password_validation.validate_password(first, self.user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data
