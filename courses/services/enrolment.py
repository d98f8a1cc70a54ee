"""Places, the waiting list and offers. Every path that changes an enrolment comes here:
the participant's own pages, the admin, imports and periodic tasks.

Each change locks the run's row first (``SELECT … FOR UPDATE``) and only then counts places, so
concurrent requests queue up behind one another and a run is never overbooked.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Min
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent, withdraw_consent
from accounts.services.profile import create_companion_for, update_access_needs
from courses.models import (
    CourseRun,
    EndReason,
    Enrolment,
    EnrolmentStatus,
    RunStatus,
)
from courses.services import demand
from courses.services.errors import EnrolmentError
from courses.services.outbox import owe_email


def enrol(run: CourseRun, user: User, *, companion: User | None = None,
          by_coordinator: bool = False, now: datetime | None = None) -> Enrolment:
    """Give ``user`` a place on ``run``, or a place on its waiting list when it is full.

    With a ``companion`` (their carer, or the person they care for) on a course where
    companions take places, both are enrolled as a pair: both get places or both wait.
    Idempotent: someone already on the run keeps what they have. Someone who left may come back
    (their row is reused). Coordinators may add people outside the enrolment window.
    """
    now = now or timezone.now()
    with transaction.atomic():
        run = CourseRun.objects.locked(run.pk)
        _check_taking_enrolments(run, now, by_coordinator=by_coordinator)
        enrolment = _place_for(run, user, companion)
        if enrolment.is_on_run:
            return enrolment
        pair = [enrolment]
        if companion is not None and run.course.companions_take_places:
            pair.append(_place_for(run, companion, user))
        place = _confirm if _places_taken(run) + len(pair) <= run.capacity else _join_waiting_list
        for each in pair:
            place(each, now)
            demand.close_on_enrolment(each.user, run.course, now=now)
        return enrolment


def request_place(run: CourseRun, user: User, *, access_needs: str, share_access_needs: bool,
                  follow_up_ok: bool = False, companion_name: str = "",
                  companion_phone: str = "") -> Enrolment:
    """What the enrolment form does: keep the access needs and the consents (sharing them;
    a friendly contact after a missed session), then enrol, with the person coming with them
    if they name one (a new person, who agreed to be named)."""
    with transaction.atomic():
        update_access_needs(user, access_needs)
        _set_consent(user, ConsentPurpose.SHARE_ACCESS_NEEDS, share_access_needs)
        _set_consent(user, ConsentPurpose.FOLLOW_UP_AFTER_ABSENCE, follow_up_ok)
        already = Enrolment.objects.filter(run=run, user=user).first()
        if already is not None and already.is_on_run:
            return already  # sent twice: the first sending did it
        companion = create_companion_for(user, companion_name, phone=companion_phone) if (
            companion_name) else None
        return enrol(run, user, companion=companion)


def withdraw(enrolment: Enrolment, *, companion_stays: bool | None = None,
             by_coordinator: bool = False, now: datetime | None = None) -> Enrolment:
    """Take someone off a run or its waiting list; a freed place is offered to the next person.

    When they are there as a pair, ``companion_stays`` says whether the other keeps their
    place (then alone) or leaves too; without an answer nothing changes.
    """
    now = now or timezone.now()
    with transaction.atomic():
        run = CourseRun.objects.locked(enrolment.run_id)
        enrolment = Enrolment.objects.select_related("user").get(pk=enrolment.pk)
        if not enrolment.is_on_run:
            raise EnrolmentError("not_on_run", _("You are not on this run."))
        leaving = [enrolment, *_companion_leaving(enrolment, companion_stays)]
        freed_a_place = any(each.holds_place for each in leaving)
        for each in leaving:
            _end(each, _why_leaving(each, by_coordinator), now)
        if freed_a_place:
            offer_free_places(run, now=now)
        return enrolment


def accept_offer(enrolment: Enrolment, *, now: datetime | None = None) -> Enrolment:
    """Take up an offered place (for both, when it was offered to a pair). Accepting twice is
    harmless."""
    now = now or timezone.now()
    with transaction.atomic():
        CourseRun.objects.locked(enrolment.run_id)
        enrolment = Enrolment.objects.get(pk=enrolment.pk)
        if enrolment.status == EnrolmentStatus.CONFIRMED:
            return enrolment
        if enrolment.status != EnrolmentStatus.OFFERED:
            raise EnrolmentError("no_offer", _("There is no place waiting for you on this run."))
        if enrolment.offer_expires_at <= now:
            raise EnrolmentError("offer_expired",
                                 _("Sorry, the time to accept this place has passed."))
        for each in _with_partner(enrolment):
            _confirm(each, now)
        return enrolment


def confirm_from_waiting_list(enrolment: Enrolment, *, now: datetime | None = None) -> Enrolment:
    """A coordinator gives someone waiting (with their companion, if they are a pair) a place
    now, if there are places free."""
    now = now or timezone.now()
    with transaction.atomic():
        run = CourseRun.objects.locked(enrolment.run_id)
        enrolment = Enrolment.objects.get(pk=enrolment.pk)
        pair = _with_partner(enrolment)
        if enrolment.status == EnrolmentStatus.WAITLISTED:
            if _places_taken(run) + len(pair) > run.capacity:
                raise EnrolmentError("run_full", _(
                    "There are not enough free places. Raise the number of places first, or "
                    "wait for someone to leave."))
        elif enrolment.status != EnrolmentStatus.OFFERED:
            raise EnrolmentError("not_waiting", _("This person is not on the waiting list."))
        for each in pair:
            _confirm(each, now)
        return enrolment


def offer_free_places(run: CourseRun, *, now: datetime | None = None) -> list[Enrolment]:
    """Offer the free places to the people waiting, in the order they joined. A pair is
    offered places only when there are two; until then they keep their turn while someone
    behind them who needs one place is offered it. Call with the run locked."""
    now = now or timezone.now()
    deadline = _offer_deadline(run, now)
    free = run.capacity - _places_taken(run)
    if deadline is None or free <= 0:
        return []
    offered = []
    for group in _waiting_groups(run):
        if len(group) <= free:
            for enrolment in group:
                change_status(enrolment, EnrolmentStatus.OFFERED, offer_expires_at=deadline,
                              email="place_offered", email_moment=deadline)
            offered += group
            free -= len(group)
        if not free:
            break
    return offered


def expire_offers(*, now: datetime | None = None) -> int:
    """Pass on every offer whose time is up. Safe to run twice or alongside itself."""
    now = now or timezone.now()
    run_ids = set(Enrolment.objects.filter(status=EnrolmentStatus.OFFERED,
                                           offer_expires_at__lte=now)
                  .values_list("run_id", flat=True))
    expired = 0
    for run_id in run_ids:
        with transaction.atomic():
            run = CourseRun.objects.locked(run_id)
            lapsed = Enrolment.objects.filter(run=run, status=EnrolmentStatus.OFFERED,
                                              offer_expires_at__lte=now)
            for enrolment in lapsed:
                _end(enrolment, EndReason.OFFER_EXPIRED, now)
                expired += 1
            offer_free_places(run, now=now)
    return expired


# --- helpers ---------------------------------------------------------------------------------

def _set_consent(user: User, purpose: ConsentPurpose, agreed: bool) -> None:
    if agreed:
        give_consent(user, purpose)
    else:
        withdraw_consent(user, purpose)


def _places_taken(run: CourseRun) -> int:
    return run.enrolments.holding_places().count()


def _name(user: User) -> str:
    return user.full_name or user.email or _("This person")


def _place_for(run: CourseRun, user: User, companion: User | None) -> Enrolment:
    """``user``'s row on ``run``, new or reused, naming ``companion``; unsaved unless they are
    on the run already, with that same companion (then it is returned as it is)."""
    if companion is not None and companion.pk == user.pk:
        raise EnrolmentError("own_companion", _("Someone cannot come with themselves."))
    check_not_facilitating(run, user)
    enrolment = Enrolment.objects.filter(run=run, user=user).first()
    if enrolment is None:
        return Enrolment(run=run, user=user, companion=companion)
    if enrolment.is_on_run and companion in (None, enrolment.companion):
        return enrolment
    if enrolment.is_on_run:
        raise EnrolmentError("on_run_without_companion", _(
            "%(person)s is already on this run, without the companion named. To enrol the "
            "two together, take them off it first.") % {"person": _name(user)})
    if enrolment.status != EnrolmentStatus.WITHDRAWN:
        raise EnrolmentError("already_took_part", _(
            "%(person)s has already taken part in this run.") % {"person": _name(user)})
    enrolment.companion = companion
    return enrolment


def _with_partner(enrolment: Enrolment) -> list[Enrolment]:
    """The enrolment, and its pair's if the two are in the same state (placed together)."""
    partner = enrolment.partner()
    return [enrolment, partner] if partner and partner.status == enrolment.status else [enrolment]


def _waiting_groups(run: CourseRun) -> list[list[Enrolment]]:
    """The waiting list in order, a pair as one group of two."""
    waiting = list(Enrolment.objects.waiting_in_order().filter(run=run))
    by_user = {enrolment.user_id: enrolment for enrolment in waiting}
    groups, grouped = [], set()
    for enrolment in waiting:
        if enrolment.pk in grouped:
            continue
        partner = by_user.get(enrolment.companion_id)
        group = [enrolment]
        if partner is not None and partner.companion_id == enrolment.user_id:
            group.append(partner)
        grouped.update(each.pk for each in group)
        groups.append(group)
    return groups


def _companion_leaving(enrolment: Enrolment, companion_stays: bool | None) -> list[Enrolment]:
    """Whether the pair's other half leaves too; if they stay, they stay on their own."""
    partner = enrolment.partner()
    if partner is None or not partner.is_on_run:
        return []
    if companion_stays is None:
        raise EnrolmentError("ask_if_companion_stays", _(
            "%(person)s is on this run with %(companion)s. Say whether %(companion)s stays.")
            % {"person": _name(enrolment.user), "companion": _name(partner.user)})
    if not companion_stays:
        return [partner]
    partner.companion = None
    partner.save(update_fields=["companion", "updated_at"])
    return []


def _why_leaving(enrolment: Enrolment, by_coordinator: bool) -> str:
    if by_coordinator:
        return EndReason.WITHDRAWN_BY_COORDINATOR
    if enrolment.status == EnrolmentStatus.WAITLISTED:
        return EndReason.LEFT_WAITING_LIST
    return EndReason.WITHDREW


def _check_taking_enrolments(run: CourseRun, now: datetime, *, by_coordinator: bool) -> None:
    if run.status == RunStatus.CANCELLED:
        raise EnrolmentError("run_cancelled", _("This course run has been cancelled."))
    allowed = (RunStatus.OPEN, RunStatus.CLOSED, RunStatus.DRAFT) if by_coordinator else (
        RunStatus.OPEN,)
    if run.status not in allowed:
        raise EnrolmentError("run_not_open", _("This course run is not taking enrolments."))
    if by_coordinator:
        return
    if run.enrolment_opens and run.enrolment_opens > now:
        opens = formats.date_format(timezone.localtime(run.enrolment_opens), "j F Y")
        raise EnrolmentError("enrolment_not_open_yet",
                             _("Enrolment opens on %(date)s.") % {"date": opens})
    if run.enrolment_closes and run.enrolment_closes <= now:
        raise EnrolmentError("enrolment_closed", _("Enrolment for this run has closed."))


def check_not_facilitating(run: CourseRun, user: User) -> None:
    """Nobody takes a place on a run they help deliver: a trainer, even a shadow, would see
    their fellow participants' register from the other side."""
    if run.facilitations.filter(trainer__user=user).exists():
        raise EnrolmentError("facilitates_run", _(
            "%(person)s is a trainer on this run, so cannot also have a place on it.")
            % {"person": user.full_name or user.email})


def _offer_deadline(run: CourseRun, now: datetime) -> datetime | None:
    """When an offer made now ends: after the hold period, but never after the first session."""
    deadline = now + timedelta(hours=settings.ENROLMENT_OFFER_HOURS)
    first_start = run.sessions.aggregate(first=Min("starts_at"))["first"]
    if first_start is not None:
        if first_start <= now:
            return None
        deadline = min(deadline, first_start)
    return deadline


def change_status(enrolment: Enrolment, status: str, *, email: str = "",
                  email_moment: datetime | None = None, **fields) -> None:
    """The one way a place changes status (a run's completion, done in bulk, aside): the new
    status with the ``fields`` that go with it, saved, and the e-mail it owes, keyed by the
    place and ``email_moment`` so it is owed once. Any offer ends unless a new one is given."""
    enrolment.status = status
    enrolment.offer_expires_at = fields.pop("offer_expires_at", None)
    for name, value in fields.items():
        setattr(enrolment, name, value)
    enrolment.save()
    if email:
        moment = f":{email_moment.isoformat()}" if email_moment else ""
        owe_email(email, enrolment.user, enrolment=enrolment.pk,
                  key=f"{email}:{enrolment.pk}{moment}")


def _confirm(enrolment: Enrolment, now: datetime) -> None:
    change_status(enrolment, EnrolmentStatus.CONFIRMED, confirmed_at=now, ended_at=None,
                  end_reason="", email="enrolment_confirmed", email_moment=now)


def _join_waiting_list(enrolment: Enrolment, now: datetime) -> None:
    change_status(enrolment, EnrolmentStatus.WAITLISTED, waitlisted_at=now, ended_at=None,
                  end_reason="", email="waitlisted", email_moment=now)


def _end(enrolment: Enrolment, reason: str, now: datetime) -> None:
    change_status(enrolment, EnrolmentStatus.WITHDRAWN, end_reason=reason, ended_at=now,
                  email="offer_expired" if reason == EndReason.OFFER_EXPIRED else "",
                  email_moment=now)
