"""Referrals: a health or care professional or a link worker puts someone forward (with their
agreement); coordinators move the referral on; the referrer hears the outcome once, and only if
the person agreed to that.

The referrer has no account. The person referred is one: made for them through
``create_participant_for``, or the person we already knew by the same e-mail address or phone
number. Nothing the referrer sees says which, so a referral never tells anyone that somebody
is (or is not) known to us.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from phonenumber_field.phonenumber import to_python
from phonenumbers import PhoneNumberType, number_type

from accounts.models import ContactChannel, User
from accounts.services.profile import ContactError, create_participant_for, read_phone
from courses.models import (
    REFERRAL_OUTCOMES,
    CoursePage,
    CourseRun,
    Enrolment,
    Referral,
    ReferralChange,
    ReferralStatus,
)
from courses.services import enrolment
from courses.services.errors import DomainError
from courses.services.outbox import owe_email

NOTE_MAX_LENGTH = 2000
OUTCOME_KIND = "referral_outcome"

# Where each status may go next. An outcome of enrolled or declined is final; someone we could
# not reach may still get in touch, and then the referral is worked on again.
MOVES = {
    ReferralStatus.NEW: {ReferralStatus.CONTACTED, ReferralStatus.ENROLLED,
                         ReferralStatus.DECLINED, ReferralStatus.COULD_NOT_REACH},
    ReferralStatus.CONTACTED: {ReferralStatus.ENROLLED, ReferralStatus.DECLINED,
                               ReferralStatus.COULD_NOT_REACH},
    ReferralStatus.COULD_NOT_REACH: {ReferralStatus.CONTACTED},
    ReferralStatus.ENROLLED: set(),
    ReferralStatus.DECLINED: set(),
}


class ReferralError(DomainError):
    pass


@dataclass(frozen=True)
class Referrer:
    """Who is referring: a professional or link worker without an account here."""

    name: str
    role: str
    email: str = ""
    phone: str = ""
    language: str = "en"


@dataclass(frozen=True)
class PersonReferred:
    """The person as the referrer describes them: at least one way to reach them."""

    full_name: str
    email: str = ""
    phone: str = ""
    postal_address: str = ""
    language: str = "en"


@transaction.atomic
def refer(referrer: Referrer, person: PersonReferred, *, person_agreed: bool,
          course: CoursePage | None = None, note: str = "",
          consent_to_hear_back: bool = False) -> Referral:
    """Record a referral and the person it is for, together or not at all.

    Raises ReferralError: ``no_agreement``, ``no_referrer_name``, ``no_referrer_contact``,
    ``bad_referrer_phone``, ``no_name``, ``note_too_long``, and the contact rules' own codes
    (``unreachable``, ``bad_phone``).
    """
    if not person_agreed:
        raise ReferralError("no_agreement", _(
            "We can only take a referral the person has agreed to."))
    referrer = _checked_referrer(referrer)
    if not person.full_name.strip():
        raise ReferralError("no_name", _("Enter the name of the person you are referring."))
    if len(note) > NOTE_MAX_LENGTH:
        raise ReferralError("note_too_long", _(
            "The note can be at most %(count)s characters.") % {"count": NOTE_MAX_LENGTH})
    user, known = _person_for(person)
    repeated = _same_referral(referrer, user) if known else None
    if repeated is not None:  # sent twice (a double tap, a reload): it is the same referral
        return repeated
    return Referral.objects.create(
        referrer_name=referrer.name, referrer_role=referrer.role,
        referrer_email=referrer.email, referrer_phone=referrer.phone,
        referrer_language=referrer.language, person=user, already_known=known,
        name_given=person.full_name.strip(), course=course, note=note.strip(),
        consent_to_hear_back=consent_to_hear_back)


def _checked_referrer(referrer: Referrer) -> Referrer:
    if not (referrer.name.strip() and referrer.role.strip()):
        raise ReferralError("no_referrer_name", _(
            "Enter your name, and your role and organisation."))
    if not (referrer.email.strip() or referrer.phone.strip()):
        raise ReferralError("no_referrer_contact", _(
            "Give your e-mail address or phone number, so that we can ask you about the "
            "referral."))
    try:
        phone = read_phone(referrer.phone)
    except ContactError as error:
        raise ReferralError("bad_referrer_phone", error.message) from error
    return Referrer(name=referrer.name.strip(), role=referrer.role.strip(),
                    email=referrer.email.strip().lower(), phone=phone,
                    language=referrer.language)


def _same_referral(referrer: Referrer, person: User) -> Referral | None:
    return Referral.objects.filter(
        person=person, status=ReferralStatus.NEW, referrer_name=referrer.name,
        referrer_email=referrer.email, referrer_phone=referrer.phone).first()


def _person_for(person: PersonReferred) -> tuple[User, bool]:
    """The person we already know by this e-mail address or phone number, else a new one."""
    try:
        phone = read_phone(person.phone)
    except ContactError as error:
        raise ReferralError(error.code, error.message) from error
    email = person.email.strip().lower()
    known = _known_person(email, phone)
    if known is not None:
        return known, True
    try:
        with transaction.atomic():
            return create_participant_for(
                email, person.full_name, language=person.language, phone=phone,
                postal_address=person.postal_address), False
    except ContactError as error:
        raise ReferralError(error.code, error.message) from error
    except IntegrityError:  # the same address, referred twice at the same moment
        known = _known_person(email, phone)
        if known is None:
            raise
        return known, True


def _known_person(email: str, phone: str) -> User | None:
    people = User.objects.filter(erased_at__isnull=True).order_by("pk")
    if email:
        found = people.filter(email__iexact=email).first()
        if found is not None:
            return found
    return people.filter(phone=phone).first() if phone else None


def moves_from(status: str) -> list[str]:
    """The statuses a referral in ``status`` may move to, in the order they are listed."""
    return [choice for choice in ReferralStatus.values if choice in MOVES.get(status, ())]


@transaction.atomic
def move_referral(referral: Referral, status: str, *, by: User | None,
                  note: str = "") -> Referral:
    """Move ``referral`` to ``status``, recording who did it and why. Moving it to where it
    already is changes nothing (a button pressed twice). On reaching an outcome, the referrer
    is told once, if the person agreed to that.

    Raises ReferralError: ``unknown_status``, ``not_allowed``, ``note_too_long``.
    """
    if status not in ReferralStatus.values:
        raise ReferralError("unknown_status", _("That is not a status a referral can have."))
    if len(note) > NOTE_MAX_LENGTH:
        raise ReferralError("note_too_long", _(
            "The note can be at most %(count)s characters.") % {"count": NOTE_MAX_LENGTH})
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    if referral.status == status:
        return referral
    if status not in MOVES[referral.status]:
        raise ReferralError("not_allowed", _(
            "A referral that is “%(current)s” cannot become “%(wanted)s”.") % {
            "current": referral.get_status_display(),
            "wanted": ReferralStatus(status).label})
    ReferralChange.objects.create(referral=referral, from_status=referral.status,
                                  to_status=status, by=by, note=note.strip())
    referral.status = status
    referral.save(update_fields=["status", "updated_at"])
    if status in REFERRAL_OUTCOMES:
        _tell_referrer(referral)
    return referral


@transaction.atomic
def enrol_referred(referral: Referral, run: CourseRun, *, by: User) -> Enrolment:
    """Give the person referred a place on ``run`` (or its waiting list), as a coordinator
    adding them would, and mark the referral enrolled.

    Raises EnrolmentError as ``enrol`` does, and ReferralError ``not_allowed`` for a referral
    that was declined."""
    if ReferralStatus.ENROLLED not in (referral.status, *MOVES[referral.status]):
        raise ReferralError("not_allowed", _(
            "This referral was declined: the person is not enrolled from it."))
    place = enrolment.enrol(run, referral.person, by_coordinator=True)
    move_referral(referral, ReferralStatus.ENROLLED, by=by,
                  note=_("Added to %(run)s.") % {"run": run})
    return place


def _tell_referrer(referral: Referral) -> None:
    """The outcome, once, to the referrer's e-mail (else a text to their mobile), only with
    the person's agreement. The row's recipient is the person it is about (see
    ``emails.referral_outcome``)."""
    channel = referrer_channel(referral)
    if referral.consent_to_hear_back and channel:
        owe_email(OUTCOME_KIND, referral.person, key=f"{OUTCOME_KIND}:{referral.pk}",
                  channel=channel, referral=referral.pk, outcome=referral.status)


def referrer_channel(referral: Referral) -> str:
    """How the referrer is told the outcome: e-mail, else a text to a mobile; "" for neither
    (a landline: a coordinator would have to call)."""
    if referral.referrer_email:
        return ContactChannel.EMAIL
    if referral.referrer_phone and _is_mobile(referral.referrer_phone):
        return ContactChannel.TEXT
    return ""


def _is_mobile(phone: str) -> bool:
    return number_type(to_python(phone)) == PhoneNumberType.MOBILE
