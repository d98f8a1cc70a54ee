"""Recording what people agreed to. Every path that gives or withdraws consent comes here."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Consent, ConsentPurpose, User

# The privacy notice at /privacy/ carries this version; change both together.
PRIVACY_NOTICE_VERSION = "2026-11"


@transaction.atomic
def give_consent(
    user: User, purpose: ConsentPurpose, *, wording_version: str = PRIVACY_NOTICE_VERSION
) -> Consent:
    """Record that ``user`` agrees to ``purpose``. Idempotent: an existing consent is kept."""
    current = Consent.objects.current().filter(user=user, purpose=purpose).first()
    if current is not None:
        return current
    try:
        with transaction.atomic():
            return Consent.objects.create(
                user=user, purpose=purpose, wording_version=wording_version,
                given_at=timezone.now(),
            )
    except IntegrityError:  # a concurrent request recorded it first
        return Consent.objects.current().get(user=user, purpose=purpose)


@transaction.atomic
def withdraw_consent(user: User, purpose: ConsentPurpose) -> int:
    """Withdraw ``user``'s current consent to ``purpose``; returns how many rows changed."""
    return Consent.objects.current().filter(user=user, purpose=purpose).update(
        withdrawn_at=timezone.now()
    )


def has_consent(user: User, purpose: ConsentPurpose) -> bool:
    return Consent.objects.current().filter(user=user, purpose=purpose).exists()
