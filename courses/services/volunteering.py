"""Volunteering beyond delivering runs: offering to help, being welcomed into roles, logging
hours and claiming expenses, and telling the volunteer what was decided about a claim. Every
path (the volunteer's pages, the admin, the demo) comes here. The records live in ``trainers``
(a volunteer is a person giving time, as a trainer is); the rules live here because deciding
on a claim owes a message through the outbox."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import ConsentPurpose, User
from accounts.services.consent import give_consent
from courses.services.outbox import owe_email
from trainers.models import (
    ExpenseClaim,
    ExpenseStatus,
    HoursEntry,
    Volunteer,
    VolunteeringRole,
    VolunteerRole,
    VolunteerStatus,
)
from trainers.models.volunteers import (
    CLAIM_WITHIN_DAYS,
    HOURS_WINDOW_DAYS,
    MOST_HOURS_IN_A_DAY,
    MOST_PER_CLAIM,
)
from trainers.services.progression import express_interest

CLAIM_DECIDED = "claim_decided"  # the kind of message a volunteer gets
# Offered alongside the volunteering roles: the path to peer trainer has its own profile.
PEER_TRAINER = "peer_trainer"


class VolunteeringError(Exception):
    """A volunteering rule said no: ``code`` for tests and logs, ``message`` for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@transaction.atomic
def offer_to_volunteer(user: User, *, roles_wanted: list[str], note: str = "") -> Volunteer:
    """Someone says what they would like to do. A record coordinators will see, with the roles
    they would like; "peer trainer" starts the trainer's path too. Offering again adds to it."""
    if PEER_TRAINER in roles_wanted:
        express_interest(user, note=note)
    volunteer, created = Volunteer.objects.get_or_create(
        user=user, defaults={"offer_note": note.strip()})
    if not created and note.strip() and note.strip() not in volunteer.offer_note:
        volunteer.offer_note = "\n\n".join(filter(None, [volunteer.offer_note, note.strip()]))
        volunteer.save(update_fields=["offer_note"])
    for role in set(roles_wanted) & set(VolunteeringRole.values):
        VolunteerRole.objects.get_or_create(volunteer=volunteer, role=role)
    give_consent(user, ConsentPurpose.CONTACT_ABOUT_VOLUNTEERING)
    return volunteer


@transaction.atomic
def add_volunteer(user: User, *, status: str, started_on: date | None, roles_held: list[str],
                  areas=None) -> Volunteer:
    """A coordinator records someone as a volunteer (after a phone call, say): the same record
    an offer makes, kept by ``update_volunteer``."""
    volunteer, _created = Volunteer.objects.get_or_create(user=user)
    return update_volunteer(volunteer, status=status, started_on=started_on,
                            roles_held=roles_held, areas=areas)


@transaction.atomic
def update_volunteer(volunteer: Volunteer, *, status: str, started_on: date | None,
                     roles_held: list[str], areas=None) -> Volunteer:
    """A coordinator keeps someone's volunteering true: status, start date, roles (a new role
    counts from today, or from the start date if that is later) and areas. Volunteering gives
    the Volunteer role, so they can be given follow-up calls; stopping takes it away."""
    if status != VolunteerStatus.OFFERED and started_on is None:
        raise VolunteeringError("no_start_date", _(
            "Give the date they started volunteering."))
    volunteer.status, volunteer.started_on = status, started_on
    volunteer.save()
    if areas is not None:
        volunteer.areas.set(areas)
    _set_roles(volunteer, roles_held)
    _keep_role_group(volunteer)
    return volunteer


def _set_roles(volunteer: Volunteer, roles_held: list[str]) -> None:
    volunteer.roles.exclude(role__in=roles_held).delete()
    since = None
    if volunteer.status != VolunteerStatus.OFFERED:
        since = max(volunteer.started_on, timezone.localdate())
    for role in roles_held:
        held, created = VolunteerRole.objects.get_or_create(
            volunteer=volunteer, role=role, defaults={"since": since})
        if not created and held.since is None and since is not None:
            held.since = since
            held.save(update_fields=["since"])


def _keep_role_group(volunteer: Volunteer) -> None:
    group, _created = Group.objects.get_or_create(name=roles.VOLUNTEER)
    if volunteer.status in (VolunteerStatus.ACTIVE, VolunteerStatus.ON_BREAK):
        volunteer.user.groups.add(group)
    else:
        volunteer.user.groups.remove(group)


@transaction.atomic
def log_hours(volunteer: Volunteer, *, by: User, on: date, hours: Decimal, role: str = "",
              run=None, group=None, place: str = "", note: str = "") -> HoursEntry:
    """Time given on one day, by the volunteer or by a coordinator for them: at a course run,
    at a peer support group, or somewhere else (``place``)."""
    volunteer = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    _check_is_theirs(volunteer, by)
    _check_may_log(volunteer, on)
    _check_one_occasion(run, group)
    if not Decimal("0") < hours <= MOST_HOURS_IN_A_DAY:
        raise VolunteeringError("hours_out_of_range", _(
            "Give the hours as a number more than 0 and at most 24, for example 2.5."))
    that_day = volunteer.hours.filter(on=on).aggregate(total=Sum("hours"))["total"] or 0
    if that_day + hours > MOST_HOURS_IN_A_DAY:
        raise VolunteeringError("too_many_in_a_day", _(
            "That makes more than 24 hours on %(day)s. Please check the hours already logged "
            "for that day.") % {"day": on.strftime("%d/%m/%Y")})
    return HoursEntry.objects.create(
        volunteer=volunteer, on=on, hours=hours, role=role, run=run, group=group,
        place=place.strip(), note=note.strip(), logged_by=by)


def _check_is_theirs(volunteer: Volunteer, by: User) -> None:
    """Volunteers keep their own record; coordinators keep anyone's."""
    if by.pk != volunteer.user_id and not roles.has_role(by, roles.COORDINATOR):
        raise VolunteeringError("not_yours", _("Only the volunteer or a coordinator can do "
                                               "that."))


def _check_may_log(volunteer: Volunteer, on: date) -> None:
    if not volunteer.may_log_time:
        raise VolunteeringError("not_started", _(
            "Time and expenses can be logged once a coordinator has welcomed you as a "
            "volunteer."))
    if on > timezone.localdate():
        raise VolunteeringError("in_future", _("That date has not come yet."))
    if on < volunteer.started_on:
        raise VolunteeringError("before_start", _(
            "That is before %(person)s started volunteering, on %(day)s.") % {
            "person": volunteer.user, "day": volunteer.started_on.strftime("%d/%m/%Y")})


def _check_one_occasion(run, group) -> None:
    """An entry is for one occasion: hours at a course and at a group are two entries, so each
    is counted where it belongs."""
    if run is not None and group is not None:
        raise VolunteeringError("run_and_group", _(
            "Choose a course or a group, not both. If you helped at both, log each one on "
            "its own."))


@transaction.atomic
def remove_hours(entry: HoursEntry, *, by: User) -> None:
    """A mistaken entry goes. The volunteer may remove their own; a coordinator any."""
    _check_is_theirs(entry.volunteer, by)
    entry.delete()


@transaction.atomic
def claim_expense(volunteer: Volunteer, *, by: User, spent_on: date, amount: Decimal,
                  kind: str, description: str, run=None, group=None) -> ExpenseClaim:
    """Money spent while volunteering, asked back: waits for a coordinator's approval."""
    volunteer = Volunteer.objects.select_for_update().get(pk=volunteer.pk)
    _check_is_theirs(volunteer, by)
    _check_may_log(volunteer, spent_on)
    _check_one_occasion(run, group)
    if spent_on < timezone.localdate() - timedelta(days=CLAIM_WITHIN_DAYS):
        raise VolunteeringError("too_old", _(
            "Expenses are claimed within %(days)s days of spending the money. Please speak to "
            "a coordinator about older ones.") % {"days": CLAIM_WITHIN_DAYS})
    if not Decimal("0") < amount <= MOST_PER_CLAIM:
        raise VolunteeringError("amount_out_of_range", _(
            "A claim is for more than £0 and at most £%(most)s. For more, please speak to a "
            "coordinator first.") % {"most": MOST_PER_CLAIM})
    if not description.strip():
        raise VolunteeringError("no_description", _("Say what the money was for."))
    return ExpenseClaim.objects.create(
        volunteer=volunteer, spent_on=spent_on, amount=amount, kind=kind,
        description=description.strip(), run=run, group=group, claimed_by=by)


@transaction.atomic
def withdraw_claim(claim: ExpenseClaim, *, by: User) -> None:
    """The volunteer takes back a claim nobody has decided on yet."""
    claim = ExpenseClaim.objects.select_for_update().select_related("volunteer").get(pk=claim.pk)
    _check_is_theirs(claim.volunteer, by)
    if claim.status != ExpenseStatus.CLAIMED:
        raise VolunteeringError("already_decided", _(
            "A coordinator has already dealt with that claim."))
    claim.delete()


# Where a claim may go from each status. Nobody deletes a decided claim: the money is audited.
NEXT_STATUSES = {
    ExpenseStatus.CLAIMED: {ExpenseStatus.APPROVED, ExpenseStatus.REJECTED},
    ExpenseStatus.APPROVED: {ExpenseStatus.PAID, ExpenseStatus.REJECTED},
    ExpenseStatus.REJECTED: {ExpenseStatus.APPROVED},
    ExpenseStatus.PAID: set(),
}


@transaction.atomic
def decide_claim(claim: ExpenseClaim, status: str, *, by: User, note: str = "",
                 paid_on: date | None = None) -> ExpenseClaim:
    """A coordinator approves or refuses a claim, then records it paid; each step is told to
    the volunteer, their way. Nobody decides on a claim of their own."""
    claim = ExpenseClaim.objects.select_for_update().select_related("volunteer").get(pk=claim.pk)
    if not roles.has_role(by, roles.COORDINATOR):
        raise VolunteeringError("not_yours", _("Only a coordinator can decide on a claim."))
    if claim.volunteer.user_id == by.pk:
        raise VolunteeringError("own_claim", _(
            "Another coordinator needs to decide on your own claim."))
    if status == claim.status:
        return claim  # a repeated click
    if status not in NEXT_STATUSES[claim.status]:
        raise VolunteeringError("not_allowed", _(
            "A claim that is “%(now)s” cannot become “%(next)s”.") % {
            "now": claim.get_status_display(), "next": ExpenseStatus(status).label})
    if status == ExpenseStatus.PAID:
        claim.paid_on = paid_on or timezone.localdate()
    else:
        claim.decided_by, claim.decided_at = by, timezone.now()
    claim.status, claim.decision_note = status, note.strip() or claim.decision_note
    claim.save()
    _tell_volunteer(claim)
    return claim


def _tell_volunteer(claim: ExpenseClaim) -> None:
    """One message per step. A claim refused and then approved after all is told both times;
    the message about a step since undone is not sent (``emails.claim_decided``)."""
    when = claim.paid_on if claim.status == ExpenseStatus.PAID else claim.decided_at
    owe_email(CLAIM_DECIDED, claim.volunteer.user,
              key=f"{CLAIM_DECIDED}:{claim.pk}:{claim.status}:{when.isoformat()}",
              claim=claim.pk, status=claim.status)


@dataclass(frozen=True)
class HoursSummary:
    in_year: Decimal
    in_all: Decimal


def hours_summary(volunteer: Volunteer, today: date | None = None) -> HoursSummary:
    """The hours someone gave in the last year and since they started: one query."""
    since = (today or timezone.localdate()) - timedelta(days=HOURS_WINDOW_DAYS)
    totals = volunteer.hours.aggregate(
        in_all=Sum("hours"), in_year=Sum("hours", filter=Q(on__gt=since)))
    return HoursSummary(in_year=totals["in_year"] or Decimal(0),
                        in_all=totals["in_all"] or Decimal(0))
