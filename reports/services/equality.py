"""A person's equality answers: saving them (under their own consent), withdrawing them, and
working out the SIMD quintile and urban/rural class from a postcode.

Every question is optional and may be answered "prefer not to say". Answers are kept only
under the equality-monitoring consent: saving gives it, withdrawing erases the answers and
withdraws it.

The postcode is kept only as long as it is needed. When it is given, what the loaded lookups
say about it is kept; the postcode itself is kept only while a kind of lookup has still to be
loaded (the first time the system is used), and dropped once every kind has been looked at.
A postcode that no loaded lookup knows is refused when it is given, rather than kept: it is
most likely mistyped (or outside Scotland, which the lookups cover), the person is there to
correct it or leave it out, and holding a full postcode from which nothing can be worked out
would keep data we cannot use.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent, withdraw_consent
from courses.services.errors import DomainError
from reports.models import (
    AgeBand,
    ConditionGroup,
    EqualityAnswers,
    EqualityCondition,
    EthnicGroup,
    GenderIdentity,
    LookupKind,
    PostcodeLookup,
    Sex,
    UnpaidCarer,
    YesNo,
)
from reports.services import lookups
from reports.services.lookups import PostcodeError

PURPOSE = ConsentPurpose.EQUALITY_MONITORING
PREFER_NOT = "prefer_not"
BATCH = 2000  # answers worked out at a time after a lookup arrives
QUESTIONS = {"age_band": AgeBand, "sex": Sex, "gender_identity": GenderIdentity,
             "ethnic_group": EthnicGroup, "disability": YesNo, "unpaid_carer": UnpaidCarer}


class EqualityError(DomainError):
    """An answer refused. ``field`` names the question it is about, if any."""

    def __init__(self, code: str, message: str, *, field: str | None = None):
        super().__init__(code, message)
        self.field = field


@dataclass(frozen=True)
class EqualityDetails:
    """A person's answers as they give them; "" leaves a question unanswered. ``postcode``
    None leaves the postcode answer (and what was worked out from it) as it was."""

    age_band: str = ""
    sex: str = ""
    gender_identity: str = ""
    ethnic_group: str = ""
    disability: str = ""
    conditions: tuple[str, ...] = field(default_factory=tuple)
    unpaid_carer: str = ""
    postcode: str | None = ""
    postcode_prefer_not: bool = False


def answers_of(user: User) -> EqualityAnswers | None:
    """The person's answers with their kinds of condition, or None."""
    return (EqualityAnswers.objects.filter(user=user).prefetch_related("conditions")
            .first())


def waiting_for_a_lookup() -> int:
    """How many people's postcodes wait for a lookup to be loaded."""
    return EqualityAnswers.objects.exclude(postcode="").count()


@transaction.atomic
def save_answers(user: User, details: EqualityDetails, *, consented: bool) -> EqualityAnswers:
    """Save ``user``'s answers, replacing any earlier ones, and record their consent to
    equality monitoring (``consented`` must be true: without it nothing is kept)."""
    if not consented:
        raise EqualityError("no_consent", _(
            "Tick the box to agree that we may keep your answers, or leave this page: "
            "answering is never required."), field="consent")
    _check(details)
    changes_area = details.postcode is not None or details.postcode_prefer_not
    area = _area_from(details) if changes_area else None
    give_consent(user, PURPOSE)
    answers = EqualityAnswers.objects.select_for_update().get_or_create(user=user)[0]
    for question in QUESTIONS:
        setattr(answers, question, getattr(details, question))
    if area is not None:
        answers.postcode, answers.simd_quintile, answers.urban_rural = area
        answers.postcode_prefer_not = details.postcode_prefer_not
    answers.save()
    _set_conditions(answers, details.conditions)
    return answers


@transaction.atomic
def withdraw_answers(user: User) -> bool:
    """Erase ``user``'s answers and withdraw their consent to equality monitoring. Returns
    whether there were answers. Idempotent. (Withdrawing the consent any other way, as a
    coordinator may record it, erases the answers too: ``ReportsConfig.ready``.)"""
    erased = erase_answers(user)
    withdraw_consent(user, PURPOSE)
    return erased


def erase_answers(user: User) -> bool:
    """Delete ``user``'s answers and their kinds of condition (the consent is left alone)."""
    deleted, _by_model = EqualityAnswers.objects.filter(user=user).delete()
    return bool(deleted)


def derive_pending_postcodes(*, batch_size: int = BATCH) -> int:
    """Work out the area of every answer still holding a postcode, from the lookups loaded
    now, dropping each postcode that is no longer needed. Safe to run twice (and alongside
    itself: each batch claims its rows). Returns how many answers changed."""
    loaded = lookups.loaded_kinds()
    changed, after = 0, 0
    while loaded:
        with transaction.atomic():
            batch = list(EqualityAnswers.objects.select_for_update(skip_locked=True)
                         .filter(pk__gt=after).exclude(postcode="").order_by("pk")[:batch_size])
            if not batch:
                break
            changed += _derive_batch(batch, loaded)
        after = batch[-1].pk
    return changed


def _derive_batch(batch: list[EqualityAnswers], loaded: set[str]) -> int:
    """Work out one batch: one UPDATE for each outcome (at most one per pair of values, as the
    postcode is dropped for all of the batch or kept for all), not one per answer."""
    found = lookups.look_up(answers.postcode for answers in batch)
    outcomes = defaultdict(list)
    for answers in batch:
        area = _derived(answers.postcode, found.get(answers.postcode), loaded)
        if area != (answers.postcode, answers.simd_quintile, answers.urban_rural):
            outcomes[bool(area[0]), area[1], area[2]].append(answers.pk)
    for (kept, simd, urban_rural), pks in outcomes.items():
        dropped = {} if kept else {"postcode": ""}
        EqualityAnswers.objects.filter(pk__in=pks).update(
            simd_quintile=simd, urban_rural=urban_rural, **dropped)
    return sum(len(pks) for pks in outcomes.values())


# --- checking the answers -------------------------------------------------------------------

def _check(details: EqualityDetails) -> None:
    for question, choices in QUESTIONS.items():
        if getattr(details, question) not in ("", *choices.values):
            raise EqualityError("bad_answer", _("Choose one of the answers."), field=question)
    conditions = set(details.conditions)
    if not conditions <= set(ConditionGroup.values):
        raise EqualityError("bad_answer", _("Choose from the kinds of condition listed."),
                            field="conditions")
    if conditions and details.disability != YesNo.YES:
        raise EqualityError("conditions_without_yes", _(
            "You ticked kinds of condition: answer “Yes” to the question above them too, or "
            "untick them."), field="conditions")
    if PREFER_NOT in conditions and len(conditions) > 1:
        raise EqualityError("conditions_and_prefer_not", _(
            "Tick the kinds of condition, or “Prefer not to say”, not both."),
            field="conditions")
    if details.postcode_prefer_not and details.postcode:
        raise EqualityError("postcode_and_prefer_not", _(
            "Give your postcode, or tick “Prefer not to say”, not both."), field="postcode")


def _set_conditions(answers: EqualityAnswers, conditions: tuple[str, ...]) -> None:
    answers.conditions.exclude(group__in=conditions).delete()
    EqualityCondition.objects.bulk_create(
        [EqualityCondition(answers=answers, group=group) for group in sorted(set(conditions))],
        ignore_conflicts=True)


# --- the postcode ---------------------------------------------------------------------------

def _area_from(details: EqualityDetails) -> tuple[str, int | None, int | None]:
    """(postcode to keep, SIMD quintile, urban/rural class) for the postcode given."""
    if not details.postcode:
        return "", None, None
    try:
        postcode = lookups.normalise_postcode(details.postcode)
    except PostcodeError as error:
        raise EqualityError(error.code, error.message, field="postcode") from None
    loaded = lookups.loaded_kinds()
    row = lookups.look_up([postcode]).get(postcode)
    area = _derived(postcode, row, loaded)
    if loaded and area[1] is None and area[2] is None:
        raise EqualityError("postcode_not_found", _(
            "We cannot find %(postcode)s in the postcode lists we use, which cover Scotland. "
            "Check it, or leave the box empty: your other answers are still a help.") % {
            "postcode": postcode}, field="postcode")
    return area


def _derived(postcode: str, row: PostcodeLookup | None,
             loaded: set[str]) -> tuple[str, int | None, int | None]:
    """What the loaded lookups say about ``postcode``; the postcode is kept only while a kind
    of lookup is still to come."""
    simd = row.simd_quintile if row and LookupKind.SIMD in loaded else None
    urban_rural = row.urban_rural if row and LookupKind.URBAN_RURAL in loaded else None
    waiting = set(lookups.FIELDS) - loaded
    return (postcode if waiting else ""), simd, urban_rural
