"""Creating and keeping a person's own details: sign-up, language, access needs."""

from allauth.account import app_settings as allauth_settings
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import PRIVACY_NOTICE_VERSION, give_consent


@transaction.atomic
def register_participant(user: User, *, wording_version: str = PRIVACY_NOTICE_VERSION) -> User:
    """Give a newly signed-up person the participant role and record the consent they gave.

    Sign-up cannot succeed without that consent, because enrolling stores health information.
    """
    group, _ = Group.objects.get_or_create(name=roles.PARTICIPANT)
    user.groups.add(group)
    give_consent(user, ConsentPurpose.TAKING_PART, wording_version=wording_version)
    return user


def set_preferred_language(user: User, language: str) -> None:
    """Remember the language a person chose; e-mails and certificates follow it."""
    if user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])


def update_access_needs(user: User, access_needs: str) -> None:
    """Keep what a person tells us about their access needs, as they wrote it."""
    access_needs = access_needs.strip()
    if user.access_needs != access_needs:
        user.access_needs = access_needs
        user.save(update_fields=["access_needs"])


@transaction.atomic
def create_participant_for(email: str, full_name: str, *, language: str = "en") -> User:
    """Make an account for someone a coordinator signed up in person or by phone.

    They log in later by resetting the password; the consent they gave is recorded now.
    """
    user = User.objects.create_user(email=email, password=None, full_name=full_name.strip(),
                                    preferred_language=language)
    user.set_unusable_password()
    user.save(update_fields=["password"])
    return register_participant(user)


def confirm_email_address(user: User) -> None:
    """Record that ``user`` has shown they read mail sent to their address (they followed a
    link we sent there), so they can log in with it."""
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address is None:
        has_primary = EmailAddress.objects.filter(user=user, primary=True).exists()
        address = EmailAddress(user=user, email=user.email, primary=not has_primary)
    address.verified = True
    address.save()


def set_password_path(user: User) -> str:
    """Where someone a coordinator added (who has no password yet) chooses one: a password
    reset link, good for ``PASSWORD_RESET_TIMEOUT``. Choosing it also confirms their address."""
    token = allauth_settings.PASSWORD_RESET_TOKEN_GENERATOR().make_token(user)
    return reverse("account_reset_password_from_key",
                   kwargs={"uidb36": user_pk_to_url_str(user), "key": token})
