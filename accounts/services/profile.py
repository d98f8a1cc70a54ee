"""Creating and keeping a person's own details: sign-up, language, access needs."""

from allauth.account import app_settings as allauth_settings
from allauth.account.models import EmailAddress
from allauth.account.utils import url_str_to_user_pk, user_pk_to_url_str
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from phonenumber_field.phonenumber import to_python
from phonenumbers import PhoneNumberType, number_type

from accounts import roles
from accounts.models import ConsentPurpose, ContactChannel, User
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


class ContactError(Exception):
    """A person's contact details break a rule. ``code`` is stable; ``message`` is for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def read_phone(typed: str) -> str:
    """A phone number as someone typed it (a UK number, or international with +) in E.164,
    "+441463123456"; "" for nothing typed. Raises ContactError when it is not a number."""
    typed = str(typed or "").strip()
    if not typed:
        return ""
    number = to_python(typed, region=settings.PHONENUMBER_DEFAULT_REGION)
    if not (number and number.is_valid()):
        raise ContactError("bad_phone", _(
            "“%(value)s” is not a phone number we can read. Check the digits, and start an "
            "international number with +.") % {"value": typed})
    return number.as_e164


def can_text(phone) -> bool:
    """Whether a text can reach ``phone``: a mobile can take one, a landline cannot."""
    return bool(phone) and number_type(to_python(phone)) == PhoneNumberType.MOBILE


def _phone_channel(phone: str) -> str:
    """Texts to a mobile; a call to a landline, which cannot take them."""
    return ContactChannel.TEXT if can_text(phone) else ContactChannel.PHONE


def check_contact_details(*, email: str = "", phone: str = "", postal_address: str = "",
                          channels: list[str] = ()) -> None:
    """Someone we add must be reachable somehow, and only by a way we have details for."""
    if not (email or phone or postal_address.strip()):
        raise ContactError("unreachable", _(
            "Give at least one way to reach them: an e-mail address, a phone number or a "
            "postal address."))
    details = {ContactChannel.EMAIL: email, ContactChannel.TEXT: phone,
               ContactChannel.PHONE: phone, ContactChannel.LETTER: postal_address.strip()}
    missing = [ContactChannel(channel).label for channel in channels if not details[channel]]
    if missing:
        raise ContactError("channel_without_details", _(
            "To reach them by %(ways)s we need the details for it.") % {
            "ways": ", ".join(str(way).lower() for way in missing)})


@transaction.atomic
def create_participant_for(email: str, full_name: str, *, language: str = "en",
                           phone: str = "", postal_address: str = "",
                           channels: list[str] | None = None) -> User:
    """Make an account for someone a coordinator signed up in person, by phone or on paper:
    the consent they gave is recorded now. With an e-mail address they log in later by
    resetting the password; without one they are reached by text, phone or letter, and can
    be given a login later. ``channels`` defaults to the ways their details allow."""
    phone = read_phone(phone)
    postal_address = "\n".join(line.strip() for line in postal_address.splitlines() if line.strip())
    if channels is None:
        channels = [channel for channel, detail in (
            (ContactChannel.EMAIL, email), (_phone_channel(phone), phone),
            (ContactChannel.LETTER, postal_address.strip())) if detail]
    check_contact_details(email=email, phone=phone, postal_address=postal_address,
                          channels=channels)
    user = User.objects.create_user(
        email=email or None, password=None, full_name=full_name.strip(),
        preferred_language=language, phone=phone, postal_address=postal_address.strip(),
        contact_channels=list(channels))
    user.set_unusable_password()
    user.save(update_fields=["password"])
    return register_participant(user)


def create_companion_for(person: User, full_name: str, *, email: str = "", phone: str = "",
                         postal_address: str = "", channels: list[str] | None = None) -> User:
    """Make an account for someone coming with ``person`` (their carer, or the person they
    care for), as ``create_participant_for`` does. Given no details of their own, they are
    reached at ``person``'s phone and address: the two often share both."""
    if not (email or phone or postal_address.strip()):
        phone, postal_address = str(person.phone or ""), person.postal_address
        channels = [channel for channel in person.contact_channels
                    if channel != ContactChannel.EMAIL] or None
    return create_participant_for(email, full_name, language=person.preferred_language,
                                  phone=phone, postal_address=postal_address, channels=channels)


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


def login_setup_path(user: User) -> str:
    """Where someone we added without a login (no e-mail, perhaps) chooses an e-mail address
    and a password: a link sent by text. It works once, and for ``PASSWORD_RESET_TIMEOUT``."""
    token = allauth_settings.PASSWORD_RESET_TOKEN_GENERATOR().make_token(user)
    return reverse("accounts:set_up_login",
                   kwargs={"uidb36": user_pk_to_url_str(user), "key": token})


def user_for_login_setup(uidb36: str, key: str) -> User | None:
    """The person a set-up link is for, while it is still good: not yet used, in time, and
    for someone who has no login yet."""
    try:
        user = User.objects.get(pk=url_str_to_user_pk(uidb36), erased_at__isnull=True)
    except (User.DoesNotExist, ValueError, OverflowError):
        return None
    generator = allauth_settings.PASSWORD_RESET_TOKEN_GENERATOR()
    if user.has_usable_password() or not generator.check_token(user, key):
        return None
    return user


@transaction.atomic
def set_up_login(user: User, *, email: str, password: str) -> User:
    """Give someone we added a login, keeping everything they have: their e-mail address
    (to be confirmed when they first log in) and password. Their places, ratings and
    certificates stay theirs; e-mail becomes one more way to reach them."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.has_usable_password():
        raise ContactError("has_login", _("This link has been used already. Log in instead."))
    email = User.objects.normalize_email(email).lower()
    if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
        raise ContactError("email_taken", _(
            "That e-mail address belongs to another login. Use a different one."))
    user.email = email
    user.set_password(password)
    if ContactChannel.EMAIL not in user.contact_channels:
        user.contact_channels = [*user.contact_channels, ContactChannel.EMAIL]
    user.save(update_fields=["email", "password", "contact_channels"])
    EmailAddress.objects.filter(user=user).update(primary=False)
    EmailAddress.objects.update_or_create(user=user, email=email,
                                          defaults={"primary": True, "verified": False})
    return user
