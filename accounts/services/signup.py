"""What happens when someone creates an account."""

from django.contrib.auth.models import Group
from django.db import transaction

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
