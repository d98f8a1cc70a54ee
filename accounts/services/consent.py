"""Recording what people agreed to. Every path that gives or withdraws consent comes here."""

from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Consent, ConsentPurpose, User
from config.page_cache import forget_pages

# The privacy notice at /privacy/ carries this version; change both together.
PRIVACY_NOTICE_VERSION = "2026-12"


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


# What an app does when a consent it keeps data under is withdrawn, registered from its
# ``AppConfig.ready`` (``accounts`` imports no other app): erasing what it kept, say.
_ON_WITHDRAWAL: dict[str, Callable[[User], None]] = {}


def on_withdrawal(purpose: str, handler: Callable[[User], None]) -> None:
    """Call ``handler(user)`` whenever ``user`` withdraws ``purpose``, whoever records it (in
    the same transaction). Registering again replaces, as when an app is loaded twice."""
    _ON_WITHDRAWAL[purpose] = handler


@transaction.atomic
def withdraw_consent(user: User, purpose: ConsentPurpose) -> int:
    """Withdraw ``user``'s current consent to ``purpose``; returns how many rows changed.
    (A consent can decide what a public page shows: a trainer's page, a co-design credit.)"""
    forget_pages()  # update() sends no signal
    changed = Consent.objects.current().filter(user=user, purpose=purpose).update(
        withdrawn_at=timezone.now()
    )
    if changed and purpose in _ON_WITHDRAWAL:
        _ON_WITHDRAWAL[purpose](user)
    return changed


def has_consent(user: User, purpose: ConsentPurpose) -> bool:
    return Consent.objects.current().filter(user=user, purpose=purpose).exists()


# Purposes a person may give or withdraw on /my/data/. Taking part is the basis for holding
# their data at all: leaving is how they withdraw it.
CHANGEABLE_PURPOSES = (ConsentPurpose.SHARE_ACCESS_NEEDS, ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE,
                       ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING,
                       ConsentPurpose.PUBLIC_TRAINER_PROFILE, ConsentPurpose.CO_DESIGN_CREDIT,
                       ConsentPurpose.HEAR_OF_COURSES_NEARBY)


def current_purposes(user: User) -> set[str]:
    return set(Consent.objects.current().filter(user=user).values_list("purpose", flat=True))


def changeable_purposes(user: User) -> list[str]:
    """What this person can change: a public trainer page only means something to trainers
    (or to someone who still has that consent to withdraw)."""
    is_trainer = hasattr(user, "trainer_profile")  # the reverse accessor, no import needed
    current = current_purposes(user)
    return [purpose for purpose in CHANGEABLE_PURPOSES
            if purpose != ConsentPurpose.PUBLIC_TRAINER_PROFILE or is_trainer
            or purpose in current]


@transaction.atomic
def set_consents(user: User, wanted: dict[str, bool]) -> None:
    """Give or withdraw each changeable purpose so that it matches ``wanted``."""
    current = current_purposes(user)
    for purpose in changeable_purposes(user):
        if wanted.get(purpose) and purpose not in current:
            give_consent(user, purpose)
        elif not wanted.get(purpose) and purpose in current:
            withdraw_consent(user, purpose)
