"""Working parties: who belongs, their meetings and who came, and the actions they agree.

Every change to a party goes through here, from the Wagtail admin (coordinators) and from the
co-design space (a member marking their own action done). Each function locks the party's row
first, so two coordinators adding the same person at once add them once.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import roles
from accounts.models import User
from cms.translation import is_original
from codesign.models import Action, Meeting, MeetingAttendance, MemberRole, WorkingParty
from codesign.models import WorkingPartyMember as Member
from courses.models import Area, CoursePage
from courses.services.errors import DomainError


class WorkingPartyError(DomainError):
    pass


def _locked(party: WorkingParty) -> WorkingParty:
    return WorkingParty.objects.select_for_update().get(pk=party.pk)


# --- the party itself ------------------------------------------------------------------------

@transaction.atomic
def save_party(party: WorkingParty | None, *, name: str, area: Area,
               courses: Iterable[CoursePage], about: str = "") -> WorkingParty:
    """Create a party (``party`` None) or change one: its name, area and the courses whose
    modules it looks after (their English pages, which translations share)."""
    courses = list(courses)
    if not name.strip():
        raise WorkingPartyError("no_name", _("Give the working party a name."))
    if not courses:
        raise WorkingPartyError("no_course", _("Choose at least one course the party looks "
                                               "after."))
    if not all(is_original(course) for course in courses):
        raise WorkingPartyError("not_original", _(
            "Choose each course's English page: its translations share it."))
    party = _locked(party) if party and party.pk else WorkingParty()
    party.name, party.area, party.about = name.strip(), area, about.strip()
    party.save()
    party.courses.set(courses)
    return party


# --- members ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Naming:
    """The agreement to be named in public of someone without an account (on paper or by
    phone). Someone with an account gives or withdraws it themselves, under My data."""

    given_on: date | None = None
    reference: str = ""
    withdrawn_on: date | None = None


@transaction.atomic
def add_member(party: WorkingParty, *, role: str, person: User | None = None, name: str = "",
               joined_on: date | None = None, naming: Naming = Naming()) -> Member:
    """Add someone to ``party``: a person with an account, or a name for someone without."""
    party = _locked(party)
    _check_role(role)
    member = Member(party=party, role=role, person=person,
                    name="" if person else name.strip(),
                    joined_on=joined_on or timezone.localdate())
    _check_who(member)
    if person and _places_overlapping(member).exists():
        raise WorkingPartyError("already_member", _(
            "%(person)s is already a member of this working party.") % {"person": person})
    _set_naming(member, naming)
    member.save()
    return member


@transaction.atomic
def change_member(member: Member, *, role: str, name: str = "", naming: Naming = Naming(),
                  left_on: date | None = None) -> Member:
    """Change a member's role, name or public-naming agreement; a ``left_on`` date not set
    before means they have left (see ``remove_member``)."""
    _locked(member.party)
    member = Member.objects.select_for_update().get(pk=member.pk)
    _check_role(role)
    member.role = role
    if not member.person_id and not member.erased_at:
        member.name = name.strip()
        _check_who(member)
    _set_naming(member, naming)
    if left_on != member.left_on:
        _set_left_on(member, left_on)
    member.save()
    return member


@transaction.atomic
def remove_member(member: Member, *, left_on: date | None = None) -> Member:
    """``member`` leaves the party on ``left_on`` (today by default). What they did stays:
    the meetings they came to, their comments and sign-offs, the actions they own."""
    _locked(member.party)
    member = Member.objects.select_for_update().get(pk=member.pk)
    if member.left_on is not None:
        raise WorkingPartyError("already_left", _("%(member)s has already left.") % {
            "member": member.shown_name})
    _set_left_on(member, left_on or timezone.localdate())
    member.save(update_fields=["left_on"])
    return member


def _places_overlapping(member: Member):
    """The person's other places in the same party that have not ended by the day this one
    starts: one person holds one place in a party at a time."""
    return (Member.objects.filter(party_id=member.party_id, person_id=member.person_id,
                                  erased_at__isnull=True)
            .filter(Q(left_on__isnull=True) | Q(left_on__gt=member.joined_on))
            .exclude(pk=member.pk))


def _check_role(role: str) -> None:
    if role not in MemberRole.values:
        raise WorkingPartyError("bad_role", _("Choose the member's role."))


def _check_who(member: Member) -> None:
    if member.person is None and not member.name:
        raise WorkingPartyError("no_one", _(
            "Choose their account, or write the name of someone who has none."))
    if member.person is not None and (member.person.erased_at or not member.person.is_active):
        raise WorkingPartyError("inactive_account", _("This account is closed."))


def _set_naming(member: Member, naming: Naming) -> None:
    if member.person_id and naming != Naming():
        raise WorkingPartyError("naming_is_theirs", _(
            "Someone with an account says for themselves, under My data, whether they may "
            "be named. Leave the agreement to be named empty."))
    if naming.withdrawn_on and not naming.given_on:
        raise WorkingPartyError("naming_never_given", _("No agreement was recorded."))
    member.named_consent_on = naming.given_on
    member.named_consent_reference = naming.reference.strip()
    member.named_consent_withdrawn_on = naming.withdrawn_on


def _set_left_on(member: Member, left_on: date | None) -> None:
    if left_on is not None and left_on < member.joined_on:
        raise WorkingPartyError("left_before_joining", _(
            "Someone cannot leave before the day they joined."))
    if left_on is None and member.person_id and _places_overlapping(member).exists():
        raise WorkingPartyError("already_member", _(
            "%(person)s has joined this working party again since.") % {
                "person": member.person})
    member.left_on = left_on


# --- meetings --------------------------------------------------------------------------------

@dataclass(frozen=True)
class MeetingDetails:
    starts_at: datetime
    place: str = ""
    online: bool = False
    notes: str = ""


@transaction.atomic
def record_meeting(party: WorkingParty, details: MeetingDetails, *,
                   attended: Iterable[Member] = ()) -> Meeting:
    """A meeting of ``party`` (to come, or held), with who came to it."""
    party = _locked(party)
    meeting = Meeting(party=party)
    _set_details(meeting, details)
    meeting.save()
    _set_attendance(meeting, attended)
    return meeting


@transaction.atomic
def change_meeting(meeting: Meeting, details: MeetingDetails, *,
                   attended: Iterable[Member]) -> Meeting:
    """Change a meeting's time, place or notes, and who came."""
    _locked(meeting.party)
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    _set_details(meeting, details)
    meeting.save()
    _set_attendance(meeting, attended)
    return meeting


def _set_details(meeting: Meeting, details: MeetingDetails) -> None:
    if not details.online and not details.place.strip():
        raise WorkingPartyError("no_place", _("Say where the meeting is, or that it is "
                                              "online."))
    meeting.starts_at, meeting.online = details.starts_at, details.online
    meeting.place, meeting.notes = details.place.strip(), details.notes.strip()


def _set_attendance(meeting: Meeting, attended: Iterable[Member]) -> None:
    """Who came: members of the party on the meeting's day, nobody else."""
    attended = {member.pk: member for member in attended}
    day = timezone.localdate(meeting.starts_at)
    members = set(Member.objects.filter(party_id=meeting.party_id, pk__in=attended)
                  .current(day).values_list("pk", flat=True))
    if strangers := [m for pk, m in attended.items() if pk not in members]:
        raise WorkingPartyError("not_a_member", _(
            "%(member)s was not a member of this working party on that day.") % {
                "member": strangers[0].shown_name})
    meeting.attendance.exclude(member_id__in=members).delete()
    MeetingAttendance.objects.bulk_create(
        [MeetingAttendance(meeting=meeting, member_id=pk) for pk in members],
        ignore_conflicts=True)


# --- actions ---------------------------------------------------------------------------------

@transaction.atomic
def add_action(party: WorkingParty, *, text: str, owner: Member, due_on: date | None = None,
               meeting: Meeting | None = None) -> Action:
    """Something ``owner`` (a member of ``party`` now) agreed to do, perhaps at ``meeting``."""
    party = _locked(party)
    action = Action(party=party)
    _set_action(action, text=text, owner=owner, due_on=due_on, meeting=meeting, new_owner=True)
    action.save()
    return action


@transaction.atomic
def change_action(action: Action, *, text: str, owner: Member, due_on: date | None,
                  meeting: Meeting | None, done: bool, by: User) -> Action:
    """Change what an action says, who does it or by when; ``done`` ticks it off (or, when
    unticked, opens it again)."""
    _locked(action.party)
    action = Action.objects.select_for_update().get(pk=action.pk)
    # An action can be changed after its owner has left (to tick it off, or to hand it on)
    _set_action(action, text=text, owner=owner, due_on=due_on, meeting=meeting,
                new_owner=owner.pk != action.owner_id)
    if done != action.is_done:
        action.done_at, action.done_by = (timezone.now(), by) if done else (None, None)
    action.save()
    return action


@transaction.atomic
def complete_action(action: Action, *, by: User) -> Action:
    """Tick off an action: by the member who owns it, or by a coordinator. Done twice, it
    stays done once."""
    action = (Action.objects.select_for_update(of=("self",)).select_related("owner")
              .get(pk=action.pk))
    if not (action.owner.person_id == by.pk and action.owner.is_current()
            or roles.has_role(by, roles.COORDINATOR)):
        raise WorkingPartyError("not_yours", _("Only the member who owns an action, or a "
                                               "coordinator, can tick it off."))
    if not action.is_done:
        action.done_at, action.done_by = timezone.now(), by
        action.save(update_fields=["done_at", "done_by"])
    return action


def _set_action(action: Action, *, text: str, owner: Member, due_on: date | None,
                meeting: Meeting | None, new_owner: bool) -> None:
    if not text.strip():
        raise WorkingPartyError("no_text", _("Say what is to be done."))
    if owner.party_id != action.party_id or new_owner and not owner.is_current():
        raise WorkingPartyError("owner_not_member", _(
            "%(member)s is not a member of this working party now.") % {
                "member": owner.shown_name})
    if meeting is not None and meeting.party_id != action.party_id:
        raise WorkingPartyError("other_meeting", _("That meeting is another working "
                                                   "party's."))
    action.text, action.owner, action.due_on, action.meeting = (
        text.strip(), owner, due_on, meeting)
