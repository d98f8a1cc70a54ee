"""CPD for health and care staff: working through self-paced modules, the reflective account
that completes one, entries for group courses and learning done elsewhere, and the totals a
revalidation asks for."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import roles
from accounts.models import User
from courses.models import CoursePage, CPDEntry, CPDMethod, Enrolment, StaffProfile
from courses.services import certificates, learning, reflections
from courses.services.errors import DomainError

# The usual revalidation period (NMC, HCPC and SSSC all look back about three years).
REVALIDATION_YEARS = 3


class CPDError(DomainError):
    pass


def is_staff_member(user: User) -> bool:
    return user.is_authenticated and roles.has_role(user, roles.HEALTH_STAFF)


@transaction.atomic
def save_staff_profile(user: User, **details: str) -> StaffProfile:
    """Keep someone's professional details; having them is what opens the CPD log."""
    profile, _created = StaffProfile.objects.update_or_create(user=user, defaults=details)
    user.groups.add(Group.objects.get_or_create(name=roles.HEALTH_STAFF)[0])
    user.__dict__.pop("_role_names", None)
    return profile


# --- self-paced modules --------------------------------------------------------------------

@transaction.atomic
def finish_course(user: User, course: CoursePage, *, template: str, answers: dict[str, str],
                  today: date | None = None) -> CPDEntry:
    """Complete a self-paced CPD module with a reflective account in the shape of ``template``
    (a key of ``reflections.TEMPLATES``), every prompt answered: one CPD entry with its hours,
    and its certificate, under the course's title in the language it was taken in. A repeated
    submission returns the first entry."""
    current = learning.progress(user, course)
    if current.entry is not None:
        return current.entry
    if not current.all_done:
        raise CPDError("modules_left", _("Work through every module before you finish."))
    shape = reflections.get(template)
    answers = reflections.clean_answers(shape, answers, complete=True)
    entry = CPDEntry(user=user, course=course.original(), title=course.title,
                     method=CPDMethod.E_LEARNING, hours=course.cpd_hours,
                     completed_on=today or timezone.localdate())
    reflections.fill(entry, shape, answers)
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:  # the same form sent twice at once: the other request won
        return CPDEntry.objects.get(user=user, course=course.original(),
                                    method=CPDMethod.E_LEARNING)
    certificates.issue_for_cpd(entry, checks_passed=learning.checks_passed(user, course))
    return entry


# --- group courses and learning elsewhere --------------------------------------------------

ENTRY_FIELDS = ("title", "provider", "completed_on", "hours", "participatory")


@transaction.atomic
def add_entry(user: User, *, template: str = "general", answers: dict[str, str] | None = None,
              **details) -> CPDEntry:
    """Learning done elsewhere, added by the person themselves (``ENTRY_FIELDS``), with a
    reflection in the shape of ``template`` that may be left empty, in part or entirely."""
    if not is_staff_member(user):
        raise CPDError("not_staff", _("Add your professional details to keep a CPD log."))
    entry = CPDEntry(user=user, method=CPDMethod.OTHER,
                     **{name: details[name] for name in ENTRY_FIELDS})
    _fill_reflection(entry, template, answers or {})
    entry.save()
    return entry


@transaction.atomic
def change_entry(entry: CPDEntry, *, template: str | None = None,
                 answers: dict[str, str] | None = None, **details) -> CPDEntry:
    """Change an entry in someone's log: its facts (``ENTRY_FIELDS``) only for learning they
    added by hand, as a module or course the system recorded is a record of what happened; the
    reflection (``template`` and its ``answers``, see ``change_reflection``) on any entry.
    Fields not given are left as they are."""
    if set(details) - set(ENTRY_FIELDS if entry.added_by_hand else ()):
        raise CPDError("recorded_facts", _("Only your reflection can be changed on a module or "
                                           "course recorded here."))
    changed = [] if template is None else _fill_reflection(entry, template, answers or {})
    for name, value in details.items():
        setattr(entry, name, value)
    entry.save(update_fields=changed + list(details))
    return entry


def change_reflection(entry: CPDEntry, *, template: str, answers: dict[str, str]) -> CPDEntry:
    """Rewrite the reflection on ``entry``, in the same shape or another one. On a module or
    course recorded here every prompt must be answered, as when it was finished; on learning
    added by hand the reflection may be left empty."""
    return change_entry(entry, template=template, answers=answers)


def _fill_reflection(entry: CPDEntry, template: str, answers: dict[str, str]) -> list[str]:
    shape = reflections.get(template)
    cleaned = reflections.clean_answers(shape, answers, complete=not entry.added_by_hand)
    return reflections.fill(entry, shape, cleaned)


def remove_entry(entry: CPDEntry) -> None:
    """Remove learning added by hand; recorded modules and courses stay in the log."""
    if not entry.added_by_hand:
        raise CPDError("recorded_facts", _("A module or course recorded here stays in your "
                                           "log."))
    entry.delete()


def record_group_course(enrolment: Enrolment) -> CPDEntry | None:
    """A staff member completed a group course that carries CPD hours: it goes in their log.
    Called in the transaction that completes the enrolment; safe to call again."""
    course = enrolment.run.course.specific
    if not course.cpd_hours or not is_staff_member(enrolment.user):
        return None
    certificate = enrolment.certificates.filter(revoked_at__isnull=True).first()
    entry, _created = CPDEntry.objects.get_or_create(enrolment=enrolment, defaults={
        "user": enrolment.user, "course": course, "title": course.title,
        "method": CPDMethod.GROUP_COURSE, "participatory": True, "hours": course.cpd_hours,
        "completed_on": certificate.finished_on if certificate else timezone.localdate(),
    })
    return entry


# --- totals ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Totals:
    hours: Decimal
    participatory: Decimal
    recent_hours: Decimal
    recent_participatory: Decimal
    since: date


def totals(user: User, *, today: date | None = None) -> Totals:
    today = today or timezone.localdate()
    since = _years_before(today, REVALIDATION_YEARS)
    recent = Q(completed_on__gte=since)
    sums = CPDEntry.objects.filter(user=user).aggregate(
        all_hours=Sum("hours"), all_participatory=Sum("hours", filter=Q(participatory=True)),
        recent_hours=Sum("hours", filter=recent),
        recent_participatory=Sum("hours", filter=recent & Q(participatory=True)),
    )
    sums = {key: value or Decimal(0) for key, value in sums.items()}
    return Totals(hours=sums["all_hours"], participatory=sums["all_participatory"],
                  recent_hours=sums["recent_hours"],
                  recent_participatory=sums["recent_participatory"], since=since)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years) + timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28) + timedelta(days=1)
